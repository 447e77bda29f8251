// Bundles the CLI, the language server and the extension client with esbuild, as CommonJS for Node and VS Code.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { browserBundleOptions, nodeBundleOptions } from './esbuild-options.mjs';
import { writeTextmateGrammar } from './textmate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
const requireFromRoot = createRequire(path.join(root, 'package.json'));
const watch = process.argv.includes('--watch');
const production = process.argv.includes('--production');
// Another folder than dist/ leaves the bundles others are using alone, e.g. to compare two builds.
const outdirIndex = process.argv.indexOf('--outdir');
const outdir = outdirIndex >= 0 ? process.argv[outdirIndex + 1] : 'dist';

/** Entry points: name → source. Each becomes dist/<name>.cjs. */
export const ENTRIES = {
    cli: 'packages/cli/src/main.ts',
    extension: 'packages/extension/src/extension.ts',
    server: 'packages/server/src/main.ts',
};

/**
 * The language part of the server, loaded by dist/server.cjs once it has answered `initialize`
 * (packages/server/src/main.ts). It runs on the entry's connection, so it gets the entry's vscode-languageserver
 * modules (packages/server/src/shared-modules.ts) instead of a second copy of its own.
 */
export const SERVER_LANGUAGE_ENTRIES = { 'server-language': 'packages/server/src/language-server.ts' };
const SHARED = ['vscode-languageserver', 'vscode-languageserver/node', 'vscode-languageserver-protocol', 'vscode-languageserver-types'];

const sharedModulesPlugin = {
    name: 'pop-server-shared-modules',
    setup(build) {
        build.onResolve({ filter: /^vscode-(languageserver|jsonrpc)/ }, args => {
            if (args.path.startsWith('vscode-languageserver-textdocument')) return undefined;
            if (!SHARED.includes(args.path)) {
                return { errors: [{ text: `${args.path} is not handed over by dist/server.cjs: add it to SHARED and to main.ts` }] };
            }
            return { path: args.path, namespace: 'pop-shared' };
        });
        // An ES module with the package's export names, not `module.exports = …`: esbuild would copy a CommonJS
        // module's hundreds of exports into a new namespace object for every module that imports it.
        build.onLoad({ filter: /.*/, namespace: 'pop-shared' }, args => {
            const names = Object.keys(requireFromRoot(args.path)).filter(name => /^[A-Za-z_$][\w$]*$/.test(name) && name !== 'default');
            return {
                loader: 'js',
                resolveDir: path.join(root, 'packages/server/src'),
                // Pure reads, so that esbuild leaves out the exports nothing imports.
                contents: `import { SHARED_MODULES } from './shared-modules.ts';
const shared = globalThis[SHARED_MODULES]?.[${JSON.stringify(args.path)}];
if (!shared) throw new Error(${JSON.stringify(`POP: ${args.path} was not handed over by the server's entry`)});
const exported = name => shared[name];
${names.map(name => `export const ${name} = /* @__PURE__ */ exported(${JSON.stringify(name)});`).join('\n')}
`,
            };
        });
    },
};

/**
 * vscode-languageserver and its kin are CommonJS with hundreds of exports each. esbuild copies every export into a
 * new namespace object for each ES module that imports one (22 in the CLI), which a `pop check` pays at every start.
 * Imported through one ES module per package, they are copied once.
 */
const commonJsOncePlugin = {
    name: 'pop-commonjs-once',
    setup(build) {
        build.onResolve({ filter: /^vscode-(languageserver|jsonrpc)/ }, args => {
            if (args.namespace === 'pop-commonjs-once' || /[\\/]node_modules[\\/]vscode-/.test(args.importer)) return undefined;
            return { path: args.path, namespace: 'pop-commonjs-once' };
        });
        build.onLoad({ filter: /.*/, namespace: 'pop-commonjs-once' }, args => ({
            loader: 'js', resolveDir: root, contents: `export * from ${JSON.stringify(args.path)};\n`,
        }));
    },
};

/** VS Code for the Web: the extension (the manifest's `browser` entry) and its language server's worker, in dist/web/. */
export const WEB_ENTRIES = {
    extension: { source: 'packages/extension/src/extension-browser.ts', format: 'cjs' },
    server: { source: 'packages/web/src/server/main-browser.ts', format: 'iife' },
};

const common = nodeBundleOptions({ root, outdir, production, version: pkg.version });
const builds = [
    // pop starts in every commit hook: minified, it loads in less time (1.8 to 0.95 MB). POP_DEBUG=1 maps a stack trace
    // back to the sources through the source map that development builds keep (packages/cli/bin/pop.cjs).
    { ...common, entryPoints: { cli: ENTRIES.cli }, plugins: [commonJsOncePlugin], minify: true },
    { ...common, entryPoints: { extension: ENTRIES.extension, server: ENTRIES.server } },
    { ...common, entryPoints: SERVER_LANGUAGE_ENTRIES, plugins: [sharedModulesPlugin] },
    ...Object.entries(WEB_ENTRIES).map(([name, { source, format }]) => ({
        ...browserBundleOptions({ root, outdir: path.join(outdir, 'web'), production, version: pkg.version, format }),
        entryPoints: { [name]: source },
    })),
];

await writeTextmateGrammar();

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
