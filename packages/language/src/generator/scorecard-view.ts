/**
 * The scorecard as the reader sees it. The verdicts and the sentences come from scorecard() over the same
 * judgement the diagnostics use, so the document and the editor never disagree.
 */
import type { Goal } from '../generated/ast.js';
import { catalogue } from '../i18n/catalogue.js';
import { ruleMessage } from '../validation/pop-document-validator.js';
import { RULES } from '../validation/rules.js';
import { scorecard, type GoalScore } from '../validation/scorecard.js';
import { fill, perGoal, type RenderContext } from './context.js';
import { html, type Html } from './escape.js';

export function scoreOf(goal: Goal, ctx: RenderContext): GoalScore {
    return perGoal(ctx, 'score', goal, g => scorecard(g, ctx.judgement, ctx.locale));
}

const KIND_LABEL = { smart: 'SMART', magie: 'MAGIE', er: 'ER' } as const;

/** "SMART ✓", "SMART 3/5", "ER goal": the one-glance verdict on a goal. */
export function scoreBadge(score: GoalScore, ctx: RenderContext): Html {
    const t = ctx.texts;
    if (score.kind === 'er') return html`<span class="badge kind-er">${t.kinds.er}</span>`;
    const kind = KIND_LABEL[score.kind];
    return score.complete
        ? html`<span class="badge smart-complete kind-${score.kind}">${fill(t.scorecard.badgeComplete, { kind })}</span>`
        : html`<span class="badge smart-partial kind-${score.kind}">${fill(t.scorecard.badgePartial, { kind, met: score.met, total: score.total })}</span>`;
}

/** The letters in a row, each marked met or not in colour, glyph and (for screen readers) words. */
export function scoreLetters(score: GoalScore, ctx: RenderContext): Html {
    const t = ctx.texts.scorecard;
    if (score.kind === 'er') return html`<span class="er-label">ER</span>`;
    return html`<span class="letters">${score.criteria.map(c => html`<span class="letter ${c.met ? 'met' : 'unmet'}" data-criterion="${c.criterion}" title="${c.name}: ${c.met ? t.met : t.notMet}">${c.letter}<span class="sr-only"> ${c.name}: ${c.met ? t.met : t.notMet}</span></span>`)}</span>`;
}

export function scorecardBlock(goal: Goal, score: GoalScore, ctx: RenderContext): Html {
    const t = ctx.texts.scorecard;
    if (score.kind === 'er') return erBlock(goal, ctx);
    const heading = score.kind === 'magie' ? t.magieHeading : t.smartHeading;
    const unmet = score.criteria.filter(c => !c.met);
    return html`<div class="scorecard-block" data-kind="${score.kind}">
<h4>${heading}</h4>
<p class="score-summary">${score.complete ? t.complete : fill(t.summary, { met: score.met, total: score.total })}</p>
<ol class="scorecard">
${score.criteria.map(c => html`<li class="${c.met ? 'met' : 'unmet'}" data-criterion="${c.criterion}" data-met="${String(c.met)}">
<span class="letter ${c.met ? 'met' : 'unmet'}" aria-hidden="true">${c.letter}</span><span class="criterion">${c.name}</span>
<span class="verdict"><span aria-hidden="true">${c.met ? '✓' : '✗'}</span><span class="sr-only">${c.met ? t.met : t.notMet}</span></span>
</li>`)}
</ol>
${unmet.length > 0 ? html`<ul class="problems">${unmet.flatMap(c => c.problems.map(p => html`<li data-criterion="${c.criterion}"><span class="which">${c.letter} · ${c.name}:</span> ${p}</li>`))}</ul>` : ''}
</div>`;
}

/** An ER goal is a direction, not a result: say so, in the words of its own findings, instead of failing it. */
function erBlock(goal: Goal, ctx: RenderContext): Html {
    const findings = (ctx.judgement.byGoal.get(goal) ?? []).filter(f => RULES[f.code].criterion === 'er');
    const sentences = findings.map(f => ruleMessage(ctx.locale, f.code, f));
    return html`<div class="scorecard-block" data-kind="er">
<h4>${ctx.texts.scorecard.erHeading}</h4>
${sentences.length > 0 ? sentences.map(s => html`<p class="er-finding">${s}</p>`) : ''}
<p class="muted">${catalogue(ctx.locale).criteria.er.explanation}</p>
</div>`;
}
