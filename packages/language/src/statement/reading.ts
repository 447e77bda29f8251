/** The typed reading of a goal statement: what the reader found, and where. */
import type { ReadDate } from './dates.js';
import type { HedgeKind, PeriodUnit } from './lexicon.js';
import type { Language } from './lexicons.js';

export type { ReadDate, PeriodUnit };

/**
 * What a number does in the statement:
 * - target: what the goal will reach ("5 exitgesprekken", "tot 0,5 %", the 45 of "from 32 to 45");
 * - baseline: where it starts (the 32 of "from 32 to 45", "nu 60%");
 * - frequency: a count per period ("twee keer per maand", "een presentatie per kwartaal");
 * - duration: how long something lasts, or a criterion per case ("van 15 minuten", "binnen 24 uur");
 * - identifier: part of a name (Q3, ISO 9001, groep 7, "7 Habits", Prince2);
 * - date: part of a date or a time of day;
 * - scope: the size of a group the goal is about ("de 4 planners", "with 4 colleagues").
 */
export type QuantityRole = 'target' | 'baseline' | 'frequency' | 'duration' | 'identifier' | 'date' | 'scope';

export type QuantityKind = 'count' | 'percent' | 'money' | 'grade';

export interface Frequency {
    readonly unit: PeriodUnit;
    /** Periods between two times: 2 for "tweewekelijks", "every two weeks". */
    readonly every: number;
    /** The period as written: "per maand", "elk kwartaal", "a month". */
    readonly text: string;
    /** A period that is no calendar unit, as written: "dienst", "shift", "morning" (counted as a day). */
    readonly per?: string;
}

export interface ReadQuantity {
    readonly value: number;
    readonly kind: QuantityKind;
    readonly role: QuantityRole;
    /** The unit as written ("kilo", "exitgesprekken", "van de 10 klanten"); none for a bare number or a unit that is no noun. */
    readonly unit?: string;
    /** The unit is a measure (kilo, km, uur), not a count of things: no total over a span is offered for it. */
    readonly measure?: boolean;
    /** An amount's currency as written (€, EUR, £, $, dollars): a plan's money is in euros, other currencies are a unit. */
    readonly currency?: string;
    /** The number as written in digits ("7,5"), when it was; words are written as digits by whoever uses this. */
    readonly digits?: string;
    readonly frequency?: Frequency;
    readonly bound?: 'min' | 'max';
    /** "met 10%", "by 20%": a change rather than a level. */
    readonly change?: boolean;
    /** "naar 2 werkdagen", "tot 0,5 %", "to 45": the statement says this is where the goal ends up. */
    readonly reached?: boolean;
    /** For a target read from a range, the baseline read with it. */
    readonly baseline?: ReadQuantity;
    /** The time is a criterion per case ("binnen 24 uur"), a target only when nothing else is counted. */
    readonly criterion?: boolean;
    /** The time is how long the work is done ("shadows the plant manager for two weeks"): a target only when nothing else is. */
    readonly activitySpan?: boolean;
    /**
     * The unit is written in the singular though the value counts more: one for each of a group ("met elk van mijn 9
     * medewerkers een gesprek"), or one thing a number of times ("tweemaal per jaar een vakbeurs"). It is written plural.
     */
    readonly singularUnit?: boolean;
    /** What an amount of money is per ("per invoice"): a plan's money cannot write it, so the amount is offered, not preferred. */
    readonly perThing?: string;
    /** The text of the quantity, number and unit, and its offsets in the statement. */
    readonly text: string;
    readonly from: number;
    readonly to: number;
}

type ResultKind = 'completion' | 'role' | 'level' | 'grade' | 'state';

/** A result checked as done or not done: a diploma obtained, a course completed, a role held, a level reached. */
export interface ReadResult {
    readonly kind: ResultKind;
    /** The thing obtained or delivered as written ("BHV-diploma", "cursus", "teamleider", "niveau B2"). */
    readonly object?: string;
    readonly text: string;
    readonly from: number;
    readonly to: number;
}

interface ReadTerm {
    readonly text: string;
    readonly from: number;
    readonly to: number;
}

export interface VagueTerm extends ReadTerm {
    readonly kind: HedgeKind;
    /** Inside a purpose clause ("om zo goed mogelijk te coachen"), where it does not judge the goal. */
    readonly inPurpose: boolean;
}

export interface ComparativeTerm extends ReadTerm {
    /** suffix: klantvriendelijker, calmer; phrase: more skilled, meer zelfvertrouwen; word: beter; verb: verbeteren, improve. */
    readonly form: 'suffix' | 'phrase' | 'word' | 'verb';
    readonly inPurpose: boolean;
}

/**
 * An observable behaviour's criterion: geen/no (zero), zonder/without, altijd/never, each case ("met elke leerling"),
 * a frequency, a time of day; and halving or doubling, which are a precise change.
 */
export interface ReadCriterion extends ReadTerm {
    readonly kind: 'zero' | 'without' | 'always' | 'each' | 'frequency' | 'time' | 'halving' | 'doubling' | 'fraction';
    /** For a fraction: the share of the baseline it names, in whole percents ("met een derde" 33). */
    readonly share?: number;
    /** For a rhythm: how often ("elke vrijdag", "wekelijks", "every quarter"). */
    readonly frequency?: Frequency;
}

export type Verdict = 'specific' | 'comparative' | 'vague' | 'no-quantity';

export interface StatementReading {
    readonly text: string;
    readonly language: Language;
    readonly quantities: readonly ReadQuantity[];
    readonly dates: readonly ReadDate[];
    readonly results: readonly ReadResult[];
    readonly criteria: readonly ReadCriterion[];
    readonly vague: readonly VagueTerm[];
    readonly comparatives: readonly ComparativeTerm[];
    /** Vague terms that count against the goal in this statement (a hedge anywhere; others only when nothing is concrete). */
    readonly vagueThatCounts: readonly VagueTerm[];
    /** A count, a result, a zero or a behaviour with a criterion was read (whatever hedges surround it). */
    readonly concrete: boolean;
    /** "kunnen", "be able to": a capability, whose object is no result to count. */
    readonly capability: boolean;
    readonly verdict: Verdict;
}
