/** Money and hours: budget.* */
import { reflection, type Plan } from '../../generated/ast.js';
import { actionTotals, facilitationOf } from '../../model/plan.js';
import { formatMoney, formatNumber, parseMoney } from '../../model/values.js';
import type { CheckContext, Report } from '../finding.js';

const MONEY_PROPERTIES = ['budget', 'cost', 'money'] as const;

/** The money properties each type of node declares, looked up once per type. */
const moneyProperties = new Map<string, readonly string[]>();

function moneyPropertiesOf(type: string): readonly string[] {
    let found = moneyProperties.get(type);
    if (!found) {
        const declared = reflection.getTypeMetaData(type).properties;
        found = MONEY_PROPERTIES.filter(p => p in declared);
        moneyProperties.set(type, found);
    }
    return found;
}

/** Every amount written on a node reads as euros. */
export function checkAmounts(node: Record<string, unknown> & { $type: string }, report: Report): void {
    for (const property of moneyPropertiesOf(node.$type)) {
        const value = node[property];
        if (typeof value === 'string' && parseMoney(value) === undefined) {
            report({ code: 'budget.invalid-amount', node: node as never, property, params: { amount: value } });
        }
    }
}

/** The actions' total cost and hours fit what the employer facilitates. */
export function checkFacilitation(plan: Plan, ctx: CheckContext, report: Report): void {
    if (!plan.facilities) return;
    const facilitation = facilitationOf(plan);
    const totals = actionTotals(plan);
    if (facilitation.budget !== undefined && totals.cost > facilitation.budget) {
        report({
            code: 'budget.cost-exceeded', node: plan.facilities, property: 'budget',
            params: { total: formatMoney(totals.cost, ctx.locale), limit: formatMoney(facilitation.budget, ctx.locale) },
        });
    }
    if (facilitation.hours !== undefined && totals.hours > facilitation.hours) {
        report({
            code: 'budget.hours-exceeded', node: plan.facilities, property: 'hours',
            params: { total: formatNumber(totals.hours, ctx.locale), limit: formatNumber(facilitation.hours, ctx.locale) },
        });
    }
}
