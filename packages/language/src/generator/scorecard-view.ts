/**
 * The scorecard as the reader sees it. The verdicts and the sentences come from scorecard() over the same
 * judgement the diagnostics use, so the document and the editor never disagree.
 */
import type { Goal } from '../generated/ast.js';
import { catalogue } from '../i18n/catalogue.js';
import { ruleMessage } from '../validation/pop-document-validator.js';
import { RULES } from '../validation/rules.js';
import { scorecard, type GoalScore } from '../validation/scorecard.js';
import { fill, perCatalogue, perGoal, type RenderContext } from './context.js';
import { markup, type Writer } from './writer.js';

export function scoreOf(goal: Goal, ctx: RenderContext): GoalScore {
    return perGoal(ctx, 'score', goal, computeScore);
}

function computeScore(goal: Goal, ctx: RenderContext): GoalScore {
    return scorecard(goal, ctx.judgement, ctx.locale);
}

const KIND_LABEL = { smart: 'SMART', magie: 'MAGIE', er: 'ER' } as const;

/**
 * A score's markup depends on nothing but its kind, the locale and which letters are met, and a plan has
 * only a few such combinations: the badge, the overview's letters and the scorecard's list are built once each per locale.
 */
interface ScoreFragments {
    readonly badges: Map<number, string>;
    readonly glances: Map<number, string>;
    readonly blocks: Map<number, string>;
}

const scoreFragments = new WeakMap<object, ScoreFragments>();

function fragmentsOf(ctx: RenderContext): ScoreFragments {
    return perCatalogue(scoreFragments, ctx, () => ({ badges: new Map(), glances: new Map(), blocks: new Map() }));
}

/** The kind, and one bit per letter: met or not. The names and letters follow from the kind and the locale. */
function scoreKey(score: GoalScore): number {
    let key = score.kind === 'smart' ? 1 : score.kind === 'magie' ? 2 : 3;
    for (let i = 0; i < score.criteria.length; i++) key = key * 2 + (score.criteria[i].met ? 1 : 0);
    // The length in the low bits keeps lists of different lengths apart (a list has at most five letters).
    return key * 32 + score.criteria.length;
}

function cached(map: Map<number, string>, key: number, build: () => string): string {
    let value = map.get(key);
    if (value === undefined) map.set(key, (value = build()));
    return value;
}

/** "SMART ✓", "SMART 3/5", "ER goal": the one-glance verdict on a goal. */
export function writeScoreBadge(w: Writer, score: GoalScore, ctx: RenderContext): void {
    w.raw(cached(fragmentsOf(ctx).badges, scoreKey(score), () => markup(b => scoreBadge(b, score, ctx))));
}

function scoreBadge(w: Writer, score: GoalScore, ctx: RenderContext): void {
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

/** The letters in a row, then the badge: the overview's verdict on a goal. */
export function writeScoreGlance(w: Writer, score: GoalScore, ctx: RenderContext): void {
    w.raw(cached(fragmentsOf(ctx).glances, scoreKey(score), () => markup(b => {
        scoreLetters(b, score, ctx);
        b.raw(' ');
        scoreBadge(b, score, ctx);
    })));
}

/** The letters in a row, each marked met or not in colour, glyph and (for screen readers) words. */
function scoreLetters(w: Writer, score: GoalScore, ctx: RenderContext): void {
    const t = ctx.texts.scorecard;
    if (score.kind === 'er') {
        w.raw('<span class="er-label">ER</span>');
        return;
    }
    w.raw('<span class="letters">');
    for (const c of score.criteria) {
        const verdict = c.met ? t.met : t.notMet;
        // Which criterion a letter is, is in its title and its screen-reader text; the section's scorecard carries data-criterion.
        w.raw(c.met ? '<span class="letter met" title="' : '<span class="letter unmet" title="').text(c.name).raw(': ').text(verdict).raw('">').text(c.letter)
            .raw('<span class="sr-only"> ').text(c.name).raw(': ').text(verdict).raw('</span></span>');
    }
    w.raw('</span>');
}

export function writeScorecardBlock(w: Writer, goal: Goal, score: GoalScore, ctx: RenderContext): void {
    if (score.kind === 'er') {
        writeErBlock(w, goal, ctx);
        return;
    }
    w.raw(cached(fragmentsOf(ctx).blocks, scoreKey(score), () => markup(b => scorecardList(b, score, ctx))));
    if (score.met < score.total) {
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

/** The block's heading, the summary and the letters, up to where the problems (which differ per goal) follow. */
function scorecardList(w: Writer, score: GoalScore, ctx: RenderContext): void {
    const t = ctx.texts.scorecard;
    const heading = score.kind === 'magie' ? t.magieHeading : t.smartHeading;
    w.raw('<div class="scorecard-block" data-kind="').text(score.kind).raw('">\n<h4>').text(heading)
        .raw('</h4>\n<p class="score-summary">').text(score.complete ? t.complete : fill(t.summary, { met: score.met, total: score.total }))
        .raw('</p>\n<ol class="scorecard">\n');
    for (const c of score.criteria) {
        const state = c.met ? 'met' : 'unmet';
        w.raw('<li class="').raw(state).raw('" data-criterion="').text(c.criterion).raw('" data-met="').raw(String(c.met))
            // No line breaks inside: the item is a flex box, which does not show white space between its parts anyway.
            .raw('"><span class="letter ').raw(state).raw('" aria-hidden="true">').text(c.letter)
            .raw('</span><span class="criterion">').text(c.name)
            .raw(c.met ? '</span><span class="verdict"><span aria-hidden="true">✓</span><span class="sr-only">' : '</span><span class="verdict"><span aria-hidden="true">✗</span><span class="sr-only">')
            .text(c.met ? t.met : t.notMet).raw('</span></span></li>');
    }
    w.raw('\n</ol>\n');
}

/** An ER goal is a direction, not a result: say so, in the words of its own findings, instead of failing it. */
function writeErBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    w.raw('<div class="scorecard-block" data-kind="er">\n<h4>').text(ctx.texts.scorecard.erHeading).raw('</h4>\n');
    for (const f of ctx.judgement.byGoal.get(goal) ?? []) {
        if (RULES[f.code].criterion === 'er') w.raw('<p class="er-finding">').text(ruleMessage(ctx.locale, f.code, f)).raw('</p>');
    }
    w.raw('\n<p class="muted">').text(catalogue(ctx.locale).criteria.er.explanation).raw('</p>\n</div>');
}
