/** Parsing of the literal values a plan holds: dates, money, numbers and quantities. */
import type { Quantity } from '../generated/ast.js';

const DAY_MS = 86_400_000;

/**
 * A calendar date as days since 1970-01-01 (UTC), or undefined when the text is no real date (2027-02-30).
 * A date written another way than YYYY-MM-DD is read as dateReading() reads it (and reported as date.format).
 */
export function parseDate(text: string | undefined): number | undefined {
    if (!text) return undefined;
    // Every rule reads the same few dates again; a small memo keeps the regex and Date work to once per text.
    // Only short keys: V8 copies strings this short, so the memo never keeps a whole document's text alive.
    if (text.length > 12) return parseDateText(text);
    if (parsedDates.has(text)) return parsedDates.get(text);
    if (parsedDates.size >= 4096) parsedDates.clear();
    const day = parseDateText(text);
    parsedDates.set(text, day);
    return day;
}

const parsedDates = new Map<string, number | undefined>();

function parseDateText(text: string): number | undefined {
    const match = ISO_DATE.exec(text);
    if (match) return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
    return dateReading(text)?.day;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const YEAR_FIRST = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/;
const YEAR_LAST = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

/** Whether a date is written the one way a plan should: YYYY-MM-DD. */
export function isIsoDate(text: string): boolean {
    return ISO_DATE.test(text);
}

/** The order a date was written in: year-month-day, day-month-year or month-day-year. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

/**
 * Which day a date written another way is taken to be: year first (2027/2/1, 2027-1-5) as year-month-day; year
 * last (01-02-2027, 1/2/2027, 01.02.2027) as day-month-year, the Dutch and European order, or as month-day-year
 * when only that gives a real date (12/25/2027). Undefined when no reading gives a real date.
 */
export function dateReading(text: string): { day: number; order: DateOrder } | undefined {
    const yearFirst = YEAR_FIRST.exec(text);
    if (yearFirst) {
        const day = calendarDay(Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3]));
        return day === undefined ? undefined : { day, order: 'ymd' };
    }
    const yearLast = YEAR_LAST.exec(text);
    if (!yearLast) return undefined;
    const [first, second, year] = [Number(yearLast[1]), Number(yearLast[2]), Number(yearLast[3])];
    const dayMonth = calendarDay(year, second, first);
    if (dayMonth !== undefined) return { day: dayMonth, order: 'dmy' };
    const monthDay = calendarDay(year, first, second);
    return monthDay === undefined ? undefined : { day: monthDay, order: 'mdy' };
}

/** The day number of a date that exists in the calendar (not 2027-02-30), else undefined. */
function calendarDay(year: number, month: number, day: number): number | undefined {
    const ms = Date.UTC(year, month - 1, day);
    const back = new Date(ms);
    if (back.getUTCFullYear() !== year || back.getUTCMonth() !== month - 1 || back.getUTCDate() !== day) return undefined;
    return ms / DAY_MS;
}

/** The days a plan can write (0000-01-01 to 9999-12-31); date arithmetic near the ends stays inside them. */
// Date.UTC reads years 0 to 99 as 1900 to 1999, so year 0 is set on its own.
const FIRST_DAY = new Date(0).setUTCFullYear(0, 0, 1) / DAY_MS;
const LAST_DAY = Date.UTC(9999, 11, 31) / DAY_MS;

export function formatDate(day: number): string {
    // Beyond year 9999 or before year 0 toISOString writes "+010000-…" or "-000001-…", which is no DATE.
    const clamped = Math.min(Math.max(day, FIRST_DAY), LAST_DAY);
    return new Date(clamped * DAY_MS).toISOString().slice(0, 10);
}

/** Today's date as a day number, from an override (YYYY-MM-DD) or the system clock. */
export function todayDay(override?: string): number {
    const fromOverride = parseDate(override);
    if (fromOverride !== undefined) return fromOverride;
    const now = new Date();
    return Date.UTC(now.getFullYear(), now.getMonth(), now.getDate()) / DAY_MS;
}

export function addMonths(day: number, months: number): number {
    const date = new Date(day * DAY_MS);
    const target = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + months, 1));
    const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
    target.setUTCDate(Math.min(date.getUTCDate(), lastDay));
    return target.getTime() / DAY_MS;
}

export function endOfQuarter(day: number): number {
    const date = new Date(day * DAY_MS);
    const quarterEndMonth = Math.floor(date.getUTCMonth() / 3) * 3 + 3;
    return Date.UTC(date.getUTCFullYear(), quarterEndMonth, 0) / DAY_MS;
}

/**
 * A number as a Dutch or English reader writes it: "2500", "2.500", "2.500,50", "2,500.50", "7,5", "895,-".
 * The separator followed by exactly three digits groups thousands; any other is the decimal mark.
 * Returns undefined for text that is no number ("1.2.3").
 */
export function parseNumber(text: string): number | undefined {
    // Plain digits, the common case, need none of the separator work below.
    if (PLAIN_DIGITS.test(text)) return finiteOrUndefined(Number(text));
    let s = text.trim().replace(/,-$/, '');
    if (!/^\d[\d.,]*$/.test(s) || /[.,]$/.test(s)) return undefined;
    const lastDot = s.lastIndexOf('.');
    const lastComma = s.lastIndexOf(',');
    let decimalMark: string | undefined;
    if (lastDot >= 0 && lastComma >= 0) {
        decimalMark = lastDot > lastComma ? '.' : ',';
    } else if (lastDot >= 0 || lastComma >= 0) {
        const mark = lastDot >= 0 ? '.' : ',';
        const parts = s.split(mark);
        const groupsOfThree = parts.length > 1 && parts.slice(1).every(p => p.length === 3) && parts[0].length <= 3;
        decimalMark = groupsOfThree ? undefined : mark;
        if (decimalMark && parts.length > 2) return undefined;
    }
    const thousands = decimalMark === '.' ? ',' : decimalMark === ',' ? '.' : /[.]/.test(s) ? '.' : ',';
    const [whole, fraction, ...rest] = decimalMark ? s.split(decimalMark) : [s];
    if (rest.length > 0) return undefined;
    const groups = whole.split(thousands);
    if (groups.length > 1 && (groups[0].length > 3 || groups.slice(1).some(g => g.length !== 3))) return undefined;
    s = groups.join('') + (fraction !== undefined ? '.' + fraction : '');
    return finiteOrUndefined(Number(s));
}

const PLAIN_DIGITS = /^\d+$/;

function finiteOrUndefined(value: number): number | undefined {
    return Number.isFinite(value) ? value : undefined;
}

/** "€ 2.500,-" → 2500; undefined when malformed. */
export function parseMoney(text: string | undefined): number | undefined {
    if (!text) return undefined;
    const match = /^(?:€|EUR)\s*(.*)$/.exec(text.trim());
    return match ? parseNumber(match[1]) : undefined;
}

export function parsePercent(text: string | undefined): number | undefined {
    if (!text) return undefined;
    return parseNumber(text.replace('%', '').trim());
}

export type QuantityValue =
    | { kind: 'number'; value: number; unit?: string }
    | { kind: 'money'; value: number }
    | { kind: 'percent'; value: number }
    | { kind: 'text'; text: string };

export function quantityValue(q: Quantity | undefined): QuantityValue | undefined {
    if (!q) return undefined;
    if (q.money !== undefined) {
        const value = parseMoney(q.money);
        return value === undefined ? undefined : { kind: 'money', value };
    }
    if (q.percent !== undefined) {
        const value = parsePercent(q.percent);
        return value === undefined ? undefined : { kind: 'percent', value };
    }
    if (q.value !== undefined) {
        const value = parseNumber(q.value);
        return value === undefined ? undefined : { kind: 'number', value, unit: q.unit ? unquote(q.unit) : undefined };
    }
    if (q.text !== undefined) return { kind: 'text', text: q.text };
    return undefined;
}

/** String literals reach the AST with their quotes removed by Langium's value converter; units written as "..." too. */
export function unquote(text: string): string {
    if (!text.startsWith('"')) return text;
    // A string without its closing quote (a syntax error already) holds the rest of its line.
    return text.length >= 2 && text.endsWith('"') ? text.slice(1, -1) : text.slice(1);
}

/** Digits without an exponent: toFixed and String switch to "1e+23" for huge amounts, which a plan cannot hold. */
function plainDigits(value: number, fractionDigits: number): string {
    // Most figures are whole: their String is already plain digits (-0 aside, which Intl writes with its sign).
    if (fractionDigits === 0 && Number.isSafeInteger(value) && !Object.is(value, -0)) return String(value);
    return digitFormat(fractionDigits).format(value);
}

// toLocaleString builds a new Intl.NumberFormat on every call, which made it most of an HTML render's time.
const digitFormats = new Map<number, Intl.NumberFormat>();
function digitFormat(fractionDigits: number): Intl.NumberFormat {
    let format = digitFormats.get(fractionDigits);
    if (!format) {
        format = new Intl.NumberFormat('en-US', { useGrouping: false, minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
        digitFormats.set(fractionDigits, format);
    }
    return format;
}

export function formatMoney(value: number, locale: 'en' | 'nl'): string {
    const fixed = plainDigits(value, Number.isInteger(value) ? 0 : 2);
    const [whole, fraction] = fixed.split('.');
    const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nl' ? '.' : ',');
    const decimal = locale === 'nl' ? ',' : '.';
    return `€ ${grouped}${fraction ? decimal + fraction : ''}`;
}

export function formatNumber(value: number, locale: 'en' | 'nl'): string {
    const text = Number.isInteger(value) ? plainDigits(value, 0) : String(Math.round(value * 100) / 100);
    return locale === 'nl' ? text.replace('.', ',') : text;
}

export function formatQuantity(q: QuantityValue, locale: 'en' | 'nl'): string {
    switch (q.kind) {
        case 'money': return formatMoney(q.value, locale);
        case 'percent': return `${formatNumber(q.value, locale)}%`;
        case 'number': return q.unit ? `${formatNumber(q.value, locale)} ${q.unit}` : formatNumber(q.value, locale);
        case 'text': return q.text;
    }
}
