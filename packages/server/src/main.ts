/**
 * The POP language server: Langium's LSP services for .pop files, plus live settings and the custom
 * requests of the VS Code client. Bundled to dist/server.cjs; VS Code starts it over IPC, tests over stdio.
 */
import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { createPopServices } from '../../language/src/index.js';
import { buildService } from '../../language/src/lazy-service.js';
import { registerRequests } from './requests.js';
import { watchSettings } from './settings-sync.js';

const connection = createConnection(ProposedFeatures.all);
const { shared, Pop } = createPopServices({ connection, ...NodeFileSystem });

startLanguageServer(shared);
// The parsers are built on first use so that `initialize` is answered sooner; build them as soon as the client
// has the answer, so that the first document usually finds them ready.
shared.lsp.LanguageServer.onInitialized(() => setImmediate(() => {
    for (const service of [Pop.parser.Lexer, Pop.parser.LangiumParser, Pop.parser.CompletionParser]) buildService(service);
}));
watchSettings(connection, shared, Pop);
registerRequests(connection, shared, Pop);

// A build that fails, for instance on a file deleted from disk and then closed in the editor, is logged;
// it must not take the server, and every open editor with it, down.
process.on('unhandledRejection', reason => {
    connection.console.error(`POP: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});
