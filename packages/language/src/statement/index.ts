export * from './reading.js';
export { readStatement } from './read-statement.js';
export { isSpecific, perPeriodText, preferredCandidate, statementDeadlines, statementStarts, targetCandidates } from './candidates.js';
export type { CandidateKind, CandidateValue, GoalSpan, StatementDate, TargetCandidate } from './candidates.js';
export { resolveDate } from './dates.js';
export type { DateContext, DateRole } from './dates.js';
