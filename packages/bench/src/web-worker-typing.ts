/**
 * Keystroke to diagnostics in the web worker, measured in the page with no editor: the edit the Node benchmark makes
 * (packages/bench/src/lsp.ts, one goal's title), sent as didChange, until the worker publishes that version.
 */
import { BrowserMessageReader, BrowserMessageWriter, createMessageConnection } from 'vscode-jsonrpc/browser';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { planText, titleRange } from './generate.js';

async function measure(goals: number, iterations: number, warmup: number): Promise<number[]> {
    const worker = new Worker('./server.js');
    const connection = createMessageConnection(new BrowserMessageReader(worker), new BrowserMessageWriter(worker));
    const uri = `inmemory://bench/lsp-${goals}.pop`;
    let waiting: ((version: number | undefined) => void) | undefined;
    connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; version?: number }) => {
        if (params.uri === uri) waiting?.(params.version);
    });
    connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.listen();
    await connection.sendRequest('initialize', { processId: null, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification('initialized', {});
    let document = TextDocument.create(uri, 'pop', 1, planText({ goals, withOrganisation: true }));
    const published = () => new Promise<void>(resolve => { waiting = () => resolve(); });
    let next = published();
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version: 1, text: document.getText() } });
    await next;
    const edited = Math.floor(goals / 2);
    const times: number[] = [];
    for (let i = 0; i < warmup + iterations; i++) {
        const { start, end } = titleRange(document.getText(), edited, i);
        const change = { range: { start: document.positionAt(start), end: document.positionAt(end) }, text: `Goal number ${edited + 1}, revision ${i + 1}` };
        document = TextDocument.update(document, [change], document.version + 1);
        next = published();
        const started = performance.now();
        await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: document.version }, contentChanges: [change] });
        await next;
        if (i >= warmup) times.push(performance.now() - started);
    }
    connection.dispose();
    worker.terminate();
    return times;
}

(window as { measureWorkerTyping?: typeof measure }).measureWorkerTyping = measure;
