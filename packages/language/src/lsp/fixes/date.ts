/** Fixes for date.* */
import { AstUtils } from 'langium';
import { isAction, isPeriod, isPlan } from '../../generated/ast.js';
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
};
