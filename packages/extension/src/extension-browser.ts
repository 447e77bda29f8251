/**
 * The client in VS Code for the Web (vscode.dev, github.dev, code-server): the same commands, status bar and
 * preview as the desktop client (extension.ts), with the language server in a web worker (dist/web/server.js,
 * packages/web/src/server) that reads the workspace's plans through this client (workspace-files.ts).
 */
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient, type LanguageClientOptions, type MessageTransports } from 'vscode-languageclient/browser';
import { t } from '@pop-lang/language/i18n';
import { userLocale } from './locale.js';
import { registerNewPlan } from './new-plan.js';
import { registerPreview } from './preview.js';
import { registerStatusBar } from './status-bar.js';
import { answerFileRequests } from './workspace-files.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
    // The browser client hands its channel `error`/`info` calls: only a log channel has them.
    const outputChannel = vscode.window.createOutputChannel('POP Language Server', { log: true });
    const clientOptions: LanguageClientOptions = {
        documentSelector: documentSelector(),
        synchronize: { configurationSection: 'pop' },
        outputChannel,
    };
    // Transports rather than the worker: the client tells a worker by `instanceof Worker`, and the worker extension
    // host's Worker (which it wraps to allow workers at all) fails that test, leaving the client without a connection.
    const transports = async (): Promise<MessageTransports> => {
        const worker = await startWorker(serverUri);
        return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    };
    client = new LanguageClient('pop', 'POP Language Server', transports, clientOptions);

    registerNewPlan(context);
    registerStatusBar(context, client);
    registerPreview(context, client);
    context.subscriptions.push(outputChannel, ...answerFileRequests(client));

    try {
        await client.start();
        outputChannel.info(`POP: language server running in a web worker (${vscode.env.uiKind === vscode.UIKind.Web ? 'web' : 'desktop'} UI, ${vscode.env.appHost})`);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(t(userLocale(), 'extension.serverFailed', { reason }));
    }
}

export function deactivate(): Thenable<void> | undefined {
    return client?.stop();
}

/**
 * Plans in the workspace's own file system and untitled plans. Not every scheme: a plan shown in a diff (`git:`)
 * or a read-only view would join the workspace a second time, with its goals declared twice.
 */
function documentSelector(): NonNullable<LanguageClientOptions['documentSelector']> {
    const schemes = new Set(['file', 'untitled', ...(vscode.workspace.workspaceFolders ?? []).map(folder => folder.uri.scheme)]);
    return [...schemes].map(scheme => ({ scheme, language: 'pop' }));
}

/**
 * The server's worker. Where the extension is served over http (vscode.dev) its URI loads as it is. Where it is
 * installed on a remote (code-server: `vscode-remote://…`) the worker host refuses that URI; fetching it gives
 * the http URL it is served from, and failing that, its text makes a worker from a Blob.
 */
async function startWorker(serverUri: vscode.Uri): Promise<Worker> {
    const direct = serverUri.toString(true);
    if (serverUri.scheme === 'https' || serverUri.scheme === 'http') return new Worker(direct);
    const response = await fetch(direct);
    if (!response.ok) throw new Error(`${direct}: HTTP ${response.status}`);
    try {
        return new Worker(response.url);
    } catch {
        const source = await response.text();
        return new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    }
}
