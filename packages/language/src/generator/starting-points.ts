/** The four starting points a POP is weighed against: organisation goals, job requirements, functioning, career wishes. */
import { format } from '../i18n/catalogue.js';
import type { OrgGoal, Plan } from '../generated/ast.js';
import { lineAttr, type RenderContext, uid, writtenDate } from './context.js';
import { html, type Content, type Html } from '../html/escape.js';

export function orgGoalItem(goal: OrgGoal, ctx: RenderContext): Html {
    const by = writtenDate(ctx, goal.deadline);
    return html`<li>${goal.title || goal.name}${by ? html` <span class="muted nowrap">(${format(ctx.texts.supports.by, { date: by })})</span>` : ''}</li>`;
}

export function startingPoints(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts.startingPoints;
    const sp = plan.startingPoints;
    const missing = html`<p class="muted">${t.missing}</p>`;
    const text = (value: string | undefined) => (value ? html`<p>${value}</p>` : missing);
    const list = (items: readonly string[]) => html`<ul>${items.map(i => html`<li>${i}</li>`)}</ul>`;
    const part = (heading: string, body: Content) => html`<section><h3>${heading}</h3>${body}</section>`;
    // The organisation goals named in the plan, then those its goals support from a shared file: the starting point the
    // signed document shows, also when the organisation keeps its goals in one file for every plan.
    const orgGoals = [...new Set([...(sp?.orgGoals ?? []), ...plan.goals.flatMap(goal => goal.supports.map(ref => ref.ref))])]
        .filter((goal): goal is OrgGoal => goal !== undefined);
    const id = uid(ctx, 'starting-points');
    return html`<section class="starting-points-section" aria-labelledby="${id}"${lineAttr(sp)}>
<h2 id="${id}">${t.heading}</h2>
<div class="starting-points">
${part(t.orgGoals, orgGoals.length > 0 ? html`<ul>${orgGoals.map(g => orgGoalItem(g, ctx))}</ul>` : html`<p class="muted">${t.noneOwn}</p>`)}
${part(t.jobRequirements, html`<h4>${t.currentRole}</h4>${text(sp?.currentRole)}<h4>${t.futureRole}</h4>${text(sp?.futureRole)}`)}
${part(t.functioning, html`${text(sp?.functioning)}
${sp && sp.strengths.length > 0 ? html`<h4>${t.strengths}</h4>${list(sp.strengths)}` : ''}
${sp && sp.improvements.length > 0 ? html`<h4>${t.improvements}</h4>${list(sp.improvements)}` : ''}`)}
${part(t.careerWishes, text(sp?.careerWishes))}
</div>
</section>`;
}
