/**
 * Every rule POP checks, as data: its stable code, the criterion it judges, its default severity and whether it
 * has a quick fix. Messages and documentation live in the message catalogues (i18n/), keyed by the same code;
 * the check is in checks/<prefix>.ts and the fix in lsp/fixes/<prefix>.ts.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The criteria a goal's scorecard shows; 'plan' covers the rules that judge the plan rather than a goal. */
export type Criterion =
    | 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'time-bound'
    | 'magie-measurable' | 'magie-acceptable' | 'magie-communicated' | 'magie-inspiring' | 'magie-engaging'
    | 'er' | 'date' | 'budget' | 'ref' | 'plan' | 'syntax' | 'suppression';

/**
 * A rule's quick fix: 'safe' when "fix all" (and fix on save) may apply it unattended, 'offered' when it is only
 * offered on the light bulb because it writes template text or makes a choice that is the user's, 'none' without.
 * A 'safe' rule's fix is marked preferred wherever it can be worked out from the plan alone.
 */
export type QuickFix = 'safe' | 'offered' | 'none';

export interface RuleDefinition {
    readonly criterion: Criterion;
    readonly severity: Severity;
    readonly fix: QuickFix;
}

export const RULES = {
    'smart.specific.missing': { criterion: 'specific', severity: 'warning', fix: 'offered' },
    'smart.specific.comparative': { criterion: 'specific', severity: 'warning', fix: 'offered' },
    'smart.specific.vague': { criterion: 'specific', severity: 'warning', fix: 'none' },
    'smart.specific.no-quantity': { criterion: 'specific', severity: 'warning', fix: 'none' },

    'smart.measurable.no-target': { criterion: 'measurable', severity: 'warning', fix: 'safe' },
    'smart.measurable.no-unit': { criterion: 'measurable', severity: 'warning', fix: 'safe' },
    'smart.measurable.no-quantity': { criterion: 'measurable', severity: 'warning', fix: 'none' },
    'smart.measurable.no-method': { criterion: 'measurable', severity: 'warning', fix: 'offered' },

    // Who accepts a goal, and whom it was told to, only those people can say: never written unattended.
    'smart.acceptable.missing': { criterion: 'acceptable', severity: 'warning', fix: 'offered' },
    'smart.acceptable.no-employee': { criterion: 'acceptable', severity: 'warning', fix: 'offered' },
    'smart.acceptable.no-team': { criterion: 'acceptable', severity: 'warning', fix: 'offered' },

    'smart.realistic.missing': { criterion: 'realistic', severity: 'warning', fix: 'offered' },
    'smart.realistic.action-outside-goal': { criterion: 'realistic', severity: 'warning', fix: 'none' },

    'smart.time-bound.no-start': { criterion: 'time-bound', severity: 'warning', fix: 'safe' },
    'smart.time-bound.no-end': { criterion: 'time-bound', severity: 'warning', fix: 'safe' },
    'smart.time-bound.end-before-start': { criterion: 'time-bound', severity: 'error', fix: 'safe' },
    'smart.time-bound.outside-period': { criterion: 'time-bound', severity: 'warning', fix: 'safe' },
    'smart.time-bound.overdue': { criterion: 'time-bound', severity: 'warning', fix: 'offered' },

    'magie.measurable': { criterion: 'magie-measurable', severity: 'warning', fix: 'safe' },
    'magie.acceptable': { criterion: 'magie-acceptable', severity: 'warning', fix: 'offered' },
    'magie.communicated': { criterion: 'magie-communicated', severity: 'warning', fix: 'offered' },
    'magie.inspiring': { criterion: 'magie-inspiring', severity: 'warning', fix: 'offered' },
    'magie.engaging': { criterion: 'magie-engaging', severity: 'warning', fix: 'offered' },

    'er.starting-point': { criterion: 'er', severity: 'info', fix: 'offered' },
    'er.no-smart-goal': { criterion: 'er', severity: 'info', fix: 'offered' },

    'date.invalid': { criterion: 'date', severity: 'error', fix: 'none' },
    'date.period-reversed': { criterion: 'date', severity: 'error', fix: 'safe' },
    'date.action-reversed': { criterion: 'date', severity: 'error', fix: 'safe' },
    'date.deadline-soon': { criterion: 'date', severity: 'info', fix: 'none' },
    // The date checks of smart.time-bound.* for a goal without a T (MAGIE): its dates are still checked, as dates.
    'date.end-before-start': { criterion: 'date', severity: 'error', fix: 'safe' },
    'date.outside-period': { criterion: 'date', severity: 'warning', fix: 'safe' },
    'date.overdue': { criterion: 'date', severity: 'warning', fix: 'offered' },

    'budget.invalid-amount': { criterion: 'budget', severity: 'error', fix: 'none' },
    'budget.cost-exceeded': { criterion: 'budget', severity: 'warning', fix: 'offered' },
    'budget.hours-exceeded': { criterion: 'budget', severity: 'warning', fix: 'none' },

    'ref.unresolved': { criterion: 'ref', severity: 'error', fix: 'offered' },
    'ref.duplicate-name': { criterion: 'ref', severity: 'error', fix: 'none' },
    'ref.derived-from-short': { criterion: 'ref', severity: 'warning', fix: 'none' },
    'ref.derived-from-self': { criterion: 'ref', severity: 'error', fix: 'none' },

    'plan.missing-employee': { criterion: 'plan', severity: 'warning', fix: 'none' },
    'plan.missing-manager': { criterion: 'plan', severity: 'info', fix: 'none' },
    'plan.missing-period': { criterion: 'plan', severity: 'warning', fix: 'none' },
    'plan.missing-facilities': { criterion: 'plan', severity: 'info', fix: 'none' },
    'plan.missing-starting-point': { criterion: 'plan', severity: 'warning', fix: 'none' },
    'plan.no-goals': { criterion: 'plan', severity: 'warning', fix: 'none' },
    'plan.few-smart-goals': { criterion: 'plan', severity: 'info', fix: 'none' },
    'plan.goal-unlinked': { criterion: 'plan', severity: 'info', fix: 'none' },
    'plan.duplicate-field': { criterion: 'plan', severity: 'warning', fix: 'safe' },
    'plan.unsigned': { criterion: 'plan', severity: 'hint', fix: 'none' },

    // Suppression comments (suppressions.ts); their fixes delete the user's comment, so none is applied unattended.
    'suppression.unused': { criterion: 'suppression', severity: 'warning', fix: 'offered' },
    'suppression.unknown-code': { criterion: 'suppression', severity: 'warning', fix: 'offered' },
    'suppression.not-suppressible': { criterion: 'suppression', severity: 'warning', fix: 'offered' },
    'suppression.missing-code': { criterion: 'suppression', severity: 'warning', fix: 'none' },

    'syntax.unexpected-character': { criterion: 'syntax', severity: 'error', fix: 'none' },
    'syntax.unexpected-token': { criterion: 'syntax', severity: 'error', fix: 'none' },

    // The mistakes people make: each gives one message, and the plan around it is still read and judged as usual.
    'syntax.unknown-keyword': { criterion: 'syntax', severity: 'error', fix: 'offered' },
    'syntax.unterminated-string': { criterion: 'syntax', severity: 'error', fix: 'safe' },
    'date.format': { criterion: 'date', severity: 'error', fix: 'offered' },
    'date.review-in-future': { criterion: 'date', severity: 'warning', fix: 'offered' },
} as const satisfies Record<string, RuleDefinition>;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function isRuleCode(code: unknown): code is RuleCode {
    return typeof code === 'string' && Object.prototype.hasOwnProperty.call(RULES, code);
}

/** The SMART letters in order, with the criterion each stands for. */
export const SMART_CRITERIA = ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound'] as const;
export const MAGIE_CRITERIA = ['magie-measurable', 'magie-acceptable', 'magie-communicated', 'magie-inspiring', 'magie-engaging'] as const;

const RULE_DOCS = 'https://github.com/pop-lang/pop/blob/main/docs/rules';

/** Where a rule's documentation lives: docs/rules/<code>.md, generated from RULES and the catalogues. Without a code, the index of all rules. */
export function ruleDocsUrl(code: string): string {
    return code ? `${RULE_DOCS}/${code}.md` : `${RULE_DOCS}/README.md`;
}

/**
 * The effective severity of a rule: a setting may name a full code ("smart.time-bound.overdue"),
 * a criterion prefix ("smart.time-bound", "magie") or "*"; the longest match wins.
 */
export function effectiveSeverity(code: RuleCode, overrides: Readonly<Record<string, SeveritySetting>> | undefined): SeveritySetting {
    if (overrides) {
        let best: SeveritySetting | undefined;
        let bestLength = -1;
        for (const [key, value] of Object.entries(overrides)) {
            const matches = key === '*' || key === code || code.startsWith(key + '.');
            const length = key === '*' ? 0 : key.length;
            if (matches && length > bestLength) {
                best = value;
                bestLength = length;
            }
        }
        if (best) return best;
    }
    return RULES[code].severity;
}
