import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { RULE_CODES } from '../../packages/language/src/index.js';
import { pop } from './run-cli.js';

const CLEAN = ['examples/shared', 'examples/nl/voorbeeld.pop', 'examples/en/example.pop'];
const TODAY = ['--today', '2027-06-01'];
const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-check-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('pop check', { timeout: 60_000 }, () => {
    test('clean plans: exit 0 and a one-line summary', () => {
        const result = pop(['check', ...CLEAN, '--today', '2027-06-01']);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('No problems in 3 files.\n');
        expect(result.code).toBe(0);
    });

    test('text output looks like a compiler\'s: file:line:col severity code message', () => {
        const result = pop(['check', 'examples', ...TODAY]);
        expect(result.code).toBe(1);
        const lines = result.stdout.trim().split('\n');
        for (const line of lines) expect(line).toMatch(/^examples\/\S+\.pop:\d+:\d+ (error|warning|info|hint) [a-z-]+(\.[a-z-]+)+ \S/);
        expect(result.stdout).toContain("examples/nl/niet-smart.pop:73:10 warning smart.time-bound.no-end Doel 'inwerken' heeft geen einddatum.");
        expect(result.stdout).toContain("examples/en/not-smart.pop:73:10 warning smart.time-bound.no-end Goal 'onboarding' has no end date.");
        expect(result.stderr).toMatch(/^\d+ errors?, \d+ warnings?, \d+ infos? in 5 files\.\n$/);
    });

    test('every SMART criterion is broken at least once in the not-SMART examples', () => {
        const result = pop(['check', 'examples', ...TODAY, '--format', 'json']);
        const found = new Set((JSON.parse(result.stdout) as Array<{ code: string }>).map(p => p.code));
        for (const criterion of ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound']) {
            expect([...found].some(code => code.startsWith(`smart.${criterion}.`)), criterion).toBe(true);
        }
        expect([...found].some(code => code.startsWith('magie.'))).toBe(true);
        expect(found.has('er.starting-point')).toBe(true);
    });

    test('JSON output is one array of 1-based problems', () => {
        const result = pop(['check', 'examples/nl/niet-smart.pop', 'examples/shared', ...TODAY, '--format', 'json']);
        const problems = JSON.parse(result.stdout) as Array<Record<string, unknown>>;
        expect(Array.isArray(problems)).toBe(true);
        const noEnd = problems.find(p => p.code === 'smart.time-bound.no-end');
        expect(noEnd).toEqual({
            file: 'examples/nl/niet-smart.pop', line: 73, column: 10, endLine: 73, endColumn: 18,
            severity: 'warning', code: 'smart.time-bound.no-end',
            message: "Doel 'inwerken' heeft geen einddatum. Voeg 'eind JJJJ-MM-DD' toe: wanneer moet het resultaat er zijn?",
        });
        expect(result.stderr).toBe('');
    });

    test('SARIF output is 2.1.0 with every rule and its help link', () => {
        const result = pop(['check', 'examples/en/not-smart.pop', 'examples/shared', ...TODAY, '--format', 'sarif']);
        const log = JSON.parse(result.stdout);
        expect(log.version).toBe('2.1.0');
        const run = log.runs[0];
        expect(run.tool.driver.name).toBe('pop');
        expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULE_CODES);
        for (const rule of run.tool.driver.rules) expect(rule.helpUri).toBe(`https://github.com/pop-lang/pop/blob/main/docs/rules/${rule.id}.md`);
        const result0 = run.results.find((r: { ruleId: string }) => r.ruleId === 'smart.time-bound.no-end');
        expect(result0.level).toBe('warning');
        expect(run.tool.driver.rules[result0.ruleIndex].id).toBe('smart.time-bound.no-end');
        expect(result0.locations[0].physicalLocation.artifactLocation.uri).toBe('examples/en/not-smart.pop');
        expect(result0.locations[0].physicalLocation.region).toMatchObject({ startLine: 73, startColumn: 10 });
        expect(result.code).toBe(1);
    });

    test('--locale overrides the plan\'s language', () => {
        const result = pop(['check', 'examples/nl/niet-smart.pop', 'examples/shared', ...TODAY, '--locale', 'en', '--format', 'json']);
        const problems = JSON.parse(result.stdout) as Array<{ code: string; message: string }>;
        expect(problems.find(p => p.code === 'smart.time-bound.no-end')?.message).toBe("Goal 'inwerken' has no end date. Add 'end YYYY-MM-DD': when must the result be reached?");
    });

    test('--today decides what is overdue', () => {
        const early = pop(['check', 'examples/en/not-smart.pop', 'examples/shared', '--today', '2027-01-01', '--format', 'json']);
        const late = pop(['check', 'examples/en/not-smart.pop', 'examples/shared', '--today', '2027-06-01', '--format', 'json']);
        const overdue = (out: string) => (JSON.parse(out) as Array<{ code: string }>).filter(p => p.code === 'smart.time-bound.overdue').length;
        expect(overdue(early.stdout)).toBe(0);
        expect(overdue(late.stdout)).toBeGreaterThan(0);
    });

    describe('exit codes', () => {
        const warningsOnly = path.join(temp, 'warnings.pop');
        writeFileSync(warningsOnly, 'plan "P" { employee "A" manager "B" period 2027-01-01 to 2027-12-31 goal g "G" { specific "Give 4 talks" } }\n');

        test('warnings alone exit 0, unless there are more than --max-warnings', () => {
            const unlimited = pop(['check', warningsOnly, ...TODAY]);
            expect(unlimited.code).toBe(0);
            const count = (unlimited.stdout.match(/ warning /g) ?? []).length;
            expect(count).toBeGreaterThan(2);
            expect(pop(['check', warningsOnly, ...TODAY, '--max-warnings', String(count)]).code).toBe(0);
            const over = pop(['check', warningsOnly, ...TODAY, '--max-warnings', String(count - 1)]);
            expect(over.code).toBe(1);
            expect(over.stderr).toContain(`Too many warnings: ${count}, more than --max-warnings ${count - 1}.`);
        });

        test('--rule changes severities, and off silences a rule', () => {
            const upgraded = pop(['check', warningsOnly, ...TODAY, '--rule', 'smart.time-bound=error']);
            expect(upgraded.code).toBe(1);
            expect(upgraded.stdout).toMatch(/ error smart\.time-bound\.no-end /);
            const silenced = pop(['check', warningsOnly, ...TODAY, '--rule', 'smart=off', '--rule', 'plan=off', '--format', 'json']);
            expect(JSON.parse(silenced.stdout)).toEqual([]);
        });

        test('errors exit 1, with --quiet showing only the errors', () => {
            const result = pop(['check', 'examples', ...TODAY, '--quiet']);
            expect(result.code).toBe(1);
            expect(result.stdout.trim().split('\n').every(l => / error /.test(l))).toBe(true);
        });
    });

    describe('usage and I/O problems: one line, exit 2, no stack trace', () => {
        test.each([
            [['check', 'missing.pop'], "pop: cannot read 'missing.pop': no such file or folder.\n"],
            [['check', 'examples', '--format', 'xml'], "pop: invalid value 'xml' for --format; expected text, json, sarif, github.\n"],
            [['check', 'examples', '--today', '2027-02-30'], "pop: invalid value '2027-02-30' for --today; expected YYYY-MM-DD.\n"],
            [['check', 'examples', '--max-warnings', 'many'], "pop: invalid value 'many' for --max-warnings; expected 0, 1, 2, ….\n"],
            [['check', 'examples', '--bogus'], "pop: unknown option '--bogus'. Run 'pop check --help' for the options.\n"],
            [['check', 'examples', '--rule', 'smart.nonsense=off'], "pop: unknown rule 'smart.nonsense'. Run 'pop explain' for the list of rules.\n"],
            [['check'], "pop: no files given. Run 'pop check --help' for the usage.\n"],
            [['frobnicate'], "pop: unknown command 'frobnicate'. Run 'pop --help' for the list of commands.\n"],
            [['check', 'package.json'], "pop: 'package.json' is not a .pop file.\n"],
            [['check', 'packages/tools'], "pop: no .pop files found in 'packages/tools'.\n"],
        ])('pop %j', (args, message) => {
            const result = pop(args);
            expect(result.stderr).toBe(message);
            expect(result.stdout).toBe('');
            expect(result.code).toBe(2);
        });

        test('messages follow the user\'s language', () => {
            const result = pop(['check', 'ontbreekt.pop'], { env: { LANG: 'nl_NL.UTF-8' } });
            expect(result.stderr).toBe("pop: kan 'ontbreekt.pop' niet lezen: bestand of map bestaat niet.\n");
        });
    });

    test('--help prints the usage and exits 0', () => {
        const result = pop(['check', '--help']);
        expect(result.stdout).toContain('Usage: pop check <file|folder>...');
        expect(result.code).toBe(0);
    });

    test('.poprc.json in the working folder sets severities', () => {
        const folder = mkdtempSync(path.join(temp, 'rc-'));
        writeFileSync(path.join(folder, 'plan.pop'), 'plan "P" { goal g "G" { specific "Give 4 talks" } }\n');
        writeFileSync(path.join(folder, '.poprc.json'), JSON.stringify({ severity: { '*': 'off' } }));
        const result = pop(['check', 'plan.pop', '--format', 'json'], { cwd: folder });
        expect(JSON.parse(result.stdout)).toEqual([]);
        writeFileSync(path.join(folder, '.poprc.json'), '{ not json');
        const broken = pop(['check', 'plan.pop'], { cwd: folder });
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^pop: cannot use config file '\.poprc\.json': .+\n$/);
    });
});

describe('pop explain', { timeout: 60_000 }, () => {
    test('explains a rule in the chosen language', () => {
        const result = pop(['explain', 'smart.measurable.no-method', '--locale', 'nl']);
        // The severity as the setting takes it, the criterion in the chosen language.
        expect(result.stdout).toContain('smart.measurable.no-method (warning, Meetbaar)');
        expect(pop(['explain', 'smart.measurable.no-method', '--locale', 'en']).stdout).toContain('smart.measurable.no-method (warning, Measurable)');
        expect(result.stdout).toContain('Meetbaar betekent dat er een systeem, methode en procedure is');
        expect(result.code).toBe(0);
    });

    test('lists every rule', () => {
        const result = pop(['explain']);
        expect(result.stdout.trim().split('\n').map(l => l.split(/\s+/)[0])).toEqual(RULE_CODES);
    });
});
