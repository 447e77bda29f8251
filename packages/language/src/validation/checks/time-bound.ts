/** The T of SMART: smart.time-bound.* */
import type { Goal } from '../../generated/ast.js';
import type { CheckContext, Report } from '../finding.js';
import { checkDatesOfGoal, type GoalDateCodes } from './date.js';

/**
 * A SMART goal's dates: a start and an end, in order, inside the plan period and not overdue. The last three are the
 * checks every goal with dates gets (checks/date.ts); for a SMART goal they count against its T.
 */
export function checkTimeBound(goal: Goal, ctx: CheckContext, report: Report): void {
    if (goal.start === undefined) {
        report({ code: 'smart.time-bound.no-start', node: goal, property: 'name', params: { goal: goal.name }, goal });
    }
    if (goal.end === undefined) {
        report({ code: 'smart.time-bound.no-end', node: goal, property: 'name', params: { goal: goal.name }, goal });
    }
    checkDatesOfGoal(goal, ctx, report, TIME_BOUND_CODES);
}

const TIME_BOUND_CODES: GoalDateCodes = {
    reversed: 'smart.time-bound.end-before-start', outside: 'smart.time-bound.outside-period', overdue: 'smart.time-bound.overdue',
};
