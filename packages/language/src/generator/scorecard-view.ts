/**
 * The scorecard as the reader sees it. The verdicts and the sentences come from scorecard() over the same
 * judgement the diagnostics use, so the document and the editor never disagree.
 */
import { catalogue, format } from '../i18n/catalogue.js';
import type { GoalScore } from '../validation/scorecard.js';
import type { RenderContext } from './context.js';
import { html, type Html } from '../html/escape.js';

const KIND_LABEL = { smart: 'SMART', magie: 'MAGIE', er: 'ER' } as const;

/** "SMART ✓", "SMART 3/5", "ER goal": the one-glance verdict on a goal. */
export function scoreBadge(score: GoalScore, ctx: RenderContext): Html {
    const t = ctx.texts;
    if (score.kind === 'er') return html`<span class="badge kind-er">${t.kinds.er}</span>`;
    const kind = KIND_LABEL[score.kind];
    return score.complete
        ? html`<span class="badge smart-complete kind-${score.kind}">${format(t.scorecard.badgeComplete, { kind })}</span>`
        : html`<span class="badge smart-partial kind-${score.kind}">${format(t.scorecard.badgePartial, { kind, met: score.met, total: score.total })}</span>`;
}

/** The letters in a row, each marked met or not in colour, glyph and (for screen readers) words; then the badge. */
export function scoreGlance(score: GoalScore, ctx: RenderContext): Html {
    const t = ctx.texts.scorecard;
    // Which criterion a letter is, is in its title and its screen-reader text; the section's scorecard carries data-criterion.
    const letters = score.kind === 'er'
        ? html`<span class="er-label">ER</span>`
        : html`<span class="letters">${score.criteria.map(c => {
            const verdict = c.met ? t.met : t.notMet;
            return html`<span class="letter ${c.met ? 'met' : 'unmet'}" title="${c.name}: ${verdict}">${c.letter}<span class="sr-only"> ${c.name}: ${verdict}</span></span>`;
        })}</span>`;
    return html`${letters} ${scoreBadge(score, ctx)}`;
}

export function scorecardBlock(score: GoalScore, ctx: RenderContext): Html {
    if (score.kind === 'er') return erBlock(ctx);
    const t = ctx.texts.scorecard;
    // No line breaks inside an item: it is a flex box, which does not show white space between its parts anyway.
    const items = score.criteria.map(c => {
        const state = c.met ? 'met' : 'unmet';
        return html`<li class="${state}" data-criterion="${c.criterion}" data-met="${String(c.met)}"><span class="letter ${state}" aria-hidden="true">${c.letter}</span><span class="criterion">${c.name}</span><span class="verdict"><span aria-hidden="true">${c.met ? '✓' : '✗'}</span><span class="sr-only">${c.met ? t.met : t.notMet}</span></span></li>`;
    });
    return html`<div class="scorecard-block" data-kind="${score.kind}">
<h4>${score.kind === 'magie' ? t.magieHeading : t.smartHeading}</h4>
<p class="score-summary">${score.complete ? t.complete : format(t.summary, { met: score.met, total: score.total })}</p>
<ol class="scorecard">
${items}
</ol>
</div>`;
}

/**
 * An ER goal is a direction, not a result: say so instead of failing it. What its findings advise is in the review
 * appendix, with the rest of the check's advice (review.ts).
 */
function erBlock(ctx: RenderContext): Html {
    return html`<div class="scorecard-block" data-kind="er">
<h4>${ctx.texts.scorecard.erHeading}</h4>
<p class="muted">${catalogue(ctx.locale).criteria.er.explanation}</p>
</div>`;
}
