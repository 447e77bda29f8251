import { readFileSync } from 'node:fs';
import { DocumentState, URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it, vi } from 'vitest';
import { createPopServices } from '../../packages/language/src/index.js';

// What the server does when the editor closes a document (pop-document-update-handler.ts), replayed in-process with
// a file system whose reads the test controls. The session fuzz found the first case under load: a request about a
// document opened again failed with "ENOENT" because the close had taken the document out after all. A review found
// the third: closing a saved tab cancelled the check of the documents being built, and nothing finished it.

const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
const FOLDER = 'file:///work';
const gone = URI.parse(`${FOLDER}/deleted-while-open.pop`);
const saved = URI.parse(`${FOLDER}/saved.pop`);

/**
 * The disk: saved.pop in the workspace folder, and whatever files a test adds. Reads of other files fail with "not
 * found", after the test lets them (when held).
 */
class HeldFileSystem implements FileSystemProvider {
    private held: Array<() => void> = [];
    readonly reads: string[] = [];
    readonly files = new Map<string, string | Error>([[saved.toString(), text]]);
    constructor(private readonly hold = true) {}
    async readFile(uri: URI): Promise<string> {
        this.reads.push(uri.toString());
        const file = this.files.get(uri.toString());
        if (typeof file === 'string') return file;
        if (file) throw file;
        if (this.hold) await new Promise<void>(release => this.held.push(release));
        throw notFound(uri);
    }
    release(): void {
        for (const release of this.held.splice(0)) release();
    }
    async stat(uri: URI): Promise<FileSystemNode> { return this.statSync(uri); }
    statSync(uri: URI): FileSystemNode {
        if (this.files.has(uri.toString())) return { isFile: true, isDirectory: false, uri };
        throw notFound(uri);
    }
    async exists(uri: URI): Promise<boolean> { return this.files.has(uri.toString()); }
    existsSync(uri: URI): boolean { return this.files.has(uri.toString()); }
    readBinary(): Promise<Uint8Array> { throw new Error('not used'); }
    readBinarySync(): Uint8Array { throw new Error('not used'); }
    readFileSync(): string { throw new Error('not used'); }
    async readDirectory(): Promise<FileSystemNode[]> { return []; }
    readDirectorySync(): FileSystemNode[] { return []; }
}

function notFound(uri: URI): Error {
    return Object.assign(new Error(`ENOENT: ${uri.path}`), { code: 'ENOENT' });
}

async function workspace(fileSystem: FileSystemProvider, folder = FOLDER): Promise<LangiumSharedServices> {
    const { shared } = createPopServices({ fileSystemProvider: () => fileSystem });
    // As the language server does at initialize: the folder is the editor's workspace folder.
    const manager = shared.workspace.WorkspaceManager;
    manager.initialize({ processId: null, rootUri: folder, capabilities: {}, workspaceFolders: [{ uri: folder, name: 'work' }] });
    await manager.initialized({});
    expect(manager.workspaceFolders).toHaveLength(1);
    return shared;
}

async function openAndBuild(shared: LangiumSharedServices, uri: URI, content = text): Promise<TextDocument> {
    const opened = TextDocument.create(uri.toString(), 'pop', 1, content);
    shared.workspace.TextDocuments!.set(opened);
    await shared.workspace.DocumentBuilder.update([uri], []);
    expect(shared.workspace.LangiumDocuments.getDocument(uri)?.state).toBe(DocumentState.Validated);
    return opened;
}

function close(shared: LangiumSharedServices, opened: TextDocument): void {
    shared.workspace.TextDocuments!.delete(opened.uri);
    shared.lsp.DocumentUpdateHandler.didCloseDocument!({ document: opened });
}

const settle = () => new Promise(resolve => setTimeout(resolve, 20));

describe('closing a document', () => {
    it('whose file is gone, then opening it again while the close is handled: it stays', async () => {
        const files = new HeldFileSystem();
        const shared = await workspace(files);
        const { TextDocuments, LangiumDocuments } = shared.workspace;
        const opened = await openAndBuild(shared, gone);

        close(shared, opened);
        await settle();
        expect(files.reads).toEqual([gone.toString()]);
        TextDocuments!.set(opened);
        files.release();
        await settle();

        expect(LangiumDocuments.getDocument(gone)?.state).toBe(DocumentState.Validated);
        const found = await LangiumDocuments.getOrCreateDocument(gone);
        expect(found.textDocument.getText()).toBe(text);
    });

    it('whose file is gone, and leaving it closed: it leaves the workspace', async () => {
        const files = new HeldFileSystem();
        const shared = await workspace(files);
        const opened = await openAndBuild(shared, gone);
        close(shared, opened);
        await settle();
        files.release();
        await settle();
        expect(shared.workspace.LangiumDocuments.getDocument(gone)).toBeUndefined();
    });

    it('that is untitled: it leaves the workspace, and nothing is read from disk for it', async () => {
        const files = new HeldFileSystem(false);
        const shared = await workspace(files);
        const untitled = URI.parse('untitled:Untitled-1');
        const opened = await openAndBuild(shared, untitled);
        close(shared, opened);
        await settle();
        expect(shared.workspace.LangiumDocuments.getDocument(untitled)).toBeUndefined();
        expect(files.reads).toEqual([]);
    });

    it('that is saved and unchanged, while other documents are being built: their build goes on', async () => {
        const shared = await workspace(new HeldFileSystem(false));
        const { TextDocuments, LangiumDocuments, DocumentBuilder, WorkspaceLock } = shared.workspace;
        const opened = await openAndBuild(shared, saved);
        const others = Array.from({ length: 40 }, (_, i) => URI.parse(`${FOLDER}/other-${i}.pop`));
        for (const [index, uri] of others.entries()) TextDocuments!.set(TextDocument.create(uri.toString(), 'pop', 1, text.replace('POP 2027', `POP ${3000 + index}`)));
        // As the editor's didOpen does: an update in the write lock, not awaited.
        const building = WorkspaceLock.write(token => DocumentBuilder.update(others, [], token));
        close(shared, opened);
        await building;
        await settle();
        expect(others.filter(uri => LangiumDocuments.getDocument(uri)?.state !== DocumentState.Validated)).toEqual([]);
        expect(LangiumDocuments.getDocument(saved)?.state).toBe(DocumentState.Validated);
    });

    it('outside the workspace folder, opened and closed while a build runs: it leaves once the opening is built', async () => {
        const files = new HeldFileSystem(false);
        const outside = URI.parse('file:///elsewhere/outside.pop');
        files.files.set(outside.toString(), text);
        const shared = await workspace(files);
        const { TextDocuments, LangiumDocuments, WorkspaceLock } = shared.workspace;
        let finish: () => void = () => undefined;
        const running = WorkspaceLock.write(() => new Promise<void>(resolve => { finish = resolve; }));
        const opened = TextDocument.create(outside.toString(), 'pop', 1, text);
        TextDocuments!.set(opened);
        shared.lsp.DocumentUpdateHandler.didChangeContent!({ document: opened });
        await settle();
        close(shared, opened);
        await settle();
        finish();
        await running;
        await settle();
        expect(LangiumDocuments.getDocument(outside)).toBeUndefined();
    });

    it('in a folder the workspace scan skips: it leaves; in the folder, written with another drive-letter case: it stays', async () => {
        const files = new HeldFileSystem(false);
        const shared = await workspace(files, 'file:///C:/Work');
        const inFolder = URI.parse('file:///c%3A/Work/plan.pop');
        const skipped = URI.parse('file:///c%3A/Work/node_modules/pkg/plan.pop');
        const hidden = URI.parse('file:///c%3A/Work/.history/plan.pop');
        for (const uri of [inFolder, skipped, hidden]) files.files.set(uri.toString(), text);
        for (const uri of [inFolder, skipped, hidden]) close(shared, await openAndBuild(shared, uri));
        await settle();
        const { LangiumDocuments } = shared.workspace;
        expect(LangiumDocuments.getDocument(inFolder)?.state).toBe(DocumentState.Validated);
        expect(LangiumDocuments.getDocument(skipped)).toBeUndefined();
        expect(LangiumDocuments.getDocument(hidden)).toBeUndefined();
    });

    it('whose file cannot be read for now (locked, no permission): it stays as it was, and the log says why', async () => {
        const files = new HeldFileSystem(false);
        const shared = await workspace(files);
        const locked = URI.parse(`${FOLDER}/locked.pop`);
        files.files.set(locked.toString(), text);
        const opened = await openAndBuild(shared, locked);
        files.files.set(locked.toString(), Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' }));
        const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            close(shared, opened);
            await settle();
            expect(log).toHaveBeenCalledWith(expect.stringMatching(/^POP: could not read .*locked\.pop.*EBUSY/));
        } finally {
            log.mockRestore();
        }
        expect(shared.workspace.LangiumDocuments.getDocument(locked)?.state).toBe(DocumentState.Validated);
    });

    it('that is open but missing from the workspace, when a request creates it: it is read from the editor', async () => {
        const shared = await workspace(new HeldFileSystem(false));
        const { TextDocuments, LangiumDocuments } = shared.workspace;
        const opened = TextDocument.create(gone.toString(), 'pop', 7, text);
        TextDocuments!.set(opened);
        expect(LangiumDocuments.getDocument(gone)).toBeUndefined();
        const created = await LangiumDocuments.getOrCreateDocument(gone);
        expect(created.parseResult.value.$cstNode?.root.fullText).toBe(text);
        expect(created.textDocument).toBe(opened);
    });
});
