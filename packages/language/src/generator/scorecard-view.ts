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
import type { Writer } from './writer.js';

export function scoreOf(goal: Goal, ctx: RenderContext): GoalScore {
    return perGoal(ctx, 'score', goal, g => scorecard(g, ctx.judgement, ctx.locale));
}

const KIND_LABEL = { smart: 'SMART', magie: 'MAGIE', er: 'ER' } as const;

/** "SMART ✓", "SMART 3/5", "ER goal": the one-glance verdict on a goal. */
export function writeScoreBadge(w: Writer, score: GoalScore, ctx: RenderContext): void {
    const t = ctx.texts;
    if (score.kind === 'er') {
        w.raw('<span class="badge kind-er">').text(t.kinds.er).raw('</span>');
        return;
    }
    const kind = KIND_LABEL[score.kind];
    if (score.complete) w.raw('<span class="badge smart-complete kind-').text(score.kind).raw('">').text(fill(t.scorecard.badgeComplete, { kind }));
    else w.raw('<span class="badge smart-partial kind-').text(score.kind).raw('">').text(fill(t.scorecard.badgePartial, { kind, met: score.met, total: score.total }));
    w.raw('</span>');
}

/** The letters in a row, each marked met or not in colour, glyph and (for screen readers) words. */
export function writeScoreLetters(w: Writer, score: GoalScore, ctx: RenderContext): void {
    const t = ctx.texts.scorecard;
    if (score.kind === 'er') {
        w.raw('<span class="er-label">ER</span>');
        return;
    }
    w.raw('<span class="letters">');
    for (const c of score.criteria) {
        const verdict = c.met ? t.met : t.notMet;
        w.raw(c.met ? '<span class="letter met" data-criterion="' : '<span class="letter unmet" data-criterion="').text(c.criterion)
            .raw('" title="').text(c.name).raw(': ').text(verdict).raw('">').text(c.letter)
            .raw('<span class="sr-only"> ').text(c.name).raw(': ').text(verdict).raw('</span></span>');
    }
    w.raw('</span>');
}

export function writeScorecardBlock(w: Writer, goal: Goal, score: GoalScore, ctx: RenderContext): void {
    const t = ctx.texts.scorecard;
    if (score.kind === 'er') {
        writeErBlock(w, goal, ctx);
        return;
    }
    const heading = score.kind === 'magie' ? t.magieHeading : t.smartHeading;
    w.raw('<div class="scorecard-block" data-kind="').text(score.kind).raw('">\n<h4>').text(heading)
        .raw('</h4>\n<p class="score-summary">').text(score.complete ? t.complete : fill(t.summary, { met: score.met, total: score.total }))
        .raw('</p>\n<ol class="scorecard">\n');
    let unmet = 0;
    for (const c of score.criteria) {
        const state = c.met ? 'met' : 'unmet';
        if (!c.met) unmet++;
        w.raw('<li class="').raw(state).raw('" data-criterion="').text(c.criterion).raw('" data-met="').raw(String(c.met))
            .raw('">\n<span class="letter ').raw(state).raw('" aria-hidden="true">').text(c.letter)
            .raw('</span><span class="criterion">').text(c.name)
            .raw(c.met ? '</span>\n<span class="verdict"><span aria-hidden="true">✓</span><span class="sr-only">' : '</span>\n<span class="verdict"><span aria-hidden="true">✗</span><span class="sr-only">')
            .text(c.met ? t.met : t.notMet).raw('</span></span>\n</li>');
    }
    w.raw('\n</ol>\n');
    if (unmet > 0) {
        w.raw('<ul class="problems">');
        for (const c of score.criteria) {
            if (c.met) continue;
            for (const p of c.problems) {
                w.raw('<li data-criterion="').text(c.criterion).raw('"><span class="which">').text(c.letter).raw(' · ').text(c.name)
                    .raw(':</span> ').text(p).raw('</li>');
            }
        }
        w.raw('</ul>');
    }
    w.raw('\n</div>');
}

/** An ER goal is a direction, not a result: say so, in the words of its own findings, instead of failing it. */
function writeErBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    w.raw('<div class="scorecard-block" data-kind="er">\n<h4>').text(ctx.texts.scorecard.erHeading).raw('</h4>\n');
    for (const f of ctx.judgement.byGoal.get(goal) ?? []) {
        if (RULES[f.code].criterion === 'er') w.raw('<p class="er-finding">').text(ruleMessage(ctx.locale, f.code, f)).raw('</p>');
    }
    w.raw('\n<p class="muted">').text(catalogue(ctx.locale).criteria.er.explanation).raw('</p>\n</div>');
}
