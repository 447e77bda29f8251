/** Fixes for er.* */
import { GrammarUtils } from 'langium';
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { kw, valueKeyword } from '../../keywords.js';
import { periodOf, planOf } from '../../model/plan.js';
import { addMonths, formatDate } from '../../model/values.js';
import { quote } from './edits.js';
import { onGoal, type Fix, type FixContext, type RuleFixes } from './fix.js';
import { makeSmart } from './make-smart.js';

export const erFixes: RuleFixes = {
    'er.starting-point': onGoal((goal, ctx) => [makeSmart(goal, ctx)]),
    'er.no-smart-goal': onGoal((goal, ctx) => [addDerivedGoal(goal, ctx)]),
};

/** A new short-term SMART goal after this one, derived from it, with template text to fill in. */
function addDerivedGoal(goal: Goal, ctx: FixContext): Fix | undefined {
    const cst = goal.$cstNode;
    // After a goal the parser had to recover, the new goal would land inside the broken text.
    if (!cst || !GrammarUtils.findNodeForKeyword(cst, '}')) return undefined;
    const text = ctx.document.textDocument.getText();
    const lineStart = text.lastIndexOf('\n', cst.offset - 1) + 1;
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const plan = planOf(goal);
    // While two goals share this name, 'derived-from' could not say which one it means: the duplicate comes first.
    if (plan && plan.goals.filter(g => g.name === goal.name).length > 1) return undefined;
    const taken = new Set(plan?.goals.map(g => g.name));
    let name = `${goal.name}-smart`;
    for (let i = 2; taken.has(name); i++) name = `${goal.name}-smart-${i}`;
    const k = (id: Parameters<typeof kw>[0]) => kw(id, ctx.keywords);
    const period = periodOf(plan);
    const start = period.start !== undefined && ctx.today < period.start ? period.start : ctx.today;
    let end = addMonths(start, 3);
    if (period.end !== undefined && end > period.end && period.end >= start) end = period.end;
    const body = [
        `${k('goal')} ${name} ${quote(t(ctx.locale, 'templates.derivedTitle', { title: goal.title }))} {`,
        `    ${k('horizon')} ${valueKeyword('horizon', 'short', ctx.keywords)}`,
        `    ${k('derivedFrom')} ${goal.name}`,
        `    ${k('specific')} ${quote(t(ctx.locale, 'templates.specific'))}`,
        `    ${k('measurable')} 1 ${quote(t(ctx.locale, 'templates.target'))}`,
        `    ${k('method')} ${quote(t(ctx.locale, 'templates.method'))}`,
        `    ${k('acceptable')} ${k('acceptableBy')} ${valueKeyword('party', 'employee', ctx.keywords)}, ${valueKeyword('party', 'manager', ctx.keywords)}`,
        `    ${k('realistic')} ${quote(t(ctx.locale, 'templates.realistic'))}`,
        `    ${k('start')} ${formatDate(start)}`,
        `    ${k('end')} ${formatDate(end)}`,
        '}',
    ];
    const position = ctx.document.textDocument.positionAt(cst.end);
    return {
        title: t(ctx.locale, 'fixes.addDerivedSmartGoal', { goal: goal.name }),
        edits: [{ range: { start: position, end: position }, newText: body.map(l => `\n${indent}${l}`).join('') }],
        preferred: false,
    };
}
