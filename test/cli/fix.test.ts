import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, lstatSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applyPatch } from 'diff';
import { afterAll, describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import type { PopCodeActionProvider } from '../../packages/language/src/index.js';
import type { Io } from '../../packages/cli/src/check.js';
import { readSource } from '../../packages/cli/src/files.js';
import { applySafeFixes, writeFixes } from '../../packages/cli/src/safe-fixes.js';
import { loadWorkspace } from '../../packages/cli/src/workspace.js';
import { pop } from './run-cli.js';

// `pop fix` applies the editor's "fix all" from the command line: the preferred fixes only, written back whole.

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-fix-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const SETTINGS = ['--today', '2027-03-01', '--no-project'];

/** Two fixable problems (reversed dates: an error; no end date: a warning) among comments of every kind. */
const PLAN = `// Sam's plan. /* not a block */
plan "P" {
    language en
    /* The goals,
       in order. */
    goal talks "Present to the board" { // trailing
        specific "Gives 4 talks to the board"
        measurable 4 talks
        method "Agenda of the board" // how
        acceptable by employee, manager
        realistic "Coaching is arranged"
        start 2027-06-30 // was planned later
        end 2027-01-01
    }
    goal writing "Write to the board" {
        specific "Writes 6 reports for the board by 1 April"
        measurable 6 reports
        method "Reports in the shared folder"
        acceptable by employee, manager
        realistic "Two hours a month" /* agreed */
        start 2027-01-01
        // no end yet
    }
}
`;
const FIXED = PLAN
    .replace('start 2027-06-30 // was planned later\n        end 2027-01-01', 'start 2027-01-01 // was planned later\n        end 2027-06-30')
    .replace('        // no end yet\n', '        // no end yet\n        end 2027-04-01\n');

let count = 0;
function planFile(text = PLAN, name = 'plan.pop'): string {
    const folder = mkdtempSync(path.join(temp, `case-${++count}-`));
    const file = path.join(folder, name);
    writeFileSync(file, text);
    return file;
}

function codesPopCheckReports(file: string): string[] {
    const result = pop(['check', path.basename(file), ...SETTINGS, '--format', 'json'], { cwd: path.dirname(file) });
    return (JSON.parse(result.stdout) as Array<{ code: string }>).map(p => p.code);
}

describe('pop fix', { timeout: 60_000 }, () => {
    test('applies the safe fixes, says what it fixed per file by rule, and exits as pop check on the result', () => {
        const file = planFile();
        expect(codesPopCheckReports(file)).toEqual(expect.arrayContaining(['smart.time-bound.end-before-start', 'smart.time-bound.no-end']));
        const result = pop(['fix', 'plan.pop', ...SETTINGS], { cwd: path.dirname(file) });
        expect(readFileSync(file, 'utf8')).toBe(FIXED);
        expect(result.stdout).toBe('plan.pop: fixed 2 problems: smart.time-bound.end-before-start, smart.time-bound.no-end\n');
        expect(result.stderr).toMatch(/^Fixed 2 problems in 1 of 1 file\.\n0 errors, \d+ warnings?, \d+ infos? in 1 file\.\n$/);
        expect(result.code).toBe(0);
        expect(codesPopCheckReports(file)).not.toContain('smart.time-bound.end-before-start');
        expect(codesPopCheckReports(file)).not.toContain('smart.time-bound.no-end');
    });

    test('is idempotent: a second run finds nothing to fix and leaves the bytes alone', () => {
        const file = planFile();
        pop(['fix', 'plan.pop', ...SETTINGS], { cwd: path.dirname(file) });
        const once = readFileSync(file);
        const again = pop(['fix', 'plan.pop', ...SETTINGS], { cwd: path.dirname(file) });
        expect(again.stdout).toBe('');
        expect(again.stderr).toMatch(/^Nothing to fix in 1 file\.\n/);
        expect(readFileSync(file).equals(once)).toBe(true);
    });

    test('keeps every comment, and every byte of text that only gains lines', () => {
        const file = planFile();
        pop(['fix', 'plan.pop', ...SETTINGS, '--rule', 'smart.time-bound.no-end'], { cwd: path.dirname(file) });
        const fixed = readFileSync(file, 'utf8');
        for (const comment of PLAN.match(/\/\/[^\n]*|\/\*[\s\S]*?\*\//g)!) expect(fixed).toContain(comment);
        // An insertion-only fix: the original text is still there, in order, with only new characters between.
        let at = 0;
        for (const char of PLAN) at = fixed.indexOf(char, at) + 1;
        expect(at).toBeGreaterThan(0);
        expect(fixed.length).toBeGreaterThan(PLAN.length);
    });

    test('--dry-run writes nothing and prints a unified diff that turns the file into what pop fix writes', () => {
        const file = planFile();
        const result = pop(['fix', 'plan.pop', ...SETTINGS, '--dry-run'], { cwd: path.dirname(file) });
        expect(readFileSync(file, 'utf8')).toBe(PLAN);
        expect(result.stdout).toMatch(/^--- a\/plan\.pop\n\+\+\+ b\/plan\.pop\n@@ -\d+,\d+ \+\d+,\d+ @@\n/);
        expect(result.stdout).toContain('\n-        end 2027-01-01\n');
        expect(result.stdout).toContain('\n+        end 2027-04-01\n');
        expect(applyPatch(PLAN, result.stdout)).toBe(FIXED);
        expect(result.stderr).toMatch(/^plan\.pop: would fix 2 problems: .*\nWould fix 2 problems in 1 of 1 file; nothing was written \(--dry-run\)\.\n/);
        // The exit code is that of the result: the reversed dates, an error now, would be gone.
        expect(result.code).toBe(0);
    });

    test('--rule limits the fixes to a rule or a group of rules; the exit code follows what is left', () => {
        const only = planFile();
        const result = pop(['fix', 'plan.pop', ...SETTINGS, '--rule', 'smart.time-bound.no-end'], { cwd: path.dirname(only) });
        expect(result.stdout).toBe('plan.pop: fixed 1 problem: smart.time-bound.no-end\n');
        expect(codesPopCheckReports(only)).toContain('smart.time-bound.end-before-start');
        expect(result.code).toBe(1);

        const group = planFile();
        pop(['fix', 'plan.pop', ...SETTINGS, '--rule', 'smart.time-bound'], { cwd: path.dirname(group) });
        expect(readFileSync(group, 'utf8')).toBe(FIXED);

        const unknown = pop(['fix', 'plan.pop', ...SETTINGS, '--rule', 'smart.nonsense'], { cwd: path.dirname(group) });
        expect(unknown.stderr).toBe("pop: unknown rule 'smart.nonsense'. Run 'pop explain' for the list of rules.\n");
        expect(unknown.code).toBe(2);
    });

    test('--rule CODE=SEVERITY sets a severity as in pop check, and --max-warnings counts the result', () => {
        const file = planFile();
        const off = pop(['fix', 'plan.pop', ...SETTINGS, '--rule', 'smart.time-bound.no-end=off'], { cwd: path.dirname(file) });
        expect(off.stdout).toBe('plan.pop: fixed 1 problem: smart.time-bound.end-before-start\n');
        expect(off.code).toBe(0);
        const strict = pop(['fix', 'plan.pop', ...SETTINGS, '--max-warnings', '0'], { cwd: path.dirname(file) });
        expect(strict.stderr).toMatch(/Too many warnings: \d+, more than --max-warnings 0\.\n$/);
        expect(strict.code).toBe(1);
    });

    test('usage problems exit 2', () => {
        expect(pop(['fix']).code).toBe(2);
        expect(pop(['fix', 'examples', '--format', 'json']).stderr).toBe("pop: unknown option '--format'. Run 'pop fix --help' for the options.\n");
        const help = pop(['fix', '--help']);
        expect(help.stdout).toMatch(/^Usage: pop fix <file\|folder>\.\.\. \[--dry-run\] \[--rule CODE\]/);
        expect(help.code).toBe(0);
    });

    test('pop check --fix fixes, then reports what is left; JSON on stdout stays JSON', () => {
        const file = planFile();
        const result = pop(['check', '--fix', 'plan.pop', ...SETTINGS, '--format', 'json'], { cwd: path.dirname(file) });
        expect(readFileSync(file, 'utf8')).toBe(FIXED);
        const left = (JSON.parse(result.stdout) as Array<{ code: string }>).map(p => p.code);
        expect(left).not.toContain('smart.time-bound.no-end');
        expect(left.length).toBeGreaterThan(0);
        expect(result.stderr).toBe('plan.pop: fixed 2 problems: smart.time-bound.end-before-start, smart.time-bound.no-end\n');
        expect(result.code).toBe(0);
        // Without --fix, a bare rule code is not a severity setting.
        expect(pop(['check', 'plan.pop', '--rule', 'smart.time-bound'], { cwd: path.dirname(file) }).code).toBe(2);
    });

    test('a CRLF file gets CRLF lines, a byte order mark and the permissions stay, a link stays a link', () => {
        const crlf = PLAN.replace(/\n/g, '\r\n');
        const file = planFile('\ufeff' + crlf, 'real.pop');
        chmodSync(file, 0o640);
        const link = path.join(path.dirname(file), 'plan.pop');
        symlinkSync(file, link);
        const result = pop(['fix', 'plan.pop', ...SETTINGS], { cwd: path.dirname(file) });
        expect(result.stdout).toMatch(/^plan\.pop: fixed 2 problem/);
        expect(readFileSync(file, 'utf8')).toBe('\ufeff' + FIXED.replace(/\n/g, '\r\n'));
        expect(statSync(file).mode & 0o777).toBe(0o640);
        expect(lstatSync(link).isSymbolicLink()).toBe(true);
    });

    test('a file with a syntax error still gets the fixes that add none', () => {
        const broken = PLAN.replace('    language en\n', '    language en\n    goal "no name" {}\n');
        const file = planFile(broken);
        const before = pop(['check', 'plan.pop', ...SETTINGS, '--format', 'json'], { cwd: path.dirname(file) });
        const syntax = (JSON.parse(before.stdout) as Array<{ code: string }>).filter(p => p.code.startsWith('syntax'));
        expect(syntax.length).toBeGreaterThan(0);
        const result = pop(['fix', 'plan.pop', ...SETTINGS, '--rule', 'smart.time-bound.no-end'], { cwd: path.dirname(file) });
        expect(result.stdout).toBe('plan.pop: fixed 1 problem: smart.time-bound.no-end\n');
        expect(readFileSync(file, 'utf8')).toContain('        // no end yet\n        end 2027-04-01\n');
        expect(result.code).toBe(1);
    });
});

describe('the syntax guard', { timeout: 60_000 }, () => {
    const io = (): Io & { out: string[] } => {
        const out: string[] = [];
        return { out, stdout: s => out.push(s), stderr: s => out.push(s), color: false, cwd: temp, version: 'test' };
    };

    test('a file that a fix would give a syntax error is left untouched, and says so', async () => {
        const file = planFile();
        const source = readSource(file, 'en', temp);
        const workspace = await loadWorkspace([source], { today: '2027-03-01' });
        // A preferred fix that breaks the text: no real fix does, so one is put in the provider's place.
        const provider = workspace.services.Pop.lsp.CodeActionProvider as PopCodeActionProvider;
        provider.fixesForDiagnostic = (_document, diagnostic: Diagnostic) => [{ title: 'break', preferred: true, edits: [{ range: diagnostic.range, newText: '{ "' }] }];
        const fixes = await applySafeFixes(workspace, () => true);
        expect(fixes[0].addsSyntaxError).toBe(true);
        expect(fixes[0].text).toBe(PLAN);
        const output = io();
        const written = await writeFixes(workspace, fixes, 'en', output);
        expect(written.lines).toEqual([`${source.display}: left unchanged, because the fixes would add a syntax error. Please report this.`]);
        expect(readFileSync(file, 'utf8')).toBe(PLAN);
        // What is reported afterwards is the file as it is.
        expect(workspace.documents[0].document.textDocument.getText()).toBe(PLAN);
    });

    test('a file changed on disk while it was fixed is not overwritten', async () => {
        const file = planFile();
        const workspace = await loadWorkspace([readSource(file, 'en', temp)], { today: '2027-03-01' });
        const fixes = await applySafeFixes(workspace, () => true);
        writeFileSync(file, PLAN + '// edited meanwhile\n');
        const written = await writeFixes(workspace, fixes, 'en', io());
        expect(written.lines[0]).toMatch(/left unchanged, because the file changed while pop fix was running/);
        expect(readFileSync(file, 'utf8')).toBe(PLAN + '// edited meanwhile\n');
    });
});
