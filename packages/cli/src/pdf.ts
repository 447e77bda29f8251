/**
 * Printing a rendered page to PDF with the Chromium already on the machine, through playwright-core. Both are
 * looked up when --pdf asks for them, so that `pop` needs neither for anything else.
 */
import { accessSync, constants, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { t, type PopLocale } from '@pop-lang/language';
import { CliError } from './errors.js';

/** What playwright-core offers that printing needs. */
interface Chromium {
    launch(options: { executablePath: string; args: string[]; headless: boolean }): Promise<Browser>;
}
interface Browser {
    newPage(): Promise<Page>;
    close(): Promise<void>;
}
interface Page {
    setContent(html: string, options: { waitUntil: 'load' }): Promise<void>;
    emulateMedia(options: { media: 'print' }): Promise<void>;
    addStyleTag(options: { content: string }): Promise<unknown>;
    pdf(options: Record<string, unknown>): Promise<Uint8Array>;
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/**
 * Print rules added for the PDF only: a goal's header stays with the start of its body, and a heading with what
 * follows it. The generator's own print rules already keep the sign-off block and each table whole.
 */
const PDF_PRINT_CSS = `@media print {
    .goal > header { break-after: avoid-page; }
    .goal > header + * { break-before: avoid-page; }
    h2, h3 { break-after: avoid-page; }
    .sign-off { break-inside: avoid-page; }
}`;

/** playwright-core's chromium, from beside pop itself or from the current project; a clear error when neither has it. */
function loadChromium(locale: PopLocale, cwd: string): Chromium {
    const name = 'playwright-core';
    for (const from of [import.meta.url, path.join(cwd, 'package.json')]) {
        try {
            return (createRequire(from)(name) as { chromium: Chromium }).chromium;
        } catch {
            // Not there: try the next place.
        }
    }
    throw new CliError(t(locale, 'team.cli.noPlaywright'));
}

/** POP_CHROMIUM, else Debian's /usr/bin/chromium, else chromium or google-chrome on the PATH. */
function findChromium(env: NodeJS.ProcessEnv = process.env): string | undefined {
    if (env.POP_CHROMIUM) return isExecutable(env.POP_CHROMIUM) ? env.POP_CHROMIUM : undefined;
    if (isExecutable('/usr/bin/chromium')) return '/usr/bin/chromium';
    for (const folder of (env.PATH ?? '').split(path.delimiter).filter(Boolean)) {
        for (const program of ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']) {
            const candidate = path.join(folder, program);
            if (isExecutable(candidate)) return candidate;
        }
    }
    return undefined;
}

function isExecutable(file: string): boolean {
    try {
        accessSync(file, constants.X_OK);
        return existsSync(file);
    } catch {
        return false;
    }
}

export interface Printer {
    print(html: string): Promise<Uint8Array>;
    close(): Promise<void>;
}

/** One browser for all the pages of a run. */
export async function startPrinter(locale: PopLocale, cwd: string): Promise<Printer> {
    const executablePath = findChromium();
    if (!executablePath) throw new CliError(t(locale, 'team.cli.noChromium'));
    const chromium = loadChromium(locale, cwd);
    let browser: Browser;
    try {
        browser = await chromium.launch({ executablePath, args: FLAGS, headless: true });
    } catch (error) {
        throw new CliError(t(locale, 'team.cli.pdfFailed', { path: executablePath, reason: (error as Error).message.split('\n')[0] }));
    }
    return {
        async print(html: string): Promise<Uint8Array> {
            const page = await browser.newPage();
            await page.setContent(html, { waitUntil: 'load' });
            await page.emulateMedia({ media: 'print' });
            await page.addStyleTag({ content: PDF_PRINT_CSS });
            // The stylesheet's @page sets A4 and the margins; the footer numbers the pages.
            return page.pdf({
                format: 'A4', printBackground: true, preferCSSPageSize: true, displayHeaderFooter: true,
                headerTemplate: '<span></span>',
                footerTemplate: '<div style="width:100%;font-size:8px;color:#545d68;text-align:center;"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
            });
        },
        close: () => browser.close(),
    };
}
