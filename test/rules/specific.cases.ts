/** Cases for the rules on Specific (the S of SMART): per rule a plan that breaks it, in Dutch and English, and where useful a near miss. */
import type { Cases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing, without } from '../support/plans.js';

export const CASES: Cases = {
    'smart.specific.missing': {
        nl: planWithGoalNl(without(CLEAN_GOAL_NL, 'specifiek')), en: planWithGoalEn(without(CLEAN_GOAL_EN, 'specific')),
        says: { nl: 'geen specifieke omschrijving', en: 'no specific statement' },
    },
    'smart.specific.comparative': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Beter leidinggeven"')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Be more customer focused"')),
        says: { nl: "is een streven ('Beter')", en: "is an aspiration ('more customer focused')" },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Beter scoren: 8 van de 10 klanten tevreden"')),
    },
    'smart.specific.vague': {
        // A hedge is vague in any statement; a vague moment ("zo snel mogelijk") only when nothing concrete is named.
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft zo veel mogelijk presentaties"')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Try to give 4 presentations"')),
        says: { nl: "'zo veel mogelijk' is vaag", en: "'Try to' is vague" },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft 4 presentaties aan de watersportvereniging"')),
    },
    'smart.specific.no-quantity': {
        nl: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft presentaties aan het MT"')),
        en: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'specific', 'specific "Gives presentations to the board"')),
        says: { nl: 'geen getal, bedrag of percentage', en: 'no number, amount or percentage' },
        quiet: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'specifiek', 'specifiek "Geeft maandelijks een presentatie aan het MT"')),
    },
};
