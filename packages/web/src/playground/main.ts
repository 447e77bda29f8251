/**
 * The playground page: Monaco on the left, driven by POP's language server in a web worker (lsp-client.ts), the
 * rendered plan on the right, updated as you type. The text lives in the browser's local storage, so a reload
 * loses nothing; nothing is ever sent anywhere.
 */
import EXAMPLES from 'pop-playground-examples';
import { catalogue, plural, t, type CatalogueKey } from '@pop-lang/language/i18n';
import type { Locale } from '@pop-lang/language/keywords';
import { planSnippet } from '@pop-lang/language/plan-template';
import { RENDER_REQUEST, type RenderParams, type RenderResult, type SummaryResult } from '@pop-lang/server/protocol';
import { PopLanguageClient } from './lsp-client.js';
import { PLAN_URI as PLAN, SHARED_GOALS, SHARED_GOALS_URI, exampleText, startingLocale, startingText } from './first-documents.js';
import { POP_LANGUAGE_ID, SERVER_WORKER_URL } from './server-worker.js';
import * as monaco from './monaco.js';
import { registerPopLanguage } from './pop-language.js';
import { PreviewFrame } from './preview-frame.js';
import { PlaygroundStorage } from './storage.js';

const PLAN_URI = monaco.Uri.parse(PLAN);
/** Long enough to skip the keystrokes of a word, short enough to feel live (as the VS Code preview). */
const RENDER_DELAY_MS = 250;
const SAVE_DELAY_MS = 250;

self.MonacoEnvironment = { getWorker: () => new Worker('./editor.worker.js', { name: 'monaco-editor' }) };

const storage = new PlaygroundStorage(window.localStorage);
let locale: Locale = startingLocale(storage);

const element = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const status = element<HTMLOutputElement>('status');
const notice = element<HTMLParagraphElement>('notice');

registerPopLanguage(monaco);
const planModel = monaco.editor.createModel(startingText(storage, locale), POP_LANGUAGE_ID, PLAN_URI);
let fileName = storage.fileName ?? (storage.text === undefined ? (locale === 'nl' ? 'voorbeeld.pop' : 'example.pop') : 'plan.pop');
const sharedModel = monaco.editor.createModel(exampleText(SHARED_GOALS), POP_LANGUAGE_ID, monaco.Uri.parse(SHARED_GOALS_URI));

const editor = monaco.editor.create(element('editor'), {
    model: planModel,
    automaticLayout: true,
    minimap: { enabled: false },
    fontSize: 14,
    tabSize: 4,
    insertSpaces: true,
    wordWrap: 'on',
    fixedOverflowWidgets: true,
    inlayHints: { enabled: 'on' },
    codeLens: true,
    lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
    renderValidationDecorations: 'on',
    scrollBeyondLastLine: false,
    ariaLabel: t(locale, 'playground.editorLabel'),
});

const preview = new PreviewFrame(element<HTMLIFrameElement>('preview'));
const client = new PopLanguageClient(monaco, {
    workerUrl: SERVER_WORKER_URL,
    settings: () => ({ locale }),
    onRestart: () => showNotice(() => t(locale, 'playground.restarted'), 'warning'),
    onDiagnostics: uri => {
        if (uri === PLAN_URI.toString()) scheduleRender();
    },
    onSummary: summary => {
        if (summary.uri === PLAN_URI.toString()) showSummary(summary);
    },
    onMessage: (type, message) => showNotice(message, type),
});

/** A notice of the page's own is a function of the locale, so that the language switch translates it too. */
type NoticeText = string | (() => string);
let noticeText: NoticeText = '';

function showNotice(text: NoticeText, kind: 'error' | 'warning' | 'info' = 'info'): void {
    noticeText = text;
    notice.textContent = typeof text === 'string' ? text : text();
    notice.dataset.kind = kind;
    delete notice.dataset.source;
    notice.hidden = notice.textContent === '';
}

// --- the text: kept in local storage as it is typed -------------------------------------------------------------

let saveTimer: ReturnType<typeof setTimeout> | undefined;
function saveNow(): void {
    clearTimeout(saveTimer);
    saveTimer = undefined;
    const problem = storage.save(planModel.getValue(), fileName, locale);
    if (problem) showNotice(() => t(locale, 'playground.notSaved', { reason: problem }), 'warning');
}
planModel.onDidChangeContent(() => {
    status.textContent = t(locale, 'playground.checking');
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveNow, SAVE_DELAY_MS);
    scheduleRender();
});
// A reload or a closed tab within the delay must not lose the last keystrokes.
window.addEventListener('pagehide', () => { if (saveTimer !== undefined) saveNow(); });
document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden' && saveTimer !== undefined) saveNow(); });

/** Replaces the text as one edit, so Ctrl+Z brings the previous text back. */
function replaceText(text: string, name: string): void {
    editor.pushUndoStop();
    editor.executeEdits('pop-playground', [{ range: planModel.getFullModelRange(), text }]);
    editor.pushUndoStop();
    editor.setPosition({ lineNumber: 1, column: 1 });
    editor.revealLine(1);
    fileName = name.split('/').pop() ?? name;
    saveNow();
    const replacedBy = fileName;
    showNotice(() => t(locale, 'playground.replaced', { name: replacedBy }));
}

function newPlan(): void {
    editor.pushUndoStop();
    editor.executeEdits('pop-playground', [{ range: planModel.getFullModelRange(), text: '' }]);
    const snippets = editor.getContribution('snippetController2') as unknown as { insert(template: string): void } | null;
    snippets?.insert(planSnippet(locale, new Date()));
    editor.pushUndoStop();
    fileName = 'plan.pop';
    saveNow();
    showNotice(() => t(locale, 'playground.replaced', { name: t(locale, 'playground.newPlan') }));
    editor.focus();
}

// --- the rendered plan --------------------------------------------------------------------------------------

let renderTimer: ReturnType<typeof setTimeout> | undefined;
let renderGeneration = 0;
/** How long the last rendering took, in the worker and the frame. */
let renderCost = 0;
function scheduleRender(): void {
    clearTimeout(renderTimer);
    // The worker that renders also checks: a large plan is rendered less often, so checking keeps up with typing.
    renderTimer = setTimeout(() => void render(), Math.max(RENDER_DELAY_MS, 2 * renderCost));
}

async function renderedHtml(): Promise<string> {
    const params: RenderParams = { uri: PLAN_URI.toString(), locale };
    return (await client.request<RenderResult>(RENDER_REQUEST, params)).html;
}

async function render(): Promise<void> {
    // Answers can overtake each other; only the newest may reach the page.
    const mine = ++renderGeneration;
    const started = performance.now();
    const restarts = client.restartCount;
    try {
        const html = await renderedHtml();
        if (mine === renderGeneration) preview.show(html);
        renderCost = performance.now() - started;
        if (notice.dataset.source === 'render') showNotice('');
    } catch (error) {
        // A worker that died meanwhile left the request unanswered; its successor renders once it has checked.
        if (mine !== renderGeneration || client.restartCount !== restarts) return;
        const reason = reasonOf(error);
        showNotice(() => t(locale, 'playground.renderFailed', { reason }), 'warning');
        notice.dataset.source = 'render';
    }
}

/** The status line: the server sends the plan's summary with each of its diagnostics. */
function showSummary(summary: SummaryResult): void {
    const goals = summary.total === 0
        ? t(locale, 'extension.statusBarNoGoals')
        : t(locale, 'extension.statusBar', { smart: summary.smart, total: summary.total });
    const problems = summary.errors + summary.warnings === 0
        ? t(locale, 'playground.noProblems')
        : problemCount(locale, summary.errors, summary.warnings);
    status.textContent = `${goals} · ${problems}`;
}

// --- downloads ------------------------------------------------------------------------------------------------

function download(name: string, text: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = document.createElement('a');
    link.href = url;
    link.download = name;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

element('download-pop').addEventListener('click', () => download(fileName, planModel.getValue(), 'text/plain;charset=utf-8'));
element('download-html').addEventListener('click', async () => {
    try {
        // The file as `pop render` writes it: inert, with its own policy.
        download(fileName.replace(/\.pop$/i, '') + '.html', await renderedHtml(), 'text/html;charset=utf-8');
    } catch (error) {
        const reason = reasonOf(error);
        showNotice(() => t(locale, 'playground.renderFailed', { reason }), 'error');
    }
});
element('new-plan').addEventListener('click', newPlan);

const exampleSelect = element<HTMLSelectElement>('examples');
exampleSelect.addEventListener('change', () => {
    const path = exampleSelect.value;
    exampleSelect.selectedIndex = 0;
    if (path) replaceText(exampleText(path), path);
    editor.focus();
});

// --- the language switch --------------------------------------------------------------------------------------

document.querySelectorAll<HTMLButtonElement>('[data-locale]').forEach(button => {
    button.addEventListener('click', () => setLocale(button.dataset.locale === 'nl' ? 'nl' : 'en'));
});

function setLocale(next: Locale): void {
    locale = next;
    storage.saveLocale(locale);
    applyTexts();
    client.settingsChanged();
    scheduleRender();
}

/** Every text of the page in the chosen language. */
function applyTexts(): void {
    document.documentElement.lang = locale;
    document.title = t(locale, 'playground.pageTitle');
    document.querySelectorAll<HTMLElement>('[data-text]').forEach(node => { node.textContent = t(locale, `playground.${node.dataset.text}` as CatalogueKey); });
    document.querySelectorAll<HTMLElement>('[data-label]').forEach(node => node.setAttribute('aria-label', t(locale, `playground.${node.dataset.label}` as CatalogueKey)));
    document.querySelectorAll<HTMLButtonElement>('[data-locale]').forEach(button => button.setAttribute('aria-pressed', String(button.dataset.locale === locale)));
    element('preview').title = t(locale, 'playground.previewLabel');
    editor.updateOptions({ ariaLabel: t(locale, 'playground.editorLabel') });
    if (typeof noticeText !== 'string') notice.textContent = noticeText();
    exampleSelect.replaceChildren(new Option(t(locale, 'playground.examples'), ''),
        ...EXAMPLES.filter(example => example.path !== SHARED_GOALS).map(example => new Option(example.path, example.path)));
}

function reasonOf(error: unknown): string {
    return error instanceof Error ? error.message : String(error);
}

// --- start ------------------------------------------------------------------------------------------------------

applyTexts();
status.textContent = t(locale, 'playground.starting');
client.open(sharedModel);
client.open(planModel);
client.start().then(() => editor.focus(), error => {
    const reason = reasonOf(error);
    showNotice(() => t(locale, 'playground.failed', { reason }), 'error');
});

/** "1 error, 2 warnings": the counts in the page's language, in real plural forms. */
function problemCount(locale: Locale, errors: number, warnings: number): string {
    const forms = catalogue(locale).playground;
    return t(locale, 'playground.problems', { errors: plural(locale, forms.errorCount, errors), warnings: plural(locale, forms.warningCount, warnings) });
}
