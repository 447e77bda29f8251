/**
 * The thinnest LSP client that lets Monaco talk to POP's language server in a web worker: JSON-RPC over the
 * worker's messages (vscode-jsonrpc/browser), documents synchronised incrementally, diagnostics as markers, and one
 * Monaco provider per LSP feature the server offers. docs/web.md says why this and not monaco-languageclient.
 *
 * The worker can die (a bug, the browser reclaiming it). The client notices, because the Web Lock the worker holds
 * while it lives is released, starts a new one, opens the documents again with their current text, and tells the
 * page, which says so. A worker busy with a large plan keeps its lock, so it is never taken for dead.
 */
import {
    BrowserMessageReader, BrowserMessageWriter, createMessageConnection, type Message, type MessageConnection, type MessageReader,
} from 'vscode-jsonrpc/browser';
import type {
    CodeAction, CodeLens, Command, CompletionItem, CompletionList, Diagnostic, DocumentHighlight, DocumentSymbol,
    FoldingRange, Hover, InlayHint, Location, LocationLink, MarkupContent, Position, Range,
    TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-types';
import type { PrepareRenameResult } from 'vscode-languageserver-protocol';
import { SUMMARY_NOTIFICATION, type SummaryNotificationParams } from '@pop-lang/server/protocol';
import type * as Monaco from './monaco.js';
import { initializeParams, POP_LANGUAGE_ID, startServerWorker, takeEarlySession, type EarlySession } from './server-worker.js';

type MonacoApi = typeof Monaco;
type Model = Monaco.editor.ITextModel;

/** LSP's error codes for a request the server, or the client, cancelled. */
const SERVER_CANCELLED = -32802;
const REQUEST_CANCELLED = -32800;

export interface PopClientOptions {
    /** The URL of the server's worker script (dist/web/server.js). */
    readonly workerUrl: string;
    /** The 'pop' settings section the server asks for. */
    readonly settings: () => Record<string, unknown>;
    /** The worker was found dead and a new one started. */
    readonly onRestart?: (count: number) => void;
    /** Diagnostics arrived for a document (after the markers are set). */
    readonly onDiagnostics?: (uri: string, diagnostics: readonly Diagnostic[]) => void;
    /** The server's summary of an open document, sent after each of its diagnostics. */
    readonly onSummary?: (summary: SummaryNotificationParams) => void;
    /** A message the server wants the user to see. */
    readonly onMessage?: (type: 'error' | 'warning' | 'info', message: string) => void;
}

interface Session {
    readonly worker: Worker;
    readonly connection: MessageConnection;
    readonly ready: Promise<void>;
    /** The documents opened in this worker, with the version it has of each. */
    readonly opened: Map<string, number>;
    dead: boolean;
}

export class PopLanguageClient {
    private session: Session | undefined;
    private readonly models = new Map<string, Model>();
    private readonly diagnostics = new Map<string, Diagnostic[]>();
    private readonly disposables: Monaco.IDisposable[] = [];
    private restarts = 0;
    private started = 0;
    /**
     * Fires when the server has checked a document: code lenses (the SMART scores) and inlay hints come from its
     * analysis, and one asked for before the document was ready was answered "server cancelled".
     */
    private readonly analysed: Monaco.Emitter<void>;

    constructor(private readonly monaco: MonacoApi, private readonly options: PopClientOptions) {
        this.analysed = new monaco.Emitter<void>();
    }

    start(): Promise<void> {
        this.registerProviders();
        this.session = this.startSession();
        return this.session.ready;
    }

    dispose(): void {
        if (this.session) this.session.dead = true;
        for (const disposable of this.disposables.splice(0)) disposable.dispose();
        this.session?.worker.terminate();
    }

    /** Opens a model in the server (now, or once it has started) and keeps it in step with every edit. */
    open(model: Model): void {
        const uri = model.uri.toString();
        this.models.set(uri, model);
        void this.whenReady(session => this.sendOpen(session, model));
        const listener = model.onDidChangeContent(event => {
            void this.whenReady(session => {
                // The server may have been given this text already, when the model was opened in it after the edit.
                const opened = session.opened.get(uri);
                if (opened === undefined || event.versionId <= opened) return;
                session.opened.set(uri, event.versionId);
                // Monaco lists a change's edits from the end of the document to its start: safe to apply in order.
                return session.connection.sendNotification('textDocument/didChange', {
                    textDocument: { uri, version: event.versionId },
                    contentChanges: event.changes.map(change => ({ range: toLspRange(change.range), text: change.text })),
                });
            });
        });
        const disposal = model.onWillDispose(() => {
            listener.dispose();
            disposal.dispose();
            this.close(model);
        });
    }

    private sendOpen(session: Session, model: Model): Promise<void> | undefined {
        const uri = model.uri.toString();
        if (session.opened.has(uri) || this.models.get(uri) !== model) return undefined;
        const version = model.getVersionId();
        session.opened.set(uri, version);
        return session.connection.sendNotification('textDocument/didOpen', {
            textDocument: { uri, languageId: POP_LANGUAGE_ID, version, text: model.getValue() },
        });
    }

    close(model: Model): void {
        const uri = model.uri.toString();
        if (!this.models.delete(uri)) return;
        this.diagnostics.delete(uri);
        this.monaco.editor.setModelMarkers(model, 'pop', []);
        void this.whenReady(session => {
            if (!session.opened.delete(uri)) return;
            return session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
        });
    }

    /** The settings changed (the nl/en switch): the server checks every document again. */
    settingsChanged(): void {
        void this.whenReady(session => session.connection.sendNotification('workspace/didChangeConfiguration', {
            settings: { pop: this.options.settings() },
        }));
    }

    /** A custom request (pop/render, pop/summary) to the current worker. */
    async request<R>(method: string, params: unknown): Promise<R> {
        const session = this.session;
        if (!session) throw new Error('POP: the language server has not started');
        await session.ready;
        return session.connection.sendRequest<R>(method, params);
    }

    /** The LSP diagnostics last published for a document. */
    diagnosticsOf(uri: string): readonly Diagnostic[] {
        return this.diagnostics.get(uri) ?? [];
    }

    get restartCount(): number {
        return this.restarts;
    }

    private startSession(): Session {
        const early = this.started++ === 0 ? takeEarlySession(this.options.workerUrl) : undefined;
        const server = early ?? startServerWorker(this.options.workerUrl, this.started);
        const { worker, name } = server;
        // Taken over in this task, so that no message of the worker falls between boot.ts's listener and this one.
        const earlier = early?.handOver() ?? [];
        const connection = createMessageConnection(replaying(new BrowserMessageReader(worker), earlier), new BrowserMessageWriter(worker));
        const session: Session = { worker, connection, dead: false, ready: Promise.resolve(), opened: new Map() };
        connection.onNotification('textDocument/publishDiagnostics', (params: { uri: string; diagnostics: Diagnostic[] }) => {
            if (session.dead) return;
            this.publish(params.uri, params.diagnostics);
        });
        connection.onNotification(SUMMARY_NOTIFICATION, (params: SummaryNotificationParams) => {
            if (!session.dead) this.options.onSummary?.(params);
        });
        connection.onRequest('workspace/configuration', (params: { items: Array<{ section?: string }> }) =>
            params.items.map(item => (item.section === 'pop' ? this.options.settings() : null)));
        connection.onRequest('workspace/applyEdit', (params: { edit: WorkspaceEdit }) => ({ applied: this.applyWorkspaceEdit(params.edit) }));
        connection.onRequest('client/registerCapability', () => null);
        connection.onRequest('client/unregisterCapability', () => null);
        connection.onRequest('window/workDoneProgress/create', () => null);
        connection.onRequest('workspace/codeLens/refresh', () => null);
        connection.onRequest('workspace/inlayHint/refresh', () => null);
        connection.onRequest('workspace/semanticTokens/refresh', () => null);
        connection.onNotification('window/showMessage', (params: { type: number; message: string }) => {
            this.options.onMessage?.(params.type === 1 ? 'error' : params.type === 2 ? 'warning' : 'info', params.message);
        });
        // The server's log lines are for a developer, not the user: kept out of the page's error console.
        connection.onNotification('window/logMessage', (params: { type: number; message: string }) => console.info(`[POP server] ${params.message}`));
        connection.onNotification('$/logTrace', () => undefined);
        connection.onNotification('telemetry/event', () => undefined);
        connection.listen();
        // A script that does not load never answers: its error ends the start instead.
        const failed = new Promise<never>((_, reject) => {
            if (server.startError) reject(new Error(server.startError));
            worker.addEventListener('error', event => {
                event.preventDefault();
                reject(new Error(event.message || `${this.options.workerUrl} did not start`));
            }, { once: true });
        });
        const handshake = early ? early.initialized : this.initialize(connection);
        (session as { ready: Promise<void> }).ready = Promise.race([handshake, failed]).then(async () => {
            this.watchLife(session, name);
            if (early) await this.adoptDocuments(session, early);
            for (const model of this.models.values()) await this.sendOpen(session, model);
        });
        return session;
    }

    /**
     * The documents boot.ts opened count as opened at the models' current versions; one whose model has other text
     * by now gets that text, and one without a model is closed.
     */
    private async adoptDocuments(session: Session, early: EarlySession): Promise<void> {
        for (const [uri, text] of early.documents) {
            const model = this.models.get(uri);
            if (!model) {
                await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
                continue;
            }
            const version = model.getVersionId();
            session.opened.set(uri, version);
            if (model.getValue() === text) continue;
            await session.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: model.getValue() }] });
        }
    }

    private async initialize(connection: MessageConnection): Promise<void> {
        await connection.sendRequest('initialize', initializeParams(this.options.settings()));
        await connection.sendNotification('initialized', {});
    }

    private async whenReady(action: (session: Session) => unknown): Promise<void> {
        const session = this.session;
        if (!session) return;
        await session.ready;
        if (session === this.session && !session.dead) await action(session);
    }

    /**
     * Waits for the worker's life lock: granted only once the worker is gone. Asked for after `initialize` was
     * answered, so the worker, which takes the lock before it reads any message, already holds it.
     */
    private watchLife(session: Session, name: string): void {
        const locks = (navigator as { locks?: LockManager }).locks;
        if (!locks) return;
        void locks.request(name, async () => {
            if (session.dead || session !== this.session) return;
            this.replace(session);
        });
    }

    /** Starts a new worker in place of a dead one; it opens every document with its current text once initialized. */
    private replace(session: Session): void {
        session.dead = true;
        session.connection.dispose();
        session.worker.terminate();
        this.restarts += 1;
        this.session = this.startSession();
        this.options.onRestart?.(this.restarts);
    }

    private publish(uri: string, diagnostics: Diagnostic[]): void {
        const model = this.models.get(uri);
        if (!model) return;
        this.diagnostics.set(uri, diagnostics);
        const { MarkerSeverity, MarkerTag } = this.monaco;
        const severities = [MarkerSeverity.Error, MarkerSeverity.Error, MarkerSeverity.Warning, MarkerSeverity.Info, MarkerSeverity.Hint];
        this.monaco.editor.setModelMarkers(model, 'pop', diagnostics.map(diagnostic => ({
            ...toMonacoRange(diagnostic.range),
            severity: severities[diagnostic.severity ?? 1] ?? MarkerSeverity.Error,
            message: messageText(diagnostic),
            source: diagnostic.source,
            code: diagnostic.code === undefined ? undefined : String(diagnostic.code),
            tags: diagnostic.tags?.map(tag => (tag === 1 ? MarkerTag.Unnecessary : MarkerTag.Deprecated)),
            relatedInformation: diagnostic.relatedInformation?.map(info => ({
                resource: this.monaco.Uri.parse(info.location.uri),
                message: info.message,
                ...toMonacoRange(info.location.range),
            })),
        })));
        this.options.onDiagnostics?.(uri, diagnostics);
        this.analysed.fire();
    }

    /** Applies a server's edit to the open models; false if it names a document the page does not have. */
    private applyWorkspaceEdit(edit: WorkspaceEdit): boolean {
        const byUri = workspaceEditChanges(edit);
        if ([...byUri.keys()].some(uri => !this.models.has(uri))) return false;
        for (const [uri, edits] of byUri) {
            const model = this.models.get(uri)!;
            model.pushStackElement();
            model.pushEditOperations([], edits.map(e => ({ range: this.monaco.Range.lift(toMonacoRange(e.range)), text: e.newText })), () => null);
            model.pushStackElement();
        }
        return true;
    }

    private toMonacoWorkspaceEdit(edit: WorkspaceEdit): Monaco.languages.WorkspaceEdit {
        const edits: Monaco.languages.IWorkspaceTextEdit[] = [];
        for (const [uri, changes] of workspaceEditChanges(edit)) {
            const resource = this.monaco.Uri.parse(uri);
            for (const change of changes) edits.push({ resource, versionId: undefined, textEdit: { range: toMonacoRange(change.range), text: change.newText } });
        }
        return { edits };
    }

    private toMonacoCommand(command: Command | undefined): Monaco.languages.Command | undefined {
        if (!command) return undefined;
        // An empty command id is a label only (the score lens).
        return { id: command.command === '' ? '' : `pop.lsp.${command.command}`, title: command.title, tooltip: command.tooltip, arguments: command.arguments };
    }

    private registerProviders(): void {
        const { languages, editor } = this.monaco;
        const id = POP_LANGUAGE_ID;
        const params = (model: Model, position?: Monaco.Position) => ({
            textDocument: { uri: model.uri.toString() },
            ...(position ? { position: toLspPosition(position) } : {}),
        });
        const ask = <R>(method: string, body: unknown, token?: Monaco.CancellationToken) => this.cancellable<R>(method, body, token);

        // Server commands (the code lens's "make SMART"): run in the server, whose edit comes back as applyEdit.
        this.disposables.push(editor.registerCommand('pop.lsp.pop.makeSmart', (_accessor, ...args: unknown[]) => {
            void this.request('workspace/executeCommand', { command: 'pop.makeSmart', arguments: args });
        }));

        this.disposables.push(
            languages.registerHoverProvider(id, {
                provideHover: async (model, position, token) => {
                    const hover = await ask<Hover | null>('textDocument/hover', params(model, position), token);
                    if (!hover) return null;
                    return { range: hover.range && toMonacoRange(hover.range), contents: hoverContents(hover.contents) };
                },
            }),
            languages.registerCompletionItemProvider(id, {
                provideCompletionItems: async (model, position, _context, token) => {
                    const result = await ask<CompletionList | CompletionItem[] | null>('textDocument/completion', params(model, position), token);
                    const items = Array.isArray(result) ? result : result?.items ?? [];
                    const word = model.getWordUntilPosition(position);
                    const fallback = new this.monaco.Range(position.lineNumber, word.startColumn, position.lineNumber, word.endColumn);
                    return {
                        incomplete: !Array.isArray(result) && !!result?.isIncomplete,
                        suggestions: items.map(item => this.toSuggestion(item, fallback)),
                    };
                },
            }),
            languages.registerCodeActionProvider(id, {
                provideCodeActions: async (model, range, context, token) => {
                    const lspRange = toLspRange(range);
                    // The diagnostics the server published that touch the range: they carry the data its fixes need.
                    const diagnostics = this.diagnosticsOf(model.uri.toString()).filter(d => touches(d.range, lspRange));
                    const only = context.only ? [context.only] : undefined;
                    const result = await ask<Array<CodeAction | Command> | null>('textDocument/codeAction', {
                        ...params(model), range: lspRange, context: { diagnostics, only, triggerKind: context.trigger },
                    }, token);
                    const actions = (result ?? []).map(action => this.toCodeAction(model, action));
                    return { actions, dispose: () => undefined };
                },
            }, { providedCodeActionKinds: ['quickfix', 'source.fixAll.pop'] }),
            languages.registerDocumentFormattingEditProvider(id, {
                provideDocumentFormattingEdits: async (model, options, token) => {
                    const edits = await ask<TextEdit[] | null>('textDocument/formatting', { ...params(model), options: formattingOptions(options) }, token);
                    return (edits ?? []).map(e => ({ range: toMonacoRange(e.range), text: e.newText }));
                },
            }),
            languages.registerDocumentRangeFormattingEditProvider(id, {
                provideDocumentRangeFormattingEdits: async (model, range, options, token) => {
                    const edits = await ask<TextEdit[] | null>('textDocument/rangeFormatting', {
                        ...params(model), range: toLspRange(range), options: formattingOptions(options),
                    }, token);
                    return (edits ?? []).map(e => ({ range: toMonacoRange(e.range), text: e.newText }));
                },
            }),
            languages.registerDocumentSymbolProvider(id, {
                provideDocumentSymbols: async (model, token) => {
                    const symbols = await ask<DocumentSymbol[] | null>('textDocument/documentSymbol', params(model), token);
                    return (symbols ?? []).filter(isDocumentSymbol).map(toMonacoSymbol);
                },
            }),
            languages.registerRenameProvider(id, {
                provideRenameEdits: async (model, position, newName, token) => {
                    const edit = await ask<WorkspaceEdit | null>('textDocument/rename', { ...params(model, position), newName }, token);
                    return edit ? this.toMonacoWorkspaceEdit(edit) : { edits: [] };
                },
                resolveRenameLocation: async (model, position, token) => {
                    const result = await ask<PrepareRenameResult | null>('textDocument/prepareRename', params(model, position), token);
                    if (!result || 'defaultBehavior' in result) return { range: new this.monaco.Range(0, 0, 0, 0), text: '', rejectReason: ' ' };
                    const range = 'range' in result ? result.range : result;
                    return { range: toMonacoRange(range), text: 'placeholder' in result ? result.placeholder : model.getValueInRange(toMonacoRange(range)) };
                },
            }),
            languages.registerCodeLensProvider(id, {
                // Monaco hands the provider to its listeners; nobody reads it.
                onDidChange: this.analysed.event as unknown as Monaco.IEvent<Monaco.languages.CodeLensProvider>,
                provideCodeLenses: async (model, token) => {
                    const lenses = await ask<CodeLens[] | null>('textDocument/codeLens', params(model), token);
                    return { lenses: (lenses ?? []).map(lens => ({ range: toMonacoRange(lens.range), command: this.toMonacoCommand(lens.command) })), dispose: () => undefined };
                },
            }),
            languages.registerInlayHintsProvider(id, {
                onDidChangeInlayHints: this.analysed.event,
                provideInlayHints: async (model, range, token) => {
                    const hints = await ask<InlayHint[] | null>('textDocument/inlayHint', { ...params(model), range: toLspRange(range) }, token);
                    return {
                        hints: (hints ?? []).map(hint => ({
                            position: toMonacoPosition(hint.position),
                            label: typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''),
                            kind: hint.kind,
                            paddingLeft: hint.paddingLeft,
                            paddingRight: hint.paddingRight,
                            tooltip: typeof hint.tooltip === 'string' ? hint.tooltip : hint.tooltip?.value,
                        })),
                        dispose: () => undefined,
                    };
                },
            }),
            languages.registerDefinitionProvider(id, {
                provideDefinition: async (model, position, token) => {
                    const result = await ask<Location | Location[] | LocationLink[] | null>('textDocument/definition', params(model, position), token);
                    return this.toMonacoLocations(result);
                },
            }),
            languages.registerReferenceProvider(id, {
                provideReferences: async (model, position, context, token) => {
                    const result = await ask<Location[] | null>('textDocument/references', { ...params(model, position), context }, token);
                    return this.toMonacoLocations(result);
                },
            }),
            languages.registerDocumentHighlightProvider(id, {
                provideDocumentHighlights: async (model, position, token) => {
                    const result = await ask<DocumentHighlight[] | null>('textDocument/documentHighlight', params(model, position), token);
                    return (result ?? []).map(h => ({ range: toMonacoRange(h.range), kind: h.kind === undefined ? undefined : h.kind - 1 }));
                },
            }),
            languages.registerFoldingRangeProvider(id, {
                provideFoldingRanges: async (model, _context, token) => {
                    const result = await ask<FoldingRange[] | null>('textDocument/foldingRange', params(model), token);
                    return (result ?? []).map(r => ({ start: r.startLine + 1, end: r.endLine + 1 }));
                },
            }),
        );
    }

    /**
     * A request that Monaco's cancellation cancels (its token has vscode-jsonrpc's shape); one to a worker that was
     * replaced meanwhile answers nothing rather than fail.
     */
    private async cancellable<R>(method: string, params: unknown, token?: Monaco.CancellationToken): Promise<R | null> {
        const session = this.session;
        if (!session || session.dead) return null;
        await session.ready;
        try {
            return await session.connection.sendRequest<R>(method, params, token);
        } catch (error) {
            // Cancelled by the editor, by the server (a document it has not built yet: asked again once it has), or
            // a worker that died meanwhile: no answer, as a language without the feature would give.
            const code = (error as { code?: unknown } | undefined)?.code;
            if (token?.isCancellationRequested || session.dead || code === SERVER_CANCELLED || code === REQUEST_CANCELLED) return null;
            console.warn(`POP: ${method} failed:`, error);
            return null;
        }
    }

    private toSuggestion(item: CompletionItem, fallback: Monaco.IRange): Monaco.languages.CompletionItem {
        const { CompletionItemInsertTextRule } = this.monaco.languages;
        const edit = item.textEdit;
        const range = !edit ? fallback : 'range' in edit ? toMonacoRange(edit.range) : { insert: toMonacoRange(edit.insert), replace: toMonacoRange(edit.replace) };
        return {
            label: item.label,
            kind: completionKind(this.monaco, item.kind),
            detail: item.detail,
            documentation: typeof item.documentation === 'string' ? item.documentation : item.documentation && { value: item.documentation.value },
            insertText: edit?.newText ?? item.insertText ?? item.label,
            insertTextRules: item.insertTextFormat === 2 ? CompletionItemInsertTextRule.InsertAsSnippet : undefined,
            range,
            sortText: item.sortText,
            filterText: item.filterText,
            preselect: item.preselect,
            additionalTextEdits: item.additionalTextEdits?.map(e => ({ range: toMonacoRange(e.range), text: e.newText })),
            command: this.toMonacoCommand(item.command),
        };
    }

    private toCodeAction(model: Model, action: CodeAction | Command): Monaco.languages.CodeAction {
        if (typeof (action as Command).command === 'string') {
            const command = action as Command;
            return { title: command.title, command: this.toMonacoCommand(command) };
        }
        const codeAction = action as CodeAction;
        const markers = this.monaco.editor.getModelMarkers({ resource: model.uri, owner: 'pop' });
        return {
            title: codeAction.title,
            kind: codeAction.kind,
            isPreferred: codeAction.isPreferred,
            diagnostics: markers.filter(marker => codeAction.diagnostics?.some(d => sameDiagnostic(marker, d))),
            edit: codeAction.edit && this.toMonacoWorkspaceEdit(codeAction.edit),
            command: this.toMonacoCommand(codeAction.command),
        };
    }

    private toMonacoLocations(result: Location | Location[] | LocationLink[] | null): Monaco.languages.Location[] {
        const list = result === null ? [] : Array.isArray(result) ? result : [result];
        return list.map(location => ('targetUri' in location
            ? { uri: this.monaco.Uri.parse(location.targetUri), range: toMonacoRange(location.targetSelectionRange) }
            : { uri: this.monaco.Uri.parse(location.uri), range: toMonacoRange(location.range) }));
    }
}

function workspaceEditChanges(edit: WorkspaceEdit): Map<string, TextEdit[]> {
    const result = new Map<string, TextEdit[]>();
    for (const [uri, edits] of Object.entries(edit.changes ?? {})) result.set(uri, [...(result.get(uri) ?? []), ...edits]);
    for (const change of edit.documentChanges ?? []) {
        if (!('textDocument' in change)) continue;
        const edits = change.edits.map(e => ('newText' in e ? { range: e.range, newText: e.newText } : e)) as TextEdit[];
        result.set(change.textDocument.uri, [...(result.get(change.textDocument.uri) ?? []), ...edits]);
    }
    return result;
}

function toLspPosition(position: Monaco.IPosition): Position {
    return { line: position.lineNumber - 1, character: position.column - 1 };
}

function toMonacoPosition(position: Position): Monaco.IPosition {
    return { lineNumber: position.line + 1, column: position.character + 1 };
}

function toLspRange(range: Monaco.IRange): Range {
    return {
        start: { line: range.startLineNumber - 1, character: range.startColumn - 1 },
        end: { line: range.endLineNumber - 1, character: range.endColumn - 1 },
    };
}

function toMonacoRange(range: Range): Monaco.IRange {
    return {
        startLineNumber: range.start.line + 1, startColumn: range.start.character + 1,
        endLineNumber: range.end.line + 1, endColumn: range.end.character + 1,
    };
}

function before(a: Position, b: Position): boolean {
    return a.line < b.line || (a.line === b.line && a.character < b.character);
}

function touches(a: Range, b: Range): boolean {
    return !before(a.end, b.start) && !before(b.end, a.start);
}

function sameDiagnostic(marker: Monaco.editor.IMarker, diagnostic: Diagnostic): boolean {
    const range = toMonacoRange(diagnostic.range);
    return marker.message === messageText(diagnostic) && marker.startLineNumber === range.startLineNumber && marker.startColumn === range.startColumn
        && marker.endLineNumber === range.endLineNumber && marker.endColumn === range.endColumn;
}

/** LSP 3.18 allows Markdown in a diagnostic's message; POP's are plain text, and Monaco's markers take text. */
function messageText(diagnostic: Diagnostic): string {
    const message: unknown = diagnostic.message;
    return typeof message === 'string' ? message : String((message as MarkupContent | undefined)?.value ?? '');
}

function hoverContents(contents: Hover['contents']): Monaco.IMarkdownString[] {
    const list = Array.isArray(contents) ? contents : [contents];
    return list.map(content => {
        if (typeof content === 'string') return { value: content };
        if ('kind' in content) return { value: (content as MarkupContent).value };
        return { value: `\`\`\`${content.language}\n${content.value}\n\`\`\`` };
    });
}

function formattingOptions(options: Monaco.languages.FormattingOptions): { tabSize: number; insertSpaces: boolean } {
    return { tabSize: options.tabSize, insertSpaces: options.insertSpaces };
}

function isDocumentSymbol(symbol: unknown): symbol is DocumentSymbol {
    return typeof symbol === 'object' && symbol !== null && 'selectionRange' in symbol;
}

function toMonacoSymbol(symbol: DocumentSymbol): Monaco.languages.DocumentSymbol {
    return {
        name: symbol.name,
        detail: symbol.detail ?? '',
        // LSP counts symbol kinds from 1, Monaco from 0, in the same order.
        kind: symbol.kind - 1,
        tags: [],
        range: toMonacoRange(symbol.range),
        selectionRange: toMonacoRange(symbol.selectionRange),
        children: symbol.children?.map(toMonacoSymbol),
    };
}

/** LSP's completion kinds by number, to Monaco's by name (the two enumerations are ordered differently). */
const COMPLETION_KINDS = [
    '', 'Text', 'Method', 'Function', 'Constructor', 'Field', 'Variable', 'Class', 'Interface', 'Module', 'Property', 'Unit', 'Value',
    'Enum', 'Keyword', 'Snippet', 'Color', 'File', 'Reference', 'Folder', 'EnumMember', 'Constant', 'Struct', 'Event', 'Operator',
    'TypeParameter',
] as const;

function completionKind(monaco: MonacoApi, kind: number | undefined): Monaco.languages.CompletionItemKind {
    const name = COMPLETION_KINDS[kind ?? 1] || 'Text';
    return monaco.languages.CompletionItemKind[name as keyof typeof monaco.languages.CompletionItemKind] ?? monaco.languages.CompletionItemKind.Text;
}

/** A reader that first delivers the messages the worker sent before this reader listened (boot.ts kept them). */
function replaying(reader: MessageReader, earlier: readonly unknown[]): MessageReader {
    if (earlier.length === 0) return reader;
    return {
        onError: reader.onError,
        onClose: reader.onClose,
        onPartialMessage: reader.onPartialMessage,
        listen: callback => {
            for (const message of earlier) callback(message as Message);
            return reader.listen(callback);
        },
        dispose: () => reader.dispose(),
    };
}
