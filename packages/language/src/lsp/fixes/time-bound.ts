/** Fixes for smart.time-bound.* */
import type { TextEdit } from 'vscode-languageserver';
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { kw } from '../../keywords.js';
import { datesOf, goalHorizon, periodOf, planOf } from '../../model/plan.js';
import { addMonths, formatDate } from '../../model/values.js';
import { quote, replaceProperty } from './edits.js';
import { insertFix, onGoal, swapDates, type Fix, type FixContext, type RuleFixes } from './fix.js';
import { readGoal } from '../../statement/goal.js';
import type { StatementDate } from '../../statement/index.js';

export const timeBoundFixes: RuleFixes = {
    'smart.time-bound.no-start': onGoal((goal, ctx) => [...datesFromStatement(goal, 'start', ctx), addDate(goal, 'start', ctx)]),
    'smart.time-bound.no-end': onGoal((goal, ctx) => [...datesFromStatement(goal, 'end', ctx), addDate(goal, 'end', ctx)]),
    'smart.time-bound.end-before-start': onGoal((goal, ctx) => [swapDates(goal, ctx)]),
    'smart.time-bound.outside-period': onGoal((goal, ctx) => [moveIntoPeriod(goal, ctx)]),
    'smart.time-bound.overdue': onGoal((goal, ctx) => [addReview(goal, ctx)]),
};

/** Default dates: from the goal's actions first, then its other date and horizon, kept inside the plan period. */
export function defaultDate(goal: Goal, which: 'start' | 'end', today: number): number {
    const own = datesOf(goal);
    const period = periodOf(planOf(goal));
    const months = goalHorizon(goal) === 'long' ? 12 : 3;
    const base = period.start !== undefined && today < period.start ? period.start : today;
    const actionDates = actionDatesFor(goal, which);
    let day: number;
    if (which === 'start') {
        day = actionDates.length ? Math.min(...actionDates) : own.end !== undefined ? addMonths(own.end, -months) : base;
    } else {
        day = actionDates.length ? Math.max(...actionDates) : addMonths(own.start ?? base, months);
    }
    if (goalHorizon(goal) !== 'long' && period.start !== undefined && period.end !== undefined && period.start <= period.end) {
        day = Math.min(Math.max(day, period.start), period.end);
    }
    if (which === 'start' && own.end !== undefined) day = Math.min(day, own.end);
    if (which === 'end' && own.start !== undefined) day = Math.max(day, own.start);
    return day;
}

/**
 * The dates of the goal's actions that say something about its start or end. Only actions on the right side of the
 * goal's other date count: an action that ended before the goal starts must not make the goal end on its first day.
 */
function actionDatesFor(goal: Goal, which: 'start' | 'end'): number[] {
    const own = datesOf(goal);
    return goal.actions.flatMap(a => { const d = datesOf(a); return [d.start, d.end]; })
        .filter((d): d is number => d !== undefined)
        .filter(d => (which === 'start' ? own.end === undefined || d < own.end : own.start === undefined || d > own.start));
}

/**
 * The default date. Fix-all applies it only when the goal's actions give it and the statement names no date: a
 * default that only counts months from the other date is a guess, which a person should make.
 */
function addDate(goal: Goal, which: 'start' | 'end', ctx: FixContext): Fix {
    const date = formatDate(defaultDate(goal, which, ctx.today));
    const named = usableDates(goal, which, ctx).length > 0;
    const fromActions = actionDatesFor(goal, which).length > 0;
    return insertFix(goal, [`${kw(which, ctx.keywords)} ${date}`], t(ctx.locale, which === 'start' ? 'fixes.addStart' : 'fixes.addEnd', { date }),
        !named && fromActions, ctx);
}

/** Whether a goal starting or ending on `day` holds all its actions: a date that leaves one outside is no fix to apply unseen. */
function holdsItsActions(goal: Goal, which: 'start' | 'end', day: number): boolean {
    return goal.actions.every(a => {
        const d = datesOf(a);
        return which === 'end' ? [d.start, d.end].every(x => x === undefined || x <= day) : [d.start, d.end].every(x => x === undefined || x >= day);
    });
}

/** The statement's deadlines ("voor 1 juli", "by the end of Q2") or start dates ("vanaf 1 maart") that fit the goal's other date. */
function usableDates(goal: Goal, which: 'start' | 'end', ctx: FixContext): StatementDate[] {
    const read = readGoal(goal, ctx.today);
    if (!read) return [];
    const own = datesOf(goal);
    const dates = which === 'end' ? read.deadlines : read.starts;
    return dates.filter(d => which === 'end' ? own.start === undefined || d.day >= own.start : own.end === undefined || d.day <= own.end);
}

/** The one date the statement names for the start or the end, if it names exactly one that fits. */
export function statementDate(goal: Goal, which: 'start' | 'end', ctx: FixContext): number | undefined {
    const dates = usableDates(goal, which, ctx);
    return dates.length === 1 ? dates[0].day : undefined;
}

/**
 * "Use the date from the statement as the end date": one action per date, preferred when there is exactly one and it
 * leaves none of the goal's actions outside the goal.
 */
function datesFromStatement(goal: Goal, which: 'start' | 'end', ctx: FixContext): Fix[] {
    const dates = usableDates(goal, which, ctx);
    return dates.map(({ date, day }) => insertFix(goal, [`${kw(which, ctx.keywords)} ${formatDate(day)}`],
        t(ctx.locale, which === 'end' ? 'statement.fixes.endFromStatement' : 'statement.fixes.startFromStatement', { words: date.text, date: formatDate(day) }),
        dates.length === 1 && holdsItsActions(goal, which, day), ctx));
}

export function moveIntoPeriod(goal: Goal, ctx: FixContext): Fix | undefined {
    const period = periodOf(planOf(goal));
    if (period.start === undefined || period.end === undefined) return undefined;
    const own = datesOf(goal);
    const clamp = (d: number) => Math.min(Math.max(d, period.start!), period.end!);
    const edits: TextEdit[] = [];
    const newStart = own.start !== undefined ? clamp(own.start) : undefined;
    let newEnd = own.end !== undefined ? clamp(own.end) : undefined;
    if (newStart !== undefined && newEnd !== undefined && newEnd < newStart) newEnd = newStart;
    if (newStart !== undefined && newStart !== own.start) edits.push(replaceProperty(ctx.document, goal, 'start', formatDate(newStart))!);
    if (newEnd !== undefined && newEnd !== own.end) edits.push(replaceProperty(ctx.document, goal, 'end', formatDate(newEnd))!);
    return {
        title: t(ctx.locale, 'fixes.moveIntoPeriod', { start: formatDate(period.start), end: formatDate(period.end) }),
        edits: edits.filter(Boolean), preferred: true,
    };
}

/** A review dated today, with a measurement for the user to fill in. */
export function addReview(goal: Goal, ctx: FixContext): Fix {
    const date = formatDate(ctx.today);
    const unit = goal.target?.unit ?? (goal.target?.percent ? '%' : undefined);
    const measured = goal.target?.percent ? '0%' : goal.target?.money ? '€ 0' : `0${unit ? ' ' + unit : ''}`;
    const lines = [
        `${kw('review', ctx.keywords)} ${date} {`,
        `    ${kw('measured', ctx.keywords)} ${measured}`,
        `    ${kw('note', ctx.keywords)} ${quote(t(ctx.locale, 'templates.reviewNote'))}`,
        '}',
    ];
    return insertFix(goal, lines, t(ctx.locale, 'fixes.addReview', { date }), false, ctx);
}
