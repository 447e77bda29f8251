import { readFileSync } from 'node:fs';
import { DocumentState, EmptyFileSystem, OperationCancelled, URI } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expect, it } from 'vitest';
import { createPopServices } from '../../packages/language/src/index.js';

// The language server publishes a document's diagnostics from a listener of its "validated" phase. Langium skipped
// those listeners when the build was cancelled (by the next edit or opened file) right after the document was
// validated, and nothing validated it again: its problems were never shown.

it('a document validated just before its build is cancelled is still announced as validated', async () => {
    const { shared } = createPopServices(EmptyFileSystem);
    const { TextDocuments, DocumentBuilder, LangiumDocuments } = shared.workspace;
    const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
    const uris = [1, 2, 3].map(i => URI.parse(`file:///plans/plan-${i}.pop`));
    for (const [i, uri] of uris.entries()) TextDocuments!.set(TextDocument.create(uri.toString(), 'pop', 1, text.replace('POP 2027', `POP 20${30 + i}`)));

    const build = new CancellationTokenSource();
    // The first listener stands in for the edit that arrives: it cancels the build once the first document is validated.
    DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        if (document.uri.toString() === uris[0].toString()) build.cancel();
    });
    const announced: string[] = [];
    DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => { announced.push(document.uri.toString()); });

    await expect(DocumentBuilder.update(uris, [], build.token)).rejects.toBe(OperationCancelled);
    expect(LangiumDocuments.getDocument(uris[0])?.state).toBe(DocumentState.Validated);
    expect(announced).toEqual([uris[0].toString()]);

    // The next build finishes the others (and checks the first again: its references to organisation goals that
    // no file declares are looked up anew after every change).
    await DocumentBuilder.update([], []);
    expect(new Set(announced)).toEqual(new Set(uris.map(uri => uri.toString())));
});
