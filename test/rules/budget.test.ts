/** budget.*: amounts read as euros, and the actions fit the money and hours facilitated. */
import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, planWithGoalEn } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { codes, diagnosticsOf, TODAY } from '../support/services.js';
import { CASES } from './budget.cases.js';

describeRuleCases('budget', CASES);

describe('what the actions use', () => {
    test('a cancelled goal\'s actions are not paid for', async () => {
        const text = planWithGoalEn(`${CLEAN_GOAL_EN}\n        status cancelled\n        action course "Presenting" { cost € 2,600 hours 100 }`);
        const found = codes(await diagnosticsOf(text, { today: TODAY }));
        expect(found).not.toContain('budget.cost-exceeded');
        expect(found).not.toContain('budget.hours-exceeded');
        // The same actions under a goal that goes ahead are.
        const ahead = codes(await diagnosticsOf(text.replace('status cancelled', 'status doing'), { today: TODAY }));
        expect(ahead).toEqual(expect.arrayContaining(['budget.cost-exceeded', 'budget.hours-exceeded']));
    });
});
