/** Cases for the rules on syntax errors: per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalNl, planNl, planWithGoalEn, planWithGoalNl, replacing } from '../support/plans.js';

export const CASES: Cases = {
    'syntax.unexpected-character': {
        nl: planWithGoalNl(`${CLEAN_GOAL_NL}\n        #`), en: planWithGoalEn(`${CLEAN_GOAL_EN}\n        @`),
        says: { nl: "Onverwacht teken '#'", en: "Unexpected character '@'" },
    },
    'syntax.unexpected-token': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'start', 'start morgen')), en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'start', 'start tomorrow')),
        says: { nl: "Verwacht: een datum (JJJJ-MM-DD), maar gevonden: 'morgen'", en: "Expected a date (YYYY-MM-DD) but found 'tomorrow'" },
    },
    'syntax.unknown-keyword': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'methode', 'mehtode "Feedbackformulier van het MT"')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'realistic', 'realistc "A course, then practice"')),
        says: { nl: "Onbekend woord 'mehtode'. Bedoel je 'methode'?", en: "Unknown word 'realistc'. Did you mean 'realistic'?" },
        // A goal may be named after a keyword: that is a name, not a misspelling.
        quiet: planNl(goalNl(CLEAN_GOAL_NL, 'methode')),
    },
    'syntax.unterminated-string': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'realistisch', 'realistisch "Cursus, daarna oefenen')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'method', 'method "Feedback form from the management team  ')),
        says: { nl: 'Deze tekst heeft geen sluitend aanhalingsteken', en: 'This text has no closing quote' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'realistisch', 'realistisch "Cursus \\"Presenteren\\", daarna oefenen"')),
    },
};
