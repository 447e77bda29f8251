import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { folderPerTest } from '../support/example-folders.js';
import { pop } from './run-cli.js';

const folder = folderPerTest('render', ['nl/voorbeeld.pop', 'en/example.pop', 'shared/organisatiedoelen.pop']);

/** A count as the CLI writes it: "1 error", "2 errors", "0 errors" (Dutch and English alike). */
const inWords = (count: string, one: string, other: string) => `${count} ${Number(count) === 1 ? one : other}`;

const run = (...args: string[]) => pop(['render', ...args, '--today', '2027-06-01'], { cwd: folder() });
const read = (file: string) => readFileSync(path.join(folder(), file), 'utf8');
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
        expect(readdirSync(folder()).filter(f => f.endsWith('.tmp'))).toEqual([]);
    });

    test('-o names the output; other files only lend their organisation goals', () => {
        const result = run('voorbeeld.pop', 'organisatiedoelen.pop', '-o', 'plan.html');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('Wrote plan.html\n');
        expect(read('plan.html')).toContain('POP 2027 Sanne de Vries');
        expect(existsSync(path.join(folder(), 'organisatiedoelen.html'))).toBe(false);
    });

    test('-o - writes the HTML to standard output and nothing to disk', () => {
        const before = readdirSync(folder()).sort();
        const result = run('example.pop', '-o', '-');
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
        expect(readdirSync(folder()).sort()).toEqual(before);
    });

    test('--out-dir collects the files in one folder, made when missing', () => {
        const result = run('voorbeeld.pop', 'example.pop', '--out-dir', 'out/html');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe(`Wrote ${path.join('out/html/voorbeeld.html')}\nWrote ${path.join('out/html/example.html')}\n`);
        expect(readdirSync(path.join(folder(), 'out/html')).sort()).toEqual(['example.html', 'voorbeeld.html']);
    });

    test('--locale renders the headings in that language', () => {
        run('voorbeeld.pop', '--locale', 'en');
        expect(read('voorbeeld.html')).toContain('<html lang="en">');
        expect(read('voorbeeld.html')).toContain('Development goals');
    });

    test('rewriting an existing output replaces it whole', () => {
        writeFileSync(path.join(folder(), 'example.html'), 'old and much longer text '.repeat(10_000));
        expect(run('example.pop').code).toBe(0);
        expect(read('example.html')).toMatch(/^<!DOCTYPE html>[\s\S]*<\/html>\n$/);
    });

    test('a plan with syntax errors is rendered as it is, with its problem count on stderr', () => {
        writeFileSync(path.join(folder(), 'broken.pop'), BROKEN);
        const result = run('broken.pop');
        expect(result.code).toBe(0);
        expect(result.stdout).toBe('Wrote broken.html\n');
        expect(result.stderr).toMatch(/^pop: broken\.pop: [1-9]\d* errors?, \d+ warnings?, \d+ infos?; rendered as it is\. Run 'pop check broken\.pop' for details\.\n$/);
        expect(read('broken.html')).toContain('class="notice syntax-notice"');
    });

    test('the problem count is pop check\'s, in the user\'s language, and absent for a plan without problems', () => {
        writeFileSync(path.join(folder(), 'reversed.pop'), REVERSED);
        const counted = pop(['check', 'reversed.pop', '--no-project', '--today', '2027-06-01'], { cwd: folder() }).stderr;
        const [, errors, warnings, infos] = /^(\d+) errors?, (\d+) warnings?, (\d+) infos?/.exec(counted)!;
        expect(Number(errors)).toBeGreaterThan(0);
        const result = pop(['render', 'reversed.pop', '--no-project', '--today', '2027-06-01'], { cwd: folder() });
        expect(result.stderr).toBe(`pop: reversed.pop: ${inWords(errors, 'error', 'errors')}, ${inWords(warnings, 'warning', 'warnings')}, ${inWords(infos, 'info', 'infos')}; rendered as it is. Run 'pop check reversed.pop' for details.\n`);
        const dutch = pop(['render', 'reversed.pop', '--no-project', '--today', '2027-06-01'], { cwd: folder(), env: { LANG: 'nl_NL.UTF-8' } });
        expect(dutch.stderr).toBe(`pop: reversed.pop: ${inWords(errors, 'fout', 'fouten')}, ${inWords(warnings, 'waarschuwing', 'waarschuwingen')}, ${inWords(infos, 'melding', 'meldingen')}; weergegeven zoals het is. Gebruik 'pop check reversed.pop' voor details.\n`);
        const clean = pop(['render', 'voorbeeld.pop', 'organisatiedoelen.pop', '--today', '2027-06-01'], { cwd: folder() });
        expect(pop(['check', 'voorbeeld.pop', 'organisatiedoelen.pop', '--today', '2027-06-01'], { cwd: folder() }).stderr).toBe('No problems in 2 files.\n');
        expect(clean.stderr).toBe('');
    });

    test('--strict refuses plans with any error, not only syntax errors, and writes nothing at all', () => {
        writeFileSync(path.join(folder(), 'broken.pop'), BROKEN);
        const result = run('example.pop', 'broken.pop', '--strict');
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/broken\.pop: \d+ errors?; nothing written because of --strict\./);
        expect(existsSync(path.join(folder(), 'broken.html'))).toBe(false);
        expect(existsSync(path.join(folder(), 'example.html'))).toBe(false);

        writeFileSync(path.join(folder(), 'reversed.pop'), REVERSED);
        const reversed = pop(['render', 'reversed.pop', '--strict', '--no-project', '--today', '2027-06-01'], { cwd: folder() });
        expect(reversed.stderr).toMatch(/^pop: reversed\.pop: [1-9]\d* errors?; nothing written because of --strict\. Run 'pop check reversed\.pop' for details\.\n$/);
        expect(reversed.code).toBe(1);
        expect(existsSync(path.join(folder(), 'reversed.html'))).toBe(false);
        // An unresolved reference is an error too; with the organisation goals given, warnings alone do not stop it.
        expect(run('example.pop', '--strict').code).toBe(1);
        expect(run('example.pop', 'organisatiedoelen.pop', '--strict').code).toBe(0);
    });

    test('an empty file: pop check warns that it holds nothing, and pop render writes nothing for it', () => {
        writeFileSync(path.join(folder(), 'empty.pop'), '// to do\n');
        const check = pop(['check', 'empty.pop', '--no-project'], { cwd: folder() });
        expect(check.stdout).toBe('empty.pop:1:1 warning plan.no-goals The file is empty: it holds no plan and no organisation goals.\n');
        expect(check.stderr).toBe('0 errors, 1 warning, 0 infos in 1 file.\n');
        expect(check.code).toBe(0);
        const render = pop(['render', 'empty.pop', 'example.pop', '--no-project', '--today', '2027-06-01'], { cwd: folder() });
        expect(render.stderr).toMatch(/^pop: empty\.pop holds no plan and no organisation goals; nothing written\.\n/);
        expect(render.stdout).toBe('Wrote example.html\n');
        expect(existsSync(path.join(folder(), 'empty.html'))).toBe(false);
        expect(render.code).toBe(0);
        // Turned off like the rule it is reported under.
        const off = pop(['check', 'empty.pop', '--no-project', '--rule', 'plan.no-goals=off'], { cwd: folder() });
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
        expect(existsSync(path.join(folder(), 'other.pop'))).toBe(false);
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
        expect(existsSync(path.join(folder(), 'both.html'))).toBe(false);
    });

    test('two plans that would land on the same file', () => {
        mkdirSync(path.join(folder(), 'b'));
        copyFileSync(path.join(folder(), 'example.pop'), path.join(folder(), 'b/example.pop'));
        const result = run('example.pop', 'b/example.pop', '--out-dir', 'out');
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("would both be written to 'out/example.html'");
        expect(existsSync(path.join(folder(), 'out'))).toBe(false);
    });

    test('usage mistakes, in Dutch when asked', () => {
        expect(run('example.pop', '-o', 'a.html', '--out-dir', 'x').stderr).toBe('pop: -o and --out-dir cannot be used together.\n');
        expect(run().code).toBe(2);
        expect(run('nope.pop').stderr).toBe("pop: cannot read 'nope.pop': no such file or folder.\n");
        const nl = pop(['render', 'example.pop', '-o', 'x.pop'], { cwd: folder(), env: { LANG: 'nl_NL.UTF-8' } });
        expect(nl.stderr).toBe("pop: 'x.pop' wordt niet geschreven: de uitvoer zou een .pop-bestand overschrijven.\n");
        expect(nl.code).toBe(2);
    });

    test('--help explains the command', () => {
        const result = pop(['render', '--help']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Usage: pop render <file\.pop>\.\.\. \[-o FILE \| --out-dir DIR\]/);
    });
});
