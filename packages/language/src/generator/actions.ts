/** A goal's actions as a table (type, provider, dates, hours, cost) with totals: what it costs and when. */
import type { Action, Goal } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { parseMoney, parseNumber } from '../model/values.js';
import { fill, hours, lineAttr, money, perGoal, shortRange, type RenderContext } from './context.js';
import { html, type Html } from './escape.js';

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

export function actionsTable(goal: Goal, ctx: RenderContext): Html {
    const t = ctx.texts.actions;
    if (goal.actions.length === 0) return html`<h4>${t.heading}</h4><p class="muted">${t.none}</p>`;
    const withStatus = goal.actions.some(a => a.status !== undefined);
    const anyCancelled = goal.actions.some(a => goalStatus(a) === 'cancelled');
    const totals = perGoal(ctx, 'cost', goal, goalCost);
    const dash = html`<span class="muted">—</span>`;
    const cell = (text: string | undefined, cls = '') => html`<td${cls ? html` class="${cls}"` : ''}>${text === undefined || text === '' ? dash : text}</td>`;
    const rows = goal.actions.map(a => {
        const cost = parseMoney(a.cost);
        const h = a.hours !== undefined ? parseNumber(a.hours) : undefined;
        const cancelled = goalStatus(a) === 'cancelled';
        return html`<tr${cancelled ? html` class="cancelled"` : ''}${lineAttr(a)}>
<th scope="row">${a.title || ctx.texts.untitled}</th>${cell(actionType(a, ctx))}${cell(a.provider)}
${cell(a.start || a.end ? shortRange(ctx, a.start, a.end) : undefined, 'nowrap')}
${cell(h !== undefined ? hours(ctx, h) : a.hours, 'num')}${cell(cost !== undefined ? money(ctx, cost) : a.cost, 'num')}
${withStatus ? cell(statusLabel(a, ctx), 'nowrap') : ''}</tr>`;
    });
    return html`<h4>${t.heading}</h4>
<div class="table-wrap"><table class="actions">
<caption class="sr-only">${fill(t.caption, { goal: goal.title || goal.name || '' })}</caption>
<thead><tr><th scope="col">${t.action}</th><th scope="col">${t.type}</th><th scope="col">${t.provider}</th><th scope="col">${t.when}</th><th scope="col" class="num">${t.hours}</th><th scope="col" class="num">${t.cost}</th>${withStatus ? html`<th scope="col">${t.status}</th>` : ''}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="4">${t.total}</th><td class="num" data-total="hours">${hours(ctx, totals.hours)}</td><td class="num" data-total="cost">${money(ctx, totals.cost)}</td>${withStatus ? html`<td></td>` : ''}</tr></tfoot>
</table></div>
${anyCancelled ? html`<p class="muted">${t.cancelledNote}</p>` : ''}`;
}
