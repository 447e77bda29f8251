/**
 * The editor's team views, through the bundled language server: the overview page for the webview (with the
 * preview's policy and a script bound to the nonce) follows an edit, and the due list names places to open.
 */
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DueResult, TeamOverviewResult } from '../../packages/server/src/protocol.js';
import { DUE_REQUEST, TEAM_OVERVIEW_REQUEST } from '../../packages/server/src/protocol.js';
import { LspSession } from '../protocol/lsp-session.js';
import { ORGANISATION, SAM, SANNE } from './team-folder.js';
import { TODAY } from '../support/services.js';

const FOLDER = 'file:///team';
const SAM_URI = `${FOLDER}/sam.pop`;
const SANNE_URI = `${FOLDER}/sanne.pop`;
const NONCE = 'AAAAAAAAAAAAAAAAAAAAAA==';

describe('team views in the language server', { timeout: 60_000 }, () => {
    let session: LspSession;

    beforeAll(async () => {
        session = new LspSession({ today: TODAY });
        await session.initialize();
        await session.open(`${FOLDER}/organisation.pop`, ORGANISATION);
        await session.open(SAM_URI, SAM);
        await session.open(SANNE_URI, SANNE);
        await session.diagnosticsWhere(SANNE_URI, () => true);
    });
    afterAll(async () => session.close());

    const overview = (locale: 'en' | 'nl' = 'en') => session.connection.sendRequest(TEAM_OVERVIEW_REQUEST, {
        folders: [FOLDER], preview: true, nonce: NONCE, cspSource: 'vscode-webview://abc', locale,
    }) as Promise<TeamOverviewResult>;

    it('the overview is a webview page: the preview policy, a script bound to the nonce, plans and goals that open at their line', async () => {
        const result = await overview();
        expect(result.plans).toBe(2);
        const dom = parseHTML(result.html).document;
        expect(dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe(
            `default-src 'none'; img-src vscode-webview://abc data:; style-src vscode-webview://abc 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`);
        expect(Array.from(dom.querySelectorAll('script')).map(s => s.getAttribute('nonce'))).toEqual([NONCE]);
        const links = Array.from(dom.querySelectorAll('a.open[data-uri]')).map(a => `${a.getAttribute('data-uri')}:${a.getAttribute('data-line')} ${a.textContent}`);
        const presenting = SAM.split('\n').findIndex(l => l.includes('goal presenting'));
        expect(links).toContain(`${SAM_URI}:0 Sam Bakker`);
        expect(links).toContain(`${SAM_URI}:${presenting} Sam Bakker: Present convincingly`);
        expect(dom.querySelector('table.team-table')?.textContent).toContain('sam.pop');
        expect(dom.querySelector('.notice.unsupported')?.textContent).toContain('duurzaamheid');
    });

    it('follows an edit: a goal that starts supporting an organisation goal leaves the list of goals nobody works on', async () => {
        const before = parseHTML((await overview('nl')).html).document;
        expect(before.documentElement.getAttribute('lang')).toBe('nl');
        expect(before.querySelector('.notice.unsupported')?.textContent).toContain('duurzaamheid');
        const text = session.text(SANNE_URI);
        const at = text.indexOf('draagt-bij-aan klanttevredenheid') + 'draagt-bij-aan klanttevredenheid'.length;
        const position = session.documents.get(SANNE_URI)!.positionAt(at);
        await session.edit(SANNE_URI, [{ range: { start: position, end: position }, newText: ', duurzaamheid' }]);
        const after = parseHTML((await overview('nl')).html).document;
        expect(after.querySelector('.notice.unsupported')).toBeNull();
        expect(after.querySelector('tr[data-org-goal="duurzaamheid"]')?.textContent).toContain('Sanne de Vries: Sneller opnemen');
    });

    it('the due list: overdue first by date, each with the place to open', async () => {
        const result = await session.connection.sendRequest(DUE_REQUEST, { folders: [FOLDER], within: 14, locale: 'en' }) as DueResult;
        expect(result.within).toBe(14);
        expect(result.items.map(i => `${i.date} ${i.overdue} ${i.file}`)).toEqual([
            '2027-02-01 true sanne.pop',
            '2027-05-01 true sam.pop',
            '2027-06-10 false sam.pop',
            '2027-06-10 false sanne.pop',
        ]);
        const records = result.items[1];
        expect(records.uri).toBe(SAM_URI);
        expect(records.line).toBe(SAM.split('\n').findIndex(l => l.includes('goal records')));
        expect(records.label).toBe("Goal 'records' (Digitise records) must be reached");
        expect(records.detail).toBe('overdue (31 days late) · Sam Bakker');
    });
});
