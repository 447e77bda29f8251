/** date.*: dates exist, come in order, and an open goal's near end is a reminder. */
import { describe, expect, test } from 'vitest';
import { sketchPlan } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { diagnosticsOf } from '../support/services.js';
import { CASES } from './date.cases.js';

describeRuleCases('date', CASES);

describe('an impossible date', () => {
    test('a date without leading zeros is one located problem, not a cascade', async () => {
        const diagnostics = (await diagnosticsOf(sketchPlan('nl', '        eind 2027-1-5'))).filter(d => d.severity === 1);
        expect(diagnostics.map(d => d.code)).toEqual(['date.invalid']);
        expect(diagnostics[0].message).toBe("'2027-1-5' is geen bestaande datum. Gebruik JJJJ-MM-DD.");
    });
});
