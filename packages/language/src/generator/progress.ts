/** A goal's target, baseline and the progress its reviews record, as figures and as a bar. */
import type { Goal, Review } from '../generated/ast.js';
import { goalKind } from '../model/plan.js';
import { formatQuantity, parseDate, quantityValue, type QuantityValue } from '../model/values.js';
import { fill, humanDate, writtenDate, type RenderContext } from './context.js';
import { html, type Html } from './escape.js';

export interface Progress {
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
export function sortedReviews(goal: Goal): Review[] {
    return [...goal.reviews].sort((a, b) => (parseDate(a.date) ?? 0) - (parseDate(b.date) ?? 0));
}

export function progressOf(goal: Goal): Progress {
    const target = quantityValue(goal.target);
    const baseline = quantityValue(goal.baseline);
    let latest: Progress['latest'];
    for (const review of sortedReviews(goal)) {
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

export function progressBlock(goal: Goal, ctx: RenderContext): Html {
    const t = ctx.texts.progress;
    const p = progressOf(goal);
    if (!p.target && goal.reviews.length === 0) {
        return goalKind(goal) === 'er' ? html`` : html`<div class="progress-block"><h4>${t.heading}</h4><p class="muted">${t.noTarget}</p></div>`;
    }
    const show = (q: QuantityValue | undefined) => (q ? formatQuantity(q, ctx.locale) : '—');
    const latestText = p.latest
        ? html`${show(p.latest.value)} <span class="muted when">${fill(t.measuredOn, { date: writtenDate(ctx, p.latest.review.date) ?? '' })}</span>`
        : t.noMeasurement;
    const percent = p.fraction === undefined ? undefined : Math.round(p.fraction * 100);
    const reviews = sortedReviews(goal);
    return html`<div class="progress-block"${percent === undefined ? '' : html` data-progress="${percent}"`}>
<h4>${t.heading}</h4>
<dl class="progress">
<div><dt>${t.baseline}</dt><dd>${show(p.baseline)}</dd></div>
<div><dt>${t.latest}</dt><dd>${latestText}</dd></div>
<div><dt>${t.target}</dt><dd>${p.target ? show(p.target) : html`<span class="muted">${t.noTarget}</span>`}</dd></div>
</dl>
${percent === undefined ? '' : html`<progress class="bar" max="100" value="${percent}" aria-label="${t.barLabel}">${percent}%</progress>
<p class="bar-label">${fill(t.percent, { percent })}</p>`}
${reviews.length > 0 ? html`<div class="table-wrap"><table class="reviews">
<caption>${t.reviews}</caption>
<thead><tr><th scope="col">${t.date}</th><th scope="col">${t.measured}</th><th scope="col">${t.note}</th></tr></thead>
<tbody>${reviews.map(r => {
        const measured = quantityValue(r.measured);
        const day = parseDate(r.date);
        return html`<tr><th scope="row" class="nowrap">${day === undefined ? r.date : humanDate(ctx, day)}</th><td class="nowrap">${measured ? show(measured) : '—'}</td><td>${r.note ?? ''}</td></tr>`;
    })}</tbody>
</table></div>` : ''}
</div>`;
}
