/** Cases for the rules on Time-bound (the T of SMART): per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing, without } from '../support/plans.js';

export const CASES: Cases = {
    // With an action, whose dates give the goal's: fix-all applies a default date only then.
    'smart.time-bound.no-start': {
        nl: planWithGoalNl(`${without(CLEAN_GOAL_NL, 'start')}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-04-15 }`),
        en: planWithGoalEn(`${without(CLEAN_GOAL_EN, 'start')}\n        action course "Presenting" { start 2027-02-01 end 2027-04-15 }`),
        says: { nl: 'geen startdatum', en: 'no start date' },
    },
    'smart.time-bound.no-end': {
        nl: planWithGoalNl(`${without(CLEAN_GOAL_NL, 'eind')}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-04-15 }`),
        en: planWithGoalEn(`${without(CLEAN_GOAL_EN, 'end')}\n        action course "Presenting" { start 2027-02-01 end 2027-04-15 }`),
        says: { nl: 'geen einddatum', en: 'no end date' },
    },
    'smart.time-bound.end-before-start': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-01')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-01-01')),
        says: { nl: 'eindigt (2027-01-01) voordat het begint (2027-01-15)', en: 'ends (2027-01-01) before it starts (2027-01-15)' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-15')),
    },
    'smart.time-bound.outside-period': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2028-03-01')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'start', 'start 2026-12-01')),
        says: { nl: 'valt buiten de planperiode (2027-01-01 tot 2027-12-31)', en: 'falls outside the plan period (2027-01-01 to 2027-12-31)' },
        quiet: planWithGoalNl(replacing(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2028-03-01'), 'termijn', 'termijn lang')),
    },
    'smart.time-bound.overdue': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-03-01')),
        says: { nl: 'is voorbij en geen voortgangsgesprek', en: 'has passed and no review records a result' },
        quiet: planWithGoalNl(`${replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-03-01')}\n        voortgang 2027-03-01 { gemeten 2 presentaties notitie "Half" }`),
    },
};
