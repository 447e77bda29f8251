/** Fixes for smart.acceptable.* */
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { kw, valueKeyword } from '../../keywords.js';
import { goalScope } from '../../model/plan.js';
import { includesEmployee, partyValue } from '../../validation/checks/acceptable.js';
import { insertAfterProperty } from './edits.js';
import { insertFix, onGoal, type Fix, type FixContext, type RuleFixes } from './fix.js';

export const acceptableFixes: RuleFixes = {
    'smart.acceptable.missing': onGoal((goal, ctx) => [addAcceptance(goal, ctx)]),
    'smart.acceptable.no-employee': onGoal((goal, ctx) => [addAcceptance(goal, ctx)]),
    'smart.acceptable.no-team': onGoal((goal, ctx) => [addAcceptance(goal, ctx)]),
};

/**
 * Adds the parties a goal of its scope needs: the employee (or the team) and the manager. Offered, never preferred:
 * that they accept the goal is theirs to say.
 */
export function addAcceptance(goal: Goal, ctx: FixContext): Fix | undefined {
    const team = goalScope(goal) === 'team';
    const wanted = team ? (['team', 'manager'] as const) : (['employee', 'manager'] as const);
    const present = new Set(goal.acceptedBy.map(partyValue));
    const missing = wanted.filter(p => {
        if (present.has(p)) return false;
        if (p === 'employee' && includesEmployee(goal, goal.acceptedBy)) return false;
        return true;
    });
    if (missing.length === 0) return undefined;
    const words = missing.map(p => valueKeyword('party', p, ctx.keywords));
    const title = t(ctx.locale, 'fixes.addAcceptance', { parties: words.join(', ') });
    if (goal.acceptedBy.length > 0) {
        const edit = insertAfterProperty(ctx.document, goal, 'acceptedBy', `, ${words.join(', ')}`, goal.acceptedBy.length - 1);
        return { title, edits: edit ? [edit] : [], preferred: false };
    }
    return insertFix(goal, [`${kw('acceptable', ctx.keywords)} ${kw('acceptableBy', ctx.keywords)} ${words.join(', ')}`], title, false, ctx);
}
