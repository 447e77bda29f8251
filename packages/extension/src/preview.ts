/**
 * "POP: Render to HTML" and "POP: Open Preview to the Side". The language server renders (request pop/render),
 * so the preview and the written file are the same document the CLI makes; this file only owns the UI:
 * the webview, the atomic write and the notification.
 */
import * as vscode from 'vscode';
// The base class: the Node client and the browser client (extension-browser.ts) both drive this.
import type { BaseLanguageClient as LanguageClient } from 'vscode-languageclient';
import { t } from '@pop-lang/language/i18n';
import { createNonce } from '@pop-lang/language/preview';
import { RENDER_REQUEST, type RenderParams, type RenderResult } from '@pop-lang/server/protocol';
import { userLocale } from './locale.js';

/** Long enough to skip the keystrokes of a word, short enough to feel live. */
const UPDATE_DELAY_MS = 250;

export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
    const previews = new Map<string, PlanPreview>();
    context.subscriptions.push(
        vscode.commands.registerCommand('pop.render', (uri?: vscode.Uri) => renderToFile(client, uri)),
        vscode.commands.registerCommand('pop.openPreviewToSide', async (uri?: vscode.Uri) => {
            const target = await popDocument(uri);
            if (!target) return;
            const key = target.uri.toString();
            const existing = previews.get(key);
            if (existing) {
                existing.panel.reveal(vscode.ViewColumn.Beside, true);
                return;
            }
            const preview = new PlanPreview(client, target);
            previews.set(key, preview);
            preview.panel.onDidDispose(() => previews.delete(key));
        }),
        // Any plan's change can matter to another (shared organisation goals), so every preview refreshes.
        vscode.workspace.onDidChangeTextDocument(event => {
            if (event.document.languageId !== 'pop' || event.contentChanges.length === 0) return;
            for (const preview of previews.values()) preview.scheduleUpdate();
        }),
        vscode.languages.onDidChangeDiagnostics(event => {
            for (const uri of event.uris) previews.get(uri.toString())?.scheduleUpdate();
        }),
        vscode.window.onDidChangeTextEditorVisibleRanges(event => {
            const preview = previews.get(event.textEditor.document.uri.toString());
            const first = event.visibleRanges[0];
            if (preview && first) preview.scrollToLine(first.start.line);
        }),
        { dispose: () => previews.forEach(p => p.panel.dispose()) },
    );
}

/** The .pop document a command is about: the one clicked in the explorer, else the active editor's. */
async function popDocument(uri: vscode.Uri | undefined): Promise<vscode.TextDocument | undefined> {
    const locale = userLocale();
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target || !target.path.toLowerCase().endsWith('.pop')) {
        const active = vscode.window.activeTextEditor?.document;
        if (!uri && active?.languageId === 'pop') return active;
        void vscode.window.showWarningMessage(t(locale, 'render.vscode.notPop'));
        return undefined;
    }
    // Opening (not showing) the document hands it to the language server, which renders only what it knows.
    return vscode.workspace.openTextDocument(target);
}

async function requestHtml(client: LanguageClient, params: RenderParams): Promise<string> {
    if (!client.isRunning()) throw new Error(t(userLocale(), 'render.vscode.serverNotReady'));
    const result = await client.sendRequest<RenderResult>(RENDER_REQUEST, params);
    return result.html;
}

async function renderToFile(client: LanguageClient, uri: vscode.Uri | undefined): Promise<void> {
    const locale = userLocale();
    const document = await popDocument(uri);
    if (!document) return;
    const name = basename(document.uri);
    try {
        const html = await requestHtml(client, { uri: document.uri.toString() });
        const folder = outputFolder(document.uri);
        const target = vscode.Uri.joinPath(folder, name.replace(/\.pop$/i, '') + '.html');
        await writeAtomically(folder, target, html);
        const open = t(locale, 'render.vscode.openInBrowser');
        const reveal = t(locale, 'render.vscode.reveal');
        const choice = await vscode.window.showInformationMessage(t(locale, 'render.vscode.rendered', { file: basename(target) }), open, reveal);
        if (choice === open) await vscode.env.openExternal(target);
        else if (choice === reveal) await revealFile(target);
    } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        void vscode.window.showErrorMessage(t(locale, 'render.vscode.failed', { file: name, reason }));
    }
}

/** Beside the plan, or in 'pop.render.outputFolder' (absolute, or relative to the plan's workspace folder). */
function outputFolder(source: vscode.Uri): vscode.Uri {
    const setting = vscode.workspace.getConfiguration('pop', source).get<string>('render.outputFolder', '').trim();
    const beside = vscode.Uri.joinPath(source, '..');
    if (!setting) return beside;
    if (/^([a-z]:[\\/]|\/)/i.test(setting)) return source.with({ path: vscode.Uri.file(setting).path });
    const root = vscode.workspace.getWorkspaceFolder(source)?.uri ?? beside;
    return vscode.Uri.joinPath(root, setting);
}

/** Write beside the target first and rename over it, so a browser or a sync tool never sees half a file. */
async function writeAtomically(folder: vscode.Uri, target: vscode.Uri, text: string): Promise<void> {
    const fs = vscode.workspace.fs;
    await fs.createDirectory(folder);
    const temp = vscode.Uri.joinPath(folder, `.${basename(target)}.${createNonce().replace(/[^A-Za-z0-9]/g, '').slice(0, 8)}.tmp`);
    try {
        await fs.writeFile(temp, new TextEncoder().encode(text));
        await fs.rename(temp, target, { overwrite: true });
    } catch (error) {
        await fs.delete(temp).then(undefined, () => undefined);
        throw error;
    }
}

async function revealFile(target: vscode.Uri): Promise<void> {
    // The OS file manager is only there on a desktop, local window; elsewhere the explorer shows it.
    const local = vscode.env.uiKind === vscode.UIKind.Desktop && !vscode.env.remoteName;
    await vscode.commands.executeCommand(local ? 'revealFileInOS' : 'revealInExplorer', target);
}

function basename(uri: vscode.Uri): string {
    return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

/** One webview per plan, beside its editor, kept in step with the text as it is typed. */
class PlanPreview {
    readonly panel: vscode.WebviewPanel;
    private timer: ReturnType<typeof setTimeout> | undefined;
    private generation = 0;
    /** The last page without its nonce, to skip updates that change nothing. */
    private lastContent = '';
    private loaded = false;

    constructor(private readonly client: LanguageClient, private readonly document: vscode.TextDocument) {
        this.panel = vscode.window.createWebviewPanel(
            'pop.preview',
            t(userLocale(), 'render.vscode.previewTitle', { file: basename(document.uri) }),
            { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
            // Scripts only for the page's own nonce'd script; no file may be loaded into the page.
            // Hidden previews keep their page, so a swapped-in update is not lost to a reload from the first HTML.
            { enableScripts: true, localResourceRoots: [], enableFindWidget: true, retainContextWhenHidden: true },
        );
        this.panel.webview.onDidReceiveMessage(message => this.onMessage(message));
        this.panel.onDidDispose(() => clearTimeout(this.timer));
        void this.update();
    }

    scheduleUpdate(): void {
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.update(), UPDATE_DELAY_MS);
    }

    scrollToLine(line: number): void {
        void this.panel.webview.postMessage({ type: 'scrollToLine', line });
    }

    private async update(): Promise<void> {
        // Answers can overtake each other; only the newest may reach the page.
        const mine = ++this.generation;
        try {
            const nonce = createNonce();
            const html = await requestHtml(this.client, {
                uri: this.document.uri.toString(),
                preview: true,
                nonce,
                cspSource: this.panel.webview.cspSource,
            });
            const content = html.split(nonce).join('');
            if (mine !== this.generation || content === this.lastContent) return;
            this.lastContent = content;
            if (!this.loaded) {
                this.panel.webview.html = html;
                this.loaded = true;
            } else {
                // Swapping the content in place keeps the scroll position and avoids a reload's flash.
                void this.panel.webview.postMessage({ type: 'update', html });
            }
        } catch (error) {
            if (mine !== this.generation || this.loaded) return;
            const reason = error instanceof Error ? error.message : String(error);
            void vscode.window.showErrorMessage(t(userLocale(), 'render.vscode.failed', { file: basename(this.document.uri), reason }));
        }
    }

    private async onMessage(message: unknown): Promise<void> {
        const m = message as { type?: unknown; line?: unknown };
        if (m?.type !== 'reveal' || typeof m.line !== 'number' || !Number.isInteger(m.line) || m.line < 0) return;
        const position = new vscode.Position(m.line, 0);
        const visible = vscode.window.visibleTextEditors.find(e => e.document.uri.toString() === this.document.uri.toString());
        const editor = await vscode.window.showTextDocument(this.document, {
            viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
            selection: new vscode.Range(position, position),
        });
        editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
