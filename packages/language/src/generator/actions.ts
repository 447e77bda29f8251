/** A goal's actions as a table (type, provider, dates, hours, cost) with totals: what it costs and when. */
import type { Action, Goal } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { hours, lineOf, money, moneyValue, numberValue, perCatalogue, perGoal, perNode, shortRange, type RenderContext } from './context.js';
import { markup, type Writer } from './writer.js';

export interface GoalCost { cost: number; hours: number }

export interface ActionFigures {
    readonly cost: number | undefined;
    readonly hours: number | undefined;
    readonly cancelled: boolean;
}

/** An action's cost and hours as numbers, read once per render: the totals, the table and the overview need them. */
export function actionFigures(action: Action, ctx: RenderContext): ActionFigures {
    return perNode(ctx, 'figures', action, a => ({
        cost: moneyValue(a.cost),
        hours: a.hours !== undefined ? numberValue(a.hours) : undefined,
        cancelled: goalStatus(a) === 'cancelled',
    }));
}

/** Like actionTotals() for the plan: cancelled actions do not count. */
export function goalCost(goal: Goal, ctx: RenderContext): GoalCost {
    return perGoal(ctx, 'cost', goal, () => {
        const totals = { cost: 0, hours: 0 };
        for (const action of goal.actions) {
            const figures = actionFigures(action, ctx);
            if (figures.cancelled) continue;
            totals.cost += figures.cost ?? 0;
            totals.hours += figures.hours ?? 0;
        }
        return totals;
    });
}

export function actionType(action: Action, ctx: RenderContext): string {
    const key = canonical('actionType', action.type);
    return key ? ctx.texts.actionTypes[key] : action.type ?? '';
}

export function statusLabel(node: Goal | Action, ctx: RenderContext): string | undefined {
    const key = goalStatus(node);
    return key ? ctx.texts.statuses[key] : node.status;
}

/** What the plan does not say is a dash. */
function orDash(w: Writer, text: string | undefined): void {
    if (text === undefined || text === '') w.raw('<span class="muted">—</span>');
    else w.text(text);
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
    let withStatus = false;
    let anyCancelled = false;
    for (const a of goal.actions) {
        if (a.status !== undefined) withStatus = true;
        if (actionFigures(a, ctx).cancelled) anyCancelled = true;
    }
    const totals = goalCost(goal, ctx);
    w.raw('\n<div class="table-wrap"><table class="actions">\n<caption class="sr-only">').fill(ctx.texts.actions.caption, { goal: goal.title || goal.name || '' })
        .raw(f.head[withStatus ? 1 : 0]);
    for (const a of goal.actions) {
        const { cost, hours: h, cancelled } = actionFigures(a, ctx);
        const line = lineOf(a);
        w.raw(cancelled ? '<tr class="cancelled"' : '<tr');
        if (line !== undefined) w.raw(' data-line="').text(line).raw('">\n<th scope="row">');
        else w.raw('>\n<th scope="row">');
        w.text(a.title || ctx.texts.untitled).raw('</th><td>');
        orDash(w, actionType(a, ctx));
        w.raw('</td><td>');
        orDash(w, a.provider);
        w.raw('</td>\n<td class="nowrap">');
        orDash(w, a.start || a.end ? shortRange(ctx, a.start, a.end) : undefined);
        w.raw('</td>\n<td class="num">');
        orDash(w, h !== undefined ? hours(ctx, h) : a.hours);
        w.raw('</td><td class="num">');
        orDash(w, cost !== undefined ? money(ctx, cost) : a.cost);
        if (withStatus) {
            w.raw('</td>\n<td class="nowrap">');
            orDash(w, statusLabel(a, ctx));
            w.raw('</td></tr>');
        } else w.raw('</td>\n</tr>');
    }
    w.raw(f.foot).text(hours(ctx, totals.hours)).raw('</td><td class="num" data-total="cost">').text(money(ctx, totals.cost))
        .raw(withStatus ? '</td><td></td></tr></tfoot>\n</table></div>\n' : '</td></tr></tfoot>\n</table></div>\n');
    if (anyCancelled) w.raw(f.cancelledNote);
}
