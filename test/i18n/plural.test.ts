/** Counted words in both languages: one form for 1, another for 0 and every other count. */
import { describe, expect, it } from 'vitest';
import { catalogue, counted, plural } from '../../packages/language/src/index.js';

describe('plural forms', () => {
    it('counted nouns: 0, 1 and 2 in English and Dutch', () => {
        expect([0, 1, 2].map(n => counted('en', 'files', n))).toEqual(['0 files', '1 file', '2 files']);
        expect([0, 1, 2].map(n => counted('nl', 'files', n))).toEqual(['0 bestanden', '1 bestand', '2 bestanden']);
        expect([1, 14].map(n => counted('nl', 'days', n))).toEqual(['1 dag', '14 dagen']);
        expect([1, 3].map(n => counted('en', 'reviews', n))).toEqual(['1 review moment', '3 review moments']);
    });

    it('a whole message in two forms, with its other parameters filled in: the status bar tooltip', () => {
        const en = catalogue('en').extension.statusBarTooltip;
        const nl = catalogue('nl').extension.statusBarTooltip;
        expect(plural('en', en, 1, { smart: 0 })).toBe('0 of 1 goal meets every criterion. Click to open the Problems view.');
        expect(plural('en', en, 4, { smart: 3 })).toBe('3 of 4 goals meet every criterion. Click to open the Problems view.');
        expect(plural('nl', nl, 1, { smart: 1 })).toBe('1 van 1 doel voldoet aan elk criterium. Klik om het venster Problemen te openen.');
        expect(plural('nl', nl, 2, { smart: 0 })).toBe('0 van de 2 doelen voldoen aan elk criterium. Klik om het venster Problemen te openen.');
    });
});
