/**
 * What the VS Code webviews add to a rendered page (the plan preview, the team overview): a strict
 * Content-Security-Policy and a small script, both bound to a nonce; and the policy of a written file. Pure, so that
 * the policies and the script can be tested without VS Code.
 */

/** A fresh nonce: 128 random bits, base64. */
export function createNonce(): string {
    const bytes = new Uint8Array(16);
    globalThis.crypto.getRandomValues(bytes);
    let binary = '';
    for (const b of bytes) binary += String.fromCharCode(b);
    return btoa(binary);
}

/** A nonce may only hold base64 characters; anything else could break out of the policy or the attribute. */
export function isValidNonce(nonce: string | undefined): nonce is string {
    return typeof nonce === 'string' && /^[A-Za-z0-9+/_-]{16,}={0,2}$/.test(nonce);
}

/** A webview's cspSource looks like "https://*.vscode-cdn.net" or "vscode-webview://…"; nothing else is allowed in. */
export function isValidCspSource(source: string | undefined): source is string {
    return typeof source === 'string' && /^[a-z][a-z0-9+.-]*:\/\/[\w.*:/-]+$/i.test(source);
}

/** No remote content at all: the page's own nonce'd style and script, and images only as data: URIs. */
export function previewPolicy(nonce: string, cspSource?: string): string {
    const source = isValidCspSource(cspSource) ? `${cspSource} ` : '';
    return [
        "default-src 'none'",
        `img-src ${source}data:`,
        `style-src ${source}'nonce-${nonce}'`,
        `script-src 'nonce-${nonce}'`,
        "base-uri 'none'",
        "form-action 'none'",
    ].join('; ');
}

/** A rendered file is inert: no script may run and nothing may load, even if something slipped past escaping. */
export const FILE_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

/**
 * The webviews' way to show a newly rendered page without a reload, so nothing flickers and the scroll position
 * stays: only the page's main part is taken over (parsing the whole page would also parse its <style>, whose new
 * nonce the page's policy rejects), then its language and title. User text is escaped, so the markers occur once.
 * Shared by the plan preview and the team overview.
 */
export const REPLACE_MAIN_FUNCTION = `function replaceMain(html) {
        const open = '<main id="pop-root">';
        const start = html.indexOf(open);
        const end = html.lastIndexOf('</main>');
        const current = document.getElementById('pop-root');
        if (start < 0 || end < start || !current) return;
        const template = document.createElement('template');
        template.innerHTML = html.slice(start + open.length, end);
        const y = window.scrollY;
        current.replaceChildren(template.content);
        const lang = /<html lang="([a-z]{2})"/.exec(html);
        if (lang) document.documentElement.lang = lang[1];
        const title = /<title>([^<]*)<\\/title>/.exec(html);
        if (title) { template.innerHTML = title[1]; document.title = template.content.textContent || document.title; }
        window.scrollTo(0, y);
    }`;

/**
 * The preview's script. It posts { type: 'reveal', line } when a goal is clicked; it swaps in a newly rendered
 * page ({ type: 'update', html }) without reloading, so nothing flickers and the scroll position stays; and it
 * scrolls to the part of the plan the editor shows ({ type: 'scrollToLine', line }).
 */
export const PREVIEW_SCRIPT = `(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    ${REPLACE_MAIN_FUNCTION}
    const saved = vscode.getState();
    if (saved && typeof saved.scrollY === 'number') window.scrollTo(0, saved.scrollY);
    let pending = false;
    window.addEventListener('scroll', function () {
        if (pending) return;
        pending = true;
        requestAnimationFrame(function () { pending = false; vscode.setState({ scrollY: window.scrollY }); });
    }, { passive: true });
    document.addEventListener('click', function (event) {
        const target = event.target;
        if (!(target instanceof Element) || target.closest('a[href]')) return;
        const goal = target.closest('.goal[data-line]');
        if (goal) vscode.postMessage({ type: 'reveal', line: Number(goal.getAttribute('data-line')) });
    });
    window.addEventListener('message', function (event) {
        const message = event.data;
        if (!message || typeof message !== 'object') return;
        if (message.type === 'update' && typeof message.html === 'string') {
            replaceMain(message.html);
        } else if (message.type === 'scrollToLine' && typeof message.line === 'number') {
            let best = null;
            let bestLine = -1;
            for (const element of document.querySelectorAll('#pop-root [data-line]')) {
                const line = Number(element.getAttribute('data-line'));
                if (line <= message.line && line >= bestLine) { best = element; bestLine = line; }
            }
            if (best) best.scrollIntoView({ block: 'start' });
            else window.scrollTo(0, 0);
        }
    });
}());`;
