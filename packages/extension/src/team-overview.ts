/**
 * "POP: Open Team Overview" and "POP: Show Due and Overdue". The language server computes both over the whole
 * workspace (requests pop/teamOverview and pop/due); this file only owns the webview and the quick pick.
 */
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { counted, t } from '@pop-lang/language/i18n';
import { createNonce } from '@pop-lang/language/preview';
import {
    DUE_REQUEST, TEAM_OVERVIEW_REQUEST, type DueParams, type DueResult, type TeamOverviewParams, type TeamOverviewResult,
} from '@pop-lang/server/protocol';
import { userLocale } from './locale.js';

/** As the preview: long enough to skip a word's keystrokes, short enough to feel live. */
const UPDATE_DELAY_MS = 250;
const DUE_WITHIN_DAYS = 14;

export function registerTeamViews(context: vscode.ExtensionContext, client: LanguageClient): void {
    let overview: TeamOverview | undefined;
    const refresh = () => overview?.scheduleUpdate();
    context.subscriptions.push(
        vscode.commands.registerCommand('pop.openTeamOverview', () => {
            if (overview) {
                overview.panel.reveal(undefined, false);
                return;
            }
            overview = new TeamOverview(client);
            overview.panel.onDidDispose(() => { overview = undefined; });
        }),
        vscode.commands.registerCommand('pop.showDue', () => showDue(client)),
        vscode.workspace.onDidChangeTextDocument(event => {
            if (event.document.languageId === 'pop' && event.contentChanges.length > 0) refresh();
        }),
        // The diagnostics arrive once the server has validated a change: the overview's problem counts follow them.
        vscode.languages.onDidChangeDiagnostics(event => {
            if (event.uris.some(uri => uri.path.toLowerCase().endsWith('.pop'))) refresh();
        }),
        vscode.workspace.onDidCreateFiles(refresh),
        vscode.workspace.onDidDeleteFiles(refresh),
        vscode.workspace.onDidRenameFiles(refresh),
        { dispose: () => overview?.panel.dispose() },
    );
}

function folders(): string[] {
    return (vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.toString());
}

function ready(client: LanguageClient): void {
    if (!client.isRunning()) throw new Error(t(userLocale(), 'render.vscode.serverNotReady'));
}

/** Opens a place the server named: a .pop file in the workspace, at a 0-based line. */
async function openAt(uriText: unknown, line: unknown): Promise<void> {
    if (typeof uriText !== 'string' || typeof line !== 'number' || !Number.isInteger(line) || line < 0) return;
    let uri: vscode.Uri;
    try {
        uri = vscode.Uri.parse(uriText, true);
    } catch {
        return;
    }
    if (!uri.path.toLowerCase().endsWith('.pop') || !['file', 'untitled', 'vscode-remote'].includes(uri.scheme)) return;
    const position = new vscode.Position(line, 0);
    const editor = await vscode.window.showTextDocument(uri, { viewColumn: vscode.ViewColumn.One, selection: new vscode.Range(position, position) });
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** The overview of every plan in the workspace, kept in step with edits, new files and deleted ones. */
class TeamOverview {
    readonly panel: vscode.WebviewPanel;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    private lastContent = '';
    private loaded = false;

    constructor(private readonly client: LanguageClient) {
        this.panel = vscode.window.createWebviewPanel(
            'pop.teamOverview',
            t(userLocale(), 'team.vscode.overviewTitle'),
            { viewColumn: vscode.ViewColumn.Active, preserveFocus: false },
            // As the preview: only the page's own nonce'd script runs, and nothing may be loaded into the page.
            { enableScripts: true, localResourceRoots: [], enableFindWidget: true, retainContextWhenHidden: true },
        );
        this.panel.webview.onDidReceiveMessage(message => {
            const m = message as { type?: unknown; uri?: unknown; line?: unknown };
            if (m?.type === 'open') void openAt(m.uri, m.line);
        });
        this.panel.onDidDispose(() => clearTimeout(this.timer));
        void this.update();
    }

    scheduleUpdate(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    }

    private async update(): Promise<void> {
        const mine = ++this.generation;
        try {
            ready(this.client);
            const nonce = createNonce();
            const params: TeamOverviewParams = { folders: folders(), preview: true, nonce, cspSource: this.panel.webview.cspSource, locale: userLocale() };
            const result = await this.client.sendRequest<TeamOverviewResult>(TEAM_OVERVIEW_REQUEST, params);
            const content = result.html.split(nonce).join('');
            if (mine !== this.generation || content === this.lastContent) return;
            this.lastContent = content;
            if (!this.loaded) {
                this.panel.webview.html = result.html;
                this.loaded = true;
                if (result.plans === 0) void vscode.window.showInformationMessage(t(userLocale(), 'team.vscode.noPlans'));
            } else {
                void this.panel.webview.postMessage({ type: 'update', html: result.html });
            }
        } catch (error) {
            if (mine !== this.generation || this.loaded) return;
            const reason = error instanceof Error ? error.message : String(error);
            void vscode.window.showErrorMessage(t(userLocale(), 'team.vscode.failed', { reason }));
        }
    }
}

async function showDue(client: LanguageClient): Promise<void> {
    const locale = userLocale();
    let result: DueResult;
    try {
        ready(client);
        const params: DueParams = { folders: folders(), within: DUE_WITHIN_DAYS, locale };
        result = await client.sendRequest<DueResult>(DUE_REQUEST, params);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(t(locale, 'team.vscode.dueFailed', { reason }));
        return;
    }
    if (result.items.length === 0) {
        void vscode.window.showInformationMessage(t(locale, 'team.vscode.nothingDue', { days: counted(locale, 'days', result.within) }));
        return;
    }
    const picked = await vscode.window.showQuickPick(result.items.map(item => ({
        label: `${item.overdue ? '$(warning)' : '$(calendar)'} ${item.date}  ${item.label}`,
        description: item.detail,
        detail: `${item.file}:${item.line + 1}`,
        item,
    })), { placeHolder: t(locale, 'team.vscode.duePlaceholder'), matchOnDescription: true, matchOnDetail: true });
    if (picked) await openAt(picked.item.uri, picked.item.line);
}
