import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { lacksCode, LspSession } from './lsp-session.js';
import { DUTCH_PLAN } from './plans.js';

// What closing a document does to the rest of the workspace, seen from an editor over stdio. A plan refers to an
// organisation goal declared in a second document; the second document is closed in different ways.

const PLAN_REFERRING = DUTCH_PLAN.replace('draagt-bij-aan klanttevredenheid\n    }\n\n    doel', 'draagt-bij-aan klanttevredenheid, behoud-personeel\n    }\n\n    doel');
const ORGANISATION = `organisatie "Zorggroep" {
    organisatiedoel behoud-personeel "Verloop onder de 10% per jaar" uiterlijk 2028-12-31
}
`;
const ORGANISATION_WITHOUT_GOAL = `organisatie "Zorggroep" {
    organisatiedoel iets-anders "Verloop onder de 10% per jaar" uiterlijk 2028-12-31
}
`;
const BROKEN_ORGANISATION = `${ORGANISATION}organisatie {\n`;
const unresolved = (name: string) => (diagnostics: readonly Diagnostic[]) =>
    diagnostics.some(d => d.code === 'ref.unresolved' && String(d.message).includes(name));

describe('closing a document', { timeout: 30_000 }, () => {
    let session: LspSession;
    let folder: string;

    beforeAll(async () => {
        folder = mkdtempSync(path.join(tmpdir(), 'pop-close-'));
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
    });
    afterAll(async () => {
        await session.close();
        rmSync(folder, { recursive: true, force: true });
    });

    it('with no file behind it: its goals stop resolving and its problems are cleared', async () => {
        const plan = 'file:///closing/no-file/plan.pop';
        const organisation = 'untitled:Untitled-1';
        await session.open(organisation, BROKEN_ORGANISATION);
        await session.open(plan, PLAN_REFERRING);
        await session.diagnosticsWhere(organisation, diagnostics => diagnostics.length > 0);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));

        await session.closeDocument(organisation);
        await session.diagnosticsWhere(organisation, diagnostics => diagnostics.length === 0);
        const after = await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));
        expect(after.filter(d => d.code === 'ref.unresolved')).toHaveLength(1);

        // Opened again, it is back.
        await session.open(organisation, ORGANISATION);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));
        await session.closeDocument(organisation);
        await session.closeDocument(plan);
    });

    it('with a file behind it and unsaved edits: the workspace goes back to the saved file', async () => {
        const file = path.join(folder, 'organisatie.pop');
        writeFileSync(file, ORGANISATION_WITHOUT_GOAL);
        const organisation = pathToFileURL(file).toString();
        const plan = pathToFileURL(path.join(folder, 'plan.pop')).toString();
        await session.open(plan, PLAN_REFERRING);
        await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));

        // The goal exists only in the editor: the reference resolves while the document is open.
        await session.open(organisation, ORGANISATION);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));

        // Closed without saving: the file on disk counts again.
        await session.closeDocument(organisation);
        await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));
    });

    it('with no file behind it: its problems do not come back when another document changes', async () => {
        // A document with an unresolved reference is checked again after every change anywhere; a closed untitled
        // plan that stayed in the workspace had its problems published again, for a document no longer open.
        const untitled = 'untitled:Untitled-3';
        const other = 'file:///closing/again/plan.pop';
        await session.open(untitled, PLAN_REFERRING);
        await session.open(other, PLAN_REFERRING);
        await session.diagnosticsWhere(untitled, unresolved('behoud-personeel'));
        await session.closeDocument(untitled);
        await session.diagnosticsWhere(untitled, diagnostics => diagnostics.length === 0);

        const before = session.published.get(untitled)!.length;
        await session.edit(other, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, newText: '// edited\n' }]);
        await session.edit(other, [{ range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }, newText: '' }]);
        const marker = 'file:///closing/again/marker.pop';
        await session.open(marker, BROKEN_ORGANISATION);
        await session.diagnosticsWhere(marker, diagnostics => diagnostics.length > 0);
        expect(session.published.get(untitled)!.slice(before)).toEqual([]);
        expect(session.diagnostics.get(untitled)).toEqual([]);
        await session.closeDocument(marker);
        await session.closeDocument(other);
    });

    it('still answers requests for the documents that stay open', async () => {
        const plan = 'file:///closing/stays/plan.pop';
        await session.open(plan, PLAN_REFERRING);
        await session.open('untitled:Untitled-2', ORGANISATION);
        await session.closeDocument('untitled:Untitled-2');
        await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: plan } }) as unknown[];
        expect(symbols.length).toBeGreaterThan(0);
    });
});
