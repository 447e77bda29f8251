/** Cases for the rules on suppression comments: per rule a plan that breaks it, in Dutch and English, and a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, planWithGoalEn, planWithGoalNl, without } from '../support/plans.js';

/** A goal without a target, whose measurable findings (on its name) the comment above it suppresses. */
const SUPPRESSING_NL = planNl(`    // pop-disable-next-line smart.measurable -- afgesproken met Mark\n${goalNl(without(CLEAN_GOAL_NL, 'meetbaar', 'methode'))}`);
const SUPPRESSING_EN = planEn(`    // pop-disable-next-line smart.measurable -- agreed with Mark\n${goalEn(without(CLEAN_GOAL_EN, 'measurable', 'method'))}`);

export const CASES: Cases = {
    'suppression.unused': {
        nl: planWithGoalNl(`        // pop-disable-next-line smart.measurable -- afgesproken met Mark\n${CLEAN_GOAL_NL}`),
        en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        // pop-disable-next-line smart.specific -- agreed`),
        says: { nl: "'pop-disable-next-line smart.measurable' is niet nodig", en: "'pop-disable-next-line smart.specific' is not needed" },
        quiet: SUPPRESSING_NL,
    },
    'suppression.unknown-code': {
        nl: `// pop-disable-file smart.measureable -- typfout\n${planWithGoalNl(CLEAN_GOAL_NL)}`,
        en: planWithGoalEn(`        /* pop-disable plan.goal-unlinkd */\n${CLEAN_GOAL_EN}`),
        says: { nl: "'smart.measureable' is geen code van een POP-regel", en: "'plan.goal-unlinkd' is not the code of a POP rule" },
        quiet: SUPPRESSING_EN,
    },
    'suppression.not-suppressible': {
        nl: `// pop-disable-file syntax.unexpected-token\n${planWithGoalNl(CLEAN_GOAL_NL)}`,
        en: planWithGoalEn(`        // pop-disable-next-line ref.unresolved -- the goal is in another repository\n${CLEAN_GOAL_EN}`),
        says: { nl: "'syntax.unexpected-token' kan niet onderdrukt worden", en: "'ref.unresolved' cannot be suppressed" },
        // 'ref' also covers ref.unresolved, but the rest of ref.* can be suppressed.
        quiet: `// pop-disable-file ref\n${planWithGoalEn(CLEAN_GOAL_EN)}`,
    },
    'suppression.missing-code': {
        nl: planWithGoalNl(`        // pop-disable-next-line -- doet er niet toe\n${CLEAN_GOAL_NL}`),
        en: `/* pop-disable-file */\n${planWithGoalEn(CLEAN_GOAL_EN)}`,
        says: { nl: "'pop-disable-next-line' noemt geen regel", en: "'pop-disable-file' names no rule" },
        // A bare pop-enable is allowed: it ends every open block.
        quiet: planEn(`    // pop-disable smart.time-bound -- dates agreed later\n${goalEn(without(CLEAN_GOAL_EN, 'end'))}\n    // pop-enable`),
    },
};
