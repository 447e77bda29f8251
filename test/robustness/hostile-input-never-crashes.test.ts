import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { anyInputArb, EXAMPLES, generatedPlanArb, mutatedExampleArb } from './arbitraries.js';
import { fuzzParameters, LONG_MODE, timeLimit } from './fuzz-settings.js';
import { exerciseEditorFeatures, expectValidDiagnosticRanges, fuzzServices, withDocument } from './language-harness.js';

const services = fuzzServices();

/** A hang is a failure, reported with its input; slowness below this bound is not judged here. */
const HANG_GUARD_MS = 15_000;

async function survivesEverything(text: string): Promise<void> {
    await withDocument(services, text, async document => {
        expect(document.parseResult.value).toBeDefined();
        expectValidDiagnosticRanges(document);
        await exerciseEditorFeatures(services, document);
    });
}

describe('hostile and broken input never crashes the language services', () => {
    test('generated plans in English, Dutch and mixed: parse, validate, fix, format, hover, complete, outline', async () => {
        await fc.assert(fc.asyncProperty(generatedPlanArb, c => survivesEverything(c.text)), { ...fuzzParameters(60), timeout: HANG_GUARD_MS });
    }, timeLimit(60, 1000));

    test('mutated examples: deletions, insertions, swaps, Unicode, BOM, CRLF, long text, braces', async () => {
        await fc.assert(fc.asyncProperty(mutatedExampleArb, c => survivesEverything(c.text)), { ...fuzzParameters(80), timeout: HANG_GUARD_MS });
    }, timeLimit(80, 1000));

    test('any input: generated, shipped and mutated', async () => {
        await fc.assert(fc.asyncProperty(anyInputArb, c => survivesEverything(c.text)), { ...fuzzParameters(40), timeout: HANG_GUARD_MS });
    }, timeLimit(40, 1000));

    // Half-typed files are the common case: every prefix of every example must be safe to parse and validate.
    // The default run takes every prefix at a stride; the long mode takes every single position.
    test.each(EXAMPLES.map(e => [e.name, e.text] as const))('every truncation of %s parses and validates with valid ranges', async (_name, text) => {
        const stride = LONG_MODE ? 1 : 37;
        for (let end = 0; end <= text.length; end += stride) {
            const prefix = text.slice(0, end);
            await withDocument(services, prefix, async document => {
                try {
                    expectValidDiagnosticRanges(document);
                } catch (error) {
                    throw new Error(`truncated at ${end}: ${(error as Error).message}`);
                }
            });
        }
    }, LONG_MODE ? 600_000 : 60_000);
});
