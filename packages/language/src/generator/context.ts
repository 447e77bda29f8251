/** What every part of the rendered document needs: the locale's texts, today, the judgement, and formatting. */
import type { AstNode } from 'langium';
import type { Goal } from '../generated/ast.js';
import { catalogue, format, type Catalogue } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import { formatMoney, formatNumber, parseDate } from '../model/values.js';
import { dayText } from '../report/format.js';
import type { Judgement } from '../validation/judgement-cache.js';
import { html, slug, type Html } from '../html/escape.js';

export type RenderMode = 'file' | 'preview';

/**
 * What every part of a render reads. Plain data, with the ids handed out so far; the functions that work on it
 * (uid, goalId, humanDate, …) are module functions rather than closures made per render, so that the optimised code
 * of the sections that call them stays valid from one render to the next.
 */
export interface RenderContext {
    readonly locale: Locale;
    readonly texts: Catalogue['render'];
    readonly today: number;
    readonly judgement: Judgement;
    readonly mode: RenderMode;
    readonly usedIds: Set<string>;
    readonly goalIds: Map<Goal, string>;
}

export function createContext(locale: Locale, today: number, judgement: Judgement, mode: RenderMode): RenderContext {
    return { locale, texts: catalogue(locale).render, today, judgement, mode, usedIds: new Set(), goalIds: new Map() };
}

/** A document-unique id from a safe base ("facilitation" → "facilitation", then "facilitation-2"). */
export function uid(ctx: RenderContext, base: string): string {
    let id = base;
    for (let n = 2; ctx.usedIds.has(id); n++) id = `${base}-${n}`;
    ctx.usedIds.add(id);
    return id;
}

/** The id of a goal's section: the overview, the timeline and derived goals link to it. */
export function goalId(ctx: RenderContext, goal: Goal): string {
    let id = ctx.goalIds.get(goal);
    if (id === undefined) ctx.goalIds.set(goal, (id = uid(ctx, slug(goal.name, 'goal'))));
    return id;
}

export function goalTitle(goal: Goal, ctx: RenderContext): string {
    return goal.title || goal.name || ctx.texts.untitled;
}

/** "15 Jan 2027" / "15 jan 2027": managers read dates, not ISO strings. */
export function humanDate(ctx: RenderContext, day: number): string {
    return dayText(ctx.locale, day);
}

/** A date as written in the plan: readable when it is a real date, as written otherwise (never lost). */
export function writtenDate(ctx: RenderContext, text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const day = parseDate(text);
    return day === undefined ? text : humanDate(ctx, day);
}

export function dateRange(ctx: RenderContext, start: string | undefined, end: string | undefined): string {
    const reversed = reversedRange(ctx, start, end);
    if (reversed) return reversed;
    const s = writtenDate(ctx, start);
    const e = writtenDate(ctx, end);
    if (s && e) return format(ctx.texts.dateRange, { start: s, end: e });
    if (s) return format(ctx.texts.from, { date: s });
    if (e) return format(ctx.texts.until, { date: e });
    return ctx.texts.noDates;
}

/** "1 Feb – 30 Nov 2027", or with both years when they differ: for tables and bars, where room is short. */
export function shortRange(ctx: RenderContext, start: string | undefined, end: string | undefined): string {
    const s = parseDate(start);
    const e = parseDate(end);
    if (s === undefined || e === undefined || e < s) return dateRange(ctx, start, end);
    const sameYear = new Date(s * 86_400_000).getUTCFullYear() === new Date(e * 86_400_000).getUTCFullYear();
    const first = humanDate(ctx, s);
    // humanDate ends in " YYYY": without it when both ends share the year.
    return `${sameYear && / \d{4}$/.test(first) ? first.slice(0, -5) : first} – ${humanDate(ctx, e)}`;
}

/**
 * An end before the start, written as it is, with both years and the reason it is wrong: shortened, "1 Oct – 1 Feb
 * 2027" would read as a range across the new year that nobody wrote.
 */
function reversedRange(ctx: RenderContext, start: string | undefined, end: string | undefined): string | undefined {
    const s = parseDate(start);
    const e = parseDate(end);
    if (s === undefined || e === undefined || e >= s) return undefined;
    return format(ctx.texts.reversedRange, { start: humanDate(ctx, s), end: humanDate(ctx, e) });
}

export function money(ctx: RenderContext, value: number): string {
    return formatMoney(value, ctx.locale);
}

export function hours(ctx: RenderContext, value: number): string {
    return format(ctx.texts.facilitation.hoursValue, { hours: formatNumber(value, ctx.locale) });
}

/** The 0-based line a node starts on, for the preview's click-to-reveal and scroll sync. */
export function lineAttr(node: AstNode | undefined): Html | '' {
    const line = node?.$cstNode?.range.start.line;
    return line === undefined ? '' : html` data-line="${line}"`;
}
