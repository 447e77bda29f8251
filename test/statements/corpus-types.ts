/** The shape of a labelled statement in the corpus, and small constructors that keep the corpus readable. */

export type Pattern =
    | 'count' | 'date-digits' | 'name-digits' | 'number-words' | 'percent' | 'money' | 'halving' | 'frequency' | 'dozen'
    | 'vague-context' | 'hedge' | 'zero' | 'focus' | 'range' | 'target-choice' | 'function-word-unit' | 'completion'
    | 'comparative' | 'direction' | 'deadline' | 'start-date' | 'behaviour' | 'scope' | 'purpose' | 'role' | 'level' | 'grade'
    | 'criterion-time';

export type Domain = 'care' | 'education' | 'it' | 'logistics' | 'retail' | 'government' | 'finance' | 'general';

/**
 * The target a coach would write in `meetbaar`: a number; a number with its unit or kind; 'binary' for a result
 * that is done or not done; null when the statement gives none. `alt` lists other readings a coach accepts
 * (a count per period or its total over the goal's year).
 */
export type Target =
    | number
    | 'binary'
    | null
    | { readonly v: number; readonly unit?: string; readonly kind?: 'percent' | 'money' | 'grade'; readonly alt?: ReadonlyArray<number | 'binary'> };

export interface Labelled {
    readonly text: string;
    readonly lang: 'nl' | 'en';
    readonly domain: Domain;
    readonly specific: boolean;
    readonly target: Target;
    readonly baseline?: number;
    /** The deadline resolved in a plan for 2027 (goal from 2027-01-01 to 2027-12-31); null: the statement names none. */
    readonly deadline?: string | null;
    readonly start?: string;
    readonly patterns: readonly Pattern[];
}

export interface Extra {
    readonly baseline?: number;
    readonly deadline?: string | null;
    readonly start?: string;
}

export function statement(lang: 'nl' | 'en', domain: Domain) {
    return (text: string, specific: boolean, target: Target, patterns: Pattern[], extra: Extra = {}): Labelled =>
        ({ text, lang, domain, specific, target, patterns, ...extra });
}

/** A labeller per language and domain, for corpora that mix them: `nlCare(...)` is a Dutch statement from care. */
export const LABELLERS = {
    nl: statement('nl', 'general'), nlCare: statement('nl', 'care'), nlEdu: statement('nl', 'education'),
    nlIt: statement('nl', 'it'), nlLog: statement('nl', 'logistics'), nlRetail: statement('nl', 'retail'),
    nlGov: statement('nl', 'government'), nlFin: statement('nl', 'finance'),
    en: statement('en', 'general'), enCare: statement('en', 'care'), enEdu: statement('en', 'education'),
    enIt: statement('en', 'it'), enLog: statement('en', 'logistics'), enRetail: statement('en', 'retail'),
    enGov: statement('en', 'government'), enFin: statement('en', 'finance'),
};

export const pct = (v: number, extra: { alt?: number[] } = {}) => ({ v, kind: 'percent' as const, ...extra });
export const money = (v: number) => ({ v, kind: 'money' as const });
export const grade = (v: number) => ({ v, kind: 'grade' as const });
export const per = (v: number, ...alt: Array<number | 'binary'>) => ({ v, alt });
export const unit = (v: number, u: string) => ({ v, unit: u });
