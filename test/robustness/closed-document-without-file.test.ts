import { readFileSync } from 'node:fs';
import { DocumentState, EmptyFileSystemProvider, OperationCancelled, URI } from 'langium';
import { CancellationTokenSource } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it, vi } from 'vitest';
import { createPopServices } from '../../packages/language/src/index.js';

// A document with no file behind it (untitled, or deleted while open) that the editor closes while a rebuild of it
// is pending. The rebuild cannot read it from disk: before the fix the build failed, and every later build, which
// includes the document again, failed too, so the language server stopped answering.

/** A disk without the files: reading one fails with "not found". */
class NoFiles extends EmptyFileSystemProvider {
    override readFile(): Promise<string> {
        return Promise.reject(Object.assign(new Error('ENOENT: no such file or directory'), { code: 'ENOENT' }));
    }
}
const NoFileSystem = { fileSystemProvider: () => new NoFiles() };

describe('a closed document that has no file', () => {
    it('is rebuilt from the text it last had, and later builds of other documents go through', async () => {
        const { shared } = createPopServices(NoFileSystem);
        const { TextDocuments, LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
        const ghost = URI.parse('file:///nowhere/untitled.pop');
        const opened = TextDocument.create(ghost.toString(), 'pop', 1, text);
        TextDocuments!.set(opened);
        const document = LangiumDocumentFactory.fromTextDocument(opened, ghost);
        LangiumDocuments.addDocument(document);
        await DocumentBuilder.build([document], { validation: true });

        // Edited, then closed before the rebuild ran.
        TextDocuments!.set(TextDocument.create(ghost.toString(), 'pop', 2, `${text}\n// edited`));
        TextDocuments!.delete(ghost);
        await DocumentBuilder.update([ghost], []);
        expect(document.state).toBe(DocumentState.Validated);
        expect(document.parseResult.value.$cstNode?.root.fullText).toBe(text);

        const other = URI.parse('file:///nowhere/other.pop');
        const second = LangiumDocumentFactory.fromString(text.replace('POP 2027', 'POP 2028'), other);
        LangiumDocuments.addDocument(second);
        await DocumentBuilder.update([other], []);
        expect(second.state).toBe(DocumentState.Validated);
        expect(second.diagnostics?.length).toBeGreaterThan(0);
    });

    it('is built empty when its first build was cancelled before it was parsed, and other builds go through', async () => {
        // The session fuzz found this one in CI: a document opened, its first update cancelled by an edit to
        // another document (which leaves it in the workspace unparsed), then closed before the next update.
        const { shared } = createPopServices(NoFileSystem);
        const { TextDocuments, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
        const ghost = URI.parse('file:///nowhere/untitled.pop');
        TextDocuments!.set(TextDocument.create(ghost.toString(), 'pop', 1, text));
        const cancelled = new CancellationTokenSource();
        const listener = DocumentBuilder.onUpdate(() => cancelled.cancel());
        await expect(DocumentBuilder.update([ghost], [], cancelled.token)).rejects.toBe(OperationCancelled);
        listener.dispose();
        expect(LangiumDocuments.getDocument(ghost)?.state).toBe(DocumentState.Changed);
        TextDocuments!.delete(ghost);

        const other = URI.parse('file:///nowhere/other.pop');
        TextDocuments!.set(TextDocument.create(other.toString(), 'pop', 1, text.replace('POP 2027', 'POP 2028')));
        await DocumentBuilder.update([other], []);
        expect(LangiumDocuments.getDocument(other)?.state).toBe(DocumentState.Validated);
        expect(LangiumDocuments.getDocument(ghost)?.textDocument.getText()).toBe('');
    });

    it('keeps its language when it has no file extension (an untitled plan), so later builds that check it again go through', async () => {
        // Langium knows the language of an untitled document only from the editor, while it is open. A closed untitled
        // plan with a reference that does not resolve is checked again by every build; each of them threw.
        const { shared } = createPopServices(NoFileSystem);
        const { TextDocuments, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
        const untitled = URI.parse('untitled:Untitled-1');
        const withLooseEnd = text.replace(/(\n\s*)(draagt-bij-aan \S+)/, '$1$2, nergens');
        expect(withLooseEnd).not.toBe(text);
        TextDocuments!.set(TextDocument.create(untitled.toString(), 'pop', 1, withLooseEnd));
        await DocumentBuilder.update([untitled], []);
        expect(LangiumDocuments.getDocument(untitled)?.diagnostics?.some(d => d.code === 'ref.unresolved')).toBe(true);
        TextDocuments!.delete(untitled);

        const other = URI.parse('file:///nowhere/other.pop');
        TextDocuments!.set(TextDocument.create(other.toString(), 'pop', 1, text.replace('POP 2027', 'POP 2028')));
        await DocumentBuilder.update([other], []);
        expect(LangiumDocuments.getDocument(other)?.state).toBe(DocumentState.Validated);
        expect(LangiumDocuments.getDocument(untitled)?.state).toBe(DocumentState.Validated);
        expect(shared.ServiceRegistry.hasServices(URI.parse('untitled:Untitled-2'))).toBe(false);
    });

    it('keeps its text when its file is there but cannot be read, and says so in the log', async () => {
        class Unreadable extends EmptyFileSystemProvider {
            override readFile(): Promise<string> {
                return Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' }));
            }
        }
        const { shared } = createPopServices({ fileSystemProvider: () => new Unreadable() });
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
        const uri = URI.parse('file:///locked/plan.pop');
        LangiumDocuments.addDocument(LangiumDocumentFactory.fromString(text, uri));
        const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
        try {
            await DocumentBuilder.update([uri], []);
            expect(log).toHaveBeenCalledWith(expect.stringMatching(/^POP: could not read .*plan\.pop.*EACCES/));
        } finally {
            log.mockRestore();
        }
        expect(LangiumDocuments.getDocument(uri)?.textDocument.getText()).toBe(text);
        expect(LangiumDocuments.getDocument(uri)?.state).toBe(DocumentState.Validated);
    });

    it('is never read from disk when it is untitled: its name is not a path', async () => {
        // vscode-uri gives `untitled:Untitled-1` the path "Untitled-1"; read as a file, it is whatever file has that
        // name in the server's working folder.
        const reads: string[] = [];
        class AnyFile extends EmptyFileSystemProvider {
            override readFile(...args: unknown[]): Promise<string> {
                reads.push(String(args[0]));
                return Promise.resolve('plan "Some other file" {\n}\n');
            }
        }
        const { shared } = createPopServices({ fileSystemProvider: () => new AnyFile() });
        const { TextDocuments, LangiumDocuments, DocumentBuilder } = shared.workspace;
        const text = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
        const untitled = URI.parse('untitled:Untitled-1');
        TextDocuments!.set(TextDocument.create(untitled.toString(), 'pop', 1, text));
        await DocumentBuilder.update([untitled], []);
        TextDocuments!.delete(untitled);
        await DocumentBuilder.update([untitled], []);
        expect(reads).toEqual([]);
        expect(LangiumDocuments.getDocument(untitled)?.textDocument.getText()).toBe(text);
    });
});
