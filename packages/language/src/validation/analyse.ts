import type { AstNode } from 'langium';
import { isAction, isGoal, isPlan, reflection, type Document, type Goal } from '../generated/ast.js';
import { hasDuplicateFields } from '../pop-parser.js';
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

/**
 * Calls `visit` for the node and every node it contains, in the order of Langium's `streamAst`. A plain
 * recursion: the stream's iterator objects and per-node key arrays were a quarter of a validation's time.
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

/** Runs every rule over one document, in a single pass over its syntax tree. */
export function analyseDocument(root: Document, ctx: AnalysisContext): Finding[] {
    const findings: Finding[] = [];
    const report: Report = finding => findings.push(finding);
    checkNames(root, ctx, report);
    forEachNode(root, node => {
        checkLiterals(node as unknown as Record<string, unknown> & { $type: string }, report);
        // The parser marks the nodes where a field was written twice; only those need the walk over their syntax.
        if (hasDuplicateFields(node)) checkDuplicateFields(node, report);
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
    });
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

/** The date and money properties each type of node declares, looked up once per type. */
const literalProperties = new Map<string, { dates: readonly string[]; money: readonly string[] }>();

function literalPropertiesOf(type: string): { dates: readonly string[]; money: readonly string[] } {
    let found = literalProperties.get(type);
    if (!found) {
        const declared = reflection.getTypeMetaData(type).properties;
        found = { dates: DATE_PROPERTIES.filter(p => p in declared), money: MONEY_PROPERTIES.filter(p => p in declared) };
        literalProperties.set(type, found);
    }
    return found;
}

function checkLiterals(node: Record<string, unknown> & { $type: string }, report: Report): void {
    const { dates, money } = literalPropertiesOf(node.$type);
    for (const property of dates) {
        const value = node[property];
        if (typeof value === 'string' && parseDate(value) === undefined) {
            report({ code: 'date.invalid', node: node as never, property, params: { date: value } });
        }
    }
    for (const property of money) {
        const value = node[property];
        if (typeof value === 'string' && parseMoney(value) === undefined) {
            report({ code: 'budget.invalid-amount', node: node as never, property, params: { amount: value } });
        }
    }
}
