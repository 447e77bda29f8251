import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ResponseError, type Diagnostic } from 'vscode-languageserver-protocol';
import { SUMMARY_REQUEST } from '../../packages/server/src/protocol.js';
import { lacksCode, LspSession } from './lsp-session.js';
import { planText } from '../../packages/bench/src/generate.js';
import { DUTCH_PLAN } from './plans.js';

// What closing a document does to the rest of the workspace, seen from an editor over stdio. A plan refers to an
// organisation goal declared in a second document; the second document is closed in different ways. Each test
// has a server of its own, so that one failure does not leave the next test waiting.

const PLAN_REFERRING = DUTCH_PLAN.replace('draagt-bij-aan klanttevredenheid\n    }\n\n    doel', 'draagt-bij-aan klanttevredenheid, behoud-personeel\n    }\n\n    doel');
const ORGANISATION = `organisatie "Zorggroep" {
    organisatiedoel behoud-personeel "Verloop onder de 10% per jaar" uiterlijk 2028-12-31
}
`;
const ORGANISATION_WITHOUT_GOAL = ORGANISATION.replace('behoud-personeel', 'iets-anders');
const BROKEN_ORGANISATION = `${ORGANISATION}organisatie {\n`;
const unresolved = (name: string) => (diagnostics: readonly Diagnostic[]) =>
    diagnostics.some(d => d.code === 'ref.unresolved' && String(d.message).includes(name));
const uriOf = (file: string) => pathToFileURL(file).toString();

describe('closing a document', { timeout: 30_000 }, () => {
    let session: LspSession;
    let folder: string;

    beforeEach(() => {
        folder = mkdtempSync(path.join(tmpdir(), 'pop-close-'));
        session = new LspSession({ today: '2027-06-01' });
    });
    afterEach(async () => {
        await session.close();
        rmSync(folder, { recursive: true, force: true });
    });

    /** Whether the server still holds the document: pop/summary answers for any document in the workspace. */
    const inWorkspace = (uri: string) => session.connection.sendRequest(SUMMARY_REQUEST, { uri }).then(() => true, (error: unknown) => {
        expect(error).toBeInstanceOf(ResponseError);
        return false;
    });

    it('with no file behind it: it leaves the workspace, its goals stop resolving and its problems are cleared', async () => {
        await session.initialize(uriOf(folder));
        const plan = uriOf(path.join(folder, 'plan.pop'));
        const organisation = 'untitled:Untitled-1';
        await session.open(organisation, BROKEN_ORGANISATION);
        await session.open(plan, PLAN_REFERRING);
        await session.diagnosticsWhere(organisation, diagnostics => diagnostics.length > 0);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));
        expect(await inWorkspace(organisation)).toBe(true);

        await session.closeDocument(organisation);
        await session.diagnosticsWhere(organisation, diagnostics => diagnostics.length === 0);
        expect(await inWorkspace(organisation)).toBe(false);
        const after = await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));
        expect(after.filter(d => d.code === 'ref.unresolved')).toHaveLength(1);
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: plan } }) as unknown[];
        expect(symbols.length).toBeGreaterThan(0);

        // Opened again, it is back.
        await session.open(organisation, ORGANISATION);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));
    });

    it('with a file behind it in the workspace folder and unsaved edits: the workspace goes back to the saved file', async () => {
        await session.initialize(uriOf(folder));
        const file = path.join(folder, 'organisatie.pop');
        writeFileSync(file, ORGANISATION_WITHOUT_GOAL);
        const organisation = uriOf(file);
        const plan = uriOf(path.join(folder, 'plan.pop'));
        await session.open(plan, PLAN_REFERRING);
        await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));

        // The goal exists only in the editor: the reference resolves while the document is open.
        await session.open(organisation, ORGANISATION);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));

        // Closed without saving: the file on disk counts again, and stays in the workspace.
        await session.closeDocument(organisation);
        await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));
        expect(await inWorkspace(organisation)).toBe(true);
    });

    it('outside the workspace folder: it leaves the workspace', async () => {
        const inside = path.join(folder, 'inside');
        const outside = path.join(folder, 'outside');
        mkdirSync(inside);
        mkdirSync(outside);
        writeFileSync(path.join(outside, 'organisatie.pop'), ORGANISATION);
        await session.initialize(uriOf(inside));
        const organisation = uriOf(path.join(outside, 'organisatie.pop'));
        const plan = uriOf(path.join(inside, 'plan.pop'));
        await session.open(organisation, ORGANISATION);
        await session.open(plan, PLAN_REFERRING);
        await session.diagnosticsWhere(plan, lacksCode('ref.unresolved'));

        await session.closeDocument(organisation);
        await session.diagnosticsWhere(plan, unresolved('behoud-personeel'));
        expect(await inWorkspace(organisation)).toBe(false);
    });

    it('a saved tab, replaced by the next file as a preview tab is: every file opened gets its diagnostics', async () => {
        // Closing a saved, unchanged file changes nothing, and must not cancel the check of the file opened just
        // before it. The files are saved only after the server's first scan of the folder, so that no diagnostics
        // for them come from that scan.
        const first = path.join(folder, 'start.pop');
        writeFileSync(first, ORGANISATION);
        await session.initialize(uriOf(folder));
        await session.open(uriOf(first), ORGANISATION);
        await session.diagnosticsWhere(uriOf(first), () => true);
        // Plans of 400 goals: checking one takes longer than reading a file, which is when the close is handled.
        const texts = Array.from({ length: 6 }, (_, i) => planText({ goals: 400, withOrganisation: true, label: `p${i}`, seed: i + 1 }));
        const files = texts.map((text, i) => {
            const file = path.join(folder, `plan-${i}.pop`);
            writeFileSync(file, text);
            return uriOf(file);
        });
        // The server knows nothing of these files until they are opened: any diagnostics for one come from opening it.
        const checked = (uri: string) => (session.published.get(uri) ?? []).length > 0;
        await session.open(files[0], texts[0]);
        await vi.waitFor(() => expect(checked(files[0])).toBe(true), { timeout: 10_000 });
        for (let i = 1; i < files.length; i++) {
            await session.open(files[i], texts[i]);
            await session.closeDocument(files[i - 1]);
        }
        await vi.waitFor(() => expect(files.filter(uri => !checked(uri))).toEqual([]), { timeout: 10_000, interval: 100 });
    });
});
