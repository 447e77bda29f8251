import * as vscode from 'vscode';
// The base class: the Node client and the browser client (extension-browser.ts) both drive this.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { catalogue, plural, t } from '@pop-lang/language/i18n';
import { SUMMARY_REQUEST, type SummaryParams, type SummaryResult } from '@pop-lang/server/protocol';
import { userLocale } from './locale.js';

/**
 * "POP 5/7 SMART" for the plan in the active editor, refreshed whenever its diagnostics change: the server
 * publishes those after each validation, so the summary then matches what the Problems view shows.
 */
export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
    const item = vscode.window.createStatusBarItem('pop.summary', vscode.StatusBarAlignment.Left, 10);
    item.name = t(userLocale(), 'extension.statusBarName');
    item.command = 'workbench.actions.view.problems';
    context.subscriptions.push(item);

    // Answers can arrive out of order; only the newest request may write to the item.
    let generation = 0;
    const refresh = async (): Promise<void> => {
        const editor = vscode.window.activeTextEditor;
        const mine = ++generation;
        if (!editor || editor.document.languageId !== 'pop' || !client.isRunning()) {
            item.hide();
            return;
        }
        try {
            const params: SummaryParams = { uri: editor.document.uri.toString() };
            const summary = await client.sendRequest<SummaryResult>(SUMMARY_REQUEST, params);
            if (mine !== generation) return;
            const locale = summary.locale;
            item.text = summary.total === 0
                ? t(locale, 'extension.statusBarNoGoals')
                : t(locale, 'extension.statusBar', { smart: summary.smart, total: summary.total });
            item.tooltip = plural(locale, catalogue(locale).extension.statusBarTooltip, summary.total, { smart: summary.smart });
            item.show();
        } catch {
            // The document may have closed or the server restarted meanwhile; the next event refreshes again.
            if (mine === generation) item.hide();
        }
    };

    context.subscriptions.push(
        vscode.window.onDidChangeActiveTextEditor(() => void refresh()),
        vscode.languages.onDidChangeDiagnostics(event => {
            const active = vscode.window.activeTextEditor?.document.uri.toString();
            if (active && event.uris.some(uri => uri.toString() === active)) void refresh();
        }),
        client.onDidChangeState(() => void refresh()),
    );
    void refresh();
}
