import { URI, type FileSystemProvider } from 'langium';
import { DefaultDocumentUpdateHandler, type LangiumSharedServices } from 'langium/lsp';
import type { TextDocumentChangeEvent } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';

/**
 * When an editor closes a document that has no file behind it (an untitled plan, or a file deleted while it was
 * open), the workspace forgets it. Otherwise its organisation goals would linger, and the next build would try to
 * read it back from a disk that does not have it.
 */
export class PopDocumentUpdateHandler extends DefaultDocumentUpdateHandler {
    private readonly fileSystem: FileSystemProvider;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.fileSystem = services.workspace.FileSystemProvider;
    }

    didCloseDocument(event: TextDocumentChangeEvent<TextDocument>): void {
        const uri = URI.parse(event.document.uri);
        const gone = uri.scheme === 'file' ? this.fileSystem.exists(uri).then(exists => !exists, () => true) : Promise.resolve(true);
        void gone.then(isGone => {
            if (isGone) this.fireDocumentUpdate([], [uri]);
        });
    }
}
