/** Fixes for smart.measurable.* */
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { keywordLanguage, kw } from '../../keywords.js';
import { quantityInText } from '../../validation/lexicon.js';
import { insertAfterProperty, quote } from './edits.js';
import { addTemplate, insertFix, onGoal, type Fix, type FixContext, type RuleFixes } from './fix.js';

export const measurableFixes: RuleFixes = {
    'smart.measurable.no-target': onGoal((goal, ctx) => [addTarget(goal, ctx)]),
    'smart.measurable.no-unit': onGoal((goal, ctx) => [addUnit(goal, ctx)]),
    'smart.measurable.no-method': onGoal((goal, ctx) => [addTemplate(goal, 'method', 'templates.method', 'fixes.addMethod', ctx)]),
};

/** The first quantity in the goal's statement, written as a target: "4 presentaties", "85%", "€ 500". */
export function targetFromStatement(goal: Goal): string | undefined {
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

/** The target the statement names is safe to add; a template target is the user's to fill in. */
export function addTarget(goal: Goal, ctx: FixContext): Fix {
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
