/**
 * Bad input to the command line, as a user meets it: one line on stderr that names the problem,
 * exit code 2, no stack trace, and nothing written. Plans are never overwritten, and output appears
 * all at once (written beside the target and renamed over it).
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POP } from '../support/paths.js';
import { pop, type CliResult } from './run-cli.js';

const PLAN = 'plan "Plan" {\n    employee "Sam"\n}\n';
let work: string;

beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pop-cli-errors-'));
    // Readable by everyone, so the same folder works for the unprivileged run below.
    chmodSync(work, 0o755);
    writeFileSync(path.join(work, 'plan.pop'), PLAN);
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function inWork(...parts: string[]): string {
    return path.join(work, ...parts);
}

/** The shape of every refusal: exit 2, one line on stderr naming the thing, nothing on stdout, no trace. */
function expectOneLineRefusal(result: CliResult, mentions: RegExp): void {
    expect(result.code, result.stderr).toBe(2);
    expect(result.stdout).toBe('');
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^pop: /);
    expect(lines[0]).toMatch(mentions);
    expect(result.stderr).not.toMatch(/\n\s+at |Error:|node:internal|\.ts:\d+|\.cjs:\d+/);
}

function tempFilesIn(folder: string): string[] {
    return readdirSync(folder).filter(name => name.endsWith('.tmp'));
}

describe('pop check refuses bad input with one line and exit code 2', { timeout: 60_000 }, () => {
    test('a missing file', () => {
        expectOneLineRefusal(pop(['check', 'nowhere.pop'], { cwd: work }), /nowhere\.pop.*no such file/);
    });

    test('a path through a file', () => {
        expectOneLineRefusal(pop(['check', 'plan.pop/inner.pop'], { cwd: work }), /plan\.pop\/inner\.pop/);
    });

    test('a folder with no .pop files', () => {
        mkdirSync(inWork('empty'), { recursive: true });
        writeFileSync(inWork('empty', 'notes.txt'), 'not a plan');
        expectOneLineRefusal(pop(['check', 'empty'], { cwd: work }), /no \.pop files.*empty/);
    });

    test('an unreadable file (run unprivileged when the tests run as root, since root reads anything)', () => {
        const file = inWork('secret.pop');
        writeFileSync(file, PLAN);
        chmodSync(file, 0o000);
        const asRoot = process.getuid?.() === 0;
        const result = spawnSync(process.execPath, [POP, 'check', file], {
            cwd: work, encoding: 'utf8', timeout: 60_000,
            env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
            ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
        });
        expectOneLineRefusal({ code: result.status, stdout: result.stdout, stderr: result.stderr }, /secret\.pop.*permission denied/);
    });

    test('a pipe named like a plan is refused at once instead of waiting for a writer', () => {
        const fifo = inWork('pipe.pop');
        const made = spawnSync('mkfifo', [fifo]);
        expect(made.status, 'mkfifo must exist on the test machine').toBe(0);
        expectOneLineRefusal(pop(['check', 'pipe.pop'], { cwd: work }), /pipe\.pop.*not a regular file/);
    });

    test('a symbolic link that points to itself', () => {
        symlinkSync('loop.pop', inWork('loop.pop'));
        expectOneLineRefusal(pop(['check', 'loop.pop'], { cwd: work }), /loop\.pop/);
    });

    test('a folder named like a plan is searched as a folder, and an empty one is refused', () => {
        mkdirSync(inWork('folder.pop'));
        expectOneLineRefusal(pop(['check', 'folder.pop'], { cwd: work }), /no \.pop files.*folder\.pop/);
    });

    test('a binary file', () => {
        writeFileSync(inWork('image.pop'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
        expectOneLineRefusal(pop(['check', 'image.pop'], { cwd: work }), /image\.pop.*binary/);
    });

    test('a file that is not UTF-8 (Latin-1 from an old editor) names the byte, counting from 1', () => {
        writeFileSync(inWork('latin1.pop'), Buffer.concat([Buffer.from('plan "Caf'), Buffer.from([0xe9]), Buffer.from('" {\n}\n')]));
        expectOneLineRefusal(pop(['check', 'latin1.pop'], { cwd: work }), /latin1\.pop.*UTF-8.*byte 10\b/);
    });

    test.each([
        [['check', '--nope', 'plan.pop'], /--nope/],
        [['check', '--format', 'xml', 'plan.pop'], /xml.*--format/],
        [['check', '--today', '2027-13-45', 'plan.pop'], /2027-13-45.*--today/],
        [['check', '--max-warnings', '-1', 'plan.pop'], /--max-warnings/],
        [['check', '--locale', 'fr', 'plan.pop'], /fr.*--locale/],
        [['check', '--rule', 'smart.nothing=off', 'plan.pop'], /smart\.nothing/],
        [['check', 'plan.pop', '--format'], /--format/],
        [['frobnicate'], /frobnicate/],
    ])('a wrong flag or value: %j', (args, mentions) => {
        expectOneLineRefusal(pop(args, { cwd: work }), mentions);
    });

    test('a config file that is not JSON', () => {
        writeFileSync(inWork('broken.json'), '{ "locale": ');
        expectOneLineRefusal(pop(['check', '--config', 'broken.json', 'plan.pop'], { cwd: work }), /broken\.json/);
    });
});

describe('pop render writes only the requested output, atomically, and never a plan', { timeout: 60_000 }, () => {
    test('an output path inside a missing folder', () => {
        expectOneLineRefusal(pop(['render', 'plan.pop', '-o', 'missing/deeper/plan.html'], { cwd: work }), /missing\/deeper/);
        expect(existsSync(inWork('missing'))).toBe(false);
    });

    test('a wrong flag or value for render', () => {
        expectOneLineRefusal(pop(['render', 'plan.pop', '--locale', 'xx'], { cwd: work }), /xx.*--locale/);
        expectOneLineRefusal(pop(['render', 'plan.pop', '--bogus'], { cwd: work }), /--bogus/);
    });

    test.each(['other.pop', 'plan.pop', 'SHOUTING.POP'])('refuses to write over a .pop file named as the output (%s)', name => {
        const target = inWork(name);
        if (name !== 'plan.pop') writeFileSync(target, 'plan "keep me" {\n}\n');
        const before = readFileSync(target);
        expectOneLineRefusal(pop(['render', 'plan.pop', '-o', name], { cwd: work }), /refusing|\.pop/i);
        expect(readFileSync(target)).toEqual(before);
        expect(tempFilesIn(work)).toEqual([]);
    });

    test('a symbolic link named as the output is replaced, never followed into the plan it points to', () => {
        const link = inWork('link.html');
        symlinkSync('plan.pop', link);
        const before = readFileSync(inWork('plan.pop'));
        const result = pop(['render', 'plan.pop', '-o', 'link.html'], { cwd: work });
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(inWork('plan.pop'))).toEqual(before);
        expect(readFileSync(link, 'utf8')).toMatch(/^<!DOCTYPE html>/i);
    });

    test('output is renamed into place: a reader holding the old file keeps the old text, and no temporary file remains', () => {
        const out = inWork('atomic.html');
        writeFileSync(out, 'old output');
        // A second name for the old file: an in-place rewrite would change it too, a rename does not.
        linkSync(out, inWork('held-by-reader.html'));
        const result = pop(['render', 'plan.pop', '-o', 'atomic.html'], { cwd: work });
        expect(result.code, result.stderr).toBe(0);
        expect(readFileSync(out, 'utf8')).toMatch(/Sam/);
        expect(readFileSync(inWork('held-by-reader.html'), 'utf8')).toBe('old output');
        expect(statSync(out).ino).not.toBe(statSync(inWork('held-by-reader.html')).ino);
        expect(tempFilesIn(work)).toEqual([]);
    });

    test('a refused render leaves an existing output as it was and no temporary file', () => {
        writeFileSync(inWork('broken.pop'), 'plan "Broken" {\n    goal g "t" {\n');
        writeFileSync(inWork('broken.html'), 'previous');
        const result = pop(['render', 'broken.pop', '--strict'], { cwd: work });
        expect(result.code).toBe(1);
        expect(result.stderr).not.toMatch(/\n\s+at /);
        expect(readFileSync(inWork('broken.html'), 'utf8')).toBe('previous');
        expect(tempFilesIn(work)).toEqual([]);
    });
});
