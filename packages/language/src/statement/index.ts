export * from './reading.js';
export { readStatement } from './read-statement.js';
export { isSpecific, preferredCandidate, statementDeadlines, statementStarts, targetCandidates } from './candidates.js';
export type { CandidateValue, StatementDate, TargetCandidate } from './candidates.js';
export type { DateContext } from './dates.js';
