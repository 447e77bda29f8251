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

/** Entry points: name → source. Each becomes dist/<name>.cjs. */
export const ENTRIES = {
    cli: 'packages/cli/src/main.ts',
    extension: 'packages/extension/src/extension.ts',
    server: 'packages/server/src/main.ts',
};

const options = {
    ...nodeBundleOptions({ root, outdir: 'dist', production, version: pkg.version }),
    entryPoints: ENTRIES,
};

await writeTextmateGrammar();

if (watch) {
    const context = await esbuild.context(options);
    await context.watch();
} else {
    await esbuild.build(options);
}
