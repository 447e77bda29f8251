/**
 * The bundled language server survives a long random editing session over stdio and still answers
 * correctly at the end (see lsp-session-fuzz.ts for what a session does and what counts as a failure).
 */
import fc from 'fast-check';
import { describe, test } from 'vitest';
import { fuzzParameters, LONG_MODE } from './fuzz-settings.js';
import { compactly, runSession, stepArb } from './lsp-session-fuzz.js';

describe('the language server survives a long random editing session over stdio', () => {
    const length = LONG_MODE ? 2000 : 400;
    test(`${length} random opens, edits, closes and requests; then it still answers correctly`, async () => {
        await fc.assert(
            fc.asyncProperty(fc.array(stepArb, { minLength: length, maxLength: length }).map(compactly), steps => runSession(steps)),
            { ...fuzzParameters(2), numRuns: LONG_MODE ? fuzzParameters(2).numRuns : 2, endOnFailure: true },
        );
    }, LONG_MODE ? 1_800_000 : 120_000);
});
