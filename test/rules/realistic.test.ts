/** smart.realistic.*: a goal shows how it is feasible, and its actions fall within its dates. */
import { describe, expect, test } from 'vitest';
import { isPlan } from '../../packages/language/src/generated/ast.js';
import { scorecard } from '../../packages/language/src/validation/scorecard.js';
import { CLEAN_GOAL_EN, planWithGoalEn } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { build, createServices, TODAY } from '../support/services.js';
import { CASES } from './realistic.cases.js';

describeRuleCases('realistic', CASES);

describe('an action outside its goal\'s dates', () => {
    async function verdict(action: string): Promise<{ message?: string; realistic?: boolean }> {
        const services = createServices({ today: TODAY });
        const [document] = await build(services, planWithGoalEn(`${CLEAN_GOAL_EN}\n        ${action}`));
        const goal = document.parseResult.value.items.filter(isPlan)[0].goals[0];
        const score = scorecard(goal, services.Pop.pop.Analysis.judge(document));
        const found = (document.diagnostics ?? []).find(d => d.code === 'smart.realistic.action-outside-goal');
        const message = typeof found?.message === 'string' ? found.message : undefined;
        return { message, realistic: score.criteria.find(c => c.criterion === 'realistic')?.met };
    }

    test('wholly outside, it counts against R: it cannot contribute on time', async () => {
        const after = await verdict('action course "Follow-up" { start 2028-01-10 end 2028-02-01 }');
        expect(after.message).toContain("Action 'Follow-up' (2028-01-10 to 2028-02-01) falls outside its goal's dates (2027-01-15 to 2027-12-15)");
        expect(after.realistic).toBe(false);
    });

    test('partly outside, it is said, but the goal stays realistic: a workshop a week before the goal starts', async () => {
        const early = await verdict('action training "Preparation" { start 2027-01-08 end 2027-03-01 }');
        expect(early.message).toContain("Action 'Preparation' (2027-01-08 to 2027-03-01) starts before its goal's dates");
        expect(early.realistic).toBe(true);
        const late = await verdict('action coaching "Coaching" { start 2027-06-01 end 2028-01-31 }');
        expect(late.message).toContain('ends after');
        expect(late.realistic).toBe(true);
    });
});
