/** Cases for the rules on syntax errors: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing } from '../support/plans.js';

export const CASES: Cases = {
    'syntax.unexpected-character': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        #`), en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        @`),
        says: { nl: "Onverwacht teken '#'", en: "Unexpected character '@'" },
    },
    'syntax.unexpected-token': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'start', 'start morgen')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'start', 'start tomorrow')),
        says: { nl: "Verwacht: een datum (JJJJ-MM-DD), maar gevonden: 'morgen'", en: "Expected a date (YYYY-MM-DD) but found 'tomorrow'" },
    },
};
