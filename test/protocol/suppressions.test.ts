import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CodeAction } from 'vscode-languageserver-protocol';
import { hasCode, lacksCode, LspSession } from './lsp-session.js';
import { DUTCH_PLAN } from './plans.js';

const NO_END = 'smart.time-bound.no-end';

describe('suppressions over the protocol', { timeout: 30_000 }, () => {
    let session: LspSession;

    beforeAll(async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
    });
    afterAll(async () => session.close());

    it('offers "suppress on this line" among the quick fixes; once applied, the diagnostic is no longer published', async () => {
        const uri = 'file:///protocol/suppress/plan.pop';
        await session.open(uri, DUTCH_PLAN);
        const [noEnd] = (await session.diagnosticsWhere(uri, hasCode(NO_END))).filter(d => d.code === NO_END);
        const actions = await session.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri }, range: noEnd.range, context: { diagnostics: [noEnd], only: ['quickfix'] },
        }) as CodeAction[];
        const suppress = actions.find(a => a.title === `${NO_END} onderdrukken op deze regel`);
        expect(suppress, actions.map(a => a.title).join(' | ')).toBeDefined();
        expect(suppress!.kind).toBe('quickfix.pop.suppress');
        expect(suppress!.isPreferred).toBeFalsy();

        await session.applyWorkspaceEdit(suppress!.edit!);
        const after = await session.diagnosticsWhere(uri, lacksCode(NO_END));
        expect(after.map(d => d.code)).not.toContain('suppression.unused');
    });
});
