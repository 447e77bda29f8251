/** Suppression comments on the command line: every format, the summary and the exit code leave suppressed problems out; SARIF records them. */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../support/plans.js';
import { pop } from './run-cli.js';

const TODAY = ['--today', '2027-06-01', '--no-project'];
const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-suppress-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

function file(name: string, text: string): string {
    const at = path.join(temp, name);
    writeFileSync(at, text);
    return at;
}

/** A goal ending before it starts (an error) and without a method (a warning), each accepted with a reason. */
const REVERSED_EN = goalEn(without(CLEAN_GOAL_EN, 'method').replace('end 2027-12-15', 'end 2027-01-01'));
const ACCEPTED_EN = planEn(`    // pop-disable smart.measurable -- measured by the team lead's judgement
${REVERSED_EN.replace('        end 2027-01-01', '        // pop-disable-next-line smart.time-bound.end-before-start -- the dates follow the contract\n        end 2027-01-01')}
    // pop-enable smart.measurable`);
const OPEN_EN = planEn(REVERSED_EN);
const REVERSED_NL = goalNl(without(CLEAN_GOAL_NL, 'methode').replace('eind 2027-12-15', 'eind 2027-01-01'));

describe('pop check with suppression comments', { timeout: 60_000 }, () => {
    test('a suppressed error no longer fails the check, and the summary counts only what is left', () => {
        const open = pop(['check', file('open.pop', OPEN_EN), ...TODAY]);
        expect(open.code).toBe(1);
        expect(open.stdout).toMatch(/ error smart\.time-bound\.end-before-start /);
        expect(open.stderr).toMatch(/^1 error, \d+ warnings?,/);

        const accepted = pop(['check', file('accepted.pop', ACCEPTED_EN), ...TODAY]);
        expect(accepted.stdout).toBe('');
        expect(accepted.stderr).toBe('No problems in 1 file (2 suppressed).\n');
        expect(accepted.code).toBe(0);
    });

    test('the summary line counts the suppressed problems apart, in English with plural forms', () => {
        const one = planEn(REVERSED_EN.replace('        measurable', '        // pop-disable-next-line smart.measurable.no-method\n        measurable'));
        expect(pop(['check', file('one-suppressed.pop', one), ...TODAY]).stderr).toBe('1 error, 0 warnings, 0 infos in 1 file (1 suppressed).\n');
        expect(pop(['check', file('none-suppressed.pop', OPEN_EN), ...TODAY]).stderr).toBe('1 error, 1 warning, 0 infos in 1 file.\n');
    });

    test('the summary line counts the suppressed problems apart, in Dutch with plural forms', () => {
        const dutch = { env: { LANG: 'nl_NL.UTF-8' } };
        const one = file('een.pop', planNl(REVERSED_NL.replace('        meetbaar', '        // pop-disable-next-line smart.measurable.no-method -- oordeel van de leidinggevende\n        meetbaar')));
        const result = pop(['check', one, ...TODAY], dutch);
        expect(result.stderr).toBe('1 fout, 0 waarschuwingen, 0 meldingen in 1 bestand (1 onderdrukt).\n');
        expect(result.code).toBe(1);
        const all = file('alles.pop', planNl(`    // pop-disable smart -- afgesproken\n${REVERSED_NL}\n    // pop-enable`));
        expect(pop(['check', all, ...TODAY], dutch).stderr).toBe('Geen problemen in 1 bestand (2 onderdrukt).\n');
        expect(pop(['check', file('open.pop', planNl(REVERSED_NL)), ...TODAY], dutch).stderr).toBe('1 fout, 1 waarschuwing, 0 meldingen in 1 bestand.\n');
    });

    test('pop fix ends with the same summary, suppressed problems counted apart', () => {
        const result = pop(['fix', file('fix-summary.pop', ACCEPTED_EN), ...TODAY]);
        expect(result.stderr).toBe('Nothing to fix in 1 file.\nNo problems in 1 file (2 suppressed).\n');
        expect(result.code).toBe(0);
    });

    test('JSON and GitHub annotations leave suppressed problems out too', () => {
        const accepted = file('accepted-json.pop', ACCEPTED_EN);
        expect(JSON.parse(pop(['check', accepted, ...TODAY, '--format', 'json']).stdout)).toEqual([]);
        const github = pop(['check', accepted, ...TODAY, '--format', 'github']);
        expect(github.stdout).toBe('');
        expect(github.code).toBe(0);
    });

    test('SARIF lists suppressed problems with an in-source suppression and the comment\'s reason as justification', () => {
        const result = pop(['check', file('accepted-sarif.pop', ACCEPTED_EN), ...TODAY, '--format', 'sarif']);
        expect(result.code).toBe(0);
        const results = JSON.parse(result.stdout).runs[0].results as Array<Record<string, unknown> & { ruleId: string }>;
        const byRule = Object.fromEntries(results.map(r => [r.ruleId, r]));
        expect(Object.keys(byRule).sort()).toEqual(['smart.measurable.no-method', 'smart.time-bound.end-before-start']);
        expect(byRule['smart.time-bound.end-before-start']).toMatchObject({
            level: 'error',
            suppressions: [{ kind: 'inSource', status: 'accepted', justification: 'the dates follow the contract' }],
        });
        expect(byRule['smart.measurable.no-method'].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: "measured by the team lead's judgement" }]);
    });

    test('SARIF gives no justification for a suppression without a reason, and no suppressions on open problems', () => {
        const text = planEn(REVERSED_EN.replace('        measurable', '        // pop-disable-next-line smart.measurable.no-method\n        measurable'));
        const results = JSON.parse(pop(['check', file('no-reason.pop', text), ...TODAY, '--format', 'sarif']).stdout).runs[0].results as Array<{ ruleId: string; suppressions?: unknown }>;
        expect(results.find(r => r.ruleId === 'smart.measurable.no-method')?.suppressions).toEqual([{ kind: 'inSource', status: 'accepted' }]);
        expect(results.find(r => r.ruleId === 'smart.time-bound.end-before-start')?.suppressions).toBeUndefined();
    });

    test('a stale suppression is a warning of its own, in the plan\'s language', () => {
        const text = planNl(`    // pop-disable-next-line smart.time-bound.no-end -- volgt later\n${goalNl(CLEAN_GOAL_NL)}`);
        const result = pop(['check', file('stale.pop', text), ...TODAY]);
        expect(result.stdout).toMatch(/stale\.pop:\d+:\d+ warning suppression\.unused 'pop-disable-next-line smart\.time-bound\.no-end' is niet nodig/);
        expect(result.code).toBe(0);
        expect(pop(['check', file('stale-strict.pop', text), ...TODAY, '--max-warnings', '0']).code).toBe(1);
    });

    test('a syntax error stays an error under a suppression naming it', () => {
        const text = planEn(`    // pop-disable-next-line syntax.unexpected-token\n    goal broken "B" { specific }`);
        const result = pop(['check', file('syntax.pop', text), ...TODAY]);
        expect(result.stdout).toMatch(/ error syntax\.unexpected-token /);
        expect(result.stdout).toMatch(/ warning suppression\.not-suppressible /);
        expect(result.code).toBe(1);
    });

    test('pop fix neither adds suppressions nor removes stale ones: both are for a person to decide', () => {
        const text = planEn(`    // pop-disable-next-line smart.specific -- agreed\n${goalEn(replacing(CLEAN_GOAL_EN, 'end', 'end 2027-01-01'))}`);
        const target = file('fix.pop', text);
        const result = pop(['fix', target, ...TODAY]);
        const fixed = readFileSync(target, 'utf8');
        expect(fixed).not.toBe(text);
        expect(fixed).toContain('start 2027-01-01');
        expect(fixed.match(/pop-disable/g)).toEqual(['pop-disable']);
        expect(result.stderr).toContain('Fixed 1 problem in 1 of 1 file.');
    });
});
