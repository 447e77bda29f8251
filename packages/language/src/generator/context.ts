/** What every part of the rendered document needs: the locale's texts, today, the judgement, and formatting. */
import type { AstNode } from 'langium';
import type { Goal } from '../generated/ast.js';
import { catalogue, type Catalogue } from '../i18n/catalogue.js';
import type { GoalKindValue, HorizonValue, Locale } from '../keywords.js';
import { goalHorizon, goalKind } from '../model/plan.js';
import type { Judgement } from '../validation/pop-analysis.js';
import { formatMoney, formatNumber, parseDate, parseMoney, parseNumber } from '../model/values.js';
import { escapeHtml, html, slug, type Html } from './escape.js';

export type RenderMode = 'file' | 'preview';

export interface RenderContext {
    readonly locale: Locale;
    readonly texts: Catalogue['render'];
    readonly today: number;
    readonly judgement: Judgement;
    readonly mode: RenderMode;
    /** What every view of a goal writes (id, name, title, kind, dates), worked out once: a goal is written in three places. */
    labels(goal: Goal): GoalLabels;
    /** A document-unique id from a safe base ("facilitation" → "facilitation", then "facilitation-2"). */
    uid(base: string): string;
    /**
     * Per-render memos: a plan repeats the same dates, figures and message templates hundreds of times, and the
     * overview and the goal sections need the same scorecard and totals. Keyed by value, or by node for one render.
     */
    readonly memo: {
        readonly days: Map<number, string>;
        /** Written date → day number, NaN for a text that is not a date. */
        readonly parsedDays: Map<string, number>;
        /** Start text → end text → short range, escaped ('' stands for a missing date). */
        readonly ranges: Map<string, Map<string, string>>;
        readonly money: Map<number, string>;
        readonly numbers: Map<number, string>;
        /** The same, escaped. */
        readonly html: { readonly money: Map<number, string>; readonly numbers: Map<number, string>; readonly hours: Map<number, string> };
        readonly perGoal: Map<string, Map<AstNode, unknown>>;
        /** A part's own memos for one render, by the part's name. */
        readonly parts: Map<string, unknown>;
    };
}

/**
 * Markup that depends only on the locale's texts (headings, labels, table heads, badges), built on first use and
 * kept per catalogue: a goal then writes it in one piece instead of escaping the same labels again.
 */
export function perCatalogue<T>(cache: WeakMap<object, T>, ctx: RenderContext, build: (ctx: RenderContext) => T): T {
    let value = cache.get(ctx.texts);
    if (value === undefined) cache.set(ctx.texts, (value = build(ctx)));
    return value;
}

/** A part's memos for this render, made on first use (one lookup per part, not per value). */
export function partMemo<T>(ctx: RenderContext, part: string, create: () => T): T {
    let memo = ctx.memo.parts.get(part) as T | undefined;
    if (memo === undefined) ctx.memo.parts.set(part, (memo = create()));
    return memo;
}

/** A value computed once per goal and render (`kind` names the computation). */
export function perGoal<T>(ctx: RenderContext, kind: string, goal: Goal, compute: (goal: Goal, ctx: RenderContext) => T): T {
    return perNode(ctx, kind, goal, compute);
}

/** A value computed once per node and render, for any node (an organisation goal that many goals support). */
// `compute` gets the context too, so that callers can pass a function declared once rather than a new closure per call.
export function perNode<N extends AstNode, T>(ctx: RenderContext, kind: string, node: N, compute: (node: N, ctx: RenderContext) => T): T {
    let map = ctx.memo.perGoal.get(kind);
    if (!map) ctx.memo.perGoal.set(kind, (map = new Map()));
    let value = map.get(node) as T | undefined;
    if (value === undefined && !map.has(node)) map.set(node, (value = compute(node, ctx)));
    return value as T;
}

interface GoalLabels {
    /** A slug (letters, digits, '-' and '_'), so written as it is. */
    readonly id: string;
    /** The goal's name, escaped ('' without one). */
    readonly name: string;
    /** The title as goalTitle() gives it, escaped. */
    readonly title: string;
    readonly kind: GoalKindValue;
    readonly horizon: HorizonValue | undefined;
    /** The start and end as days, when they are real dates. */
    readonly start: number | undefined;
    readonly end: number | undefined;
    /** shortRangeHtml() of the goal's dates. */
    readonly range: string;
}

export function createContext(locale: Locale, today: number, judgement: Judgement, mode: RenderMode): RenderContext {
    const labels = new Map<Goal, GoalLabels>();
    const used = new Set<string>();
    const uid = (base: string) => {
        let id = base;
        for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
        used.add(id);
        return id;
    };
    const texts = catalogue(locale).render;
    const labelsOf = (goal: Goal): GoalLabels => {
        let found = labels.get(goal);
        if (!found) {
            found = {
                id: uid(slug(goal.name, 'goal')),
                name: escapeHtml(goal.name ?? ''),
                title: escapeHtml(goal.title || goal.name || texts.untitled),
                kind: goalKind(goal),
                horizon: goalHorizon(goal),
                start: dayOf(ctx, goal.start),
                end: dayOf(ctx, goal.end),
                range: shortRangeHtml(ctx, goal.start, goal.end),
            };
            labels.set(goal, found);
        }
        return found;
    };
    const ctx: RenderContext = {
        locale,
        texts,
        today,
        judgement,
        mode,
        labels: labelsOf,
        uid,
        memo: { days: new Map(), parsedDays: new Map(), ranges: new Map(), money: new Map(), numbers: new Map(),
            html: { money: new Map(), numbers: new Map(), hours: new Map() }, perGoal: new Map(), parts: new Map() },
    };
    return ctx;
}

/** The catalogue's format(), without its regex and callback: a render fills in thousands of templates. */
export function fill(template: string, params: Readonly<Record<string, string | number>>): string {
    let open = template.indexOf('{');
    if (open < 0) return template;
    let out = '';
    let from = 0;
    while (open >= 0) {
        let end = open + 1;
        while (end < template.length && isWordChar(template.charCodeAt(end))) end++;
        if (end > open + 1 && template.charCodeAt(end) === 125 /* } */) {
            const key = template.slice(open + 1, end);
            if (key in params) {
                out += template.slice(from, open) + String(params[key]);
                from = end + 1;
            }
            open = template.indexOf('{', end + 1);
        } else open = template.indexOf('{', open + 1);
    }
    return from === 0 ? template : out + template.slice(from);
}

/** \w as the catalogue's placeholders use it: ASCII letters, digits and underscore. */
function isWordChar(c: number): boolean {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** "15 Jan 2027" / "15 jan 2027": managers read dates, not ISO strings. */
export function humanDate(ctx: RenderContext, day: number): string {
    let text = ctx.memo.days.get(day);
    if (text === undefined) {
        const date = new Date(day * 86_400_000);
        text = `${date.getUTCDate()} ${ctx.texts.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
        ctx.memo.days.set(day, text);
    }
    return text;
}

/** parseDate() with one lookup per date: a plan writes the same dates many times, and each is read several times. */
export function dayOf(ctx: RenderContext, text: string | undefined): number | undefined {
    if (!text) return undefined;
    let day = ctx.memo.parsedDays.get(text);
    if (day === undefined) ctx.memo.parsedDays.set(text, (day = parseDate(text) ?? NaN));
    return Number.isNaN(day) ? undefined : day;
}

/** A date as written in the plan: readable when it is a real date, as written otherwise (never lost). */
export function writtenDate(ctx: RenderContext, text: string | undefined): string | undefined {
    if (text === undefined) return undefined;
    const day = dayOf(ctx, text);
    return day === undefined ? text : humanDate(ctx, day);
}

export function dateRange(ctx: RenderContext, start: string | undefined, end: string | undefined): string {
    const s = writtenDate(ctx, start);
    const e = writtenDate(ctx, end);
    if (s && e) return fill(ctx.texts.dateRange, { start: s, end: e });
    if (s) return fill(ctx.texts.from, { date: s });
    if (e) return fill(ctx.texts.until, { date: e });
    return ctx.texts.noDates;
}

/**
 * "1 Feb – 30 Nov 2027", or with both years when they differ: for tables and bars, where room is short.
 * Escaped, to be written as it is: a goal's range appears in three places.
 */
export function shortRangeHtml(ctx: RenderContext, start: string | undefined, end: string | undefined): string {
    // Two levels keyed by the plan's own strings: a joined key would be a new string to hash on every call.
    let byEnd = ctx.memo.ranges.get(start ?? '');
    if (!byEnd) ctx.memo.ranges.set(start ?? '', (byEnd = new Map()));
    let text = byEnd.get(end ?? '');
    if (text === undefined) byEnd.set(end ?? '', (text = escapeHtml(computeShortRange(ctx, start, end))));
    return text;
}

function computeShortRange(ctx: RenderContext, start: string | undefined, end: string | undefined): string {
    const s = dayOf(ctx, start);
    const e = dayOf(ctx, end);
    if (s === undefined || e === undefined) return dateRange(ctx, start, end);
    const sameYear = new Date(s * 86_400_000).getUTCFullYear() === new Date(e * 86_400_000).getUTCFullYear();
    const first = humanDate(ctx, s);
    // humanDate ends in " YYYY": without it when both ends share the year.
    return `${sameYear && / \d{4}$/.test(first) ? first.slice(0, -5) : first} – ${humanDate(ctx, e)}`;
}

// Keyed by the number itself: a key built as text would be a new string to hash on every call.
export function money(ctx: RenderContext, value: number): string {
    let text = ctx.memo.money.get(value);
    if (text === undefined) ctx.memo.money.set(value, (text = wholeAmount(value, ctx.locale) ?? formatMoney(value, ctx.locale)));
    return text;
}

/** money(), number() and hours() escaped, to be written as they are; memoised like them. */
export function moneyHtml(ctx: RenderContext, value: number): string {
    let text = ctx.memo.html.money.get(value);
    if (text === undefined) ctx.memo.html.money.set(value, (text = escapeHtml(money(ctx, value))));
    return text;
}

export function numberHtml(ctx: RenderContext, value: number): string {
    let text = ctx.memo.html.numbers.get(value);
    if (text === undefined) ctx.memo.html.numbers.set(value, (text = escapeHtml(number(ctx, value))));
    return text;
}

export function hoursHtml(ctx: RenderContext, value: number): string {
    let text = ctx.memo.html.hours.get(value);
    if (text === undefined) ctx.memo.html.hours.set(value, (text = escapeHtml(hours(ctx, value))));
    return text;
}

export function number(ctx: RenderContext, value: number): string {
    let text = ctx.memo.numbers.get(value);
    // A whole number is its digits in both locales (formatNumber: no grouping); Intl is for the rest.
    if (text === undefined) ctx.memo.numbers.set(value, (text = isWholeAmount(value) ? String(value) : formatNumber(value, ctx.locale)));
    return text;
}

/** A whole number from 0 up, not -0 (which Intl writes with its sign). */
function isWholeAmount(value: number): boolean {
    return Number.isSafeInteger(value) && (value > 0 || Object.is(value, 0));
}

/**
 * formatMoney() of a whole, non-negative amount, without Intl and the grouping regex: almost every amount in a plan
 * is one, and each distinct amount is formatted once per render. Undefined for the rest, which formatMoney handles.
 */
function wholeAmount(value: number, locale: Locale): string | undefined {
    if (!isWholeAmount(value)) return undefined;
    const digits = String(value);
    const separator = locale === 'nl' ? '.' : ',';
    let grouped = digits.slice(0, ((digits.length - 1) % 3) + 1);
    for (let i = grouped.length; i < digits.length; i += 3) grouped += separator + digits.slice(i, i + 3);
    return `€ ${grouped}`;
}

/**
 * parseNumber() for the common case of plain digits, which it reads as Number(text); anything else (separators,
 * decimals, spaces) goes to parseNumber itself. Its regular expressions and splits were a tenth of a render.
 */
export function numberValue(text: string): number | undefined {
    return isDigits(text, 0) ? Number(text) : parseNumber(text);
}

/** parseMoney() likewise: '€' or 'EUR', spaces, then plain digits, is Number of the digits. */
export function moneyValue(text: string | undefined): number | undefined {
    if (!text) return undefined;
    let i = text.charCodeAt(0) === 0x20ac ? 1 : text.startsWith('EUR') ? 3 : -1;
    if (i < 0) return parseMoney(text);
    while (text.charCodeAt(i) === 32) i++;
    return isDigits(text, i) ? Number(text.slice(i)) : parseMoney(text);
}

function isDigits(text: string, from: number): boolean {
    if (from >= text.length) return false;
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c < 48 || c > 57) return false;
    }
    return true;
}

export function hours(ctx: RenderContext, value: number): string {
    return fill(ctx.texts.facilitation.hoursValue, { hours: number(ctx, value) });
}

/** The 0-based line a node starts on, for the preview's click-to-reveal and scroll sync. */
export function lineOf(node: AstNode | undefined): number | undefined {
    return node?.$cstNode?.range.start.line;
}

/** ` data-line="N"` for a node that has a place in the source, nothing otherwise. */
export function lineAttr(node: AstNode | undefined): Html {
    const line = lineOf(node);
    return line === undefined ? html`` : html` data-line="${line}"`;
}
