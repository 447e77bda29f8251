/**
 * The team views' requests: the whole workspace's overview as a page for the webview, and what is due or overdue
 * for the quick pick. The server computes both from the documents it already has built.
 */
import { DocumentState, isOperationCancelled, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import { ResponseError, type CancellationToken, type Connection } from 'vscode-languageserver';
import { catalogue } from '@pop-lang/language/i18n';
import type { Document, PopServices, DueItem } from '@pop-lang/language';
import { todayDay, dueItems, dueText, plural, teamReport, teamReportHtml } from '@pop-lang/language';
import {
    DUE_REQUEST, TEAM_OVERVIEW_REQUEST, type DueParams, type DueResult, type TeamOverviewParams, type TeamOverviewResult,
} from './protocol.js';

const REQUEST_CANCELLED = -32800;

export function registerTeamRequests(connection: Connection, shared: LangiumSharedServices, pop: PopServices): void {
    connection.onRequest(TEAM_OVERVIEW_REQUEST, async (params: TeamOverviewParams, token: CancellationToken): Promise<TeamOverviewResult | ResponseError> => {
        const documents = await builtDocuments(shared, token);
        if (documents instanceof ResponseError) return documents;
        const locale = params?.locale === 'nl' ? 'nl' : 'en';
        const folders = params?.folders ?? [];
        const report = teamReport(documents.map(document => ({ file: relativeName(document.uri.toString(), folders), uri: document.uri.toString(), document })), pop, {
            locale, today: todayDay(pop.pop.Settings.current.today),
        });
        const html = teamReportHtml(report, params?.preview ? { mode: 'preview', nonce: params.nonce, cspSource: params.cspSource } : {});
        return { html, plans: report.plans.length };
    });

    connection.onRequest(DUE_REQUEST, async (params: DueParams, token: CancellationToken): Promise<DueResult | ResponseError> => {
        const documents = await builtDocuments(shared, token);
        if (documents instanceof ResponseError) return documents;
        const locale = params?.locale === 'nl' ? 'nl' : 'en';
        const within = typeof params?.within === 'number' && params.within >= 0 ? Math.floor(params.within) : 14;
        const folders = params?.folders ?? [];
        const items = dueItems(documents.map(document => ({ file: relativeName(document.uri.toString(), folders), uri: document.uri.toString(), document })), {
            today: todayDay(pop.pop.Settings.current.today), within,
        });
        return { within, items: items.map(item => toResult(item, locale)) };
    });
}

function toResult(item: DueItem, locale: 'en' | 'nl'): DueResult['items'][number] {
    const d = catalogue(locale).team.due;
    const when = item.days === 0 ? d.today : item.days < 0 ? plural(locale, d.daysLate, -item.days) : plural(locale, d.daysLeft, item.days);
    return {
        uri: item.uri!, line: item.line - 1, date: item.date, overdue: item.overdue, file: item.file,
        label: dueText(item, locale),
        detail: `${item.overdue ? d.overdue : d.due} (${when})${item.employee ? ` · ${item.employee}` : ''}`,
    };
}

/** Every .pop document of the workspace, once the workspace's build has come as far as validation. */
async function builtDocuments(shared: LangiumSharedServices, token: CancellationToken): Promise<Array<LangiumDocument<Document>> | ResponseError> {
    try {
        await shared.workspace.WorkspaceManager.ready;
        await shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, token);
    } catch (error) {
        if (isOperationCancelled(error)) return new ResponseError(REQUEST_CANCELLED, 'cancelled');
        throw error;
    }
    return shared.workspace.LangiumDocuments.all
        .filter(document => document.uri.path.toLowerCase().endsWith('.pop'))
        .toArray()
        .sort((a, b) => a.uri.toString().localeCompare(b.uri.toString())) as Array<LangiumDocument<Document>>;
}

/** The file as the workspace shows it: relative to the folder it is in, with the folder's name when there are several. */
function relativeName(uri: string, folders: readonly string[]): string {
    const folder = folders.find(f => uri.startsWith(f.endsWith('/') ? f : `${f}/`));
    if (!folder) return decodeURIComponent(uri.replace(/^file:\/\//, ''));
    const inside = decodeURIComponent(uri.slice(folder.replace(/\/$/, '').length + 1));
    if (folders.length === 1) return inside;
    const name = decodeURIComponent(folder.replace(/\/$/, '').split('/').pop() ?? '');
    return `${name}/${inside}`;
}
