/** smart.time-bound.*: a start and an end, in order, inside the period, and a review once the end has passed. */
import { describe, expect, test } from 'vitest';
import { actionsAt, lineOf } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../support/plans.js';
import { codes, diagnosticsOf } from '../support/services.js';
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './time-bound.cases.js';

describeRuleCases('time-bound', CASES);

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

describe('default dates', () => {
    test('a missing end date follows the goal\'s actions', async () => {
        const text = planNl(goalNl(`${without(CLEAN_GOAL_NL, 'eind')}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-04-15 }`));
        const { actions, uri } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        const fix = actions.find(a => a.title === 'Einddatum 2027-04-15 toevoegen');
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        expect(applyEdits(text, editsOf(fix!, uri))).toContain('        eind 2027-04-15\n    }');
    });

    test('a short-term goal without actions ends three months after its start', async () => {
        const text = planEn(goalEn(without(CLEAN_GOAL_EN, 'end')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        expect(actions.map(a => a.title)).toContain('Add end date 2027-04-15');
    });

    test('a default date stays inside the plan period', async () => {
        const text = planEn(goalEn(replacing(without(CLEAN_GOAL_EN, 'end'), 'start', 'start 2027-11-01')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        expect(actions.map(a => a.title)).toContain('Add end date 2027-12-31');
    });

    test('a long-term goal gets a year', async () => {
        const text = planEn(goalEn(replacing(without(CLEAN_GOAL_EN, 'end'), 'horizon', 'horizon long')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        expect(actions.map(a => a.title)).toContain('Add end date 2028-01-15');
    });
});

describe('default dates ignore actions on the wrong side of the goal', () => {
    test('an action that ended before the goal starts does not make the goal end on its first day', async () => {
        const text = planNl(goalNl(`${replacing(without(CLEAN_GOAL_NL, 'eind'), 'start', 'start 2027-05-01')}\n        actie training "Train de trainer" { start 2027-03-01 eind 2027-03-31 }`));
        const { actions } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        expect(actions.map(a => a.title)).toContain('Einddatum 2027-08-01 toevoegen');
    });
});
