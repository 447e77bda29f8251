/** `pop verify`: whether a plan's text is still what its fingerprint was taken of, as a child process. */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderPerTest } from '../support/example-folders.js';
import { pop } from './run-cli.js';

const folder = folderPerTest('verify', ['en/example.pop', 'nl/voorbeeld.pop']);

const run = (args: string[], env: NodeJS.ProcessEnv = {}) => pop(['verify', ...args], { cwd: folder(), env });
const edit = (file: string, change: (text: string) => string) => {
    const full = path.join(folder(), file);
    const before = readFileSync(full, 'utf8');
    const after = change(before);
    expect(after).not.toBe(before);
    writeFileSync(full, after);
};

function fingerprintOf(file: string): string {
    const result = run([file, '--format', 'json']);
    expect(result.code).toBe(0);
    return JSON.parse(result.stdout).fingerprint as string;
}

describe('pop verify', { timeout: 60_000 }, () => {
    test('without --fingerprint prints the plan\'s fingerprint, grouped as the page shows it', () => {
        const fingerprint = fingerprintOf('example.pop');
        expect(fingerprint).toMatch(/^[0-9a-f]{64}$/);
        const result = run(['example.pop']);
        expect(result).toMatchObject({ code: 0, stderr: '' });
        expect(result.stdout).toBe(`example.pop: fingerprint ${fingerprint.match(/.{8}/g)!.join(' ')}\n`);
    });

    test('exit 0 when the text still matches, in either language and however the fingerprint is pasted', () => {
        const fingerprint = fingerprintOf('example.pop');
        const grouped = fingerprint.match(/.{8}/g)!.join(' ');
        const english = run(['example.pop', '--fingerprint', grouped.toUpperCase()]);
        expect(english).toMatchObject({ code: 0, stderr: '' });
        expect(english.stdout).toContain('example.pop: the text matches fingerprint');
        const dutch = run(['example.pop', '--fingerprint', fingerprint, '--locale', 'nl']);
        expect(dutch).toMatchObject({ code: 0, stderr: '' });
        expect(dutch.stdout).toContain('example.pop: de tekst komt overeen met vingerafdruk');
    });

    test('a Dutch plan is answered in Dutch when neither --locale nor the environment names a language', () => {
        const fingerprint = fingerprintOf('voorbeeld.pop');
        const result = run(['voorbeeld.pop', '--fingerprint', fingerprint], { LANG: 'C.UTF-8' });
        expect(result.code).toBe(0);
        expect(result.stdout).toContain('de tekst komt overeen');
    });

    test('stays 0 after reformatting, new comments, another line ending and a corrected signature date', () => {
        const fingerprint = fingerprintOf('example.pop');
        edit('example.pop', text => ('// signed copy\n' + text)
            .replace('manager "Mark Jansen" on 2027-01-10', 'manager "Mark Jansen" on 2027-01-12')
            .replace(/^ {4}/gm, '  ')
            .replace(/\n/g, '\r\n'));
        expect(run(['example.pop', '--fingerprint', fingerprint]).code).toBe(0);
    });

    test('exit 1 when something agreed has changed, naming both fingerprints, in both languages', () => {
        const fingerprint = fingerprintOf('example.pop');
        edit('example.pop', text => text.replace('period 2027-01-01 to 2027-12-31', 'period 2027-01-01 to 2027-10-31'));
        const now = fingerprintOf('example.pop');
        expect(now).not.toBe(fingerprint);
        const english = run(['example.pop', '--fingerprint', fingerprint]);
        expect(english.code).toBe(1);
        expect(english.stdout).toContain('the text does not match fingerprint');
        expect(english.stdout).toContain(now.slice(0, 8));
        const dutch = run(['example.pop', '--fingerprint', fingerprint, '--locale', 'nl']);
        expect(dutch.code).toBe(1);
        expect(dutch.stdout).toContain('de tekst komt niet overeen met vingerafdruk');
        const json = run(['example.pop', '--fingerprint', fingerprint, '--format', 'json']);
        expect(json.code).toBe(1);
        expect(JSON.parse(json.stdout)).toEqual({ file: 'example.pop', fingerprint: now, expected: fingerprint, matches: false });
    });

    test('exit 2 with one clear line for a malformed fingerprint, a missing file, several files or no file', () => {
        const fingerprint = fingerprintOf('example.pop');
        const cases: Array<[string[], RegExp]> = [
            [['example.pop', '--fingerprint', fingerprint.slice(0, 12)], /invalid value '[0-9a-f]{12}' for --fingerprint/],
            [['example.pop', '--fingerprint', 'zz'], /invalid value 'zz' for --fingerprint/],
            [['missing.pop', '--fingerprint', fingerprint], /cannot read 'missing.pop'/],
            [['.', '--fingerprint', fingerprint], /one file at a time; 2 files were given/],
            [['--fingerprint', fingerprint], /no files given/],
            [['example.pop', '--format', 'xml'], /invalid value 'xml' for --format/],
        ];
        for (const [args, message] of cases) {
            const result = run(args);
            expect(result.code, args.join(' ')).toBe(2);
            expect(result.stdout).toBe('');
            expect(result.stderr).toMatch(message);
            expect(result.stderr.trim().split('\n')).toHaveLength(1);
        }
        const dutch = run(['example.pop', '--fingerprint', 'zz', '--locale', 'nl']);
        expect(dutch.code).toBe(2);
        expect(dutch.stderr).toContain("ongeldige waarde 'zz' voor --fingerprint");
    });
});
