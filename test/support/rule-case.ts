/**
 * The tests every rule gets from its case in test/rules/<file>.cases.ts: it fires on a plan that breaks it, in Dutch
 * and in English, with a message in that language, a documentation link and its default severity; it stays silent
 * on a near miss; and its quick fixes are what rules.ts says ('none', 'offered' or 'safe'), each one parsing,
 * removing the diagnostic and keeping every string and comment of the plan.
 */
import { describe, expect, test } from 'vitest';
import { RULES, RULE_CODES, ruleDocsUrl, type RuleCode } from '../../packages/language/src/index.js';
import { quickFixesFor } from './code-actions.js';
import { applyEdits, editsOf, userText } from './edits.js';
import { build, codes, createServices, diagnosticsOf, TODAY } from './services.js';

export interface Case {
    nl: string;
    en: string;
    /** Words the message must contain, per language. */
    says: { nl: string; en: string };
    /** A near miss that must not fire, when the rule has an interesting boundary. */
    quiet?: string;
}

export type Cases = Partial<Record<RuleCode, Case>>;


/**
 * The name of the files a rule lives in: checks/<file>.ts, fixes/<file>.ts, test/rules/<file>.test.ts. It is the
 * part of the code before its last dot, without 'smart.': smart.time-bound.no-end → time-bound, date.invalid → date.
 */
export function ruleFile(code: RuleCode): string {
    return code.split('.').at(-2)!;
}

const LANGUAGES = { nl: 'Dutch', en: 'English' } as const;

/** Registers the tests of every rule of one file from its cases. */
export function describeRuleCases(file: string, cases: Cases): void {
    const own = RULE_CODES.filter(code => ruleFile(code) === file);
    test(`has a case for each of its ${own.length} rules, and for no other`, () => {
        expect(Object.keys(cases).sort()).toEqual([...own].sort());
    });
    for (const code of own) {
        const c = cases[code];
        if (c) describe(code, () => describeCase(code, c));
    }
}

function describeCase(code: RuleCode, c: Case): void {
    for (const locale of ['nl', 'en'] as const) {
        test(`fires in ${LANGUAGES[locale]}, with a message in that language`, async () => {
            const diagnostics = await diagnosticsOf(c[locale], { today: TODAY });
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
            const diagnostics = await diagnosticsOf(c.quiet!, { today: TODAY });
            expect(codes(diagnostics)).not.toContain(code);
            expect(codes(diagnostics).filter(d => d.startsWith('syntax.'))).toEqual([]);
        });
    }
    const flag = RULES[code].fix;
    for (const locale of ['nl', 'en'] as const) {
        const title = flag === 'none'
            ? `offers no quick fix, as rules.ts says (${locale})`
            : `offers ${flag === 'safe' ? 'a preferred quick fix' : 'quick fixes, none preferred'}, as rules.ts says; each parses, removes the diagnostic and keeps all text (${locale})`;
        test(title, async () => {
            const text = c[locale];
            const { services, uri, results, targets } = await quickFixesFor(text, code, TODAY);
            expect(targets.length, `no ${code} diagnostic to fix`).toBeGreaterThan(0);
            if (flag === 'none') {
                expect(results.map(r => r.action.title)).toEqual([]);
                return;
            }
            expect(results.length, `no fix offered for ${code}`).toBeGreaterThan(0);
            expect(results.some(r => r.action.isPreferred), 'a preferred fix').toBe(flag === 'safe');
            const before = codes(await build(createServices({ today: TODAY }), text).then(([d]) => d.diagnostics ?? []));
            for (const { diagnostic, action } of results) {
                const fixed = applyEdits(text, editsOf(action, uri));
                expect(fixed, action.title).not.toBe(text);
                // A suppression.* fix takes out or changes the suppression comment it is about, and only that.
                const kept = userText(services, text).filter(piece => !(code.startsWith('suppression.') && /^\/[/*]\s*pop-/.test(piece)));
                for (const piece of kept) expect(fixed).toContain(piece);
                const [document] = await build(createServices({ today: TODAY }), fixed);
                const remaining = document.diagnostics ?? [];
                expect(codes(remaining).filter(c => c.startsWith('syntax.')), `${action.title}\n${fixed}`).toEqual([]);
                const sameAgain = remaining.filter(d => d.code === code && d.range.start.line === diagnostic.range.start.line);
                expect(sameAgain, `${action.title} left ${code}\n${fixed}`).toEqual([]);
                expect(remaining.filter(d => d.code === code).length).toBeLessThan(before.filter(c => c === code).length);
            }
        });
    }
}
