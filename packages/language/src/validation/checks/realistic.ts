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
            // Partly inside ("a preparation workshop a week before the goal starts") the action still serves the goal:
            // said, but not held against its R. Wholly outside it cannot contribute on time.
            const overlaps = (own.end ?? own.start!) >= range.start && (own.start ?? own.end!) <= range.end;
            const where = !overlaps ? 'outside' : early ? 'startsBefore' : 'endsAfter';
            report({
                code: 'smart.realistic.action-outside-goal', node: action, property: early ? 'start' : 'end', goal,
                criterion: overlaps ? 'date' : undefined,
                params: {
                    action: action.title, start: action.start ?? '?', end: action.end ?? '?',
                    goalStart: formatDate(range.start), goalEnd: formatDate(range.end),
                },
                localParams: { where: `mistakes.actionOutsideGoal.${where}` },
                related: [{ node: goal, property: 'name', labelKey: 'related.goalDates' }],
            });
        }
    }
}
