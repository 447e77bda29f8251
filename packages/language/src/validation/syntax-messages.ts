/** Re-exported for the generator's import until its rewrite lands: syntax messages live in checks/syntax.ts. */
export { describeParserError } from './checks/syntax.js';
