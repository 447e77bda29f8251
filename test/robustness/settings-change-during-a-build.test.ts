import { readFileSync } from 'node:fs';
import { DocumentState, EmptyFileSystem, URI } from 'langium';
import { expect, it } from 'vitest';
import { createPopServices } from '../../packages/language/src/index.js';
import { revalidate } from '../../packages/server/src/settings-sync.js';

// A settings change checks the documents again under the workspace's write lock, and taking that lock cancels the
// build that is running. The documents that build had not finished (files of the workspace, not open) were left
// unchecked; VS Code sends the settings right after the server starts, while the first build runs.

it('a settings change while a build runs leaves no document unchecked', async () => {
    const { shared } = createPopServices(EmptyFileSystem);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, WorkspaceLock } = shared.workspace;
    const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
    const uris = Array.from({ length: 40 }, (_, i) => URI.parse(`file:///workspace/plan-${i}.pop`));
    for (const [i, uri] of uris.entries()) LangiumDocuments.addDocument(LangiumDocumentFactory.fromString(text.replace('POP 2027', `POP ${3000 + i}`), uri));

    const first = WorkspaceLock.write(token => DocumentBuilder.build(LangiumDocuments.all.toArray(), { validation: true }, token));
    await new Promise(resolve => setTimeout(resolve, 0));
    await revalidate(shared);
    await first;
    expect(uris.filter(uri => LangiumDocuments.getDocument(uri)?.state !== DocumentState.Validated)).toEqual([]);
});
