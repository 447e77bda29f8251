/** Fixes for budget.* */
import type { Plan } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { actionTotals } from '../../model/plan.js';
import { formatMoney } from '../../model/values.js';
import { replaceProperty } from './edits.js';
import { onPlan, type Fix, type FixContext, type RuleFixes } from './fix.js';

export const budgetFixes: RuleFixes = {
    'budget.cost-exceeded': onPlan((plan, ctx) => [raiseBudget(plan, ctx)]),
};

/** Raising the budget is the employer's decision, so the fix is offered, never applied unattended. */
function raiseBudget(plan: Plan, ctx: FixContext): Fix | undefined {
    if (!plan.facilities?.budget) return undefined;
    const total = actionTotals(plan).cost;
    const amount = formatMoney(total, ctx.keywords);
    const edit = replaceProperty(ctx.document, plan.facilities, 'budget', amount);
    return { title: t(ctx.locale, 'fixes.raiseBudget', { amount }), edits: edit ? [edit] : [], preferred: false };
}
