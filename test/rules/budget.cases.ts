/** Cases for the rules on money and hours: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl } from '../support/plans.js';

export const CASES: Cases = {
    'budget.invalid-amount': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 1.2.3 }`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        action course "Presenting" { cost € 12,34,5 }`),
        says: { nl: "'€ 1.2.3' is geen bedrag", en: "'€ 12,34,5' is not an amount" },
        quiet: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 895,- }`),
    },
    'budget.cost-exceeded': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 2.600 }`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        action course "Presenting" { cost € 2,600.50 }`),
        says: { nl: 'kosten samen € 2.600, meer dan het budget van € 2.500', en: 'cost € 2,600.50 in all, more than the budget of € 2,500' },
        quiet: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { kosten € 2.500 }`),
    },
    'budget.hours-exceeded': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { uren 81 }`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        action course "Presenting" { hours 100 }`),
        says: { nl: 'samen 81 uur', en: 'take 100 hours in all' },
        quiet: planWithGoalNl(`${CLEAN_GOAL_NL}\n        actie cursus "Presenteren" { uren 80 status afgerond }`),
    },
};
