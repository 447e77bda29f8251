/**
 * `pop render --pdf`: an A4 PDF printed by the Chromium on the machine. The pages are turned into images with
 * poppler's pdftoppm (kept in test-results/ for a person to look at), counted and checked for ink; the text per
 * page shows that no goal's header ends a page and that the sign-off block stays whole.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pop } from '../cli/run-cli.js';
import { POP, ROOT } from '../support/paths.js';
import { makeTeamFolder, type TeamFolder } from './team-folder.js';
import { TODAY } from '../support/services.js';

const RESULTS = path.join(ROOT, 'test-results');
const EXAMPLE = readFileSync(path.join(ROOT, 'examples/en/example.pop'), 'utf8');
const SHARED = readFileSync(path.join(ROOT, 'examples/shared/organisatiedoelen.pop'), 'utf8');

let folder: TeamFolder;
beforeAll(() => { folder = makeTeamFolder({ 'example.pop': EXAMPLE, 'organisatiedoelen.pop': SHARED }); });
afterAll(() => folder.remove());

function pageCount(pdf: string): number {
    return Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
}

/** The share of pixels on a page that are not (nearly) white, from a greyscale PGM. */
function ink(pgm: Buffer): number {
    const header = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(pgm.subarray(0, 40).toString('latin1'))!;
    const pixels = pgm.subarray(header[0].length);
    let dark = 0;
    for (const value of pixels) if (value < 200) dark++;
    return dark / pixels.length;
}

function pageText(pdf: string, page: number): string[] {
    return execFileSync('pdftotext', ['-layout', '-f', String(page), '-l', String(page), pdf, '-'], { encoding: 'utf8' })
        .split('\n').map(l => l.trim()).filter(l => l !== '' && !/^\d+ \/ \d+$/.test(l));
}

describe('pop render --pdf', { timeout: 120_000 }, () => {
    test('prints A4 pages with ink on every one, goal headers never end a page, and the sign-off stays whole', () => {
        const result = pop(['render', 'team/example.pop', '--pdf', '--today', TODAY], { cwd: folder.root });
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
        const pdf = path.join(folder.team, 'example.pdf');
        expect(readFileSync(pdf).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        expect(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' })).toMatch(/Page size:\s+59[45](\.\d+)? x 84[12](\.\d+)? pts \(A4\)/);
        const pages = pageCount(pdf);
        expect(pages).toBeGreaterThanOrEqual(2);

        mkdirSync(RESULTS, { recursive: true });
        for (const old of readdirSync(RESULTS).filter(f => f.startsWith('pdf-example-'))) rmSync(path.join(RESULTS, old));
        execFileSync('pdftoppm', ['-png', '-r', '50', pdf, path.join(RESULTS, 'pdf-example')]);
        expect(readdirSync(RESULTS).filter(f => /^pdf-example-\d+\.png$/.test(f))).toHaveLength(pages);
        const grey = path.join(folder.root, 'grey');
        execFileSync('pdftoppm', ['-gray', '-r', '50', pdf, grey]);
        const greyPages = readdirSync(folder.root).filter(f => f.startsWith('grey')).sort();
        expect(greyPages).toHaveLength(pages);
        for (const page of greyPages) expect(ink(readFileSync(path.join(folder.root, page))), page).toBeGreaterThan(0.005);

        const titles = ['Grow into department manager', 'Present convincingly', 'Shorter waiting time on the phone'];
        const texts = Array.from({ length: pages }, (_, i) => pageText(pdf, i + 1));
        for (const [i, lines] of texts.entries()) {
            expect(titles, `page ${i + 1} ends with a goal's title`).not.toContain(lines.at(-1));
        }
        const signOffPage = texts.findIndex(lines => lines.includes('Sign-off'));
        expect(signOffPage).toBeGreaterThanOrEqual(0);
        expect(texts[signOffPage].some(l => l.includes('Mark Jansen') && l.includes('10 Jan 2027'))).toBe(true);
    });

    test('without Chromium: one line saying how to get one, exit 2, nothing written', () => {
        const result = pop(['render', 'team/example.pop', '--pdf', '-o', 'none.pdf'], { cwd: folder.root, env: { POP_CHROMIUM: path.join(folder.root, 'no-chromium') } });
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('pop: cannot print to PDF: no Chromium found. Install it (Debian: "apt-get install chromium") or set POP_CHROMIUM to its path.\n');
        expect(readdirSync(folder.root)).not.toContain('none.pdf');
    });

    test('without playwright-core: one line saying how to get it, exit 2', () => {
        // The CLI on its own, away from the project's node_modules.
        const alone = makeTeamFolder({ 'example.pop': EXAMPLE });
        try {
            mkdirSync(path.join(alone.root, 'dist'));
            mkdirSync(path.join(alone.root, 'packages/cli/bin'), { recursive: true });
            copyFileSync(path.join(ROOT, 'dist/cli.cjs'), path.join(alone.root, 'dist/cli.cjs'));
            copyFileSync(POP, path.join(alone.root, 'packages/cli/bin/pop.cjs'));
            const result = execFileSyncResult(path.join(alone.root, 'packages/cli/bin/pop.cjs'), ['render', 'team/example.pop', '--pdf'], alone.root);
            expect(result.code).toBe(2);
            expect(result.stderr).toBe('pop: cannot print to PDF: playwright-core is not installed. Install it with "npm install playwright-core".\n');
        } finally {
            alone.remove();
        }
    });

    test('--pdf cannot write to standard output', () => {
        const result = pop(['render', 'team/example.pop', '--pdf', '-o', '-'], { cwd: folder.root });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain('--pdf writes a file');
    });
});

function execFileSyncResult(script: string, args: string[], cwd: string): { code: number | null; stderr: string } {
    try {
        execFileSync(process.execPath, [script, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '' } });
        return { code: 0, stderr: '' };
    } catch (error) {
        const e = error as { status: number | null; stderr: string };
        return { code: e.status, stderr: e.stderr };
    }
}
