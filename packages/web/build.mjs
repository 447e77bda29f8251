// Builds the playground into a static site (dist/playground/ by default): the page, its script and styles, Monaco's
// editor worker and POP's language server worker, all from this site, with no CDN, web font or analytics.
// `node packages/web/build.mjs [--outdir DIR] [--dev]`; `npm run playground` builds and serves it.
import * as esbuild from 'esbuild';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { browserBundleOptions } from '@pop-lang/tools/esbuild-options';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

/** Every .pop file under examples/, as { path, text } with '/'-separated paths, for the page's example list. */
export function bundledExamples(folder = path.join(root, 'examples')) {
    const found = [];
    const walk = dir => {
        for (const name of readdirSync(dir).sort()) {
            const full = path.join(dir, name);
            if (statSync(full).isDirectory()) walk(full);
            else if (name.endsWith('.pop')) found.push({ path: path.relative(folder, full).split(path.sep).join('/'), text: readFileSync(full, 'utf8') });
        }
    };
    walk(folder);
    return found;
}

/**
 * Monaco modules the playground bundles but never runs, each replaced by a class that refuses to be built (about
 * 300 KB of script and styles): the diff editors (only createDiffEditor and createMultiFileDiffEditor make one, and
 * the page calls neither), the GPU renderer (only with `experimentalGpuAcceleration: 'on'`) and the tree-sitter token
 * backend (the standalone editor's tree-sitter service supports no language). The playground's room under its size
 * limit comes from here (docs/web.md). A stub that lacks a name its importer wants fails the build.
 */
const MONACO_STUBS = {
    'browser/widget/diffEditor/diffEditorWidget.js': ['DiffEditorWidget'],
    'browser/widget/multiDiffEditor/multiDiffEditorWidget.js': ['MultiDiffEditorWidget'],
    'browser/gpu/viewGpuContext.js': ['ViewGpuContext'],
    'browser/viewParts/viewLinesGpu/viewLinesGpu.js': ['ViewLinesGpu'],
    'browser/viewParts/rulersGpu/rulersGpu.js': ['RulersGpu'],
    'browser/viewParts/gpuMark/gpuMark.js': ['GpuMarkOverlay'],
    'common/model/tokens/treeSitter/treeSitterSyntaxTokenBackend.js': ['TreeSitterSyntaxTokenBackend'],
};

const monacoStubsPlugin = {
    name: 'pop-monaco-stubs',
    setup(build) {
        const editorDir = path.join(root, 'node_modules/monaco-editor/esm/vs/editor');
        build.onResolve({ filter: /^\.\.?\// }, args => {
            const file = path.relative(editorDir, path.resolve(args.resolveDir, args.path)).split(path.sep).join('/');
            return MONACO_STUBS[file] ? { path: file, namespace: 'pop-monaco-stub' } : undefined;
        });
        build.onLoad({ filter: /.*/, namespace: 'pop-monaco-stub' }, args => ({
            loader: 'js',
            contents: MONACO_STUBS[args.path]
                .map(name => `export class ${name} { constructor() { throw new Error('${name} is not in the playground'); } }`).join('\n'),
        }));
    },
};

/** Monaco's package exports map only .js files; its stylesheets are taken straight from its ESM folder. */
const monacoStylesPlugin = {
    name: 'pop-monaco-styles',
    setup(build) {
        build.onResolve({ filter: /^monaco-editor\/.+\.css$/ }, args => ({
            path: path.join(root, 'node_modules/monaco-editor/esm/vs', args.path.slice('monaco-editor/'.length)),
        }));
    },
};

const examplesPlugin = {
    name: 'pop-playground-examples',
    setup(build) {
        build.onResolve({ filter: /^pop-playground-examples$/ }, () => ({ path: 'examples', namespace: 'pop-playground-examples' }));
        build.onLoad({ filter: /.*/, namespace: 'pop-playground-examples' }, () => ({
            loader: 'json',
            contents: JSON.stringify(bundledExamples()),
            watchDirs: [path.join(root, 'examples')],
        }));
    },
};

/** The catalogue sections the page itself shows; the worker, which writes every other message, has them all. */
const PAGE_SECTIONS = ['playground', 'extension'];

/**
 * The page's copy of each locale's catalogue holds only PAGE_SECTIONS: the whole catalogues, both locales, would add
 * over 100 KB to a site that must stay under 5 MB. The sections are taken from the real catalogues at build time,
 * so the page's text still comes from them.
 */
const pageCataloguePlugin = {
    name: 'pop-page-catalogue',
    setup(build) {
        build.onResolve({ filter: /^\.\/(en|nl)\.js$/ }, args =>
            /[\\/]language[\\/]src[\\/]i18n$/.test(args.resolveDir) ? { path: args.path.slice(2, 4), namespace: 'pop-page-catalogue' } : undefined);
        build.onLoad({ filter: /.*/, namespace: 'pop-page-catalogue' }, async args => {
            const locale = args.path;
            const bundled = await esbuild.build({
                absWorkingDir: root, entryPoints: [`packages/language/src/i18n/${locale}.ts`], bundle: true, write: false,
                format: 'esm', platform: 'neutral', logLevel: 'error',
            });
            const module = await import(`data:text/javascript;base64,${Buffer.from(bundled.outputFiles[0].text).toString('base64')}`);
            const sections = Object.fromEntries(PAGE_SECTIONS.map(section => [section, module[locale][section]]));
            return { loader: 'js', contents: `export const ${locale} = ${JSON.stringify(sections)};` };
        });
    },
};

/**
 * Builds the site into `outdir` and returns its files with their sizes in bytes.
 * `production` (the default) minifies and leaves out source maps.
 */
export async function buildPlayground({ outdir = path.join(root, 'dist/playground'), production = true } = {}) {
    rmSync(outdir, { recursive: true, force: true });
    mkdirSync(outdir, { recursive: true });
    const version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
    const options = format => ({ ...browserBundleOptions({ root, outdir, production, version, format }), sourcemap: false, logLevel: 'error' });
    await Promise.all([
        esbuild.build({
            ...options('iife'),
            entryPoints: { playground: 'packages/web/src/playground/main.ts' },
            plugins: [...options('iife').plugins, examplesPlugin, monacoStylesPlugin, monacoStubsPlugin, pageCataloguePlugin],
            // Monaco's icons: the codicon font, served from this site like everything else.
            loader: { '.ttf': 'file' },
            assetNames: '[name]',
        }),
        // Starts the language server's worker, and opens the plan in it, before playground.js loads (see
        // src/playground/server-worker.ts).
        esbuild.build({ ...options('iife'), entryPoints: { boot: 'packages/web/src/playground/boot.ts' }, plugins: [...options('iife').plugins, examplesPlugin] }),
        esbuild.build({ ...options('iife'), entryPoints: { 'editor.worker': 'monaco-editor/editor/editor.worker.js' } }),
        esbuild.build({ ...options('iife'), entryPoints: { server: 'packages/web/src/server/main-browser.ts' } }),
    ]);
    cpSync(path.join(root, 'packages/web/static'), outdir, { recursive: true });
    return listFiles(outdir);
}

export function listFiles(folder) {
    const files = [];
    const walk = dir => {
        for (const name of readdirSync(dir).sort()) {
            const full = path.join(dir, name);
            if (statSync(full).isDirectory()) walk(full);
            else files.push({ file: path.relative(folder, full).split(path.sep).join('/'), bytes: statSync(full).size });
        }
    };
    walk(folder);
    return files;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
    const at = process.argv.indexOf('--outdir');
    const outdir = at >= 0 ? path.resolve(process.argv[at + 1]) : undefined;
    const files = await buildPlayground({ outdir, production: !process.argv.includes('--dev') });
    const total = files.reduce((sum, f) => sum + f.bytes, 0);
    for (const { file, bytes } of files) process.stdout.write(`  ${file.padEnd(24)} ${(bytes / 1024).toFixed(0).padStart(6)} KB\n`);
    process.stdout.write(`  ${'total'.padEnd(24)} ${(total / 1024).toFixed(0).padStart(6)} KB\n`);
}
