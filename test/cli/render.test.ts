import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach, describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.js';
import { pop } from './run-cli.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-render-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

let dir: string;
let counter = 0;
/** A fresh folder holding copies of the bundled examples. */
beforeEach(() => {
    dir = path.join(temp, `case-${counter++}`);
    mkdirSync(dir);
    copyFileSync(path.join(ROOT, 'examples/nl/voorbeeld.pop'), path.join(dir, 'voorbeeld.pop'));
    copyFileSync(path.join(ROOT, 'examples/en/example.pop'), path.join(dir, 'example.pop'));
    copyFileSync(path.join(ROOT, 'examples/shared/organisatiedoelen.pop'), path.join(dir, 'organisatiedoelen.pop'));
});

/** A count as the CLI writes it: "1 error", "2 errors", "0 errors" (Dutch and English alike). */
const inWords = (count: string, one: string, other: string) => `${count} ${Number(count) === 1 ? one : other}`;

const run = (...args: string[]) => pop(['render', ...args, '--today', '2027-06-01'], { cwd: dir });
const read = (file: string) => readFileSync(path.join(dir, file), 'utf8');
const BROKEN = 'plan "Broken" {\n    employee "Kim"\n    goal g "Half" {\n        start 2027-\n    }\n}\n';
/** No syntax error, but an error all the same: the goal ends before it starts. */
const REVERSED = 'plan "Reversed" {\n    language en\n    goal g "Talks" {\n        start 2027-05-01\n        end 2027-02-01\n    }\n}\n';

describe('pop render', { timeout: 60_000 }, () => {
    test('writes <name>.html beside each plan and says where', () => {
        const result = run('voorbeeld.pop', 'example.pop', 'organisatiedoelen.pop');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('Wrote voorbeeld.html\nWrote example.html\nWrote organisatiedoelen.html (organisation goals only; the file has no plan)\n');
        expect(read('voorbeeld.html')).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
        expect(read('example.html')).toContain('<html lang="en">');
        // The shared file was given, so the plan's organisation goals resolved.
        expect(read('voorbeeld.html')).toContain('Klanttevredenheid van de cliënten naar gemiddeld 8,5');
        expect(read('voorbeeld.html')).not.toContain('onbekend organisatiedoel');
        expect(readdirSync(dir).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    test('-o names the output; other files only lend their organisation goals', () => {
        const result = run('voorbeeld.pop', 'organisatiedoelen.pop', '-o', 'plan.html');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('Wrote plan.html\n');
        expect(read('plan.html')).toContain('POP 2027 Sanne de Vries');
        expect(existsSync(path.join(dir, 'organisatiedoelen.html'))).toBe(false);
    });

    test('-o - writes the HTML to standard output and nothing to disk', () => {
        const before = readdirSync(dir).sort();
        const result = run('example.pop', '-o', '-');
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
        expect(readdirSync(dir).sort()).toEqual(before);
    });

    test('--out-dir collects the files in one folder, made when missing', () => {
        const result = run('voorbeeld.pop', 'example.pop', '--out-dir', 'out/html');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`Wrote ${path.join('out/html/voorbeeld.html')}\nWrote ${path.join('out/html/example.html')}\n`);
        expect(readdirSync(path.join(dir, 'out/html')).sort()).toEqual(['example.html', 'voorbeeld.html']);
    });

    test('--locale renders the headings in that language', () => {
        run('voorbeeld.pop', '--locale', 'en');
        expect(read('voorbeeld.html')).toContain('<html lang="en">');
        expect(read('voorbeeld.html')).toContain('Development goals');
    });

    test('rewriting an existing output replaces it whole', () => {
        writeFileSync(path.join(dir, 'example.html'), 'old and much longer text '.repeat(10_000));
        expect(run('example.pop').code).toBe(0);
        expect(read('example.html')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    });

    test('a plan with syntax errors is rendered as it is, with its problem count on stderr', () => {
        writeFileSync(path.join(dir, 'broken.pop'), BROKEN);
        const result = run('broken.pop');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('Wrote broken.html\n');
        expect(result.stderr).toMatch(/^pop: broken\.pop: [1-9]\d* errors?, \d+ warnings?, \d+ infos?; rendered as it is\. Run 'pop check broken\.pop' for details\.\n$/);
        expect(read('broken.html')).toContain('class="notice syntax-notice"');
    });

    test('the problem count is pop check\'s, in the user\'s language, and absent for a plan without problems', () => {
        writeFileSync(path.join(dir, 'reversed.pop'), REVERSED);
        const counted = pop(['check', 'reversed.pop', '--no-project', '--today', '2027-06-01'], { cwd: dir }).stderr;
        const [, errors, warnings, infos] = /^(\d+) errors?, (\d+) warnings?, (\d+) infos?/.exec(counted)!;
        expect(Number(errors)).toBeGreaterThan(0);
        const result = pop(['render', 'reversed.pop', '--no-project', '--today', '2027-06-01'], { cwd: dir });
        expect(result.stderr).toBe(`pop: reversed.pop: ${inWords(errors, 'error', 'errors')}, ${inWords(warnings, 'warning', 'warnings')}, ${inWords(infos, 'info', 'infos')}; rendered as it is. Run 'pop check reversed.pop' for details.\n`);
        const dutch = pop(['render', 'reversed.pop', '--no-project', '--today', '2027-06-01'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
        expect(dutch.stderr).toBe(`pop: reversed.pop: ${inWords(errors, 'fout', 'fouten')}, ${inWords(warnings, 'waarschuwing', 'waarschuwingen')}, ${inWords(infos, 'melding', 'meldingen')}; weergegeven zoals het is. Gebruik 'pop check reversed.pop' voor details.\n`);
        const clean = pop(['render', 'voorbeeld.pop', 'organisatiedoelen.pop', '--today', '2027-06-01'], { cwd: dir });
        expect(pop(['check', 'voorbeeld.pop', 'organisatiedoelen.pop', '--today', '2027-06-01'], { cwd: dir }).stderr).toBe('No problems in 2 files.\n');
        expect(clean.stderr).toBe('');
    });

    test('--strict refuses plans with any error, not only syntax errors, and writes nothing at all', () => {
        writeFileSync(path.join(dir, 'broken.pop'), BROKEN);
        const result = run('example.pop', 'broken.pop', '--strict');
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/broken\.pop: \d+ errors?; nothing written because of --strict\./);
        expect(existsSync(path.join(dir, 'broken.html'))).toBe(false);
        expect(existsSync(path.join(dir, 'example.html'))).toBe(false);

        writeFileSync(path.join(dir, 'reversed.pop'), REVERSED);
        const reversed = pop(['render', 'reversed.pop', '--strict', '--no-project', '--today', '2027-06-01'], { cwd: dir });
        expect(reversed.stderr).toMatch(/^pop: reversed\.pop: [1-9]\d* errors?; nothing written because of --strict\. Run 'pop check reversed\.pop' for details\.\n$/);
        expect(reversed.code).toBe(1);
        expect(existsSync(path.join(dir, 'reversed.html'))).toBe(false);
        // An unresolved reference is an error too; with the organisation goals given, warnings alone do not stop it.
        expect(run('example.pop', '--strict').code).toBe(1);
        expect(run('example.pop', 'organisatiedoelen.pop', '--strict').code).toBe(0);
    });

    test('an empty file: pop check warns that it holds nothing, and pop render writes nothing for it', () => {
        writeFileSync(path.join(dir, 'empty.pop'), '// to do\n');
        const check = pop(['check', 'empty.pop', '--no-project'], { cwd: dir });
        expect(check.stdout).toBe('empty.pop:1:1 warning plan.no-goals The file is empty: it holds no plan and no organisation goals.\n');
        expect(check.stderr).toBe('0 errors, 1 warning, 0 infos in 1 file.\n');
        expect(check.code).toBe(0);
        const render = pop(['render', 'empty.pop', 'example.pop', '--no-project', '--today', '2027-06-01'], { cwd: dir });
        expect(render.stderr).toMatch(/^pop: empty\.pop holds no plan and no organisation goals; nothing written\.\n/);
        expect(render.stdout).toBe('Wrote example.html\n');
        expect(existsSync(path.join(dir, 'empty.html'))).toBe(false);
        expect(render.code).toBe(0);
        // Turned off like the rule it is reported under.
        const off = pop(['check', 'empty.pop', '--no-project', '--rule', 'plan.no-goals=off'], { cwd: dir });
        expect(off.stderr).toBe('No problems in 1 file.\n');
    });
});

describe('pop render refuses, before writing anything', { timeout: 60_000 }, () => {
    test('to overwrite a .pop file', () => {
        const original = read('example.pop');
        for (const target of ['example.pop', 'other.pop', 'EXAMPLE.POP']) {
            const result = run('example.pop', '-o', target);
            expect(result.code).toBe(2);
            expect(result.stderr).toBe(`pop: refusing to write '${target}': the output would overwrite a .pop file.\n`);
        }
        expect(read('example.pop')).toBe(original);
        expect(existsSync(path.join(dir, 'other.pop'))).toBe(false);
    });

    test('to write into a folder that does not exist', () => {
        const result = run('example.pop', '-o', 'missing/plan.html');
        expect(result.code).toBe(2);
        expect(result.stderr).toBe("pop: cannot write 'missing/plan.html': the folder 'missing' does not exist.\n");
    });

    test('to write several plans to one -o file', () => {
        const result = run('example.pop', 'voorbeeld.pop', '-o', 'both.html');
        expect(result.code).toBe(2);
        expect(result.stderr).toBe('pop: -o names one output file, but 2 plans were given. Use --out-dir for several.\n');
        expect(existsSync(path.join(dir, 'both.html'))).toBe(false);
    });

    test('two plans that would land on the same file', () => {
        mkdirSync(path.join(dir, 'b'));
        copyFileSync(path.join(dir, 'example.pop'), path.join(dir, 'b/example.pop'));
        const result = run('example.pop', 'b/example.pop', '--out-dir', 'out');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("would both be written to 'out/example.html'");
        expect(existsSync(path.join(dir, 'out'))).toBe(false);
    });

    test('usage mistakes, in Dutch when asked', () => {
        expect(run('example.pop', '-o', 'a.html', '--out-dir', 'x').stderr).toBe('pop: -o and --out-dir cannot be used together.\n');
        expect(run().code).toBe(2);
        expect(run('nope.pop').stderr).toBe("pop: cannot read 'nope.pop': no such file or folder.\n");
        const nl = pop(['render', 'example.pop', '-o', 'x.pop'], { cwd: dir, env: { LANG: 'nl_NL.UTF-8' } });
        expect(nl.stderr).toBe("pop: 'x.pop' wordt niet geschreven: de uitvoer zou een .pop-bestand overschrijven.\n");
        expect(nl.code).toBe(2);
    });

    test('--help explains the command', () => {
        const result = pop(['render', '--help']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Usage: pop render <file\.pop>\.\.\. \[-o FILE \| --out-dir DIR\]/);
    });
});
