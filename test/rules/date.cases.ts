/** Cases for the rules on dates: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, planWithGoalEn, planWithGoalNl, replacing } from '../support/plans.js';

export const CASES: Cases = {
    'date.invalid': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'start', 'start 2027-02-30')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'start', 'start 2027-13-01')),
        says: { nl: "'2027-02-30' is geen bestaande datum", en: "'2027-13-01' is not a real date" },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'start', 'start 2028-02-29')),
    },
    'date.period-reversed': {
        nl: planNl(goalNl(CLEAN_GOAL_NL)).replace('periode 2027-01-01 tot 2027-12-31', 'periode 2027-12-31 tot 2027-01-01'),
        en: planEn(goalEn(CLEAN_GOAL_EN)).replace('period 2027-01-01 to 2027-12-31', 'period 2027-12-31 to 2027-01-01'),
        says: { nl: 'De planperiode eindigt', en: 'The plan period ends' },
    },
    'date.action-reversed': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { start 2027-03-01 eind 2027-02-01 }`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        action course "Presenting" { start 2027-03-01 end 2027-02-01 }`),
        says: { nl: "Actie 'Presenteren' eindigt (2027-02-01)", en: "Action 'Presenting' ends (2027-02-01)" },
    },
    // A MAGIE goal has no T: the dates it has are checked as dates, not as the time-bound letter.
    'date.end-before-start': {
        nl: planWithGoalNl(`        soort magie\n${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-01')}`),
        en: planWithGoalEn(`        kind magie\n${replacing(CLEAN_GOAL_EN, 'end', 'end 2027-01-01')}`),
        says: { nl: 'eindigt (2027-01-01) voordat het begint (2027-01-15)', en: 'ends (2027-01-01) before it starts (2027-01-15)' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-01')),
    },
    'date.outside-period': {
        nl: planWithGoalNl(`        soort magie\n${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2028-03-01')}`),
        en: planWithGoalEn(`        kind magie\n${replacing(CLEAN_GOAL_EN, 'start', 'start 2026-12-01')}`),
        says: { nl: 'valt buiten de planperiode (2027-01-01 tot 2027-12-31)', en: 'falls outside the plan period (2027-01-01 to 2027-12-31)' },
        quiet: planWithGoalNl(`        soort magie\n${replacing(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2028-03-01'), 'termijn', 'termijn lang')}`),
    },
    'date.overdue': {
        nl: planWithGoalNl(`        soort magie\n${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')}`),
        en: planWithGoalEn(`        kind magie\n${replacing(CLEAN_GOAL_EN, 'end', 'end 2027-03-01')}`),
        says: { nl: 'is voorbij en geen voortgangsgesprek', en: 'has passed and no review records a result' },
        quiet: planWithGoalNl(`        soort magie\n${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')}\n        voortgang 2027-03-01 { gemeten 2 presentaties notitie "Half" }`),
    },
    'date.format': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 15-12-2027')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 12/15/2027')),
        says: {
            nl: "'15-12-2027' is gelezen als dag-maand-jaar: 15 december 2027, dus 2027-12-15.",
            en: "'12/15/2027' is read as month-day-year: 15 December 2027, which is 2027-12-15.",
        },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-12-15')),
    },
    // The case's today is 2027-06-01: 3 November is still to come, 11 March has passed.
    'date.review-in-future': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        voortgang 2027-11-03 { gemeten 2 presentaties }`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        review 2027-10-04 { measured 2 presentations }`),
        says: { nl: "Voortgangsgesprek 2027-11-03 van doel 'presenteren' legt een resultaat vast, maar die dag moet nog komen", en: "Review 2027-10-04 of goal 'presenting' records a result, but that day is still to come" },
        // A review planned for later, with nothing recorded yet, is an appointment.
        quiet: planWithGoalNl(`${CLEAN_GOAL_NL}\n        voortgang 2027-11-03 { notitie "Gepland" }`),
    },
    'date.deadline-soon': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-06-10')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-06-10')),
        says: { nl: 'over 9 dagen af zijn', en: 'due in 9 days,' },
        quiet: planWithGoalNl(`${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-06-10')}\n        status afgerond`),
    },
};
