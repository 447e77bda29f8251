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
