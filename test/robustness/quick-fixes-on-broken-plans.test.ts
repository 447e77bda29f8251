/**
 * Inputs the fuzz suites shrank to when quick fixes broke plans. Each one once lost text, broke the
 * syntax or left its diagnostic in place; kept here so the contract is checked on them in every run.
 */
import { describe, expect, test } from 'vitest';
import { diagnosticsOf } from '../support/services.js';
import { everyFixKeepsText } from './quick-fix-contract.js';
import { editsOf } from '../support/edits.js';
import { codeActionsFor } from '../support/code-actions.js';
import { fuzzServices, withDocument } from './language-harness.js';

const services = fuzzServices();

const CASES: Record<string, string> = {
    'a duplicated block field (sign-off) is commented out whole, not from the plan brace':
        'plan "" {\n    sign-off {\n}\n    sign-off {\n}\n}\n',
    'a duplicated block followed by more text on its last line keeps that text out of the comment':
        'plan "" {     starting-points {\n}     starting-points {\n} }\n',
    'a goal without a name gets no fix that writes into the broken header':
        'plan "" {\n    goal\uD800" {\n}\n}\n',
    'a goal missing its opening brace gets no half-applied "make SMART"':
        'plan "" {\n    goal leadership ""\n    acceptable by " "\n}\n}\n',
    'a trailing line comment keeps its trailing space when lines are added after it':
        'plan "" {\n    goal leadership "" {\n    // \n}\n}\n',
    'an empty unit string is not followed by a second unit':
        'plan "" {\n    goal a "" {\n    measurable 0 ""\n}\n}\nplan "" {\n}\n',
    'a huge cost raises the budget to digits, not to 1e+23':
        'plan "" {\n    goal leadership "" {\n    action course "" {\n    cost €99999999999999999999999\n}\n}\n    facilities budget €0\n}\n',
    '"make SMART" on an overdue goal does not claim to fix the overdue warning':
        'plan "" {\n    goal leadership "" {\n    end 2024-01-01\n}\n}\n',
    '"make SMART" does not claim to fix a comparative statement':
        'plan "p" {\n    goal g "t" {\n        specific "Beter leidinggeven aan nieuwe collega\'s"\n    }\n}\n',
    'fix-all does not combine an insertion with an edit that starts where it is inserted':
        'plan "" {\n    goal A "" {     specific "Answers 85% of calls within 30 seconds"     acceptable by team }\n}\n',
    'a goal ending in year 9999 gets dates a plan can hold, not +010000':
        'plan "" {\n    doel leadership "" {\n    start 9999-12-31\n}\n}\n',
    'a goal starting in year 0 gets dates a plan can hold, not -000001':
        'plan "" {\n    goal leadership "" {\n    end 0000-02-01\n}\n}\n',
    'a derived SMART goal is not added after a goal the parser had to recover':
        'plan "p" {\n    goal customer-focus "More customer focused" {\n        kind er\n        specific "Better listening"\n',
    'no derived goal is offered for an ER goal whose name another goal also has':
        'plan "" {\n    goal _x "" {\n    kind er\n}\n    goal _x "" {\n}\n}\nplan "" {\n}\n',
    'marking a goal ER changes the kind the parser kept, the last one written':
        'plan "" {\n    doel leadership "" {\n    specifiek "Beter presenteren"\n    soort smart\n    soort smart\n}\n}\n// \n',
    'swapping dates changes the dates the parser kept when a date is written twice':
        'plan "" {\n    goal g "" {\n    start 2027-01-01\n    end 2027-01-01\n    start 2027-05-01\n    end 2027-02-01\n}\n}\n',
};

describe('quick fixes on plans that once broke them', () => {
    test.each(Object.entries(CASES))('%s', async (_name, text) => {
        await everyFixKeepsText(services, text);
    });

    test('a goal without a name is reported once, as a syntax error, not as "Goal \'undefined\'"', async () => {
        const diagnostics = await diagnosticsOf('plan "" {\n    goal\uD800" {\n}\n}\n');
        expect(diagnostics.some(d => String(d.code).startsWith('syntax.'))).toBe(true);
        expect(diagnostics.filter(d => JSON.stringify(d.message).includes('undefined'))).toEqual([]);
    });

    test('a huge cost is offered as a budget written in plain digits', async () => {
        const text = CASES['a huge cost raises the budget to digits, not to 1e+23'];
        await withDocument(services, text, async document => {
            const exceeded = (document.diagnostics ?? []).find(d => d.code === 'budget.cost-exceeded');
            expect(exceeded).toBeDefined();
            const [action] = codeActionsFor(services, document, exceeded!);
            expect(editsOf(action, document.uri.toString()).map(e => e.newText)).toEqual([expect.stringMatching(/^€ [\d,]+$/)]);
        });
    });
});
