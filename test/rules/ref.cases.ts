/** Cases for the rules on references and names: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, planWithGoalEn, planWithGoalNl, replacing } from '../support/plans.js';

export const CASES: Cases = {
    'ref.unresolved': {
        // Misspelt, so that the message suggests the declared name and a quick fix writes it.
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'draagt-bij-aan', 'draagt-bij-aan klanttevredenhied')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'supports', 'supports customer-satisfacton')),
        says: { nl: "geen organisatiedoel met de naam 'klanttevredenhied'", en: "no organisation goal named 'customer-satisfacton'" },
    },
    'ref.duplicate-name': {
        nl: planNl(`${goalNl(CLEAN_GOAL_NL)}\n${goalNl(CLEAN_GOAL_NL)}`), en: planEn(`${goalEn(CLEAN_GOAL_EN)}\n${goalEn(CLEAN_GOAL_EN)}`),
        says: { nl: "De naam 'presenteren' wordt meer dan eens gebruikt", en: "The name 'presenting' is used more than once" },
    },
    'ref.derived-from-short': {
        nl: planNl(`${goalNl(CLEAN_GOAL_NL, 'a')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van a`, 'b')}`),
        en: planEn(`${goalEn(CLEAN_GOAL_EN, 'a')}\n${goalEn(`${CLEAN_GOAL_EN}\n        derived-from a`, 'b')}`),
        says: { nl: "is afgeleid van 'a'", en: "derives from 'a'" },
        quiet: planNl(`${goalNl(replacing(CLEAN_GOAL_NL, 'termijn', 'termijn lang'), 'a')}\n${goalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van a`, 'b')}`),
    },
    'ref.derived-from-self': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        afgeleid-van presenteren`), en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        derived-from presenting`),
        says: { nl: 'van zichzelf afgeleid', en: 'derives from itself' },
    },
};
