/**
 * The rendered plans in a real browser: Debian's Chromium, driven by playwright-core. Screenshots and PDFs land in
 * test-results/ (gitignored) for a person to look at.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, goalEn, planEn } from '../support/plans.js';
import { example, ROOT } from '../support/paths.js';
import { render } from '../generator/dom.js';
import { TODAY } from '../support/services.js';

const CHROMIUM = process.env.POP_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const A4_WIDTH = 794;
const RESULTS = path.join(ROOT, 'test-results');
const SHARED = example('shared/organisatiedoelen.pop');

let context: BrowserContext;
let profile: string;
/** Every request any page made, whatever it was for. */
const requests: string[] = [];

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is needed for this test but is not at ${CHROMIUM}. Install it with 'apt-get install -y chromium' (.ci/run does), or point POP_CHROMIUM at it.`);
    }
    mkdirSync(RESULTS, { recursive: true });
    profile = mkdtempSync(path.join(os.tmpdir(), 'pop-chromium-'));
    context = await chromium.launchPersistentContext(profile, {
        executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: A4_WIDTH, height: 1123 },
    });
    // Nothing may leave the page: every request is recorded and refused.
    await context.route('**/*', route => {
        requests.push(route.request().url());
        return route.abort();
    });
    context.on('request', request => requests.push(request.url()));
}, 120_000);

afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
});

interface Watched { page: Page; dialogs: string[]; errors: string[] }

async function open(html: string): Promise<Watched> {
    const page = await context.newPage();
    const dialogs: string[] = [];
    const errors: string[] = [];
    page.on('dialog', dialog => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
    });
    page.on('console', message => {
        if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', error => errors.push(error.message));
    await page.setContent(html, { waitUntil: 'load' });
    return { page, dialogs, errors };
}

const PLANS = {
    'nl-voorbeeld': [example('nl/voorbeeld.pop'), SHARED],
    'en-example': [example('en/example.pop'), SHARED],
    'nl-niet-smart': [example('nl/niet-smart.pop'), SHARED],
    'en-not-smart': [example('en/not-smart.pop'), SHARED],
    'organisation-goals': [SHARED],
} as const;

describe('rendered plans in Chromium', () => {
    for (const [name, texts] of Object.entries(PLANS)) {
        test(`${name}: fits A4 width, screenshots, prints to PDF, loads nothing`, async () => {
            const { html } = await render([...texts], { today: TODAY });
            writeFileSync(path.join(RESULTS, `render-${name}.html`), html);
            const { page, errors } = await open(html);
            const width = () => page.evaluate(() => document.documentElement.scrollWidth);
            expect(await width()).toBeLessThanOrEqual(A4_WIDTH);
            await page.screenshot({ path: path.join(RESULTS, `render-${name}.png`), fullPage: true, animations: 'disabled' });
            await page.emulateMedia({ colorScheme: 'dark' });
            await page.screenshot({ path: path.join(RESULTS, `render-${name}-dark.png`), fullPage: true, animations: 'disabled' });
            await page.emulateMedia({ media: 'print', colorScheme: 'light' });
            expect(await width()).toBeLessThanOrEqual(A4_WIDTH);
            const pdf = await page.pdf({ format: 'A4', printBackground: true });
            writeFileSync(path.join(RESULTS, `render-${name}.pdf`), pdf);
            expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
            expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0).toBeGreaterThanOrEqual(1);
            expect(errors).toEqual([]);
            await page.close();
        }, 120_000);
    }

    test('dark mode really is dark, and light mode light', async () => {
        const { html } = await render([...PLANS['en-example']], { today: TODAY });
        const { page } = await open(html);
        const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
        await page.emulateMedia({ colorScheme: 'light' });
        expect(await background()).toBe('rgb(255, 255, 255)');
        await page.emulateMedia({ colorScheme: 'dark' });
        expect(await background()).not.toBe('rgb(255, 255, 255)');
        await page.close();
    }, 60_000);

    test('hostile titles run no script: no dialog, no error, nothing set', async () => {
        const hostile = ['<script>window.popPwned = 1; alert(1)</script>', '"><img src=x onerror="window.popPwned = 2; alert(2)">', "'><svg onload=alert(3)>"];
        for (const text of hostile) {
            const quoted = text.replace(/"/g, '\\"');
            const plan = planEn(goalEn(CLEAN_GOAL_EN).replace('"Present convincingly"', `"${quoted}"`)).replace('"PDP 2027"', `"${quoted}"`);
            const { html } = await render(plan, { today: TODAY });
            const { page, dialogs, errors } = await open(html);
            expect(await page.evaluate(() => (window as unknown as { popPwned?: number }).popPwned)).toBeUndefined();
            expect(await page.evaluate(() => document.querySelectorAll('script, img').length)).toBe(0);
            expect(await page.locator('h1').textContent()).toBe(text);
            expect(dialogs).toEqual([]);
            expect(errors).toEqual([]);
            await page.screenshot({ path: path.join(RESULTS, `render-hostile-${hostile.indexOf(text)}.png`), animations: 'disabled' });
            await page.close();
        }
    }, 120_000);

    test('the preview script reveals a clicked goal and swaps in updates without moving the page', async () => {
        const { html } = await render([...PLANS['en-example']], { today: TODAY, mode: 'preview', nonce: 'cHJldmlldy1ub25jZS0xMjM0NQ==' });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => message.type() === 'error' && errors.push(message.text()));
        // What VS Code gives a webview, reduced to what the script uses.
        await page.addInitScript(() => {
            const posted: unknown[] = [];
            let state: unknown;
            Object.assign(window, {
                posted,
                acquireVsCodeApi: () => ({ postMessage: (m: unknown) => posted.push(m), getState: () => state, setState: (s: unknown) => { state = s; } }),
            });
        });
        // setContent writes into the current document, so the stand-in must be in place before it.
        await page.goto('about:blank');
        await page.setContent(html, { waitUntil: 'load' });
        await page.locator('section.goal[data-goal="presenting"] .statement').click();
        const line = Number(await page.locator('section.goal[data-goal="presenting"]').getAttribute('data-line'));
        expect(await page.evaluate(() => (window as unknown as { posted: unknown[] }).posted)).toEqual([{ type: 'reveal', line }]);

        await page.evaluate(() => window.scrollTo(0, 900));
        const before = await page.evaluate(() => window.scrollY);
        const { html: next } = await render([example('en/example.pop').replace('"Present convincingly"', '"Present with confidence"'), SHARED], { today: TODAY, mode: 'preview' });
        await page.evaluate(message => window.postMessage(message, '*'), { type: 'update', html: next });
        await expect.poll(() => page.locator('section.goal[data-goal="presenting"] h3').textContent()).toBe('Present with confidence');
        expect(await page.evaluate(() => window.scrollY)).toBe(before);
        expect(await page.title()).toBe('PDP 2027 Sam Bakker · personal development plan');
        expect(await page.evaluate(() => document.querySelectorAll('#pop-root').length)).toBe(1);
        expect(errors).toEqual([]);
        await page.close();
    }, 60_000);

    test('no page made a single request', () => {
        expect(requests.filter(url => !url.startsWith('data:') && !url.startsWith('about:'))).toEqual([]);
    });
});
