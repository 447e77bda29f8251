import { readFileSync } from 'node:fs';
import { DocumentState, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';
import { createPopServices } from '../../packages/language/src/index.js';

// Closing a document with no file behind it takes it out of the workspace (pop-document-update-handler.ts). An
// editor may open it again at once, and ask about it; the session fuzz found both orders below under load, where a
// request about the open document failed with "ENOENT" because the document had been taken out after all.

const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
const ghost = URI.parse('file:///nowhere/untitled.pop');

/** A file system with no files, whose reads (when held) wait until the test lets them fail. */
class HeldFileSystem implements FileSystemProvider {
    private held: Array<() => void> = [];
    readonly reads: string[] = [];
    constructor(private readonly hold = true) {}
    async readFile(uri: URI): Promise<string> {
        this.reads.push(uri.toString());
        if (this.hold) await new Promise<void>(release => this.held.push(release));
        throw new Error(`ENOENT: ${uri.path}`);
    }
    release(): void {
        for (const release of this.held.splice(0)) release();
    }
    async stat(uri: URI): Promise<FileSystemNode> { throw new Error(`ENOENT: ${uri.path}`); }
    statSync(uri: URI): FileSystemNode { throw new Error(`ENOENT: ${uri.path}`); }
    async exists(): Promise<boolean> { return false; }
    existsSync(): boolean { return false; }
    readBinary(): Promise<Uint8Array> { throw new Error('no files'); }
    readBinarySync(): Uint8Array { throw new Error('no files'); }
    readFileSync(uri: URI): string { throw new Error(`ENOENT: ${uri.path}`); }
    async readDirectory(): Promise<FileSystemNode[]> { return []; }
    readDirectorySync(): FileSystemNode[] { return []; }
}

async function workspace(fileSystem: FileSystemProvider) {
    const { shared } = createPopServices({ fileSystemProvider: () => fileSystem });
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return shared;
}

const settle = () => new Promise(resolve => setTimeout(resolve, 20));

describe('a document with no file, closed and opened again', () => {
    it('stays in the workspace when it is opened again while the close is being handled', async () => {
        const files = new HeldFileSystem();
        const shared = await workspace(files);
        const { TextDocuments, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const opened = TextDocument.create(ghost.toString(), 'pop', 1, text);
        TextDocuments!.set(opened);
        await DocumentBuilder.update([ghost], []);
        expect(LangiumDocuments.getDocument(ghost)?.state).toBe(DocumentState.Validated);

        TextDocuments!.delete(ghost);
        shared.lsp.DocumentUpdateHandler.didCloseDocument!({ document: opened });
        await settle();
        expect(files.reads).toEqual([ghost.toString()]);
        TextDocuments!.set(opened);
        files.release();
        await settle();

        expect(LangiumDocuments.getDocument(ghost)?.state).toBe(DocumentState.Validated);
        const found = await LangiumDocuments.getOrCreateDocument(ghost);
        expect(found.textDocument.getText()).toBe(text);
    });

    it('leaves the workspace when it stays closed', async () => {
        const files = new HeldFileSystem();
        const shared = await workspace(files);
        const { TextDocuments, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const opened = TextDocument.create(ghost.toString(), 'pop', 1, text);
        TextDocuments!.set(opened);
        await DocumentBuilder.update([ghost], []);

        TextDocuments!.delete(ghost);
        shared.lsp.DocumentUpdateHandler.didCloseDocument!({ document: opened });
        await settle();
        files.release();
        await settle();
        expect(LangiumDocuments.getDocument(ghost)).toBeUndefined();
    });

    it('is read from the editor when a request creates it while it is open but missing from the workspace', async () => {
        const shared = await workspace(new HeldFileSystem(false));
        const { TextDocuments, LangiumDocuments } = shared.workspace;
        TextDocuments!.set(TextDocument.create(ghost.toString(), 'pop', 1, text));
        expect(LangiumDocuments.getDocument(ghost)).toBeUndefined();
        const created = await LangiumDocuments.getOrCreateDocument(ghost);
        expect(created.parseResult.value.$cstNode?.root.fullText).toBe(text);
    });
});
