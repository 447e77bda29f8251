/**
 * The plan page as a document to sign, in Debian's Chromium: axe-core's WCAG 2.1 A and AA rules pass with zero
 * violations on every example, in light and dark and in the preview; a draft says so on screen and on every printed
 * page; and the first printed page is filled rather than broken off before a table. The pages of the PDFs are kept
 * as images in test-results/ (sign-<name>-<page>.png) for a person to look at, with screenshots of the drafts.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pop } from '../cli/run-cli.js';
import { example, ROOT } from '../support/paths.js';
import { render } from '../generator/dom.js';
import { axeViolations } from '../support/axe.js';
import { TODAY } from '../support/services.js';

const CHROMIUM = process.env.POP_CHROMIUM ?? '/usr/bin/chromium';
const RESULTS = path.join(ROOT, 'test-results');
const SHARED = example('shared/organisatiedoelen.pop');

const EXAMPLES = {
    'nl-voorbeeld': 'nl/voorbeeld.pop',
    'en-example': 'en/example.pop',
    'nl-niet-smart': 'nl/niet-smart.pop',
    'en-not-smart': 'en/not-smart.pop',
} as const;

let browser: Browser;
let folder: string;

beforeAll(async () => {
    mkdirSync(RESULTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
    folder = mkdtempSync(path.join(os.tmpdir(), 'pop-sign-'));
    for (const file of [...Object.values(EXAMPLES), 'shared/organisatiedoelen.pop']) writeFileSync(path.join(folder, path.basename(file)), example(file));
}, 120_000);

afterAll(async () => {
    await browser?.close();
    if (folder) rmSync(folder, { recursive: true, force: true });
});


/** The page, without its policy: the policy forbids every script, and axe is added as a tester's tool. */
async function open(html: string, width = 794): Promise<Page> {
    const page = await browser.newPage({ viewport: { width, height: 1123 } });
    await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), { waitUntil: 'load' });
    return page;
}

/** Prints a plan with `pop render --pdf`, keeps its pages as PNG images, and gives each page's text and greyscale image. */
function printed(name: string, file: string): Array<{ text: string; pgm: Buffer }> {
    const result = pop(['render', file, 'organisatiedoelen.pop', '--pdf', '--out-dir', 'out', '--today', TODAY], { cwd: folder });
    expect(result.code, result.stderr).toBe(0);
    const pdf = path.join(folder, 'out', path.basename(file, '.pop') + '.pdf');
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
    for (const old of readdirSync(RESULTS).filter(f => f.startsWith(`sign-${name}-`))) rmSync(path.join(RESULTS, old));
    execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(RESULTS, `sign-${name}`)]);
    const grey = path.join(folder, `grey-${name}`);
    execFileSync('pdftoppm', ['-gray', '-r', '50', pdf, grey]);
    return Array.from({ length: pages }, (_, i) => ({
        text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], { encoding: 'utf8' }),
        pgm: readFileSync(readdirSync(folder).filter(f => f.startsWith(`grey-${name}`)).sort().map(f => path.join(folder, f))[i]),
    }));
}

/** How far down the page the last printed row is, as a share of the page's height (the footer's page number excluded). */
function filledTo(pgm: Buffer): number {
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const width = Number(header[1]);
    const height = Number(header[2]);
    const pixels = pgm.subarray(header[0].length);
    // The page number sits in the bottom margin (18 mm of 297): look above it.
    const footer = Math.floor(height * (1 - 18 / 297));
    for (let y = footer - 1; y >= 0; y--) {
        for (let x = 0; x < width; x++) if (pixels[y * width + x] < 200) return y / height;
    }
    return 0;
}

describe('the plan page in Chromium: a document fit to sign', { timeout: 180_000 }, () => {
    for (const [name, file] of Object.entries(EXAMPLES)) {
        test(`${name}: no WCAG 2.1 A or AA violation, in light, dark and the preview`, async () => {
            const { html } = await render([example(file), SHARED], { today: TODAY });
            const page = await open(html);
            expect(await axeViolations(page)).toEqual([]);
            await page.screenshot({ path: path.join(RESULTS, `sign-${name}.png`), fullPage: true, animations: 'disabled' });
            await page.emulateMedia({ colorScheme: 'dark' });
            expect(await axeViolations(page)).toEqual([]);
            await page.close();
            const preview = await render([example(file), SHARED], { today: TODAY, mode: 'preview', nonce: 'AAAAAAAAAAAAAAAAAAAAAA==' });
            const previewPage = await open(preview.html, 600);
            expect(await axeViolations(previewPage)).toEqual([]);
            await previewPage.close();
        });
    }

    test('the organisation goals page has no violation either', async () => {
        const { html } = await render([SHARED], { today: TODAY });
        const page = await open(html);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
    });

    test('a draft shows its notice on screen and the label on every printed page; the first page is filled', async () => {
        const { html } = await render([example('nl/niet-smart.pop'), SHARED], { today: TODAY });
        const page = await open(html);
        const notice = page.locator('.draft-notice');
        await expect.poll(() => notice.isVisible()).toBe(true);
        expect(await notice.evaluate(e => e.getBoundingClientRect().top)).toBeLessThan(300);
        await notice.screenshot({ path: path.join(RESULTS, 'sign-draft-notice.png') });
        await page.emulateMedia({ media: 'print' });
        expect(await notice.isVisible()).toBe(true);
        await page.close();

        const pages = printed('nl-niet-smart', 'niet-smart.pop');
        expect(pages.length).toBeGreaterThan(2);
        for (const [i, { text }] of pages.entries()) expect(text, `page ${i + 1}`).toMatch(/CONCEPT/);
        // The trial's page 1 broke off after the heading "In één oogopslag", half empty (0.5): the table now starts on
        // page 1 and continues on page 2, its head repeated.
        expect(filledTo(pages[0].pgm)).toBeGreaterThan(0.75);
        expect(pages[0].text).toMatch(/SMART 4\/5/);
        expect(pages[1].text).toMatch(/DOEL\s+TOETS/);
    });

    test('the signed, clean example prints without a draft label, its fingerprint in the sign-off', () => {
        const pages = printed('en-example', 'example.pop');
        for (const { text } of pages) expect(text).not.toMatch(/DRAFT|Draft: not yet/);
        const signOff = pages.find(p => p.text.includes('Sign-off'))!;
        expect(signOff.text).toContain('Fingerprint of the text (SHA-256)');
        const fingerprint = JSON.parse(pop(['verify', 'example.pop', '--format', 'json'], { cwd: folder }).stdout).fingerprint as string;
        expect(signOff.text.replace(/\s+/g, '')).toContain(fingerprint);
        expect(pop(['verify', 'example.pop', '--fingerprint', fingerprint], { cwd: folder }).code).toBe(0);
        // Only a block that may not be split (here the timeline, a chart) moves on whole, so page 1 stays well filled.
        expect(filledTo(pages[0].pgm)).toBeGreaterThan(0.6);
    });
});
