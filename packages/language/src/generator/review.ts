/**
 * The review appendix: what POP's check advises about a plan ("Add 'end YYYY-MM-DD'"), after the sign-off and
 * clearly apart from it. The plan above is what the parties agree to; advice is for the talk before they sign, so it
 * does not belong in the body of a document meant for signing. The goal sections keep the verdicts (the letters met
 * or not); the sentences saying what to change are here, per goal, with the findings a comment accepted.
 */
import { AstUtils, type AstNode } from 'langium';
import { isPlan, type Plan } from '../generated/ast.js';
import { catalogue, format } from '../i18n/catalogue.js';
import { criterionOf, type Finding } from '../validation/finding.js';
import { ruleMessage } from '../validation/rule-message.js';
import { goalId, goalTitle, type RenderContext, uid } from './context.js';
import { html, type Html } from '../html/escape.js';

export function reviewAppendix(plan: Plan, ctx: RenderContext): Html | '' {
    const t = ctx.texts.review;
    const inPlan = (finding: Finding) => (finding.goal ? finding.goal.$container === plan : planOf(finding.node) === plan);
    const open = ctx.judgement.findings.filter(inPlan);
    const accepted = ctx.judgement.suppressed.filter(s => inPlan(s.finding));
    if (open.length === 0 && accepted.length === 0) return '';
    const id = uid(ctx, 'review');
    const groups: Html[] = [];
    const planWide = open.filter(f => !f.goal);
    if (planWide.length > 0) groups.push(html`<h3>${t.plan}</h3>${adviceList(planWide, ctx)}`);
    for (const goal of plan.goals) {
        const advice = ctx.judgement.byGoal.get(goal);
        if (advice) groups.push(html`<h3><a href="#${goalId(ctx, goal)}">${goalTitle(goal, ctx)}</a></h3>${adviceList(advice, ctx)}`);
    }
    if (accepted.length > 0) {
        const texts = catalogue(ctx.locale);
        groups.push(html`<h3>${t.accepted}</h3><ul class="accepted">${accepted.map(({ finding, directive }) => {
            const note = directive.reason ? format(texts.suppressions.render.accepted, { reason: directive.reason }) : texts.suppressions.render.acceptedWithoutReason;
            const goal = finding.goal ? html`<a href="#${goalId(ctx, finding.goal)}">${goalTitle(finding.goal, ctx)}</a>: ` : '';
            return html`<li data-code="${finding.code}">${goal}${ruleMessage(ctx.locale, finding.code, finding)} <em>${note}</em></li>`;
        })}</ul>`);
    }
    return html`<section class="review-appendix" aria-labelledby="${id}">
<h2 id="${id}">${t.heading}</h2>
<p class="muted">${t.intro}</p>
${groups}
</section>`;
}

/** One item per finding, labelled with the criterion (or part of the plan) it judges. */
function adviceList(findings: readonly Finding[], ctx: RenderContext): Html {
    const criteria = catalogue(ctx.locale).criteria;
    return html`<ul class="advice">${findings.map(f => {
        const criterion = criterionOf(f);
        return html`<li data-code="${f.code}" data-criterion="${criterion}"><span class="which">${criteria[criterion].name}:</span> ${ruleMessage(ctx.locale, f.code, f)}</li>`;
    })}</ul>`;
}

function planOf(node: AstNode): Plan | undefined {
    return AstUtils.getContainerOfType(node, isPlan);
}
