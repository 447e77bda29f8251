import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import { catalogue } from '../../packages/language/src/i18n/catalogue.js';
import { ruleDocsUrl } from '../../packages/language/src/validation/rules.js';
import { hasCode, lacksCode, LspSession } from './lsp-session.js';
import { DUTCH_PLAN, ENGLISH_PLAN } from './plans.js';

const NO_END = 'smart.time-bound.no-end';

/** The catalogue's title for the quick fix as a pattern: the date it proposes varies with the plan. */
function titlePattern(template: string): RegExp {
    const escaped = template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`^${escaped.replace(/\\\{date\\\}/g, '\\d{4}-\\d{2}-\\d{2}')}$`);
}

describe('the bundled server, spoken to over stdio like an editor does', { timeout: 30_000 }, () => {
    let session: LspSession;

    beforeAll(async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
    });
    afterAll(async () => session.close());

    it('announces the editor features it serves', () => {
        const capabilities = session.initializeResult!.capabilities;
        expect(capabilities.codeActionProvider).toBeTruthy();
        expect(capabilities.hoverProvider).toBeTruthy();
        expect(capabilities.completionProvider).toBeTruthy();
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.documentFormattingProvider).toBeTruthy();
        expect(capabilities.renameProvider).toBeTruthy();
    });

    for (const [language, text, locale] of [['Dutch', DUTCH_PLAN, 'nl'], ['English', ENGLISH_PLAN, 'en']] as const) {
        it(`publishes a located, documented diagnostic for a ${language} goal without an end date, and its quick fix removes it`, async () => {
            const uri = `file:///protocol/${locale}/plan.pop`;
            await session.open(uri, text);

            const diagnostics = await session.diagnosticsWhere(uri, hasCode(NO_END));
            const noEnd = diagnostics.find(d => d.code === NO_END)!;
            expect(noEnd.codeDescription?.href).toBe(ruleDocsUrl(NO_END));
            expect(noEnd.source).toBeTruthy();
            // The diagnostic sits on the goal that lacks the date, in the plan's own language.
            const goalName = locale === 'nl' ? 'wachttijd' : 'waiting-time';
            expect(text.split('\n')[noEnd.range.start.line]).toContain(goalName);
            expect(noEnd.message).toContain(goalName);
            expect(noEnd.message).toBe(catalogue(locale).rules[NO_END].message.replace('{goal}', goalName));

            const actions = await session.connection.sendRequest('textDocument/codeAction', {
                textDocument: { uri },
                range: noEnd.range,
                context: { diagnostics: [noEnd], only: ['quickfix'] },
            }) as CodeAction[];
            const fix = actions.find(a => a.diagnostics?.some((d: Diagnostic) => d.code === NO_END) && titlePattern(catalogue(locale).fixes.addEnd).test(a.title));
            expect(fix, `no quick fix titled like '${catalogue(locale).fixes.addEnd}' among ${actions.map(a => a.title).join(' | ')}`).toBeDefined();
            expect(fix!.kind).toBe('quickfix');

            await session.applyWorkspaceEdit(fix!.edit!);
            const after = await session.diagnosticsWhere(uri, lacksCode(NO_END));
            expect(after.map(d => d.code)).not.toContain(NO_END);
            const endKeyword = locale === 'nl' ? 'eind' : 'end';
            expect(session.text(uri)).toMatch(new RegExp(`\\n\\s+${endKeyword} \\d{4}-\\d{2}-\\d{2}`));
            // Nothing the user wrote was lost.
            for (const line of text.split('\n')) expect(session.text(uri)).toContain(line.trim());
        });
    }

    it('offers fix-all as a source action that leaves no auto-fixable problem', async () => {
        const uri = 'file:///protocol/fix-all/plan.pop';
        // A deadline in the statement: fix-all writes the end date it names (it never guesses one).
        await session.open(uri, ENGLISH_PLAN.replace('within 30 seconds"', 'within 30 seconds by 1 October"'));
        await session.diagnosticsWhere(uri, hasCode(NO_END));
        const actions = await session.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
            context: { diagnostics: [], only: ['source.fixAll'] },
        }) as CodeAction[];
        const fixAll = actions.find(a => a.kind === 'source.fixAll.pop');
        expect(fixAll?.title).toBe(catalogue('en').fixes.fixAll);
        await session.applyWorkspaceEdit(fixAll!.edit!);
        await session.diagnosticsWhere(uri, lacksCode(NO_END));
    });
});
