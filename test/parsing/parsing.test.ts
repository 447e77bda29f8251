import { readFileSync } from 'node:fs';
import { AstUtils, GrammarAST } from 'langium';
import { parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import {
    allKeywordSpellings, canonical, isGoal, isOrganisation, isPlan, parseMoney, parseNumber, type Document, type Plan,
} from '../../packages/language/src/index.js';
import { PopGrammar } from '../../packages/language/src/generated/grammar.js';
import { createServices } from '../support/services.js';

const parseDocument = parseHelper<Document>(createServices().Pop);

async function parse(text: string): Promise<{ root: Document; errors: string[] }> {
    const document = await parseDocument(text);
    const { lexerErrors, parserErrors } = document.parseResult;
    return { root: document.parseResult.value, errors: [...lexerErrors.map(e => e.message), ...parserErrors.map(e => e.message)] };
}

const EVERYTHING_NL = `
/* Alle constructies, met Nederlandse sleutelwoorden. */
organisatie "Org" { organisatiedoel kwaliteit "Kwaliteit omhoog" uiterlijk 2028-12-31 }
plan "POP" {
    medewerker "A" functie "B" leidinggevende "C"
    periode 2027-01-01 tot 2027-12-31
    faciliteiten budget € 2.500,50 uren 80
    taal nl
    aanleiding ontwikkeling, iets-anders, functie-past-niet, gezondheid
    uitgangspunten {
        organisatiedoel eigen "Eigen doel"
        huidige-functie "h" toekomstige-functie "t" functioneren "f"
        sterk-punt "s1" sterk-punt "s2" verbeterpunt "v" loopbaanwensen "l"
    }
    doel lang-doel "Lang" { soort er termijn lang }
    doel d "Doel" {
        soort smart termijn kort bereik team status bezig
        specifiek "x" meetbaar 4 presentaties nulmeting 1 presentaties methode "m"
        acceptabel door zelf, medewerker, leidinggevende, team, hr, coach, "Jan"
        realistisch "r" kennis "k" capaciteit "c" middelen "m" bevoegdheden "b"
        start 2027-01-01 eind 2027-06-30
        draagt-bij-aan kwaliteit, eigen  afgeleid-van lang-doel
        gecommuniceerd aan team, "MT"  inspirerend "i"  engagerend "e"
        actie cursus "a1" { aanbieder "p" start 2027-01-02 eind 2027-01-03 uren 8 kosten € 895,- status afgerond }
        actie training "a2"  actie opleiding "a3"  actie stage "a4"  actie detachering "a5"  actie meelopen "a6"
        actie begeleiding "a7"  actie supervisie "a8"  actie coaching "a9"  actie overig "a10"
        voortgang 2027-03-01 { gemeten 2 presentaties notitie "n" }
    }
    ondertekening { medewerker "A" op 2027-01-10 leidinggevende "C" }
}`;

const EVERYTHING_EN = `
// Every construct, with English keywords.
organisation "Org" { organisation-goal quality "Quality up" by 2028-12-31 }
plan "PDP" {
    employee "A" role "B" manager "C"
    period 2027-01-01 to 2027-12-31
    facilities budget € 2,500.50 hours 80
    language en
    reason development, something-else, job-fit, health
    starting-points {
        organisation-goal own "Own goal"
        current-role "h" future-role "t" functioning "f"
        strength "s1" improvement "v" career-wishes "l"
    }
    goal long-goal "Long" { kind magie horizon long }
    goal g "Goal" {
        kind smart horizon short scope personal status todo
        specific "x" measurable 85% baseline 60% method "m"
        acceptable by self, employee, manager
        realistic "r" knowhow "k" capacity "c" means "m" authority "b"
        start 2027-01-01 end 2027-06-30
        supports quality, own  derived-from long-goal
        communicated to manager  inspiring "i"  engaging "e"
        action course "a1" { provider "p" start 2027-01-02 end 2027-01-03 hours 8 cost EUR 895 status done }
        action education "a3"  action internship "a4"  action secondment "a5"  action shadowing "a6"
        action guidance "a7"  action supervision "a8"  action other "a10"
        review 2027-03-01 { measured 70% note "n" }
    }
    sign-off { employee "A" on 2027-01-10 manager "C" }
}`;

describe('parsing', () => {
    for (const [name, text] of [['Dutch', EVERYTHING_NL], ['English', EVERYTHING_EN]] as const) {
        test(`every construct parses with the ${name} keywords`, async () => {
            const { root, errors } = await parse(text);
            expect(errors).toEqual([]);
            expect(root.items.filter(isOrganisation)).toHaveLength(1);
            const plan = root.items.find(isPlan) as Plan;
            expect(plan.goals).toHaveLength(2);
            const goal = plan.goals[1];
            expect(goal.actions.length).toBe(name === 'Dutch' ? 10 : 8);
            expect(goal.reviews).toHaveLength(1);
            expect(goal.supports.map(r => r.ref?.name)).toEqual(name === 'Dutch' ? ['kwaliteit', 'eigen'] : ['quality', 'own']);
            expect(goal.derivedFrom?.ref).toBe(plan.goals[0]);
            expect(plan.reasons.map(r => canonical('reason', r))).toEqual(['development', 'somethingElse', 'jobFit', 'health']);
            expect(plan.signOff?.signatures).toHaveLength(2);
            expect(parseMoney(plan.facilities?.budget)).toBe(2500.5);
        });
    }

    test('both keyword sets can be mixed in one file', async () => {
        const { root, errors } = await parse(`plan "Mix" { employee "A" leidinggevende "B" doel x "X" { specific "s" meetbaar 3 talks start 2027-01-01 end 2027-02-01 } }`);
        expect(errors).toEqual([]);
        expect((root.items[0] as Plan).goals.filter(isGoal)).toHaveLength(1);
    });

    test('comments of both kinds are allowed anywhere between tokens', async () => {
        const { errors } = await parse(`// a\nplan /* b */ "P" { // c\n /* d\n e */ employee "A" }`);
        expect(errors).toEqual([]);
    });

    test('Dutch plurals with an apostrophe are units', async () => {
        const { root, errors } = await parse(`plan "P" { doel x "X" { meetbaar 3 collega's } }`);
        expect(errors).toEqual([]);
        expect((root.items[0] as Plan).goals[0].target?.unit).toBe("collega's");
    });

    test('the example plans parse without errors', async () => {
        for (const file of ['nl/voorbeeld.pop', 'en/example.pop', 'nl/niet-smart.pop', 'en/not-smart.pop', 'shared/organisatiedoelen.pop']) {
            const { errors } = await parse(readFileSync(new URL(`../../examples/${file}`, import.meta.url), 'utf8'));
            expect(errors, file).toEqual([]);
        }
    });
});

describe('money and numbers, as a Dutch or English reader writes them', () => {
    test.each([
        ['€ 2500', 2500], ['€ 2.500', 2500], ['€ 2.500,50', 2500.5], ['€ 895,-', 895], ['€ 2,500.50', 2500.5],
        ['€ 2,5', 2.5], ['EUR 1.250.000', 1250000], ['€1,250', 1250],
    ])('%s is %d', (text, value) => {
        expect(parseMoney(text)).toBe(value);
    });

    test.each(['€ 1.2.3', '€ 12,34,5', '€ 1.2,3.4'])('%s is no amount', text => {
        expect(parseMoney(text)).toBeUndefined();
    });

    test('a decimal comma in a number', () => {
        expect(parseNumber('7,5')).toBe(7.5);
        expect(parseNumber('8.5')).toBe(8.5);
    });
});

describe('the keyword table', () => {
    test('holds exactly the keywords of the grammar', () => {
        const grammarKeywords = new Set(AstUtils.streamAllContents(PopGrammar()).filter(GrammarAST.isKeyword)
            .map(k => k.value).filter(k => /^[A-Za-z]/.test(k)).toArray());
        const table = new Set(allKeywordSpellings());
        const notInTable = [...grammarKeywords].filter(k => !table.has(k) && !table.has(k.toLowerCase()));
        const notInGrammar = [...table].filter(k => !grammarKeywords.has(k));
        expect(notInTable).toEqual([]);
        expect(notInGrammar).toEqual([]);
    });
});
