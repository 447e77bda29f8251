import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { formatGithub, type Problem } from '../../packages/cli/src/report.js';
import { ROOT } from '../support/paths.js';
import { pop } from './run-cli.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-github-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

const problem = (overrides: Partial<Problem>): Problem => ({
    file: 'plans/sam.pop', line: 3, column: 5, endLine: 3, endColumn: 9, severity: 'warning', code: 'smart.time-bound.no-end', message: 'No end.', ...overrides,
});

describe('pop check --format github', { timeout: 60_000 }, () => {
    test('prints one workflow command per problem, with its range and rule as the title', () => {
        const result = pop(['check', 'examples/en/not-smart.pop', 'examples/shared', '--today', '2027-06-01', '--format', 'github']);
        const lines = result.stdout.trim().split('\n');
        expect(lines.length).toBeGreaterThan(5);
        for (const line of lines) {
            expect(line).toMatch(/^::(error|warning|notice) file=examples\/en\/not-smart\.pop,line=\d+,col=\d+,endLine=\d+,endColumn=\d+,title=[a-z-]+(\.[a-z-]+)+::\S/);
        }
        expect(lines).toContain("::warning file=examples/en/not-smart.pop,line=73,col=10,endLine=73,endColumn=20,title=smart.time-bound.no-end::Goal 'onboarding' has no end date. Add 'end YYYY-MM-DD': when must the result be reached?");
        // The summary stays in the log, and the exit code is pop check's.
        expect(result.stderr).toMatch(/^\d+ errors?, \d+ warnings?, \d+ infos? in 2 files\.\n$/);
        expect(result.code).toBe(1);
    });

    test('maps error, warning, info and hint to error, warning, notice and notice', () => {
        const commands = formatGithub(['error', 'warning', 'info', 'hint'].map(severity => problem({ severity: severity as Problem['severity'] })))
            .trim().split('\n').map(line => line.slice(0, line.indexOf(' ')));
        expect(commands).toEqual(['::error', '::warning', '::notice', '::notice']);
    });

    test('escapes % CR LF in the message, and also : and , in properties', () => {
        const line = formatGithub([problem({ file: 'a,b:c%.pop', message: '50% done\r\nnext: a, b' })]);
        expect(line).toBe('::warning file=a%2Cb%3Ac%25.pop,line=3,col=5,endLine=3,endColumn=9,title=smart.time-bound.no-end::50%25 done%0D%0Anext: a, b\n');
    });

    test('a file name with a comma still lands on its file', () => {
        const folder = mkdtempSync(path.join(temp, 'x-'));
        writeFileSync(path.join(folder, 'a,b.pop'), 'plan "P" {\n    language en\n    goal g "G" { start 2027-02-01 end 2027-01-01 }\n}\n');
        const result = pop(['check', 'a,b.pop', '--no-project', '--today', '2027-01-01', '--format', 'github'], { cwd: folder });
        expect(result.stdout).toMatch(/^::error file=a%2Cb\.pop,line=3,/m);
    });
});

describe('the pre-commit hook', () => {
    const text = readFileSync(path.join(ROOT, '.pre-commit-hooks.yaml'), 'utf8');
    /** The hooks of the file: a list of flat mappings, which is all pre-commit's hook format needs here. */
    const hooks = text.split(/^- /m).slice(1).map(block => Object.fromEntries(block.split('\n')
        .map(line => /^\s*([a-z_]+): (.*)$/.exec(line)).filter(m => m !== null).map(m => [m[1], m[2]])));

    test('runs pop check on .pop files, installed as a node package', () => {
        expect(hooks).toHaveLength(1);
        expect(hooks[0]).toMatchObject({ id: 'pop-check', entry: 'pop check', language: 'node', files: '\\.pop$' });
        // The entry's command is the package's own.
        const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { bin: Record<string, string> };
        expect(Object.keys(manifest.bin)).toContain(hooks[0].entry.split(' ')[0]);
        expect(new RegExp(hooks[0].files).test('plans/sam.pop')).toBe(true);
        expect(new RegExp(hooks[0].files).test('plans/sam.pop.bak')).toBe(false);
    });

    test('is a YAML list of mappings without tabs, and every hook has the keys pre-commit requires', () => {
        expect(text).not.toContain('\t');
        for (const hook of hooks) expect(Object.keys(hook)).toEqual(expect.arrayContaining(['id', 'name', 'entry', 'language']));
    });
});
