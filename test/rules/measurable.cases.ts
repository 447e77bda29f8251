/** Cases for the rules on Measurable (the M of SMART): per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing, without } from '../support/plans.js';

const FOUR_TALKS_EN = 'specific "Gives 4 presentations to the management team"';
const FOUR_TALKS_NL = 'specifiek "Geeft 4 presentaties aan het MT"';

export const CASES: Cases = {
    // The statements name one count with its unit, so that the safe fix (the target from the statement) is preferred.
    'smart.measurable.no-target': {
        nl: planWithGoalNl(without(replacing(CLEAN_GOAL_NL, 'specifiek', FOUR_TALKS_NL), 'meetbaar')), en: planWithGoalEn(without(replacing(CLEAN_GOAL_EN, 'specific', FOUR_TALKS_EN), 'measurable')),
        says: { nl: 'geen streefwaarde', en: 'no target' },
    },
    'smart.measurable.no-unit': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 4')), en: planWithGoalEn(replacing(replacing(CLEAN_GOAL_EN, 'specific', FOUR_TALKS_EN), 'measurable', 'measurable 4')),
        says: { nl: 'geen eenheid', en: 'has no unit' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar 85%')),
    },
    'smart.measurable.no-quantity': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar "veel presentaties"')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'measurable', 'measurable "many talks"')),
        says: { nl: 'alleen uit woorden', en: 'only words' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'meetbaar', 'meetbaar € 500')),
    },
    'smart.measurable.no-method': {
        nl: planWithGoalNl(without(CLEAN_GOAL_NL, 'methode')), en: planWithGoalEn(without(CLEAN_GOAL_EN, 'method')),
        says: { nl: 'hoe het gemeten wordt', en: 'how it is measured' },
    },
};
