/** syntax.*: a syntax error says what was expected, where, in the plan's language. */
import { describe, expect, test } from 'vitest';
import { sketchPlan } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { diagnosticsOf } from '../support/services.js';
import { CASES } from './syntax.cases.js';

describeRuleCases('syntax', CASES);

/** One line in the goal of a bare Dutch plan: the line is the plan's fifth (line 4 counting from 0). */
const inGoal = (line: string) => sketchPlan('nl', `        ${line}`);

describe('syntax errors say what was expected, where', () => {
    test('a choice of values lists the choices', async () => {
        const [error] = (await diagnosticsOf(inGoal('meetbaar vier presentaties'))).filter(d => d.code === 'syntax.unexpected-token');
        expect(error.message).toBe('Verwacht: een getal, een bedrag (€ 500), een percentage (85%) of tekst tussen "aanhalingstekens", maar gevonden: \'vier\'.');
        expect(error.range.start).toEqual({ line: 4, character: 17 });
    });

    test('an unclosed string says how to close it', async () => {
        const diagnostics = await diagnosticsOf(inGoal('specifiek "Geeft 4 presentaties'));
        expect(diagnostics[0].message).toBe('Deze string is niet afgesloten. Zet het sluitende aanhalingsteken (") op dezelfde regel.');
        expect(diagnostics[0].range.start).toEqual({ line: 4, character: 18 });
    });

    test('a missing closing brace points at the end of the file', async () => {
        const diagnostics = await diagnosticsOf('plan "P" {\n    taal nl\n    doel x "X" {\n');
        const error = diagnostics.find(d => d.code === 'syntax.unexpected-token')!;
        expect(error.message).toBe("Verwacht: '}', maar het bestand houdt hier op.");
    });

    test('control characters are named, not printed', async () => {
        const diagnostics = await diagnosticsOf(inGoal('\u0007'));
        expect(diagnostics.find(d => d.code === 'syntax.unexpected-character')?.message).toBe("Onverwacht teken 'U+0007'.");
    });
});
