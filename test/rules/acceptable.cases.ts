/** Cases for the rules on Acceptable (the A of SMART): per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing, without } from '../support/plans.js';

export const CASES: Cases = {
    'smart.acceptable.missing': {
        nl: planWithGoalNl(without(CLEAN_GOAL_NL, 'acceptabel')), en: planWithGoalEn(without(CLEAN_GOAL_EN, 'acceptable')),
        says: { nl: 'Niemand heeft', en: 'Nobody has accepted' },
    },
    'smart.acceptable.no-employee': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'acceptabel', 'acceptabel door leidinggevende')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'acceptable', 'acceptable by manager')),
        says: { nl: 'niet door de medewerker', en: 'not by the employee' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'acceptabel', 'acceptabel door "Sanne de Vries"')),
    },
    'smart.acceptable.no-team': {
        nl: planWithGoalNl(`        bereik team\n${CLEAN_GOAL_NL}`), en: planWithGoalEn(`        scope team\n${CLEAN_GOAL_EN}`),
        says: { nl: 'niet door het team', en: 'not accepted by the team' },
        quiet: planWithGoalNl(`        bereik team\n${replacing(CLEAN_GOAL_NL, 'acceptabel', 'acceptabel door team')}`),
    },
};
