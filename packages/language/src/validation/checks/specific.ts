/** The S of SMART: smart.specific.* */
import type { Goal } from '../../generated/ast.js';
import type { CheckContext, Report } from '../finding.js';
import { stringContentOffset } from '../positions.js';

/** An observable action, behaviour or result with a quantity attached. */
export function checkSpecific(goal: Goal, ctx: CheckContext, report: Report): void {
    const statement = goal.specific;
    if (statement === undefined || statement.trim() === '') {
        report({ code: 'smart.specific.missing', node: goal, property: statement === undefined ? 'name' : 'specific', params: { goal: goal.name }, goal });
        return;
    }
    // Finding the string in the concrete syntax costs more than the checks; only a finding needs it.
    let base: number | undefined | null = null;
    const span = (at: number, length: number) => {
        if (base === null) base = stringContentOffset(goal, 'specific');
        return base !== undefined ? { start: base + at, end: base + at + length } : undefined;
    };
    const hasQuantity = ctx.lexicon.hasQuantity(statement);
    let comparative = false;
    if (!hasQuantity) {
        const found = ctx.lexicon.comparatives.matches(statement);
        if (found.length > 0) {
            comparative = true;
            const first = found[0];
            report({
                code: 'smart.specific.comparative', node: goal, property: 'specific', goal,
                offset: span(first.offset, first.length),
                params: { goal: goal.name, words: found.map(f => f.phrase).join("', '") },
            });
        }
    }
    for (const vague of ctx.lexicon.vague.matches(statement)) {
        report({
            code: 'smart.specific.vague', node: goal, property: 'specific', goal,
            offset: span(vague.offset, vague.length),
            params: { goal: goal.name, words: vague.phrase },
        });
    }
    if (!hasQuantity && !comparative) {
        report({ code: 'smart.specific.no-quantity', node: goal, property: 'specific', params: { goal: goal.name }, goal });
    }
}
