import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywordLanguage, type PopLocale } from '../../packages/language/src/index.js';
import { expandSnippet, planDates, planSnippet } from '../../packages/language/src/plan-template.js';
import { build, createServices } from '../support/services.js';
import { ROOT } from '../support/paths.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
type Snippet = { prefix: string | string[]; body: string[]; description: string };
const snippets: Record<string, Snippet> = JSON.parse(readFileSync(path.join(ROOT, manifest.contributes.snippets[0].path), 'utf8'));

/** What VS Code would insert with every placeholder left at its default, on 2027-03-09. */
function insertText(body: string): string {
    const resolved = body
        .replace(/\$CURRENT_YEAR/g, '2027').replace(/\$CURRENT_MONTH/g, '03').replace(/\$CURRENT_DATE/g, '09')
        .replace(/\$\{(\d+)\|([^,|]+)[^|]*\|\}/g, '${$1:$2}')
        .replace(/\t/g, '    ');
    return expandSnippet(resolved);
}

async function problems(text: string) {
    const services = createServices({ today: '2027-03-09' });
    const [document] = await build(services, text);
    return document.diagnostics ?? [];
}

/** Words of the text that are keywords of only the other language (strings and comments left out). */
function foreignKeywords(text: string, locale: PopLocale): string[] {
    const code = text.replace(/"(\\.|[^"\\])*"/g, '""').replace(/\/\/.*$/gm, '');
    return (code.match(/[A-Za-z][\w-]*/g) ?? []).filter(word => {
        const language = keywordLanguage(word);
        return language !== undefined && language !== 'both' && language !== locale;
    });
}

describe('POP: New Plan', () => {
    const today = new Date(2027, 2, 9);

    it('dates the plan from today for a year, and the first goal three months ahead', () => {
        expect(planDates(today)).toEqual({ today: '2027-03-09', periodEnd: '2028-03-08', goalEnd: '2027-06-09' });
        // The end of a short month is clamped, not rolled over into the next month.
        expect(planDates(new Date(2027, 10, 30)).goalEnd).toBe('2028-02-29');
    });

    for (const locale of ['nl', 'en'] as const) {
        it(`writes a plan in ${locale} that parses without errors, in that language only`, async () => {
            const text = expandSnippet(planSnippet(locale, today));
            const found = await problems(text);
            expect(found.filter(d => d.severity === 1)).toEqual([]);
            expect(foreignKeywords(text, locale)).toEqual([]);
            expect(text).toContain(`2027-03-09`);
            // The four starting points are all there, so no starting point is reported missing.
            expect(found.map(d => d.code)).not.toContain('plan.missing-starting-point');
        });

        it(`puts the cursor on the plan's title first (${locale})`, () => {
            const snippet = planSnippet(locale, today);
            const first = snippet.indexOf('${1:');
            expect(first).toBeGreaterThan(0);
            expect(snippet.slice(0, first)).toBe('plan "');
        });
    }

    it('mirrors the organisation goal\'s name into the goal\'s reference', () => {
        const snippet = planSnippet('en', today);
        const [, stop] = /organisation-goal \$\{(\d+):/.exec(snippet)!;
        expect(snippet).toContain(`supports \${${stop}}`);
    });
});

describe('the snippets', () => {
    const byPrefix = (prefix: string) => Object.values(snippets).filter(s => ([] as string[]).concat(s.prefix).includes(prefix));
    const wrap = (kind: 'goal' | 'action' | 'review', body: string, locale: PopLocale) => {
        // 'plan' is spelled the same in both languages; actions and reviews live inside a goal.
        if (kind === 'goal') return `plan "P" {\n${body}\n}\n`;
        const goal = locale === 'nl' ? 'doel g "G" {' : 'goal g "G" {';
        return `plan "P" {\n${goal}\n${body}\n}\n}\n`;
    };

    it('offer a plan, a SMART goal, an action and a review in Dutch and in English', () => {
        for (const prefix of ['plan', 'doel', 'goal', 'actie', 'action', 'voortgang', 'review']) {
            expect(byPrefix(prefix).length, prefix).toBeGreaterThan(0);
        }
        expect(byPrefix('plan')).toHaveLength(2);
    });

    for (const [prefix, locale, kind] of [
        ['doel', 'nl', 'goal'], ['goal', 'en', 'goal'], ['actie', 'nl', 'action'], ['action', 'en', 'action'],
        ['voortgang', 'nl', 'review'], ['review', 'en', 'review'],
    ] as const) {
        it(`'${prefix}' inserts a ${kind} that parses without errors, in ${locale} only`, async () => {
            const [snippet] = byPrefix(prefix);
            const text = wrap(kind, insertText(snippet.body.join('\n')), locale);
            expect((await problems(text)).filter(d => d.severity === 1)).toEqual([]);
            expect(foreignKeywords(text, locale)).toEqual([]);
        });
    }

    for (const locale of ['nl', 'en'] as const) {
        it(`'plan' inserts a ${locale} plan with the four starting points that parses without errors`, async () => {
            const snippet = byPrefix('plan').find(s => s.body.join('\n').includes(locale === 'nl' ? 'taal nl' : 'language en'))!;
            const text = insertText(snippet.body.join('\n'));
            const found = await problems(text);
            expect(found.filter(d => d.severity === 1)).toEqual([]);
            expect(found.map(d => d.code)).not.toContain('plan.missing-starting-point');
            expect(foreignKeywords(text, locale)).toEqual([]);
        });
    }
});
