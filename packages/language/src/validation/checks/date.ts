/** Dates: date.* */
import { reflection, type Action, type Goal, type Plan } from '../../generated/ast.js';
import { datesOf, goalStatus, periodOf } from '../../model/plan.js';
import { formatDate, parseDate } from '../../model/values.js';
import type { CheckContext, Report } from '../finding.js';

const DATE_PROPERTIES = ['start', 'end', 'date', 'deadline'] as const;

/** The date properties each type of node declares, looked up once per type. */
const dateProperties = new Map<string, readonly string[]>();

function datePropertiesOf(type: string): readonly string[] {
    let found = dateProperties.get(type);
    if (!found) {
        const declared = reflection.getTypeMetaData(type).properties;
        found = DATE_PROPERTIES.filter(p => p in declared);
        dateProperties.set(type, found);
    }
    return found;
}

/** Every date written on a node exists in the calendar. */
export function checkDates(node: Record<string, unknown> & { $type: string }, report: Report): void {
    for (const property of datePropertiesOf(node.$type)) {
        const value = node[property];
        if (typeof value === 'string' && parseDate(value) === undefined) {
            report({ code: 'date.invalid', node: node as never, property, params: { date: value } });
        }
    }
}

export function checkPlanPeriod(plan: Plan, report: Report): void {
    const period = periodOf(plan);
    if (period.start !== undefined && period.end !== undefined && period.end < period.start) {
        report({ code: 'date.period-reversed', node: plan.period!, property: 'end', params: { start: plan.period!.start, end: plan.period!.end } });
    }
}

export function checkActionDates(action: Action, report: Report): void {
    const start = parseDate(action.start);
    const end = parseDate(action.end);
    if (start !== undefined && end !== undefined && end < start) {
        report({ code: 'date.action-reversed', node: action, property: 'end', params: { action: action.title, start: action.start!, end: action.end! }, goal: action.$container });
    }
}

/** A reminder, as in an agenda: an open goal ends within 14 days. */
export function checkDeadlineSoon(goal: Goal, ctx: CheckContext, report: Report): void {
    const { start, end } = datesOf(goal);
    // Reversed dates are reported as such (smart.time-bound.end-before-start), not as a deadline.
    if (end === undefined || end < ctx.today || end - ctx.today > 14 || (start !== undefined && end < start)) return;
    const status = goalStatus(goal);
    if (status === 'done' || status === 'cancelled') return;
    report({ code: 'date.deadline-soon', node: goal, property: 'end', params: { goal: goal.name, end: formatDate(end), days: end - ctx.today }, goal });
}
