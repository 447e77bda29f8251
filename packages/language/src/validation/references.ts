import type { Document, Goal, OrgGoal, Plan } from '../generated/ast.js';
import { isOrganisation, isPlan } from '../generated/ast.js';
import { goalHorizon, goalKind } from '../model/plan.js';
import type { AnalysisContext, Report } from './analysis.js';

/** Duplicate names of goals within a plan, and of organisation goals within the document or the workspace. */
export function checkNames(root: Document, ctx: AnalysisContext, report: Report): void {
    const orgGoals: OrgGoal[] = [];
    for (const item of root.items) {
        if (isOrganisation(item)) orgGoals.push(...item.goals);
        if (isPlan(item)) {
            orgGoals.push(...(item.startingPoints?.orgGoals ?? []));
            reportDuplicates(item.goals, 'goal', report);
        }
    }
    const duplicateInFile = reportDuplicates(orgGoals, 'orgGoal', report);
    if (ctx.orgGoalDeclaredElsewhere) {
        for (const orgGoal of orgGoals) {
            if (orgGoal.name && !duplicateInFile.has(orgGoal) && ctx.orgGoalDeclaredElsewhere(orgGoal.name)) {
                report({ code: 'ref.duplicate-name', node: orgGoal, property: 'name', params: { name: orgGoal.name }, localParams: { kind: 'kinds.orgGoal' } });
            }
        }
    }
}

function reportDuplicates<T extends Goal | OrgGoal>(nodes: readonly T[], kind: 'goal' | 'orgGoal', report: Report): Set<T> {
    const byName = new Map<string, T[]>();
    for (const node of nodes) {
        if (!node.name) continue;
        const list = byName.get(node.name);
        if (list) list.push(node); else byName.set(node.name, [node]);
    }
    const reported = new Set<T>();
    for (const [name, list] of byName) {
        if (list.length < 2) continue;
        for (const node of list) {
            reported.add(node);
            report({
                code: 'ref.duplicate-name', node, property: 'name', params: { name }, localParams: { kind: `kinds.${kind}` },
                related: list.filter(other => other !== node).map(other => ({ node: other, property: 'name', labelKey: 'related.otherDeclaration' })),
            });
        }
    }
    return reported;
}

/** 'derived-from' must point at a long-term or ER goal, and must not loop. */
export function checkDerivation(goal: Goal, report: Report): void {
    const target = goal.derivedFrom?.ref;
    if (!target) return;
    const seen = new Set<Goal>([goal]);
    for (let current: Goal | undefined = target; current; current = current.derivedFrom?.ref) {
        if (seen.has(current)) {
            if (current === goal) report({ code: 'ref.derived-from-self', node: goal, property: 'derivedFrom', params: { goal: goal.name }, goal });
            return;
        }
        seen.add(current);
    }
    if (goalHorizon(target) === 'short' && goalKind(target) !== 'er') {
        report({ code: 'ref.derived-from-short', node: goal, property: 'derivedFrom', params: { goal: goal.name, name: target.name }, goal });
    }
}

export function plansOf(root: Document): Plan[] {
    return root.items.filter(isPlan);
}
