/**
 * Runs every check over one document in a single pass over its syntax tree. The checks themselves live in
 * checks/<prefix>.ts, one file per rule-code prefix; this file only decides which of them sees which node.
 */
import type { AstNode } from 'langium';
import { isAction, isGoal, isPlan, isReview, type Document, type Goal } from '../generated/ast.js';
import { hasDuplicateFields } from '../pop-parser.js';
import { goalKind } from '../model/plan.js';
import type { CheckContext, Finding, Report } from './finding.js';
import { checkAcceptable } from './checks/acceptable.js';
import { checkAmounts, checkFacilitation } from './checks/budget.js';
import { checkActionDates, checkDates, checkDeadlineSoon, checkGoalDates, checkPlanPeriod, checkReviewDate } from './checks/date.js';
import { checkEr } from './checks/er.js';
import { checkMagie } from './checks/magie.js';
import { checkMeasurable } from './checks/measurable.js';
import { checkDuplicateFields, checkGoalLinked, checkPlan, checkSignOff } from './checks/plan.js';
import { checkActionsWithinGoal, checkRealistic } from './checks/realistic.js';
import { checkDerivation, checkNames } from './checks/ref.js';
import { checkSpecific } from './checks/specific.js';
import { checkTimeBound } from './checks/time-bound.js';

/**
 * Calls `visit` for the node and every node it contains, in the order of Langium's `streamAst`. A plain
 * recursion rather than the stream, whose iterator objects and per-node key arrays cost a quarter of a validation.
 */
function forEachNode(node: AstNode, visit: (node: AstNode) => void): void {
    visit(node);
    for (const key in node) {
        if (key.charCodeAt(0) === 36 /* $ */) continue;
        const value = (node as unknown as Record<string, unknown>)[key];
        if (typeof value !== 'object' || value === null) continue;
        if (Array.isArray(value)) {
            for (const item of value) if (isNode(item)) forEachNode(item, visit);
        } else if (isNode(value)) forEachNode(value, visit);
    }
}

function isNode(value: unknown): value is AstNode {
    return typeof value === 'object' && value !== null && typeof (value as AstNode).$type === 'string';
}

/** Every finding of every rule on one document. Syntax errors and unresolved references come from Langium instead. */
export function checkDocument(root: Document, ctx: CheckContext): Finding[] {
    const findings: Finding[] = [];
    const report: Report = finding => findings.push(finding);
    checkNames(root, ctx, report);
    forEachNode(root, node => {
        const literals = node as unknown as Record<string, unknown> & { $type: string };
        checkDates(literals, report);
        checkAmounts(literals, report);
        // The parser marks the nodes where a field was written twice; only those need the walk over their syntax.
        if (hasDuplicateFields(node)) checkDuplicateFields(node, report);
        if (isPlan(node)) {
            checkPlan(node, root, report);
            checkPlanPeriod(node, report);
            checkFacilitation(node, ctx, report);
            checkSignOff(node, report);
        }
        // A goal the parser could not give a name is a syntax error already; judging its parts would only add noise.
        else if (isGoal(node) && node.name) checkGoal(node, ctx, report);
        else if (isAction(node)) checkActionDates(node, report);
        else if (isReview(node)) checkReviewDate(node, ctx, report);
    });
    return findings;
}

/** A goal by its kind: the SMART letters, the MAGIE letters, or an ER goal's starting-point checks. */
function checkGoal(goal: Goal, ctx: CheckContext, report: Report): void {
    const kind = goalKind(goal);
    if (kind === 'smart') {
        checkSpecific(goal, ctx, report);
        checkMeasurable(goal, report);
        checkAcceptable(goal, report);
        checkRealistic(goal, report);
        checkActionsWithinGoal(goal, report);
        checkTimeBound(goal, ctx, report);
    } else if (kind === 'magie') {
        checkMagie(goal, report);
        checkActionsWithinGoal(goal, report);
    } else {
        checkEr(goal, report);
    }
    if (kind === 'magie') checkGoalDates(goal, ctx, report);
    if (kind !== 'er') {
        checkDeadlineSoon(goal, ctx, report);
        checkGoalLinked(goal, report);
    }
    checkDerivation(goal, report);
}
