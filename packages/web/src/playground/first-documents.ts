/**
 * The documents the page starts with, known before the editor loads: boot.ts opens them in the language server while
 * main.ts, which shows them, is still loading. Both take them from here, so they agree.
 */
import EXAMPLES from 'pop-playground-examples';
import type { Locale } from '@pop-lang/language/keywords';
import type { PlaygroundStorage } from './storage.js';

/** The organisation goals the examples support; opened beside the plan so that their references resolve. */
export const SHARED_GOALS = 'shared/organisatiedoelen.pop';
export const PLAN_URI = 'inmemory://playground/plan.pop';
export const SHARED_GOALS_URI = `inmemory://playground/${SHARED_GOALS}`;

export function exampleText(path: string): string {
    return EXAMPLES.find(example => example.path === path)?.text ?? '';
}

/** The language chosen before, or else the browser's. */
export function startingLocale(storage: PlaygroundStorage): Locale {
    return storage.locale ?? (navigator.language.toLowerCase().startsWith('nl') ? 'nl' : 'en');
}

/** The text kept from the last visit, or else the example in the page's language. */
export function startingText(storage: PlaygroundStorage, locale: Locale): string {
    return storage.text ?? exampleText(locale === 'nl' ? 'nl/voorbeeld.pop' : 'en/example.pop');
}
