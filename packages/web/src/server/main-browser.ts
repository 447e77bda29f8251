/**
 * The POP language server in a web worker: the same services as the Node server (packages/server), on a connection
 * over the worker's messages, with the workspace read through the client instead of Node's `fs`. VS Code for the
 * Web starts it from the web extension (packages/extension/src/extension-browser.ts), the playground from its page
 * (packages/web/src/playground). Bundled to dist/web/server.js as a classic script: a worker extension host loads it
 * with importScripts.
 */
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createPopServices, buildService } from '@pop-lang/language';
import { registerRequests } from '@pop-lang/server/requests';
import { watchSettings } from '@pop-lang/server/settings-sync';
import { ClientFileSystemProvider } from './client-file-system.js';
import { ClientWorkspaceManager } from './client-workspace-manager.js';

/** A worker started under this name prefix holds a Web Lock of that name for as long as it lives. */
export const LIFE_LOCK_PREFIX = 'pop-server-';

// The project's TypeScript library is the DOM's; the worker's global scope has the same message API as a Worker.
const scope = self as unknown as Worker;
const files = new ClientFileSystemProvider();
const connection = createConnection(new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
files.connect(connection);

const { shared, Pop } = createPopServices(
    { connection, fileSystemProvider: () => files },
    { workspace: { WorkspaceManager: services => new ClientWorkspaceManager(services, files) } },
);
shared.lsp.LanguageServer.onInitialize(params => files.addFolderSchemes(params.workspaceFolders));

startLanguageServer(shared);
watchSettings(connection, shared, Pop);
registerRequests(connection, shared, Pop);

// The page learns that this worker died (closed, crashed, killed) when the lock it holds is released, however busy
// it was before: a long check of a large plan is not mistaken for a death.
const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
if (self.name.startsWith(LIFE_LOCK_PREFIX) && locks) void locks.request(self.name, () => new Promise<never>(() => undefined));

// Unlike the Node server (packages/server/src/language-server.ts), which answers `initialize` first, the worker builds
// its parsers as soon as it starts: its page or extension host is still loading, and the first check needs them.
// The completion parser waits until the first diagnostics are out.
setTimeout(() => {
    for (const service of [Pop.parser.Lexer, Pop.parser.LangiumParser]) buildService(service);
}, 0);
const firstValidation = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
    firstValidation.dispose();
    setTimeout(() => buildService(Pop.parser.CompletionParser), 0);
});

// A build that fails must not take the worker, and the editor's checks with it, down.
scope.addEventListener('unhandledrejection', event => {
    event.preventDefault();
    const reason: unknown = (event as PromiseRejectionEvent).reason;
    connection.console.error(`POP: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
