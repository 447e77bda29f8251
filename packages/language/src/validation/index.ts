export * from './finding.js';
export * from './check-document.js';
export * from './rules.js';
export * from './lexicon.js';
