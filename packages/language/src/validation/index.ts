export * from './finding.js';
export * from './check-document.js';
export * from './rules.js';
export * from './lexicon.js';
export { hasFeasibility } from './checks/realistic.js';
export { includesEmployee, partyValue } from './checks/acceptable.js';
