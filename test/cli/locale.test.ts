import { copyFileSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { environmentLocale, outputLocale } from '../../packages/cli/src/errors.js';
import { ROOT } from '../support/paths.js';
import { pop } from './run-cli.js';

// The CLI's own lines (the summary, pop explain, what pop fix and pop render say) are in the language the user
// asked for: --locale, the .poprc.json, the environment; and where nothing asks, the plans' own language.

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-locale-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Only the variables named count: the test's own environment may set any of them. */
const ENV = { LANG: '', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '' };
const TODAY = ['--today', '2027-06-01'];
const EN = ['examples/en/example.pop', 'examples/shared'];
const NL = ['examples/nl/voorbeeld.pop', 'examples/shared'];
const DUTCH_SUMMARY = 'Geen problemen in 2 bestanden.\n';
const ENGLISH_SUMMARY = 'No problems in 2 files.\n';
const DUTCH_DOC = 'Wensen worden ontwikkelingsdoelen voor de lange en de korte termijn.';
const ENGLISH_DOC = 'Wishes become development goals for the long and the short term.';

function summary(files: string[], env: NodeJS.ProcessEnv, extra: string[] = [], cwd = ROOT): string {
    return pop(['check', ...files, ...TODAY, ...extra], { env: { ...ENV, ...env }, cwd }).stderr;
}

function explanation(env: NodeJS.ProcessEnv, extra: string[] = [], cwd = ROOT): string {
    return pop(['explain', 'plan.no-goals', ...extra], { env: { ...ENV, ...env }, cwd }).stdout.split('\n')[2];
}

describe('the locale of the CLI\'s own lines', { timeout: 60_000 }, () => {
    test('LANG=nl_NL.UTF-8 gives a Dutch summary and explanation, also for an English plan', () => {
        expect(summary(EN, { LANG: 'nl_NL.UTF-8' })).toBe(DUTCH_SUMMARY);
        expect(explanation({ LANG: 'nl_NL.UTF-8' })).toBe(DUTCH_DOC);
    });

    test('LC_ALL, then LC_MESSAGES, then LANG; C and POSIX name no language and are passed over', () => {
        expect(explanation({ LC_ALL: 'C.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe(DUTCH_DOC);
        expect(explanation({ LC_MESSAGES: 'nl_BE.UTF-8', LANG: 'en_US.UTF-8' })).toBe(DUTCH_DOC);
        expect(summary(EN, { LC_ALL: 'en_US.UTF-8', LANG: 'nl_NL.UTF-8' })).toBe(ENGLISH_SUMMARY);
        expect(summary(NL, { LC_ALL: 'de_DE.UTF-8' })).toBe(ENGLISH_SUMMARY);
    });

    test('--locale wins over the environment', () => {
        expect(explanation({ LANG: 'nl_NL.UTF-8' }, ['--locale', 'en'])).toBe(ENGLISH_DOC);
        expect(summary(NL, { LANG: 'nl_NL.UTF-8' }, ['--locale', 'en'])).toBe(ENGLISH_SUMMARY);
        expect(summary(EN, { LANG: 'en_US.UTF-8' }, ['--locale=nl'])).toBe(DUTCH_SUMMARY);
    });

    test('the .poprc.json\'s locale wins over the environment, as it does for the messages', () => {
        const project = mkdtempSync(path.join(temp, 'project-'));
        mkdirSync(path.join(project, 'shared'));
        copyFileSync(path.join(ROOT, 'examples/en/example.pop'), path.join(project, 'example.pop'));
        copyFileSync(path.join(ROOT, 'examples/shared/organisatiedoelen.pop'), path.join(project, 'shared/organisatiedoelen.pop'));
        writeFileSync(path.join(project, '.poprc.json'), JSON.stringify({ locale: 'nl' }));
        expect(summary(['example.pop'], { LANG: 'en_US.UTF-8' }, [], project)).toBe('Geen problemen in 1 bestand.\n');
        expect(explanation({ LANG: 'en_US.UTF-8' }, [], project)).toBe(DUTCH_DOC);
    });

    test('where nothing names a language, the summary follows the plans\' language when they share one', () => {
        expect(summary(NL, { LANG: 'C.UTF-8' })).toBe(DUTCH_SUMMARY);
        expect(summary(EN, {})).toBe(ENGLISH_SUMMARY);
        expect(summary([...NL, 'examples/en/example.pop'], { LANG: 'POSIX' })).toBe('No problems in 3 files.\n');
        expect(explanation({ LANG: 'C' })).toBe(ENGLISH_DOC);
    });

    test('pop fix speaks the same language', () => {
        const folder = mkdtempSync(path.join(temp, 'fix-'));
        copyFileSync(path.join(ROOT, 'examples/en/example.pop'), path.join(folder, 'example.pop'));
        const result = pop(['fix', 'example.pop', '--no-project', ...TODAY], { env: { ...ENV, LANG: 'nl_NL.UTF-8' }, cwd: folder });
        expect(result.stderr).toMatch(/^Niets op te lossen in 1 bestand\.\n\d+ fout(en)?/);
    });
});

describe('environmentLocale', () => {
    test.each([
        [{ LANG: 'nl_NL.UTF-8' }, 'nl'],
        [{ LANG: 'nl' }, 'nl'],
        [{ LANG: 'en_GB.UTF-8' }, 'en'],
        [{ LANG: 'fr_FR.UTF-8' }, 'en'],
        [{ LC_ALL: 'POSIX', LANG: 'nl_BE.UTF-8' }, 'nl'],
        [{ LANG: 'C.UTF-8', LANGUAGE: 'nl:en' }, 'nl'],
        [{ LANG: 'C' }, undefined],
        [{}, undefined],
    ])('%o → %s', (env, expected) => {
        expect(environmentLocale(env)).toBe(expected);
    });

    test('outputLocale: a setting first, then the environment, then the plans when they agree', () => {
        expect(outputLocale('en', ['nl'], { LANG: 'nl_NL.UTF-8' })).toBe('en');
        expect(outputLocale('auto', ['en'], { LANG: 'nl_NL.UTF-8' })).toBe('nl');
        expect(outputLocale('auto', ['nl', 'nl'], {})).toBe('nl');
        expect(outputLocale(undefined, ['nl', 'en'], {})).toBe('en');
    });
});
