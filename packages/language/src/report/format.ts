/** How the team views write counts, dates and amounts, in the reader's language. */
import { catalogue, format } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import { formatMoney, formatNumber, parseDate } from '../model/values.js';

/** "15 Jan 2027" / "15 jan 2027", from YYYY-MM-DD. */
export function readableDate(locale: Locale, iso: string): string {
    const day = parseDate(iso);
    return day === undefined ? iso : dayText(locale, day);
}

/** "15 Jan 2027" / "15 jan 2027", from a day number. */
export function dayText(locale: Locale, day: number): string {
    const date = new Date(day * 86_400_000);
    return `${date.getUTCDate()} ${catalogue(locale).render.months[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function money(locale: Locale, value: number): string {
    return formatMoney(value, locale);
}

export function hours(locale: Locale, value: number): string {
    return format(catalogue(locale).render.facilitation.hoursValue, { hours: formatNumber(value, locale) });
}
