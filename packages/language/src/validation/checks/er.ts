/** ER goals: er.* */
import type { Goal } from '../../generated/ast.js';
import { goalKind, planOf } from '../../model/plan.js';
import type { Report } from '../finding.js';

/** ER goals are accepted as starting points; they should lead to a SMART goal derived from them. */
export function checkEr(goal: Goal, report: Report): void {
    report({ code: 'er.starting-point', node: goal, property: 'name', params: { goal: goal.title, name: goal.name }, goal });
    const plan = planOf(goal);
    const derived = plan?.goals.some(g => g !== goal && g.derivedFrom?.ref === goal && goalKind(g) === 'smart');
    if (!derived) {
        report({ code: 'er.no-smart-goal', node: goal, property: 'name', params: { goal: goal.title, name: goal.name }, goal });
    }
}
