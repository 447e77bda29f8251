/**
 * The POP language server in a web worker: the same services as the Node server (packages/server), on a connection
 * over the worker's messages, with the workspace read through the client instead of Node's `fs`. Started by the
 * worker's entry (main-browser.ts) once the worker's first task is over.
 */
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createPopServices, buildService } from '@pop-lang/language';
import { registerRequests } from '@pop-lang/server/requests';
import { watchSettings } from '@pop-lang/server/settings-sync';
import { ClientFileSystemProvider } from './client-file-system.js';
import { ClientWorkspaceManager } from './client-workspace-manager.js';

/** Starts the server on the worker's messages: from here on, every message the worker receives is the server's. */
export function startServer(scope: Worker): void {
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
}
