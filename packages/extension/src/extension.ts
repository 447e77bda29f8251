/**
 * The VS Code client: starts the bundled language server in its own process and adds the little UI the
 * server cannot: the New Plan command, the status bar summary and the preview. Everything the manifest
 * can declare (language, grammar, snippets, settings, menus) is declared there, not here.
 */
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { t } from '@pop-lang/language/i18n';
import { userLocale } from './locale.js';
import { registerNewPlan } from './new-plan.js';
import { registerPreview } from './preview.js';
import { registerStatusBar } from './status-bar.js';
import { registerTeamViews } from './team-overview.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const module = context.asAbsolutePath('dist/server.cjs');
    // A separate process: a long build of a large workspace never blocks the extension host.
    const serverOptions: ServerOptions = {
        run: { module, transport: TransportKind.ipc },
        debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    };
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'pop' },
            { scheme: 'untitled', language: 'pop' },
        ],
        synchronize: { configurationSection: 'pop' },
    };
    client = new LanguageClient('pop', 'POP Language Server', serverOptions, clientOptions);

    registerNewPlan(context);
    registerStatusBar(context, client);
    registerPreview(context, client);
    registerTeamViews(context, client);

    try {
        await client.start();
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(t(userLocale(), 'extension.serverFailed', { reason }));
    }
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}
