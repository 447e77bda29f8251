import { describe, expect, test } from 'vitest';
import { codes, diagnosticsOf } from '../helpers.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../fixtures.js';

const noEnd = planNl(goalNl(without(CLEAN_GOAL_NL, 'eind')));

describe('severity settings', () => {
    test('a rule can be turned off by its code', async () => {
        expect(codes(await diagnosticsOf(noEnd))).toContain('smart.time-bound.no-end');
        expect(codes(await diagnosticsOf(noEnd, { severity: { 'smart.time-bound.no-end': 'off' } }))).not.toContain('smart.time-bound.no-end');
    });

    test('a criterion prefix changes all its rules, and the longest match wins', async () => {
        const diagnostics = await diagnosticsOf(planNl(goalNl(without(CLEAN_GOAL_NL, 'eind', 'start'))), {
            severity: { 'smart.time-bound': 'error', 'smart.time-bound.no-start': 'hint' },
        });
        expect(diagnostics.find(d => d.code === 'smart.time-bound.no-end')?.severity).toBe(1);
        expect(diagnostics.find(d => d.code === 'smart.time-bound.no-start')?.severity).toBe(4);
    });

    test('"*" sets every rule', async () => {
        const diagnostics = await diagnosticsOf(noEnd, { severity: { '*': 'off' } });
        expect(diagnostics).toEqual([]);
    });

    test('syntax errors stay visible even when turned off', async () => {
        const broken = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'start', 'start morgen')));
        const diagnostics = await diagnosticsOf(broken, { severity: { syntax: 'off' } });
        expect(diagnostics.find(d => d.code === 'syntax.unexpected-token')?.severity).toBe(4);
    });
});

describe('locale', () => {
    test('the plan\'s language sets the messages', async () => {
        const [nl] = await diagnosticsOf(noEnd);
        expect(nl.message).toContain('heeft geen einddatum');
    });

    test('a setting overrides the plan\'s language', async () => {
        const [en] = await diagnosticsOf(noEnd, { locale: 'en' });
        expect(en.message).toContain('has no end date');
    });

    test('without a declaration, the keywords tell the language', async () => {
        const text = planNl(goalNl(without(CLEAN_GOAL_NL, 'eind'))).replace('    taal nl\n', '');
        const [message] = (await diagnosticsOf(text)).map(d => d.message);
        expect(message).toContain('heeft geen einddatum');
        const english = planEn(goalEn(without(CLEAN_GOAL_EN, 'end'))).replace('    language en\n', '');
        expect((await diagnosticsOf(english))[0].message).toContain('has no end date');
    });
});

describe('today', () => {
    const ending = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')));

    test('an end date in the past is overdue only relative to the injected today', async () => {
        expect(codes(await diagnosticsOf(ending, { today: '2027-02-01' }))).not.toContain('smart.time-bound.overdue');
        expect(codes(await diagnosticsOf(ending, { today: '2027-03-02' }))).toContain('smart.time-bound.overdue');
    });

    test('a goal marked done is never overdue', async () => {
        const done = planNl(goalNl(`${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')}\n        status afgerond`));
        expect(codes(await diagnosticsOf(done, { today: '2027-09-01' }))).not.toContain('smart.time-bound.overdue');
    });
});

describe('vague words', () => {
    test('extra words from the settings join the lexicon', async () => {
        const text = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft 4 presentaties, liefst heel professioneel"')));
        expect(codes(await diagnosticsOf(text))).not.toContain('smart.specific.vague');
        const diagnostics = await diagnosticsOf(text, { vagueWords: ['heel professioneel'] });
        const vague = diagnostics.find(d => d.code === 'smart.specific.vague');
        expect(vague?.message).toContain("'heel professioneel' is vaag");
    });

    test('a vague phrase is underlined exactly, inside the string', async () => {
        const text = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft zo snel mogelijk 4 presentaties"')));
        const vague = (await diagnosticsOf(text)).find(d => d.code === 'smart.specific.vague')!;
        const line = text.split('\n')[vague.range.start.line];
        expect(line.slice(vague.range.start.character, vague.range.end.character)).toBe('zo snel mogelijk');
    });
});
