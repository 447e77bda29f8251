/**
 * The web extension and the language server's worker run where Node does not: their bundles must hold no Node
 * built-in, and the build must refuse one rather than ship it.
 */
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.js';

interface Options { external: string[]; platform: string; format: string; plugins: unknown[] }
const { browserBundleOptions, NODE_BUILTINS } = await import(path.join(ROOT, 'packages/tools/esbuild-options.mjs')) as {
    browserBundleOptions(options: { root: string; outdir: string; production: boolean; version: string; format: string }): Options & esbuild.BuildOptions;
    NODE_BUILTINS: string[];
};
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { browser: string; main: string };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'pop-browser-bundles-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/**
 * A require or import of a Node built-in, in any of the forms a bundler leaves. A method call such as lodash's
 * guarded `freeModule.require("util")`, which never runs in a browser, is not one.
 */
function nodeImports(code: string): string[] {
    const names = NODE_BUILTINS.join('|');
    const pattern = new RegExp(`(?:(?<![\\w.$])require\\(\\s*|\\bfrom\\s*|(?<![\\w.$])import\\(\\s*)["'](?:node:)?(?:${names})(?:/[\\w/]*)?["']`, 'g');
    return code.match(pattern) ?? [];
}

describe('browser bundles', () => {
    test('the manifest starts the web extension from dist/web/extension.cjs, beside the desktop entry', () => {
        expect(manifest.browser).toBe('./dist/web/extension.cjs');
        expect(manifest.main).toBe('./dist/extension.cjs');
    });

    test.each(['extension.cjs', 'server.js'])('dist/web/%s imports no Node built-in', name => {
        const code = readFileSync(path.join(ROOT, 'dist/web', name), 'utf8');
        expect(code.length).toBeGreaterThan(10_000);
        expect(nodeImports(code)).toEqual([]);
        // The check itself finds what it looks for.
        expect(nodeImports(`${code}\nrequire("fs");`)).toEqual(['require("fs"']);
    });

    test('the web builds mark nothing Node as external: only the host\'s vscode, and nothing for the worker', () => {
        for (const format of ['cjs', 'iife']) {
            const options = browserBundleOptions({ root: ROOT, outdir: scratch, production: true, version: 'test', format });
            expect(options.platform).toBe('browser');
            expect(options.external).toEqual(format === 'cjs' ? ['vscode'] : []);
        }
    });

    test.each(['fs', 'node:path', 'child_process', 'path/posix'])('a browser bundle that imports %s fails to build, naming the importer', async name => {
        const entry = path.join(scratch, `uses-${name.replace(/\W/g, '-')}.ts`);
        writeFileSync(entry, `import * as m from '${name}';\nexport const used = m;\n`);
        const options = browserBundleOptions({ root: ROOT, outdir: scratch, production: true, version: 'test', format: 'iife' });
        await expect(esbuild.build({ ...options, entryPoints: [entry], write: false, logLevel: 'silent' }))
            .rejects.toThrow(new RegExp(`"${name}" is a Node built-in, imported by .*uses-`));
    });

    test('the worker, minified, is under 1 MB', async () => {
        const options = browserBundleOptions({ root: ROOT, outdir: scratch, production: true, version: 'test', format: 'iife' });
        const result = await esbuild.build({ ...options, entryPoints: { server: 'packages/web/src/server/main-browser.ts' }, write: false, sourcemap: false });
        const bytes = result.outputFiles.find(f => f.path.endsWith('server.js'))!.contents.byteLength;
        console.log(`web worker bundle, minified: ${(bytes / 1024).toFixed(0)} KB`);
        expect(bytes).toBeLessThan(1024 * 1024);
    }, 60_000);
});
