/** Fixes for date.* */
import { AstUtils, type AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { isAction, isPeriod, isPlan } from '../../generated/ast.js';
import { addReview, moveIntoPeriod } from './time-bound.js';
import { t } from '../../i18n/catalogue.js';
import { replaceProperty } from './edits.js';
import { onGoal, type Fix, type FixContext, type RuleFixes } from './fix.js';

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

/** Swaps a reversed start and end date: a goal's, an action's or the plan period's. */
export function swapDates(node: AstNode & { start?: string; end?: string }, ctx: FixContext): Fix {
    const edits = [replaceProperty(ctx.document, node, 'start', node.end ?? ''), replaceProperty(ctx.document, node, 'end', node.start ?? '')]
        .filter((e): e is TextEdit => !!e);
    return { title: t(ctx.locale, 'fixes.swapDates'), edits: node.start && node.end ? edits : [], preferred: true };
}
