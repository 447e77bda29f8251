/** Dates: date.* */
import { isGoal, reflection, type Action, type Goal, type Plan, type Review } from '../../generated/ast.js';
import { datesOf, goalHorizon, goalStatus, periodOf, planOf, recordsResult } from '../../model/plan.js';
import { dateReading, formatDate, isIsoDate, parseDate } from '../../model/values.js';
import type { CheckContext, Finding, Report } from '../finding.js';
import type { RuleCode } from '../rules.js';

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

const MONTHS = [
    'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
] as const;
const ORDERS = { ymd: 'yearMonthDay', dmy: 'dayMonthYear', mdy: 'monthDayYear' } as const;

/** Every date written on a node exists in the calendar, and is written YYYY-MM-DD. */
export function checkDates(node: Record<string, unknown> & { $type: string }, report: Report): void {
    for (const property of datePropertiesOf(node.$type)) {
        const value = node[property];
        if (typeof value !== 'string' || isIsoDate(value)) {
            if (typeof value === 'string' && parseDate(value) === undefined) report(invalidDate(node, property, value));
            continue;
        }
        const reading = dateReading(value);
        if (!reading) {
            report(invalidDate(node, property, value));
            continue;
        }
        const iso = formatDate(reading.day);
        report({
            code: 'date.format', node: node as never, property,
            params: { date: value, iso, day: Number(iso.slice(8)), year: iso.slice(0, 4) },
            localParams: { order: `mistakes.dateOrders.${ORDERS[reading.order]}`, month: `mistakes.months.${MONTHS[Number(iso.slice(5, 7)) - 1]}` },
        });
    }
}

/**
 * A date that is none, with why when it is written as YYYY-MM-DD ("February 2027 has 28 days"). On a goal's start or
 * end it leaves the goal without a T: "start 2027-02-30" is no start.
 */
function invalidDate(node: Record<string, unknown> & { $type: string }, property: string, value: string): Finding {
    const goal = isGoal(node) ? node : undefined;
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    const month = iso ? Number(iso[2]) : 0;
    const base = { code: 'date.invalid', node: node as never, property, goal, criterion: goal ? 'time-bound' : undefined } as const;
    if (!iso) return { ...base, params: { date: value }, localParams: { why: 'mistakes.invalidDate.notADate' } };
    if (month < 1 || month > 12) return { ...base, params: { date: value, monthNumber: month }, localParams: { why: 'mistakes.invalidDate.noSuchMonth' } };
    const year = Number(iso[1]);
    const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return {
        ...base, params: { date: value, year, days }, counted: { days: 'days' },
        localParams: { month: `mistakes.months.${MONTHS[month - 1]}`, why: 'mistakes.invalidDate.dayOfMonth' },
    };
}

/** A review that records a result on a day still to come: most often a date with day and month swapped. */
export function checkReviewDate(review: Review, ctx: CheckContext, report: Report): void {
    const day = parseDate(review.date);
    if (day === undefined || day <= ctx.today || review.measured === undefined) return;
    const goal = review.$container;
    report({
        code: 'date.review-in-future', node: review, property: 'date',
        params: { date: review.date!, goal: goal.name ?? '', today: formatDate(ctx.today) }, goal,
    });
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
    report({ code: 'date.deadline-soon', node: goal, property: 'end', params: { goal: goal.name, end: formatDate(end), days: end - ctx.today }, counted: { days: 'days' }, goal });
}

/** The rules that report a goal's dates reversed, outside the plan period, or overdue. */
export interface GoalDateCodes {
    readonly reversed: RuleCode;
    readonly outside: RuleCode;
    readonly overdue: RuleCode;
}

/**
 * MAGIE has no T (Meetbaar, Acceptabel, Gecommuniceerd, Inspirerend, Engagerend), so the dates a MAGIE goal happens to
 * have report as plain date problems; a SMART goal's report against its T (checks/time-bound.ts).
 */
const DATE_CODES: GoalDateCodes = { reversed: 'date.end-before-start', outside: 'date.outside-period', overdue: 'date.overdue' };

/** The dates of a goal that is not SMART: in order, inside the period, not overdue. */
export function checkGoalDates(goal: Goal, ctx: CheckContext, report: Report): void {
    checkDatesOfGoal(goal, ctx, report, DATE_CODES);
}

/** The checks that hold for every goal that has dates, whatever its kind, reported under the codes given. */
export function checkDatesOfGoal(goal: Goal, ctx: CheckContext, report: Report, codes: GoalDateCodes): void {
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
