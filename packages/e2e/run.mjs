// `npm run test:e2e`: package the extension, install it into a fresh code-server profile,
// drive the workbench in Chromium as a user would, and print one line per step.
// Whatever happens, every process started here is stopped and the sandbox removed.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureTools } from './install.mjs';
import { TODAY, createSandbox } from './sandbox.mjs';
import { installExtension, killGroupNow, startServer, stopGroup } from './server.mjs';
import { LONG, SHORT, StepFailure, Workbench, expectVisible } from './workbench.mjs';
import * as scenario from './scenario.mjs';
import { installWebOnlyExtension } from './web-extension.mjs';

const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
const SCREENSHOTS = join(ROOT, 'test-results', 'e2e');
const STEP_TIMEOUT_MS = 90_000;
// After the tools are installed (a cold install alone takes minutes): two passes, desktop and web.
const RUN_TIMEOUT_MS = 12 * 60_000;

const started = Date.now();
const results = [];
const live = { server: undefined, browserPid: undefined, sandbox: undefined };

function elapsed(since = started) {
    return `${((Date.now() - since) / 1000).toFixed(1)} s`;
}

function say(message) {
    process.stdout.write(`[e2e] ${message}\n`);
}

/** Synchronous clean-up for signals and the watchdog, where nothing can be awaited. */
function cleanUpNow() {
    killGroupNow(live.server?.pid);
    killGroupNow(live.browserPid);
    live.sandbox?.remove();
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.once(signal, () => {
        say(`interrupted by ${signal}: stopping code-server and Chromium`);
        cleanUpNow();
        printSummary();
        process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1));
    });
}
let watchdog;
function armWatchdog() {
    clearTimeout(watchdog);
    watchdog = setTimeout(() => {
        say(`the run took longer than ${RUN_TIMEOUT_MS / 60_000} minutes after the tools were ready: giving up`);
        printSummary();
        cleanUpNow();
        process.exit(1);
    }, RUN_TIMEOUT_MS);
    watchdog.unref();
}
// Also over the install, which may hang; armed again once the tools are there.
armWatchdog();

function packageExtension() {
    if (process.env.POP_E2E_VSIX) return resolve(process.env.POP_E2E_VSIX);
    const { version, name } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const since = Date.now();
    say('npm run package');
    const result = spawnSync('npm', ['run', 'package'], { cwd: ROOT, encoding: 'utf8', timeout: 180_000 });
    if (result.status !== 0) {
        throw new Error(`npm run package failed (exit ${result.status ?? result.signal}):\n${(result.stdout + result.stderr).trim().slice(-3000)}`);
    }
    const vsix = [join(ROOT, `${name}-${version}.vsix`), join(ROOT, 'dist', `${name}-${version}.vsix`)].find(existsSync);
    if (!vsix) throw new Error(`npm run package succeeded but ${name}-${version}.vsix is neither in the project root nor in dist/`);
    say(`packaged ${vsix} in ${elapsed(since)}`);
    return vsix;
}

/** The CLI's verdict on the same workspace and date: the editor must agree with it. */
function checkWithCli(workspace) {
    const result = spawnSync(process.execPath, [join(ROOT, 'packages', 'cli', 'bin', 'pop.cjs'), 'check', '.', '--format', 'json', '--today', TODAY], {
        cwd: workspace,
        encoding: 'utf8',
    });
    if (result.status === 2 || !result.stdout.trim().startsWith('[')) {
        throw new Error(`pop check on the workspace failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
    }
    return JSON.parse(result.stdout).map(d => ({ ...d, file: d.file.replace(/^\.\//, '') }));
}

/** `pop <command> . --format json --today TODAY` on the workspace as it is on disk: what a team view should show. */
function popJson(workspace, command, ...args) {
    const result = spawnSync(process.execPath, [join(ROOT, 'packages', 'cli', 'bin', 'pop.cjs'), command, '.', '--format', 'json', '--today', TODAY, ...args], {
        cwd: workspace,
        encoding: 'utf8',
    });
    if (result.status === 2 || !result.stdout.trim().startsWith('{')) {
        throw new Error(`pop ${command} on the workspace failed (exit ${result.status}):\n${result.stderr || result.stdout}`);
    }
    return JSON.parse(result.stdout);
}

function languageName() {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    const language = manifest.contributes?.languages?.find(l => l.id === 'pop');
    return language?.aliases?.[0] ?? 'pop';
}

async function step(ctx, number, name, body) {
    const since = Date.now();
    const slug = `${String(number).padStart(2, '0')}-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
    let extra = 0;
    ctx.shot = async label => {
        extra += 1;
        await ctx.wb.screenshot(`${slug}-${extra}-${label}`).catch(() => {});
    };
    let timer;
    try {
        const detail = await Promise.race([
            body(),
            new Promise((_, reject) => {
                timer = setTimeout(() => reject(new StepFailure(`the step did not finish within ${STEP_TIMEOUT_MS / 1000} s`)), STEP_TIMEOUT_MS);
            }),
        ]);
        await ctx.wb.screenshot(slug);
        results.push({ name, ok: true, detail, time: elapsed(since) });
        say(`PASS ${name} (${elapsed(since)}): ${detail}`);
    } catch (error) {
        await ctx.wb.screenshot(`${slug}-FAILED`).catch(() => {});
        const message = error instanceof StepFailure ? error.message : (error?.stack ?? String(error));
        results.push({ name, ok: false, detail: message, time: elapsed(since) });
        say(`FAIL ${name} (${elapsed(since)}): ${message}`);
    } finally {
        clearTimeout(timer);
        await ctx.wb.dismiss().catch(() => {});
    }
}

function printSummary() {
    if (results.length === 0) return;
    process.stdout.write('\nEnd-to-end steps:\n');
    for (const r of results) process.stdout.write(`  ${r.ok ? 'PASS' : 'FAIL'}  ${r.name}  (${r.time})${r.ok ? '' : `\n        ${r.detail.split('\n')[0]}`}\n`);
    process.stdout.write(`Screenshots: ${SCREENSHOTS}\n`);
    process.stdout.write(`${results.filter(r => r.ok).length} passed, ${results.filter(r => !r.ok).length} failed\n`);
}

async function main() {
    const tools = ensureTools();
    armWatchdog();
    const vsix = packageExtension();
    rmSync(SCREENSHOTS, { recursive: true, force: true });
    if (process.env.POP_E2E_DESKTOP !== '0') await desktopPass(tools, vsix);
    // VS Code for the Web: the same workspace, an extension with only its browser entry.
    if (process.env.POP_E2E_WEB !== '0') await webPass(tools);
}

/** Starts code-server on a sandbox and Chromium on it, runs `body`, and stops both whatever happens. */
async function withWorkbench(tools, sandbox, body) {
    const oracle = checkWithCli(sandbox.workspace);
    const sources = Object.fromEntries(Object.values(scenario.PLANS).map(p => [p.file, readFileSync(join(sandbox.workspace, p.file), 'utf8')]));

    const server = live.server = await startServer(tools, sandbox);
    say(`code-server listening on ${server.url} (${elapsed()})`);
    const require = createRequire(import.meta.url);
    const { chromium } = require(tools.playwright);
    const browserServer = await chromium.launchServer({
        executablePath: tools.chromium,
        headless: true,
        env: sandbox.env(),
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
        args: ['--disable-dev-shm-usage', '--disable-gpu', '--no-first-run', '--password-store=basic'],
    });
    live.browserPid = browserServer.process().pid;
    const browser = await chromium.connect(browserServer.wsEndpoint());
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, reducedMotion: 'reduce' });
    page.setDefaultTimeout(SHORT);
    const ctx = {
        page, wb: new Workbench(page, SCREENSHOTS), sandbox, oracle, sources, languageName: languageName(),
        report: popJson(sandbox.workspace, 'report'),
        due: popJson(sandbox.workspace, 'due', '--within', String(scenario.DUE_WITHIN_DAYS)),
    };
    try {
        // The workbench is megabytes of script: on a loaded machine its load takes longer than a step's wait.
        await page.goto(`${server.url}/?folder=${encodeURIComponent(sandbox.workspace)}`, { timeout: LONG });
        await expectVisible(page.locator('.explorer-folders-view .monaco-list-row'), 'the workspace folder in the explorer', LONG);
        say(`workbench ready (${elapsed()})`);
        await body(ctx);
    } finally {
        // Page before browser, so the extension host is told its client went away.
        await page.close().catch(() => {});
        await browser.close().catch(() => {});
        await browserServer.close().catch(() => {});
        await stopGroup(live.browserPid);
        await server.stop();
        if (results.some(r => !r.ok)) say(`code-server log (last lines):\n${server.output().split('\n').slice(-15).join('\n')}`);
    }
}

/**
 * A fresh sandbox for one pass. Playwright keeps Chromium's profile in os.tmpdir(), so TMPDIR points inside the
 * sandbox meanwhile, and back afterwards: the next pass makes its sandbox in the real one.
 */
async function inSandbox(body) {
    const sandbox = live.sandbox = createSandbox(join(ROOT, 'examples'));
    const tmpdir = process.env.TMPDIR;
    process.env.TMPDIR = sandbox.tmp;
    try {
        await body(sandbox);
    } finally {
        if (tmpdir === undefined) delete process.env.TMPDIR;
        else process.env.TMPDIR = tmpdir;
        sandbox.remove();
        live.sandbox = undefined;
    }
}

async function desktopPass(tools, vsix) {
    await inSandbox(async sandbox => {
        say(installExtension(tools, sandbox, vsix).split('\n').pop());
        await withWorkbench(tools, sandbox, async ctx => {
            const { nl, en } = scenario.PLANS;
            await step(ctx, 1, 'open niet-smart.pop: language, colours, squiggles', () => scenario.openPlan(ctx, nl));
            await step(ctx, 2, 'Problems panel: Dutch SMART warnings with codes', () => scenario.problemsListed(ctx, nl));
            await step(ctx, 3, 'hover: warning message and keyword criterion', () => scenario.hovers(ctx, nl));
            await step(ctx, 4, 'quick fix (Ctrl+.): add end date', () => scenario.quickFix(ctx, nl));
            await step(ctx, 5, 'completion (Ctrl+Space) inside a goal', () => scenario.completion(ctx, nl));
            await step(ctx, 6, 'Outline view lists the goals', () => scenario.outline(ctx, nl));
            await step(ctx, 7, 'POP: Render to HTML', () => scenario.render(ctx, nl));
            await step(ctx, 8, 'POP: Open Preview to the Side, live update', () => scenario.preview(ctx, nl));
            await step(ctx, 9, 'open not-smart.pop: language, colours, squiggles', () => scenario.openPlan(ctx, en));
            await step(ctx, 10, 'Problems panel: English SMART warnings with codes', () => scenario.problemsListed(ctx, en));
            await step(ctx, 11, 'quick fix (Ctrl+.): add end date (English)', () => scenario.quickFix(ctx, en));
            await step(ctx, 12, 'POP: New Plan, closed unsaved: its problems leave the Problems panel', () => scenario.unsavedPlanClosed(ctx, en));
            await step(ctx, 13, 'POP: Open Team Overview: every plan, a click opens it', () => scenario.teamOverview(ctx));
            await step(ctx, 14, 'POP: Show Due and Overdue: what pop due lists, Enter opens it', () => scenario.dueList(ctx));
        });
    });
}

/** The core steps again with a web-only extension (a `browser` entry, no `main`): POP must run in the web worker. */
async function webPass(tools) {
    await inSandbox(async sandbox => {
        say(`web-only extension in ${installWebOnlyExtension(ROOT, sandbox.extensions)}`);
        await withWorkbench(tools, sandbox, async ctx => {
            const { nl } = scenario.PLANS;
            await step(ctx, 21, 'web: open niet-smart.pop: language, colours, squiggles', () => scenario.openPlan(ctx, nl));
            await step(ctx, 22, 'web: POP ran in the web worker extension host', () => scenario.ranInWorker(ctx));
            await step(ctx, 23, 'web: Problems panel, the same as pop check (organisation goals from another file)', () => scenario.problemsListed(ctx, nl));
            await step(ctx, 24, 'web: hover: warning message and keyword criterion', () => scenario.hovers(ctx, nl));
            await step(ctx, 25, 'web: quick fix (Ctrl+.): add end date', () => scenario.quickFix(ctx, nl));
            await step(ctx, 26, 'web: POP: Render to HTML, written through the workspace file system', () => scenario.render(ctx, nl));
            await step(ctx, 27, 'web: POP: Open Preview to the Side, live update', () => scenario.preview(ctx, nl));
        });
    });
}

let exitCode = 0;
try {
    await main();
} catch (error) {
    say(`could not run the end-to-end test: ${error.message}`);
    exitCode = 1;
} finally {
    await stopGroup(live.server?.pid);
    await stopGroup(live.browserPid);
    live.sandbox?.remove();
    clearTimeout(watchdog);
}
printSummary();
say(`total ${elapsed()}`);
if (results.length === 0 || results.some(r => !r.ok)) exitCode = 1;
process.exit(exitCode);
