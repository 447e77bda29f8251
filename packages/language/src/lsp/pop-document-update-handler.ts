/**
 * What closing a document means for the workspace. Langium leaves a closed document as the editor last had it.
 * POP goes back to what is on disk instead: a plan closed with its edits discarded is checked (and its goals are
 * referenced) as it was saved, and a document with no file behind it (untitled, or deleted while open) leaves
 * the workspace, so its goals no longer resolve and its problems are cleared in the editor.
 *
 * The decision is taken inside the workspace's write lock, after every update queued before the close, and checked
 * again in the same tick as the update, so a document that was opened again in the meantime is left alone: a request
 * about it, already past waiting for the document, would otherwise find it gone.
 */
import { URI, type FileSystemProvider, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class PopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly documents: LangiumDocuments;
    private readonly fileSystem: FileSystemProvider;
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
        this.fileSystem = services.workspace.FileSystemProvider;
        this.textDocuments = services.workspace.TextDocuments;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        this.workspaceManager.ready
            .then(() => this.workspaceLock.write(async token => {
                if (this.isOpen(uri)) return;
                const saved = await this.fileSystem.readFile(uri).then(text => text, () => undefined);
                // Opened again while the file was read: the editor's text counts, and the update for the opening follows.
                if (this.isOpen(uri)) return;
                if (saved === undefined) {
                    await this.documentBuilder.update([], [uri], token);
                } else if (this.documents.getDocument(uri)?.parseResult.value.$cstNode?.root.fullText !== saved) {
                    await this.documentBuilder.update([uri], [], token);
                }
            }))
            .catch(error => console.error(`Could not update the workspace after ${uri.toString()} was closed:`, error));
    }

    private isOpen(uri: URI): boolean {
        return this.textDocuments.get(uri.toString()) !== undefined;
    }
}
