/** The T of SMART: smart.time-bound.* */
import type { Goal } from '../../generated/ast.js';
import { datesOf, goalHorizon, goalKind, goalStatus, periodOf, planOf, recordsResult } from '../../model/plan.js';
import { formatDate } from '../../model/values.js';
import type { CheckContext, Report } from '../finding.js';

/** The parts that only SMART goals need: a start and an end date. */
export function checkTimeBound(goal: Goal, report: Report): void {
    if (goal.start === undefined) {
        report({ code: 'smart.time-bound.no-start', node: goal, property: 'name', params: { goal: goal.name }, goal });
    }
    if (goal.end === undefined) {
        report({ code: 'smart.time-bound.no-end', node: goal, property: 'name', params: { goal: goal.name }, goal });
    }
}

/**
 * The codes of the date checks by kind of goal. A SMART goal's dates are its T, so they count against that letter;
 * MAGIE has no T (Meetbaar, Acceptabel, Gecommuniceerd, Inspirerend, Engagerend), so the same checks on the dates a
 * MAGIE goal happens to have report as plain date problems.
 */
const DATE_CODES = {
    smart: { reversed: 'smart.time-bound.end-before-start', outside: 'smart.time-bound.outside-period', overdue: 'smart.time-bound.overdue' },
    other: { reversed: 'date.end-before-start', outside: 'date.outside-period', overdue: 'date.overdue' },
} as const;

/** The checks that hold for every goal that has dates, whatever its kind: in order, inside the period, not overdue. */
export function checkGoalDates(goal: Goal, ctx: CheckContext, report: Report): void {
    const codes = goalKind(goal) === 'smart' ? DATE_CODES.smart : DATE_CODES.other;
    const { start, end } = datesOf(goal);
    if (start !== undefined && end !== undefined && end < start) {
        report({ code: codes.reversed, node: goal, property: 'end', params: { goal: goal.name, start: goal.start!, end: goal.end! }, goal });
        return;
    }
    const plan = planOf(goal);
    const period = periodOf(plan);
    if (goalHorizon(goal) !== 'long' && period.start !== undefined && period.end !== undefined && period.end >= period.start) {
        const outside = (start !== undefined && (start < period.start || start > period.end))
            || (end !== undefined && (end > period.end || end < period.start));
        if (outside) {
            report({
                code: codes.outside, node: goal,
                property: start !== undefined && (start < period.start || start > period.end) ? 'start' : 'end', goal,
                params: {
                    goal: goal.name, start: goal.start ?? '?', end: goal.end ?? '?',
                    periodStart: formatDate(period.start), periodEnd: formatDate(period.end),
                },
                related: plan?.period ? [{ node: plan.period, labelKey: 'related.planPeriod' }] : undefined,
            });
        }
    }
    if (end === undefined || end >= ctx.today) return;
    const status = goalStatus(goal);
    if (status === 'done' || status === 'cancelled') return;
    if (!goal.reviews.some(r => recordsResult(r, ctx.today))) {
        report({ code: codes.overdue, node: goal, property: 'end', params: { goal: goal.name, end: formatDate(end) }, goal });
    }
}
