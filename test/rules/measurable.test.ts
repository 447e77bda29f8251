/** smart.measurable.*: a target with a unit, and a method that measures it. */
import { describe, expect, test } from 'vitest';
import { actionsAt, lineOf } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { diagnosticsOf } from '../support/services.js';
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

describe('the target fix follows the reading of the statement', () => {
    const withStatement = (statement: string) => planNl(goalNl(without(replacing(CLEAN_GOAL_NL, 'specifiek', `specifiek "${statement}"`), 'meetbaar')));

    async function targetActions(statement: string) {
        const text = withStatement(statement);
        const { actions, uri } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        // "Make SMART" fixes the same diagnostic among others; these tests are about the target fix alone.
        const makeSmart = /SMART/;
        return { text, uri, actions: actions.filter(a => a.diagnostics?.some(d => d.code === 'smart.measurable.no-target') && !makeSmart.test(a.title)) };
    }

    test('the amount, not the date, and preferred: "voor 1 juni 5 kilo afvallen"', async () => {
        const { text, uri, actions } = await targetActions('Ik wil voor 1 juni 5 kilo afvallen');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["'5 kilo' uit de omschrijving als streefwaarde gebruiken", true]]);
        expect(applyEdits(text, editsOf(actions[0], uri))).toContain('        meetbaar 5 kilo\n');
    });

    test('a range fills the target and the baseline', async () => {
        const { text, uri, actions } = await targetActions('Verhoogt de klanttevredenheid van 7,2 naar 8,0');
        expect(actions.map(a => a.title)).toEqual(["'8,0 klanttevredenheid' uit de omschrijving als streefwaarde en '7,2 klanttevredenheid' als nulmeting gebruiken"]);
        const fixed = applyEdits(text, editsOf(actions[0], uri));
        expect(fixed).toContain('        meetbaar 8,0 klanttevredenheid\n        nulmeting 7,2 klanttevredenheid\n');
    });

    test('two readings give two fixes, neither preferred: a count per period and its total over the goal', async () => {
        const { text, uri, actions } = await targetActions('Geeft elk kwartaal een presentatie van 15 minuten aan het MT');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([
            ["'4 presentaties' uit de omschrijving als streefwaarde gebruiken", false],
            ["'1 presentatie per kwartaal' uit de omschrijving als streefwaarde gebruiken", false],
        ]);
        expect(applyEdits(text, editsOf(actions[1], uri))).toContain('meetbaar 1 "presentatie per kwartaal"');
    });

    test.each([
        ['Haalt €50K aan nieuwe omzet binnen', '€ 50000'],
        ['Realiseert €1,2 mln nieuwe omzet', '€ 1200000'],
        ['Brengt €1.2m aan nieuwe omzet binnen', '€ 1200000'],
        ['Verkoopt voor 2 miljoen euro aan licenties', '€ 2000000'],
    ])('an amount with its magnitude is written in full: "%s"', async (statement, written) => {
        const { text, uri, actions } = await targetActions(statement);
        expect(actions.map(a => a.isPreferred)).toEqual([true]);
        expect(applyEdits(text, editsOf(actions[0], uri))).toContain(`        meetbaar ${written}\n`);
    });

    test('an amount in another currency is written with its code, never as euros: "£38,000 to £45,000"', async () => {
        const text = planEn(goalEn(without(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Increase monthly repeat sales from £38,000 to £45,000"'), 'measurable')));
        const { actions, uri } = await actionsAt(text, lineOf(text, 'goal presenting'));
        const fix = actions.find(a => a.diagnostics?.some(d => d.code === 'smart.measurable.no-target') && a.isPreferred);
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        const fixed = applyEdits(text, editsOf(fix!, uri));
        expect(fixed).toContain('        measurable 45,000 GBP\n        baseline 38,000 GBP\n');
        expect(fixed).not.toContain('measurable €');
    });

    test('a rhythm that starts later in the goal is totalled from then: "vanaf april elke maand"', async () => {
        // The goal runs from 15 January to 15 December: from April that is nine months.
        const { actions } = await targetActions('Geeft vanaf april elke maand een presentatie aan het MT');
        expect(actions.map(a => a.title)).toEqual([
            "'9 presentaties' uit de omschrijving als streefwaarde gebruiken",
            "'1 presentatie per maand' uit de omschrijving als streefwaarde gebruiken",
        ]);
    });

    test('a result done or not done gets a binary target, offered but not applied unattended', async () => {
        const { text, uri, actions } = await targetActions('Behaalt voor 1 oktober het BHV-diploma');
        expect(actions.map(a => [a.title, a.isPreferred])).toEqual([["Het resultaat meten als af of niet af ('1 BHV-diploma')", false]]);
        expect(applyEdits(text, editsOf(actions[0], uri))).toContain('meetbaar 1 BHV-diploma');
    });

    test('a statement with only a date, a name or a wish offers the template, never a number it does not say', async () => {
        for (const statement of ['Voor 1 juli mijn Engels verbeteren', 'Werkt aan de Q4-cijfers van 2027', 'Beter samenwerken met de 4 planners']) {
            const { actions } = await targetActions(statement);
            expect(actions.map(a => a.title), statement).toEqual(['Streefwaarde toevoegen']);
            expect(actions.some(a => a.isPreferred), statement).toBe(false);
        }
    });
});

describe('the example unit agrees with the target', () => {
    test('"1 presentatie", "4 presentaties", "1 presentation", "0,5 presentaties"', async () => {
        const message = async (text: string) => (await diagnosticsOf(text)).find(d => d.code === 'smart.measurable.no-unit')?.message;
        expect(await message(planNl(goalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 1'))))).toContain("bijvoorbeeld '1 presentatie'.");
        expect(await message(planNl(goalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 4'))))).toContain("bijvoorbeeld '4 presentaties'.");
        expect(await message(planEn(goalEn(replacing(CLEAN_GOAL_EN, 'measurable', 'measurable 1'))))).toContain("for example '1 presentation'.");
        expect(await message(planNl(goalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 0,5'))))).toContain("bijvoorbeeld '0,5 presentaties'.");
    });
});
