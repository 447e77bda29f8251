/** Re-exported for the generator's import until its rewrite lands: the judgement cache lives in judgement-cache.ts. */
export type { Judgement } from './judgement-cache.js';
