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

describe('which default date fix-all may write', () => {
    test('a date counted from the other date is offered, not preferred: it is a guess', async () => {
        const text = planEn(goalEn(without(CLEAN_GOAL_EN, 'end')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        const fix = actions.find(a => a.title === 'Add end date 2027-04-15');
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        expect(fix!.isPreferred).toBeFalsy();
    });

    test('a date from the goal\'s actions is preferred', async () => {
        const text = planNl(goalNl(`${without(CLEAN_GOAL_NL, 'eind')}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-04-15 }`));
        const { actions } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        expect(actions.find(a => a.title === 'Einddatum 2027-04-15 toevoegen')?.isPreferred).toBe(true);
    });

    test('the statement\'s deadline is preferred, unless it would leave one of the goal\'s actions outside the goal', async () => {
        const goal = replacing(without(CLEAN_GOAL_NL, 'eind'), 'specifiek', 'specifiek "Geeft voor 1 juni 4 presentaties aan het MT"');
        const fits = planNl(goalNl(`${goal}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-04-15 }`));
        const fitting = await actionsAt(fits, lineOf(fits, 'doel presenteren'));
        expect(fitting.actions.filter(a => a.isPreferred).map(a => a.title)).toEqual([expect.stringContaining('2027-06-01')]);
        const cutsOff = planNl(goalNl(`${goal}\n        actie coaching "Loopbaancoaching" { start 2027-02-01 eind 2027-06-30 }`));
        const cutting = await actionsAt(cutsOff, lineOf(cutsOff, 'doel presenteren'));
        expect(cutting.actions.map(a => a.title)).toContainEqual(expect.stringContaining('2027-06-01'));
        expect(cutting.actions.filter(a => a.isPreferred && a.title.includes('2027-06-01'))).toEqual([]);
    });
});

describe('default dates ignore actions on the wrong side of the goal', () => {
    test('an action that ended before the goal starts does not make the goal end on its first day', async () => {
        const text = planNl(goalNl(`${replacing(without(CLEAN_GOAL_NL, 'eind'), 'start', 'start 2027-05-01')}\n        actie training "Train de trainer" { start 2027-03-01 eind 2027-03-31 }`));
        const { actions } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        expect(actions.map(a => a.title)).toContain('Einddatum 2027-08-01 toevoegen');
    });
});

describe('dates from the statement', () => {
    test('a deadline in the statement is offered as the end date, preferred over the default', async () => {
        const text = planNl(goalNl(without(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Behaalt uiterlijk in week 40 het BHV-diploma"'), 'eind')));
        const { actions, uri } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        const ends = actions.filter(a => a.diagnostics?.some(d => d.code === 'smart.time-bound.no-end') && !/SMART/.test(a.title));
        expect(ends.map(a => [a.title, a.isPreferred])).toEqual([
            ["'week 40' uit de omschrijving als einddatum gebruiken (2027-10-10)", true],
            ['Einddatum 2027-04-15 toevoegen', false],
        ]);
        expect(applyEdits(text, editsOf(ends[0], uri))).toContain('        eind 2027-10-10\n');
    });

    test('a start date in the statement is offered as the start date ("starting in March")', async () => {
        const text = planEn(goalEn(without(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Starting in March, give 4 presentations"'), 'start')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        const starts = actions.filter(a => a.diagnostics?.some(d => d.code === 'smart.time-bound.no-start'));
        expect(starts.map(a => [a.title, a.isPreferred])[0]).toEqual(["Use 'March' from the statement as the start date (2027-03-01)", true]);
    });

    test('a year is taken from the plan period', async () => {
        const text = planEn(goalEn(without(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Complete the Salesforce course by October"'), 'end')));
        const { actions } = await actionsAt(text, lineOf(text, 'goal presenting'));
        expect(actions.map(a => a.title)).toContain("Use 'October' from the statement as the end date (2027-10-31)");
    });
});

describe('MAGIE goals have no T', () => {
    test('they get no time-bound diagnostics; the dates they have are checked as dates', async () => {
        const magie = planNl(goalNl(`        soort magie\n${replacing(without(CLEAN_GOAL_NL, 'start'), 'eind', 'eind 2027-03-01')}`));
        const found = codes(await diagnosticsOf(magie, { today: '2027-06-01' }));
        expect(found.filter(c => c.startsWith('smart.'))).toEqual([]);
        expect(found).toContain('date.overdue');
    });
});
