/**
 * Where a document's text comes from. While it is open: the editor, always, also when a request is the first to
 * ask for it. Once it is closed: its file, if it has one (a `file:` URI; an untitled plan has none, and reading its
 * name as a path would read some other file).
 *
 * A closed document whose file cannot be read (untitled, or deleted while open) keeps the text it last had, or is
 * empty if it never had any, until the close is handled and takes it out of the workspace
 * (lsp/pop-document-update-handler.ts): reading it would fail this build and every later one that includes it.
 */
import { Cancellation, DefaultLangiumDocumentFactory, type AstNode, type FileSystemProvider, type LangiumDocument, type URI } from 'langium';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/** A file system that reads more than `file:` URIs says which schemes it reads (the web worker's, through its client). */
interface SchemeAwareFileSystem {
    readsScheme(scheme: string): boolean;
}

/**
 * Whether a file can be behind the URI. Node's file system reads `file:` URIs only; the web worker's reads those of
 * the workspace folders (`vscode-vfs:`, `vscode-remote:`…). An `untitled:` document never has one.
 */
export function hasFileBehind(uri: URI, fileSystem?: FileSystemProvider): boolean {
    const aware = fileSystem as Partial<SchemeAwareFileSystem> | undefined;
    return typeof aware?.readsScheme === 'function' ? aware.readsScheme(uri.scheme) : uri.scheme === 'file';
}

/** A file that is not there, as opposed to one that is there but cannot be read. */
export function isNotFound(error: unknown): boolean {
    const code = (error as { code?: unknown } | undefined)?.code;
    return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Logs a file that is there but cannot be read (locked, no permission): the document keeps the text it had. */
export function logUnreadable(uri: URI, error: unknown): void {
    const reason = error instanceof Error ? error.message : String(error);
    console.error(`POP: could not read ${uri.fsPath} (${reason}); it keeps the text it had until the file can be read.`);
}

export class PopLangiumDocumentFactory extends DefaultLangiumDocumentFactory {
    override async fromUri<T extends AstNode = AstNode>(uri: URI, cancellationToken: Cancellation.CancellationToken = Cancellation.CancellationToken.None): Promise<LangiumDocument<T>> {
        const open = this.textDocuments?.get(uri.toString());
        if (open) return this.fromTextDocument<T>(open, uri, cancellationToken);
        if (!hasFileBehind(uri, this.fileSystemProvider)) throw new Error(`${uri.toString()} is not open, and no file is behind it.`);
        return super.fromUri<T>(uri, cancellationToken);
    }

    protected override async getUpdatedText<T extends AstNode>(document: LangiumDocument<T>, textDocument: TextDocument | undefined, cancellationToken: Cancellation.CancellationToken): Promise<string> {
        if (textDocument) return textDocument.getText();
        if (hasFileBehind(document.uri, this.fileSystemProvider)) {
            try {
                return await super.getUpdatedText(document, undefined, cancellationToken);
            } catch (error) {
                if (!isNotFound(error)) logUnreadable(document.uri, error);
            }
        }
        return document.parseResult?.value?.$cstNode?.root.fullText ?? '';
    }
}
