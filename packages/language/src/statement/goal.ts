/** A goal's statement read in the goal's own setting: the plan's period and the goal's dates. */
import type { Goal } from '../generated/ast.js';
import { datesOf, periodOf, planOf } from '../model/plan.js';
import {
    preferredCandidate, statementDeadlines, statementStarts, targetCandidates, type GoalSpan, type StatementDate, type TargetCandidate,
} from './candidates.js';
import type { DateContext } from './dates.js';
import { readStatement } from './read-statement.js';
import type { StatementReading } from './reading.js';

export interface GoalReading {
    readonly reading: StatementReading;
    /** What a target fix may propose, most likely first. */
    readonly targets: readonly TargetCandidate[];
    /** The target a fix may write unattended, if the reading is unambiguous. */
    readonly preferredTarget?: TargetCandidate;
    /** Deadlines and start dates the statement names, resolved against the plan period; earliest first. */
    readonly deadlines: readonly StatementDate[];
    readonly starts: readonly StatementDate[];
}

/** Reads a goal's statement; undefined for a goal without one. `today` resolves dates when the plan has no period. */
export function readGoal(goal: Goal, today: number): GoalReading | undefined {
    if (!goal.specific?.trim()) return undefined;
    const reading = readStatement(goal.specific);
    const own = datesOf(goal);
    const period = periodOf(planOf(goal));
    const context: DateContext = { periodStart: period.start, periodEnd: period.end, goalStart: own.start, today };
    const deadlines = statementDeadlines(reading, context);
    const starts = statementStarts(reading, context);
    const targets = targetCandidates(reading, rhythmSpan(own, starts, deadlines));
    return { reading, targets, preferredTarget: preferredCandidate(reading, targets), deadlines, starts };
}

/**
 * The days a rhythm runs, for its total: the goal's, shortened where the statement starts later or ends earlier
 * ("vanaf april elke maand een presentatie" runs nine months of a goal for the year).
 */
function rhythmSpan(own: GoalSpan, starts: readonly StatementDate[], deadlines: readonly StatementDate[]): GoalSpan {
    const within = (day: number) => own.start !== undefined && own.end !== undefined && day >= own.start && day <= own.end;
    const start = starts.map(d => d.day).filter(within).at(-1) ?? own.start;
    const end = deadlines.map(d => d.day).filter(day => within(day) && (start === undefined || day > start)).at(0) ?? own.end;
    return { start, end };
}
