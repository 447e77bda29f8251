/** Fixes for magie.* */
import { t } from '../../i18n/catalogue.js';
import { kw, valueKeyword } from '../../keywords.js';
import { goalScope } from '../../model/plan.js';
import { addAcceptance } from './acceptable.js';
import { addTemplate, insertFix, onGoal, withTitle, type RuleFixes } from './fix.js';
import { addTargets } from './measurable.js';

export const magieFixes: RuleFixes = {
    // The target fixes keep their own titles (which say what they write), except the template's.
    'magie.measurable': onGoal((goal, ctx) => addTargets(goal, ctx).map(fix => fix.title === t(ctx.locale, 'fixes.addTargetTemplate') ? withTitle(fix, ctx, 'fixes.addMagiePart') : fix)),
    'magie.acceptable': onGoal((goal, ctx) => [addAcceptance(goal, ctx)]),
    'magie.communicated': onGoal((goal, ctx) => [insertFix(goal, [
        `${kw('communicated', ctx.keywords)} ${kw('communicatedTo', ctx.keywords)} ${valueKeyword('party', goalScope(goal) === 'team' ? 'team' : 'manager', ctx.keywords)}`,
    ], t(ctx.locale, 'fixes.addMagiePart'), false, ctx)]),
    'magie.inspiring': onGoal((goal, ctx) => [addTemplate(goal, 'inspiring', 'templates.inspiring', 'fixes.addMagiePart', ctx)]),
    'magie.engaging': onGoal((goal, ctx) => [addTemplate(goal, 'engaging', 'templates.engaging', 'fixes.addMagiePart', ctx)]),
};
