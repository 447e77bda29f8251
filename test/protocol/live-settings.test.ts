import { afterEach, describe, expect, it } from 'vitest';
import { catalogue } from '../../packages/language/src/i18n/catalogue.js';
import { codesOf, hasCode, lacksCode, LspSession } from './lsp-session.js';
import { DUTCH_PLAN, ENGLISH_PLAN } from './plans.js';

const NO_END = 'smart.time-bound.no-end';
const OVERDUE = 'smart.time-bound.overdue';

describe("the 'pop' settings apply live, without a restart", { timeout: 30_000 }, () => {
    let session: LspSession;
    afterEach(async () => session.close());

    it('reads the settings the client holds at start-up (workspace/configuration)', async () => {
        session = new LspSession({ today: '2027-06-01', severity: { [NO_END]: 'off' } });
        await session.initialize();
        const uri = 'file:///settings/startup.pop';
        // The unsigned-plan rule proves validation ran; the no-end rule must stay silent.
        await session.open(uri, ENGLISH_PLAN.replace(/sign-off \{[\s\S]*?\}\n/, ''));
        const diagnostics = await session.diagnosticsWhere(uri, hasCode('plan.unsigned'));
        expect(codesOf(diagnostics)).not.toContain(NO_END);
        // Not even briefly: no diagnostics computed with the default settings reached the editor.
        for (const published of session.published.get(uri)!) expect(codesOf(published)).not.toContain(NO_END);
        expect(session.configurationRequests.some(r => r.items.some(i => i.section === 'pop'))).toBe(true);
    });

    it("turns a rule off and on again with a pushed severity override", async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const uri = 'file:///settings/severity.pop';
        await session.open(uri, DUTCH_PLAN);
        const before = await session.diagnosticsWhere(uri, hasCode(NO_END));
        expect(before.find(d => d.code === NO_END)!.severity).toBe(2);

        await session.changeSettings({ today: '2027-06-01', severity: { 'smart.time-bound': 'off' } });
        await session.diagnosticsWhere(uri, lacksCode(NO_END));

        await session.changeSettings({ today: '2027-06-01', severity: { [NO_END]: 'error' } });
        const after = await session.diagnosticsWhere(uri, ds => ds.some(d => d.code === NO_END && d.severity === 1));
        expect(after.filter(d => d.code === NO_END)).toHaveLength(1);
    });

    it('asks for the settings when the client only announces a change (pull model)', async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const uri = 'file:///settings/pull.pop';
        await session.open(uri, ENGLISH_PLAN);
        await session.diagnosticsWhere(uri, hasCode(NO_END));
        const asked = session.configurationRequests.length;

        await session.changeSettings({ today: '2027-06-01', severity: { '*': 'off' } }, false);
        const after = await session.diagnosticsWhere(uri, ds => ds.length === 0);
        expect(after).toEqual([]);
        expect(session.configurationRequests.length).toBeGreaterThan(asked);
    });

    it("moves 'today' and switches the message language", async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const uri = 'file:///settings/today.pop';
        await session.open(uri, ENGLISH_PLAN);
        const before = await session.diagnosticsWhere(uri, hasCode(NO_END));
        expect(codesOf(before)).not.toContain(OVERDUE);

        // After the first goal's end date (2027-12-15) it is overdue; in Dutch, as the setting asks.
        await session.changeSettings({ today: '2028-02-01', locale: 'nl' });
        const after = await session.diagnosticsWhere(uri, hasCode(OVERDUE));
        const noEnd = after.find(d => d.code === NO_END)!;
        expect(noEnd.message).toBe(catalogue('nl').rules[NO_END].message.replace('{goal}', 'waiting-time'));
    });

    it('adds extra vague words to the Specific check', async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const uri = 'file:///settings/vague.pop';
        await session.open(uri, ENGLISH_PLAN);
        await session.diagnosticsWhere(uri, hasCode(NO_END));
        expect(codesOf(session.diagnostics.get(uri)!)).not.toContain('smart.specific.vague');

        await session.changeSettings({ today: '2027-06-01', specific: { vagueWords: ['calls'] } });
        await session.diagnosticsWhere(uri, hasCode('smart.specific.vague'));
    });

    it('ignores a mistyped value with a warning and keeps the valid ones', async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        const uri = 'file:///settings/bad.pop';
        await session.open(uri, ENGLISH_PLAN);
        await session.diagnosticsWhere(uri, hasCode(NO_END));

        await session.changeSettings({ today: 'tomorrow', severity: { [NO_END]: 'loud', 'plan.unsigned': 'off', 'smart.time-bound': 'off' } });
        await session.diagnosticsWhere(uri, lacksCode(NO_END));
        expect(session.messages.some(m => m.includes('pop.today') && m.includes('"tomorrow"'))).toBe(true);
        expect(session.messages.some(m => m.includes(NO_END) && m.includes('"loud"'))).toBe(true);
    });
});
