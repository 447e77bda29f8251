/**
 * The timeline: an inline SVG Gantt chart of goals and their actions over the plan period, with the review
 * moments and today. Geometry lives in attributes and colour in the stylesheet's classes, so the chart follows
 * the light, dark and print looks and needs no inline styles (which the preview's CSP would block).
 */
import type { Goal, Plan } from '../generated/ast.js';
import { dateRange, dayOf, fill, humanDate, partMemo, type RenderContext } from './context.js';
import { escapeHtml, html, join, type Html } from './escape.js';
import { goalCost } from './actions.js';
import { markup, Writer } from './writer.js';
import { goalTitle } from './goal.js';

const WIDTH = 760;
const LABEL_WIDTH = 220;
const X0 = LABEL_WIDTH + 6;
const X1 = WIDTH - 10;
const AXIS_HEIGHT = 34;
const GOAL_ROW = 26;
const ACTION_ROW = 19;
const FOOTER = 18;
/** Roughly how many characters of an 11px label fit beside the chart; the full text is in a tooltip. */
const LABEL_CHARS = 29;

interface Span { start?: number; end?: number }

function spanOf(ctx: RenderContext, start: string | undefined, end: string | undefined): Span {
    return { start: dayOf(ctx, start), end: dayOf(ctx, end) };
}

function truncate(text: string, max: number): string {
    return text.length <= max ? text : text.slice(0, max - 1).trimEnd() + '…';
}

function monthStart(day: number): number {
    const d = new Date(day * 86_400_000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
}

function nextMonth(day: number): number {
    const d = new Date(day * 86_400_000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
}

export function timeline(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts.timeline;
    const id = ctx.uid('timeline');
    // The first and the last day anything happens on.
    let first = Infinity;
    let last = -Infinity;
    const note = (day: number | undefined) => {
        if (day === undefined) return;
        if (day < first) first = day;
        if (day > last) last = day;
    };
    const period = spanOf(ctx, plan.period?.start, plan.period?.end);
    note(period.start);
    note(period.end);
    let datedGoals = 0;
    let datedActions = 0;
    let reviewCount = 0;
    for (const goal of plan.goals) {
        const { start, end } = ctx.labels(goal);
        if (start !== undefined || end !== undefined) datedGoals++;
        note(start);
        note(end);
        for (const action of goalCost(goal, ctx).actions) {
            if (action.start !== undefined || action.end !== undefined) datedActions++;
            note(action.start);
            note(action.end);
        }
        for (const review of goal.reviews) {
            const day = dayOf(ctx, review.date);
            if (day !== undefined) reviewCount++;
            note(day);
        }
    }
    const heading = html`<h2 id="${id}">${t.heading}</h2>`;
    if (datedGoals + datedActions === 0) {
        return html`<section class="timeline" aria-labelledby="${id}">${heading}<p class="muted">${t.empty}</p></section>`;
    }
    const min = monthStart(first);
    const max = nextMonth(last);
    const x = (day: number) => X0 + ((day - min) / (max - min)) * (X1 - X0);
    const rowsHeight = plan.goals.reduce((h, g) => h + GOAL_ROW + g.actions.length * ACTION_ROW, 0);
    const height = AXIS_HEIGHT + rowsHeight + FOOTER;
    const bottom = AXIS_HEIGHT + rowsHeight;
    const todayInside = ctx.today >= min && ctx.today <= max;
    const todayText = fill(todayInside ? t.todayInside : t.todayOutside, { date: humanDate(ctx, ctx.today) });
    const desc = fill(t.desc, {
        start: humanDate(ctx, min), end: humanDate(ctx, max - 1),
        goals: datedGoals, actions: datedActions, reviews: reviewCount, today: todayText,
    });

    const w = new Writer();
    if (period.start !== undefined && period.end !== undefined && period.end >= period.start) {
        w.html(html`<rect class="tl-period" x="${r(x(period.start))}" y="${AXIS_HEIGHT - 4}" width="${r(x(period.end + 1) - x(period.start))}" height="${rowsHeight + 4}"><title>${t.planPeriod}: ${dateRange(ctx, plan.period?.start, plan.period?.end)}</title></rect>`).raw('\n');
    }
    w.html(axis(min, max, x, bottom, ctx));
    let y = AXIS_HEIGHT;
    for (const goal of plan.goals) {
        w.raw('\n');
        writeGoalRows(w, goal, y, x, ctx);
        y += GOAL_ROW + goal.actions.length * ACTION_ROW;
    }
    w.raw('\n');
    if (todayInside) {
        const tx = r(x(ctx.today));
        const anchor = tx > X1 - 40 ? 'end' : 'middle';
        w.html(html`<line class="tl-today" x1="${tx}" y1="${AXIS_HEIGHT - 6}" x2="${tx}" y2="${bottom + 2}"/><text class="tl-today-label" x="${tx}" y="${bottom + 13}" text-anchor="${anchor}">${t.today}</text>`);
    } else {
        const before = ctx.today < min;
        w.html(html`<text class="tl-today-label" x="${before ? X0 : X1}" y="${bottom + 13}" text-anchor="${before ? 'start' : 'end'}">${before ? '◂ ' : ''}${t.today}: ${humanDate(ctx, ctx.today)}${before ? '' : ' ▸'}</text>`);
    }

    return html`<section class="timeline" aria-labelledby="${id}">
${heading}
<figure class="timeline-figure">
<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${id}-title ${id}-desc" data-today="${todayInside ? 'inside' : 'outside'}">
<title id="${id}-title">${t.title}</title>
<desc id="${id}-desc">${desc}</desc>
${w.toHtml()}
</svg>
<figcaption><ul class="legend">
<li><svg viewBox="0 0 24 12" aria-hidden="true"><rect class="tl-goal" x="0" y="1" width="24" height="10" rx="2"/></svg>${t.legendGoal}</li>
<li><svg viewBox="0 0 24 12" aria-hidden="true"><rect class="tl-action" x="0" y="3" width="24" height="7" rx="2"/></svg>${t.legendAction}</li>
<li><svg viewBox="0 0 24 12" aria-hidden="true"><path class="tl-review" d="M12 0 L18 6 L12 12 L6 6 Z"/></svg>${t.legendReview}</li>
<li><svg viewBox="0 0 24 12" aria-hidden="true"><rect class="tl-period" x="0" y="0" width="24" height="12"/></svg>${t.planPeriod}</li>
<li><svg viewBox="0 0 24 12" aria-hidden="true"><line class="tl-today" x1="12" y1="0" x2="12" y2="12"/></svg>${t.today}</li>
</ul></figcaption>
</figure>
</section>`;
}

function r(n: number): number {
    return Math.round(n * 10) / 10;
}

/**
 * r(n) as text. Across the chart's width, and down a goal's rows, there are only a few thousand tenths, written tens of
 * thousands of times, and turning a fraction into text is the slow part of writing a number: each is converted once.
 */
function coord(n: number): string {
    const tenths = Math.round(n * 10);
    if (!(tenths >= 0 && tenths < COORDS.length)) return String(tenths / 10);
    return (COORDS[tenths] ??= String(tenths / 10));
}

const COORDS: Array<string | undefined> = new Array(16_384);

function axis(min: number, max: number, x: (d: number) => number, bottom: number, ctx: RenderContext): Html {
    const out: Html[] = [html`<line class="tl-axis" x1="${X0}" y1="${AXIS_HEIGHT - 4}" x2="${X1}" y2="${AXIS_HEIGHT - 4}"/>`];
    const months: number[] = [];
    for (let m = min; m < max; m = nextMonth(m)) months.push(m);
    const monthWidth = (X1 - X0) / months.length;
    // Label every month when there is room, otherwise every quarter; years always.
    const step = monthWidth >= 24 ? 1 : monthWidth >= 9 ? 3 : 12;
    months.forEach((m, i) => {
        const d = new Date(m * 86_400_000);
        const month = d.getUTCMonth();
        const mx = r(x(m));
        out.push(html`<line class="tl-grid" x1="${mx}" y1="${AXIS_HEIGHT - 4}" x2="${mx}" y2="${bottom}"/>`);
        if (step === 1) {
            out.push(html`<text class="tl-muted" x="${r(mx + monthWidth / 2)}" y="${AXIS_HEIGHT - 9}" text-anchor="middle">${ctx.texts.months[month]}</text>`);
        } else if (step === 3 && month % 3 === 0) {
            out.push(html`<text class="tl-muted" x="${r(mx + 2)}" y="${AXIS_HEIGHT - 9}">${ctx.texts.months[month]}</text>`);
        }
        if (month === 0 || i === 0) out.push(html`<text class="tl-text goal-label" x="${r(mx + 2)}" y="11">${d.getUTCFullYear()}</text>`);
    });
    return join(out, '\n');
}

/** Per render: the tooltips' texts, by day and by pair of days (escaped). */
interface TimelineMemo {
    readonly ranges: Map<number, Map<number, string>>;
    readonly reviews: Map<number, string>;
}

function memoOf(ctx: RenderContext): TimelineMemo {
    return partMemo(ctx, 'timeline', () => ({ ranges: new Map(), reviews: new Map() }));
}

/**
 * A goal's rows. The group is moved down to the row's place, so inside it every y is the same for every goal
 * (written from the cache of coordinates), and the review's diamond is drawn relative to its top corner.
 */
function writeGoalRows(w: Writer, goal: Goal, top: number, x: (d: number) => number, ctx: RenderContext): void {
    const title = goalTitle(goal, ctx);
    const labels = ctx.labels(goal);
    const mid = GOAL_ROW / 2;
    const memo = memoOf(ctx);
    w.raw('<g class="tl-row" data-goal="').raw(labels.name).raw('" transform="translate(0 ').text(top).raw(')"><a href="#').raw(labels.id)
        .raw('"><text class="tl-text goal-label" x="4" y="').raw(coord(mid + 4)).raw('">');
    if (title.length <= LABEL_CHARS) w.raw(labels.title);
    else w.text(truncate(title, LABEL_CHARS));
    w.raw('<title>').raw(labels.title).raw('</title></text>\n');
    writeBar(w, labels.start, labels.end, goal.start, goal.end, mid, 14, labels.horizon === 'long' ? 'tl-goal long' : 'tl-goal', labels.title, x, ctx);
    for (const review of goal.reviews) {
        const day = dayOf(ctx, review.date);
        if (day === undefined) continue;
        let tooltip = memo.reviews.get(day);
        if (tooltip === undefined) {
            memo.reviews.set(day, (tooltip = markup(m => m.raw(' 6l6 7-6 7-6-7z"><title>').fill(ctx.texts.timeline.review, { date: humanDate(ctx, day) })
                .raw('</title></path>'))));
        }
        w.raw('\n<path class="tl-review" d="M').raw(coord(x(day))).raw(tooltip);
    }
    let y = GOAL_ROW;
    const figures = goalCost(goal, ctx).actions;
    for (let i = 0; i < goal.actions.length; i++) {
        const action = goal.actions[i];
        const type = figures[i].type;
        const label = action.title || type;
        const escaped = escapeHtml(label);
        const amid = y + ACTION_ROW / 2;
        w.raw('\n<text class="tl-text" x="16" y="').raw(coord(amid + 4)).raw('">');
        if (label.length <= LABEL_CHARS + 1) w.raw(escaped);
        else w.text(truncate(label, LABEL_CHARS + 1));
        w.raw('<title>').text(type).raw(': ').raw(escaped).raw('</title></text>\n');
        writeBar(w, figures[i].start, figures[i].end, action.start, action.end, amid, 9, 'tl-action', escaped, x, ctx);
        y += ACTION_ROW;
    }
    w.raw('</a></g>');
}

type BarClass = keyof typeof BAR_OPEN;
const BAR_OPEN = {
    'tl-goal': '<rect class="tl-goal" x="',
    'tl-goal long': '<rect class="tl-goal long" x="',
    'tl-action': '<rect class="tl-action" x="',
} as const;

/** A bar from start to end, a dot for a single date, or "no dates"; its tooltip is the label (escaped) and the dates. */
function writeBar(w: Writer, start: number | undefined, end: number | undefined, startText: string | undefined, endText: string | undefined,
    mid: number, height: number, cls: BarClass, label: string, x: (d: number) => number, ctx: RenderContext): void {
    if (start !== undefined && end !== undefined && end >= start) {
        const x1 = x(start);
        const width = Math.max(3, x(end + 1) - x1);
        // Both dates are real, so dateRange() would write both as human dates.
        w.raw(BAR_OPEN[cls]).raw(coord(x1)).raw('" y="').raw(coord(mid - height / 2)).raw('" width="').raw(coord(width))
            .raw(height === 14 ? '" height="14" rx="3"><title>' : '" height="9" rx="3"><title>').raw(label).raw(': ')
            .raw(dayRange(ctx, start, end)).raw('</title></rect>');
        return;
    }
    const single = start ?? end;
    if (single !== undefined) {
        w.raw('<circle class="').raw(cls).raw('" cx="').raw(coord(x(single))).raw('" cy="').raw(coord(mid)).raw('" r="').text(height / 2)
            .raw('"><title>').raw(label).raw(': ').text(dateRange(ctx, startText, endText)).raw('</title></circle>');
        return;
    }
    w.raw('<text class="tl-muted" x="').text(X0 + 4).raw('" y="').raw(coord(mid + 4)).raw('">').text(ctx.texts.noDates).raw('</text>');
}

/** dateRange() of two real days, escaped: bars share their dates (a goal and its first action often start alike). */
function dayRange(ctx: RenderContext, start: number, end: number): string {
    const ranges = memoOf(ctx).ranges;
    let byEnd = ranges.get(start);
    if (!byEnd) ranges.set(start, (byEnd = new Map()));
    let text = byEnd.get(end);
    if (text === undefined) {
        byEnd.set(end, (text = markup(m => m.fill(ctx.texts.dateRange, { start: humanDate(ctx, start), end: humanDate(ctx, end) }))));
    }
    return text;
}
