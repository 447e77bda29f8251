/** Cases for the rules on ER goals: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_NL, goalNl, planNl, planWithGoalEn, planWithGoalNl } from '../support/plans.js';

export const CASES: Cases = {
    'er.starting-point': {
        nl: planWithGoalNl('        soort er'), en: planWithGoalEn('        kind er'),
        says: { nl: 'is een ER-doel', en: 'is an ER goal' },
    },
    'er.no-smart-goal': {
        nl: planWithGoalNl('        soort er'), en: planWithGoalEn('        kind er'),
        says: { nl: "afgeleid-van presenteren", en: "derived-from presenting" },
        quiet: planNl(`${goalNl('        soort er', 'beter')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van beter`)}`),
    },
};
