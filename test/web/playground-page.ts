/**
 * The playground as a test meets it: built into a temporary folder exactly as `npm run playground` builds it, served
 * over http on 127.0.0.1 (workers do not start from file://), and opened in Debian's Chromium through playwright-core.
 * Every request that is not for that server is refused and recorded; every console error and page error is recorded.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { ROOT } from '../support/paths.js';

const CHROMIUM = process.env.POP_CHROMIUM ?? '/usr/bin/chromium';
/** Screenshots for a person to look at: test-results/playground, or POP_SHOTS. */
export const SHOTS = process.env.POP_SHOTS ?? path.join(ROOT, 'test-results', 'playground');

interface BuildModule {
    buildPlayground(options: { outdir: string; production?: boolean }): Promise<Array<{ file: string; bytes: number }>>;
}
interface ServeModule {
    serveStatic(folder: string, options?: { port?: number }): Promise<{ url: string; close(): Promise<void> }>;
}

export interface Playground {
    readonly url: string;
    readonly files: ReadonlyArray<{ file: string; bytes: number }>;
    readonly context: BrowserContext;
    readonly page: Page;
    /** Requests for anything but the playground's own server, refused. */
    readonly external: string[];
    /** Console errors and uncaught page errors. */
    readonly errors: string[];
    shot(name: string): Promise<void>;
    close(): Promise<void>;
}

export async function openPlayground(options: { locale: string }): Promise<Playground> {
    if (!existsSync(CHROMIUM)) {
        throw new Error(`Chromium is needed for this test but is not at ${CHROMIUM}. Install it with 'apt-get install -y chromium' (.ci/run does), or point POP_CHROMIUM at it.`);
    }
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pop-playground-'));
    const { buildPlayground } = await import(path.join(ROOT, 'packages/web/build.mjs')) as BuildModule;
    const { serveStatic } = await import(path.join(ROOT, 'packages/web/serve.mjs')) as ServeModule;
    const files = await buildPlayground({ outdir: path.join(folder, 'site') });
    const server = await serveStatic(path.join(folder, 'site'));
    const browser: Browser = await chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: options.locale, acceptDownloads: true, reducedMotion: 'reduce' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.url.replace(/\/$/, '') });
    const external: string[] = [];
    await context.route('**/*', route => {
        const url = route.request().url();
        if (url.startsWith(server.url)) return route.continue();
        external.push(url);
        return route.abort();
    });
    context.on('request', request => {
        const url = request.url();
        if (!url.startsWith(server.url) && !url.startsWith('blob:') && !url.startsWith('data:') && !external.includes(url)) external.push(url);
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('console', message => { if (message.type() === 'error') errors.push(message.text()); });
    page.on('pageerror', error => errors.push(error.message));
    mkdirSync(SHOTS, { recursive: true });
    return {
        url: server.url,
        files,
        context,
        page,
        external,
        errors,
        shot: async name => { await page.screenshot({ path: path.join(SHOTS, `${name}.png`), animations: 'disabled' }); },
        close: async () => {
            await page.close().catch(() => undefined);
            await browser.close().catch(() => undefined);
            await server.close();
            rmSync(folder, { recursive: true, force: true });
        },
    };
}

/** The text a download delivered. */
export async function downloaded(page: Page, button: string): Promise<{ name: string; text: string }> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
    const file = await download.path();
    return { name: download.suggestedFilename(), text: readFileSync(file, 'utf8') };
}

/**
 * Gives the editor the keyboard focus, as clicking into it does without moving the cursor. Monaco 0.57 takes its
 * input through an EditContext element where the browser has the API, else through a textarea.
 */
export async function focusEditor(page: Page): Promise<void> {
    await page.locator('#editor .native-edit-context, #editor textarea.inputarea').first().focus();
}

/** The editor's whole text as a user gets it: select all and copy. */
export async function editorText(page: Page): Promise<string> {
    await focusEditor(page);
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Control+C');
    const text = await page.evaluate(() => navigator.clipboard.readText());
    // Leave the selection as a user would after copying: collapsed.
    await page.keyboard.press('ArrowLeft');
    return text;
}

/** Pastes text at the cursor, as a user would (typing it would be reshaped by auto-closing and auto-indent). */
export async function paste(page: Page, text: string): Promise<void> {
    await page.evaluate(value => navigator.clipboard.writeText(value), text);
    await focusEditor(page);
    await page.keyboard.press('Control+V');
}

/** Replaces the whole text by pasting over it. */
export async function replaceAll(page: Page, text: string): Promise<void> {
    await focusEditor(page);
    await page.keyboard.press('Control+A');
    await paste(page, text);
}

/** Moves the cursor with Monaco's Go to Line (Ctrl+G), "line:column", both 1-based. */
export async function goTo(page: Page, line: number, column = 1): Promise<void> {
    await focusEditor(page);
    await page.keyboard.press('Control+G');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor({ state: 'visible' });
    await input.fill(`:${line}:${column}`);
    await page.keyboard.press('Enter');
    await page.locator('.quick-input-widget').waitFor({ state: 'hidden' });
}

export async function status(page: Page): Promise<string> {
    return (await page.locator('#status').textContent()) ?? '';
}
