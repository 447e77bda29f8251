/**
 * The formatter, on every input that parses: formatting twice gives what formatting once gave, and the
 * formatted text has the same tokens and comments, in the same order, as the original.
 */
import fc from 'fast-check';
import type { LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { EXAMPLES, exampleArb, generatedPlanArb, mutate, mutationArb, type FuzzCase } from './arbitraries.js';
import { fuzzParameters, timeLimit } from './fuzz-settings.js';
import { applyEdits } from '../support/edits.js';
import { fuzzServices, syntaxErrorCount, withDocument } from './language-harness.js';

const services = fuzzServices();

async function format(document: LangiumDocument): Promise<string> {
    const formatter = services.Pop.lsp.Formatter;
    if (!formatter) throw new Error('no formatter is registered');
    const edits = await formatter.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
    return applyEdits(document.textDocument.getText(), edits);
}

/** Every token the lexer sees, comments included, in order of appearance. */
function tokensAndComments(text: string): string[] {
    const result = services.Pop.parser.Lexer.tokenize(text);
    return [...result.tokens, ...(result.hidden ?? [])]
        .filter(t => t.tokenType.name !== 'WS')
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => t.image);
}

/** Checks the formatter on one input; inputs that do not parse are left to the crash suite. Returns whether it applied. */
async function formatterKeepsEverything(c: FuzzCase): Promise<boolean> {
    return withDocument(services, c.text, async document => {
        if (syntaxErrorCount(document) > 0) return false;
        const once = await format(document);
        expect(tokensAndComments(once)).toEqual(tokensAndComments(c.text));
        await withDocument(services, once, async formatted => {
            expect(syntaxErrorCount(formatted), `formatting broke the syntax:\n${once}`).toBe(0);
            expect(await format(formatted), 'formatting a second time changed the text').toBe(once);
        });
        return true;
    });
}

/** Mutations that keep a plan parseable are the interesting ones here: line endings, a BOM, Unicode in strings, long text. */
const parseableInputArb = fc.oneof(
    { arbitrary: generatedPlanArb, weight: 4 },
    { arbitrary: fc.tuple(exampleArb, fc.array(mutationArb, { minLength: 1, maxLength: 2 })).map(([base, mutations]) => mutate(base, mutations)), weight: 3 },
    { arbitrary: fc.tuple(generatedPlanArb, fc.array(mutationArb, { minLength: 1, maxLength: 2 })).map(([base, mutations]) => mutate(base, mutations)), weight: 2 },
);

describe('the formatter is idempotent and keeps every token and comment', () => {
    test.each(EXAMPLES.map(e => [e.name, e.text] as const))('on %s', async (name, text) => {
        expect(await formatterKeepsEverything({ origin: name, steps: [], text })).toBe(true);
    });

    test('on generated plans and on mutations that still parse', async () => {
        let applied = 0;
        await fc.assert(fc.asyncProperty(parseableInputArb, async c => {
            if (await formatterKeepsEverything(c)) applied++;
        }), fuzzParameters(80));
        // Guards the suite itself: if generation drifted so that nothing parsed, this property would test nothing.
        expect(applied).toBeGreaterThan(20);
    }, timeLimit(80, 500));
});
