/** Suppressions in the editor: the "Suppress …" quick fix, which fix-all never applies, and hover on a suppression comment. */
import { describe, expect, test } from 'vitest';
import type { CodeAction, Diagnostic, MarkupContent } from 'vscode-languageserver';
import { FIX_ALL_KIND, SUPPRESS_KIND } from '../../packages/language/src/index.js';
import { codeActionsFor, fixAllFor } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../support/plans.js';
import { build, codes, createServices, diagnosticsOf } from '../support/services.js';

/** The "Suppress …" actions offered for each diagnostic of a code, as the light bulb asks for them. */
async function suppressActions(text: string, code: string) {
    const services = createServices();
    const [document] = await build(services, text);
    const uri = document.uri.toString();
    const diagnostics = (document.diagnostics ?? []).filter(d => d.code === code);
    const actions: Array<{ diagnostic: Diagnostic; action: CodeAction }> = [];
    for (const diagnostic of diagnostics) {
        for (const action of codeActionsFor(services, document, diagnostic) as CodeAction[]) {
            if (action.kind === SUPPRESS_KIND) actions.push({ diagnostic, action });
        }
    }
    return { services, document, uri, diagnostics, actions };
}

const NO_END_EN = planEn(goalEn(without(CLEAN_GOAL_EN, 'end')));

describe('the quick fix "Suppress CODE on this line"', () => {
    test('inserts a pop-disable-next-line comment above, indented like the line, and the diagnostic is gone', async () => {
        const { actions, uri } = await suppressActions(NO_END_EN, 'smart.time-bound.no-end');
        const line = actions.find(a => a.action.title === 'Suppress smart.time-bound.no-end on this line');
        expect(line, actions.map(a => a.action.title).join('; ')).toBeDefined();
        expect(line!.action.isPreferred).toBeFalsy();
        const fixed = applyEdits(NO_END_EN, editsOf(line!.action, uri));
        expect(fixed).toBe(NO_END_EN.replace('    goal presenting', '    // pop-disable-next-line smart.time-bound.no-end -- \n    goal presenting'));
        expect(codes(await diagnosticsOf(fixed))).toEqual([]);
    });

    test('adds the code to a pop-disable-next-line that is already above the line, which would otherwise stop covering it', async () => {
        const text = planEn(`    // pop-disable-next-line smart.measurable.no-method -- agreed\n${goalEn(without(CLEAN_GOAL_EN, 'end', 'method', 'measurable'))}`);
        const { actions, uri } = await suppressActions(text, 'smart.time-bound.no-end');
        const line = actions.find(a => a.action.title.endsWith('on this line'))!;
        const fixed = applyEdits(text, editsOf(line.action, uri));
        expect(fixed).toContain('    // pop-disable-next-line smart.measurable.no-method, smart.time-bound.no-end -- agreed\n    goal presenting');
        expect(codes(await diagnosticsOf(fixed))).toEqual(['smart.measurable.no-target']);
    });

    test('"in this file" puts a pop-disable-file comment on the first line, or adds the code to the one there', async () => {
        const { actions, uri } = await suppressActions(NO_END_EN, 'smart.time-bound.no-end');
        const file = actions.find(a => a.action.title === 'Suppress smart.time-bound.no-end in this file')!;
        const fixed = applyEdits(NO_END_EN, editsOf(file.action, uri));
        expect(fixed).toBe(`// pop-disable-file smart.time-bound.no-end -- \n${NO_END_EN}`);
        expect(codes(await diagnosticsOf(fixed))).toEqual([]);

        const withFile = `// pop-disable-file plan.unsigned -- signed on paper\n${planEn(goalEn(without(CLEAN_GOAL_EN, 'end'))).replace(/ {4}sign-off \{[^}]*\}\n/, '')}`;
        const again = await suppressActions(withFile, 'smart.time-bound.no-end');
        const merged = applyEdits(withFile, editsOf(again.actions.find(a => a.action.title.endsWith('in this file'))!.action, again.uri));
        expect(merged.split('\n')[0]).toBe('// pop-disable-file plan.unsigned, smart.time-bound.no-end -- signed on paper');
        expect(codes(await diagnosticsOf(merged))).toEqual([]);
    });

    test('keeps every other line and comment as it was, with tabs and CRLF line ends', async () => {
        const text = planNl(goalNl(without(CLEAN_GOAL_NL, 'eind')).replace(/^ {4}doel/m, '\t// over dit doel\n\tdoel')).replace(/\n/g, '\r\n');
        const { actions, uri } = await suppressActions(text, 'smart.time-bound.no-end');
        const line = actions.find(a => a.action.title === 'smart.time-bound.no-end onderdrukken op deze regel');
        expect(line, actions.map(a => a.action.title).join('; ')).toBeDefined();
        const fixed = applyEdits(text, editsOf(line!.action, uri));
        expect(fixed).toBe(text.replace('\tdoel', '\t// pop-disable-next-line smart.time-bound.no-end -- \r\n\tdoel'));
    });

    test('is not offered where a comment line cannot go: at a line that starts inside a block comment', async () => {
        const text = NO_END_EN.replace('    goal presenting', '    /* a note\n    */ goal presenting');
        const { actions } = await suppressActions(text, 'smart.time-bound.no-end');
        expect(actions.map(a => a.action.title)).toEqual(['Suppress smart.time-bound.no-end in this file']);
    });

    test('is not offered for syntax errors, unresolved references or the suppression rules themselves', async () => {
        const text = planEn(`    // pop-disable-next-line plan.unsigned\n    goal broken "B" { supports nowhere specific }`);
        for (const code of ['syntax.unexpected-token', 'ref.unresolved', 'suppression.unused']) {
            const { diagnostics, actions } = await suppressActions(text, code);
            expect(diagnostics.length, code).toBeGreaterThan(0);
            expect(actions, code).toEqual([]);
        }
    });

    test('is never part of fix-all, so neither of fix on save nor of pop fix', async () => {
        const services = createServices();
        // The dates reversed: fix-all swaps them, and adds no suppression.
        const [document] = await build(services, planEn(goalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-01-01'))));
        const fixAll = fixAllFor(services, document);
        expect(fixAll?.kind).toBe(FIX_ALL_KIND);
        const inserted = editsOf(fixAll!, document.uri.toString()).map(e => e.newText).join('\n');
        expect(inserted).toContain('2027-01-15');
        expect(inserted).not.toContain('pop-disable');
    });
});

describe('hover on a suppression comment', () => {
    async function hoverAt(text: string, needle: string, locale?: 'nl' | 'en'): Promise<string | undefined> {
        const services = createServices(locale ? { locale } : {});
        const [document] = await build(services, text);
        const position = document.textDocument.positionAt(text.indexOf(needle) + 3);
        const hover = await services.Pop.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        return hover ? (hover.contents as MarkupContent).value : undefined;
    }

    test('says what it suppresses there, in the words of the diagnostics, and why', async () => {
        const text = planEn(`    // pop-disable-next-line smart.time-bound -- the end depends on the reorganisation\n${goalEn(without(CLEAN_GOAL_EN, 'end'))}`);
        const value = await hoverAt(text, 'pop-disable-next-line');
        expect(value).toContain('**pop-disable-next-line** suppresses here:');
        expect(value).toContain("- `smart.time-bound.no-end` Goal 'presenting' has no end date.");
        expect(value).toContain('Reason: the end depends on the reorganisation');
    });

    test('in Dutch, and asks for a reason when there is none', async () => {
        const text = planNl(`    // pop-disable-next-line smart.time-bound\n${goalNl(CLEAN_GOAL_NL)}`);
        const value = await hoverAt(text, 'pop-disable-next-line');
        expect(value).toContain('**pop-disable-next-line** onderdrukt hier niets.');
        expect(value).toContain("Geen reden opgegeven. Schrijf er een achter ' -- '");
    });
});
