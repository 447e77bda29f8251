import { describe, expect, test } from 'vitest';
import { fill } from '../../packages/language/src/generator/context.js';
import { escapeHtml } from '../../packages/language/src/generator/escape.js';
import { Writer } from '../../packages/language/src/generator/writer.js';
import { catalogue } from '../../packages/language/src/i18n/catalogue.js';

function templates(value: unknown, out: string[] = []): string[] {
    if (typeof value === 'string') out.push(value);
    else if (value && typeof value === 'object') for (const v of Object.values(value)) templates(v, out);
    return out;
}

// Writer.fill writes the template's pieces and the values escaped one by one; it must equal escaping the filled text.
describe('Writer.fill writes what text(fill(…)) writes', () => {
    const params = { date: '1 <Feb> 2027', count: 3, goal: `A & "B" 'C' {goal} <b>`, kind: 'SMART', met: 4, total: 5, percent: 50, start: '<x>', end: '&y' };
    const viaText = (template: string) => new Writer().text(fill(template, params)).value;
    const viaFill = (template: string) => new Writer().fill(template, params).value;
    test.each(['en', 'nl'] as const)('every %s template', locale => {
        const all = templates(catalogue(locale));
        expect(all.filter(t => t.includes('{')).length).toBeGreaterThan(10);
        for (const template of all) expect(viaFill(template)).toBe(viaText(template));
    });
    test.each([
        'plain', '{date}', '{date}{date}', '{unknown} and {date}', '{{date}}', '{ date }', '{}', 'end {', '{date', 'a}{count}b', '{dat-e}',
        '{date}}{', '<{goal}> & "{start}"', '&amp; {percent}%',
    ])('an edge case: %s', template => {
        expect(viaFill(template)).toBe(viaText(template));
        expect(viaFill(template)).toBe(escapeHtml(fill(template, params)));
    });
});
