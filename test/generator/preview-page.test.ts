import { describe, expect, test } from 'vitest';
import { PREVIEW_SCRIPT, previewPolicy } from '../../packages/language/src/index.js';
import { example } from '../support/paths.js';
import { render } from './dom.js';

const NONCE = 'abcdefghijklmnopqrstuv==';
const CSP_SOURCE = 'https://*.vscode-cdn.net';

function policyOf(dom: Document): Map<string, string> {
    const content = dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '';
    return new Map(content.split(';').map(d => d.trim()).filter(Boolean).map(d => {
        const [name, ...values] = d.split(/\s+/);
        return [name, values.join(' ')];
    }));
}

describe('the preview page', () => {
    test('has a strict policy: nothing remote, styles and scripts only under the nonce', async () => {
        const { dom } = await render(example('en/example.pop'), { mode: 'preview', nonce: NONCE, cspSource: CSP_SOURCE });
        const policy = policyOf(dom);
        expect(policy.get('default-src')).toBe("'none'");
        expect(policy.get('script-src')).toBe(`'nonce-${NONCE}'`);
        expect(policy.get('style-src')).toBe(`${CSP_SOURCE} 'nonce-${NONCE}'`);
        expect(policy.get('img-src')).toBe(`${CSP_SOURCE} data:`);
        expect([...policy.values()].join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*(?!\.vscode-cdn)/);
        const scripts = Array.from(dom.querySelectorAll('script'));
        expect(scripts).toHaveLength(1);
        expect(scripts[0].getAttribute('nonce')).toBe(NONCE);
        expect(scripts[0].textContent?.trim()).toBe(PREVIEW_SCRIPT.trim());
        expect(dom.querySelector('style')?.getAttribute('nonce')).toBe(NONCE);
        // Inline style attributes would be blocked by the policy, so the page must not need any.
        expect(dom.querySelectorAll('[style]')).toHaveLength(0);
        expect(dom.body.classList.contains('body-preview')).toBe(true);
    });

    test('each goal carries the line it starts on, so a click can reveal it in the editor', async () => {
        const { dom, document } = await render(example('en/example.pop'), { mode: 'preview', nonce: NONCE });
        const lines = document.textDocument.getText().split('\n');
        for (const section of Array.from(dom.querySelectorAll('section.goal'))) {
            const line = Number(section.getAttribute('data-line'));
            expect(lines[line]).toContain(`goal ${section.getAttribute('data-goal')} `);
        }
        expect(PREVIEW_SCRIPT).toContain("vscode.postMessage({ type: 'reveal'");
        expect(() => new Function(PREVIEW_SCRIPT)).not.toThrow();
    });

    test('a malformed nonce or source never reaches the policy', async () => {
        const { dom } = await render(example('en/example.pop'), { mode: 'preview', nonce: "x' 'unsafe-inline", cspSource: "https://a.b 'unsafe-eval'" });
        const policy = policyOf(dom);
        const nonce = dom.querySelector('script')?.getAttribute('nonce') ?? '';
        expect(nonce).toMatch(/^[A-Za-z0-9+/]{22}==$/);
        expect(policy.get('script-src')).toBe(`'nonce-${nonce}'`);
        expect(policy.get('style-src')).toBe(`'nonce-${nonce}'`);
    });

    test('follows the VS Code theme rather than the system setting', async () => {
        const preview = (await render(example('en/example.pop'), { mode: 'preview', nonce: NONCE })).dom.querySelector('style')?.textContent ?? '';
        expect(preview).toContain('body.vscode-dark');
        expect(preview).toContain('var(--vscode-editor-background');
        expect(preview).not.toContain('prefers-color-scheme');
        const file = (await render(example('en/example.pop'))).dom.querySelector('style')?.textContent ?? '';
        expect(file).toContain('@media (prefers-color-scheme: dark)');
    });

    test('the policy builder leaves out a missing source', () => {
        expect(previewPolicy(NONCE)).toBe(`default-src 'none'; img-src data:; style-src 'nonce-${NONCE}'; script-src 'nonce-${NONCE}'; base-uri 'none'; form-action 'none'`);
    });

    test('a file has no script at all', async () => {
        const { dom } = await render(example('en/example.pop'));
        expect(dom.querySelectorAll('script')).toHaveLength(0);
        expect(dom.querySelector('section.goal')?.hasAttribute('title')).toBe(false);
    });
});
