/** Who has signed a plan. A plan is a contract: a signature counts only with the date it was given. */
import type { Plan, Signature } from '../generated/ast.js';
import { parseDate } from './values.js';

/** A signature line counts as signed only with a real date; a name alone is an open place to sign. */
export function isSigned(signature: Signature): boolean {
    return parseDate(signature.date) !== undefined;
}

/** The signature lines of a plan that are not signed yet: written down, but without a date. */
export function unsignedLines(plan: Plan): Signature[] {
    return (plan.signOff?.signatures ?? []).filter(s => !isSigned(s));
}
