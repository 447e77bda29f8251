/**
 * Every rule POP checks, as data: its stable code, the criterion it judges and its default severity.
 * Messages and documentation live in the message catalogues (i18n/), keyed by the same code.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type SeveritySetting = Severity | 'off';

/** The criteria a goal's scorecard shows; 'plan' covers the rules that judge the plan rather than a goal. */
export type Criterion =
    | 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'time-bound'
    | 'magie-measurable' | 'magie-acceptable' | 'magie-communicated' | 'magie-inspiring' | 'magie-engaging'
    | 'er' | 'date' | 'budget' | 'ref' | 'plan' | 'syntax';

export interface RuleDefinition {
    readonly criterion: Criterion;
    readonly severity: Severity;
}

export const RULES = {
    'smart.specific.missing': { criterion: 'specific', severity: 'warning' },
    'smart.specific.comparative': { criterion: 'specific', severity: 'warning' },
    'smart.specific.vague': { criterion: 'specific', severity: 'warning' },
    'smart.specific.no-quantity': { criterion: 'specific', severity: 'warning' },

    'smart.measurable.no-target': { criterion: 'measurable', severity: 'warning' },
    'smart.measurable.no-unit': { criterion: 'measurable', severity: 'warning' },
    'smart.measurable.no-quantity': { criterion: 'measurable', severity: 'warning' },
    'smart.measurable.no-method': { criterion: 'measurable', severity: 'warning' },

    'smart.acceptable.missing': { criterion: 'acceptable', severity: 'warning' },
    'smart.acceptable.no-employee': { criterion: 'acceptable', severity: 'warning' },
    'smart.acceptable.no-team': { criterion: 'acceptable', severity: 'warning' },

    'smart.realistic.missing': { criterion: 'realistic', severity: 'warning' },
    'smart.realistic.action-outside-goal': { criterion: 'realistic', severity: 'warning' },

    'smart.time-bound.no-start': { criterion: 'time-bound', severity: 'warning' },
    'smart.time-bound.no-end': { criterion: 'time-bound', severity: 'warning' },
    'smart.time-bound.end-before-start': { criterion: 'time-bound', severity: 'error' },
    'smart.time-bound.outside-period': { criterion: 'time-bound', severity: 'warning' },
    'smart.time-bound.overdue': { criterion: 'time-bound', severity: 'warning' },

    'magie.measurable': { criterion: 'magie-measurable', severity: 'warning' },
    'magie.acceptable': { criterion: 'magie-acceptable', severity: 'warning' },
    'magie.communicated': { criterion: 'magie-communicated', severity: 'warning' },
    'magie.inspiring': { criterion: 'magie-inspiring', severity: 'warning' },
    'magie.engaging': { criterion: 'magie-engaging', severity: 'warning' },

    'er.starting-point': { criterion: 'er', severity: 'info' },
    'er.no-smart-goal': { criterion: 'er', severity: 'info' },

    'date.invalid': { criterion: 'date', severity: 'error' },
    'date.period-reversed': { criterion: 'date', severity: 'error' },
    'date.action-reversed': { criterion: 'date', severity: 'error' },
    'date.deadline-soon': { criterion: 'date', severity: 'info' },

    'budget.invalid-amount': { criterion: 'budget', severity: 'error' },
    'budget.cost-exceeded': { criterion: 'budget', severity: 'warning' },
    'budget.hours-exceeded': { criterion: 'budget', severity: 'warning' },

    'ref.unresolved': { criterion: 'ref', severity: 'error' },
    'ref.duplicate-name': { criterion: 'ref', severity: 'error' },
    'ref.derived-from-short': { criterion: 'ref', severity: 'warning' },
    'ref.derived-from-self': { criterion: 'ref', severity: 'error' },

    'plan.missing-employee': { criterion: 'plan', severity: 'warning' },
    'plan.missing-manager': { criterion: 'plan', severity: 'info' },
    'plan.missing-period': { criterion: 'plan', severity: 'warning' },
    'plan.missing-facilities': { criterion: 'plan', severity: 'info' },
    'plan.missing-starting-point': { criterion: 'plan', severity: 'warning' },
    'plan.no-goals': { criterion: 'plan', severity: 'warning' },
    'plan.few-smart-goals': { criterion: 'plan', severity: 'info' },
    'plan.goal-unlinked': { criterion: 'plan', severity: 'info' },
    'plan.duplicate-field': { criterion: 'plan', severity: 'warning' },
    'plan.unsigned': { criterion: 'plan', severity: 'hint' },

    'syntax.unexpected-character': { criterion: 'syntax', severity: 'error' },
    'syntax.unexpected-token': { criterion: 'syntax', severity: 'error' },
} as const satisfies Record<string, RuleDefinition>;

export type RuleCode = keyof typeof RULES;
export const RULE_CODES = Object.keys(RULES) as RuleCode[];

export function isRuleCode(code: unknown): code is RuleCode {
    return typeof code === 'string' && Object.prototype.hasOwnProperty.call(RULES, code);
}

/** The SMART letters in order, with the criterion each stands for. */
export const SMART_CRITERIA = ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound'] as const;
export const MAGIE_CRITERIA = ['magie-measurable', 'magie-acceptable', 'magie-communicated', 'magie-inspiring', 'magie-engaging'] as const;

/** Where each rule's documentation lives; the README has one heading per code. */
export const RULE_DOCS_BASE = 'https://github.com/pop-lang/pop/blob/main/README.md';

export function ruleDocsUrl(code: string): string {
    return `${RULE_DOCS_BASE}#${code.replace(/\./g, '')}`;
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
