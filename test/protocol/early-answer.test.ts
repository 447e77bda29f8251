/**
 * dist/server.cjs answers `initialize` before it loads the language services (packages/server/src/main.ts). The
 * messages a client sends the moment it has the answer must not be lost meanwhile, over stdio or over IPC (how
 * VS Code starts the server). A raw client, so that nothing waits between the response and the next messages.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { canonicalJson, popInitializeResult } from '../../packages/server/src/capabilities.js';
import { ROOT } from '../support/paths.js';
import { SERVER } from './lsp-session.js';
import { DUTCH_PLAN } from './plans.js';

interface Message {
    id?: number;
    method?: string;
    params?: any;
    result?: any;
    error?: unknown;
}

/** The two ways an editor talks to the server: framed JSON over stdio, or Node's IPC channel. */
type Transport = 'stdio' | 'ipc';

function nodeBinary(): string {
    const pinned = path.join(ROOT, 'node_modules/.bin/node');
    return existsSync(pinned) ? pinned : process.execPath;
}

class RawClient {
    readonly received: Message[] = [];
    private readonly child: ChildProcess;
    private buffer = Buffer.alloc(0);
    private readonly listeners: Array<(message: Message) => void> = [];

    constructor(readonly transport: Transport) {
        if (transport === 'ipc') {
            this.child = fork(SERVER, ['--node-ipc'], { execPath: nodeBinary(), stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
            this.child.on('message', message => this.receive(message as Message));
        } else {
            this.child = spawn(nodeBinary(), [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
            this.child.stdout!.on('data', (chunk: Buffer) => this.read(chunk));
        }
    }

    /** Sends the messages back to back: over stdio in one write, so the server reads them together. */
    send(...messages: Message[]): void {
        if (this.transport === 'ipc') {
            for (const message of messages) this.child.send({ jsonrpc: '2.0', ...message });
            return;
        }
        const frames = messages.map(message => {
            const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
            return Buffer.concat([Buffer.from(`Content-Length: ${body.length}\r\n\r\n`, 'ascii'), body]);
        });
        this.child.stdin!.write(Buffer.concat(frames));
    }

    onMessage(listener: (message: Message) => void): void {
        this.listeners.push(listener);
    }

    next(test: (message: Message) => boolean): Promise<Message> {
        const seen = this.received.find(test);
        if (seen) return Promise.resolve(seen);
        return new Promise(resolve => this.onMessage(message => { if (test(message)) resolve(message); }));
    }

    private read(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const length = Number(/Content-Length: *(\d+)/i.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1]);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.receive(JSON.parse(body) as Message);
        }
    }

    private receive(message: Message): void {
        this.received.push(message);
        // Requests from the server: the settings (none), registrations.
        if (message.method !== undefined && message.id !== undefined) {
            const items = (message.params as { items?: unknown[] } | undefined)?.items ?? [];
            this.send({ id: message.id, result: message.method === 'workspace/configuration' ? items.map(() => null) : null });
        }
        for (const listener of [...this.listeners]) listener(message);
    }

    kill(): void {
        this.child.kill();
    }
}

const INITIALIZE: Message = {
    id: 1,
    method: 'initialize',
    params: {
        processId: process.pid, rootUri: null, workspaceFolders: null,
        capabilities: {
            workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true } },
            textDocument: { publishDiagnostics: { relatedInformation: true } },
        },
    },
};
const URI = 'file:///early/plan.pop';
const AFTER_RESPONSE: Message[] = [
    { method: 'initialized', params: {} },
    { method: 'workspace/didChangeConfiguration', params: { settings: { pop: { today: '2027-06-01' } } } },
    { method: 'textDocument/didOpen', params: { textDocument: { uri: URI, languageId: 'pop', version: 1, text: DUTCH_PLAN } } },
];
const isDiagnosticsOf = (uri: string) => (message: Message): boolean =>
    message.method === 'textDocument/publishDiagnostics' && message.params?.uri === uri;
const errorsLogged = (client: RawClient): string[] => client.received
    .filter(m => m.method === 'window/logMessage' && m.params?.type === 1)
    .map(m => String(m.params.message));

describe('the messages that follow the early initialize response', { timeout: 30_000 }, () => {
    let client: RawClient | undefined;
    afterEach(() => client?.kill());

    for (const transport of ['stdio', 'ipc'] as const) {
        it(`are all handled when sent the moment the response arrives, over ${transport}`, async () => {
            if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run 'npm run build' first.`);
            const c = client = new RawClient(transport);
            // Sent from the listener that sees the response: no turn of the event loop in between.
            c.onMessage(message => { if (message.id === 1 && message.method === undefined) c.send(...AFTER_RESPONSE); });
            const response = c.next(m => m.id === 1 && m.method === undefined);
            const diagnostics = c.next(isDiagnosticsOf(URI));
            c.send(INITIALIZE);

            const { result } = await response;
            const { params } = await diagnostics;
            // The document was opened and validated, with the pushed settings: its goal without an end date.
            expect(params.diagnostics.map((d: { code: string }) => d.code)).toContain('smart.time-bound.no-end');
            expect(result.capabilities.textDocumentSync).toEqual(popInitializeResult().capabilities.textDocumentSync);
            // The language part checked the early answer against its services when it loaded.
            expect(errorsLogged(c)).toEqual([]);
            expect(c.received.filter(m => m.error !== undefined)).toEqual([]);
        });
    }

    it('are all handled when the client sends them with initialize, without waiting for the response', async () => {
        const c = client = new RawClient('stdio');
        const diagnostics = c.next(isDiagnosticsOf(URI));
        c.send(INITIALIZE, ...AFTER_RESPONSE);
        const { params } = await diagnostics;
        expect(params.diagnostics.map((d: { code: string }) => d.code)).toContain('smart.time-bound.no-end');
        expect(errorsLogged(c)).toEqual([]);
    });

    it('are all handled even when a client sends didOpen with initialize and before initialized, out of protocol', async () => {
        const c = client = new RawClient('stdio');
        const diagnostics = c.next(isDiagnosticsOf(URI));
        const [initialized, configuration, open] = AFTER_RESPONSE;
        c.send(INITIALIZE, open, configuration, initialized);
        const { params } = await diagnostics;
        expect(params.diagnostics.map((d: { code: string }) => d.code)).toContain('smart.time-bound.no-end');
        expect(errorsLogged(c)).toEqual([]);
    });

    it('include requests the language services answer, and the answer to initialize carries all of their capabilities', async () => {
        const c = client = new RawClient('stdio');
        const symbols = c.next(m => m.id === 2 && m.method === undefined);
        c.onMessage(message => {
            if (message.id !== 1 || message.method !== undefined) return;
            c.send(...AFTER_RESPONSE, { id: 2, method: 'workspace/symbol', params: { query: 'presenteren' } });
        });
        const response = c.next(m => m.id === 1 && m.method === undefined);
        c.send(INITIALIZE);
        const { result } = await response;
        const answer = await symbols;
        // Not 'method not found': the workspace symbols of the document opened just before.
        expect(answer.error).toBeUndefined();
        expect((answer.result as Array<{ name: string; location: { uri: string } }>).map(s => [s.name, s.location.uri]))
            .toContainEqual(['presenteren', URI]);
        // What vscode-languageserver adds to the capabilities aside, the answer is capabilities.ts.
        const announced = JSON.parse(canonicalJson(popInitializeResult().capabilities));
        expect(JSON.parse(canonicalJson(result.capabilities))).toMatchObject(announced);
    });
});
