/** The T of SMART: smart.time-bound.* */
import type { Goal } from '../../generated/ast.js';
import { datesOf, goalHorizon, goalStatus, periodOf, planOf } from '../../model/plan.js';
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

/** The checks that hold for every goal that has dates, whatever its kind: in order, inside the period, not overdue. */
export function checkGoalDates(goal: Goal, ctx: CheckContext, report: Report): void {
    const { start, end } = datesOf(goal);
    if (start !== undefined && end !== undefined && end < start) {
        report({ code: 'smart.time-bound.end-before-start', node: goal, property: 'end', params: { goal: goal.name, start: goal.start!, end: goal.end! }, goal });
        return;
    }
    const plan = planOf(goal);
    const period = periodOf(plan);
    if (goalHorizon(goal) !== 'long' && period.start !== undefined && period.end !== undefined && period.end >= period.start) {
        const outside = (start !== undefined && (start < period.start || start > period.end))
            || (end !== undefined && (end > period.end || end < period.start));
        if (outside) {
            report({
                code: 'smart.time-bound.outside-period', node: goal,
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
    if (!goal.reviews.some(r => r.measured !== undefined)) {
        report({ code: 'smart.time-bound.overdue', node: goal, property: 'end', params: { goal: goal.name, end: formatDate(end) }, goal });
    }
}
