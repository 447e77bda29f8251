/** Cases for the rules on the plan as a whole: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, planWithGoalEn, planWithGoalNl, without } from '../support/plans.js';

export const CASES: Cases = {
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
        nl: planWithGoalNl(without(CLEAN_GOAL_NL, 'draagt-bij-aan')), en: planWithGoalEn(without(CLEAN_GOAL_EN, 'supports')),
        says: { nl: 'draagt niet bij aan een organisatiedoel', en: 'does not support any organisation goal' },
    },
    'plan.duplicate-field': {
        nl: planWithGoalNl(`        start 2027-01-01\n${CLEAN_GOAL_NL}`), en: planWithGoalEn(`        start 2027-01-01\n${CLEAN_GOAL_EN}`),
        says: { nl: "'start' staat hier meer dan eens", en: "'start' is given more than once" },
    },
    'plan.unsigned': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace(/    ondertekening \{[\s\S]*?\n    \}\n/, ''),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace(/    sign-off \{[\s\S]*?\n    \}\n/, ''),
        says: { nl: 'nog niet ondertekend', en: 'not signed yet' },
    },
};
