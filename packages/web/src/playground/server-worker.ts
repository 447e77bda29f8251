/**
 * Starting the language server's worker. The page's first worker is started by boot.ts, a small script that runs
 * before the page's 3.6 MB main script, and boot.ts also opens the page's first documents in it: the worker's script
 * loads, Langium's parsers are built and the plan is checked while the editor is still loading, instead of after it.
 * The client (lsp-client.ts) then takes that session over, with what the worker said meanwhile, and starts any later
 * worker itself.
 */

import { SUMMARY_NOTIFICATION_CAPABILITY } from '@pop-lang/server/protocol';

/** The worker holds a Web Lock of its name while it lives (packages/web/src/server/main-browser.ts). */
const LIFE_LOCK_PREFIX = 'pop-server-';

export const SERVER_WORKER_URL = './server.js';

export interface ServerWorker {
    readonly worker: Worker;
    /** Also the name of the Web Lock it holds while it lives. */
    readonly name: string;
    /** Set when the worker's script failed to start before anyone listened. */
    startError?: string;
}

export function startServerWorker(url: string, count: number): ServerWorker {
    const name = `${LIFE_LOCK_PREFIX}${Date.now().toString(36)}-${count}`;
    return { worker: new Worker(url, { name }), name };
}

/**
 * What the playground's client can do: sent in `initialize` by boot.ts and by the client for a restarted worker.
 * The page gives its settings in `initialize` and pushes every change (`workspace/didChangeConfiguration`): a
 * server that pulled them would hold its first check until the page's thread, busy loading the editor, answered.
 */
const CLIENT_CAPABILITIES = {
    experimental: { [SUMMARY_NOTIFICATION_CAPABILITY]: true },
    workspace: { configuration: false, applyEdit: true, workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: false } },
    textDocument: {
        synchronization: { didSave: false, dynamicRegistration: false },
        publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, tagSupport: { valueSet: [1, 2] }, dataSupport: true },
        hover: { contentFormat: ['markdown', 'plaintext'] },
        completion: { completionItem: { snippetSupport: true, documentationFormat: ['markdown', 'plaintext'], insertReplaceSupport: true } },
        codeAction: {
            dataSupport: true,
            isPreferredSupport: true,
            codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source', 'source.fixAll', 'refactor'] } },
        },
        rename: { prepareSupport: true },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        formatting: {},
        rangeFormatting: {},
        codeLens: {},
        inlayHint: {},
        definition: { linkSupport: true },
        references: {},
        documentHighlight: {},
        foldingRange: { lineFoldingOnly: true },
    },
};

/** `initialize` with the page's 'pop' settings (packages/server/src/settings-sync.ts reads them there). */
export function initializeParams(settings: Record<string, unknown>): object {
    return {
        processId: null, clientInfo: { name: 'POP playground' }, rootUri: null, workspaceFolders: null,
        capabilities: CLIENT_CAPABILITIES, initializationOptions: { pop: settings },
    };
}

export const POP_LANGUAGE_ID = 'pop';

/** The version boot.ts opens its documents with: lower than any version of a Monaco model. */
const EARLY_VERSION = 0;

/** A JSON-RPC message as it crosses the worker boundary (vscode-jsonrpc posts the objects themselves). */
interface Message {
    readonly jsonrpc: '2.0';
    readonly id?: number | string | null;
    readonly method?: string;
    readonly params?: unknown;
    readonly result?: unknown;
    readonly error?: { readonly message: string };
}

/** The first worker, its documents already opened by boot.ts. */
export interface EarlySession extends ServerWorker {
    /** Settles when the worker has answered `initialize`. */
    readonly initialized: Promise<void>;
    /** The documents boot.ts opened (at EARLY_VERSION), by URI, with the text it sent. */
    readonly documents: ReadonlyMap<string, string>;
    /**
     * Stops answering the worker for the page and returns the notifications (diagnostics, log lines) it sent
     * meanwhile, in order. The caller must listen to the worker in the same task, so that no message falls between;
     * `initialized` still settles when the answer to `initialize` comes.
     */
    handOver(): unknown[];
}

const INITIALIZE_ID = 'pop-boot-initialize';

/**
 * boot.ts: starts the first worker and opens `documents` in it at once. `initialize`, `initialized` and the
 * `didOpen`s are posted together rather than one after the other's answer: the answer would wait for the page's
 * thread, busy loading the editor, and the check with it. The server handles its messages in order, and answers
 * `initialize` before it reads the next one. Until the client takes over, requests from the server are answered
 * here: `settings` for the `pop` configuration section (should it ask), nothing for the rest.
 */
function startEarlySession(documents: ReadonlyArray<{ readonly uri: string; readonly text: string }>, settings: Record<string, unknown>): EarlySession {
    const { worker, name } = startServerWorker(SERVER_WORKER_URL, 0);
    const notifications: unknown[] = [];
    let settle: { resolve(): void; reject(error: Error): void } | undefined;
    const initialized = new Promise<void>((resolve, reject) => { settle = { resolve, reject }; });
    // Nobody may be waiting yet: a failure is also kept for whoever asks later.
    initialized.catch(() => undefined);
    const session: EarlySession = {
        worker, name, initialized,
        documents: new Map(documents.map(document => [document.uri, document.text])),
        handOver: () => {
            handedOver = true;
            if (answered) worker.removeEventListener('message', onMessage);
            return notifications.splice(0);
        },
    };
    let handedOver = false;
    let answered = false;
    // After the hand-over, only the answer to `initialize` is still looked for here (the client's connection
    // ignores an answer to a request it did not send).
    const onMessage = (event: MessageEvent<Message>): void => {
        const message = event.data;
        if (!message || typeof message !== 'object') return;
        if (message.id === INITIALIZE_ID && message.method === undefined) {
            answered = true;
            if (handedOver) worker.removeEventListener('message', onMessage);
            if (message.error) settle?.reject(new Error(message.error.message));
            else settle?.resolve();
        } else if (handedOver) {
            return;
        } else if (message.method !== undefined && message.id !== undefined && message.id !== null) {
            worker.postMessage({ jsonrpc: '2.0', id: message.id, result: answer(message, settings) });
        } else if (message.method !== undefined) {
            notifications.push(message);
        }
    };
    worker.addEventListener('message', onMessage);
    worker.addEventListener('error', event => {
        session.startError = event.message || `${SERVER_WORKER_URL} did not start`;
        settle?.reject(new Error(session.startError));
    }, { once: true });
    const post = (message: Omit<Message, 'jsonrpc'>) => worker.postMessage({ jsonrpc: '2.0', ...message });
    post({ id: INITIALIZE_ID, method: 'initialize', params: initializeParams(settings) });
    post({ method: 'initialized', params: {} });
    for (const { uri, text } of documents) {
        post({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: POP_LANGUAGE_ID, version: EARLY_VERSION, text } } });
    }
    return session;
}

function answer(request: Message, settings: Record<string, unknown>): unknown {
    if (request.method !== 'workspace/configuration') return null;
    const items = (request.params as { items?: Array<{ section?: string }> } | undefined)?.items ?? [];
    return items.map(item => (item.section === 'pop' ? settings : null));
}

const EARLY = 'popEarlySession';
/** Set once the client has looked for the early session, whether or not boot.ts had started one. */
const CLIENT_STARTED = 'popClientStarted';

/**
 * boot.ts: starts the early session and keeps it for the client, unless the client has started without it (boot.js
 * loads async and may, rarely, run after the page's main script): a second worker would only check for nobody.
 */
export function startEarlySessionForClient(documents: () => ReadonlyArray<{ readonly uri: string; readonly text: string }>, settings: () => Record<string, unknown>): void {
    const scope = globalThis as Record<string, unknown>;
    if (scope[CLIENT_STARTED]) return;
    scope[EARLY] = startEarlySession(documents(), settings());
}

/** The session boot.ts started, once: the client's first. */
export function takeEarlySession(url: string): EarlySession | undefined {
    const scope = globalThis as Record<string, unknown>;
    scope[CLIENT_STARTED] = true;
    const early = scope[EARLY] as EarlySession | undefined;
    delete scope[EARLY];
    return url === SERVER_WORKER_URL ? early : undefined;
}
