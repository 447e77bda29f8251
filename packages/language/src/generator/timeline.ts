/**
 * The timeline: an inline SVG Gantt chart of goals and their actions over the plan period, with the review
 * moments and today. Geometry lives in attributes and colour in the stylesheet's classes, so the chart follows
 * the light, dark and print looks and needs no inline styles (which the preview's CSP would block).
 */
import type { Goal, Plan } from '../generated/ast.js';
import { counted, format } from '../i18n/catalogue.js';
import { goalHorizon } from '../model/plan.js';
import { parseDate } from '../model/values.js';
import { actionType } from './actions.js';
import { dateRange, goalTitle, humanDate, type RenderContext, uid } from './context.js';
import { html, join, type Html } from '../html/escape.js';

const WIDTH = 760;
const LABEL_WIDTH = 220;
const X0 = LABEL_WIDTH + 6;
const X1 = WIDTH - 10;
const AXIS_HEIGHT = 34;
const GOAL_ROW = 26;
const ACTION_ROW = 19;
/** The height a label's every further line adds to its row. */
const LINE_HEIGHT = 13;
const FOOTER = 18;
/** Room a year label ("2027", bold 11px) takes, with a little space after it. */
const YEAR_LABEL_WIDTH = 34;
/** Roughly how many characters of an 11px label fit on one line beside the chart; a longer label wraps. */
const LABEL_CHARS = 29;

function isDay(day: number | undefined): day is number {
    return day !== undefined;
}

/**
 * A label in lines of at most `max` characters, broken between words (a word longer than a line is cut into lines):
 * the whole title is on the page, also on paper, where a tooltip cannot be read.
 */
function wrap(text: string, max: number): string[] {
    const lines: string[] = [];
    let line = '';
    for (let word of text.split(/\s+/).filter(w => w !== '')) {
        while (word.length > max) {
            if (line) lines.push(line);
            lines.push(word.slice(0, max));
            word = word.slice(max);
            line = '';
        }
        if (!line) line = word;
        else if (line.length + 1 + word.length <= max) line += ' ' + word;
        else {
            lines.push(line);
            line = word;
        }
    }
    if (line || lines.length === 0) lines.push(line);
    return lines;
}

/** A row's height: its base height, and a line's more for every line its label wraps onto. */
function rowHeight(base: number, lines: number): number {
    return base + (lines - 1) * LINE_HEIGHT;
}

/** The label's lines, each a tspan starting at x: the first on the row's text baseline, the next below it. */
function labelLines(lines: readonly string[], x: number): Html[] {
    return lines.map((line, i) => html`<tspan x="${x}" dy="${i === 0 ? 0 : LINE_HEIGHT}">${line}</tspan>`);
}

interface RowLayout { readonly goal: Goal; readonly title: string[]; readonly actions: ReadonlyArray<{ label: string; lines: string[] }>; readonly height: number }

function layoutOf(goal: Goal, ctx: RenderContext): RowLayout {
    const title = wrap(goalTitle(goal, ctx), LABEL_CHARS);
    const actions = goal.actions.map(action => {
        const label = action.title || actionType(action, ctx);
        return { label, lines: wrap(label, LABEL_CHARS + 1) };
    });
    const height = rowHeight(GOAL_ROW, title.length) + actions.reduce((h, a) => h + rowHeight(ACTION_ROW, a.lines.length), 0);
    return { goal, title, actions, height };
}

function monthStart(day: number): number {
    const d = new Date(day * 86_400_000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1) / 86_400_000;
}

function nextMonth(day: number): number {
    const d = new Date(day * 86_400_000);
    return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1) / 86_400_000;
}

/** The days the chart spans: from the first of the month of its first date to the first of the month after its last. */
interface DayScale { readonly min: number; readonly max: number }

/** Where a day is on the chart, from its left edge. */
function xOf(scale: DayScale, day: number): number {
    return X0 + ((day - scale.min) / (scale.max - scale.min)) * (X1 - X0);
}

export function timeline(plan: Plan, ctx: RenderContext): Html {
    const t = ctx.texts.timeline;
    const id = uid(ctx, 'timeline');
    const period = { start: parseDate(plan.period?.start), end: parseDate(plan.period?.end) };
    const goalSpans = plan.goals.map(g => [parseDate(g.start), parseDate(g.end)]);
    const actionSpans = plan.goals.flatMap(g => g.actions.map(a => [parseDate(a.start), parseDate(a.end)]));
    const reviewDays = plan.goals.flatMap(g => g.reviews.map(review => parseDate(review.date))).filter(isDay);
    const datedGoals = goalSpans.filter(span => span.some(isDay)).length;
    const datedActions = actionSpans.filter(span => span.some(isDay)).length;
    // The first and the last day anything happens on.
    const days = [period.start, period.end, ...goalSpans.flat(), ...actionSpans.flat(), ...reviewDays].filter(isDay);
    const heading = html`<h2 id="${id}">${t.heading}</h2>`;
    if (datedGoals + datedActions === 0) {
        return html`<section class="timeline" aria-labelledby="${id}">${heading}<p class="muted">${t.empty}</p></section>`;
    }
    const min = monthStart(days.reduce((a, b) => Math.min(a, b)));
    const max = nextMonth(days.reduce((a, b) => Math.max(a, b)));
    const scale: DayScale = { min, max };
    const layouts = plan.goals.map(goal => layoutOf(goal, ctx));
    const rowsHeight = layouts.reduce((h, row) => h + row.height, 0);
    const height = AXIS_HEIGHT + rowsHeight + FOOTER;
    const bottom = AXIS_HEIGHT + rowsHeight;
    const todayInside = ctx.today >= min && ctx.today <= max;
    const todayText = format(todayInside ? t.todayInside : t.todayOutside, { date: humanDate(ctx, ctx.today) });
    const desc = format(t.description, {
        start: humanDate(ctx, min), end: humanDate(ctx, max - 1), goals: counted(ctx.locale, 'goals', datedGoals),
        actions: counted(ctx.locale, 'actions', datedActions), reviews: counted(ctx.locale, 'reviews', reviewDays.length), today: todayText,
    });

    const periodBar = period.start !== undefined && period.end !== undefined && period.end >= period.start
        ? html`<rect class="tl-period" x="${r(xOf(scale, period.start))}" y="${AXIS_HEIGHT - 4}" width="${r(xOf(scale, period.end + 1) - xOf(scale, period.start))}" height="${rowsHeight + 4}"><title>${t.planPeriod}: ${dateRange(ctx, plan.period?.start, plan.period?.end)}</title></rect>\n`
        : '';
    let y = AXIS_HEIGHT;
    const rows = layouts.map(layout => {
        const top = y;
        y += layout.height;
        return html`\n${goalRows(layout, top, scale, ctx)}`;
    });
    const before = ctx.today < min;
    const tx = r(xOf(scale, ctx.today));
    const today = todayInside
        ? html`<line class="tl-today" x1="${tx}" y1="${AXIS_HEIGHT - 6}" x2="${tx}" y2="${bottom + 2}"/><text class="tl-today-label" x="${tx}" y="${bottom + 13}" text-anchor="${tx > X1 - 40 ? 'end' : 'middle'}">${t.today}</text>`
        : html`<text class="tl-today-label" x="${before ? X0 : X1}" y="${bottom + 13}" text-anchor="${before ? 'start' : 'end'}">${before ? '◂ ' : ''}${t.today}: ${humanDate(ctx, ctx.today)}${before ? '' : ' ▸'}</text>`;

    return html`<section class="timeline" aria-labelledby="${id}">
${heading}
<figure class="timeline-figure">
<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${WIDTH} ${height}" width="${WIDTH}" height="${height}" aria-labelledby="${id}-title ${id}-desc" data-today="${todayInside ? 'inside' : 'outside'}">
<title id="${id}-title">${t.title}</title>
<desc id="${id}-desc">${desc}</desc>
${periodBar}${axis(scale, bottom, ctx)}${rows}
${today}
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

function axis(scale: DayScale, bottom: number, ctx: RenderContext): Html {
    const { min, max } = scale;
    const out: Html[] = [html`<line class="tl-axis" x1="${X0}" y1="${AXIS_HEIGHT - 4}" x2="${X1}" y2="${AXIS_HEIGHT - 4}"/>`];
    const months: number[] = [];
    for (let m = min; m < max; m = nextMonth(m)) months.push(m);
    const monthWidth = (X1 - X0) / months.length;
    // Label every month when there is room, otherwise every quarter; years always.
    const step = monthWidth >= 24 ? 1 : monthWidth >= 9 ? 3 : 12;
    months.forEach((m, i) => {
        const d = new Date(m * 86_400_000);
        const month = d.getUTCMonth();
        const mx = r(xOf(scale, m));
        out.push(html`<line class="tl-grid" x1="${mx}" y1="${AXIS_HEIGHT - 4}" x2="${mx}" y2="${bottom}"/>`);
        if (step === 1) {
            out.push(html`<text class="tl-muted" x="${r(mx + monthWidth / 2)}" y="${AXIS_HEIGHT - 9}" text-anchor="middle">${ctx.texts.months[month]}</text>`);
        } else if (step === 3 && month % 3 === 0) {
            out.push(html`<text class="tl-muted" x="${r(mx + 2)}" y="${AXIS_HEIGHT - 9}">${ctx.texts.months[month]}</text>`);
        }
        // Each year at its first month; the chart's first month too, unless the next January follows too closely for both
        // ("20262027"). A year at the right edge ends there instead of running off the chart.
        const roomBeforeJanuary = (12 - month) * monthWidth;
        if (month === 0 || (i === 0 && roomBeforeJanuary >= YEAR_LABEL_WIDTH)) {
            out.push(html`<text class="tl-text goal-label" x="${r(Math.min(mx + 2, WIDTH - YEAR_LABEL_WIDTH))}" y="11">${d.getUTCFullYear()}</text>`);
        }
    });
    return join(out, '\n');
}

/** A goal's rows, in a group moved down to the row's place: inside it every y is the same for every goal. */
function goalRows(layout: RowLayout, top: number, scale: DayScale, ctx: RenderContext): Html {
    const { goal } = layout;
    const title = goalTitle(goal, ctx);
    const mid = GOAL_ROW / 2;
    const reviews = goal.reviews.flatMap(review => {
        const day = parseDate(review.date);
        // The review's diamond is drawn relative to its top corner.
        return day === undefined ? [] : [html`
<path class="tl-review" d="M${r(xOf(scale, day))} 6l6 7-6 7-6-7z"><title>${format(ctx.texts.timeline.review, { date: humanDate(ctx, day) })}</title></path>`];
    });
    let y = rowHeight(GOAL_ROW, layout.title.length);
    const actions = goal.actions.map((action, i) => {
        const { label, lines } = layout.actions[i];
        const amid = y + ACTION_ROW / 2;
        y += rowHeight(ACTION_ROW, lines.length);
        return html`
<text class="tl-text" x="16" y="${r(amid + 4)}">${labelLines(lines, 16)}<title>${actionType(action, ctx)}: ${label}</title></text>
${bar(action.start, action.end, amid, 9, 'tl-action', label, scale, ctx)}`;
    });
    // No link in the chart: an image holds no controls (axe: nested-interactive). The overview above links every goal.
    return html`<g class="tl-row" data-goal="${goal.name ?? ''}" transform="translate(0 ${top})"><text class="tl-text goal-label" x="4" y="${r(mid + 4)}">${labelLines(layout.title, 4)}<title>${title}</title></text>
${bar(goal.start, goal.end, mid, 14, goalHorizon(goal) === 'long' ? 'tl-goal long' : 'tl-goal', title, scale, ctx)}${reviews}${actions}</g>`;
}

/** A bar from start to end, a dot for a single date, or "no dates"; its tooltip is the label and the dates. */
function bar(startText: string | undefined, endText: string | undefined, mid: number, height: number, cls: string, label: string,
    scale: DayScale, ctx: RenderContext): Html {
    const start = parseDate(startText);
    const end = parseDate(endText);
    if (start !== undefined && end !== undefined && end >= start) {
        const x1 = xOf(scale, start);
        return html`<rect class="${cls}" x="${r(x1)}" y="${r(mid - height / 2)}" width="${r(Math.max(3, xOf(scale, end + 1) - x1))}" height="${height}" rx="3"><title>${label}: ${dateRange(ctx, startText, endText)}</title></rect>`;
    }
    if (start !== undefined && end !== undefined) {
        return html`<text class="tl-muted tl-reversed" x="${X0 + 4}" y="${r(mid + 4)}">⚠ ${ctx.texts.timeline.reversed}<title>${label}: ${dateRange(ctx, startText, endText)}</title></text>`;
    }
    const single = start ?? end;
    if (single !== undefined) {
        return html`<circle class="${cls}" cx="${r(xOf(scale, single))}" cy="${r(mid)}" r="${height / 2}"><title>${label}: ${dateRange(ctx, startText, endText)}</title></circle>`;
    }
    return html`<text class="tl-muted" x="${X0 + 4}" y="${r(mid + 4)}">${ctx.texts.noDates}</text>`;
}
