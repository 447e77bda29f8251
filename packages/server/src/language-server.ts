/**
 * The language part of the POP server: Langium's LSP services for .pop files, plus live settings and the custom
 * requests of the VS Code client. Bundled to dist/server-language.cjs and loaded by the entry (main.ts) once it
 * has answered `initialize`; it runs on the entry's connection and the entry's copy of vscode-languageserver.
 */
import { DocumentState } from 'langium';
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import type { Connection, InitializedParams, InitializeParams, InitializeResult } from 'vscode-languageserver/node';
import { buildService, createPopServices } from '@pop-lang/language';
import { canonicalJson, popInitializeResult } from './capabilities.js';
import { fitToClient } from './client-capabilities.js';
import { PopNodeWorkspaceManager } from './node-workspace-manager.js';
import { registerRequests } from './requests.js';
import { registerTeamRequests } from './team-requests.js';
import { watchSettings } from './settings-sync.js';

export interface LanguagePart {
    /** Passes on the client's `initialized` notification. */
    initialized(params: InitializedParams): void;
}

/**
 * Starts the language services on a connection that is already listening and has already answered `initialize`
 * with `params`: Langium's handlers are registered as usual, and its LanguageServer is initialized with the
 * client's parameters, so that every service sees the same start-up as when Langium answers itself.
 */
export function startPopLanguageServer(connection: Connection, params: InitializeParams): LanguagePart {
    // What Langium must not do a second time: listen (the connection throws), or take over initialize/initialized,
    // which the entry answers and passes on. What it sends is fitted to what the client can show.
    const unregistered = { dispose: () => undefined };
    const langiumConnection: Connection = Object.create(connection, {
        listen: { value: () => undefined },
        onInitialize: { value: () => unregistered },
        onInitialized: { value: () => unregistered },
        ...fitToClient(connection, params.capabilities),
    });
    const { shared, Pop } = createPopServices({ connection: langiumConnection, ...NodeFileSystem }, {
        workspace: { WorkspaceManager: services => new PopNodeWorkspaceManager(services) },
    });

    startLanguageServer(shared);
    const settings = watchSettings(connection, shared, Pop);
    (shared.workspace.WorkspaceManager as PopNodeWorkspaceManager).onProjectConfig(settings.useProjectConfig);
    registerRequests(connection, shared, Pop);
    registerTeamRequests(connection, shared, Pop);
    // The parsers are built on first use so that loading this part takes less; build the lexer and the parser as
    // soon as the client has said it is ready, so that the first document usually finds them ready. Registered
    // after watchSettings, so that its request for the settings is written first and the client answers it
    // while the parsers are built. The first diagnostics need no completion parser: it is built once they are
    // out, unless a completion asks for it sooner.
    shared.lsp.LanguageServer.onInitialized(() => setImmediate(() => {
        for (const service of [Pop.parser.Lexer, Pop.parser.LangiumParser]) buildService(service);
    }));
    const firstValidation = shared.workspace.DocumentBuilder.onBuildPhase(DocumentState.Validated, () => {
        firstValidation.dispose();
        setImmediate(() => buildService(Pop.parser.CompletionParser));
    });

    // After every listener is registered: LanguageServer.initialize fires onInitialize to them. Its body runs
    // synchronously, so the services are initialized before this function returns.
    void shared.lsp.LanguageServer.initialize(params).then(computed => checkAnnounced(connection, computed));

    return { initialized: initializedParams => shared.lsp.LanguageServer.initialized(initializedParams) };
}

/** The client was told popInitializeResult(); should it ever differ from what Langium computes, say so. */
function checkAnnounced(connection: Connection, computed: InitializeResult): void {
    const announced = canonicalJson(popInitializeResult());
    const actual = canonicalJson(computed);
    if (announced !== actual) {
        connection.console.error(`POP: the capabilities announced at initialize differ from the services' own: announced ${announced}, computed ${actual}`);
    }
}
