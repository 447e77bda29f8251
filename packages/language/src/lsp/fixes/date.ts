/** Fixes for date.* */
import { AstUtils } from 'langium';
import { isAction, isPeriod, isPlan } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { dateReading, formatDate, parseDate } from '../../model/values.js';
import { addReview, moveIntoPeriod } from './time-bound.js';
import { onGoal, swapDates, type RuleFixes } from './fix.js';

export const dateFixes: RuleFixes = {
    'date.action-reversed': ({ node }, ctx) => {
        const action = node && AstUtils.getContainerOfType(node, isAction);
        return action ? [swapDates(action, ctx)] : [];
    },
    'date.period-reversed': ({ node }, ctx) => {
        const period = node && (AstUtils.getContainerOfType(node, isPeriod) ?? AstUtils.getContainerOfType(node, isPlan)?.period);
        return period ? [swapDates(period, ctx)] : [];
    },
    // A MAGIE goal's dates: the same fixes as smart.time-bound.*.
    'date.end-before-start': onGoal((goal, ctx) => [swapDates(goal, ctx)]),
    'date.outside-period': onGoal((goal, ctx) => [moveIntoPeriod(goal, ctx)]),
    'date.overdue': onGoal((goal, ctx) => [addReview(goal, ctx)]),
    /** The date as it was read, written YYYY-MM-DD. Offered, not applied unattended: the reading is for the user to confirm. */
    'date.format': ({ diagnostic }, ctx) => {
        const reading = dateReading(ctx.document.textDocument.getText(diagnostic.range));
        if (!reading) return [];
        const iso = formatDate(reading.day);
        return [{ title: t(ctx.locale, 'fixes.replaceWith', { name: iso }), edits: [{ range: diagnostic.range, newText: iso }], preferred: false }];
    },
    /** Day and month swapped, when that gives a day that has passed. */
    'date.review-in-future': ({ diagnostic }, ctx) => {
        const day = parseDate(ctx.document.textDocument.getText(diagnostic.range));
        if (day === undefined) return [];
        const [year, month, date] = formatDate(day).split('-');
        const swapped = parseDate(`${year}-${date}-${month}`);
        if (swapped === undefined || swapped > ctx.today || swapped === day) return [];
        const iso = formatDate(swapped);
        return [{ title: t(ctx.locale, 'fixes.replaceWith', { name: iso }), edits: [{ range: diagnostic.range, newText: iso }], preferred: false }];
    },
};
