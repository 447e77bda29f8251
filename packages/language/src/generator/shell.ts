/** The HTML5 document around the rendered plan: metadata, the policy, the inline stylesheet and, in the preview, the script. */
import type { Locale } from '../keywords.js';
import type { RenderMode } from './context.js';
import { html, trusted, type Html } from './escape.js';
import { FILE_POLICY, PREVIEW_SCRIPT, previewPolicy } from './preview.js';
import { stylesheet } from './styles.js';

export interface ShellOptions {
    readonly lang: Locale;
    readonly title: string;
    readonly body: Html;
    readonly mode: RenderMode;
    /** Required in preview mode; checked by the caller. */
    readonly nonce?: string;
    readonly cspSource?: string;
}

export function documentShell(options: ShellOptions): string {
    const { lang, title, body, mode, nonce, cspSource } = options;
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
${trusted(stylesheet(preview ? 'preview' : 'file'))}
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
