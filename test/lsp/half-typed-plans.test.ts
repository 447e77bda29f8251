import { describe, expect, it } from 'vitest';
import { planSummary } from '../../packages/language/src/index.js';
import { build, createServices } from '../support/services.js';
import { applyEdits } from '../support/edits.js';
import { example } from '../support/paths.js';
import { words } from './editor-helpers.js';

/** Every editor feature on every stage of typing a plan: cut the examples off at many points. */
describe('editor features on half-typed plans', () => {
    for (const file of ['en/example.pop', 'nl/voorbeeld.pop']) {
        it(`answer without throwing and never lose text while ${file} is being typed`, async () => {
            const full = example(file);
            const services = createServices();
            const lsp = services.Pop.lsp;
            for (let cut = 0; cut <= full.length; cut += Math.ceil(full.length / 40)) {
                const text = full.slice(0, cut);
                const [document] = await build(services, text);
                const textDocument = { uri: document.uri.toString() };
                const end = document.textDocument.positionAt(text.length);
                const middle = document.textDocument.positionAt(Math.floor(text.length / 2));
                await lsp.HoverProvider!.getHoverContent(document, { textDocument, position: middle });
                await lsp.CompletionProvider!.getCompletion(document, { textDocument, position: end });
                await lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument });
                await lsp.CodeLensProvider!.provideCodeLens(document, { textDocument });
                await lsp.InlayHintProvider!.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end } });
                await lsp.SemanticTokenProvider!.semanticHighlight(document, { textDocument });
                planSummary(document, services.Pop);
                const edits = await lsp.Formatter!.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } });
                expect(words(applyEdits(text, edits)), `cut at ${cut}`).toBe(words(text));
            }
        });
    }
});
