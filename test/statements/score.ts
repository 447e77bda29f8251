/**
 * Scores the statement reader against the corpus the way the issue measures it: each statement sits in an otherwise
 * complete SMART goal in a plan for 2027 (the goal runs 2027-01-01 to 2027-12-31). Used by the unit tests and by
 * `npm run accuracy`.
 */
import { formatDate, parseDate } from '../../packages/language/src/model/values.js';
import {
    isSpecific, preferredCandidate, readStatement, statementDeadlines, statementStarts, targetCandidates, type TargetCandidate,
} from '../../packages/language/src/statement/index.js';
import { DUTCH } from './corpus-nl.js';
import { ENGLISH } from './corpus-en.js';
import { GUIDES } from './corpus-guides.js';
import { LONG } from './corpus-long.js';
import { MIXED } from './corpus-mixed.js';
import type { Labelled, Target } from './corpus-types.js';

export const CORPUS: readonly Labelled[] = [...DUTCH, ...ENGLISH, ...LONG, ...GUIDES, ...MIXED];

export const PLAN = { periodStart: parseDate('2027-01-01')!, periodEnd: parseDate('2027-12-31')!, today: parseDate('2027-01-01')! };
export const GOAL_SPAN = { start: PLAN.periodStart, end: PLAN.periodEnd };

export interface Outcome {
    readonly statement: Labelled;
    readonly specific: boolean;
    readonly candidates: readonly TargetCandidate[];
    /** The fix that is preferred and part of fix-all: exactly one candidate, in a specific statement. */
    readonly preferred?: TargetCandidate;
    /** The expected target is among the candidates (for a statement with a target). */
    readonly rightTarget?: boolean;
    /** The first candidate is the expected target. */
    readonly rightFirst?: boolean;
    readonly wrongPreferred: boolean;
    readonly deadline?: string;
    readonly start?: string;
}

function accepted(target: Target): Array<{ value: number; kind?: string; unit?: string } | 'binary'> {
    if (target === null) return [];
    if (target === 'binary') return ['binary'];
    if (typeof target === 'number') return [{ value: target }];
    return [{ value: target.v, kind: target.kind, unit: target.unit }, ...(target.alt ?? []).map(a => (a === 'binary' ? 'binary' as const : { value: a }))];
}

/** Whether a candidate is one of the targets a coach accepts: same number, a percentage or amount where one is meant. */
export function matches(candidate: TargetCandidate, target: Target): boolean {
    return accepted(target).some(expected => {
        if (expected === 'binary') return candidate.kind === 'binary';
        if (candidate.kind === 'binary' || Math.abs(candidate.value - expected.value) > 1e-9) return false;
        if (expected.kind === 'percent' && candidate.kind !== 'percent') return false;
        if (expected.kind === 'money' && candidate.kind !== 'money') return false;
        if (expected.kind === undefined && (candidate.kind === 'percent' || candidate.kind === 'money') && typeof target !== 'object') return false;
        if (expected.unit && !(candidate.unit ?? '').toLowerCase().startsWith(expected.unit.toLowerCase().slice(0, 4))) return false;
        return true;
    });
}

export function judge(statement: Labelled): Outcome {
    const reading = readStatement(statement.text);
    const candidates = targetCandidates(reading, GOAL_SPAN);
    const preferred = preferredCandidate(reading, candidates);
    const hasTarget = statement.target !== null;
    const deadlines = statementDeadlines(reading, { ...PLAN, goalStart: GOAL_SPAN.start });
    const starts = statementStarts(reading, { ...PLAN, goalStart: GOAL_SPAN.start });
    return {
        statement,
        specific: isSpecific(reading),
        candidates,
        preferred,
        rightTarget: hasTarget ? candidates.some(c => matches(c, statement.target)) : undefined,
        rightFirst: hasTarget ? candidates.length > 0 && matches(candidates[0], statement.target) : undefined,
        wrongPreferred: !!preferred && !matches(preferred, statement.target),
        deadline: deadlines.length > 0 ? formatDate(deadlines[deadlines.length - 1].day) : undefined,
        start: starts.length > 0 ? formatDate(starts[0].day) : undefined,
    };
}

export interface LanguageFigures {
    readonly statements: number;
    /** Precision and recall of "specific", and agreement with the coach on specific or not. */
    readonly precision: number;
    readonly recall: number;
    readonly accuracy: number;
    readonly quantified: number;
    readonly rightTarget: number;
    readonly rightFirst: number;
    readonly binary: number;
    readonly rightBinary: number;
    readonly wrongPreferred: number;
    /** Statements whose fix is preferred (applied by fix-all). */
    readonly preferred: number;
    readonly deadlines: number;
    readonly rightDeadlines: number;
}

export interface Figures {
    readonly nl: LanguageFigures;
    readonly en: LanguageFigures;
    readonly outcomes: readonly Outcome[];
}

function ratio(a: number, b: number): number {
    return b === 0 ? 1 : a / b;
}

function figuresOf(outcomes: readonly Outcome[]): LanguageFigures {
    const truePositive = outcomes.filter(o => o.specific && o.statement.specific).length;
    const predicted = outcomes.filter(o => o.specific).length;
    const actual = outcomes.filter(o => o.statement.specific).length;
    const agree = outcomes.filter(o => o.specific === o.statement.specific).length;
    const numeric = outcomes.filter(o => o.statement.target !== null && o.statement.target !== 'binary');
    const binary = outcomes.filter(o => o.statement.target === 'binary');
    const dated = outcomes.filter(o => o.statement.deadline !== undefined);
    return {
        statements: outcomes.length,
        precision: ratio(truePositive, predicted),
        recall: ratio(truePositive, actual),
        accuracy: ratio(agree, outcomes.length),
        quantified: numeric.length,
        rightTarget: ratio(numeric.filter(o => o.rightTarget).length, numeric.length),
        rightFirst: ratio(numeric.filter(o => o.rightFirst).length, numeric.length),
        binary: binary.length,
        rightBinary: ratio(binary.filter(o => o.rightTarget).length, binary.length),
        wrongPreferred: outcomes.filter(o => o.wrongPreferred).length,
        preferred: outcomes.filter(o => o.preferred).length,
        deadlines: dated.length,
        rightDeadlines: ratio(dated.filter(o => (o.deadline ?? null) === o.statement.deadline).length, dated.length),
    };
}

export function score(corpus: readonly Labelled[] = CORPUS): Figures {
    const outcomes = corpus.map(judge);
    return {
        nl: figuresOf(outcomes.filter(o => o.statement.lang === 'nl')),
        en: figuresOf(outcomes.filter(o => o.statement.lang === 'en')),
        outcomes,
    };
}

/** How a fix would write a candidate: "45 NPS", "80%", "€ 2000", "binary BHV-diploma". */
function candidateText(candidate: TargetCandidate): string {
    if (candidate.kind === 'binary') return `binary ${candidate.unit ?? ''}`.trim();
    const value = `${candidate.digits ?? candidate.value}${candidate.kind === 'percent' ? '%' : ''}`;
    const money = candidate.kind === 'money' ? ` money${candidate.currency ? ` ${candidate.currency}` : ''}` : '';
    return `${value}${money}${candidate.unit ? ` ${candidate.unit}` : ''}`;
}

/**
 * One statement as the reader reads it, in two lines: the verdict (S for specific) with the text, then the targets a
 * fix offers, the one fix-all would write, and the deadline and start. `npm run accuracy -- --readings FILE` writes
 * these for the corpus, so that a change to the reader can be compared reading by reading with `diff`.
 */
export function readingLines(text: string): string {
    const reading = readStatement(text);
    const candidates = targetCandidates(reading, GOAL_SPAN);
    const preferred = preferredCandidate(reading, candidates);
    const context = { ...PLAN, goalStart: GOAL_SPAN.start };
    const deadlines = statementDeadlines(reading, context).map(d => formatDate(d.day));
    const starts = statementStarts(reading, context).map(d => formatDate(d.day));
    return `${isSpecific(reading) ? 'S' : '-'} | ${text}\n    targets: ${candidates.map(candidateText).join('; ')}`
        + `${preferred ? ` | preferred ${candidateText(preferred)}` : ''}${deadlines.length ? ` | end ${deadlines.join(',')}` : ''}`
        + `${starts.length ? ` | start ${starts.join(',')}` : ''}`;
}

const percent = (x: number) => `${(x * 100).toFixed(1)} %`;

/** The figures as a small table, and every statement the reader judges differently from the coach. */
export function report(figures: Figures, verbose = false): string {
    const lines: string[] = [];
    lines.push('statement reader against the corpus (goal in a 2027 plan, running the whole year)', '');
    lines.push('                      nl          en');
    const row = (label: string, pick: (f: LanguageFigures) => string) => lines.push(`${label.padEnd(22)}${pick(figures.nl).padEnd(12)}${pick(figures.en)}`);
    row('statements', f => String(f.statements));
    row('specific: precision', f => percent(f.precision));
    row('specific: recall', f => percent(f.recall));
    row('specific: accuracy', f => percent(f.accuracy));
    row('quantified', f => String(f.quantified));
    row('right target offered', f => percent(f.rightTarget));
    row('right target first', f => percent(f.rightFirst));
    row('binary results', f => String(f.binary));
    row('binary target offered', f => percent(f.rightBinary));
    row('preferred fixes', f => String(f.preferred));
    row('wrong preferred fixes', f => String(f.wrongPreferred));
    row("deadlines right", f => `${percent(f.rightDeadlines)} (${f.deadlines})`);
    const misses = figures.outcomes.filter(o => o.specific !== o.statement.specific || o.wrongPreferred || o.rightTarget === false
        || (o.statement.deadline !== undefined && (o.deadline ?? null) !== o.statement.deadline));
    if (verbose && misses.length > 0) {
        lines.push('', 'differences from the coach:');
        for (const o of misses) {
            const got = o.candidates.map(c => `${c.kind === 'binary' ? 'binary' : c.value}${c.unit ? ' ' + c.unit : ''}${c.kind === 'percent' ? '%' : ''}`).join(' | ');
            const notes: string[] = [];
            if (o.specific !== o.statement.specific) notes.push(`specific ${o.specific} (coach ${o.statement.specific})`);
            if (o.rightTarget === false || o.wrongPreferred) notes.push(`target [${got}] (coach ${JSON.stringify(o.statement.target)})${o.wrongPreferred ? ' WRONG PREFERRED' : ''}`);
            if (o.statement.deadline !== undefined && (o.deadline ?? null) !== o.statement.deadline) notes.push(`deadline ${o.deadline ?? 'none'} (coach ${o.statement.deadline ?? 'none'})`);
            lines.push(`  [${o.statement.lang}] ${o.statement.text}\n      ${notes.join('; ')}`);
        }
    }
    return lines.join('\n');
}
