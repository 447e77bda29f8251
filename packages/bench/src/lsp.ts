/** Measurements of a language server process from the outside, over stdio. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import { singlePlan } from './in-process.js';
import { LspProcess } from './lsp-client.js';
import { titleRange } from './generate.js';
import { medianOf, timed, type Repeat } from './timing.js';

/** Spawn until the initialize response arrives. */
export async function measureColdStart(serverPath: string, repeat: Repeat): Promise<number> {
    return medianOf(repeat, async () => {
        let server: LspProcess | undefined;
        const ms = await timed(async () => {
            server = new LspProcess(serverPath);
            await server.initialize();
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
