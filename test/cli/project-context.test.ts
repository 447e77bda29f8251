import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pop } from './run-cli.js';

// Checking one plan of a project: its references to the project's shared organisation goals must resolve, as they
// do in the editor, without the shared file being checked or reported.

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-project-'));
const SHARED = 'organisation "Zorg" {\n    organisation-goal client-satisfaction "Clients rate us 8.5" by 2027-12-31\n}\n';
const PLAN = `plan "P" {
    language en
    goal talks "Present to the board" {
        specific "Gives 4 talks to the board"
        measurable 4 talks
        method "Agenda of the board"
        acceptable by employee, manager
        realistic "Coaching is arranged"
        start 2027-01-01
        end 2027-06-30
        supports client-satisfaction
    }
}
`;
const TODAY = ['--today', '2027-03-01'];

function project(marker: '.poprc.json' | '.git' | null): string {
    const root = mkdtempSync(path.join(temp, 'p-'));
    if (marker === '.poprc.json') writeFileSync(path.join(root, '.poprc.json'), '{}');
    if (marker === '.git') mkdirSync(path.join(root, '.git'));
    mkdirSync(path.join(root, 'shared'));
    mkdirSync(path.join(root, 'plans'));
    writeFileSync(path.join(root, 'shared/org.pop'), SHARED);
    writeFileSync(path.join(root, 'plans/sam.pop'), PLAN);
    return root;
}

function codesOf(stdout: string): string[] {
    return (JSON.parse(stdout) as Array<{ code: string }>).map(p => p.code);
}

beforeAll(() => mkdirSync(temp, { recursive: true }));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('pop check and pop render in a project', { timeout: 60_000 }, () => {
    for (const marker of ['.poprc.json', '.git'] as const) {
        test(`a plan checked alone finds the organisation goals of its project (marked by ${marker})`, () => {
            const root = project(marker);
            const result = pop(['check', 'plans/sam.pop', ...TODAY, '--format', 'json'], { cwd: root });
            expect(result.stderr).toBe('');
            expect(codesOf(result.stdout)).not.toContain('ref.unresolved');
            expect(result.code).toBe(0);
            // Checked from a subfolder, the project is still found upwards.
            const fromPlans = pop(['check', 'sam.pop', ...TODAY, '--format', 'json'], { cwd: path.join(root, 'plans') });
            expect(codesOf(fromPlans.stdout)).not.toContain('ref.unresolved');
        });
    }

    test('only the files given are reported, and the summary counts only them', () => {
        const root = project('.git');
        writeFileSync(path.join(root, 'shared/broken.pop'), 'plan "Half {\n');
        const result = pop(['check', 'plans/sam.pop', ...TODAY], { cwd: root });
        const lines = result.stdout.trim().split('\n');
        expect(lines.length).toBeGreaterThan(0);
        for (const line of lines) expect(line).toMatch(/^plans\/sam\.pop:\d+:\d+ (warning|info|hint) plan\./);
        expect(result.stderr).toMatch(/^0 errors, \d+ warnings?, \d+ infos? in 1 file\.\n$/);
        expect(result.code).toBe(0);
    });

    test('binary and non-UTF-8 files elsewhere in the project are passed over', () => {
        const root = project('.git');
        writeFileSync(path.join(root, 'shared/binary.pop'), Buffer.from([0, 1, 2, 3]));
        writeFileSync(path.join(root, 'shared/latin1.pop'), Buffer.from([0x70, 0xe9, 0x0a]));
        const result = pop(['check', 'plans/sam.pop', ...TODAY, '--format', 'json'], { cwd: root });
        expect(result.code).toBe(0);
        expect(codesOf(result.stdout)).not.toContain('ref.unresolved');
        expect(result.stderr).toBe('');
    });

    test('--no-project reads only the files given; outside any project nothing else is read', () => {
        const root = project('.git');
        const isolated = pop(['check', 'plans/sam.pop', ...TODAY, '--format', 'json', '--no-project'], { cwd: root });
        expect(codesOf(isolated.stdout)).toContain('ref.unresolved');
        expect(isolated.code).toBe(1);
        const loose = project(null);
        const outside = pop(['check', 'plans/sam.pop', ...TODAY, '--format', 'json'], { cwd: loose });
        expect(codesOf(outside.stdout)).toContain('ref.unresolved');
    });

    test('--project names the folder to read; mistakes get one-line messages', () => {
        const loose = project(null);
        const named = pop(['check', 'plans/sam.pop', ...TODAY, '--format', 'json', '--project', '.'], { cwd: loose });
        expect(codesOf(named.stdout)).not.toContain('ref.unresolved');
        const missing = pop(['check', 'plans/sam.pop', '--project', 'nowhere'], { cwd: loose });
        expect([missing.code, missing.stderr]).toEqual([2, "pop: cannot read 'nowhere': no such file or folder.\n"]);
        const file = pop(['check', 'plans/sam.pop', '--project', 'shared/org.pop'], { cwd: loose });
        expect([file.code, file.stderr]).toEqual([2, "pop: --project needs a folder, and 'shared/org.pop' is not one.\n"]);
        const both = pop(['check', 'plans/sam.pop', '--project', '.', '--no-project'], { cwd: loose });
        expect([both.code, both.stderr]).toEqual([2, 'pop: --project and --no-project cannot be used together.\n']);
    });

    test("a file is checked with its own project, not the working folder's, and a linked path is the same file", () => {
        const here = project('.git');
        const elsewhere = project(null);
        // The plan declares an organisation goal itself: read a second time, it would be declared twice.
        const declaring = PLAN.replace('    language en\n', '    language en\n    starting-points {\n        organisation-goal own-goal "Own"\n    }\n');
        writeFileSync(path.join(elsewhere, 'plans/sam.pop'), declaring);
        writeFileSync(path.join(here, 'plans/sam.pop'), declaring);
        const outside = pop(['check', path.join(elsewhere, 'plans/sam.pop'), ...TODAY, '--format', 'json'], { cwd: here });
        // No project around it: its reference does not resolve against the working folder's project.
        expect(codesOf(outside.stdout)).toContain('ref.unresolved');
        expect(codesOf(outside.stdout)).not.toContain('ref.duplicate-name');
        const link = path.join(temp, `link-${path.basename(here)}`);
        symlinkSync(here, link);
        const linked = pop(['check', path.join(link, 'plans/sam.pop'), ...TODAY, '--format', 'json'], { cwd: here });
        expect(codesOf(linked.stdout)).not.toContain('ref.duplicate-name');
        expect(codesOf(linked.stdout)).not.toContain('ref.unresolved');
    });

    test('the nearest .poprc.json applies when checking from a subfolder', () => {
        const root = project('.git');
        writeFileSync(path.join(root, '.poprc.json'), JSON.stringify({ severity: { plan: 'off' } }));
        const result = pop(['check', 'sam.pop', ...TODAY, '--format', 'json'], { cwd: path.join(root, 'plans') });
        expect(codesOf(result.stdout).filter(code => code.startsWith('plan.'))).toEqual([]);
        writeFileSync(path.join(root, '.poprc.json'), '{ not json');
        const broken = pop(['check', 'sam.pop'], { cwd: path.join(root, 'plans') });
        expect(broken.code).toBe(2);
        expect(broken.stderr).toMatch(/^pop: cannot use config file '\.\.\/\.poprc\.json': .+\n$/);
    });

    test('pop render shows the organisation goal a plan supports, from elsewhere in the project', () => {
        const root = project('.poprc.json');
        const result = pop(['render', 'plans/sam.pop', ...TODAY, '--locale', 'en'], { cwd: root });
        expect(result.code).toBe(0);
        const html = readFileSync(path.join(root, 'plans/sam.html'), 'utf8');
        expect(html).toContain('Clients rate us 8.5');
        expect(() => readFileSync(path.join(root, 'shared/org.html'))).toThrow();
    });
});
