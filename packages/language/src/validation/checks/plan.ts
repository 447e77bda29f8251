/** The plan as a whole: plan.* */
import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';
import { isOrganisation, type Document, type Goal, type Plan } from '../../generated/ast.js';
import { goalKind, goalStatus } from '../../model/plan.js';
import { signingParty, unsignedLines } from '../../model/sign-off.js';
import type { Report } from '../finding.js';

const { isAssignment, isKeyword } = GrammarAST;

/** The plan as a contract: who, when, with what support, from which starting points, with which goals. */
export function checkPlan(plan: Plan, root: Document, report: Report): void {
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
    if (missing.length === 0) return;
    // One finding listing them all: five warnings on one spot said less than one sentence does.
    report({
        code: 'plan.missing-starting-point', node: sp ?? plan, property: sp ? undefined : 'title',
        params: {}, localParams: { points: missing.map(point => `startingPoints.${point}` as const) },
    });
}

/** Signed, with dates: what makes the plan an agreement. A signature line without its date is not signed yet. */
export function checkSignOff(plan: Plan, report: Report): void {
    if (!plan.signOff || plan.signOff.signatures.length === 0) {
        report({ code: 'plan.unsigned', node: plan.signOff ?? plan, property: plan.signOff ? undefined : 'title', params: {}, localParams: { state: 'mistakes.signOff.none' } });
        return;
    }
    for (const signature of unsignedLines(plan)) {
        const state = signature.date === undefined ? 'mistakes.signOff.undated' : 'mistakes.signOff.invalidDate';
        report({ code: 'plan.unsigned', node: signature, params: { name: signature.name ?? '' }, localParams: { state } });
    }
    // Signed by others only ("two employees", HR): the agreement still needs both of its parties.
    const parties = new Set(plan.signOff.signatures.map(signature => signingParty(signature)));
    for (const party of ['employee', 'manager'] as const) {
        if (parties.has(party)) continue;
        const state = party === 'employee' ? 'mistakes.signOff.noEmployee' : 'mistakes.signOff.noManager';
        report({ code: 'plan.unsigned', node: plan.signOff, params: {}, localParams: { state } });
    }
}

/** A SMART or MAGIE goal serves an organisation goal, or derives from a goal that does; a cancelled goal need not. */
export function checkGoalLinked(goal: Goal, report: Report): void {
    if (goal.supports.length === 0 && !goal.derivedFrom && goalStatus(goal) !== 'cancelled') {
        report({ code: 'plan.goal-unlinked', node: goal, property: 'name', params: { goal: goal.name }, goal });
    }
}

/** What a grammar element means for the duplicate-field check, worked out once per element rather than once per node. */
interface Role {
    /** A keyword; a word (not a brace) names the field that follows it. */
    readonly keyword: boolean;
    readonly word: boolean;
    /** The feature a single-valued assignment sets. */
    readonly feature?: string;
}

const roles = new WeakMap<object, Role>();
const NONE: Role = { keyword: false, word: false };

function roleOf(source: CstNode['grammarSource']): Role {
    if (!source) return NONE;
    let role = roles.get(source);
    if (!role) {
        if (isKeyword(source)) role = { keyword: true, word: /^\p{L}/u.test(source.value) };
        else {
            const assignment = source.$container;
            role = isAssignment(assignment) && assignment.operator === '=' ? { keyword: false, word: false, feature: assignment.feature } : NONE;
        }
        roles.set(source, role);
    }
    return role;
}

/**
 * A field written twice (two 'start' lines in one goal) keeps only the last value; the earlier one would be lost
 * without a word. This walks the node's concrete syntax once and reports each earlier, ignored value.
 */
export function checkDuplicateFields(node: AstNode, report: Report): void {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return;
    let seen: Map<string, { child: CstNode; keyword?: CstNode }> | undefined;
    let lastKeyword: CstNode | undefined;
    for (const child of cst.content) {
        if (child.hidden) continue;
        const role = roleOf(child.grammarSource);
        if (role.keyword) {
            // Only a word names a field; a brace before a block-valued field (sign-off, starting-points) does not.
            lastKeyword = role.word ? child : undefined;
            continue;
        }
        const keyword = lastKeyword;
        lastKeyword = undefined;
        const feature = role.feature;
        if (feature === undefined) continue;
        seen ??= new Map();
        const earlier = seen.get(feature);
        if (earlier) {
            const field = earlier.keyword?.text ?? feature;
            report({
                code: 'plan.duplicate-field', node,
                offset: { start: (earlier.keyword ?? earlier.child).offset, end: earlier.child.end },
                params: { field },
            });
        }
        seen.set(feature, { child, keyword });
    }
}
