/** A goal's target, baseline and the progress its reviews record, as figures and as a bar. */
import type { Goal, Quantity, Review } from '../generated/ast.js';
import { goalKind } from '../model/plan.js';
import { parseDate, quantityValue, unquote, type QuantityValue } from '../model/values.js';
import { dayOf, humanDate, moneyHtml, moneyValue, numberHtml, numberValue, perCatalogue, writtenDate, type RenderContext } from './context.js';
import { markup, type Writer } from './writer.js';

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

function progressOf(goal: Goal, reviews: readonly Review[] = sortedReviews(goal), measured = quantityOf): Progress {
    const target = quantity(goal.target);
    const baseline = quantity(goal.baseline);
    let latest: Progress['latest'];
    for (const review of reviews) {
        const value = measured(review);
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

function quantityOf(review: Review): QuantityValue | undefined {
    return quantity(review.measured);
}

/** quantityValue(), with the generator's fast path for plain numbers and amounts. */
function quantity(q: Quantity | undefined): QuantityValue | undefined {
    if (!q) return undefined;
    if (q.money !== undefined) {
        const value = moneyValue(q.money);
        return value === undefined ? undefined : { kind: 'money', value };
    }
    if (q.percent === undefined && q.value !== undefined) {
        const value = numberValue(q.value);
        return value === undefined ? undefined : { kind: 'number', value, unit: q.unit ? unquote(q.unit) : undefined };
    }
    return quantityValue(q);
}

interface ProgressFragments {
    readonly empty: string;
    /** From the end of the opening tag to the baseline's value. */
    readonly head: string;
    readonly latest: string;
    readonly target: string;
    readonly noMeasurement: string;
    readonly noTarget: string;
    readonly barLabel: string;
    readonly reviewsHead: string;
}

const progressFragments = new WeakMap<object, ProgressFragments>();

function fragmentsOf(ctx: RenderContext): ProgressFragments {
    return perCatalogue(progressFragments, ctx, ({ texts }) => {
        const t = texts.progress;
        return {
            empty: markup(w => w.raw('<div class="progress-block"><h4>').text(t.heading).raw('</h4><p class="muted">').text(t.noTarget).raw('</p></div>')),
            head: markup(w => w.raw('>\n<h4>').text(t.heading).raw('</h4>\n<dl class="progress">\n<div><dt>').text(t.baseline).raw('</dt><dd>')),
            latest: markup(w => w.raw('</dd></div>\n<div><dt>').text(t.latest).raw('</dt><dd>')),
            target: markup(w => w.raw('</dd></div>\n<div><dt>').text(t.target).raw('</dt><dd>')),
            noMeasurement: markup(w => w.text(t.noMeasurement)),
            noTarget: markup(w => w.raw('<span class="muted">').text(t.noTarget).raw('</span>')),
            barLabel: markup(w => w.raw('" aria-label="').text(t.barLabel).raw('">')),
            reviewsHead: markup(w => w.raw('<div class="table-wrap"><table class="reviews">\n<caption>').text(t.reviews)
                .raw('</caption>\n<thead><tr><th scope="col">').text(t.date).raw('</th><th scope="col">').text(t.measured)
                .raw('</th><th scope="col">').text(t.note).raw('</th></tr></thead>\n<tbody>')),
        };
    });
}

/** formatQuantity() written piece by piece, with the render's memo of formatted figures. */
function writeQuantity(w: Writer, q: QuantityValue | undefined, ctx: RenderContext): void {
    if (!q) w.raw('—');
    else if (q.kind === 'money') w.raw(moneyHtml(ctx, q.value));
    else if (q.kind === 'percent') w.raw(numberHtml(ctx, q.value)).raw('%');
    else if (q.kind === 'number') {
        w.raw(numberHtml(ctx, q.value));
        if (q.unit) w.raw(' ').text(q.unit);
    } else w.text(q.text);
}

export function writeProgressBlock(w: Writer, goal: Goal, ctx: RenderContext): void {
    const f = fragmentsOf(ctx);
    const reviews = goal.reviews.length > 1 ? sortedReviews(goal) : goal.reviews;
    // The latest measurement and the table read each review's figure: parsed once, in the reviews' order.
    const values = reviews.map(quantityOf);
    const p = progressOf(goal, reviews, review => values[reviews.indexOf(review)]);
    if (!p.target && goal.reviews.length === 0) {
        if (goalKind(goal) !== 'er') w.raw(f.empty);
        return;
    }
    const t = ctx.texts.progress;
    const percent = p.fraction === undefined ? undefined : Math.round(p.fraction * 100);
    if (percent !== undefined) w.raw('<div class="progress-block" data-progress="').text(percent).raw('"');
    else w.raw('<div class="progress-block"');
    w.raw(f.head);
    writeQuantity(w, p.baseline, ctx);
    w.raw(f.latest);
    if (p.latest) {
        writeQuantity(w, p.latest.value, ctx);
        w.raw(' <span class="muted when">').fill(t.measuredOn, { date: writtenDate(ctx, p.latest.review.date) ?? '' }).raw('</span>');
    } else w.raw(f.noMeasurement);
    w.raw(f.target);
    if (p.target) writeQuantity(w, p.target, ctx);
    else w.raw(f.noTarget);
    w.raw('</dd></div>\n</dl>\n');
    if (percent !== undefined) {
        w.raw('<progress class="bar" max="100" value="').text(percent).raw(f.barLabel).text(percent)
            .raw('%</progress>\n<p class="bar-label">').fill(t.percent, { percent }).raw('</p>');
    }
    w.raw('\n');
    if (goal.reviews.length > 0) {
        w.raw(f.reviewsHead);
        for (let i = 0; i < reviews.length; i++) {
            const r = reviews[i];
            const day = dayOf(ctx, r.date);
            w.raw('<tr><th scope="row" class="nowrap">').text(day === undefined ? r.date : humanDate(ctx, day)).raw('</th><td class="nowrap">');
            writeQuantity(w, values[i], ctx);
            w.raw('</td><td>').text(r.note ?? '').raw('</td></tr>');
        }
        w.raw('</tbody>\n</table></div>');
    }
    w.raw('\n</div>');
}
