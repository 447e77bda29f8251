/** Language services as a test uses them: built with a fixed today, fed documents, asked for diagnostics. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { createPopServices, type Document, type PopSettings } from '../../packages/language/src/index.js';

export type Services = ReturnType<typeof createPopServices>;

/** The day the tests judge plans on, unless a test says otherwise: inside the 2027 plans of test/support/plans.ts. */
export const TODAY = '2027-06-01';

export function createServices(settings: Partial<PopSettings> = {}): Services {
    const services = createPopServices(EmptyFileSystem);
    services.Pop.pop.Settings.update({ today: TODAY, ...settings });
    return services;
}

let counter = 0;

/** Parses, links and validates one or more documents together; returns them in order. */
export async function build(services: Services, ...texts: string[]): Promise<Array<LangiumDocument<Document>>> {
    const factory = services.shared.workspace.LangiumDocumentFactory;
    const documents = texts.map(text => factory.fromString<Document>(text, URI.parse(`file:///test/doc${counter++}.pop`)));
    for (const document of documents) services.shared.workspace.LangiumDocuments.addDocument(document);
    await services.shared.workspace.DocumentBuilder.build(documents, { validation: true });
    return documents;
}

export async function diagnosticsOf(text: string, settings: Partial<PopSettings> = {}): Promise<Diagnostic[]> {
    const services = createServices(settings);
    const [document] = await build(services, text);
    return document.diagnostics ?? [];
}

export function codes(diagnostics: readonly Diagnostic[]): string[] {
    return diagnostics.map(d => String(d.code));
}
