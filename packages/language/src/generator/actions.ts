/** A goal's actions as a table (type, provider, dates, hours, cost) with totals: what it costs and when. */
import type { Action, Goal } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { dayOf, hoursHtml, lineOf, moneyHtml, moneyValue, numberValue, perCatalogue, perGoal, shortRangeHtml, type RenderContext } from './context.js';
import { markup, type Writer } from './writer.js';

/** An action's cost, hours, type and dates, read once per render for the totals, the table and the timeline. */
interface ActionFigures {
    readonly cost: number | undefined;
    readonly hours: number | undefined;
    readonly cancelled: boolean;
    readonly type: string;
    /** The start and end as days, when they are real dates. */
    readonly start: number | undefined;
    readonly end: number | undefined;
}

export interface GoalCost {
    cost: number;
    hours: number;
    /** Whether an action states a status (the table gets a column for it), and whether one is cancelled. */
    withStatus: boolean;
    anyCancelled: boolean;
    /** Per action, in the goal's order. */
    actions: ActionFigures[];
}

/** Like actionTotals() for the plan: cancelled actions do not count. */
export function goalCost(goal: Goal, ctx: RenderContext): GoalCost {
    return perGoal(ctx, 'cost', goal, computeCost);
}

function computeCost(goal: Goal, ctx: RenderContext): GoalCost {
    const totals: GoalCost = { cost: 0, hours: 0, withStatus: false, anyCancelled: false, actions: [] };
    for (const action of goal.actions) {
        const figures: ActionFigures = {
            cost: moneyValue(action.cost),
            hours: action.hours !== undefined ? numberValue(action.hours) : undefined,
            cancelled: goalStatus(action) === 'cancelled',
            type: actionType(action, ctx),
            start: dayOf(ctx, action.start),
            end: dayOf(ctx, action.end),
        };
        totals.actions.push(figures);
        if (action.status !== undefined) totals.withStatus = true;
        if (figures.cancelled) totals.anyCancelled = true;
        if (figures.cancelled) continue;
        totals.cost += figures.cost ?? 0;
        totals.hours += figures.hours ?? 0;
    }
    return totals;
}

function actionType(action: Action, ctx: RenderContext): string {
    const key = canonical('actionType', action.type);
    return key ? ctx.texts.actionTypes[key] : action.type ?? '';
}

function statusLabel(node: Goal | Action, ctx: RenderContext): string | undefined {
    const key = goalStatus(node);
    return key ? ctx.texts.statuses[key] : node.status;
}

/** What the plan does not say is a dash. */
function orDash(w: Writer, text: string | undefined): void {
    if (text === undefined || text === '') w.raw('<span class="muted">—</span>');
    else w.text(text);
}

/** orDash() for markup that is escaped already. */
function orDashHtml(w: Writer, markup: string | undefined): void {
    w.raw(markup === undefined || markup === '' ? '<span class="muted">—</span>' : markup);
}

interface ActionFragments {
    readonly heading: string;
    readonly none: string;
    /** From the end of the caption to the body, without and with a status column. */
    readonly head: readonly [string, string];
    readonly foot: string;
    readonly cancelledNote: string;
}

const actionFragments = new WeakMap<object, ActionFragments>();

function fragmentsOf(ctx: RenderContext): ActionFragments {
    return perCatalogue(actionFragments, ctx, ({ texts }) => {
        const t = texts.actions;
        const head = (withStatus: boolean) => markup(w => {
            w.raw('</caption>\n<thead><tr><th scope="col">').text(t.action).raw('</th><th scope="col">').text(t.type)
                .raw('</th><th scope="col">').text(t.provider).raw('</th><th scope="col">').text(t.when)
                .raw('</th><th scope="col" class="num">').text(t.hours).raw('</th><th scope="col" class="num">').text(t.cost).raw('</th>');
            if (withStatus) w.raw('<th scope="col">').text(t.status).raw('</th>');
            w.raw('</tr></thead>\n<tbody>\n');
        });
        return {
            heading: markup(w => w.raw('<h4>').text(t.heading).raw('</h4>')),
            none: markup(w => w.raw('<p class="muted">').text(t.none).raw('</p>')),
            head: [head(false), head(true)],
            foot: markup(w => w.raw('\n</tbody>\n<tfoot><tr><th scope="row" colspan="4">').text(t.total).raw('</th><td class="num" data-total="hours">')),
            cancelledNote: markup(w => w.raw('<p class="muted">').text(t.cancelledNote).raw('</p>')),
        };
    });
}

export function writeActionsTable(w: Writer, goal: Goal, ctx: RenderContext): void {
    const f = fragmentsOf(ctx);
    w.raw(f.heading);
    if (goal.actions.length === 0) {
        w.raw(f.none);
        return;
    }
    const totals = goalCost(goal, ctx);
    const { withStatus, anyCancelled } = totals;
    w.raw('\n<div class="table-wrap"><table class="actions">\n<caption class="sr-only">').fill(ctx.texts.actions.caption, { goal: goal.title || goal.name || '' })
        .raw(f.head[withStatus ? 1 : 0]);
    for (let i = 0; i < goal.actions.length; i++) {
        const a = goal.actions[i];
        const { cost, hours: h, cancelled, type } = totals.actions[i];
        const line = lineOf(a);
        w.raw(cancelled ? '<tr class="cancelled"' : '<tr');
        if (line !== undefined) w.raw(' data-line="').text(line).raw('">\n<th scope="row">');
        else w.raw('>\n<th scope="row">');
        w.text(a.title || ctx.texts.untitled).raw('</th><td>');
        orDash(w, type);
        w.raw('</td><td>');
        orDash(w, a.provider);
        w.raw('</td>\n<td class="nowrap">');
        orDashHtml(w, a.start || a.end ? shortRangeHtml(ctx, a.start, a.end) : undefined);
        w.raw('</td>\n<td class="num">');
        if (h !== undefined) orDashHtml(w, hoursHtml(ctx, h));
        else orDash(w, a.hours);
        w.raw('</td><td class="num">');
        if (cost !== undefined) orDashHtml(w, moneyHtml(ctx, cost));
        else orDash(w, a.cost);
        if (withStatus) {
            w.raw('</td>\n<td class="nowrap">');
            orDash(w, statusLabel(a, ctx));
            w.raw('</td></tr>');
        } else w.raw('</td>\n</tr>');
    }
    w.raw(f.foot).raw(hoursHtml(ctx, totals.hours)).raw('</td><td class="num" data-total="cost">').raw(moneyHtml(ctx, totals.cost))
        .raw(withStatus ? '</td><td></td></tr></tfoot>\n</table></div>\n' : '</td></tr></tfoot>\n</table></div>\n');
    if (anyCancelled) w.raw(f.cancelledNote);
}
