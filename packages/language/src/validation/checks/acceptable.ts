/** The A of SMART: smart.acceptable.* */
import type { Goal, Party } from '../../generated/ast.js';
import { canonical, type PartyValue } from '../../keywords.js';
import { goalScope, planOf } from '../../model/plan.js';
import type { Report } from '../finding.js';

export function partyValue(party: Party): PartyValue | undefined {
    return canonical('party', party.role);
}

/** Whether the parties include the employee: by role, as 'self', or by the employee's own name. */
export function includesEmployee(goal: Goal, parties: readonly Party[]): boolean {
    const employee = planOf(goal)?.employee?.trim().toLowerCase();
    return parties.some(p => {
        const role = partyValue(p);
        return role === 'employee' || role === 'self' || (p.name !== undefined && employee !== undefined && p.name.trim().toLowerCase() === employee);
    });
}

/** Who accepted the goal. Personal goals need the employee; team goals need the team. */
export function checkAcceptable(goal: Goal, report: Report): void {
    if (goal.acceptedBy.length === 0) {
        report({ code: 'smart.acceptable.missing', node: goal, property: 'name', params: { goal: goal.name }, goal });
        return;
    }
    if (goalScope(goal) === 'team') {
        if (!goal.acceptedBy.some(p => partyValue(p) === 'team')) {
            report({ code: 'smart.acceptable.no-team', node: goal, property: 'acceptedBy', params: { goal: goal.name }, goal });
        }
    } else if (!includesEmployee(goal, goal.acceptedBy)) {
        const parties = goal.acceptedBy.map(p => p.role ?? p.name ?? '').join(', ');
        report({ code: 'smart.acceptable.no-employee', node: goal, property: 'acceptedBy', params: { goal: goal.name, parties }, goal });
    }
}
