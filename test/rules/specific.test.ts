/** smart.specific.*: a statement is an observable result with a quantity, in plain words. */
import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_NL, goalNl, planNl, replacing } from '../support/plans.js';
import { codes, diagnosticsOf } from '../support/services.js';
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './specific.cases.js';

describeRuleCases('specific', CASES);

describe('vague words', () => {
    test('extra words from the settings join the lexicon', async () => {
        const text = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft 4 presentaties, liefst heel professioneel"')));
        expect(codes(await diagnosticsOf(text))).not.toContain('smart.specific.vague');
        const diagnostics = await diagnosticsOf(text, { vagueWords: ['heel professioneel'] });
        const vague = diagnostics.find(d => d.code === 'smart.specific.vague');
        expect(vague?.message).toContain("'heel professioneel' is vaag");
    });

    test('a vague phrase is underlined exactly, inside the string', async () => {
        const text = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft zo veel mogelijk presentaties"')));
        const vague = (await diagnosticsOf(text)).find(d => d.code === 'smart.specific.vague')!;
        const line = text.split('\n')[vague.range.start.line];
        expect(line.slice(vague.range.start.character, vague.range.end.character)).toBe('zo veel mogelijk');
    });
});

describe('wishes', () => {
    test('every wish of a statement is named, in a sentence that reads for one or several', async () => {
        const text = planNl(goalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Beter leren plannen"')));
        const wish = (await diagnosticsOf(text)).find(d => d.code === 'smart.specific.comparative')!;
        expect(wish.message).toMatch(/^Doel '\S+' is een streven \('Beter', 'leren'\), geen resultaat: het zegt wat beter moet/);
    });
});
