/**
 * Every quick fix, checked on the text after the fix: it parses, the diagnostic it fixes is gone,
 * and every string and comment of the original is still there.
 */
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver';
import { RULES, RULE_CODES, type RuleCode } from '../../packages/language/src/index.js';
import { applyEdits, build, codes, createServices, editsOf, userText } from '../helpers.js';
import { CASES, TODAY } from '../rule-cases.js';

/** The rules whose diagnostics offer at least one quick fix, as rules.ts says. */
const FIXABLE = RULE_CODES.filter(code => RULES[code].fix !== 'none');

async function fixesFor(text: string, code: RuleCode) {
    const services = createServices({ today: TODAY });
    const [document] = await build(services, text);
    const uri = document.uri.toString();
    const targets = (document.diagnostics ?? []).filter(d => d.code === code);
    const provider = services.Pop.lsp.CodeActionProvider!;
    const results: Array<{ diagnostic: Diagnostic; action: CodeAction }> = [];
    for (const diagnostic of targets) {
        const actions = await provider.getCodeActions(document, {
            textDocument: { uri }, range: diagnostic.range, context: { diagnostics: [diagnostic] },
        }) as CodeAction[] | undefined;
        for (const action of actions ?? []) {
            if (action.diagnostics?.some(d => d === diagnostic)) results.push({ diagnostic, action });
        }
    }
    return { services, uri, results, targets };
}

describe('the fix flag in rules.ts', () => {
    for (const code of RULE_CODES) {
        const flag = RULES[code].fix;
        test(`${code} is '${flag}': ${flag === 'none' ? 'no fix' : flag === 'safe' ? 'a preferred fix' : 'a fix, none preferred'} on its case`, async () => {
            for (const locale of ['nl', 'en'] as const) {
                const { results, targets } = await fixesFor(CASES[code]![locale], code);
                expect(targets.length, `no ${code} diagnostic in the ${locale} case`).toBeGreaterThan(0);
                const offered = results.map(r => r.action);
                if (flag === 'none') expect(offered.map(a => a.title), locale).toEqual([]);
                else expect(offered.length, `no fix offered for ${code} (${locale})`).toBeGreaterThan(0);
                expect(offered.some(a => a.isPreferred), `${code} (${locale}) preferred`).toBe(flag === 'safe');
            }
        });
    }
});

describe('quick fixes', () => {
    for (const code of FIXABLE) {
        for (const locale of ['nl', 'en'] as const) {
            test(`${code} (${locale}): the fix parses, removes the diagnostic and keeps all text`, async () => {
                const text = CASES[code]![locale];
                const { services, uri, results, targets } = await fixesFor(text, code);
                expect(targets.length, `no ${code} diagnostic to fix`).toBeGreaterThan(0);
                expect(results.length, `no fix offered for ${code}`).toBeGreaterThan(0);
                for (const { diagnostic, action } of results) {
                    const fixed = applyEdits(text, editsOf(action, uri));
                    expect(fixed, action.title).not.toBe(text);
                    for (const piece of userText(services, text)) expect(fixed).toContain(piece);
                    const after = createServices({ today: TODAY });
                    const [document] = await build(after, fixed);
                    const remaining = document.diagnostics ?? [];
                    expect(codes(remaining).filter(c => c.startsWith('syntax.')), `${action.title}\n${fixed}`).toEqual([]);
                    const before = codes(await build(createServices({ today: TODAY }), text).then(([d]) => d.diagnostics ?? []));
                    const sameAgain = remaining.filter(d => d.code === code && d.range.start.line === diagnostic.range.start.line);
                    expect(sameAgain, `${action.title} left ${code}\n${fixed}`).toEqual([]);
                    expect(remaining.filter(d => d.code === code).length).toBeLessThan(before.filter(c => c === code).length);
                }
            });
        }
    }
});
