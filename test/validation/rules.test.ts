/**
 * Every rule fires on a plan that breaks it, in Dutch and in English, with a message in the plan's language,
 * a documentation link and its default severity; and stays silent on a near miss.
 */
import { describe, expect, test } from 'vitest';
import { RULES, RULE_CODES, ruleDocsUrl } from '../../packages/language/src/index.js';
import { codes, diagnosticsOf } from '../helpers.js';
import { CASES, TODAY } from '../rule-cases.js';



describe('every rule', () => {
    test('has a case here', () => {
        expect(RULE_CODES.filter(code => !CASES[code])).toEqual([]);
    });

    for (const code of RULE_CODES) {
        const c = CASES[code];
        if (!c) continue;
        describe(code, () => {
            for (const locale of ['nl', 'en'] as const) {
                test(`fires in ${locale === 'nl' ? 'Dutch' : 'English'}, with a message in that language`, async () => {
                    const diagnostics = await diagnosticsOf(c[locale], { today: c.today ?? TODAY });
                    const found = diagnostics.filter(d => d.code === code);
                    expect(found.length, `${code} in ${codes(diagnostics).join(', ')}`).toBeGreaterThan(0);
                    expect(found.map(d => d.message).join('\n')).toContain(c.says[locale]);
                    for (const d of found) {
                        expect(d.codeDescription?.href).toBe(ruleDocsUrl(code));
                        expect(d.severity).toBe({ error: 1, warning: 2, info: 3, hint: 4 }[RULES[code].severity]);
                        expect(d.source).toBe('pop');
                    }
                });
            }
            if (c.quiet) {
                test('stays silent on a near miss', async () => {
                    const diagnostics = await diagnosticsOf(c.quiet!, { today: c.today ?? TODAY });
                    expect(codes(diagnostics)).not.toContain(code);
                    expect(codes(diagnostics).filter(d => d.startsWith('syntax.'))).toEqual([]);
                });
            }
        });
    }
});
