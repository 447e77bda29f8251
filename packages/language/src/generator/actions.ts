/** A goal's actions as a table (type, provider, dates, hours, cost) with totals: what it costs and when. */
import type { Action, Goal } from '../generated/ast.js';
import { format } from '../i18n/catalogue.js';
import { canonical } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { parseMoney, parseNumber } from '../model/values.js';
import { hours, lineAttr, money, shortRange, type RenderContext } from './context.js';
import { html, type Html } from '../html/escape.js';

/** Like actionTotals() for the plan: cancelled actions do not count. */
export function goalCost(goal: Goal): { cost: number; hours: number } {
    const totals = { cost: 0, hours: 0 };
    for (const action of goal.actions) {
        if (goalStatus(action) === 'cancelled') continue;
        totals.cost += parseMoney(action.cost) ?? 0;
        totals.hours += actionHours(action) ?? 0;
    }
    return totals;
}

function actionHours(action: Action): number | undefined {
    return action.hours !== undefined ? parseNumber(action.hours) : undefined;
}

export function actionType(action: Action, ctx: RenderContext): string {
    const key = canonical('actionType', action.type);
    return key ? ctx.texts.actionTypes[key] : action.type ?? '';
}

function statusLabel(action: Action, ctx: RenderContext): string | undefined {
    const key = goalStatus(action);
    return key ? ctx.texts.statuses[key] : action.status;
}

/** What the plan does not say is a dash. */
function orDash(text: string | undefined): Html | string {
    return text === undefined || text === '' ? DASH : text;
}

const DASH = html`<span class="muted">—</span>`;

export function actionsTable(goal: Goal, ctx: RenderContext): Html {
    const t = ctx.texts.actions;
    if (goal.actions.length === 0) return html`<h4>${t.heading}</h4><p class="muted">${t.none}</p>`;
    const withStatus = goal.actions.some(a => a.status !== undefined);
    const totals = goalCost(goal);
    const rows = goal.actions.map(a => {
        const cost = parseMoney(a.cost);
        const spent = actionHours(a);
        return html`<tr${goalStatus(a) === 'cancelled' ? html` class="cancelled"` : ''}${lineAttr(a)}>
<th scope="row">${a.title || ctx.texts.untitled}</th><td>${orDash(actionType(a, ctx))}</td><td>${orDash(a.provider)}</td>
<td>${orDash(a.start || a.end ? shortRange(ctx, a.start, a.end) : undefined)}</td>
<td class="num">${spent !== undefined ? hours(ctx, spent) : orDash(a.hours)}</td><td class="num">${cost !== undefined ? money(ctx, cost) : orDash(a.cost)}</td>
${withStatus ? html`<td class="nowrap">${orDash(statusLabel(a, ctx))}</td>` : ''}</tr>`;
    });
    return html`<h4>${t.heading}</h4>
<div class="table-wrap" tabindex="0" role="region" aria-label="${format(t.caption, { goal: goal.title || goal.name || '' })}"><table class="actions">
<caption class="sr-only">${format(t.caption, { goal: goal.title || goal.name || '' })}</caption>
<thead><tr><th scope="col">${t.action}</th><th scope="col">${t.type}</th><th scope="col">${t.provider}</th><th scope="col">${t.when}</th><th scope="col" class="num">${t.hours}</th><th scope="col" class="num">${t.cost}</th>${withStatus ? html`<th scope="col">${t.status}</th>` : ''}</tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="4">${t.total}</th><td class="num" data-total="hours">${hours(ctx, totals.hours)}</td><td class="num" data-total="cost">${money(ctx, totals.cost)}</td>${withStatus ? html`<td></td>` : ''}</tr></tfoot>
</table></div>
${goal.actions.some(a => goalStatus(a) === 'cancelled') ? html`<p class="muted">${t.cancelledNote}</p>` : ''}`;
}
