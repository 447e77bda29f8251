import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import yauzl from 'yauzl';
import { ROOT } from '../support/paths.js';

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

/** The text of one entry of a zip file. */
function zipText(file: string, name: string): Promise<string> {
    return new Promise((resolve, reject) => {
        yauzl.open(file, { lazyEntries: true }, (error, zip) => {
            if (error || !zip) return reject(error);
            zip.on('entry', (entry: yauzl.Entry) => {
                if (entry.fileName !== name) return zip.readEntry();
                zip.openReadStream(entry, (streamError, stream) => {
                    if (streamError || !stream) return reject(streamError);
                    const chunks: Buffer[] = [];
                    stream.on('data', (chunk: Buffer) => chunks.push(chunk));
                    stream.on('end', () => { zip.close(); resolve(Buffer.concat(chunks).toString('utf8')); });
                    stream.on('error', reject);
                });
            });
            zip.on('end', () => reject(new Error(`${name} is not in ${file}`)));
            zip.on('error', reject);
            zip.readEntry();
        });
    });
}

/** The arguments 'npm run package' gives vsce, so that the test packs exactly as the script does. */
const vsceArgs = /\bvsce (.+)$/.exec(manifest.scripts.package)?.[1].split(/\s+/) ?? [];
const EXTENSION_README = 'packages/extension/README.md';

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
        await promisify(execFile)(vsce, [...vsceArgs, '--out', vsix], { cwd: ROOT });
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

    it("ships the README written for extension users, not the repository's", async () => {
        expect(vsceArgs.join(' ')).toContain(`--readme-path ${EXTENSION_README}`);
        const source = readFileSync(path.join(ROOT, EXTENSION_README), 'utf8');
        const shipped = await zipText(vsix, 'extension/readme.md');
        expect(shipped).toBe(source);
        expect(shipped.split('\n').length).toBeLessThanOrEqual(150);
        expect(shipped).not.toMatch(/^#+ .*Performance/im);
        expect(shipped).toMatch(/^## Commands$/m);
        expect(shipped).toMatch(/^## Settings$/m);
        expect(entries.filter(e => /readme/i.test(e))).toEqual(['extension/readme.md']);
    });

    it("links only to absolute addresses: vsce resolves relative links against the repository's root", () => {
        const source = readFileSync(path.join(ROOT, EXTENSION_README), 'utf8');
        const targets = [...source.matchAll(/\]\(([^)\s]+)\)/g)].map(m => m[1]);
        expect(targets.length).toBeGreaterThan(0);
        expect(targets.filter(t => !/^https:\/\//.test(t))).toEqual([]);
    });

    it('activates on the pop language and starts from the bundled client', () => {
        expect(manifest.main).toBe('./dist/extension.cjs');
        expect(manifest.activationEvents).toContain('onLanguage:pop');
        // The size, for docs/editor.md; a production build ('npm run package') is smaller than a test build.
        console.log(`vsix: ${entries.length} entries, ${Math.round(statSync(vsix).size / 1024)} KB`);
    });
});
