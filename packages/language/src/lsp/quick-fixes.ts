/**
 * Quick fixes, as pure functions of a diagnostic's code, the node it points at and the document.
 * Each returns edits that parse, keep every piece of user text and comment, and remove the diagnostic.
 */
import { AstUtils, CstUtils, GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { isAction, isGoal, isPeriod, isPlan, type Goal, type Plan } from '../generated/ast.js';
import { t } from '../i18n/catalogue.js';
import { keywordLanguage, kw, valueKeyword, type Locale } from '../keywords.js';
import { datesOf, goalHorizon, goalKind, goalScope, periodOf, planOf, actionTotals } from '../model/plan.js';
import { addMonths, formatDate, formatMoney } from '../model/values.js';
import { hasFeasibility, includesEmployee, partyValue } from '../validation/index.js';
import { quantityInText } from '../validation/lexicon.js';
import type { RuleCode } from '../validation/rules.js';
import { insertAfterProperty, insertLinesInBlock, quote, replaceProperty } from './edits.js';

export interface FixContext {
    readonly document: LangiumDocument;
    /** The language to write keywords in: the document's own. */
    readonly keywords: Locale;
    /** The language of titles and template text. */
    readonly locale: Locale;
    readonly today: number;
}

export interface Fix {
    readonly title: string;
    readonly edits: TextEdit[];
    /** Preferred fixes are safe to apply unattended, by "fix all" and on save. */
    readonly preferred: boolean;
}

/** The node a diagnostic points at, from its start offset. */
export function nodeAt(document: LangiumDocument, offset: number): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    if (!root) return undefined;
    // A cursor in the indentation belongs to what follows it on the line.
    const text = document.textDocument.getText();
    let at = offset;
    while (at < text.length && (text[at] === ' ' || text[at] === '\t')) at++;
    return CstUtils.findLeafNodeAtOffset(root, at)?.astNode ?? document.parseResult.value;
}

export function fixesFor(code: RuleCode, node: AstNode, ctx: FixContext): Fix[] {
    const goal = AstUtils.getContainerOfType(node, isGoal);
    const plan = AstUtils.getContainerOfType(node, isPlan);
    switch (code) {
        case 'smart.time-bound.no-start': return goal ? [addDate(goal, 'start', ctx)] : [];
        case 'smart.time-bound.no-end': return goal ? [addDate(goal, 'end', ctx)] : [];
        case 'smart.time-bound.end-before-start':
            return goal ? [swapDates(goal, ctx)] : [];
        case 'date.action-reversed': {
            const action = AstUtils.getContainerOfType(node, isAction);
            return action ? [swapDates(action, ctx)] : [];
        }
        case 'date.period-reversed': {
            const period = AstUtils.getContainerOfType(node, isPeriod) ?? plan?.period;
            return period ? [swapDates(period, ctx)] : [];
        }
        case 'smart.time-bound.outside-period': return goal ? [moveIntoPeriod(goal, ctx)].filter(isFix) : [];
        case 'smart.measurable.no-target': return goal ? [addTarget(goal, ctx)] : [];
        case 'smart.measurable.no-unit': return goal ? [addUnit(goal, ctx)] : [];
        case 'smart.measurable.no-method': return goal ? [addTemplate(goal, 'method', 'templates.method', 'fixes.addMethod', ctx)] : [];
        case 'smart.acceptable.missing':
        case 'smart.acceptable.no-employee':
        case 'smart.acceptable.no-team':
            return goal ? [addAcceptance(goal, ctx)].filter(isFix) : [];
        case 'smart.realistic.missing': return goal ? [addTemplate(goal, 'realistic', 'templates.realistic', 'fixes.addRealistic', ctx)] : [];
        case 'smart.specific.missing': return goal ? [addTemplate(goal, 'specific', 'templates.specific', 'fixes.addSpecific', ctx)] : [];
        case 'smart.specific.comparative': return goal ? [markEr(goal, ctx)].filter(isFix) : [];
        case 'smart.time-bound.overdue': return goal ? [addReview(goal, ctx)] : [];
        case 'magie.measurable': return goal ? [withTitle(addTarget(goal, ctx), ctx, 'fixes.addMagiePart')] : [];
        case 'magie.acceptable': return goal ? [addAcceptance(goal, ctx)].filter(isFix) : [];
        case 'magie.communicated': return goal ? [insertFix(goal, [`${kw('communicated', ctx.keywords)} ${kw('communicatedTo', ctx.keywords)} ${valueKeyword('party', goalScope(goal) === 'team' ? 'team' : 'manager', ctx.keywords)}`], t(ctx.locale, 'fixes.addMagiePart'), true, ctx)] : [];
        case 'magie.inspiring': return goal ? [addTemplate(goal, 'inspiring', 'templates.inspiring', 'fixes.addMagiePart', ctx)] : [];
        case 'magie.engaging': return goal ? [addTemplate(goal, 'engaging', 'templates.engaging', 'fixes.addMagiePart', ctx)] : [];
        case 'er.starting-point': return goal ? [convertToSmart(goal, ctx)] : [];
        case 'er.no-smart-goal': return goal ? [addDerivedGoal(goal, ctx)].filter(isFix) : [];
        case 'plan.duplicate-field': return [];
        case 'budget.cost-exceeded': return plan ? [raiseBudget(plan, ctx)].filter(isFix) : [];
        default: return [];
    }
}

function isFix(fix: Fix | undefined): fix is Fix {
    return !!fix && fix.edits.length > 0;
}

function withTitle(fix: Fix, ctx: FixContext, key: string): Fix {
    return { ...fix, title: t(ctx.locale, key) };
}

function insertFix(node: AstNode, lines: string[], title: string, preferred: boolean, ctx: FixContext): Fix {
    const edit = insertLinesInBlock(ctx.document, node, lines);
    return { title, edits: edit ? [edit] : [], preferred };
}

function addTemplate(goal: Goal, field: 'method' | 'realistic' | 'specific' | 'inspiring' | 'engaging', templateKey: string, titleKey: string, ctx: FixContext): Fix {
    return insertFix(goal, [`${kw(field, ctx.keywords)} ${quote(t(ctx.locale, templateKey))}`], t(ctx.locale, titleKey), false, ctx);
}

/** Default dates: from the goal's actions first, then its other date and horizon, kept inside the plan period. */
export function defaultDate(goal: Goal, which: 'start' | 'end', today: number): number {
    const own = datesOf(goal);
    const period = periodOf(planOf(goal));
    const months = goalHorizon(goal) === 'long' ? 12 : 3;
    const base = period.start !== undefined && today < period.start ? period.start : today;
    // Only actions on the right side of the goal's other date say anything about this one:
    // an action that ended before the goal starts must not make the goal end on its first day.
    const actionDates = goal.actions.flatMap(a => { const d = datesOf(a); return [d.start, d.end]; })
        .filter((d): d is number => d !== undefined)
        .filter(d => (which === 'start' ? own.end === undefined || d < own.end : own.start === undefined || d > own.start));
    let day: number;
    if (which === 'start') {
        day = actionDates.length ? Math.min(...actionDates) : own.end !== undefined ? addMonths(own.end, -months) : base;
    } else {
        day = actionDates.length ? Math.max(...actionDates) : addMonths(own.start ?? base, months);
    }
    if (goalHorizon(goal) !== 'long' && period.start !== undefined && period.end !== undefined && period.start <= period.end) {
        day = Math.min(Math.max(day, period.start), period.end);
    }
    if (which === 'start' && own.end !== undefined) day = Math.min(day, own.end);
    if (which === 'end' && own.start !== undefined) day = Math.max(day, own.start);
    return day;
}

function addDate(goal: Goal, which: 'start' | 'end', ctx: FixContext): Fix {
    const date = formatDate(defaultDate(goal, which, ctx.today));
    return insertFix(goal, [`${kw(which, ctx.keywords)} ${date}`], t(ctx.locale, which === 'start' ? 'fixes.addStart' : 'fixes.addEnd', { date }), true, ctx);
}

function swapDates(node: AstNode & { start?: string; end?: string }, ctx: FixContext): Fix {
    const edits = [replaceProperty(ctx.document, node, 'start', node.end ?? ''), replaceProperty(ctx.document, node, 'end', node.start ?? '')]
        .filter((e): e is TextEdit => !!e);
    return { title: t(ctx.locale, 'fixes.swapDates'), edits: node.start && node.end ? edits : [], preferred: true };
}

function moveIntoPeriod(goal: Goal, ctx: FixContext): Fix | undefined {
    const period = periodOf(planOf(goal));
    if (period.start === undefined || period.end === undefined) return undefined;
    const own = datesOf(goal);
    const clamp = (d: number) => Math.min(Math.max(d, period.start!), period.end!);
    const edits: TextEdit[] = [];
    const newStart = own.start !== undefined ? clamp(own.start) : undefined;
    let newEnd = own.end !== undefined ? clamp(own.end) : undefined;
    if (newStart !== undefined && newEnd !== undefined && newEnd < newStart) newEnd = newStart;
    if (newStart !== undefined && newStart !== own.start) edits.push(replaceProperty(ctx.document, goal, 'start', formatDate(newStart))!);
    if (newEnd !== undefined && newEnd !== own.end) edits.push(replaceProperty(ctx.document, goal, 'end', formatDate(newEnd))!);
    return {
        title: t(ctx.locale, 'fixes.moveIntoPeriod', { start: formatDate(period.start), end: formatDate(period.end) }),
        edits: edits.filter(Boolean), preferred: true,
    };
}

function targetFromStatement(goal: Goal): string | undefined {
    const found = goal.specific ? quantityInText(goal.specific) : undefined;
    if (!found) return undefined;
    if (found.money) return found.money;
    if (found.percent) return found.percent;
    return `${found.value} ${unitText(found.unit!)}`;
}

/** A unit that happens to be a keyword ("16 uren" is fine, "3 op" is not) is written as a string. */
function unitText(unit: string): string {
    return keywordLanguage(unit) && !/^(hours|uren|training|coaching|team)$/.test(unit) ? quote(unit) : unit;
}

function addTarget(goal: Goal, ctx: FixContext): Fix {
    const fromStatement = targetFromStatement(goal);
    if (fromStatement) {
        return insertFix(goal, [`${kw('measurable', ctx.keywords)} ${fromStatement}`], t(ctx.locale, 'fixes.addTargetFromStatement', { target: fromStatement }), true, ctx);
    }
    return insertFix(goal, [`${kw('measurable', ctx.keywords)} 1 ${quote(t(ctx.locale, 'templates.target'))}`], t(ctx.locale, 'fixes.addTargetTemplate'), false, ctx);
}

function addUnit(goal: Goal, ctx: FixContext): Fix {
    const found = goal.specific ? quantityInText(goal.specific) : undefined;
    const unit = found?.unit ? unitText(found.unit) : quote(t(ctx.locale, 'templates.target'));
    // A blank unit string ("") is the user's to fill in: writing a second unit after it would not parse.
    const edit = goal.target?.unit === undefined ? insertAfterProperty(ctx.document, goal.target!, 'value', ` ${unit}`) : undefined;
    return { title: t(ctx.locale, 'fixes.addTargetTemplate'), edits: edit ? [edit] : [], preferred: !!found?.unit };
}

function addAcceptance(goal: Goal, ctx: FixContext): Fix | undefined {
    const team = goalScope(goal) === 'team';
    const wanted = team ? (['team', 'manager'] as const) : (['employee', 'manager'] as const);
    const present = new Set(goal.acceptedBy.map(partyValue));
    const missing = wanted.filter(p => {
        if (present.has(p)) return false;
        if (p === 'employee' && includesEmployee(goal, goal.acceptedBy)) return false;
        return true;
    });
    if (missing.length === 0) return undefined;
    const words = missing.map(p => valueKeyword('party', p, ctx.keywords));
    const title = t(ctx.locale, 'fixes.addAcceptance', { parties: words.join(', ') });
    if (goal.acceptedBy.length > 0) {
        const edit = insertAfterProperty(ctx.document, goal, 'acceptedBy', `, ${words.join(', ')}`, goal.acceptedBy.length - 1);
        return { title, edits: edit ? [edit] : [], preferred: true };
    }
    return insertFix(goal, [`${kw('acceptable', ctx.keywords)} ${kw('acceptableBy', ctx.keywords)} ${words.join(', ')}`], title, true, ctx);
}

function markEr(goal: Goal, ctx: FixContext): Fix | undefined {
    const er = valueKeyword('kind', 'er', ctx.keywords);
    const title = t(ctx.locale, 'fixes.markEr', { goal: goal.name });
    if (goal.kind) {
        const edit = replaceProperty(ctx.document, goal, 'kind', er);
        return { title, edits: edit ? [edit] : [], preferred: false };
    }
    return insertFix(goal, [`${kw('kind', ctx.keywords)} ${er}`], title, false, ctx);
}

function addReview(goal: Goal, ctx: FixContext): Fix {
    const date = formatDate(ctx.today);
    const unit = goal.target?.unit ?? (goal.target?.percent ? '%' : undefined);
    const measured = goal.target?.percent ? '0%' : goal.target?.money ? '€ 0' : `0${unit ? ' ' + unit : ''}`;
    const lines = [
        `${kw('review', ctx.keywords)} ${date} {`,
        `    ${kw('measured', ctx.keywords)} ${measured}`,
        `    ${kw('note', ctx.keywords)} ${quote(t(ctx.locale, 'templates.reviewNote'))}`,
        '}',
    ];
    return insertFix(goal, lines, t(ctx.locale, 'fixes.addReview', { date }), false, ctx);
}

/** The diagnostics "make SMART" removes: the parts it adds. Wording (vague, comparative) and overdue goals need a person. */
export const MAKE_SMART_RESOLVES: ReadonlySet<string> = new Set<RuleCode>([
    'smart.specific.missing', 'smart.measurable.no-target', 'smart.measurable.no-method',
    'smart.acceptable.missing', 'smart.acceptable.no-employee', 'smart.acceptable.no-team',
    'smart.realistic.missing', 'smart.time-bound.no-start', 'smart.time-bound.no-end',
]);

/** Every part a SMART goal still lacks, added in one edit. Also turns an ER goal into a SMART one. */
export function makeSmart(goal: Goal, ctx: FixContext): Fix {
    const k = (id: Parameters<typeof kw>[0]) => kw(id, ctx.keywords);
    const lines: string[] = [];
    const edits: TextEdit[] = [];
    if (goal.kind && goalKind(goal) !== 'smart') {
        const edit = replaceProperty(ctx.document, goal, 'kind', valueKeyword('kind', 'smart', ctx.keywords));
        if (edit) edits.push(edit);
    }
    if (!goal.specific?.trim()) lines.push(`${k('specific')} ${quote(t(ctx.locale, 'templates.specific'))}`);
    if (!goal.target) {
        const fromStatement = targetFromStatement(goal);
        lines.push(`${k('measurable')} ${fromStatement ?? `1 ${quote(t(ctx.locale, 'templates.target'))}`}`);
    }
    if (!goal.method?.trim()) lines.push(`${k('method')} ${quote(t(ctx.locale, 'templates.method'))}`);
    if (goal.acceptedBy.length === 0) {
        const parties = goalScope(goal) === 'team' ? ['team', 'manager'] as const : ['employee', 'manager'] as const;
        lines.push(`${k('acceptable')} ${k('acceptableBy')} ${parties.map(p => valueKeyword('party', p, ctx.keywords)).join(', ')}`);
    } else {
        const acceptance = addAcceptance(goal, ctx);
        if (acceptance) edits.push(...acceptance.edits);
    }
    if (!hasFeasibility(goal) && goal.actions.length === 0) lines.push(`${k('realistic')} ${quote(t(ctx.locale, 'templates.realistic'))}`);
    if (goal.start === undefined) lines.push(`${k('start')} ${formatDate(defaultDate(goal, 'start', ctx.today))}`);
    if (goal.end === undefined) {
        const start = goal.start === undefined ? defaultDate(goal, 'start', ctx.today) : undefined;
        const end = start !== undefined ? Math.max(defaultDate(goal, 'end', ctx.today), start) : defaultDate(goal, 'end', ctx.today);
        lines.push(`${k('end')} ${formatDate(end)}`);
    }
    const insert = insertLinesInBlock(ctx.document, goal, lines);
    const title = t(ctx.locale, 'fixes.makeSmart', { goal: goal.name });
    // Half a fix would still claim every part: when the lines have no place (a goal missing its braces), offer nothing.
    if (lines.length > 0 && !insert) return { title, edits: [], preferred: false };
    if (insert) edits.push(insert);
    return { title, edits, preferred: false };
}

function convertToSmart(goal: Goal, ctx: FixContext): Fix {
    return makeSmart(goal, ctx);
}

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

function raiseBudget(plan: Plan, ctx: FixContext): Fix | undefined {
    if (!plan.facilities?.budget) return undefined;
    const total = actionTotals(plan).cost;
    const amount = formatMoney(total, ctx.keywords);
    const edit = replaceProperty(ctx.document, plan.facilities, 'budget', amount);
    return { title: t(ctx.locale, 'fixes.raiseBudget', { amount }), edits: edit ? [edit] : [], preferred: false };
}
