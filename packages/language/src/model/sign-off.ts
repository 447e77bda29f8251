/** Who has signed a plan. A plan is a contract: a signature counts only with the date it was given. */
import type { Plan, Signature } from '../generated/ast.js';
import { canonical } from '../keywords.js';
import { parseDate } from './values.js';

/** A signature line counts as signed only with a real date; a name alone is an open place to sign. */
export function isSigned(signature: Signature): boolean {
    return parseDate(signature.date) !== undefined;
}

/** The signature lines of a plan that are not signed yet: written down, but without a date. */
export function unsignedLines(plan: Plan): Signature[] {
    return (plan.signOff?.signatures ?? []).filter(s => !isSigned(s));
}

/**
 * The plan as a whole is signed when both parties to the contract, the employee and the manager, have signed with
 * a date, and no other line written to be signed still waits for its date.
 */
export function isPlanSigned(plan: Plan): boolean {
    const signatures = plan.signOff?.signatures ?? [];
    const signedBy = new Set(signatures.filter(isSigned).map(signingParty));
    return signedBy.has('employee') && signedBy.has('manager') && unsignedLines(plan).length === 0;
}

/** The party a signature line is for, the employee also when written as "self" / "zelf". */
export function signingParty(signature: Signature): string | undefined {
    const party = canonical('party', signature.party);
    return party === 'self' ? 'employee' : party;
}
