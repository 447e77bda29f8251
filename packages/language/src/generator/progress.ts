/** A goal's target, baseline and the progress its reviews record, as figures and as a bar. */
import type { Goal, Review } from '../generated/ast.js';
import { goalKind } from '../model/plan.js';
import { formatQuantity, parseDate, quantityValue, type QuantityValue } from '../model/values.js';
import { fill, humanDate, writtenDate, type RenderContext } from './context.js';
import type { Writer } from './writer.js';

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

export function writeProgressBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    const t = ctx.texts.progress;
    const p = progressOf(goal);
    if (!p.target && goal.reviews.length === 0) {
        if (goalKind(goal) !== 'er') w.raw('<div class="progress-block"><h4>').text(t.heading).raw('</h4><p class="muted">').text(t.noTarget).raw('</p></div>');
        return;
    }
    const show = (q: QuantityValue | undefined) => (q ? formatQuantity(q, ctx.locale) : '—');
    const percent = p.fraction === undefined ? undefined : Math.round(p.fraction * 100);
    const reviews = sortedReviews(goal);
    w.raw('<div class="progress-block"');
    if (percent !== undefined) w.raw(' data-progress="').text(percent).raw('"');
    w.raw('>\n<h4>').text(t.heading).raw('</h4>\n<dl class="progress">\n<div><dt>').text(t.baseline).raw('</dt><dd>').text(show(p.baseline))
        .raw('</dd></div>\n<div><dt>').text(t.latest).raw('</dt><dd>');
    if (p.latest) {
        w.text(show(p.latest.value)).raw(' <span class="muted when">')
            .text(fill(t.measuredOn, { date: writtenDate(ctx, p.latest.review.date) ?? '' })).raw('</span>');
    } else w.text(t.noMeasurement);
    w.raw('</dd></div>\n<div><dt>').text(t.target).raw('</dt><dd>');
    if (p.target) w.text(show(p.target));
    else w.raw('<span class="muted">').text(t.noTarget).raw('</span>');
    w.raw('</dd></div>\n</dl>\n');
    if (percent !== undefined) {
        w.raw('<progress class="bar" max="100" value="').text(percent).raw('" aria-label="').text(t.barLabel).raw('">').text(percent)
            .raw('%</progress>\n<p class="bar-label">').text(fill(t.percent, { percent })).raw('</p>');
    }
    w.raw('\n');
    if (reviews.length > 0) {
        w.raw('<div class="table-wrap"><table class="reviews">\n<caption>').text(t.reviews).raw('</caption>\n<thead><tr><th scope="col">').text(t.date)
            .raw('</th><th scope="col">').text(t.measured).raw('</th><th scope="col">').text(t.note).raw('</th></tr></thead>\n<tbody>');
        for (const r of reviews) {
            const measured = quantityValue(r.measured);
            const day = parseDate(r.date);
            w.raw('<tr><th scope="row" class="nowrap">').text(day === undefined ? r.date : humanDate(ctx, day))
                .raw('</th><td class="nowrap">').text(measured ? show(measured) : '—').raw('</td><td>').text(r.note ?? '').raw('</td></tr>');
        }
        w.raw('</tbody>\n</table></div>');
    }
    w.raw('\n</div>');
}
