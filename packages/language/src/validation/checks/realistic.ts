/** The R of SMART: smart.realistic.* */
import type { Goal } from '../../generated/ast.js';
import { datesOf } from '../../model/plan.js';
import { formatDate } from '../../model/values.js';
import type { Report } from '../finding.js';

export function hasFeasibility(goal: Goal): boolean {
    return [goal.realistic, goal.knowhow, goal.capacity, goal.means, goal.authority].some(s => s !== undefined && s.trim() !== '');
}

/** Feasibility stated or actions planned. */
export function checkRealistic(goal: Goal, report: Report): void {
    if (!hasFeasibility(goal) && goal.actions.length === 0) {
        report({ code: 'smart.realistic.missing', node: goal, property: 'name', params: { goal: goal.name }, goal });
    }
}

/** Actions within the goal's dates: SMART and MAGIE goals alike. */
export function checkActionsWithinGoal(goal: Goal, report: Report): void {
    const range = datesOf(goal);
    if (range.start === undefined || range.end === undefined || range.end < range.start) return;
    for (const action of goal.actions) {
        const own = datesOf(action);
        const early = own.start !== undefined && own.start < range.start;
        const late = own.end !== undefined && own.end > range.end;
        if (early || late) {
            report({
                code: 'smart.realistic.action-outside-goal', node: action, property: early ? 'start' : 'end', goal,
                params: {
                    action: action.title, start: action.start ?? '?', end: action.end ?? '?',
                    goalStart: formatDate(range.start), goalEnd: formatDate(range.end),
                },
                related: [{ node: goal, property: 'name', labelKey: 'related.goalDates' }],
            });
        }
    }
}
