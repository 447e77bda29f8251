import { EmptyFileSystem, TextDocument, URI, type LangiumDocument } from 'langium';
import { createPopServices, type Document, type PopSettings } from '@pop-lang/language';
import { compilersFor } from './compiler-tiers.js';
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
    compilersFor([...sources, ...context].reduce((characters, source) => characters + source.text.length, 0));
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

/**
 * Gives documents of the workspace new text and rebuilds them, with every document that refers to them, as an
 * editor does after an edit. The documents are updated in place.
 */
export async function updateTexts(workspace: LoadedWorkspace, changes: ReadonlyArray<{ document: LangiumDocument; text: string }>): Promise<void> {
    if (changes.length === 0) return;
    const { TextDocuments, DocumentBuilder } = workspace.services.shared.workspace;
    // Every validation, as in the first build, not only the fast ones an editor runs on each keystroke.
    DocumentBuilder.updateBuildOptions = { validation: true };
    for (const { document, text } of changes) {
        TextDocuments.set(TextDocument.create(document.uri.toString(), 'pop', document.textDocument.version + 1, text));
    }
    await DocumentBuilder.update(changes.map(c => c.document.uri), []);
}
