/** Fixes for smart.specific.* */
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { kw, valueKeyword } from '../../keywords.js';
import { replaceProperty } from './edits.js';
import { addTemplate, insertFix, onGoal, type Fix, type FixContext, type RuleFixes } from './fix.js';

export const specificFixes: RuleFixes = {
    'smart.specific.missing': onGoal((goal, ctx) => [addTemplate(goal, 'specific', 'templates.specific', 'fixes.addSpecific', ctx)]),
    'smart.specific.comparative': onGoal((goal, ctx) => [markEr(goal, ctx)]),
};

/** A comparative states a direction: the goal may be meant as an ER goal. Only the user can say. */
function markEr(goal: Goal, ctx: FixContext): Fix | undefined {
    const er = valueKeyword('kind', 'er', ctx.keywords);
    const title = t(ctx.locale, 'fixes.markEr', { goal: goal.name });
    if (goal.kind) {
        const edit = replaceProperty(ctx.document, goal, 'kind', er);
        return { title, edits: edit ? [edit] : [], preferred: false };
    }
    return insertFix(goal, [`${kw('kind', ctx.keywords)} ${er}`], title, false, ctx);
}
