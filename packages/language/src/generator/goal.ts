/** One section per goal: what it is, whether it is SMART, how far it got, what it supports and what it takes. */
import type { Goal, Party, Plan } from '../generated/ast.js';
import { canonical, type GoalKindValue, type HorizonValue, type ScopeValue, type StatusValue } from '../keywords.js';
import { goalScope, goalStatus } from '../model/plan.js';
import { lineOf, perCatalogue, perGoal, perNode, writtenDate, type RenderContext } from './context.js';
import type { Html } from './escape.js';
import { writeAcceptedFindings } from './accepted.js';
import { writeActionsTable } from './actions.js';
import { writeProgressBlock } from './progress.js';
import { scoreOf, writeScorecardBlock, writeScoreBadge } from './scorecard-view.js';
import { markup, Writer } from './writer.js';

function partyLabel(party: Party, ctx: RenderContext): string {
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
    const { id, title } = ctx.labels(goal);
    w.raw('<a href="#').raw(id).raw('">').raw(title).raw('</a>');
}

/** The parts of a goal's section that only the locale decides, each written as one piece. */
interface GoalFragments {
    readonly open: Readonly<Record<GoalKindValue, string>>;
    /** Closes the score badge's item and adds the kind's badge (none for ER: the score badge says it). */
    readonly kindBadge: Readonly<Record<GoalKindValue, string>>;
    readonly horizonBadge: Readonly<Record<HorizonValue, string>>;
    readonly scopeBadge: Readonly<Record<ScopeValue, string>>;
    readonly statusBadge: Readonly<Record<StatusValue, string>>;
    readonly revealHint: string;
    readonly derivedFrom: string;
    readonly noStatement: string;
    readonly derivedHeading: string;
    readonly noDerivedGoals: string;
}

const goalFragments = new WeakMap<object, GoalFragments>();

function fragmentsOf(ctx: RenderContext): GoalFragments {
    return perCatalogue(goalFragments, ctx, ({ texts: t }) => {
        const badges = <K extends string>(labels: Readonly<Record<K, string>>) =>
            Object.fromEntries(Object.entries<string>(labels).map(([key, label]) => [key, markup(w => badge(w, label))])) as Record<K, string>;
        const kinds = badges(t.kinds);
        return {
            open: { smart: '<section class="goal kind-smart" id="', magie: '<section class="goal kind-magie" id="', er: '<section class="goal kind-er" id="' },
            kindBadge: { smart: '</li>\n' + kinds.smart, magie: '</li>\n' + kinds.magie, er: '</li>\n\n' },
            horizonBadge: badges(t.horizons),
            scopeBadge: badges(t.scopes),
            statusBadge: badges(t.statuses),
            revealHint: markup(w => w.raw('" title="').text(t.goals.revealHint).raw('">\n<header>\n<h3 id="')),
            derivedFrom: markup(w => w.raw('<p class="derived">').text(t.goals.derivedFrom).raw(': ')),
            noStatement: markup(w => w.raw('<p class="statement missing">').text(t.goals.noStatement).raw('</p>\n')),
            derivedHeading: markup(w => w.raw('<h4>').text(t.goals.derivedGoals).raw('</h4>')),
            noDerivedGoals: markup(w => w.raw('<p class="muted">').text(t.goals.noDerivedGoals).raw('</p>')),
        };
    });
}

function writeGoalSection(w: Writer, goal: Goal, plan: Plan, ctx: RenderContext): void {
    const f = fragmentsOf(ctx);
    const { id, name, title, kind, horizon, range } = ctx.labels(goal);
    const score = scoreOf(goal, ctx);
    const derivedFrom = goal.derivedFrom;
    const line = lineOf(goal);
    w.raw(f.open[kind]).raw(id).raw('" aria-labelledby="').raw(id);
    if (line !== undefined) w.raw('-title" data-line="').text(line).raw('" data-goal="');
    else w.raw('-title" data-goal="');
    w.raw(name).raw(ctx.mode === 'preview' ? f.revealHint : '">\n<header>\n<h3 id="').raw(id).raw('-title">').raw(title)
        .raw('</h3>\n<ul class="badges">\n<li>');
    writeScoreBadge(w, score, ctx);
    w.raw(f.kindBadge[kind]).raw(horizon ? f.horizonBadge[horizon] : '\n').raw(f.scopeBadge[goalScope(goal)]);
    const status = goalStatus(goal);
    if (status) w.raw(f.statusBadge[status]);
    else if (goal.status) badge(w, goal.status);
    else w.raw('\n');
    w.raw('<li><span class="badge">').raw(range).raw('</span></li>\n</ul>\n');
    if (derivedFrom) {
        w.raw(f.derivedFrom);
        const parent = derivedFrom.ref;
        if (parent) goalLink(w, parent, ctx);
        else w.text(derivedFrom.$refText);
        w.raw('</p>');
    }
    if (goal.specific) w.raw('\n</header>\n<p class="statement">').text(goal.specific).raw('</p>\n');
    else w.raw('\n</header>\n').raw(f.noStatement);
    writeScorecardBlock(w, goal, score, ctx);
    writeAcceptedFindings(w, goal, ctx);
    w.raw('\n');
    if (kind === 'er') {
        const children = derivedGoals(plan, goal, ctx);
        w.raw(f.derivedHeading);
        if (children.length > 0) {
            w.raw('<ul class="supports">');
            for (const c of children) {
                w.raw('<li>');
                goalLink(w, c, ctx);
                w.raw('</li>');
            }
            w.raw('</ul>');
        } else w.raw(f.noDerivedGoals);
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

interface DetailFragments {
    readonly supportsHeading: string;
    readonly noSupports: string;
    readonly details: string;
    /** `<dt>label</dt><dd>` per detail, in DETAILS order. */
    readonly labels: readonly string[];
}

const detailFragments = new WeakMap<object, DetailFragments>();

/** The details a goal may give beyond its statement, in the order a reader expects them. */
const DETAILS = ['method', 'acceptedBy', 'realistic', 'knowhow', 'capacity', 'means', 'authority', 'communicatedTo', 'inspiring', 'engaging'] as const;

function detailFragmentsOf(ctx: RenderContext): DetailFragments {
    return perCatalogue(detailFragments, ctx, ({ texts }) => ({
        supportsHeading: markup(w => w.raw('<div class="supports-block"><h4>').text(texts.supports.heading).raw('</h4>')),
        noSupports: markup(w => w.raw('<p class="muted">').text(texts.supports.none).raw('</p></div>')),
        details: markup(w => w.raw('<h4>').text(texts.goals.details).raw('</h4><dl class="details">')),
        labels: DETAILS.map(key => markup(w => w.raw('<dt>').text(texts.goals[key]).raw('</dt><dd>'))),
    }));
}

function writeSupportsBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    const f = detailFragmentsOf(ctx);
    w.raw(f.supportsHeading);
    if (goal.supports.length === 0) {
        w.raw(f.noSupports);
        return;
    }
    w.raw('<ul class="supports">');
    for (const ref of goal.supports) {
        const target = ref.ref;
        if (!target) {
            w.raw('<li>').text(ref.$refText).raw(' <span class="muted">(').text(ctx.texts.supports.unknown).raw(')</span></li>');
            continue;
        }
        // Many goals support the same few organisation goals: each item is written once per render.
        w.raw(perNode(ctx, 'supports', target, () => markup(item => {
            const by = writtenDate(ctx, target.deadline);
            item.raw('<li>').text(target.title || target.name);
            if (by) item.raw(' <span class="muted nowrap">(').fill(ctx.texts.supports.by, { date: by }).raw(')</span>');
            item.raw('</li>');
        })));
    }
    w.raw('</ul></div>');
}

function writeDetailsBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    // Each field read by name: a lookup by a computed key is a slow, generic property access.
    const d = { w, ctx, labels: detailFragmentsOf(ctx).labels, first: true };
    detail(d, 0, goal.method);
    parties(d, 1, goal.acceptedBy);
    detail(d, 2, goal.realistic);
    detail(d, 3, goal.knowhow);
    detail(d, 4, goal.capacity);
    detail(d, 5, goal.means);
    detail(d, 6, goal.authority);
    parties(d, 7, goal.communicatedTo);
    detail(d, 8, goal.inspiring);
    detail(d, 9, goal.engaging);
    if (!d.first) w.raw('</dl>');
}

interface DetailList { readonly w: Writer; readonly ctx: RenderContext; readonly labels: readonly string[]; first: boolean }

function detailStart(d: DetailList, index: number): void {
    if (d.first) d.w.raw(detailFragmentsOf(d.ctx).details);
    d.first = false;
    d.w.raw(d.labels[index]);
}

function detail(d: DetailList, index: number, value: string | undefined): void {
    if (value === undefined || value === '') return;
    detailStart(d, index);
    d.w.text(value).raw('</dd>');
}

function parties(d: DetailList, index: number, list: readonly Party[]): void {
    // As the joined text would be: empty when there is no party, or one without a label.
    if (list.length === 0 || (list.length === 1 && partyLabel(list[0], d.ctx) === '')) return;
    detailStart(d, index);
    writeParties(d.w, list, d.ctx);
    d.w.raw('</dd>');
}

/** The parties joined with ', ', written one by one. */
function writeParties(w: Writer, list: readonly Party[], ctx: RenderContext): void {
    for (let i = 0; i < list.length; i++) {
        if (i > 0) w.raw(', ');
        w.text(partyLabel(list[i], ctx));
    }
}
