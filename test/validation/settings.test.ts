import { describe, expect, test } from 'vitest';
import { codes, diagnosticsOf } from '../support/services.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../support/plans.js';

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
