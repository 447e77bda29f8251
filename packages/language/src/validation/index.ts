export * from './analysis.js';
export * from './analyse.js';
export * from './rules.js';
export * from './lexicon.js';
export { hasFeasibility } from './realistic.js';
export { includesEmployee, partyValue } from './acceptable.js';
