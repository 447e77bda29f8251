/** The S of SMART: smart.specific.* */
import type { Goal } from '../../generated/ast.js';
import { readStatement } from '../../statement/read-statement.js';
import type { CheckContext, Report } from '../finding.js';
import { stringContentOffset } from '../positions.js';

/**
 * An observable end state: a count, amount, percentage, score or level; a result done or not done; or a behaviour
 * with a clear criterion (docs/judging-goals.md). A comparative or a direction alone is a wish, whatever number or
 * date comes with it; a hedge ("proberen", "try to") leaves open what is promised.
 */
export function checkSpecific(goal: Goal, ctx: CheckContext, report: Report): void {
    const statement = goal.specific;
    if (statement === undefined || statement.trim() === '') {
        report({ code: 'smart.specific.missing', node: goal, property: statement === undefined ? 'name' : 'specific', params: { goal: goal.name }, goal });
        return;
    }
    // Finding the string in the concrete syntax costs more than the checks; only a finding needs it.
    let base: number | undefined | null = null;
    const span = (from: number, to: number) => {
        if (base === null) base = stringContentOffset(goal, 'specific');
        return base !== undefined ? { start: base + from, end: base + to } : undefined;
    };
    const reading = readStatement(statement);
    const wishes = reading.comparatives.filter(c => !c.inPurpose);
    if (!reading.concrete && wishes.length > 0) {
        report({
            code: 'smart.specific.comparative', node: goal, property: 'specific', goal,
            offset: span(wishes[0].from, wishes[0].to),
            params: { goal: goal.name, words: wishes.map(w => w.text).join("', '") },
        });
    }
    const vague = [...reading.vagueThatCounts, ...ctx.lexicon.vague.matches(statement).map(m => ({ text: m.phrase, from: m.offset, to: m.offset + m.length }))];
    const seen = new Set<number>();
    for (const term of vague.sort((a, b) => a.from - b.from)) {
        if (seen.has(term.from)) continue;
        seen.add(term.from);
        report({
            code: 'smart.specific.vague', node: goal, property: 'specific', goal,
            offset: span(term.from, term.to),
            params: { goal: goal.name, words: term.text },
        });
    }
    if (!reading.concrete && wishes.length === 0) {
        report({ code: 'smart.specific.no-quantity', node: goal, property: 'specific', params: { goal: goal.name }, goal });
    }
}
