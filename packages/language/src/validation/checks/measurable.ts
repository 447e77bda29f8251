/** The M of SMART: smart.measurable.* */
import type { Goal } from '../../generated/ast.js';
import { parseNumber } from '../../model/values.js';
import type { Report } from '../finding.js';

/** A target quantity, and the method that measures it. */
export function checkMeasurable(goal: Goal, report: Report): void {
    const target = goal.target;
    if (!target) {
        report({ code: 'smart.measurable.no-target', node: goal, property: 'name', params: { goal: goal.name }, goal });
    } else if (target.value !== undefined && !target.unit) {
        // The example's noun agrees with the target: "'1 presentatie'", "'4 presentaties'".
        report({
            code: 'smart.measurable.no-unit', node: goal, property: 'target', params: { goal: goal.name, target: target.value, noun: parseNumber(target.value) ?? 2 },
            counted: { noun: 'exampleUnit' }, goal,
        });
    } else if (target.text !== undefined) {
        report({ code: 'smart.measurable.no-quantity', node: goal, property: 'target', params: { goal: goal.name }, goal });
    }
    if (!goal.method || goal.method.trim() === '') {
        report({ code: 'smart.measurable.no-method', node: goal, property: goal.target ? 'target' : 'name', params: { goal: goal.name }, goal });
    }
}
