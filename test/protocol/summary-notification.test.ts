/**
 * A client that asks for it at `initialize` (the playground) gets each open plan's summary right after the plan's
 * diagnostics, instead of asking for it after every change; other clients (VS Code) ask with pop/summary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import type { ClientCapabilities, Diagnostic, InitializeParams } from 'vscode-languageserver-protocol';
import {
    SUMMARY_NOTIFICATION, SUMMARY_NOTIFICATION_CAPABILITY, SUMMARY_REQUEST, type SummaryNotificationParams, type SummaryResult,
} from '../../packages/server/src/protocol.js';
import { hasCode, lacksCode, LspSession, VS_CODE_LIKE_CAPABILITIES } from './lsp-session.js';
import { ENGLISH_PLAN, positionOf } from './plans.js';

const NO_END = 'smart.time-bound.no-end';
const WANTS_SUMMARIES: ClientCapabilities = { ...VS_CODE_LIKE_CAPABILITIES, experimental: { [SUMMARY_NOTIFICATION_CAPABILITY]: true } };
const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-summary-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Every summary the session is sent, with how many diagnostics notifications had come before it. */
type Recorded = Array<{ params: SummaryNotificationParams; diagnosticsBefore: number }>;

const errorsAndWarnings = (diagnostics: readonly Diagnostic[]) => ({
    errors: diagnostics.filter(d => d.severity === 1).length,
    warnings: diagnostics.filter(d => d.severity === 2).length,
});

describe('the plan summary sent with the diagnostics', { timeout: 30_000 }, () => {
    let session: LspSession;
    afterEach(async () => session.close());

    /** Starts a session as the given client, noting the summaries it is sent from the first message on. */
    async function start(client: Partial<InitializeParams>): Promise<Recorded> {
        session = new LspSession({ today: '2027-06-01' });
        const summaries: Recorded = [];
        session.connection.onNotification(SUMMARY_NOTIFICATION, (params: SummaryNotificationParams) => {
            summaries.push({ params, diagnosticsBefore: session.published.get(params.uri)?.length ?? 0 });
        });
        await session.initializeAs(client);
        return summaries;
    }

    it('follows each diagnostics of an open plan, and counts what they say', async () => {
        const uri = 'file:///summary/plan.pop';
        const summaries = await start({ capabilities: WANTS_SUMMARIES });
        await session.open(uri, ENGLISH_PLAN);
        const first = await session.diagnosticsWhere(uri, hasCode(NO_END));
        // Asked now, the answer comes after any notification of the same build: the stream keeps their order.
        const asked = await session.connection.sendRequest(SUMMARY_REQUEST, { uri }) as SummaryResult;
        expect(summaries.length).toBeGreaterThan(0);
        const latest = summaries.at(-1)!;
        expect(latest.params).toEqual({ uri, ...asked });
        expect(latest.diagnosticsBefore).toBe(session.published.get(uri)!.length);
        expect(latest.params).toMatchObject(errorsAndWarnings(first));
        expect(latest.params.total).toBeGreaterThan(latest.params.smart);

        // An end date makes the second goal SMART: the next summary says so, after the diagnostics without the warning.
        const at = positionOf(ENGLISH_PLAN, '        derived-from presenting');
        await session.edit(uri, [{ range: { start: at, end: at }, newText: '        end 2027-11-30\n' }]);
        const second = await session.diagnosticsWhere(uri, lacksCode(NO_END));
        await session.connection.sendRequest(SUMMARY_REQUEST, { uri });
        const after = summaries.at(-1)!;
        expect(after.params.smart).toBe(latest.params.smart + 1);
        expect(after.params).toMatchObject(errorsAndWarnings(second));
        expect(after.diagnosticsBefore).toBe(session.published.get(uri)!.length);
    });

    it('is not sent to a client that did not ask for it', async () => {
        const uri = 'file:///summary/vscode.pop';
        const summaries = await start({ capabilities: VS_CODE_LIKE_CAPABILITIES });
        await session.open(uri, ENGLISH_PLAN);
        await session.diagnosticsWhere(uri, hasCode(NO_END));
        const asked = await session.connection.sendRequest(SUMMARY_REQUEST, { uri }) as SummaryResult;
        expect(asked.total).toBeGreaterThan(0);
        expect(summaries).toEqual([]);
    });

    it('is sent for the plans open in the client, not for every plan of the workspace', async () => {
        const root = mkdtempSync(path.join(temp, 'w-'));
        writeFileSync(path.join(root, 'open.pop'), ENGLISH_PLAN);
        writeFileSync(path.join(root, 'closed.pop'), ENGLISH_PLAN.replace('PDP 2027 Sam', 'PDP 2027 Kim'));
        const open = pathToFileURL(path.join(root, 'open.pop')).href;
        const closed = pathToFileURL(path.join(root, 'closed.pop')).href;
        const summaries = await start({ capabilities: WANTS_SUMMARIES, rootUri: pathToFileURL(root).href, workspaceFolders: [{ uri: pathToFileURL(root).href, name: 'w' }] });
        await session.open(open, ENGLISH_PLAN);
        await session.diagnosticsWhere(closed, hasCode(NO_END));
        await session.diagnosticsWhere(open, hasCode(NO_END));
        await session.connection.sendRequest(SUMMARY_REQUEST, { uri: open });
        expect(summaries.map(s => s.params.uri)).toContain(open);
        expect(summaries.map(s => s.params.uri)).not.toContain(closed);
    });
});
