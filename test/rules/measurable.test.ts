/** smart.measurable.*: a target with a unit, and a method that measures it. */
import { describe, expect, test } from 'vitest';
import { actionsAt, lineOf } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, without } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './measurable.cases.js';

describeRuleCases('measurable', CASES);

describe('target from the statement', () => {
    test('the quantity in the statement becomes the target', async () => {
        const text = planNl(goalNl(without(CLEAN_GOAL_NL, 'meetbaar')
            .replace('Geeft elk kwartaal een presentatie van 15 minuten aan het MT', 'Geeft 4 presentaties aan het MT')));
        const { actions, uri } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        const fix = actions.find(a => a.title.includes("'4 presentaties'"));
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        expect(fix!.isPreferred).toBe(true);
        expect(applyEdits(text, editsOf(fix!, uri))).toContain('meetbaar 4 presentaties');
    });

    test('a percentage in the statement becomes the target', async () => {
        const text = planEn(goalEn(without(CLEAN_GOAL_EN, 'measurable').replace('Gives a 15-minute presentation to the management team every quarter', 'Answers 85% of calls within 30 seconds')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        expect(actions.map(a => a.title)).toContain("Use '85%' from the statement as the target");
    });
});
