/**
 * The entry of the POP language server (dist/server.cjs); VS Code starts it over IPC, tests over stdio.
 *
 * Loading Langium, Chevrotain and POP's services takes longer than everything else the server does before it can
 * answer `initialize`, and `initialize` needs none of it: the answer is fixed (capabilities.ts). So this bundle
 * holds only vscode-languageserver, answers `initialize`, and then loads the language part
 * (dist/server-language.cjs, language-server.ts) on the same connection.
 *
 * No message may reach the connection before the language part has registered its handlers. Loading is
 * synchronous. It usually happens right after the response is written, so the first document does not wait; at
 * the latest it happens just before the first message after `initialize` is handled, whatever that message is
 * (a client that sends `didOpen` with `initialize`, without waiting for the answer, included).
 */
import path from 'node:path';
import type { InitializeParams, MessageStrategy } from 'vscode-languageserver/node';
import { popInitializeResult } from './capabilities.js';
import type { LanguagePart, startPopLanguageServer } from './language-server.js';
import { SHARED_MODULES } from './shared-modules.js';

// require, not import: the modules as they are, which the language part is handed, without the namespace
// objects esbuild would build around them.
const languageServerNode = require('vscode-languageserver/node') as typeof import('vscode-languageserver/node');
const shared = {
    'vscode-languageserver': require('vscode-languageserver') as unknown,
    'vscode-languageserver/node': languageServerNode,
    'vscode-languageserver-protocol': require('vscode-languageserver-protocol') as unknown,
    'vscode-languageserver-types': require('vscode-languageserver-types') as unknown,
};
let initializeParams: InitializeParams | undefined;
let language: LanguagePart | undefined;

// vscode-jsonrpc hands every message to this strategy as it dispatches it: any message after `initialize`
// (except the end of the session) first makes sure the language part and its handlers are there.
const loadBeforeDispatch: MessageStrategy = {
    handleMessage(message, next) {
        const method = (message as { method?: unknown }).method;
        if (!language && initializeParams && method !== 'initialize' && method !== 'exit' && method !== 'shutdown') loadLanguagePart();
        return next(message);
    },
};
const connection = languageServerNode.createConnection(languageServerNode.ProposedFeatures.all, { messageStrategy: loadBeforeDispatch });

function loadLanguagePart(): LanguagePart {
    if (language) return language;
    if (!initializeParams) throw new Error('POP: the language services were asked for before initialize');
    // The language part is bundled without vscode-languageserver (packages/tools/build.mjs): it must use these
    // very modules, for the connection and for the classes it checks with instanceof (ResponseError).
    (globalThis as Record<symbol, unknown>)[SHARED_MODULES] = shared;
    const part = require(path.join(__dirname, 'server-language.cjs')) as { startPopLanguageServer: typeof startPopLanguageServer };
    language = part.startPopLanguageServer(connection, initializeParams);
    return language;
}

connection.onInitialize(params => {
    initializeParams = params;
    // The response is written by an immediate that vscode-jsonrpc queues after this handler returns; the second
    // immediate runs after it, so the load does not delay the response. It still comes before any message read
    // after the response, whose handling vscode-jsonrpc queues as an immediate too.
    setImmediate(() => setImmediate(loadLanguagePart));
    return popInitializeResult();
});
connection.onInitialized(params => loadLanguagePart().initialized(params));

// A build that fails, for instance on a file deleted from disk and then closed in the editor, is logged;
// it must not take the server, and every open editor with it, down.
process.on('unhandledRejection', reason => {
    connection.console.error(`POP: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});

connection.listen();
