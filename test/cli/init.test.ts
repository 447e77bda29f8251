import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { expandSnippet, planSnippet } from '../../packages/language/src/index.js';
import { pop } from './run-cli.js';

// `pop init` writes the plan VS Code's "POP: New Plan" makes, with its blanks at their defaults.

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-init-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
const folder = () => mkdtempSync(path.join(temp, 'case-'));

describe('pop init', { timeout: 60_000 }, () => {
    test('writes plan.pop: the New Plan template, dated --today, which checks without errors', () => {
        const cwd = folder();
        const result = pop(['init', '--today', '2027-01-31'], { cwd });
        expect(result.stdout).toBe("Wrote plan.pop: a starter plan. Fill in the blanks, then run 'pop check plan.pop'.\n");
        expect(result.code).toBe(0);
        const text = readFileSync(path.join(cwd, 'plan.pop'), 'utf8');
        expect(text).toBe(expandSnippet(planSnippet('en', new Date(2027, 0, 31))));
        expect(text).toMatch(/^plan "PDP 2027 Your name" {\n {4}employee /);
        expect(text).toContain('period 2027-01-31 to 2028-01-30');
        const check = pop(['check', 'plan.pop', '--today', '2027-01-31'], { cwd });
        expect(check.stderr).toMatch(/^0 errors/);
        expect(check.code).toBe(0);
    });

    test('--locale nl writes a Dutch plan to the file named', () => {
        const cwd = folder();
        const result = pop(['init', 'sanne.pop', '--locale', 'nl', '--today', '2027-01-31'], { cwd });
        expect(result.stdout).toBe("sanne.pop geschreven: een startplan. Vul de open plekken in en voer dan 'pop check sanne.pop' uit.\n");
        expect(readFileSync(path.join(cwd, 'sanne.pop'), 'utf8')).toBe(expandSnippet(planSnippet('nl', new Date(2027, 0, 31))));
    });

    test('follows the .poprc.json, then the environment, for the plan\'s language', () => {
        const configured = folder();
        writeFileSync(path.join(configured, '.poprc.json'), JSON.stringify({ locale: 'nl', today: '2027-01-31' }));
        pop(['init'], { cwd: configured });
        expect(readFileSync(path.join(configured, 'plan.pop'), 'utf8')).toBe(expandSnippet(planSnippet('nl', new Date(2027, 0, 31))));

        const dutchShell = folder();
        pop(['init', '--today', '2027-01-31'], { cwd: dutchShell, env: { LANG: 'nl_NL.UTF-8' } });
        expect(readFileSync(path.join(dutchShell, 'plan.pop'), 'utf8')).toMatch(/^plan "POP 2027 Je naam" \{\n {4}medewerker /);
    });

    test('never overwrites a file: exit 2, a clear message, the file as it was', () => {
        const cwd = folder();
        writeFileSync(path.join(cwd, 'plan.pop'), '// mine\n');
        const result = pop(['init'], { cwd });
        expect(result.stderr).toBe("pop: 'plan.pop' already exists, and pop init never overwrites a file. Name a new file: pop init other.pop\n");
        expect(result.code).toBe(2);
        expect(readFileSync(path.join(cwd, 'plan.pop'), 'utf8')).toBe('// mine\n');
    });

    test('refuses a name that is not a .pop file, a missing folder and more than one file', () => {
        const cwd = folder();
        expect(pop(['init', 'plan.txt'], { cwd }).stderr).toBe("pop: 'plan.txt' is not a .pop file.\n");
        const missing = pop(['init', 'plans/sam.pop'], { cwd });
        expect(missing.stderr).toMatch(/^pop: cannot write 'plans\/sam\.pop': /);
        expect(missing.code).toBe(2);
        expect(pop(['init', 'a.pop', 'b.pop'], { cwd }).stderr).toBe('pop: pop init writes one file, but 2 were given.\n');
        expect(existsSync(path.join(cwd, 'a.pop'))).toBe(false);
    });
});
