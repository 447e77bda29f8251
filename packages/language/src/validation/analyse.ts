import { AstUtils } from 'langium';
import { isAction, isGoal, isPlan, type Document, type Goal } from '../generated/ast.js';
import { goalKind } from '../model/plan.js';
import { parseDate, parseMoney } from '../model/values.js';
import type { AnalysisContext, Finding, Report } from './analysis.js';
import { checkAcceptable } from './acceptable.js';
import { checkDuplicateFields } from './duplicate-fields.js';
import { checkEr } from './er.js';
import { checkMagie } from './magie.js';
import { checkMeasurable } from './measurable.js';
import { checkPlan } from './plan-rules.js';
import { checkActionsWithinGoal, checkRealistic } from './realistic.js';
import { checkDerivation, checkNames } from './references.js';
import { checkSpecific } from './specific.js';
import { checkGoalDates, checkTimeBound } from './time-bound.js';

const DATE_PROPERTIES = ['start', 'end', 'date', 'deadline'] as const;
const MONEY_PROPERTIES = ['budget', 'cost', 'money'] as const;

/** Runs every rule over one document, in a single pass over its syntax tree. */
export function analyseDocument(root: Document, ctx: AnalysisContext): Finding[] {
    const findings: Finding[] = [];
    const report: Report = finding => findings.push(finding);
    checkNames(root, ctx, report);
    for (const node of AstUtils.streamAst(root)) {
        checkLiterals(node as unknown as Record<string, unknown> & { $type: string }, report);
        checkDuplicateFields(node, report);
        if (isPlan(node)) checkPlan(node, root, ctx, report);
        // A goal the parser could not give a name is a syntax error already; judging its parts would only add noise.
        else if (isGoal(node) && node.name) checkGoal(node, ctx, report);
        else if (isAction(node)) {
            const start = parseDate(node.start);
            const end = parseDate(node.end);
            if (start !== undefined && end !== undefined && end < start) {
                report({ code: 'date.action-reversed', node, property: 'end', params: { action: node.title, start: node.start!, end: node.end! }, goal: node.$container });
            }
        }
    }
    return findings;
}

export function checkGoal(goal: Goal, ctx: AnalysisContext, report: Report): void {
    const kind = goalKind(goal);
    if (kind === 'smart') {
        checkSpecific(goal, ctx, report);
        checkMeasurable(goal, ctx, report);
        checkAcceptable(goal, ctx, report);
        checkRealistic(goal, ctx, report);
        checkTimeBound(goal, ctx, report);
    } else if (kind === 'magie') {
        checkMagie(goal, ctx, report);
        checkActionsWithinGoal(goal, report);
    } else {
        checkEr(goal, ctx, report);
    }
    if (kind !== 'er') {
        checkGoalDates(goal, ctx, report);
        if (goal.supports.length === 0 && !goal.derivedFrom) {
            report({ code: 'plan.goal-unlinked', node: goal, property: 'name', params: { goal: goal.name }, goal });
        }
    }
    checkDerivation(goal, report);
}

function checkLiterals(node: Record<string, unknown> & { $type: string }, report: Report): void {
    for (const property of DATE_PROPERTIES) {
        const value = node[property];
        if (typeof value === 'string' && parseDate(value) === undefined) {
            report({ code: 'date.invalid', node: node as never, property, params: { date: value } });
        }
    }
    for (const property of MONEY_PROPERTIES) {
        const value = node[property];
        if (typeof value === 'string' && parseMoney(value) === undefined) {
            report({ code: 'budget.invalid-amount', node: node as never, property, params: { amount: value } });
        }
    }
}
