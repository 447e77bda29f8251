/** The custom requests: the status bar's summary and the preview's HTML. */
import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { t, type PopServices } from '../../language/src/index.js';
import { SUMMARY_REQUEST, type SummaryParams, type SummaryResult } from './protocol.js';
import { summarise } from './summary.js';

/** JSON-RPC's "invalid params": the client asked about something that is not there. */
const INVALID_PARAMS = -32602;

export function registerRequests(connection: Connection, shared: LangiumSharedServices, pop: PopServices): void {
    connection.onRequest(SUMMARY_REQUEST, async (params: SummaryParams, token: CancellationToken): Promise<SummaryResult | ResponseError> => {
        const document = await validatedDocument(shared, params?.uri, token);
        if (document instanceof ResponseError) return document;
        return summarise(document, pop);
    });
}

/** The document, built at least as far as validation, or an error the client can show. */
export async function validatedDocument(shared: LangiumSharedServices, uri: unknown, token: CancellationToken): Promise<LangiumDocument | ResponseError> {
    if (typeof uri !== 'string' || uri === '') {
        return new ResponseError(INVALID_PARAMS, t('en', 'extension.noUri'));
    }
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    if (!documents.hasDocument(parsed)) {
        return new ResponseError(INVALID_PARAMS, t('en', 'extension.unknownDocument', { uri }));
    }
    await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed, token);
    return documents.getDocument(parsed)!;
}
