/** What the overview and a goal's section both show of a goal, worked out once per render. */
import type { Goal, Plan } from '../generated/ast.js';
import { scorecard, type GoalScore } from '../validation/scorecard.js';
import { goalCost } from './actions.js';
import { shortRange, type RenderContext } from './context.js';

export interface GoalFacts {
    readonly score: GoalScore;
    /** What its actions cost, cancelled ones left out. */
    readonly cost: { readonly cost: number; readonly hours: number };
    /** Its dates, short: "1 Feb – 30 Nov 2027". */
    readonly when: string;
}

export type PlanFacts = ReadonlyMap<Goal, GoalFacts>;

export function planFacts(plan: Plan, ctx: RenderContext): PlanFacts {
    return new Map(plan.goals.map(goal => [goal, {
        score: scorecard(goal, ctx.judgement, ctx.locale),
        cost: goalCost(goal),
        when: shortRange(ctx, goal.start, goal.end),
    }]));
}
