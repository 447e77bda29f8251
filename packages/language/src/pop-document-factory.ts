/**
 * Rebuilding a document reads its text from the editor while it is open, and from disk once it is closed. A
 * document with no file behind it (untitled, or deleted while open) that is closed while a rebuild of it is still
 * pending made that read fail; the build failed with it, and so did every later build, which all include the
 * document again: the server stopped answering (the random-session test found it). Such a document keeps the
 * text it last had. One that never had any (its first build was cancelled before it was parsed) is empty. Either
 * way it is only until the close is handled, which takes it out of the workspace (pop-document-update-handler.ts).
 */
import { DefaultLangiumDocumentFactory, type AstNode, type LangiumDocument, type URI } from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

export class PopLangiumDocumentFactory extends DefaultLangiumDocumentFactory {
    /** A document that is open is read from the editor, also when it is missing from the workspace (a request about it creates it). */
    protected override async getInitialText(uri: URI, cancellationToken: CancellationToken): Promise<string> {
        return this.textDocuments?.get(uri.toString())?.getText() ?? super.getInitialText(uri, cancellationToken);
    }

    protected override async getUpdatedText<T extends AstNode>(document: LangiumDocument<T>, textDocument: TextDocument | undefined, cancellationToken: CancellationToken): Promise<string> {
        if (textDocument) return textDocument.getText();
        try {
            return await super.getUpdatedText(document, undefined, cancellationToken);
        } catch {
            return document.parseResult?.value?.$cstNode?.root.fullText ?? '';
        }
    }
}
