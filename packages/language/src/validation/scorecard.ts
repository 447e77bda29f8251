/**
 * A goal's scorecard: per SMART (or MAGIE) letter, met or not, and the findings that say what is missing.
 * Code lens, hover and the rendered HTML all show this, so they agree with the diagnostics word for word.
 */
import type { Goal } from '../generated/ast.js';
import type { GoalKindValue, Locale } from '../keywords.js';
import { goalKind } from '../model/plan.js';
import { catalogue } from '../i18n/catalogue.js';
import { criterionOf, type Finding } from './finding.js';
import type { Judgement } from './judgement-cache.js';
import { ruleMessage } from './rule-message.js';
import { MAGIE_CRITERIA, SMART_CRITERIA, type Criterion } from './rules.js';

export interface CriterionScore {
    readonly criterion: Criterion;
    /** The letter shown on the scorecard: S, M, A, R, T or M, A, G, I, E. */
    readonly letter: string;
    /** The criterion's name in the locale. */
    readonly name: string;
    readonly met: boolean;
    /** What is missing, in the same words as the diagnostics. */
    readonly problems: readonly string[];
}

export interface GoalScore {
    readonly kind: GoalKindValue;
    /** Empty for ER goals, which are starting points rather than checkable goals. */
    readonly criteria: readonly CriterionScore[];
    readonly met: number;
    readonly total: number;
    /** Every letter met (always false for ER goals). */
    readonly complete: boolean;
}

export function scorecard(goal: Goal, judgement: Judgement, locale: Locale = judgement.locale): GoalScore {
    const kind = goalKind(goal);
    const criteria = kind === 'smart' ? SMART_CRITERIA : kind === 'magie' ? MAGIE_CRITERIA : [];
    const findings = judgement.byGoal.get(goal) ?? [];
    const texts = catalogue(locale).criteria;
    const scores = criteria.map((criterion): CriterionScore => {
        const own = findings.filter((f: Finding) => criterionOf(f) === criterion);
        return {
            criterion,
            letter: texts[criterion].letter,
            name: texts[criterion].name,
            met: own.length === 0,
            problems: own.map(f => ruleMessage(locale, f.code, f)),
        };
    });
    const met = scores.filter(s => s.met).length;
    return { kind, criteria: scores, met, total: scores.length, complete: scores.length > 0 && met === scores.length };
}

/** "S ✓ M ✓ A ✗ R ✓ T ✗" */
export function scoreLine(score: GoalScore): string {
    return score.criteria.map(c => `${c.letter} ${c.met ? '✓' : '✗'}`).join(' ');
}
