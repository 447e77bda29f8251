/**
 * The team overview in a real browser (Debian's Chromium through playwright-core): axe-core's WCAG 2.1 A and AA
 * rules find nothing, in Dutch and English, on screen and in dark mode; screenshots land in test-results/ for a
 * person to look at. The webview's script opens what is clicked and takes in an update without a reload.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseDate } from '../../packages/language/src/index.js';
import { teamReport, type ReportSource } from '../../packages/language/src/report/team-report.js';
import { teamReportHtml } from '../../packages/language/src/report/team-report-html.js';
import { ROOT } from '../support/paths.js';
import { build, createServices, TODAY } from '../support/services.js';
import { BROKEN, ORGANISATION, SAM, SAM_AGAIN, SANNE } from './team-folder.js';
import { axeViolations } from '../support/axe.js';

const CHROMIUM = process.env.POP_CHROMIUM ?? '/usr/bin/chromium';
const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const RESULTS = path.join(ROOT, 'test-results');

let context: BrowserContext;
let profile: string;

beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium is needed for this test but is not at ${CHROMIUM}. Install it with 'apt-get install -y chromium' (.ci/run does), or point POP_CHROMIUM at it.`);
    mkdirSync(RESULTS, { recursive: true });
    profile = mkdtempSync(path.join(os.tmpdir(), 'pop-chromium-'));
    context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM, headless: true, args: FLAGS, viewport: { width: 1280, height: 900 } });
    // Nothing may leave the page.
    await context.route('**/*', route => route.abort());
}, 120_000);

afterAll(async () => {
    await context?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
});

/** The overview of the team folder's plans, as `pop report` or the language server makes it. */
async function overviewHtml(locale: 'en' | 'nl', options: Parameters<typeof teamReportHtml>[1] = {}): Promise<string> {
    const services = createServices();
    const files = { 'organisation.pop': ORGANISATION, 'sam.pop': SAM, 'sanne.pop': SANNE, 'old/sam.pop': SAM_AGAIN, 'kim.pop': BROKEN };
    const documents = await build(services, ...Object.values(files));
    const sources: ReportSource[] = Object.keys(files).map((file, i) => ({ file: `team/${file}`, uri: documents[i].uri.toString(), document: documents[i] }));
    sources.push({ file: 'team/scan.pop', unreadable: "'team/scan.pop' looks like a binary file, not a plan." });
    const report = teamReport(sources, services.Pop, { locale, today: parseDate(TODAY)! });
    return teamReportHtml(report, options);
}


describe('the team overview in Chromium', { timeout: 120_000 }, () => {
    for (const locale of ['en', 'nl'] as const) {
        test(`${locale}: no WCAG 2.1 A or AA violation in light and dark mode, fits the page, screenshots`, async () => {
            const html = await overviewHtml(locale);
            writeFileSync(path.join(RESULTS, `team-overview-${locale}.html`), html);
            const page = await context.newPage();
            const errors: string[] = [];
            page.on('pageerror', error => errors.push(error.message));
            // The overview's own policy forbids scripts; axe is added past it, as a tester's tool.
            await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ''), { waitUntil: 'load' });
            expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
            expect(await axeViolations(page)).toEqual([]);
            await page.screenshot({ path: path.join(RESULTS, `team-overview-${locale}.png`), fullPage: true, animations: 'disabled' });
            await page.emulateMedia({ colorScheme: 'dark' });
            expect(await axeViolations(page)).toEqual([]);
            await page.screenshot({ path: path.join(RESULTS, `team-overview-${locale}-dark.png`), fullPage: true, animations: 'disabled' });
            await page.emulateMedia({ colorScheme: 'light', media: 'print' });
            const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
            writeFileSync(path.join(RESULTS, `team-overview-${locale}.pdf`), pdf);
            expect(errors).toEqual([]);
            await page.close();
        });
    }

    test('the webview script: a click on a goal asks to open it at its line; an update replaces the page in place', async () => {
        const nonce = 'BBBBBBBBBBBBBBBBBBBBBB==';
        const html = await overviewHtml('en', { mode: 'preview', nonce });
        const page = await context.newPage();
        // VS Code's webview API, as a stub that records what the page posts; the policy is left out so that the stub
        // and axe can be added. The page's own script runs under its nonce either way.
        const stub = '<script>window.posted = []; window.acquireVsCodeApi = () => ({ postMessage: m => window.posted.push(m), getState: () => undefined, setState: () => undefined });</script>';
        await page.setContent(html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, stub), { waitUntil: 'load' });
        expect(await axeViolations(page)).toEqual([]);
        await page.getByRole('link', { name: 'Sam Bakker: Present convincingly' }).first().click();
        const posted = await page.evaluate(() => (window as unknown as { posted: Array<{ type: string; uri: string; line: number }> }).posted);
        expect(posted).toHaveLength(1);
        expect(posted[0].type).toBe('open');
        expect(posted[0].line).toBe(SAM.split('\n').findIndex(l => l.includes('goal presenting')));
        const updated = await overviewHtml('nl', { mode: 'preview', nonce: 'CCCCCCCCCCCCCCCCCCCCCC==' });
        await page.evaluate(message => window.postMessage(message, '*'), { type: 'update', html: updated });
        await expect.poll(() => page.locator('h1').textContent()).toBe('Teamoverzicht');
        expect(await page.evaluate(() => document.documentElement.lang)).toBe('nl');
        await page.close();
    });
});
