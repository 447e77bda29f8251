/** A goal's target, baseline and the progress its reviews record, as figures and as a bar. */
import type { Goal, Review } from '../generated/ast.js';
import { format } from '../i18n/catalogue.js';
import { goalKind } from '../model/plan.js';
import { formatQuantity, parseDate, quantityValue, type QuantityValue } from '../model/values.js';
import { writtenDate, type RenderContext } from './context.js';
import { html, type Html } from '../html/escape.js';

interface Progress {
    readonly target?: QuantityValue;
    readonly baseline?: QuantityValue;
    readonly latest?: { review: Review; value: QuantityValue };
    /** 0..1 of the way from baseline to target, when the figures can be compared. */
    readonly fraction?: number;
}

function numeric(q: QuantityValue | undefined): q is Exclude<QuantityValue, { kind: 'text' }> {
    return !!q && q.kind !== 'text';
}

/** Reviews in date order; the last one with a measurement is the goal's current state. */
function sortedReviews(goal: Goal): Review[] {
    return [...goal.reviews].sort((a, b) => (parseDate(a.date) ?? 0) - (parseDate(b.date) ?? 0));
}

function progressOf(goal: Goal, reviews: readonly Review[]): Progress {
    const target = quantityValue(goal.target);
    const baseline = quantityValue(goal.baseline);
    let latest: Progress['latest'];
    for (const review of reviews) {
        const value = quantityValue(review.measured);
        if (value) latest = { review, value };
    }
    let fraction: number | undefined;
    if (numeric(target) && latest && numeric(latest.value) && latest.value.kind === target.kind) {
        // A goal without a baseline starts from zero; a falling target (waiting time down) works the same way round.
        const from = numeric(baseline) && baseline.kind === target.kind ? baseline.value : 0;
        if (target.value !== from) fraction = Math.min(1, Math.max(0, (latest.value.value - from) / (target.value - from)));
    }
    return { target, baseline, latest, fraction };
}

function quantity(q: QuantityValue | undefined, ctx: RenderContext): string {
    return q ? formatQuantity(q, ctx.locale) : '—';
}

export function progressBlock(goal: Goal, ctx: RenderContext): Html | '' {
    const t = ctx.texts.progress;
    const reviews = sortedReviews(goal);
    const p = progressOf(goal, reviews);
    if (!p.target && reviews.length === 0) {
        return goalKind(goal) === 'er' ? '' : html`<div class="progress-block"><h4>${t.heading}</h4><p class="muted">${t.noTarget}</p></div>`;
    }
    const percent = p.fraction === undefined ? undefined : Math.round(p.fraction * 100);
    const latest = p.latest
        ? html`${quantity(p.latest.value, ctx)} <span class="muted when">${format(t.measuredOn, { date: writtenDate(ctx, p.latest.review.date) ?? '' })}</span>`
        : t.noMeasurement;
    const bar = percent === undefined ? '' : html`<progress class="bar" max="100" value="${percent}" aria-label="${t.barLabel}">${percent}%</progress>
<p class="bar-label">${format(t.percent, { percent })}</p>`;
    const table = reviews.length === 0 ? '' : html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.reviews}"><table class="reviews">
<caption>${t.reviews}</caption>
<thead><tr><th scope="col">${t.date}</th><th scope="col">${t.measured}</th><th scope="col">${t.note}</th></tr></thead>
<tbody>${reviews.map(r => html`<tr><th scope="row" class="nowrap">${writtenDate(ctx, r.date)}</th><td class="nowrap">${quantity(quantityValue(r.measured), ctx)}</td><td>${r.note ?? ''}</td></tr>`)}</tbody>
</table></div>`;
    return html`<div class="progress-block"${percent === undefined ? '' : html` data-progress="${percent}"`}>
<h4>${t.heading}</h4>
<dl class="progress">
<div><dt>${t.baseline}</dt><dd>${quantity(p.baseline, ctx)}</dd></div>
<div><dt>${t.latest}</dt><dd>${latest}</dd></div>
<div><dt>${t.target}</dt><dd>${p.target ? quantity(p.target, ctx) : html`<span class="muted">${t.noTarget}</span>`}</dd></div>
</dl>
${bar}
${table}
</div>`;
}
