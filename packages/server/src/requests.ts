/**
 * The custom requests: the status bar's summary and the HTML of the preview and of "Render to HTML"; and the
 * summary sent after each diagnostics to a client that asks for it at `initialize`.
 */
import { DocumentState, isOperationCancelled, URI, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { renderHtml, t, type Document, type PopServices } from '@pop-lang/language';
import {
    RENDER_REQUEST, SUMMARY_NOTIFICATION, SUMMARY_NOTIFICATION_CAPABILITY, SUMMARY_REQUEST, type RenderParams, type RenderResult,
    type SummaryNotificationParams, type SummaryParams, type SummaryResult,
} from './protocol.js';
import { summarise } from './summary.js';

/** JSON-RPC's "invalid params": the client asked about something that is not there. */
const INVALID_PARAMS = -32602;
/** LSP's "request cancelled". */
const REQUEST_CANCELLED = -32800;

export function registerRequests(connection: Connection, shared: LangiumSharedServices, pop: PopServices): void {
    connection.onRequest(SUMMARY_REQUEST, async (params: SummaryParams, token: CancellationToken): Promise<SummaryResult | ResponseError> => {
        const document = await validatedDocument(shared, params?.uri, token);
        if (document instanceof ResponseError) return document;
        return summarise(document, pop);
    });

    connection.onRequest(RENDER_REQUEST, async (params: RenderParams, token: CancellationToken): Promise<RenderResult | ResponseError> => {
        const document = await validatedDocument(shared, params?.uri, token);
        if (document instanceof ResponseError) return document;
        const locale = params.locale === 'nl' || params.locale === 'en' ? params.locale : undefined;
        const html = renderHtml(document as LangiumDocument<Document>, pop, {
            mode: params.preview ? 'preview' : 'file',
            nonce: params.nonce,
            cspSource: params.cspSource,
            locale,
        });
        return { html };
    });

    // Registered after Langium's own handler of the same phase (startLanguageServer), so each summary follows the
    // diagnostics it counts. Only for the plans open in the client: a workspace scan would send one per file.
    let pushSummaries = false;
    shared.lsp.LanguageServer.onInitialize(params => {
        const experimental: unknown = params.capabilities.experimental;
        pushSummaries = typeof experimental === 'object' && experimental !== null
            && (experimental as Record<string, unknown>)[SUMMARY_NOTIFICATION_CAPABILITY] === true;
    });
    shared.workspace.DocumentBuilder.onDocumentPhase(DocumentState.Validated, document => {
        const uri = document.uri.toString();
        if (!pushSummaries || !shared.workspace.TextDocuments.get(uri)) return;
        const params: SummaryNotificationParams = { uri, ...summarise(document, pop) };
        void connection.sendNotification(SUMMARY_NOTIFICATION, params);
    });
}

/** The document, built at least as far as validation, or an error the client can show. */
async function validatedDocument(shared: LangiumSharedServices, uri: unknown, token: CancellationToken): Promise<LangiumDocument | ResponseError> {
    if (typeof uri !== 'string' || uri === '') {
        return new ResponseError(INVALID_PARAMS, t('en', 'extension.noUri'));
    }
    const parsed = URI.parse(uri);
    const documents = shared.workspace.LangiumDocuments;
    // A document the client has just opened (a preview or a render asked for right after opening it) is added by an
    // update queued behind the workspace's start-up: a read queued after that update finds it.
    if (!documents.hasDocument(parsed) && shared.workspace.TextDocuments.get(uri)) {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.WorkspaceLock.read(() => undefined);
    }
    if (!documents.hasDocument(parsed)) {
        return new ResponseError(INVALID_PARAMS, t('en', 'extension.unknownDocument', { uri }));
    }
    try {
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, parsed, token);
    } catch (error) {
        // A cancelled wait is the client's own cancellation, not a server failure.
        if (isOperationCancelled(error)) return new ResponseError(REQUEST_CANCELLED, 'cancelled');
        throw error;
    }
    // The document can be closed while the request waited for its build.
    return documents.getDocument(parsed) ?? new ResponseError(INVALID_PARAMS, t('en', 'extension.unknownDocument', { uri }));
}
