/** A goal's actions as a table (type, provider, dates, hours, cost) with totals: what it costs and when. */
import type { Action, Goal } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { parseMoney, parseNumber } from '../model/values.js';
import { fill, hours, money, perGoal, shortRange, writeLineAttr, type RenderContext } from './context.js';
import type { Writer } from './writer.js';

export interface GoalCost { cost: number; hours: number }

/** Like actionTotals() for the plan: cancelled actions do not count. */
export function goalCost(goal: Goal): GoalCost {
    const totals = { cost: 0, hours: 0 };
    for (const action of goal.actions) {
        if (goalStatus(action) === 'cancelled') continue;
        totals.cost += parseMoney(action.cost) ?? 0;
        totals.hours += action.hours !== undefined ? parseNumber(action.hours) ?? 0 : 0;
    }
    return totals;
}

export function actionType(action: Action, ctx: RenderContext): string {
    const key = canonical('actionType', action.type);
    return key ? ctx.texts.actionTypes[key] : action.type ?? '';
}

export function statusLabel(node: Goal | Action, ctx: RenderContext): string | undefined {
    const key = goalStatus(node);
    return key ? ctx.texts.statuses[key] : node.status;
}

/** A cell, with a dash for what the plan does not say. */
function cell(w: Writer, text: string | undefined, cls?: string): void {
    w.raw(cls === undefined ? '<td>' : cls === 'num' ? '<td class="num">' : '<td class="nowrap">');
    if (text === undefined || text === '') w.raw('<span class="muted">—</span>');
    else w.text(text);
    w.raw('</td>');
}

export function writeActionsTable(w: Writer, goal: Goal, ctx: RenderContext): void {
    const t = ctx.texts.actions;
    w.raw('<h4>').text(t.heading).raw('</h4>');
    if (goal.actions.length === 0) {
        w.raw('<p class="muted">').text(t.none).raw('</p>');
        return;
    }
    const withStatus = goal.actions.some(a => a.status !== undefined);
    const anyCancelled = goal.actions.some(a => goalStatus(a) === 'cancelled');
    const totals = perGoal(ctx, 'cost', goal, goalCost);
    w.raw('\n<div class="table-wrap"><table class="actions">\n<caption class="sr-only">').text(fill(t.caption, { goal: goal.title || goal.name || '' }))
        .raw('</caption>\n<thead><tr><th scope="col">').text(t.action).raw('</th><th scope="col">').text(t.type)
        .raw('</th><th scope="col">').text(t.provider).raw('</th><th scope="col">').text(t.when)
        .raw('</th><th scope="col" class="num">').text(t.hours).raw('</th><th scope="col" class="num">').text(t.cost).raw('</th>');
    if (withStatus) w.raw('<th scope="col">').text(t.status).raw('</th>');
    w.raw('</tr></thead>\n<tbody>\n');
    for (const a of goal.actions) {
        const cost = parseMoney(a.cost);
        const h = a.hours !== undefined ? parseNumber(a.hours) : undefined;
        w.raw(goalStatus(a) === 'cancelled' ? '<tr class="cancelled"' : '<tr');
        writeLineAttr(w, a);
        w.raw('>\n<th scope="row">').text(a.title || ctx.texts.untitled).raw('</th>');
        cell(w, actionType(a, ctx));
        cell(w, a.provider);
        w.raw('\n');
        cell(w, a.start || a.end ? shortRange(ctx, a.start, a.end) : undefined, 'nowrap');
        w.raw('\n');
        cell(w, h !== undefined ? hours(ctx, h) : a.hours, 'num');
        cell(w, cost !== undefined ? money(ctx, cost) : a.cost, 'num');
        w.raw('\n');
        if (withStatus) cell(w, statusLabel(a, ctx), 'nowrap');
        w.raw('</tr>');
    }
    w.raw('\n</tbody>\n<tfoot><tr><th scope="row" colspan="4">').text(t.total).raw('</th><td class="num" data-total="hours">').text(hours(ctx, totals.hours))
        .raw('</td><td class="num" data-total="cost">').text(money(ctx, totals.cost)).raw('</td>');
    if (withStatus) w.raw('<td></td>');
    w.raw('</tr></tfoot>\n</table></div>\n');
    if (anyCancelled) w.raw('<p class="muted">').text(t.cancelledNote).raw('</p>');
}
