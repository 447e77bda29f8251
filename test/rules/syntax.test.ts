/** syntax.*: a syntax error says what was expected, where, in the plan's language. */
import { describe, expect, test } from 'vitest';
import { catalogue, isPlan, type RuleCode } from '../../packages/language/src/index.js';
import { quickFixesFor } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing, sketchPlan } from '../support/plans.js';
import { describeRuleCases } from '../support/rule-case.js';
import { build, codes, createServices, diagnosticsOf } from '../support/services.js';
import { CASES } from './syntax.cases.js';

describeRuleCases('syntax', CASES);

/** One line in the goal of a bare Dutch plan: the line is the plan's fifth (line 4 counting from 0). */
const inGoal = (line: string) => sketchPlan('nl', `        ${line}`);

describe('a facility that is no field of "faciliteiten" names the two that are', () => {
    test('a word, a text or "per week" after the facilities keyword, in the plan\'s language', async () => {
        const message = async (text: string) => (await diagnosticsOf(text)).find(d => d.code === 'syntax.unexpected-token')?.message;
        expect(await message('plan "T" {\n    faciliteiten studieverlof 40\n}\n')).toBe(
            "Onbekend woord 'studieverlof'. Hier kan alleen een sleutelwoord of \"tekst tussen aanhalingstekens\" staan. Na 'faciliteiten' komen alleen 'budget € …' en 'uren …'; andere faciliteiten, zoals studieverlof, staan als tekst bij een doel ('middelen \"…\"').");
        expect(await message('plan "T" {\n    faciliteiten budget € 100 uren 4 "per week"\n}\n')).toMatch(/^'"per week"' hoort hier niet\. Na 'faciliteiten' komen alleen/);
        expect(await message('plan "T" {\n    language en\n    facilities hours 4 per week\n}\n')).toMatch(/^Unknown word 'per'\. .* After 'facilities' come only 'budget € …' and 'hours …'/);
        // On any other line the message is as it was.
        expect(await message('plan "T" {\n    medewerker "A" studieverlof\n}\n')).not.toContain('faciliteiten');
    });
});

describe('syntax errors say what was expected, where', () => {
    test('a choice of values lists the choices', async () => {
        const [error] = (await diagnosticsOf(inGoal('meetbaar vier presentaties'))).filter(d => d.code === 'syntax.unexpected-token');
        expect(error.message).toBe('Verwacht: een getal, een bedrag (€ 500), een percentage (85%) of tekst tussen "aanhalingstekens", maar gevonden: \'vier\'.');
        expect(error.range.start).toEqual({ line: 4, character: 17 });
    });

    test('an unclosed string says how to close it', async () => {
        const diagnostics = await diagnosticsOf(inGoal('specifiek "Geeft 4 presentaties'));
        expect(diagnostics[0].message).toBe('Deze tekst heeft geen sluitend aanhalingsteken. Zet het sluitende aanhalingsteken (") op dezelfde regel.');
        expect(diagnostics[0].range.start).toEqual({ line: 4, character: 18 });
    });

    test('a missing closing brace points at the end of the file', async () => {
        const diagnostics = await diagnosticsOf('plan "P" {\n    taal nl\n    doel x "X" {\n');
        const error = diagnostics.find(d => d.code === 'syntax.unexpected-token')!;
        expect(error.message).toBe("Verwacht: '}', maar het bestand houdt hier op.");
    });

    test.each([
        ['nl', 'plan "P" {\n    taal nl\n    leidinggevende "Mark Jansen" op 2027-01-10\n}', "Een datum met 'op' hoort bij een handtekening, in het blok 'ondertekening { … }'"],
        ['en', 'plan "P" {\n    language en\n    manager "Mark Jansen" on 2027-01-10\n}', "A date with 'on' belongs to a signature, in the 'sign-off { … }' block"],
    ])('%s: a signature\'s date at the top of the plan points to the sign-off block', async (_locale, text, start) => {
        const errors = (await diagnosticsOf(text)).filter(d => d.code === 'syntax.unexpected-token');
        expect(errors).toHaveLength(1);
        expect(String(errors[0].message).startsWith(start)).toBe(true);
        expect(errors[0].range.start).toEqual({ line: 2, character: text.split('\n')[2].indexOf(_locale === 'nl' ? ' op ' : ' on ') + 1 });
    });

    test('control characters are named, not printed', async () => {
        const diagnostics = await diagnosticsOf(inGoal('\u0007'));
        expect(diagnostics.find(d => d.code === 'syntax.unexpected-character')?.message).toBe("Onverwacht teken 'U+0007'.");
    });
});

/** A clean plan with one line replaced: what a person writes when one word goes wrong. */
function withLine(locale: 'nl' | 'en', keyword: string, line: string): string {
    return locale === 'nl' ? planWithGoalNl(replacing(CLEAN_GOAL_NL, keyword, line)) : planWithGoalEn(replacing(CLEAN_GOAL_EN, keyword, line));
}

const clean = { nl: planWithGoalNl(CLEAN_GOAL_NL), en: planWithGoalEn(CLEAN_GOAL_EN) };

/** Misspellings of keywords in fields, values and blocks, each with the keyword it must be read as. */
const MISSPELLINGS: Array<{ locale: 'nl' | 'en'; text: string; wrong: string; meant: string }> = [
    ...([
        ['specifiek', 'spceifiek "Geeft elk kwartaal een presentatie van 15 minuten aan het MT"', 'spceifiek', 'specifiek'],
        ['specifiek', 'Specifiek "Geeft elk kwartaal een presentatie van 15 minuten aan het MT"', 'Specifiek', 'specifiek'],
        ['meetbaar', 'meetbar 4 presentaties', 'meetbar', 'meetbaar'],
        ['methode', 'metode "Feedbackformulier van het MT"', 'metode', 'methode'],
        ['acceptabel', 'accepatbel door medewerker, leidinggevende', 'accepatbel', 'acceptabel'],
        ['acceptabel', 'acceptabel dor medewerker, leidinggevende', 'dor', 'door'],
        ['acceptabel', 'acceptabel door medewerker, leidinggevnde', 'leidinggevnde', 'leidinggevende'],
        ['realistisch', 'realistich "Cursus, daarna oefenen"', 'realistich', 'realistisch'],
        ['start', 'strat 2027-01-15', 'strat', 'start'],
        ['eind', 'eidn 2027-12-15', 'eidn', 'eind'],
        ['termijn', 'termijn krot', 'krot', 'kort'],
        ['draagt-bij-aan', 'draagt-bij-an klanttevredenheid', 'draagt-bij-an', 'draagt-bij-aan'],
    ] as const).map(([keyword, line, wrong, meant]) => ({ locale: 'nl' as const, text: withLine('nl', keyword, line), wrong, meant })),
    ...([
        ['specific', 'specifc "Gives a 15-minute presentation to the management team every quarter"', 'specifc', 'specific'],
        ['measurable', 'measureable 4 presentations', 'measureable', 'measurable'],
        ['method', 'mehtod "Feedback form from the management team"', 'mehtod', 'method'],
        ['acceptable', 'acceptable by employe, manager', 'employe', 'employee'],
        ['end', 'ned 2027-12-15', 'ned', 'end'],
        ['horizon', 'horizon shrot', 'shrot', 'short'],
        ['supports', 'suports customer-satisfaction', 'suports', 'supports'],
    ] as const).map(([keyword, line, wrong, meant]) => ({ locale: 'en' as const, text: withLine('en', keyword, line), wrong, meant })),
    { locale: 'nl', text: clean.nl.replace('    medewerker "Sanne', '    medewerkr "Sanne'), wrong: 'medewerkr', meant: 'medewerker' },
    { locale: 'nl', text: clean.nl.replace('plan "POP 2027" {', 'plna "POP 2027" {'), wrong: 'plna', meant: 'plan' },
    { locale: 'nl', text: clean.nl.replace('organisatie "Org" {', 'organsatie "Org" {'), wrong: 'organsatie', meant: 'organisatie' },
    { locale: 'en', text: clean.en.replace('    period 2027', '    perod 2027'), wrong: 'perod', meant: 'period' },
    { locale: 'en', text: clean.en.replace('plan "PDP 2027" {', 'pln "PDP 2027" {'), wrong: 'pln', meant: 'plan' },
    { locale: 'en', text: clean.en.replace('    sign-off {', '    sign-of {'), wrong: 'sign-of', meant: 'sign-off' },
];

describe('a misspelt keyword', () => {
    const syntax = (codes: string[]) => codes.filter(c => c.startsWith('syntax.'));
    const others = (codes: string[]) => codes.filter(c => !c.startsWith('syntax.')).sort();

    for (const { locale, text, wrong, meant } of MISSPELLINGS) {
        test(`'${wrong}' (${locale}) gives one error, "did you mean '${meant}'?", and no other change to the findings`, async () => {
            const [broken, intended] = await Promise.all([diagnosticsOf(text), diagnosticsOf(clean[locale])]);
            expect(syntax(broken.map(d => String(d.code)))).toEqual(['syntax.unknown-keyword']);
            const error = broken.find(d => d.code === 'syntax.unknown-keyword')!;
            expect(error.message).toBe(locale === 'nl' ? `Onbekend woord '${wrong}'. Bedoel je '${meant}'?` : `Unknown word '${wrong}'. Did you mean '${meant}'?`);
            const lines = text.split('\n');
            expect(lines[error.range.start.line].slice(error.range.start.character, error.range.end.character)).toBe(wrong);
            // The plan is read as if the keyword had been spelt right: every other finding is the clean plan's.
            expect(others(broken.map(d => String(d.code)))).toEqual(others(intended.map(d => String(d.code))));
        });
    }

    test('its quick fix writes the keyword, which makes the plan the intended one', async () => {
        for (const { locale, text, meant } of MISSPELLINGS.slice(0, 3)) {
            const { results, uri } = await quickFixesFor(text, 'syntax.unknown-keyword', '2027-06-01');
            expect(results.map(r => r.action.title)).toEqual([locale === 'nl' ? `Wijzigen in '${meant}'` : `Change to '${meant}'`]);
            expect(applyEdits(text, editsOf(results[0].action, uri))).toBe(clean[locale].replace('Specifiek', 'specifiek'));
        }
    });

    test('suggests only keywords of the plan\'s language: a Dutch plan gets no English keyword', async () => {
        // 'specifc' is one letter from English 'specific' but three from Dutch 'specifiek'.
        const diagnostics = await diagnosticsOf(withLine('nl', 'specifiek', 'specifc "Geeft een presentatie"'));
        expect(codes(diagnostics).filter(c => c.startsWith('syntax.'))).toEqual(['syntax.unexpected-token']);
        expect(diagnostics.find(d => d.code === 'syntax.unexpected-token')!.message)
            .toBe('Onbekend woord \'specifc\'. Hier kan alleen een sleutelwoord of "tekst tussen aanhalingstekens" staan.');
    });

    test('suggests only keywords that fit at that place: no plan field inside a goal', async () => {
        // 'medewerker' is close, but it is a field of the plan, not of a goal.
        const diagnostics = await diagnosticsOf(withLine('nl', 'methode', 'medewerkr "Sanne"'));
        expect(codes(diagnostics)).not.toContain('syntax.unknown-keyword');
        expect(diagnostics.find(d => d.code === 'syntax.unexpected-token')!.message).toContain("Onbekend woord 'medewerkr'");
    });

    test('a word far from every keyword gets no suggestion, in either language', async () => {
        for (const [locale, line, says] of [
            ['nl', 'xyzzy "Tekst"', "Onbekend woord 'xyzzy'."],
            ['en', 'frobnicate "Text"', "Unknown word 'frobnicate'. Only a keyword or \"text in quotes\" can stand here."],
        ] as const) {
            const diagnostics = await diagnosticsOf(sketchPlan(locale, `        ${line}`));
            const errors = diagnostics.filter(d => String(d.code).startsWith('syntax.'));
            expect(errors.map(d => d.code)).toEqual(['syntax.unexpected-token']);
            expect(errors[0].message).toContain(says);
        }
    });

    test('a word people use for a field suggests its keyword: "term", "deadline", "einddatum", "streefwaarde"', async () => {
        for (const [locale, keyword, line, wrong, meant] of [
            ['en', 'horizon', 'term short', 'term', 'horizon'],
            ['en', 'end', 'deadline 2027-12-15', 'deadline', 'end'],
            ['en', 'acceptable', 'accepted by employee, manager', 'accepted', 'acceptable'],
            ['nl', 'eind', 'einddatum 2027-12-15', 'einddatum', 'eind'],
            ['nl', 'meetbaar', 'streefwaarde 4 presentaties', 'streefwaarde', 'meetbaar'],
        ] as const) {
            const diagnostics = await diagnosticsOf(withLine(locale, keyword, line));
            expect(codes(diagnostics).filter(c => c.startsWith('syntax.'))).toEqual(['syntax.unknown-keyword']);
            expect(diagnostics.find(d => d.code === 'syntax.unknown-keyword')!.message)
                .toBe(locale === 'nl' ? `Onbekend woord '${wrong}'. Bedoel je '${meant}'?` : `Unknown word '${wrong}'. Did you mean '${meant}'?`);
        }
    });

    test('every misspelt keyword of a block gets its suggestion, also two on one line', async () => {
        const text = sketchPlan('en', [
            '        horizn short', '        knd smart', '        specific "Passes the exam"', '        mesurable 1 exam',
            '        action course "Exam training" { costs € 1,200 supplier "CIPP" }',
        ].join('\n'));
        const errors = (await diagnosticsOf(text)).filter(d => String(d.code).startsWith('syntax.'));
        expect(errors.map(d => [d.code, String(d.message).replace(/^Unknown word '(.+)'\. Did you mean '(.+)'\?$/, '$1 → $2')])).toEqual([
            ['syntax.unknown-keyword', 'horizn → horizon'], ['syntax.unknown-keyword', 'knd → kind'],
            ['syntax.unknown-keyword', 'mesurable → measurable'], ['syntax.unknown-keyword', 'costs → cost'],
            ['syntax.unknown-keyword', 'supplier → provider'],
        ]);
    });

    test('two suggestions at the same distance are both offered', async () => {
        // As many English keywords as Dutch ones: no language, so 'lng' is one letter from 'lang' and from 'long'.
        const diagnostics = await diagnosticsOf('plan "P" {\n    goal x "X" { horizon lng }\n    doel y "Y" { soort er }\n}\n', { locale: 'en' });
        const error = diagnostics.find(d => d.code === 'syntax.unknown-keyword')!;
        expect(error.message).toBe("Unknown word 'lng'. Did you mean 'lang' or 'long'?");
        expect((error.data as { suggestions: string[] }).suggestions).toEqual(['lang', 'long']);
    });
});

describe('text without its closing quote', () => {
    test('is one error, and the lines after it are read and judged as usual', async () => {
        for (const locale of ['nl', 'en'] as const) {
            const text = locale === 'nl'
                ? withLine('nl', 'specifiek', 'specifiek "Geeft elk kwartaal een presentatie van 15 minuten aan het MT')
                : withLine('en', 'specific', 'specific "Gives a 15-minute presentation to the management team every quarter');
            const [broken, intended] = await Promise.all([diagnosticsOf(text), diagnosticsOf(clean[locale])]);
            expect(codes(broken).filter(c => c.startsWith('syntax.'))).toEqual(['syntax.unterminated-string']);
            expect(codes(broken).filter(c => !c.startsWith('syntax.')).sort()).toEqual(codes(intended).sort());
        }
    });

    test('keeps its text as the value, up to the end of the line', async () => {
        const services = createServices();
        const [document] = await build(services, sketchPlan('en', '        specific "Gives 4 talks   \n        measurable 4 talks'));
        const goal = document.parseResult.value.items.filter(isPlan)[0].goals[0];
        expect(goal.specific).toBe('Gives 4 talks   ');
        expect(goal.target?.value).toBe('4');
    });
});

describe('messages speak the user\'s language, not the parser\'s', () => {
    const BROKEN = [
        'plan "P" {\n    doel x "X" {\n',
        'plan "P" { } }',
        'plan "P" { } "los"',
        'plan "P" {\n    doel x "X" { meetbaar vier presentaties }\n}',
        'plan "P" {\n    doel "X" { }\n}',
        'plan "P" {\n    doel mijn doel "X" { }\n}',
        'plan "P" {\n    doel x "X" { specifiek "open\n    start morgen\n}',
        '"P" { }',
        'xyzzy',
        'plan "P" {\n    ondertekening { medewerker op 2027-01-01 }\n}',
    ];
    for (const locale of ['nl', 'en'] as const) {
        test(`no message says EOF, token or another parser word (${locale})`, async () => {
            for (const text of BROKEN) {
                const diagnostics = await diagnosticsOf(locale === 'en' ? text.replace(/doel/g, 'goal').replace(/ondertekening/g, 'sign-off').replace(/medewerker/g, 'employee') : text, { locale });
                expect(diagnostics.length, text).toBeGreaterThan(0);
                for (const d of diagnostics) expect(d.message, text).not.toMatch(/EOF|token|Expecting|\bstring\b|lexer|parser|NoViableAlt|Mismatched/i);
            }
        });
    }

    test('the end of the file is called that', async () => {
        const nl = await diagnosticsOf('plan "P" { taal nl }\nmedewerker "Sanne"', { locale: 'nl' });
        expect(nl.map(d => d.message)).toContain("Verwacht: het einde van het bestand, maar gevonden: 'medewerker'.");
        const en = await diagnosticsOf('plan "P" { language en }\nemployee "Sam"', { locale: 'en' });
        expect(en.map(d => d.message)).toContain("Expected the end of the file but found 'employee'.");
    });
});

describe('the common mistakes the rule docs show', () => {
    /** A whole plan around an example line: a plan header at the top, a block header or a person in the plan, a field in a goal. */
    function around(locale: 'nl' | 'en', line: string): string {
        const language = locale === 'nl' ? 'taal nl' : 'language en';
        if (/^\w+ "[^"]*" \{$/.test(line) && /^pl/.test(line)) return `${line}\n    ${language}\n}\n`;
        if (line.endsWith('{')) return `plan "P" {\n    ${language}\n    ${line}\n    }\n}\n`;
        if (/^(leidinggevende|manager|medewerker|employee) "/.test(line)) return `plan "P" {\n    ${language}\n    ${line}\n}\n`;
        return sketchPlan(locale, `        ${line}`);
    }

    for (const locale of ['nl', 'en'] as const) {
        test(`are reported as the rule they illustrate, and their corrections are not (${locale})`, async () => {
            const examples = catalogue(locale).mistakes.examples as Partial<Record<RuleCode, ReadonlyArray<{ wrong: string; right: string }>>>;
            expect(Object.keys(examples).length).toBeGreaterThan(0);
            for (const [code, list] of Object.entries(examples)) {
                for (const { wrong, right } of list ?? []) {
                    expect(codes(await diagnosticsOf(around(locale, wrong))), wrong).toContain(code);
                    const corrected = codes(await diagnosticsOf(around(locale, right)));
                    expect(corrected.filter(c => c === code || c.startsWith('syntax.')), right).toEqual([]);
                }
            }
        });
    }
});
