/** MAGIE goals: magie.* */
import type { Goal } from '../../generated/ast.js';
import type { Report } from '../finding.js';

/** Measurable, Acceptable, Gecommuniceerd (communicated), Inspiring, Engaging; one check per letter. */
export function checkMagie(goal: Goal, report: Report): void {
    const params = { goal: goal.name };
    if (!goal.target) report({ code: 'magie.measurable', node: goal, property: 'name', params, goal });
    if (goal.acceptedBy.length === 0) report({ code: 'magie.acceptable', node: goal, property: 'name', params, goal });
    if (goal.communicatedTo.length === 0) report({ code: 'magie.communicated', node: goal, property: 'name', params, goal });
    if (!goal.inspiring?.trim()) report({ code: 'magie.inspiring', node: goal, property: 'name', params, goal });
    if (!goal.engaging?.trim()) report({ code: 'magie.engaging', node: goal, property: 'name', params, goal });
}
