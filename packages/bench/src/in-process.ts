/** The measurements that run inside this process: lexing, parsing, building, editing, rendering, memory. */
import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPopServices } from '@pop-lang/language';
import { planText, titleRange, workspaceFiles } from './generate.js';
import type { Render } from './renderer.js';
import { collect, medianOf, timed, type Repeat } from './timing.js';

export type Services = ReturnType<typeof createPopServices>;

/** Fixed settings: the deadline checks depend on today's date, and the work they do should not. */
export function createServices(): Services {
    const services = createPopServices(EmptyFileSystem);
    services.Pop.pop.Settings.update({ today: '2027-06-01' });
    return services;
}

let counter = 0;
function freshUri(name: string): URI {
    return URI.parse(`file:///bench/${counter++}/${name}`);
}

export function singlePlan(goals: number): string {
    return planText({ goals, seed: goals, withOrganisation: true });
}

/** Parse, index, link and validate documents, as the language server does on open. */
async function buildAll(services: Services, texts: ReadonlyArray<{ uri: URI; text: string }>): Promise<LangiumDocument[]> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = texts.map(({ uri, text }) => LangiumDocumentFactory.fromString(text, uri));
    for (const document of documents) LangiumDocuments.addDocument(document);
    await DocumentBuilder.build(documents, { validation: true });
    return documents;
}

async function remove(services: Services, documents: readonly LangiumDocument[]): Promise<void> {
    await services.shared.workspace.DocumentBuilder.update([], documents.map(d => d.uri));
}

function checkClean(document: LangiumDocument): void {
    const { lexerErrors, parserErrors } = document.parseResult;
    if (lexerErrors.length || parserErrors.length) {
        throw new Error(`generated input does not parse: ${[...lexerErrors, ...parserErrors][0].message}`);
    }
    if (!document.diagnostics) throw new Error('the document was built without validation');
}

export interface PlanMeasurement {
    goals: number;
    bytes: number;
    lexMs: number;
    parseMs: number;
    buildMs: number;
    diagnostics: number;
}

export async function measurePlan(services: Services, goals: number, repeat: Repeat): Promise<PlanMeasurement> {
    const text = singlePlan(goals);
    const { Lexer, LangiumParser } = services.Pop.parser;
    const lexMs = await medianOf(repeat, () => timed(() => Lexer.tokenize(text)));
    const parseMs = await medianOf(repeat, () => timed(() => LangiumParser.parse(text)));
    let diagnostics = 0;
    const buildMs = await medianOf(repeat, async () => {
        let documents: LangiumDocument[] = [];
        const ms = await timed(async () => { documents = await buildAll(services, [{ uri: freshUri('plan.pop'), text }]); });
        checkClean(documents[0]);
        diagnostics = documents[0].diagnostics!.length;
        await remove(services, documents);
        return ms;
    });
    return { goals, bytes: Buffer.byteLength(text), lexMs, parseMs, buildMs, diagnostics };
}

export interface IncrementalMeasurement { goals: number; ms: number }

/** Edits one goal's title in an open document and rebuilds, as the language server does on a keystroke. */
export async function measureIncremental(services: Services, goals: number, repeat: Repeat): Promise<IncrementalMeasurement> {
    const { TextDocuments, LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    if (!TextDocuments) throw new Error('the services have no text document store');
    const uri = freshUri('incremental.pop');
    let textDocument = TextDocument.create(uri.toString(), 'pop', 1, singlePlan(goals));
    TextDocuments.set(textDocument);
    const document = LangiumDocumentFactory.fromTextDocument(textDocument, uri);
    LangiumDocuments.addDocument(document);
    await DocumentBuilder.build([document], { validation: true });
    const edited = Math.floor(goals / 2);
    let revision = 0;
    const ms = await medianOf(repeat, async () => {
        const text = textDocument.getText();
        const { start, end } = titleRange(text, edited, revision);
        revision++;
        textDocument = TextDocument.update(textDocument, [{
            range: { start: textDocument.positionAt(start), end: textDocument.positionAt(end) },
            text: `Goal number ${edited + 1}, revision ${revision}`,
        }], textDocument.version + 1);
        TextDocuments.set(textDocument);
        const elapsed = await timed(() => DocumentBuilder.update([uri], []));
        const current = LangiumDocuments.getDocument(uri)!;
        checkClean(current);
        if (!current.parseResult.value.$cstNode?.text.includes(`revision ${revision}"`)) throw new Error('the edit was not rebuilt');
        return elapsed;
    });
    TextDocuments.delete(uri);
    await remove(services, [LangiumDocuments.getDocument(uri)!]);
    return { goals, ms };
}

export interface WorkspaceMeasurement { files: number; goals: number; bytes: number; ms: number }

export async function measureWorkspace(services: Services, files: number, goalsPerFile: number, repeat: Repeat): Promise<WorkspaceMeasurement> {
    const workspace = workspaceFiles(files, goalsPerFile);
    const ms = await medianOf(repeat, async () => {
        const base = `file:///bench/workspace-${counter++}/`;
        const inputs = workspace.map(f => ({ uri: URI.parse(base + f.path), text: f.text }));
        let documents: LangiumDocument[] = [];
        const elapsed = await timed(async () => { documents = await buildAll(services, inputs); });
        for (const document of documents) checkClean(document);
        const unresolved = documents.flatMap(d => d.references).filter(r => r.error);
        if (unresolved.length) throw new Error(`the workspace has ${unresolved.length} unresolved references`);
        await remove(services, documents);
        return elapsed;
    });
    return { files, goals: files * goalsPerFile, bytes: workspace.reduce((n, f) => n + Buffer.byteLength(f.text), 0), ms };
}

export interface RenderMeasurement { goals: number; ms: number; htmlBytes: number }

export async function measureRender(services: Services, render: Render, goals: number, repeat: Repeat): Promise<RenderMeasurement> {
    const [document] = await buildAll(services, [{ uri: freshUri('render.pop'), text: singlePlan(goals) }]);
    let htmlBytes = 0;
    const ms = await medianOf(repeat, async () => {
        let html = '';
        const elapsed = await timed(async () => { html = await render(document, services.Pop); });
        htmlBytes = Buffer.byteLength(html);
        return elapsed;
    });
    await remove(services, [document]);
    return { goals, ms, htmlBytes };
}

export interface PreviewRenderMeasurement { goals: number; renders: number; meanMs: number | null }

/**
 * Rendering as the live preview does: the same plan again and again in one process. The mean of many renders after
 * many more to warm up, with whatever collections the renders themselves cause, so the collector's share is in it.
 * No collection is forced between renders: a full collection drops the optimised code of every closure that died
 * with the last render, and the live preview does not run one before each render.
 */
export async function measurePreviewRender(services: Services, render: Render, preview: PreviewRenders): Promise<PreviewRenderMeasurement> {
    const [document] = await buildAll(services, [{ uri: freshUri('preview.pop'), text: singlePlan(preview.goals) }]);
    collect(1);
    for (let i = 0; i < preview.warmup; i++) await render(document, services.Pop);
    let total = 0;
    for (let i = 0; i < preview.renders; i++) total += await timed(() => render(document, services.Pop));
    await remove(services, [document]);
    return { goals: preview.goals, renders: preview.renders, meanMs: preview.renders > 0 ? total / preview.renders : null };
}

/** How the preview's rendering is measured: a plan of `goals` goals, `warmup` renders, then `renders` timed ones. */
export interface PreviewRenders { goals: number; warmup: number; renders: number }

export interface MemoryMeasurement { goals: number; retainedBytes: number; bytesPerGoal: number }

/**
 * Heap kept alive by one built document: the difference in used heap, after full collections, between a warm
 * set of services without the document and the same services holding it.
 */
export async function measureMemory(goals: number): Promise<MemoryMeasurement> {
    const services = createServices();
    const text = singlePlan(goals);
    // Warm up caches that belong to the services rather than to the document (grammar, lexicon, catalogues).
    await remove(services, await buildAll(services, [{ uri: freshUri('warm.pop'), text: singlePlan(10) }]));
    collect(3);
    const before = process.memoryUsage().heapUsed;
    const documents = await buildAll(services, [{ uri: freshUri('memory.pop'), text }]);
    checkClean(documents[0]);
    collect(3);
    const after = process.memoryUsage().heapUsed;
    // Keep the document reachable until after the measurement.
    if (!services.shared.workspace.LangiumDocuments.hasDocument(documents[0].uri)) throw new Error('document lost');
    const retainedBytes = Math.max(0, after - before);
    await remove(services, documents);
    return { goals, retainedBytes, bytesPerGoal: retainedBytes / goals };
}
