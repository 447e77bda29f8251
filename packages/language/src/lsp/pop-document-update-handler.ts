/**
 * What closing a document means for the workspace. Langium leaves a closed document as the editor last had it.
 * POP goes back to what is saved instead:
 * - a file in one of the workspace folders is checked (and its goals are referenced) as it is on disk, so edits
 *   discarded on closing no longer count;
 * - a document with no file behind it (an untitled plan, or a file deleted while it was open) and a file the
 *   workspace's scan does not read (outside the workspace folders, or in a folder it skips) leave the workspace:
 *   their goals stop resolving and their problems are cleared;
 * - a file that cannot be read for now (locked, no permission) stays as the editor last had it.
 *
 * Nothing is written when nothing changes (closing a saved tab): taking the workspace's write lock cancels the
 * build that is running, and only a written update finishes it. When something does change, the decision is
 * checked again inside the lock, in the same tick as the update, so a document that was opened again in the
 * meantime stays; a request about it, already past waiting for the document, would otherwise find it gone.
 */
import { URI, UriUtils, type FileSystemProvider, type LangiumDocuments } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { hasFileBehind, isNotFound, logUnreadable } from '../pop-document-factory.js';

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
        if (this.isOpen(uri)) return 'nothing';
        // Decided before looking for the document: the update that creates it may still be queued behind a build, and
        // the leave is queued after it.
        if (!hasFileBehind(uri, this.fileSystem) || !this.scannedWithWorkspace(uri)) return 'leave';
        const document = this.documents.getDocument(uri);
        if (!document) return 'nothing';
        let saved: string;
        try {
            saved = await this.fileSystem.readFile(uri);
        } catch (error) {
            if (isNotFound(error)) return this.isOpen(uri) ? 'nothing' : 'leave';
            // Locked or unreadable for now: the document stays as the editor last had it.
            logUnreadable(uri, error);
            return 'nothing';
        }
        if (this.isOpen(uri)) return 'nothing';
        return document.parseResult.value.$cstNode?.root.fullText === saved ? 'nothing' : 'reread';
    }

    /**
     * Whether the workspace's own scan reads the file: a POP file in a workspace folder, not in a folder the scan
     * skips (dot-folders, node_modules, out). URIs are compared normalised (`C:` and `c%3A` are the same drive).
     */
    private scannedWithWorkspace(uri: URI): boolean {
        const file = URI.parse(UriUtils.normalize(uri));
        const extensions = this.serviceRegistry.all.flatMap(language => language.LanguageMetaData.fileExtensions);
        if (!extensions.includes(UriUtils.extname(file)) || UriUtils.basename(file).startsWith('.')) return false;
        return (this.workspaceManager.workspaceFolders ?? []).some(folder => {
            const root = URI.parse(UriUtils.normalize(folder.uri));
            if (!UriUtils.contains(root, file)) return false;
            const rootLength = root.path.replace(/\/$/, '').length;
            for (let dir = UriUtils.dirname(file); dir.path.length > rootLength; dir = UriUtils.dirname(dir)) {
                if (!this.workspaceManager.shouldIncludeEntry({ isFile: false, isDirectory: true, uri: dir })) return false;
            }
            return true;
        });
    }

    private isOpen(uri: URI): boolean {
        return this.textDocuments.get(uri.toString()) !== undefined;
    }
}
