/**
 * What closing a document means for the workspace. Langium leaves a closed document as the editor last had it.
 * POP goes back to what is saved instead:
 * - a file in one of the workspace folders is checked (and its goals are referenced) as it is on disk, so edits
 *   discarded on closing no longer count;
 * - a document with no file behind it (an untitled plan, or a file deleted while it was open) and a file outside
 *   the workspace folders leave the workspace: their goals stop resolving and their problems are cleared.
 *
 * Nothing is written when nothing changes (closing a saved tab): taking the workspace's write lock cancels the build
 * that is running. When something does change, the decision is checked again inside the lock, in the same tick as
 * the update, so a document that was opened again in the meantime stays; a request about it, already past waiting
 * for the document, would otherwise find it gone.
 */
import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { hasFileBehind } from '../pop-document-factory.js';

type OnClose = 'nothing' | 'leave' | 'reread';

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
            .then(() => this.onClose(uri))
            .then(change => change === 'nothing' ? undefined : this.workspaceLock.write(token => {
                // Taking the lock cancelled the build that was running: an update finishes it, whatever else it does.
                if (this.isOpen(uri)) return this.documentBuilder.update([], [], token);
                return change === 'leave' ? this.documentBuilder.update([], [uri], token) : this.documentBuilder.update([uri], [], token);
            }))
            .catch(error => console.error(`POP: could not update the workspace after ${uri.toString()} was closed:`, error));
    }

    private async onClose(uri: URI): Promise<OnClose> {
        const document = this.documents.getDocument(uri);
        if (this.isOpen(uri) || !document) return 'nothing';
        if (!hasFileBehind(uri) || !this.inWorkspaceFolder(uri)) return 'leave';
        const saved = await this.fileSystem.readFile(uri).then(text => text, () => undefined);
        if (this.isOpen(uri)) return 'nothing';
        if (saved === undefined) return 'leave';
        return document.parseResult.value.$cstNode?.root.fullText === saved ? 'nothing' : 'reread';
    }

    private inWorkspaceFolder(uri: URI): boolean {
        return (this.workspaceManager.workspaceFolders ?? []).some(folder => UriUtils.contains(folder.uri, uri));
    }

    private isOpen(uri: URI): boolean {
        return this.textDocuments.get(uri.toString()) !== undefined;
    }
}
