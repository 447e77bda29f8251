/**
 * What a quick fix is, and the helpers every rule's fixes share. Fixes are pure functions of a diagnostic, the node
 * it points at and the document; each returns edits that parse, keep every piece of user text and comment, and
 * remove the diagnostic.
 */
import { AstUtils, CstUtils, type AstNode, type LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { isGoal, isPlan, type Goal, type Plan } from '../../generated/ast.js';
import { t, type CatalogueKey } from '../../i18n/catalogue.js';
import { kw, type Locale } from '../../keywords.js';
import type { RuleCode } from '../../validation/rules.js';
import { insertLinesInBlock, quote, replaceProperty } from './edits.js';

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

/** What a fix is asked to fix: the diagnostic, and the node at its start (none in a document without syntax tree). */
export interface FixTarget {
    readonly diagnostic: Diagnostic;
    readonly node: AstNode | undefined;
}

export type RuleFix = (target: FixTarget, ctx: FixContext) => Fix[];

/** The fixes of some rules, by code. */
export type RuleFixes = { readonly [C in RuleCode]?: RuleFix };

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

/** A fix for the goal the diagnostic lies in; none outside a goal. */
export function onGoal(fix: (goal: Goal, ctx: FixContext) => Array<Fix | undefined>): RuleFix {
    return ({ node }, ctx) => {
        const goal = node && AstUtils.getContainerOfType(node, isGoal);
        return goal ? fix(goal, ctx).filter(isFix) : [];
    };
}

/** A fix for the plan the diagnostic lies in; none outside a plan. */
export function onPlan(fix: (plan: Plan, ctx: FixContext) => Array<Fix | undefined>): RuleFix {
    return ({ node }, ctx) => {
        const plan = node && AstUtils.getContainerOfType(node, isPlan);
        return plan ? fix(plan, ctx).filter(isFix) : [];
    };
}

function isFix(fix: Fix | undefined): fix is Fix {
    return !!fix && fix.edits.length > 0;
}

export function withTitle(fix: Fix, ctx: FixContext, key: CatalogueKey): Fix {
    return { ...fix, title: t(ctx.locale, key) };
}

export function insertFix(node: AstNode, lines: string[], title: string, preferred: boolean, ctx: FixContext): Fix {
    const edit = insertLinesInBlock(ctx.document, node, lines);
    return { title, edits: edit ? [edit] : [], preferred };
}

/** Adds a field with template text for the user to replace: never applied unattended. */
export function addTemplate(goal: Goal, field: 'method' | 'realistic' | 'specific' | 'inspiring' | 'engaging', templateKey: CatalogueKey, titleKey: CatalogueKey, ctx: FixContext): Fix {
    return insertFix(goal, [`${kw(field, ctx.keywords)} ${quote(t(ctx.locale, templateKey))}`], t(ctx.locale, titleKey), false, ctx);
}

/** Swaps a reversed start and end date: a goal's, an action's or the plan period's. */
export function swapDates(node: AstNode & { start?: string; end?: string }, ctx: FixContext): Fix {
    const edits = [replaceProperty(ctx.document, node, 'start', node.end ?? ''), replaceProperty(ctx.document, node, 'end', node.start ?? '')]
        .filter((e): e is TextEdit => !!e);
    return { title: t(ctx.locale, 'fixes.swapDates'), edits: node.start && node.end ? edits : [], preferred: true };
}
