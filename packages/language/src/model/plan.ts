/** Derived facts about plans, goals and actions, shared by validation, quick fixes, editor features and the generator. */
import { AstUtils, type AstNode } from 'langium';
import { isPlan, type Action, type Document, type Goal, type Plan, type Review } from '../generated/ast.js';
import { canonical, keywordLanguage, type GoalKindValue, type HorizonValue, type Locale, type ScopeValue, type StatusValue } from '../keywords.js';
import { parseDate, parseMoney, parseNumber } from './values.js';

export function goalKind(goal: Goal): GoalKindValue {
    return canonical('kind', goal.kind) ?? 'smart';
}

export function goalHorizon(goal: Goal): HorizonValue | undefined {
    return canonical('horizon', goal.horizon);
}

export function goalScope(goal: Goal): ScopeValue {
    return canonical('scope', goal.scope) ?? 'personal';
}

export function goalStatus(goal: Goal | Action): StatusValue | undefined {
    return canonical('status', goal.status);
}

export function planOf(node: AstNode): Plan | undefined {
    return AstUtils.getContainerOfType(node, isPlan);
}

export interface DateRange { start?: number; end?: number }

export function periodOf(plan: Plan | undefined): DateRange {
    return { start: parseDate(plan?.period?.start), end: parseDate(plan?.period?.end) };
}

export function datesOf(node: Goal | Action): DateRange {
    return { start: parseDate(node.start), end: parseDate(node.end) };
}

/**
 * Whether a review records how far the goal got: it has a measured value, on a day that has come. A review dated
 * after today (often day and month swapped) records nothing yet, so it cannot keep an overdue goal from being reported.
 */
export function recordsResult(review: Review, today: number): boolean {
    if (review.measured === undefined) return false;
    const day = parseDate(review.date);
    return day === undefined || day <= today;
}

export interface Totals { cost: number; hours: number; costActions: number; hourActions: number }

/** The summed cost and hours of a plan's actions (cancelled actions, and the actions of cancelled goals, excluded). */
export function actionTotals(plan: Plan): Totals {
    const totals: Totals = { cost: 0, hours: 0, costActions: 0, hourActions: 0 };
    for (const goal of plan.goals) {
        if (goalStatus(goal) === 'cancelled') continue;
        for (const action of goal.actions) {
            if (goalStatus(action) === 'cancelled') continue;
            const cost = parseMoney(action.cost);
            if (cost !== undefined) { totals.cost += cost; totals.costActions++; }
            const hours = action.hours !== undefined ? parseNumber(action.hours) : undefined;
            if (hours !== undefined) { totals.hours += hours; totals.hourActions++; }
        }
    }
    return totals;
}

export interface Facilitation { budget?: number; hours?: number }

export function facilitationOf(plan: Plan): Facilitation {
    return {
        budget: parseMoney(plan.facilities?.budget),
        hours: plan.facilities?.hours !== undefined ? parseNumber(plan.facilities.hours) : undefined,
    };
}

/**
 * The language a document is written in: the plan's 'language'/'taal' when declared,
 * otherwise the majority of its keywords. Undefined when neither tells.
 */
export function declaredLocale(root: Document): Locale | undefined {
    for (const item of root.items) {
        if (isPlan(item) && item.language) return item.language === 'nl' ? 'nl' : 'en';
    }
    return undefined;
}

/** The language most keywords in the text are in; only the first 16 KB is read, which is plenty to tell. */
export function keywordMajority(text: string): Locale | undefined {
    const stripped = text.slice(0, 16_384)
        .replace(/"(\\.|[^"\\\r\n])*"/g, ' ')
        .replace(/\/\*[\s\S]*?\*\//g, ' ')
        .replace(/\/\/[^\n\r]*/g, ' ');
    let en = 0;
    let nl = 0;
    for (const match of stripped.matchAll(/[A-Za-z][\w-]*/g)) {
        const lang = keywordLanguage(match[0]);
        if (lang === 'en') en++;
        else if (lang === 'nl') nl++;
    }
    if (en === nl) return undefined;
    return nl > en ? 'nl' : 'en';
}
