import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

/** The names of every entry of a zip file (a .vsix is one). */
function zipEntries(file: string): Promise<string[]> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (error, zip) => {
            if (error || !zip) return reject(error);
            const names: string[] = [];
            zip.on('entry', (entry: yauzl.Entry) => { names.push(entry.fileName); zip.readEntry(); });
            zip.on('end', () => resolve(names));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}

/**
 * Packs the extension with vsce exactly as 'npm run package' does after its build, but into a temporary
 * folder and from the dist/ the test run already built, so that no other test sees dist/ change under it.
 */
describe('the packaged .vsix', { timeout: 120_000 }, () => {
    let folder: string;
    let vsix: string;
    let entries: string[];

    beforeAll(async () => {
        folder = mkdtempSync(path.join(os.tmpdir(), 'pop-vsix-'));
        vsix = path.join(folder, `${manifest.name}-${manifest.version}.vsix`);
        const vsce = path.join(ROOT, 'node_modules/.bin/vsce');
        await promisify(execFile)(vsce, ['package', '--no-dependencies', '--out', vsix], { cwd: ROOT });
        entries = await zipEntries(vsix);
    });
    afterAll(() => rmSync(folder, { recursive: true, force: true }));

    it("is what 'npm run package' makes: vsce without dependencies, after a build", () => {
        expect(manifest.scripts.package).toMatch(/npm run build/);
        expect(manifest.scripts.package).toMatch(/vsce package --no-dependencies/);
    });

    it('holds the manifest, both bundles, grammar, language configuration, snippets, README, licence and icon', () => {
        const expected = [
            'extension/package.json',
            'extension/package.nls.json',
            'extension/package.nls.nl.json',
            manifest.main,
            'dist/server.cjs',
            'dist/server-language.cjs',
            manifest.browser,
            'dist/web/server.js',
            manifest.contributes.grammars[0].path,
            manifest.contributes.languages[0].configuration,
            ...manifest.contributes.snippets.map((s: { path: string }) => s.path),
            manifest.icon,
            'extension/readme.md',
            'extension/LICENSE.txt',
        ].map(p => (p.startsWith('extension/') ? p : `extension/${path.posix.normalize(p)}`).toLowerCase());
        const present = entries.map(e => e.toLowerCase());
        expect(expected.filter(e => !present.includes(e))).toEqual([]);
    });

    it('holds no sources, source maps, tests, examples or dependencies', () => {
        const unwanted = entries.filter(e => /\.(ts|map|mjs|langium)$/.test(e) || /^extension\/(node_modules|test|examples|packages\/(?!extension\/snippets\/))/.test(e));
        expect(unwanted).toEqual([]);
    });

    it('activates on the pop language and starts from the bundled client', () => {
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.activationEvents).toContain('onLanguage:pop');
        // The size, for the README; a production build ('npm run package') is smaller than a test build.
        console.log(`vsix: ${entries.length} entries, ${Math.round(statSync(vsix).size / 1024)} KB`);
    });
});
