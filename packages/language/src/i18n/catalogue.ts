import type { Locale } from '../keywords.js';
import { en } from './en.js';
import { nl } from './nl.js';

/** The shape every locale's catalogue must have: that of the English one. */
export type Catalogue = typeof en;

const CATALOGUES: Record<Locale, Catalogue> = { en, nl };

export function catalogue(locale: Locale): Catalogue {
    return CATALOGUES[locale];
}

/** The dotted path of every message in a catalogue subtree: "fixes.addStart", "render.goals.heading". */
type MessagePaths<T> = {
    [K in keyof T & string]: T[K] extends string ? K : T[K] extends readonly unknown[] ? never : `${K}.${MessagePaths<T[K]>}`;
}[keyof T & string];

/**
 * A key t() accepts: only the paths that exist in the English catalogue, so that a misspelt key does not compile.
 * The rules are read by code instead (rule-message.ts), since their codes hold dots themselves.
 */
export type CatalogueKey = MessagePaths<Omit<Catalogue, 'rules'>>;

/** Fills {placeholders}; a placeholder without a value stays visible rather than vanishing. */
export function format(template: string, params: Readonly<Record<string, string | number>> = {}): string {
    // A scan, not a replace with a callback: a rendered plan fills thousands of templates.
    let out = '';
    let from = 0;
    for (let open = template.indexOf('{'); open >= 0; open = template.indexOf('{', open + 1)) {
        const close = template.indexOf('}', open);
        if (close < 0) break;
        const key = template.slice(open + 1, close);
        if (!WORD.test(key) || !(key in params)) continue;
        out += template.slice(from, open) + String(params[key]);
        from = close + 1;
    }
    return from === 0 ? template : out + template.slice(from);
}

const WORD = /^\w+$/;

/** Looks up a dotted key ("fixes.addStart") and fills it in. */
export function t(locale: Locale, key: CatalogueKey, params?: Readonly<Record<string, string | number>>): string {
    let value: unknown = CATALOGUES[locale];
    for (const part of key.split('.')) {
        value = (value as Record<string, unknown> | undefined)?.[part];
    }
    if (typeof value !== 'string') throw new Error(`No message '${key}' in the ${locale} catalogue`);
    return format(value, params);
}

/**
 * Counted nouns in the reader's language: "1 goal", "2 goals", "0 goals"; "1 doel", "2 doelen". Never "goal(s)":
 * a document to sign reads as written by a person. The catalogue gives each counted phrase a form for one and a form
 * for every other count, which is what Dutch and English distinguish; Intl.PluralRules picks the form.
 */
export interface PluralForms { readonly one: string; readonly other: string }

const pluralRules = new Map<Locale, Intl.PluralRules>();

/** The form for `count`, with {count} and the other parameters filled in. */
export function plural(locale: Locale, forms: PluralForms, count: number, params: Readonly<Record<string, string | number>> = {}): string {
    let rules = pluralRules.get(locale);
    if (!rules) pluralRules.set(locale, (rules = new Intl.PluralRules(locale)));
    return format(rules.select(count) === 'one' ? forms.one : forms.other, { count, ...params });
}

/** A counted noun from the catalogue's shared list: counted(locale, 'files', 3) is "3 files" or "3 bestanden". */
export function counted(locale: Locale, noun: keyof Catalogue['counts'], count: number): string {
    return plural(locale, catalogue(locale).counts[noun], count);
}
