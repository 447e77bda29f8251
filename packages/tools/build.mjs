// Bundles the CLI, the language server and the extension client with esbuild, as CommonJS for Node and VS Code.
import * as esbuild from 'esbuild';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { readFileSync } from 'node:fs';
import { nodeBundleOptions } from './esbuild-options.mjs';
import { writeTextmateGrammar } from './textmate.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
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
        build.onLoad({ filter: /.*/, namespace: 'pop-shared' }, args => ({
            loader: 'js',
            resolveDir: path.join(root, 'packages/server/src'),
            contents: `const { SHARED_MODULES } = require('./shared-modules.ts');
const shared = globalThis[SHARED_MODULES];
if (!shared || !shared[${JSON.stringify(args.path)}]) throw new Error(${JSON.stringify(`POP: ${args.path} was not handed over by the server's entry`)});
module.exports = shared[${JSON.stringify(args.path)}];
`,
        }));
    },
};

const common = nodeBundleOptions({ root, outdir, production, version: pkg.version });
const builds = [
    { ...common, entryPoints: ENTRIES },
    { ...common, entryPoints: SERVER_LANGUAGE_ENTRIES, plugins: [sharedModulesPlugin] },
];

await writeTextmateGrammar();

if (watch) {
    for (const options of builds) await (await esbuild.context(options)).watch();
} else {
    await Promise.all(builds.map(options => esbuild.build(options)));
}
