/** One section per goal: what it is, whether it is SMART, how far it got, what it supports and what it takes. */
import type { Goal, Party, Plan } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalHorizon, goalKind, goalScope } from '../model/plan.js';
import { fill, perGoal, shortRange, writeLineAttr, writtenDate, type RenderContext } from './context.js';
import type { Html } from './escape.js';
import { statusLabel, writeActionsTable } from './actions.js';
import { writeProgressBlock } from './progress.js';
import { scoreOf, writeScorecardBlock, writeScoreBadge } from './scorecard-view.js';
import { Writer } from './writer.js';

export function partyLabel(party: Party, ctx: RenderContext): string {
    if (party.name !== undefined) return party.name;
    const key = canonical('party', party.role);
    return key ? ctx.texts.parties[key] : party.role ?? '';
}

export function goalTitle(goal: Goal, ctx: RenderContext): string {
    return goal.title || goal.name || ctx.texts.untitled;
}

export function goalsSection(plan: Plan, ctx: RenderContext): Html {
    const id = ctx.uid('goals');
    const w = new Writer();
    w.raw('<section class="goals" aria-labelledby="').text(id).raw('">\n<h2 id="').text(id).raw('">').text(ctx.texts.goals.heading).raw('</h2>\n');
    if (plan.goals.length === 0) w.raw('<p class="muted">').text(ctx.texts.overview.noGoals).raw('</p>');
    for (const goal of plan.goals) writeGoalSection(w, goal, plan, ctx);
    return w.raw('\n</section>').toHtml();
}

function badge(w: Writer, text: string): void {
    w.raw('<li><span class="badge">').text(text).raw('</span></li>\n');
}

function goalLink(w: Writer, goal: Goal, ctx: RenderContext): void {
    w.raw('<a href="#').text(ctx.goalId(goal)).raw('">').text(goalTitle(goal, ctx)).raw('</a>');
}

function writeGoalSection(w: Writer, goal: Goal, plan: Plan, ctx: RenderContext): void {
    const t = ctx.texts;
    const id = ctx.goalId(goal);
    const kind = goalKind(goal);
    const horizon = goalHorizon(goal);
    const score = scoreOf(goal, ctx);
    const status = statusLabel(goal, ctx);
    const derivedFrom = goal.derivedFrom;
    const parent = derivedFrom?.ref;
    w.raw('<section class="goal kind-').text(kind).raw('" id="').text(id).raw('" aria-labelledby="').text(id).raw('-title"');
    writeLineAttr(w, goal);
    w.raw(' data-goal="').text(goal.name ?? '').raw('"');
    if (ctx.mode === 'preview') w.raw(' title="').text(t.goals.revealHint).raw('"');
    w.raw('>\n<header>\n<h3 id="').text(id).raw('-title">').text(goalTitle(goal, ctx)).raw('</h3>\n<ul class="badges">\n<li>');
    writeScoreBadge(w, score, ctx);
    w.raw('</li>\n');
    if (kind !== 'er') badge(w, t.kinds[kind]);
    else w.raw('\n');
    if (horizon) badge(w, t.horizons[horizon]);
    else w.raw('\n');
    badge(w, t.scopes[goalScope(goal)]);
    if (status) badge(w, status);
    else w.raw('\n');
    badge(w, shortRange(ctx, goal.start, goal.end));
    w.raw('</ul>\n');
    if (derivedFrom) {
        w.raw('<p class="derived">').text(t.goals.derivedFrom).raw(': ');
        if (parent) goalLink(w, parent, ctx);
        else w.text(derivedFrom.$refText);
        w.raw('</p>');
    }
    w.raw('\n</header>\n');
    if (goal.specific) w.raw('<p class="statement">').text(goal.specific).raw('</p>');
    else w.raw('<p class="statement missing">').text(t.goals.noStatement).raw('</p>');
    w.raw('\n');
    writeScorecardBlock(w, goal, score, ctx);
    w.raw('\n');
    if (kind === 'er') {
        const children = derivedGoals(plan, goal, ctx);
        w.raw('<h4>').text(t.goals.derivedGoals).raw('</h4>');
        if (children.length > 0) {
            w.raw('<ul class="supports">');
            for (const c of children) {
                w.raw('<li>');
                goalLink(w, c, ctx);
                w.raw('</li>');
            }
            w.raw('</ul>');
        } else w.raw('<p class="muted">').text(t.goals.noDerivedGoals).raw('</p>');
    }
    w.raw('\n');
    writeProgressBlock(w, goal, ctx);
    w.raw('\n');
    writeActionsTable(w, goal, ctx);
    w.raw('\n');
    writeSupportsBlock(w, goal, ctx);
    w.raw('\n');
    writeDetailsBlock(w, goal, ctx);
    w.raw('\n</section>');
}

/** The plan's goals derived from this one, grouped in one pass over the plan rather than one per ER goal. */
function derivedGoals(plan: Plan, goal: Goal, ctx: RenderContext): readonly Goal[] {
    // Keyed by the plan's first goal: one index per plan in the document.
    const children = perGoal(ctx, 'derived', plan.goals[0], () => {
        const byParent = new Map<Goal, Goal[]>();
        for (const g of plan.goals) {
            const parent = g.derivedFrom?.ref;
            if (!parent) continue;
            const list = byParent.get(parent);
            if (list) list.push(g);
            else byParent.set(parent, [g]);
        }
        return byParent;
    });
    return children.get(goal) ?? [];
}

function writeSupportsBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    const t = ctx.texts.supports;
    w.raw('<div class="supports-block"><h4>').text(t.heading).raw('</h4>');
    if (goal.supports.length === 0) {
        w.raw('<p class="muted">').text(t.none).raw('</p></div>');
        return;
    }
    w.raw('<ul class="supports">');
    for (const ref of goal.supports) {
        const target = ref.ref;
        if (!target) {
            w.raw('<li>').text(ref.$refText).raw(' <span class="muted">(').text(t.unknown).raw(')</span></li>');
            continue;
        }
        const by = writtenDate(ctx, target.deadline);
        w.raw('<li>').text(target.title || target.name);
        if (by) w.raw(' <span class="muted nowrap">(').text(fill(t.by, { date: by })).raw(')</span>');
        w.raw('</li>');
    }
    w.raw('</ul></div>');
}

function writeDetailsBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    const t = ctx.texts.goals;
    const parties = (list: readonly Party[]) => (list.length > 0 ? list.map(p => partyLabel(p, ctx)).join(', ') : undefined);
    const entries: Array<[string, string | undefined]> = [
        [t.method, goal.method],
        [t.acceptedBy, parties(goal.acceptedBy)],
        [t.realistic, goal.realistic],
        [t.knowhow, goal.knowhow],
        [t.capacity, goal.capacity],
        [t.means, goal.means],
        [t.authority, goal.authority],
        [t.communicatedTo, parties(goal.communicatedTo)],
        [t.inspiring, goal.inspiring],
        [t.engaging, goal.engaging],
    ];
    let first = true;
    for (const [label, value] of entries) {
        if (value === undefined || value === '') continue;
        if (first) w.raw('<h4>').text(t.details).raw('</h4><dl class="details">');
        first = false;
        w.raw('<dt>').text(label).raw('</dt><dd>').text(value).raw('</dd>');
    }
    if (!first) w.raw('</dl>');
}
