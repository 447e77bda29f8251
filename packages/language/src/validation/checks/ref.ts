/** References and names: ref.* */
import { AstUtils, type LangiumDocument } from 'langium';
import type { Document, Goal, OrgGoal } from '../../generated/ast.js';
import { isGoal, isOrganisation, isPlan } from '../../generated/ast.js';
import { catalogue, format } from '../../i18n/catalogue.js';
import type { Locale } from '../../keywords.js';
import { goalHorizon, goalKind } from '../../model/plan.js';
import { similarNames } from '../../model/similar.js';
import type { CheckContext, Report, ReportLocated } from '../finding.js';
import { rangeOf } from '../positions.js';
import { ruleMessage } from '../rule-message.js';

/** Duplicate names of goals within a plan, and of organisation goals within the document or the workspace. */
export function checkNames(root: Document, ctx: CheckContext, report: Report): void {
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
            // A plan's goal carries the finding, so the rendered plan lists it under each goal, not twice for the plan.
            report({
                code: 'ref.duplicate-name', node, property: 'name', params: { name }, localParams: { kind: `kinds.${kind}` },
                goal: isGoal(node) ? node : undefined,
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

/**
 * Each reference Langium could not link, with the declared names it may have meant: the goals of its plan, or
 * the organisation goals of the workspace (`orgGoalNames`, asked only when an organisation goal is not found).
 */
export function checkUnresolvedReferences(document: LangiumDocument, locale: Locale, orgGoalNames: () => string[], report: ReportLocated): void {
    for (const reference of document.references) {
        const error = reference.error;
        if (!error) continue;
        const kind = error.info.property === 'derivedFrom' ? 'goal' : 'orgGoal';
        const name = error.info.reference.$refText;
        const candidates = kind === 'goal'
            ? AstUtils.getContainerOfType(error.info.container, isPlan)?.goals.map(g => g.name).filter(Boolean) ?? []
            : orgGoalNames();
        const suggestions = similarNames(name, candidates);
        let message = ruleMessage(locale, 'ref.unresolved', { params: { name }, localParams: { kind: `kinds.${kind}` } });
        if (suggestions.length > 0) {
            const syntax = catalogue(locale).syntax;
            const names = suggestions.map(s => `'${s}'`);
            const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}${syntax.or}${names[names.length - 1]}`;
            message += format(syntax.didYouMean, { names: list });
        }
        const range = reference.$refNode?.range ?? rangeOf(error.info.container, error.info.property, error.info.index);
        report({ code: 'ref.unresolved', range, message, suggestions: suggestions.length > 0 ? suggestions : undefined });
    }
}
