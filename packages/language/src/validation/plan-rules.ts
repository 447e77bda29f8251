import type { Plan, Document } from '../generated/ast.js';
import { isOrganisation } from '../generated/ast.js';
import { actionTotals, facilitationOf, goalKind, periodOf } from '../model/plan.js';
import { formatMoney, formatNumber } from '../model/values.js';
import type { AnalysisContext, Report } from './analysis.js';

/** The plan as a contract: who, when, with what support, from which starting points, signed. */
export function checkPlan(plan: Plan, root: Document, ctx: AnalysisContext, report: Report): void {
    if (!plan.employee?.trim()) report({ code: 'plan.missing-employee', node: plan, property: 'title', params: {} });
    if (!plan.manager?.trim()) report({ code: 'plan.missing-manager', node: plan, property: 'title', params: {} });
    if (!plan.period) report({ code: 'plan.missing-period', node: plan, property: 'title', params: {} });
    if (!plan.facilities) report({ code: 'plan.missing-facilities', node: plan, property: 'title', params: {} });
    checkStartingPoints(plan, root, report);
    if (plan.goals.length === 0) {
        report({ code: 'plan.no-goals', node: plan, property: 'title', params: {} });
    } else if (plan.goals.length >= 3) {
        const smart = plan.goals.filter(g => goalKind(g) === 'smart').length;
        if (smart * 2 < plan.goals.length) {
            report({ code: 'plan.few-smart-goals', node: plan, property: 'title', params: { smart, count: plan.goals.length } });
        }
    }
    const period = periodOf(plan);
    if (period.start !== undefined && period.end !== undefined && period.end < period.start) {
        report({ code: 'date.period-reversed', node: plan.period!, property: 'end', params: { start: plan.period!.start, end: plan.period!.end } });
    }
    checkFacilitation(plan, ctx, report);
    if (!plan.signOff || plan.signOff.signatures.length === 0) {
        report({ code: 'plan.unsigned', node: plan.signOff ?? plan, property: plan.signOff ? undefined : 'title', params: {} });
    }
}

function checkStartingPoints(plan: Plan, root: Document, report: Report): void {
    const sp = plan.startingPoints;
    const hasOrgGoals = (sp?.orgGoals.length ?? 0) > 0
        || root.items.some(isOrganisation)
        || plan.goals.some(g => g.supports.length > 0);
    const missing: Array<'orgGoals' | 'currentRole' | 'futureRole' | 'functioning' | 'careerWishes'> = [];
    if (!hasOrgGoals) missing.push('orgGoals');
    if (!sp?.currentRole?.trim()) missing.push('currentRole');
    if (!sp?.futureRole?.trim()) missing.push('futureRole');
    if (!sp?.functioning?.trim() && !sp?.strengths.length && !sp?.improvements.length) missing.push('functioning');
    if (!sp?.careerWishes?.trim()) missing.push('careerWishes');
    for (const point of missing) {
        report({
            code: 'plan.missing-starting-point', node: sp ?? plan, property: sp ? undefined : 'title',
            params: {}, localParams: { point: `startingPoints.${point}` },
        });
    }
}

function checkFacilitation(plan: Plan, ctx: AnalysisContext, report: Report): void {
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
