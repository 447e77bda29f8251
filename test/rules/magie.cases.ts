/** Cases for the rules on MAGIE goals: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { planWithGoalEn, planWithGoalNl } from '../support/plans.js';

const FOUR_TALKS_EN = 'specific "Gives 4 presentations to the management team"';

export const CASES: Cases = {
    'magie.measurable': {
        nl: planWithGoalNl('        soort magie\n        specifiek "Geeft 4 presentaties per jaar"'), en: planWithGoalEn(`        kind magie\n        ${FOUR_TALKS_EN}`),
        says: { nl: 'niet Meetbaar', en: 'not Measurable' },
        quiet: planWithGoalNl('        soort magie\n        meetbaar 90%'),
    },
    'magie.acceptable': {
        nl: planWithGoalNl('        soort magie'), en: planWithGoalEn('        kind magie'),
        says: { nl: 'niet Acceptabel', en: 'not Acceptable' },
    },
    'magie.communicated': {
        nl: planWithGoalNl('        soort magie'), en: planWithGoalEn('        kind magie'),
        says: { nl: 'niet Gecommuniceerd', en: 'not Communicated' },
        quiet: planWithGoalNl('        soort magie\n        gecommuniceerd aan team'),
    },
    'magie.inspiring': {
        nl: planWithGoalNl('        soort magie'), en: planWithGoalEn('        kind magie'),
        says: { nl: 'niet Inspirerend', en: 'not Inspiring' },
    },
    'magie.engaging': {
        nl: planWithGoalNl('        soort magie'), en: planWithGoalEn('        kind magie'),
        says: { nl: 'niet Engagerend', en: 'not Engaging' },
    },
};
