import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createPopServices, type Document, type PopSettings } from '../../language/src/index.js';
import type { SourceFile } from './files.js';

export interface LoadedWorkspace {
    readonly services: ReturnType<typeof createPopServices>;
    readonly documents: ReadonlyArray<{ source: SourceFile; document: LangiumDocument<Document> }>;
}

/**
 * Builds the given files as one workspace, so that references between them resolve, and validates them.
 * Files are read by the CLI itself: the language services never touch the file system.
 */
export async function loadWorkspace(sources: readonly SourceFile[], settings: Partial<PopSettings>): Promise<LoadedWorkspace> {
    const services = createPopServices(EmptyFileSystem);
    services.Pop.pop.Settings.update(settings);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const documents = sources.map(source => {
        const document = factory.fromString<Document>(source.text, URI.file(source.path));
        langiumDocuments.addDocument(document);
        return { source, document };
    });
    await services.shared.workspace.DocumentBuilder.build(documents.map(d => d.document), { validation: true });
    return { services, documents };
}
