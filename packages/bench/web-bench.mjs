// `npm run bench:web`: POP in the browser, measured in Debian's Chromium over a local server.
// - load: page load to the first verdict on a 10-goal plan in the playground, against the same Monaco with no
//   language loading to its first paint (ratio, target <= 1.5);
// - typing: didChange of one goal's title to its diagnostics at 1,000 goals in the web worker, against the same in
//   the Node server (ratio, target <= 1.5);
// - sizes of the playground's files.
// Writes .bench/web-results.json and prints a table. Flags: --iterations N (default 5), --goals N (default 1000).
import * as esbuild from 'esbuild';
import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { browserBundleOptions, nodeBundleOptions } from '@pop-lang/tools/esbuild-options';
import { buildPlayground } from '@pop-lang/web/build';
import { serveStatic } from '@pop-lang/web/serve';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const out = path.join(root, '.bench');
const site = path.join(out, 'web-site');
const flag = (name, fallback) => {
    const at = process.argv.indexOf(name);
    return at >= 0 ? Number(process.argv[at + 1]) : fallback;
};
const iterations = flag('--iterations', 5);
const goals = flag('--goals', 1000);
const log = line => process.stderr.write(`  ${line}\n`);
const median = values => {
    const sorted = [...values].sort((a, b) => a - b);
    const mid = Math.floor(sorted.length / 2);
    return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

if (!existsSync(path.join(root, 'dist/server.cjs'))) execSync('npm run build', { cwd: root, stdio: 'inherit' });

log('building the playground and the bench pages');
const files = await buildPlayground({ outdir: site });
const pageOptions = browserBundleOptions({ root, outdir: site, production: true, version: 'bench', format: 'iife' });
await esbuild.build({
    ...pageOptions, sourcemap: false, logLevel: 'error', loader: { '.ttf': 'file' }, assetNames: '[name]',
    entryPoints: { 'bench-monaco-only': 'packages/bench/src/web-monaco-only.ts', 'bench-worker-typing': 'packages/bench/src/web-worker-typing.ts' },
    plugins: [...pageOptions.plugins, {
        name: 'monaco-styles',
        setup(build) {
            build.onResolve({ filter: /^monaco-editor\/.+\.css$/ }, args => ({ path: path.join(root, 'node_modules/monaco-editor/esm/vs', args.path.slice('monaco-editor/'.length)) }));
        },
    }],
});
const page = (title, script, body = '') => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title}</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="./${script}.css"><style>html,body{height:100%;margin:0}#editor{height:100%}</style></head>
<body>${body}<script src="./${script}.js"></script></body></html>`;
writeFileSync(path.join(site, 'bench-monaco-only.html'), page('Monaco only', 'bench-monaco-only', '<div id="editor"></div>'));
writeFileSync(path.join(site, 'bench-worker-typing.html'), page('Worker typing', 'bench-worker-typing'));

// The Node side of the typing comparison: the bench's own LSP measurement, bundled like `npm run bench` does.
const nodeBuild = path.join(out, 'build');
await esbuild.build({ ...nodeBundleOptions({ root, outdir: nodeBuild, production: false, version: 'bench' }), entryPoints: { 'web-lsp': 'packages/bench/src/lsp.ts' }, logLevel: 'error' });
const { measureEditLatency } = createRequire(import.meta.url)(path.join(nodeBuild, 'web-lsp.cjs'));
const generator = await esbuild.build({ entryPoints: [path.join(root, 'packages/bench/src/generate.ts')], bundle: true, format: 'esm', write: false, platform: 'neutral' });
const { planText } = await import(`data:text/javascript;base64,${Buffer.from(generator.outputFiles[0].text).toString('base64')}`);

const server = await serveStatic(site);
const browser = await chromium.launch({ executablePath: process.env.POP_CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
try {
    // Load: each page in a browser context of its own, with no other tab, closed afterwards: beside an open tab a
    // page loads 35-45 % faster (docs/web.md, "The load ratio's floor"). Turns alternate which page loads first, so
    // the machine's load weighs on both; the first pair only warms Chromium up and is not counted.
    const tenGoals = planText({ goals: 10, withOrganisation: true });
    const loadAlone = async page => {
        const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
        try {
            await context.addInitScript(text => {
                window.benchText = text;
                if (location.pathname.endsWith('/') || location.pathname.endsWith('index.html')) {
                    localStorage.setItem('pop-playground.text', text);
                    new MutationObserver((_, observer) => {
                        const status = document.getElementById('status');
                        if (status && /SMART/.test(status.textContent ?? '')) {
                            window.firstVerdict = performance.now();
                            observer.disconnect();
                        }
                    }).observe(document, { subtree: true, childList: true, characterData: true });
                }
            }, tenGoals);
            const tab = await context.newPage();
            await tab.goto(page === 'playground' ? server.url : `${server.url}bench-monaco-only.html`);
            const ready = page === 'playground' ? () => window.firstVerdict : () => window.monacoReady;
            return await tab.waitForFunction(ready, undefined, { timeout: 120_000, polling: 50 }).then(h => h.jsonValue());
        } finally {
            await context.close();
        }
    };
    await loadAlone('playground');
    await loadAlone('monaco');
    const playgroundTimes = [];
    const monacoTimes = [];
    for (let i = 0; i < iterations; i++) {
        for (const page of i % 2 ? ['monaco', 'playground'] : ['playground', 'monaco']) {
            (page === 'playground' ? playgroundTimes : monacoTimes).push(await loadAlone(page));
        }
        log(`load ${i + 1}/${iterations}: playground first verdict ${playgroundTimes.at(-1).toFixed(0)} ms, Monaco alone ${monacoTimes.at(-1).toFixed(0)} ms`);
    }

    const context = await browser.newContext();
    const tab = await context.newPage();
    await tab.goto(`${server.url}bench-worker-typing.html`);
    log(`typing at ${goals} goals in the web worker`);
    const workerTimes = await tab.evaluate(([n, count]) => window.measureWorkerTyping(n, count, 2), [goals, iterations]);
    await context.close();
    log(`typing at ${goals} goals in the Node server`);
    const nodeMs = await measureEditLatency(path.join(root, 'dist/server.cjs'), goals, { iterations, warmup: 2 });

    const load = { playgroundMs: median(playgroundTimes), monacoOnlyMs: median(monacoTimes) };
    const typing = { goals, workerMs: median(workerTimes), nodeMs };
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    const results = {
        load: { ...load, ratio: load.playgroundMs / load.monacoOnlyMs, target: 1.5 },
        typing: { ...typing, ratio: typing.workerMs / typing.nodeMs, target: 1.5 },
        sizes: { files, totalBytes: total, workerBytes: files.find(f => f.file === 'server.js')?.bytes },
    };
    mkdirSync(out, { recursive: true });
    writeFileSync(path.join(out, 'web-results.json'), JSON.stringify(results, null, 2) + '\n');
    const kb = bytes => `${(bytes / 1024).toFixed(0)} KB`;
    process.stdout.write([
        '',
        '| measure | value | target |',
        '| --- | --- | --- |',
        `| playground load → first verdict, 10 goals | ${load.playgroundMs.toFixed(0)} ms | |`,
        `| Monaco alone, load → first paint | ${load.monacoOnlyMs.toFixed(0)} ms | |`,
        `| ratio | ${results.load.ratio.toFixed(2)} | ≤ 1.5 |`,
        `| didChange → diagnostics, ${goals} goals, web worker | ${typing.workerMs.toFixed(0)} ms | |`,
        `| didChange → diagnostics, ${goals} goals, Node server | ${typing.nodeMs.toFixed(0)} ms | |`,
        `| ratio | ${results.typing.ratio.toFixed(2)} | ≤ 1.5 |`,
        `| worker bundle (minified) | ${kb(results.sizes.workerBytes)} | < 1 MB |`,
        `| whole playground | ${kb(total)} | < 5 MB |`,
        '',
        `Wrote ${path.relative(process.cwd(), path.join(out, 'web-results.json'))}.`,
        '',
    ].join('\n'));
} finally {
    await browser.close();
    await server.close();
    rmSync(site, { recursive: true, force: true });
}
