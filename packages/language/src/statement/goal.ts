/** A goal's statement read in the goal's own setting: the plan's period and the goal's dates. */
import type { Goal } from '../generated/ast.js';
import { datesOf, periodOf, planOf } from '../model/plan.js';
import { preferredCandidate, statementDeadlines, statementStarts, targetCandidates, type StatementDate, type TargetCandidate } from './candidates.js';
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
    const targets = targetCandidates(reading, { start: own.start, end: own.end });
    return {
        reading, targets, preferredTarget: preferredCandidate(reading, targets),
        deadlines: statementDeadlines(reading, context), starts: statementStarts(reading, context),
    };
}
