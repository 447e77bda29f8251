/** The HTML5 document around the rendered plan: metadata, the policy, the inline stylesheet and, in the preview, the script. */
import type { Locale } from '../keywords.js';
import type { RenderMode } from './context.js';
import { html, trusted, type Html } from '../html/escape.js';
import { FILE_POLICY, PREVIEW_SCRIPT, previewPolicy } from '../html/preview.js';
import { stylesheet } from '../html/styles.js';

export interface ShellOptions {
    readonly lang: Locale;
    readonly title: string;
    readonly body: Html;
    readonly mode: RenderMode;
    /** Required in preview mode; checked by the caller. */
    readonly nonce?: string;
    readonly cspSource?: string;
    /** Whether a plan on the page is a draft. */
    readonly draft?: boolean;
    /** The draft's label ("Concept"), printed in the top margin of every page while the plan is a draft. */
    readonly draftLabel?: string;
}

export function documentShell(options: ShellOptions): string {
    const { lang, title, body, mode, nonce, cspSource, draft, draftLabel } = options;
    const preview = mode === 'preview' && nonce !== undefined;
    const policy = preview ? previewPolicy(nonce, cspSource) : FILE_POLICY;
    // The stylesheet and the script are the generator's own text; neither contains user input.
    return html`<!DOCTYPE html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="POP">
${preview ? '' : html`<meta name="color-scheme" content="light dark">\n`}<title>${title}</title>
<style${preview ? html` nonce="${nonce}"` : ''}>
${trusted(stylesheet(preview ? 'preview' : 'file'))}${draft && draftLabel ? trusted(draftPageLabel(draftLabel)) : ''}
</style>
</head>
<body class="${preview ? 'body-preview' : 'body-file'}">
<main id="pop-root">
${body}
</main>
${preview ? html`<script nonce="${nonce}">
${trusted(PREVIEW_SCRIPT)}
</script>
` : ''}</body>
</html>
`.value;
}

/**
 * The draft's label in the top margin of every printed page (a CSS page-margin box), so that no single page of a
 * draft passes for the agreement, and none of the page's own text is covered. The label is the catalogue's.
 */
function draftPageLabel(label: string): string {
    const text = label.toUpperCase().replace(/["\\]/g, '\\$&').replace(/[\r\n]+/g, ' ');
    return `
@page { @top-right { content: "${text}"; font: 700 11pt system-ui, sans-serif; letter-spacing: .15em; color: #8a4b00; } }`;
}
