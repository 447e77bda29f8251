/** Cases for the rules on Realistic (the R of SMART): per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, without } from '../support/plans.js';

export const CASES: Cases = {
    'smart.realistic.missing': {
        nl: planWithGoalNl(without(CLEAN_GOAL_NL, 'realistisch')), en: planWithGoalEn(without(CLEAN_GOAL_EN, 'realistic')),
        says: { nl: 'niet zien dat het haalbaar is', en: 'does not show that it is feasible' },
        quiet: planWithGoalNl(`${without(CLEAN_GOAL_NL, 'realistisch')}\n        actie cursus "Presenteren" { start 2027-02-01 eind 2027-03-01 }`),
    },
    'smart.realistic.action-outside-goal': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { start 2027-01-02 eind 2027-03-01 }`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        action course "Presenting" { start 2027-02-01 end 2027-12-30 }`),
        says: { nl: "Actie 'Presenteren' (2027-01-02 tot 2027-03-01) begint vóór de data van haar doel", en: "Action 'Presenting' (2027-02-01 to 2027-12-30) ends after its goal's dates" },
        quiet: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { start 2027-01-15 eind 2027-12-15 }`),
    },
};
