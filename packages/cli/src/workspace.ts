import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { createPopServices, type Document, type PopSettings } from '@pop-lang/language';
import type { SourceFile } from './files.js';

export interface LoadedWorkspace {
    readonly services: ReturnType<typeof createPopServices>;
    readonly documents: ReadonlyArray<{ source: SourceFile; document: LangiumDocument<Document> }>;
}

/**
 * Builds the given files as one workspace, so that references between them resolve, and validates them.
 * The project's other files (`context`) are indexed first, so that the given files' references to them resolve;
 * they are not validated. Files are read by the CLI itself: the language services never touch the file system.
 */
export async function loadWorkspace(sources: readonly SourceFile[], settings: Partial<PopSettings>, context: readonly SourceFile[] = []): Promise<LoadedWorkspace> {
    const services = createPopServices(EmptyFileSystem);
    services.Pop.pop.Settings.update(settings);
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const langiumDocuments = services.shared.workspace.LangiumDocuments;
    const add = (source: SourceFile) => {
        const document = factory.fromString<Document>(source.text, URI.file(source.path));
        langiumDocuments.addDocument(document);
        return document;
    };
    const builder = services.shared.workspace.DocumentBuilder;
    if (context.length > 0) await builder.build(context.map(add), { validation: false });
    const documents = sources.map(source => ({ source, document: add(source) }));
    await builder.build(documents.map(d => d.document), { validation: true });
    return { services, documents };
}
