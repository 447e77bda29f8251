/**
 * Clients without settings of their own (Neovim, Helix, Emacs eglot) pass POP's settings as
 * `initializationOptions.pop`, in the shape of VS Code's 'pop.*' settings. They hold from the first diagnostics on,
 * and what the client's own settings say later wins.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../packages/language/src/i18n/catalogue.js';
import { hasCode, LspSession, VS_CODE_LIKE_CAPABILITIES } from './lsp-session.js';
import { ENGLISH_PLAN } from './plans.js';

const NO_END = 'smart.time-bound.no-end';
const dutchNoEnd = catalogue('nl').rules[NO_END].message.replace('{goal}', 'waiting-time');
const englishNoEnd = catalogue('en').rules[NO_END].message.replace('{goal}', 'waiting-time');
const OPTIONS = { pop: { locale: 'nl', today: '2027-06-01', severity: { [NO_END]: 'error' }, render: { outputFolder: 'html' } } };

describe('initializationOptions.pop are the settings a client starts with', { timeout: 30_000 }, () => {
    let session: LspSession;
    afterEach(async () => session.close());

    it('set the locale and a severity for a client that has no workspace/configuration', async () => {
        session = new LspSession();
        await session.initializeAs({ initializationOptions: OPTIONS, capabilities: { ...VS_CODE_LIKE_CAPABILITIES, workspace: {} } });
        const uri = 'file:///options/plan.pop';
        await session.open(uri, ENGLISH_PLAN);
        const noEnd = (await session.diagnosticsWhere(uri, hasCode(NO_END))).find(d => d.code === NO_END)!;
        expect(noEnd.message).toBe(dutchNoEnd);
        expect(noEnd.severity).toBe(1);
        expect(session.configurationRequests).toEqual([]);
        expect(session.messages).toEqual([]);
    });

    it('hold until the client says otherwise, and then the client wins', async () => {
        // The client's own 'pop' section is empty at first: it must not undo the options.
        session = new LspSession({});
        await session.initializeAs({ initializationOptions: OPTIONS });
        const uri = 'file:///options/later.pop';
        await session.open(uri, ENGLISH_PLAN);
        await session.diagnosticsWhere(uri, hasCode(NO_END));
        expect(session.configurationRequests.length).toBeGreaterThan(0);
        for (const published of session.published.get(uri)!) {
            const noEnd = published.find(d => d.code === NO_END);
            if (noEnd) expect([noEnd.message, noEnd.severity]).toEqual([dutchNoEnd, 1]);
        }

        await session.changeSettings({ locale: 'en', severity: { [NO_END]: 'hint' } }, false);
        const after = await session.diagnosticsWhere(uri, ds => ds.some(d => d.code === NO_END && d.message === englishNoEnd));
        expect(after.find(d => d.code === NO_END)!.severity).toBe(4);
    });

    it('warn about a mistyped option, naming it, and keep the others', async () => {
        session = new LspSession();
        await session.initializeAs({
            initializationOptions: { pop: { ...OPTIONS.pop, today: 'tomorrow' } },
            capabilities: { ...VS_CODE_LIKE_CAPABILITIES, workspace: {} },
        });
        const uri = 'file:///options/mistyped.pop';
        await session.open(uri, ENGLISH_PLAN);
        const noEnd = (await session.diagnosticsWhere(uri, hasCode(NO_END))).find(d => d.code === NO_END)!;
        expect(noEnd.message).toBe(dutchNoEnd);
        expect(session.messages.some(m => m.includes('initializationOptions.pop.today') && m.includes('"tomorrow"'))).toBe(true);
    });
});
