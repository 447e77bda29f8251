/** The plan's header (who, what role, which period) and the employer's facilitation: planned against used. */
import type { Plan } from '../generated/ast.js';
import { format } from '../i18n/catalogue.js';
import { canonical } from '../keywords.js';
import { actionTotals, facilitationOf } from '../model/plan.js';
import { dateRange, hours, humanDate, lineAttr, money, type RenderContext, uid } from './context.js';
import { html, type Html } from '../html/escape.js';

export function planHeader(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts;
    const fact = (label: string, value: string | undefined) => html`<div><dt>${label}</dt><dd>${value === undefined || value === ''
        ? html`<span class="muted">${t.notGiven}</span>` : value}</dd></div>`;
    const period = plan.period ? dateRange(ctx, plan.period.start, plan.period.end) : undefined;
    const reasons = plan.reasons.map(r => {
        const key = canonical('reason', r);
        return key ? t.reasons[key] : r;
    }).join(', ');
    return html`<header class="plan-header"${lineAttr(plan)}>
<p class="kicker">${t.kicker}</p>
<h1>${plan.title || t.untitled}</h1>
<dl class="facts">
${fact(t.header.employee, plan.employee)}
${fact(t.header.role, plan.role)}
${fact(t.header.manager, plan.manager)}
${fact(t.header.period, period)}
${plan.reasons.length > 0 ? fact(t.header.reasons, reasons) : ''}
</dl>
<p class="as-of">${format(t.asOf, { date: humanDate(ctx, ctx.today) })}</p>
</header>`;
}

export function facilitation(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts.facilitation;
    const given = facilitationOf(plan);
    const used = actionTotals(plan);
    const row = (label: string, limit: number | undefined, spent: number, show: (n: number) => string) => {
        const remaining = limit === undefined ? undefined : limit - spent;
        const rest = remaining === undefined ? html`<span class="muted">—</span>`
            : remaining < 0 ? html`<span class="over">${format(t.over, { amount: show(-remaining) })}</span>`
            : show(remaining);
        return html`<tr><th scope="row">${label}</th>
<td class="num">${limit === undefined ? html`<span class="muted">${t.notStated}</span>` : show(limit)}</td>
<td class="num">${show(spent)}</td>
<td class="num">${rest}</td></tr>`;
    };
    const id = uid(ctx, 'facilitation');
    return html`<section class="facilitation" aria-labelledby="${id}"${lineAttr(plan.facilities)}>
<h2 id="${id}">${t.heading}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-label="${t.caption}"><table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.item}</th><th scope="col" class="num">${t.facilitated}</th><th scope="col" class="num">${t.used}</th><th scope="col" class="num">${t.remaining}</th></tr></thead>
<tbody>
${row(t.budget, given.budget, used.cost, n => money(ctx, n))}
${row(t.hours, given.hours, used.hours, n => hours(ctx, n))}
</tbody>
</table></div>
</section>`;
}
