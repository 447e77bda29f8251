import { describe, expect, test } from 'vitest';
import { fill } from '../../packages/language/src/generator/context.js';
import { catalogue, format } from '../../packages/language/src/i18n/catalogue.js';

/** Every string in a catalogue, however deep. */
function templates(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) templates(v, out);
    return out;
}

describe('the renderer fills message templates exactly as the catalogue does', () => {
    const params = { date: '1 Feb 2027', count: 3, goal: 'A $& {goal} <b>', kind: 'SMART', met: 4, total: 5, percent: 50, start: 'x', end: 'y' };
    test.each(['en', 'nl'] as const)('every %s template', locale => {
        const all = templates(catalogue(locale));
        expect(all.filter(t => t.includes('{')).length).toBeGreaterThan(10);
        for (const template of all) expect(fill(template, params)).toBe(format(template, params));
    });
    test.each([
        'plain', '{date}', '{date}{date}', '{unknown} and {date}', '{{date}}', '{ date }', '{}', 'end {', '{date', 'a}{count}b', '{dat-e}', '{date}}{',
    ])('an edge case: %s', template => {
        expect(fill(template, params)).toBe(format(template, params));
    });
});
