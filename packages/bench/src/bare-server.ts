/**
 * The floor for the language server's cold start: a vscode-languageserver server that answers initialize and
 * nothing else, bundled and spawned exactly like POP's server.
 */
import { createConnection, ProposedFeatures, TextDocumentSyncKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
connection.listen();
