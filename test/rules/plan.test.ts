/** plan.*: the plan names its parties, period, facilities, starting points and goals, is signed, and says each field once. */
import { readFileSync } from 'node:fs';
import { AstUtils, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { isPlan, type Document, type Plan } from '../../packages/language/src/index.js';
import { isSigned } from '../../packages/language/src/model/sign-off.js';
import { hasDuplicateFields } from '../../packages/language/src/pop-parser.js';
import { checkDuplicateFields } from '../../packages/language/src/validation/checks/plan.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, planWithGoalEn, planWithGoalNl, sketchPlan, without } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { codes, createServices, diagnosticsOf } from '../support/services.js';
import { CASES } from './plan.cases.js';

describeRuleCases('plan', CASES);

// Validation looks for fields written twice only in the nodes the parser flagged (pop-parser.ts). A node the
// parser misses would be a duplicate that is never reported, so the full walk over every node is the reference.

const example = readFileSync('examples/en/example.pop', 'utf8');

function twice(text: string, line: RegExp): string {
    return text.replace(line, match => `${match}\n${match}`);
}

const texts: Record<string, string> = {
    'a clean plan': example,
    'a goal field': twice(example, /^ {8}end 2028-06-30$/m),
    'an action field': twice(example, /^ {12}provider "Utrecht University of Applied Sciences"$/m),
    'a plan field': twice(example, /^ {4}manager "Mark Jansen"$/m),
    'a starting-points field': twice(example, /^ {8}current-role .*$/m),
    'the facilities': twice(example, /^ {4}facilities .*$/m),
    'the sign-off block': example.replace(/(\n {4}sign-off \{[\s\S]*?\n {4}\})/, '$1$1'),
    'a broken file': twice(example, /^ {8}end 2028-06-30$/m).replace('horizon long', 'horizon {'),
};

describe('plan.duplicate-field: fields written twice', () => {
    const parser = createServices().Pop.parser.LangiumParser;
    for (const [name, text] of Object.entries(texts)) {
        it(`are flagged by the parser wherever the full check finds them: ${name}`, () => {
            const root = parser.parse(text).value;
            const found: AstNode[] = [];
            for (const node of AstUtils.streamAst(root)) checkDuplicateFields(node, finding => { found.push(finding.node as AstNode); });
            if (name === 'a clean plan') expect(found).toEqual([]);
            else expect(found.length).toBeGreaterThan(0);
            for (const node of found) expect(hasDuplicateFields(node)).toBe(true);
        });
    }
});

describe('plan.missing-starting-point: what the starting points leave out', () => {
    it('is one finding that lists every missing point, in the plan\'s language', async () => {
        const nl = (await diagnosticsOf(sketchPlan('nl', '        specifiek "Geeft 4 presentaties"'))).filter(d => d.code === 'plan.missing-starting-point');
        expect(nl.map(d => d.message)).toEqual([
            'De uitgangspunten noemen de langetermijndoelen van de organisatie, de huidige functie-eisen, de toekomstige functie-eisen, '
            + 'het functioneren van de medewerker en de loopbaanwensen niet. Vul aan wat ontbreekt, zodat de doelen ertegen afgewogen kunnen worden.',
        ]);
        const en = planEn(goalEn(CLEAN_GOAL_EN)).replace('        future-role "Department manager"\n', '').replace('        career-wishes "Grow"\n', '');
        expect((await diagnosticsOf(en)).filter(d => d.code === 'plan.missing-starting-point').map(d => d.message))
            .toEqual(['The starting points do not mention the future job requirements and the career wishes. Add what is missing, so that goals can be weighed against it.']);
    });
});

describe('plan.goal-unlinked: goals without an organisation goal', () => {
    it('leaves a cancelled goal alone, in either language', async () => {
        for (const [text, status] of [
            [planWithGoalNl(without(CLEAN_GOAL_NL, 'draagt-bij-aan')), 'status geannuleerd'],
            [planWithGoalEn(without(CLEAN_GOAL_EN, 'supports')), 'status cancelled'],
        ] as const) {
            expect(codes(await diagnosticsOf(text))).toContain('plan.goal-unlinked');
            const cancelled = text.replace(/(\n {8}(termijn|horizon) \w+)/, `$1\n        ${status}`);
            expect(codes(await diagnosticsOf(cancelled))).not.toContain('plan.goal-unlinked');
        }
    });
});

describe('plan.unsigned: only a signature with a date counts', () => {
    it('fires for each signature line without a date, naming who, in the plan\'s language', async () => {
        const nl = planNl(goalNl(CLEAN_GOAL_NL)).replace('        medewerker "Sanne de Vries" op 2027-01-10\n', '        medewerker "Sanne de Vries" op 2027-01-10\n        leidinggevende "Peter Bakker"\n');
        const found = (await diagnosticsOf(nl)).filter(d => d.code === 'plan.unsigned');
        expect(found.map(d => d.message)).toEqual(["Het plan is nog niet ondertekend: de handtekening van 'Peter Bakker' heeft geen datum. Voeg 'op JJJJ-MM-DD' toe zodra die gezet is: een handtekening telt pas met haar datum."]);
        expect(nl.split('\n')[found[0].range.start.line]).toContain('leidinggevende "Peter Bakker"');
        const en = planEn(goalEn(CLEAN_GOAL_EN)).replace('        employee "Sam Bakker" on 2027-01-10\n', '        employee "Sam Bakker"\n        manager "Mark Jansen" on 2027-01-11\n');
        expect((await diagnosticsOf(en)).filter(d => d.code === 'plan.unsigned').map(d => d.message))
            .toEqual(["The plan is not signed yet: the signature of 'Sam Bakker' has no date. Add 'on YYYY-MM-DD' once it is given: a signature counts only with its date."]);
    });

    it('is quiet when the employee and the manager signed, and every signature line has its date', async () => {
        const both = planNl(goalNl(CLEAN_GOAL_NL)).replace('        medewerker "Sanne de Vries" op 2027-01-10\n', '        medewerker "Sanne de Vries" op 2027-01-10\n        leidinggevende "Peter Bakker" op 2027-01-11\n');
        expect(codes(await diagnosticsOf(both))).not.toContain('plan.unsigned');
    });

    it('names the party still to sign when only others did: two employees, or the employee and HR', async () => {
        const nl = planNl(goalNl(CLEAN_GOAL_NL)).replace('        leidinggevende "Mark Jansen" op 2027-01-11\n', '        medewerker "Karel" op 2027-01-11\n');
        expect((await diagnosticsOf(nl)).filter(d => d.code === 'plan.unsigned').map(d => d.message)).toEqual([
            "Het plan is nog niet ondertekend: de leidinggevende heeft niet getekend. Voeg 'leidinggevende \"...\" op JJJJ-MM-DD' toe zodra die tekent: het plan is een afspraak tussen medewerker en leidinggevende.",
        ]);
        const en = planEn(goalEn(CLEAN_GOAL_EN)).replace(/ {4}sign-off \{[^}]*\}\n/, '    sign-off {\n        hr "Ilse" on 2027-01-10\n    }\n');
        expect((await diagnosticsOf(en)).filter(d => d.code === 'plan.unsigned').map(d => String(d.message).split(': ')[1].split('.')[0])).toEqual([
            'the employee has not signed', 'the manager has not signed',
        ]);
    });

    it('says a signature\'s date is no date, rather than that it has none', async () => {
        const en = planEn(goalEn(CLEAN_GOAL_EN)).replace('        employee "Sam Bakker" on 2027-01-10\n', '        employee "Sam Bakker" on 2027-13-01\n        manager "Mark Jansen" on 2027-01-11\n');
        expect((await diagnosticsOf(en)).filter(d => d.code === 'plan.unsigned').map(d => d.message))
            .toEqual(["The plan is not signed yet: the signature of 'Sam Bakker' has no real date, so it does not count yet. Write the day it was given as YYYY-MM-DD."]);
    });

    it('counts a signature as signed only with a real date', () => {
        const parser = createServices().Pop.parser.LangiumParser;
        const root = parser.parse<Document>('plan "P" { sign-off { employee "A" on 2027-01-10 manager "B" hr "C" on 2027-02-30 } }').value;
        const plan = root.items.find(isPlan) as Plan;
        expect(plan.signOff!.signatures.map(isSigned)).toEqual([true, false, false]);
    });
});
