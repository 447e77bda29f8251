/**
 * Where the server finds the other files a plan refers to, for clients that are not VS Code: a root sent as
 * `rootUri` or `rootPath` instead of workspace folders, and a file opened with no folder at all, whose project is
 * found as `pop check` finds it (the nearest folder upwards with a .poprc.json or .git). The project's .poprc.json
 * gives settings, as it does for the CLI.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../packages/language/src/i18n/catalogue.js';
import { codesOf, hasCode, LspSession } from './lsp-session.js';
import { ENGLISH_PLAN } from './plans.js';

const NO_END = 'smart.time-bound.no-end';
const UNRESOLVED = 'ref.unresolved';
const ORGANISATION = `organisation "Care group" {
    organisation-goal staff-retention "Turnover under 10% a year" by 2028-12-31
}
`;
/** The English plan, with its first goal also supporting the organisation goal of the other file. */
const PLAN = ENGLISH_PLAN.replace('supports customer-satisfaction\n    }\n\n    goal', 'supports customer-satisfaction, staff-retention\n    }\n\n    goal');

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-roots-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** A folder with the organisation's goals in one file and the plan in another; `extra` adds files by name. */
function project(extra: Record<string, string> = {}): { root: string; plan: string } {
    const root = mkdtempSync(path.join(temp, 'p-'));
    const files: Record<string, string> = { 'organisation.pop': ORGANISATION, 'sam.pop': PLAN, ...extra };
    for (const [name, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        writeFileSync(path.join(root, name), text);
    }
    return { root, plan: pathToFileURL(path.join(root, 'sam.pop')).href };
}

describe('a client without workspace folders still gets the plans around the one it opens', { timeout: 30_000 }, () => {
    let session: LspSession;
    afterEach(async () => session.close());

    /** Opens the plan and waits for its diagnostics; the no-end warning shows that it was validated. */
    const diagnosticsOf = async (uri: string) => {
        await session.open(uri, PLAN);
        return session.diagnosticsWhere(uri, hasCode(NO_END));
    };

    it("reads the folder a client names in rootUri, so a reference to another file's goal resolves", async () => {
        const { root, plan } = project();
        session = new LspSession({ today: '2027-06-01' });
        await session.initializeAs({ rootUri: pathToFileURL(root).href });
        expect(codesOf(await diagnosticsOf(plan))).not.toContain(UNRESOLVED);
    });

    it('reads the folder an older client names in rootPath only', async () => {
        const { root, plan } = project();
        session = new LspSession({ today: '2027-06-01' });
        await session.initializeAs({ rootPath: root, rootUri: null });
        expect(codesOf(await diagnosticsOf(plan))).not.toContain(UNRESOLVED);
    });

    it('does not resolve the reference when the client names no root and the file belongs to no project', async () => {
        // The same files without a .poprc.json or .git: nothing tells the server where the project is.
        const { plan } = project();
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        expect(codesOf(await diagnosticsOf(plan))).toContain(UNRESOLVED);
    });

    it("finds a lone file's project by its .poprc.json, reads the project's plans and takes the file's settings", async () => {
        const config = { locale: 'nl', severity: { [NO_END]: 'error' } };
        const { plan } = project({ '.poprc.json': JSON.stringify(config) });
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const diagnostics = await diagnosticsOf(plan);
        expect(codesOf(diagnostics)).not.toContain(UNRESOLVED);
        const noEnd = diagnostics.find(d => d.code === NO_END)!;
        expect(noEnd.severity).toBe(1);
        expect(noEnd.message).toBe(catalogue('nl').rules[NO_END].message.replace('{goal}', 'waiting-time'));
        // From the first diagnostics on: none were published with the defaults.
        for (const published of session.published.get(plan)!) {
            expect(published.find(d => d.code === NO_END)?.severity).toBe(1);
        }
    });

    it('finds the project by its .git from a file in a subfolder, and keeps the client\'s settings', async () => {
        const { root } = project({ 'plans/kim.pop': PLAN, '.git/HEAD': 'ref: refs/heads/main\n' });
        const kim = pathToFileURL(path.join(root, 'plans/kim.pop')).href;
        session = new LspSession({ today: '2027-06-01', severity: { [NO_END]: 'info' } });
        await session.initialize();
        const diagnostics = await diagnosticsOf(kim);
        expect(codesOf(diagnostics)).not.toContain(UNRESOLVED);
        expect(diagnostics.find(d => d.code === NO_END)!.severity).toBe(3);
    });

    it("takes the settings of the opened folder's .poprc.json, under what the client sets itself", async () => {
        const config = { locale: 'nl', severity: { [NO_END]: 'error' } };
        const { root, plan } = project({ '.poprc.json': JSON.stringify(config) });
        // As VS Code sends them: every setting, most at its default, which leaves the file's value standing.
        session = new LspSession({ today: '2027-06-01', locale: 'auto', severity: { [NO_END]: 'hint' }, specific: { vagueWords: [] } });
        await session.initialize(pathToFileURL(root).href);
        const noEnd = (await diagnosticsOf(plan)).find(d => d.code === NO_END)!;
        expect(noEnd.message).toBe(catalogue('nl').rules[NO_END].message.replace('{goal}', 'waiting-time'));
        expect(noEnd.severity).toBe(4);
    });

    it('warns about a .poprc.json it cannot use, and checks with the defaults', async () => {
        const { root, plan } = project({ '.poprc.json': '{ "locale": "nl", }' });
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const diagnostics = await diagnosticsOf(plan);
        expect(codesOf(diagnostics)).not.toContain(UNRESOLVED);
        expect(diagnostics.find(d => d.code === NO_END)!.message).toBe(catalogue('en').rules[NO_END].message.replace('{goal}', 'waiting-time'));
        expect(session.messages.some(m => m.includes(path.join(root, '.poprc.json')))).toBe(true);
    });
});
