/** One plan per rule that breaks it, in both languages, and where useful a near miss that must not fire. */
import type { RuleCode } from '../packages/language/src/index.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from './fixtures.js';

export interface Case {
    nl: string;
    en: string;
    /** Words the message must contain, per language. */
    says: { nl: string; en: string };
    /** A near miss that must not fire, when the rule has an interesting boundary. */
    quiet?: string;
    today?: string;
}

const nlGoal = (body: string) => planNl(goalNl(body));
const enGoal = (body: string) => planEn(goalEn(body));
const FOUR_TALKS_EN = 'specific "Gives 4 presentations to the management team"';

export const CASES: Partial<Record<RuleCode, Case>> = {
    'smart.specific.missing': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'specifiek')), en: enGoal(without(CLEAN_GOAL_EN, 'specific')),
        says: { nl: 'geen specifieke omschrijving', en: 'no specific statement' },
    },
    'smart.specific.comparative': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Beter leidinggeven"')),
        en: enGoal(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Be more customer focused"')),
        says: { nl: "'Beter' is een streven", en: "'more customer focused' is an aspiration" },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Beter scoren: 8 van de 10 klanten tevreden"')),
    },
    'smart.specific.vague': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft zo snel mogelijk 4 presentaties"')),
        en: enGoal(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Try to give 4 presentations"')),
        says: { nl: "'zo snel mogelijk' is vaag", en: "'Try to' is vague" },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft 4 presentaties aan de watersportvereniging"')),
    },
    'smart.specific.no-quantity': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft presentaties aan het MT"')),
        en: enGoal(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Gives presentations to the board"')),
        says: { nl: 'geen getal, bedrag of percentage', en: 'no number, amount or percentage' },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft maandelijks een presentatie aan het MT"')),
    },
    // The statements name a count with its unit, so that the safe fix (the target from the statement) applies.
    'smart.measurable.no-target': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'meetbaar')), en: enGoal(without(replacing(CLEAN_GOAL_EN, 'specific', FOUR_TALKS_EN), 'measurable')),
        says: { nl: 'geen streefwaarde', en: 'no target' },
    },
    'smart.measurable.no-unit': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 4')), en: enGoal(replacing(replacing(CLEAN_GOAL_EN, 'specific', FOUR_TALKS_EN), 'measurable', 'measurable 4')),
        says: { nl: 'geen eenheid', en: 'has no unit' },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 85%')),
    },
    'smart.measurable.no-quantity': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar "veel presentaties"')),
        en: enGoal(replacing(CLEAN_GOAL_EN, 'measurable', 'measurable "many talks"')),
        says: { nl: 'alleen uit woorden', en: 'only words' },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar € 500')),
    },
    'smart.measurable.no-method': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'methode')), en: enGoal(without(CLEAN_GOAL_EN, 'method')),
        says: { nl: 'hoe het gemeten wordt', en: 'how it is measured' },
    },
    'smart.acceptable.missing': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'acceptabel')), en: enGoal(without(CLEAN_GOAL_EN, 'acceptable')),
        says: { nl: 'Niemand heeft', en: 'Nobody has accepted' },
    },
    'smart.acceptable.no-employee': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'acceptabel', 'acceptabel door leidinggevende')),
        en: enGoal(replacing(CLEAN_GOAL_EN, 'acceptable', 'acceptable by manager')),
        says: { nl: 'niet door de medewerker', en: 'not by the employee' },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'acceptabel', 'acceptabel door "Sanne de Vries"')),
    },
    'smart.acceptable.no-team': {
        nl: nlGoal(`        bereik team\n${CLEAN_GOAL_NL}`), en: enGoal(`        scope team\n${CLEAN_GOAL_EN}`),
        says: { nl: 'niet door het team', en: 'not accepted by the team' },
        quiet: nlGoal(`        bereik team\n${replacing(CLEAN_GOAL_NL, 'acceptabel', 'acceptabel door team')}`),
    },
    'smart.realistic.missing': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'realistisch')), en: enGoal(without(CLEAN_GOAL_EN, 'realistic')),
        says: { nl: 'niet zien dat het haalbaar is', en: 'does not show that it is feasible' },
        quiet: nlGoal(`${without(CLEAN_GOAL_NL, 'realistisch')}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-03-01 }`),
    },
    'smart.realistic.action-outside-goal': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { start 2027-01-02 eind 2027-03-01 }`),
        en: enGoal(`${CLEAN_GOAL_EN}\n        action course "Presenting" { start 2027-02-01 end 2027-12-30 }`),
        says: { nl: "Actie 'Presenteren' (2027-01-02 tot 2027-03-01) valt buiten", en: "Action 'Presenting' (2027-02-01 to 2027-12-30) falls outside" },
        quiet: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { start 2027-01-15 eind 2027-12-15 }`),
    },
    'smart.time-bound.no-start': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'start')), en: enGoal(without(CLEAN_GOAL_EN, 'start')),
        says: { nl: 'geen startdatum', en: 'no start date' },
    },
    'smart.time-bound.no-end': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'eind')), en: enGoal(without(CLEAN_GOAL_EN, 'end')),
        says: { nl: 'geen einddatum', en: 'no end date' },
    },
    'smart.time-bound.end-before-start': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-01')), en: enGoal(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-01-01')),
        says: { nl: 'eindigt (2027-01-01) voordat het begint (2027-01-15)', en: 'ends (2027-01-01) before it starts (2027-01-15)' },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-15')),
    },
    'smart.time-bound.outside-period': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2028-03-01')), en: enGoal(replacing(CLEAN_GOAL_EN, 'start', 'start 2026-12-01')),
        says: { nl: 'valt buiten de planperiode (2027-01-01 tot 2027-12-31)', en: 'falls outside the plan period (2027-01-01 to 2027-12-31)' },
        quiet: nlGoal(replacing(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2028-03-01'), 'termijn', 'termijn lang')),
    },
    'smart.time-bound.overdue': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')), en: enGoal(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-03-01')),
        says: { nl: 'is voorbij en geen voortgangsgesprek', en: 'has passed and no review records a result' },
        quiet: nlGoal(`${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')}\n        voortgang 2027-03-01 { gemeten 2 presentaties notitie "Half" }`),
    },
    'magie.measurable': {
        nl: nlGoal('        soort magie\n        specifiek "Geeft 4 presentaties per jaar"'), en: enGoal(`        kind magie\n        ${FOUR_TALKS_EN}`),
        says: { nl: 'niet Meetbaar', en: 'not Measurable' },
        quiet: nlGoal('        soort magie\n        meetbaar 90%'),
    },
    'magie.acceptable': {
        nl: nlGoal('        soort magie'), en: enGoal('        kind magie'),
        says: { nl: 'niet Acceptabel', en: 'not Acceptable' },
    },
    'magie.communicated': {
        nl: nlGoal('        soort magie'), en: enGoal('        kind magie'),
        says: { nl: 'niet Gecommuniceerd', en: 'not Communicated' },
        quiet: nlGoal('        soort magie\n        gecommuniceerd aan team'),
    },
    'magie.inspiring': {
        nl: nlGoal('        soort magie'), en: enGoal('        kind magie'),
        says: { nl: 'niet Inspirerend', en: 'not Inspiring' },
    },
    'magie.engaging': {
        nl: nlGoal('        soort magie'), en: enGoal('        kind magie'),
        says: { nl: 'niet Engagerend', en: 'not Engaging' },
    },
    'er.starting-point': {
        nl: nlGoal('        soort er'), en: enGoal('        kind er'),
        says: { nl: 'is een ER-doel', en: 'is an ER goal' },
    },
    'er.no-smart-goal': {
        nl: nlGoal('        soort er'), en: enGoal('        kind er'),
        says: { nl: "afgeleid-van presenteren", en: "derived-from presenting" },
        quiet: planNl(`${goalNl('        soort er', 'beter')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van beter`)}`),
    },
    'date.invalid': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'start', 'start 2027-02-30')), en: enGoal(replacing(CLEAN_GOAL_EN, 'start', 'start 2027-13-01')),
        says: { nl: "'2027-02-30' is geen bestaande datum", en: "'2027-13-01' is not a real date" },
        quiet: nlGoal(replacing(CLEAN_GOAL_NL, 'start', 'start 2028-02-29')),
    },
    'date.period-reversed': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('periode 2027-01-01 tot 2027-12-31', 'periode 2027-12-31 tot 2027-01-01'),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('period 2027-01-01 to 2027-12-31', 'period 2027-12-31 to 2027-01-01'),
        says: { nl: 'De planperiode eindigt', en: 'The plan period ends' },
    },
    'date.action-reversed': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { start 2027-03-01 eind 2027-02-01 }`),
        en: enGoal(`${CLEAN_GOAL_EN}\n        action course "Presenting" { start 2027-03-01 end 2027-02-01 }`),
        says: { nl: "Actie 'Presenteren' eindigt (2027-02-01)", en: "Action 'Presenting' ends (2027-02-01)" },
    },
    'date.deadline-soon': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-06-10')), en: enGoal(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-06-10')),
        says: { nl: 'over 9 dag(en)', en: 'due in 9 day(s)' },
        quiet: nlGoal(`${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-06-10')}\n        status afgerond`),
    },
    'budget.invalid-amount': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 1.2.3 }`),
        en: enGoal(`${CLEAN_GOAL_EN}\n        action course "Presenting" { cost € 12,34,5 }`),
        says: { nl: "'€ 1.2.3' is geen bedrag", en: "'€ 12,34,5' is not an amount" },
        quiet: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 895,- }`),
    },
    'budget.cost-exceeded': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 2.600 }`),
        en: enGoal(`${CLEAN_GOAL_EN}\n        action course "Presenting" { cost € 2,600.50 }`),
        says: { nl: 'kosten samen € 2.600, meer dan het budget van € 2.500', en: 'cost € 2,600.50 in all, more than the budget of € 2,500' },
        quiet: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 2.500 }`),
    },
    'budget.hours-exceeded': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { uren 81 }`),
        en: enGoal(`${CLEAN_GOAL_EN}\n        action course "Presenting" { hours 100 }`),
        says: { nl: 'samen 81 uur', en: 'take 100 hours in all' },
        quiet: nlGoal(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { uren 80 status afgerond }`),
    },
    'ref.unresolved': {
        // Misspelt, so that the message suggests the declared name and a quick fix writes it.
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'draagt-bij-aan', 'draagt-bij-aan klanttevredenhied')),
        en: enGoal(replacing(CLEAN_GOAL_EN, 'supports', 'supports customer-satisfacton')),
        says: { nl: "geen organisatiedoel met de naam 'klanttevredenhied'", en: "no organisation goal named 'customer-satisfacton'" },
    },
    'ref.duplicate-name': {
        nl: planNl(`${goalNl(CLEAN_GOAL_NL)}\n${goalNl(CLEAN_GOAL_NL)}`), en: planEn(`${goalEn(CLEAN_GOAL_EN)}\n${goalEn(CLEAN_GOAL_EN)}`),
        says: { nl: "De naam 'presenteren' wordt meer dan eens gebruikt", en: "The name 'presenting' is used more than once" },
    },
    'ref.derived-from-short': {
        nl: planNl(`${goalNl(CLEAN_GOAL_NL, 'a')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van a`, 'b')}`),
        en: planEn(`${goalEn(CLEAN_GOAL_EN, 'a')}\n${goalEn(`${CLEAN_GOAL_EN}\n        derived-from a`, 'b')}`),
        says: { nl: "is afgeleid van 'a'", en: "derives from 'a'" },
        quiet: planNl(`${goalNl(replacing(CLEAN_GOAL_NL, 'termijn', 'termijn lang'), 'a')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van a`, 'b')}`),
    },
    'ref.derived-from-self': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        afgeleid-van presenteren`), en: enGoal(`${CLEAN_GOAL_EN}\n        derived-from presenting`),
        says: { nl: 'van zichzelf afgeleid', en: 'derives from itself' },
    },
    'plan.missing-employee': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('    medewerker "Sanne de Vries"\n', ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('    employee "Sam Bakker"\n', ''),
        says: { nl: 'noemt de medewerker niet', en: 'does not name the employee' },
    },
    'plan.missing-manager': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('    leidinggevende "Mark Jansen"\n', ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('    manager "Mark Jansen"\n', ''),
        says: { nl: 'geen leidinggevende', en: 'does not name a manager' },
    },
    'plan.missing-period': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('    periode 2027-01-01 tot 2027-12-31\n', ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('    period 2027-01-01 to 2027-12-31\n', ''),
        says: { nl: 'heeft geen periode', en: 'has no period' },
    },
    'plan.missing-facilities': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('    faciliteiten budget € 2.500 uren 80\n', ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('    facilities budget € 2,500 hours 80\n', ''),
        says: { nl: 'hoe de werkgever faciliteert', en: 'how the employer facilitates' },
    },
    'plan.missing-starting-point': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('        loopbaanwensen "Doorgroeien"\n', ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('        future-role "Department manager"\n', ''),
        says: { nl: 'noemen de loopbaanwensen niet', en: 'do not mention the future job requirements' },
        quiet: planNl(goalNl(CLEAN_GOAL_NL)).replace('        functioneren "Sterk in coachen"\n', '        sterk-punt "Coachen"\n'),
    },
    'plan.no-goals': {
        nl: planNl(''), en: planEn(''),
        says: { nl: 'geen ontwikkelingsdoelen', en: 'no development goals' },
    },
    'plan.few-smart-goals': {
        nl: planNl(`${goalNl('        soort er', 'a')}\n${goalNl('        soort er', 'b')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van a`, 'c')}`),
        en: planEn(`${goalEn('        kind er', 'a')}\n${goalEn('        kind er', 'b')}\n${goalEn(`${CLEAN_GOAL_EN}\n        derived-from a`, 'c')}`),
        says: { nl: 'Maar 1 van de 3 doelen', en: 'Only 1 of 3 goals' },
    },
    'plan.goal-unlinked': {
        nl: nlGoal(without(CLEAN_GOAL_NL, 'draagt-bij-aan')), en: enGoal(without(CLEAN_GOAL_EN, 'supports')),
        says: { nl: 'draagt niet bij aan een organisatiedoel', en: 'does not support any organisation goal' },
    },
    'plan.duplicate-field': {
        nl: nlGoal(`        start 2027-01-01\n${CLEAN_GOAL_NL}`), en: enGoal(`        start 2027-01-01\n${CLEAN_GOAL_EN}`),
        says: { nl: "'start' staat hier meer dan eens", en: "'start' is given more than once" },
    },
    'plan.unsigned': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace(/    ondertekening \{[\s\S]*?\n    \}\n/, ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace(/    sign-off \{[\s\S]*?\n    \}\n/, ''),
        says: { nl: 'nog niet ondertekend', en: 'not signed yet' },
    },
    'syntax.unexpected-character': {
        nl: nlGoal(`${CLEAN_GOAL_NL}\n        #`), en: enGoal(`${CLEAN_GOAL_EN}\n        @`),
        says: { nl: "Onverwacht teken '#'", en: "Unexpected character '@'" },
    },
    'syntax.unexpected-token': {
        nl: nlGoal(replacing(CLEAN_GOAL_NL, 'start', 'start morgen')), en: enGoal(replacing(CLEAN_GOAL_EN, 'start', 'start tomorrow')),
        says: { nl: "Verwacht: een datum (JJJJ-MM-DD), maar gevonden: 'morgen'", en: "Expected a date (YYYY-MM-DD) but found 'tomorrow'" },
    },
};


export const TODAY = '2027-06-01';
