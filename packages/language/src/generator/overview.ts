/** "At a glance": one row per goal with its verdict, its dates and its cost, and the plan's totals. */
import type { Plan } from '../generated/ast.js';
import { plural } from '../i18n/catalogue.js';
import { goalKind, goalStatus } from '../model/plan.js';
import { scorecard } from '../validation/scorecard.js';
import { goalCost } from './actions.js';
import { goalId, goalTitle, hours, money, type RenderContext, shortRange, uid } from './context.js';
import { html, type Html } from '../html/escape.js';
import { scoreGlance } from './scorecard-view.js';

export function overview(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts.overview;
    const id = uid(ctx, 'overview');
    if (plan.goals.length === 0) {
        return html`<section class="overview" aria-labelledby="${id}"><h2 id="${id}">${t.heading}</h2><p class="muted">${t.noGoals}</p></section>`;
    }
    const scores = plan.goals.map(goal => scorecard(goal, ctx.judgement, ctx.locale));
    // A cancelled goal is listed as such, and counts neither as a SMART goal nor in the totals.
    const cancelled = plan.goals.map(goal => goalStatus(goal) === 'cancelled');
    const smart = scores.filter((s, i) => s.kind === 'smart' && !cancelled[i]);
    const total = { cost: 0, hours: 0 };
    const rows = plan.goals.map((goal, i) => {
        const cost = goalCost(goal);
        if (!cancelled[i]) {
            total.cost += cost.cost;
            total.hours += cost.hours;
        }
        return html`<tr data-goal="${goal.name ?? ''}" data-kind="${goalKind(goal)}"${cancelled[i] ? html` data-status="cancelled"` : ''}>
<th scope="row"><a href="#${goalId(ctx, goal)}">${goalTitle(goal, ctx)}</a>${cancelled[i] ? html` <span class="badge">${ctx.texts.statuses.cancelled}</span>` : ''}</th>
<td class="nowrap">${scoreGlance(scores[i], ctx)}</td>
<td>${shortRange(ctx, goal.start, goal.end)}</td>
<td class="num">${hours(ctx, cost.hours)}</td>
<td class="num">${money(ctx, cost.cost)}</td>
</tr>`;
    });
    return html`<section class="overview" aria-labelledby="${id}">
<h2 id="${id}">${t.heading}</h2>
<p>${plural(ctx.locale, t.smartGoals, smart.length, { smart: smart.filter(s => s.complete).length })}</p>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.caption}"><table class="overview-table">
<caption class="sr-only">${t.caption}</caption>
<thead><tr><th scope="col">${t.goal}</th><th scope="col">${t.check}</th><th scope="col">${t.when}</th><th scope="col" class="num">${t.hours}</th><th scope="col" class="num">${t.cost}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row" colspan="3">${t.total}</th><td class="num" data-total="hours">${hours(ctx, total.hours)}</td><td class="num" data-total="cost">${money(ctx, total.cost)}</td></tr></tfoot>
</table></div>
</section>`;
}
