import type { Goal } from '../generated/ast.js';
import type { AnalysisContext, Report } from './analysis.js';
import { stringContentOffset } from './positions.js';

/** S: an observable action, behaviour or result with a quantity attached. */
export function checkSpecific(goal: Goal, ctx: AnalysisContext, report: Report): void {
    const statement = goal.specific;
    if (statement === undefined || statement.trim() === '') {
        report({ code: 'smart.specific.missing', node: goal, property: statement === undefined ? 'name' : 'specific', params: { goal: goal.name }, goal });
        return;
    }
    const base = stringContentOffset(goal, 'specific');
    const hasQuantity = ctx.lexicon.hasQuantity(statement);
    let comparative = false;
    if (!hasQuantity) {
        const found = ctx.lexicon.comparatives.matches(statement);
        if (found.length > 0) {
            comparative = true;
            const first = found[0];
            report({
                code: 'smart.specific.comparative', node: goal, property: 'specific', goal,
                offset: base !== undefined ? { start: base + first.offset, end: base + first.offset + first.length } : undefined,
                params: { goal: goal.name, words: found.map(f => f.phrase).join("', '") },
            });
        }
    }
    for (const vague of ctx.lexicon.vague.matches(statement)) {
        report({
            code: 'smart.specific.vague', node: goal, property: 'specific', goal,
            offset: base !== undefined ? { start: base + vague.offset, end: base + vague.offset + vague.length } : undefined,
            params: { goal: goal.name, words: vague.phrase },
        });
    }
    if (!hasQuantity && !comparative) {
        report({ code: 'smart.specific.no-quantity', node: goal, property: 'specific', params: { goal: goal.name }, goal });
    }
}
