/** Measurements of a language server process from the outside, over stdio. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { singlePlan } from './in-process.js';
import { LspProcess } from './lsp-client.js';
import { RENDER_REQUEST, TEAM_OVERVIEW_REQUEST } from '@pop-lang/server/protocol';
import { goalTitle, titleRange, workspaceFiles } from './generate.js';
import { collect, median, medianOf, timed, type Repeat } from './timing.js';

/** Spawn until the initialize response arrives. */
async function coldStart(serverPath: string): Promise<number> {
    let server: LspProcess | undefined;
    const ms = await timed(async () => {
        server = new LspProcess(serverPath);
        await server.initialize();
    });
    await server!.close();
    return ms;
}

/**
 * The cold start of the bare floor server and of POP's, spawned in turns rather than one series after the other,
 * so that a change in the machine's load during the run weighs on both alike.
 */
export async function measureColdStarts(barePath: string, serverPath: string | null, repeat: Repeat): Promise<{ bareMs: number; serverMs: number | null }> {
    const bare: number[] = [];
    const server: number[] = [];
    for (let i = 0; i < repeat.warmup + Math.max(1, repeat.iterations); i++) {
        const warm = i < repeat.warmup;
        collect(1);
        const bareMs = await coldStart(barePath);
        if (!warm) bare.push(bareMs);
        if (serverPath === null) continue;
        collect(1);
        const serverMs = await coldStart(serverPath);
        if (!warm) server.push(serverMs);
    }
    return { bareMs: median(bare), serverMs: serverPath === null ? null : median(server) };
}

/**
 * Spawn until the diagnostics of a plan opened the moment `initialize` is answered: a server that answers
 * `initialize` sooner by putting work off shows here whether it only moved the cost.
 */
export async function measureFirstDiagnostics(serverPath: string, goals: number, repeat: Repeat): Promise<number> {
    const uri = `file:///bench/first-${goals}.pop`;
    const text = singlePlan(goals);
    return medianOf(repeat, async () => {
        let server: LspProcess | undefined;
        const ms = await timed(async () => {
            server = new LspProcess(serverPath);
            const published = server.next('textDocument/publishDiagnostics', params => (params as { uri?: string }).uri === uri);
            await server.initialize();
            server.notify('initialized', {});
            server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version: 1, text } });
            await published;
        });
        await server!.close();
        return ms;
    });
}

/** didChange of one goal's title until the server publishes that document's diagnostics. */
export async function measureEditLatency(serverPath: string, goals: number, repeat: Repeat): Promise<number> {
    const server = new LspProcess(serverPath);
    try {
        await server.initialize();
        server.notify('initialized', {});
        const uri = `file:///bench/lsp-${goals}.pop`;
        let document = TextDocument.create(uri, 'pop', 1, singlePlan(goals));
        const forUri = (params: unknown): boolean => (params as { uri?: string }).uri === uri;
        const opened = server.next('textDocument/publishDiagnostics', forUri);
        server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version: 1, text: document.getText() } });
        await opened;
        const edited = Math.floor(goals / 2);
        let revision = 0;
        return await medianOf(repeat, async () => {
            const { start, end } = titleRange(document.getText(), edited, revision);
            revision++;
            const change = {
                range: { start: document.positionAt(start), end: document.positionAt(end) },
                text: `Goal number ${edited + 1}, revision ${revision}`,
            };
            document = TextDocument.update(document, [change], document.version + 1);
            const published = server.next('textDocument/publishDiagnostics', forUri);
            return timed(async () => {
                server.notify('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
                await published;
            });
        });
    } finally {
        await server.close();
    }
}

export interface WebviewUpdateMeasurement {
    plans: number;
    goalsPerPlan: number;
    /** didChange of a goal's title → the page of that plan (pop/render, as the preview asks after an edit). */
    previewMs: number;
    /** The same edit → the page of every plan (pop/teamOverview, as the team overview asks after an edit). */
    overviewMs: number;
}

/**
 * What the two webviews wait for after a keystroke, once their debounce has passed: the plan preview renders one plan,
 * the team overview reports on all of them. A team is `plans` plans of `goalsPerPlan` goals, all open in the server.
 */
export async function measureWebviewUpdates(serverPath: string, plans: number, goalsPerPlan: number, repeat: Repeat): Promise<WebviewUpdateMeasurement> {
    const server = new LspProcess(serverPath);
    try {
        await server.initialize();
        server.notify('initialized', {});
        const folder = 'file:///bench/team';
        const files = workspaceFiles(plans, goalsPerPlan);
        const published = files.map(file => server.next('textDocument/publishDiagnostics', params => (params as { uri?: string }).uri === `${folder}/${file.path}`));
        for (const file of files) {
            server.notify('textDocument/didOpen', { textDocument: { uri: `${folder}/${file.path}`, languageId: 'pop', version: 1, text: file.text } });
        }
        await Promise.all(published);
        const edited = files[1];
        const uri = `${folder}/${edited.path}`;
        let document = TextDocument.create(uri, 'pop', 1, edited.text);
        let revision = 0;
        const editAndAsk = (method: string, params: object) => medianOf(repeat, async () => {
            const { start, end } = titleRange(document.getText(), 0, revision);
            revision++;
            const change = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: goalTitle(0, revision) };
            document = TextDocument.update(document, [change], document.version + 1);
            return timed(async () => {
                server.notify('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
                await server.request(method, params);
            });
        });
        const webview = { preview: true, nonce: 'bench', cspSource: 'vscode-webview://bench', locale: 'en' };
        const previewMs = await editAndAsk(RENDER_REQUEST, { uri, ...webview });
        const overviewMs = await editAndAsk(TEAM_OVERVIEW_REQUEST, { folders: [folder], ...webview });
        return { plans, goalsPerPlan, previewMs, overviewMs };
    } finally {
        await server.close();
    }
}
