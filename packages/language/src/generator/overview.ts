/** "At a glance": one row per goal with its verdict, its dates and its cost, and the plan's totals. */
import type { Plan } from '../generated/ast.js';
import { fill, hours, hoursHtml, money, moneyHtml, type RenderContext } from './context.js';
import { html, type Html } from './escape.js';
import { goalCost } from './actions.js';
import { scoreOf, writeScoreGlance } from './scorecard-view.js';
import { Writer } from './writer.js';

const ROW_KIND = {
    smart: '" data-kind="smart">\n<th scope="row"><a href="#',
    magie: '" data-kind="magie">\n<th scope="row"><a href="#',
    er: '" data-kind="er">\n<th scope="row"><a href="#',
} as const;

export function overview(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts.overview;
    const id = ctx.uid('overview');
    if (plan.goals.length === 0) {
        return html`<section class="overview" aria-labelledby="${id}"><h2 id="${id}">${t.heading}</h2><p class="muted">${t.noGoals}</p></section>`;
    }
    const scores = plan.goals.map(goal => ({ goal, score: scoreOf(goal, ctx), cost: goalCost(goal, ctx) }));
    const smart = scores.filter(s => s.score.kind === 'smart');
    const total = scores.reduce((sum, s) => ({ cost: sum.cost + s.cost.cost, hours: sum.hours + s.cost.hours }), { cost: 0, hours: 0 });
    const w = new Writer();
    w.raw('<section class="overview" aria-labelledby="').text(id).raw('">\n<h2 id="').text(id).raw('">').text(t.heading).raw('</h2>\n<p>')
        .text(fill(t.smartCount, { smart: smart.filter(s => s.score.complete).length, count: smart.length }))
        .raw('</p>\n<div class="table-wrap"><table class="overview-table">\n<caption class="sr-only">').text(t.caption)
        .raw('</caption>\n<thead><tr><th scope="col">').text(t.goal).raw('</th><th scope="col">').text(t.check)
        .raw('</th><th scope="col">').text(t.when).raw('</th><th scope="col" class="num">').text(t.hours)
        .raw('</th><th scope="col" class="num">').text(t.cost).raw('</th></tr></thead>\n<tbody>\n');
    for (const { goal, score, cost } of scores) {
        const { id, name, title, kind, range } = ctx.labels(goal);
        w.raw('<tr data-goal="').raw(name).raw(ROW_KIND[kind]).raw(id).raw('">').raw(title)
            .raw('</a></th>\n<td class="nowrap">');
        writeScoreGlance(w, score, ctx);
        w.raw('</td>\n<td>').raw(range).raw('</td>\n<td class="num">').raw(hoursHtml(ctx, cost.hours))
            .raw('</td>\n<td class="num">').raw(moneyHtml(ctx, cost.cost)).raw('</td>\n</tr>');
    }
    return w.raw('\n</tbody>\n<tfoot><tr><th scope="row" colspan="3">').text(t.total).raw('</th><td class="num" data-total="hours">')
        .text(hours(ctx, total.hours)).raw('</td><td class="num" data-total="cost">').text(money(ctx, total.cost))
        .raw('</td></tr></tfoot>\n</table></div>\n</section>').toHtml();
}
