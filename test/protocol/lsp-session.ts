/**
 * An editor in miniature: spawns the bundled language server (dist/server.cjs) as its own process and
 * speaks LSP to it over stdio, keeping the text of the documents it opened and the diagnostics it received.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
    createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import type {
    ClientCapabilities, ConfigurationParams, Diagnostic, InitializeParams, InitializeResult, PublishDiagnosticsParams, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { ROOT } from '../support/paths.js';

/** POP_TEST_SERVER runs these tests against another build of the server's entry. */
export const SERVER = process.env.POP_TEST_SERVER ?? path.join(ROOT, 'dist/server.cjs');

/** The Node the project pins (22), not the machine's: the bundle needs Object.groupBy. */
function nodeBinary(): string {
    const pinned = path.join(ROOT, 'node_modules/.bin/node');
    return existsSync(pinned) ? pinned : process.execPath;
}

/** What a client like VS Code says it can do. */
export const VS_CODE_LIKE_CAPABILITIES: ClientCapabilities = {
    workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: true }, applyEdit: true, workspaceEdit: { documentChanges: true } },
    textDocument: {
        synchronization: { didSave: true, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } }, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'] } },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        rename: { prepareSupport: true },
        formatting: {},
    },
};

type Waiter = { uri: string; test: (diagnostics: Diagnostic[]) => boolean; resolve: (d: Diagnostic[]) => void };

export class LspSession {
    readonly connection: ProtocolConnection;
    readonly diagnostics = new Map<string, Diagnostic[]>();
    /** Every diagnostics notification per document, in order of arrival. */
    readonly published = new Map<string, Diagnostic[][]>();
    readonly documents = new Map<string, TextDocument>();
    readonly messages: string[] = [];
    /** Every workspace/configuration request the server made. */
    readonly configurationRequests: ConfigurationParams[] = [];
    /** What this client answers for the 'pop' section; tests change it to simulate the user's settings. */
    settings: Record<string, unknown>;
    initializeResult: InitializeResult | undefined;
    private waiters: Waiter[] = [];
    private readonly process: ChildProcess;
    private stderr = '';
    /** What the server logged (window/logMessage), for the report when something goes wrong. */
    readonly logs: string[] = [];
    /** What the server logged as an error: a build that failed, a rejected promise nobody handled. */
    readonly errorLogs: string[] = [];

    constructor(settings: Record<string, unknown> = {}) {
        if (!existsSync(SERVER)) throw new Error(`${SERVER} is missing: run 'npm run build' first.`);
        this.settings = settings;
        this.process = spawn(nodeBinary(), [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        this.process.stderr!.on('data', chunk => { this.stderr += String(chunk); });
        this.connection = createProtocolConnection(
            new StreamMessageReader(this.process.stdout!),
            new StreamMessageWriter(this.process.stdin!),
        );
        this.connection.onRequest('workspace/configuration', (params: ConfigurationParams) => {
            this.configurationRequests.push(params);
            return params.items.map(item => (item.section === 'pop' ? this.settings : null));
        });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('client/unregisterCapability', () => null);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        this.connection.onNotification('window/showMessage', (params: { message: string }) => { this.messages.push(params.message); });
        this.connection.onRequest('window/showMessageRequest', (params: { message: string }) => { this.messages.push(params.message); return null; });
        this.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
            this.logs.push(params.message);
            if (params.type === 1) this.errorLogs.push(params.message);
        });
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.diagnostics.set(params.uri, params.diagnostics);
            this.published.set(params.uri, [...(this.published.get(params.uri) ?? []), params.diagnostics]);
            this.waiters = this.waiters.filter(waiter => {
                if (waiter.uri !== params.uri || !waiter.test(params.diagnostics)) return true;
                waiter.resolve(params.diagnostics);
                return false;
            });
        });
        this.connection.listen();
    }

    /** Starts the session; with a folder, as an editor does that has that folder open. */
    async initialize(folder?: string): Promise<InitializeResult> {
        return this.initializeAs({
            rootUri: folder ?? null,
            workspaceFolders: folder ? [{ uri: folder, name: folder.split('/').pop()! }] : null,
        });
    }

    /** Starts the session as a particular client: what `client` leaves out is sent as a client like VS Code sends it. */
    async initializeAs(client: Partial<InitializeParams>): Promise<InitializeResult> {
        this.initializeResult = await this.connection.sendRequest('initialize', {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            capabilities: VS_CODE_LIKE_CAPABILITIES,
            ...client,
        });
        await this.connection.sendNotification('initialized', {});
        return this.initializeResult!;
    }

    async open(uri: string, text: string): Promise<void> {
        this.documents.set(uri, TextDocument.create(uri, 'pop', 1, text));
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'pop', version: 1, text } });
    }

    /** Closes a document the way an editor does when its tab is closed (unsaved edits discarded). */
    async closeDocument(uri: string): Promise<void> {
        this.documents.delete(uri);
        await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
    }

    /** Applies edits the way an editor does: locally, then tells the server with an incremental didChange. */
    async edit(uri: string, edits: TextEdit[]): Promise<string> {
        const before = this.documents.get(uri)!;
        const text = TextDocument.applyEdits(before, edits);
        const after = TextDocument.create(uri, 'pop', before.version + 1, text);
        this.documents.set(uri, after);
        // Applied in reverse order so that every range still refers to the text the server has.
        const changes = [...edits]
            .sort((a, b) => before.offsetAt(b.range.start) - before.offsetAt(a.range.start))
            .map(e => ({ range: e.range, text: e.newText }));
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: after.version }, contentChanges: changes });
        return text;
    }

    async applyWorkspaceEdit(edit: WorkspaceEdit): Promise<void> {
        const byUri = new Map<string, TextEdit[]>();
        for (const [uri, edits] of Object.entries(edit.changes ?? {})) byUri.set(uri, [...edits]);
        for (const change of edit.documentChanges ?? []) {
            if ('textDocument' in change) {
                byUri.set(change.textDocument.uri, [...(byUri.get(change.textDocument.uri) ?? []), ...change.edits.filter((e): e is TextEdit => 'range' in e)]);
            }
        }
        for (const [uri, edits] of byUri) await this.edit(uri, edits);
    }

    text(uri: string): string {
        return this.documents.get(uri)!.getText();
    }

    /** Resolves with the first diagnostics published for the document that pass the test (the latest ones count too). */
    diagnosticsWhere(uri: string, test: (diagnostics: Diagnostic[]) => boolean): Promise<Diagnostic[]> {
        const latest = this.diagnostics.get(uri);
        if (latest && test(latest)) return Promise.resolve(latest);
        return new Promise(resolve => this.waiters.push({ uri, test, resolve }));
    }

    async changeSettings(settings: Record<string, unknown>, push = true): Promise<void> {
        this.settings = settings;
        // VS Code pushes the section; other clients only announce a change and expect the server to pull.
        await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: push ? { pop: settings } : null });
    }

    async close(): Promise<void> {
        const exited = new Promise(resolve => this.process.once('exit', resolve));
        try {
            await this.connection.sendRequest('shutdown');
            await this.connection.sendNotification('exit');
        } finally {
            this.connection.dispose();
        }
        await exited;
    }

    get errorOutput(): string {
        return this.stderr;
    }
}

export const codesOf = (diagnostics: readonly Diagnostic[]): string[] => diagnostics.map(d => String(d.code));
export const hasCode = (code: string) => (diagnostics: readonly Diagnostic[]) => codesOf(diagnostics).includes(code);
export const lacksCode = (code: string) => (diagnostics: readonly Diagnostic[]) => !codesOf(diagnostics).includes(code);
