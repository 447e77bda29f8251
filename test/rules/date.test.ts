/** date.*: dates exist, come in order, and an open goal's near end is a reminder. */
import { describe, expect, test } from 'vitest';
import { quickFixesFor } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing, sketchPlan } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { build, codes, createServices, diagnosticsOf, TODAY } from '../support/services.js';
import { isPlan } from '../../packages/language/src/generated/ast.js';
import { scorecard } from '../../packages/language/src/validation/scorecard.js';
import { CASES } from './date.cases.js';

describeRuleCases('date', CASES);

describe('an impossible date', () => {
    test('a date without leading zeros is one located problem, not a cascade', async () => {
        const diagnostics = (await diagnosticsOf(sketchPlan('nl', '        eind 2027-1-5'))).filter(d => d.severity === 1);
        expect(diagnostics.map(d => d.code)).toEqual(['date.format']);
        expect(diagnostics[0].message).toBe("Schrijf datums als JJJJ-MM-DD. '2027-1-5' is gelezen als jaar-maand-dag: 5 januari 2027, dus 2027-01-05.");
    });

    test('a date written day-month-year that does not exist either way is not a real date', async () => {
        const diagnostics = (await diagnosticsOf(sketchPlan('en', '        end 31-02-2027'))).filter(d => d.severity === 1);
        expect(diagnostics.map(d => d.code)).toEqual(['date.invalid']);
        expect(diagnostics[0].message).toBe("'31-02-2027' is not a real date. Use YYYY-MM-DD.");
    });
});

describe('a date written YYYY-MM-DD that the calendar lacks', () => {
    test('the message says why: the month\'s last day, or that there is no such month', async () => {
        const february = await diagnosticsOf(planWithGoalEn(replacing(CLEAN_GOAL_EN, 'start', 'start 2027-02-30')));
        expect(february.find(d => d.code === 'date.invalid')?.message).toBe("'2027-02-30' is not a real date. February 2027 has 28 days.");
        const leap = await diagnosticsOf(planWithGoalNl(replacing(CLEAN_GOAL_NL, 'start', 'start 2028-02-30')));
        expect(leap.find(d => d.code === 'date.invalid')?.message).toBe("'2028-02-30' is geen bestaande datum. In februari 2028 zijn er 29 dagen.");
        const month = await diagnosticsOf(planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-13-01')));
        expect(month.find(d => d.code === 'date.invalid')?.message).toBe("'2027-13-01' is geen bestaande datum. Een jaar heeft 12 maanden, geen 13.");
    });

    test('on a goal\'s start or end it counts against the goal\'s T, so the goal is not SMART', async () => {
        const services = createServices({ today: TODAY });
        const [document] = await build(services, planWithGoalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-06-31')));
        const goal = document.parseResult.value.items.filter(isPlan)[0].goals[0];
        const score = scorecard(goal, services.Pop.pop.Analysis.judge(document));
        expect(score.criteria.filter(c => !c.met).map(c => c.criterion)).toEqual(['time-bound']);
        expect(score.complete).toBe(false);
        // A clean goal with the same statement is complete: the date is all that differs.
        const [clean] = await build(createServices({ today: TODAY }), planWithGoalEn(CLEAN_GOAL_EN));
        const cleanGoal = clean.parseResult.value.items.filter(isPlan)[0].goals[0];
        expect(scorecard(cleanGoal, services.Pop.pop.Analysis.judge(clean)).complete).toBe(true);
    });
});

describe('a date written another way than YYYY-MM-DD', () => {
    const forms = [
        ['nl', 'eind', '01-02-2027', 'dag-maand-jaar: 1 februari 2027, dus 2027-02-01'],
        ['nl', 'eind', '1/2/2027', 'dag-maand-jaar: 1 februari 2027, dus 2027-02-01'],
        ['nl', 'start', '15.01.2027', 'dag-maand-jaar: 15 januari 2027, dus 2027-01-15'],
        ['en', 'end', '01.02.2027', 'day-month-year: 1 February 2027, which is 2027-02-01'],
        ['en', 'end', '2/28/2027', 'month-day-year: 28 February 2027, which is 2027-02-28'],
        ['en', 'start', '2027/1/15', 'year-month-day: 15 January 2027, which is 2027-01-15'],
    ] as const;
    for (const [locale, field, date, reading] of forms) {
        test(`'${field} ${date}' is one error that says how it was read, and the date still counts (${locale})`, async () => {
            const text = locale === 'nl' ? planWithGoalNl(replacing(CLEAN_GOAL_NL, field, `${field} ${date}`)) : planWithGoalEn(replacing(CLEAN_GOAL_EN, field, `${field} ${date}`));
            const diagnostics = await diagnosticsOf(text);
            expect(diagnostics.filter(d => d.severity === 1).map(d => d.code)).toEqual(['date.format']);
            expect(diagnostics.find(d => d.code === 'date.format')!.message).toContain(reading);
            // Present, and read as that day: no "no end date", and the dates are checked as the days they are.
            expect(codes(diagnostics).filter(c => c.startsWith('smart.time-bound.no-'))).toEqual([]);
            expect(codes(diagnostics)).not.toContain('syntax.unexpected-token');
        });
    }

    test('a goal whose day-month-year end has passed is overdue', async () => {
        const diagnostics = await diagnosticsOf(planWithGoalNl(replacing(replacing(CLEAN_GOAL_NL, 'start', 'start 2027-01-05'), 'eind', 'eind 01-02-2027')));
        expect(diagnostics.find(d => d.code === 'smart.time-bound.overdue')?.message).toContain('(2027-02-01)');
    });

    test('its quick fix writes the date as read, YYYY-MM-DD', async () => {
        const text = planWithGoalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 15/12/2027'));
        const { results, uri } = await quickFixesFor(text, 'date.format', TODAY);
        expect(results.map(r => r.action.title)).toEqual(["Change to '2027-12-15'"]);
        expect(applyEdits(text, editsOf(results[0].action, uri))).toBe(planWithGoalEn(CLEAN_GOAL_EN));
    });
});

describe('a review dated after today', () => {
    const overdue = (locale: 'nl' | 'en', review: string) => locale === 'nl'
        ? planWithGoalNl(`${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-31')}\n        ${review}`)
        : planWithGoalEn(`${replacing(CLEAN_GOAL_EN, 'end', 'end 2027-03-31')}\n        ${review}`);

    test('does not count as a result: the goal is still overdue, and a warning says why', async () => {
        for (const [locale, review, code] of [
            ['nl', 'voortgang 2027-12-03 { gemeten 3 presentaties }', 'smart.time-bound.overdue'],
            ['en', 'review 2027-11-02 { measured 3 presentations }', 'smart.time-bound.overdue'],
        ] as const) {
            const found = codes(await diagnosticsOf(overdue(locale, review)));
            expect(found).toContain(code);
            expect(found).toContain('date.review-in-future');
        }
    });

    test('a review on or before today still counts', async () => {
        const found = codes(await diagnosticsOf(overdue('nl', 'voortgang 2027-04-05 { gemeten 3 presentaties }')));
        expect(found).not.toContain('smart.time-bound.overdue');
        expect(found).not.toContain('date.review-in-future');
    });

    test('offers day and month swapped when that gives a day that has passed, and nothing when it does not', async () => {
        const swappable = overdue('nl', 'voortgang 2027-12-03 { gemeten 3 presentaties }');
        const { results, uri } = await quickFixesFor(swappable, 'date.review-in-future', TODAY);
        expect(results.map(r => r.action.title)).toEqual(["Wijzigen in '2027-03-12'"]);
        const fixed = applyEdits(swappable, editsOf(results[0].action, uri));
        expect(codes(await diagnosticsOf(fixed))).not.toContain('smart.time-bound.overdue');
        // 2027-07-20 swapped is no date; 2027-06-07 swapped is 2027-07-06, also still to come.
        for (const date of ['2027-07-20', '2027-06-07']) {
            const { results: none, targets } = await quickFixesFor(overdue('en', `review ${date} { measured 3 presentations }`), 'date.review-in-future', TODAY);
            expect(targets.length).toBe(1);
            expect(none).toEqual([]);
        }
    });
});
