/**
 * A minimal LSP client over stdio: just enough JSON-RPC framing to time a server from the outside, with no
 * client library in the measurement.
 */
import { spawn, type ChildProcess } from 'node:child_process';

interface Message {
    id?: number;
    method?: string;
    params?: unknown;
    result?: unknown;
    error?: { message: string };
}

export class LspProcess {
    readonly child: ChildProcess;
    private buffer = Buffer.alloc(0);
    private nextId = 1;
    private readonly pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
    private readonly waiters: Array<{ method: string; accept: (params: unknown) => boolean; resolve: (params: unknown) => void }> = [];
    private stderr = '';
    private exited = false;

    constructor(serverPath: string) {
        this.child = spawn(process.execPath, [serverPath, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.child.stdout!.on('data', (chunk: Buffer) => this.receive(chunk));
        this.child.stderr!.on('data', (chunk: Buffer) => { this.stderr += chunk.toString(); });
        this.child.on('exit', code => {
            this.exited = true;
            const error = new Error(`language server exited (${code}) ${this.stderr.slice(0, 2000)}`);
            for (const { reject } of this.pending.values()) reject(error);
            this.pending.clear();
        });
    }

    private receive(chunk: Buffer): void {
        this.buffer = Buffer.concat([this.buffer, chunk]);
        for (;;) {
            const headerEnd = this.buffer.indexOf('\r\n\r\n');
            if (headerEnd < 0) return;
            const header = this.buffer.subarray(0, headerEnd).toString('ascii');
            const length = Number(/Content-Length: *(\d+)/i.exec(header)?.[1]);
            if (!Number.isFinite(length)) throw new Error(`bad LSP header: ${header}`);
            if (this.buffer.length < headerEnd + 4 + length) return;
            const body = this.buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8');
            this.buffer = this.buffer.subarray(headerEnd + 4 + length);
            this.dispatch(JSON.parse(body) as Message);
        }
    }

    private dispatch(message: Message): void {
        if (message.method !== undefined && message.id !== undefined) {
            // A request from the server (configuration, registration): answer so that it does not wait on us.
            const result = message.method === 'workspace/configuration'
                ? ((message.params as { items?: unknown[] })?.items ?? []).map(() => null)
                : null;
            this.send({ id: message.id, result });
            return;
        }
        if (message.method !== undefined) {
            const index = this.waiters.findIndex(w => w.method === message.method && w.accept(message.params));
            if (index >= 0) this.waiters.splice(index, 1)[0].resolve(message.params);
            return;
        }
        if (message.id !== undefined) {
            const pending = this.pending.get(message.id);
            this.pending.delete(message.id);
            if (message.error) pending?.reject(new Error(message.error.message));
            else pending?.resolve(message.result);
        }
    }

    private send(message: object): void {
        const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
        this.child.stdin!.write(`Content-Length: ${body.length}\r\n\r\n`);
        this.child.stdin!.write(body);
    }

    request(method: string, params: unknown): Promise<unknown> {
        const id = this.nextId++;
        return new Promise((resolve, reject) => {
            if (this.exited) { reject(new Error(`language server has exited ${this.stderr.slice(0, 2000)}`)); return; }
            this.pending.set(id, { resolve, reject });
            this.send({ id, method, params });
        });
    }

    notify(method: string, params: unknown): void {
        this.send({ method, params });
    }

    /** The next notification of this method whose parameters pass `accept`. Register before sending the trigger. */
    next(method: string, accept: (params: unknown) => boolean = () => true, timeoutMs = 120_000): Promise<unknown> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no ${method} within ${timeoutMs} ms ${this.stderr.slice(0, 2000)}`)), timeoutMs);
            this.waiters.push({ method, accept, resolve: params => { clearTimeout(timer); resolve(params); } });
        });
    }

    initialize(): Promise<unknown> {
        return this.request('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: { textDocument: { publishDiagnostics: { relatedInformation: true }, synchronization: { didSave: true } } },
        });
    }

    /** Asks the server to stop, and kills it if it does not. */
    async close(): Promise<void> {
        if (this.exited) return;
        const exited = new Promise<void>(resolve => this.child.once('exit', () => resolve()));
        try {
            await Promise.race([this.request('shutdown', null), new Promise(resolve => setTimeout(resolve, 2000))]);
            this.notify('exit', null);
        } catch {
            // Already gone.
        }
        const timer = setTimeout(() => this.child.kill(), 2000);
        await exited;
        clearTimeout(timer);
    }
}
