/** pop check on the mistakes people make: each gives exactly one located error in the plan's language, never a trace. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, planWithGoalEn, planWithGoalNl, replacing } from '../support/plans.js';
import { pop } from './run-cli.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-mistakes-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

/** Each file: one mistake in an otherwise clean plan, with the text on the line of the error, and what it must say. */
const MISTAKES: Record<string, { text: string; at: string; code: string; says: string }> = {
    'misspelt-field.pop': {
        text: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'realistisch', 'realistsich "Cursus, daarna oefenen"')),
        at: 'realistsich', code: 'syntax.unknown-keyword', says: "Onbekend woord 'realistsich'. Bedoel je 'realistisch'?",
    },
    'misspelt-value.pop': {
        text: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'horizon', 'horizon shorr')),
        at: 'shorr', code: 'syntax.unknown-keyword', says: "Unknown word 'shorr'. Did you mean 'short'?",
    },
    'misspelt-plan.pop': {
        text: planWithGoalEn(CLEAN_GOAL_EN).replace('plan "PDP 2027" {', 'plam "PDP 2027" {'),
        at: 'plam', code: 'syntax.unknown-keyword', says: "Unknown word 'plam'. Did you mean 'plan'?",
    },
    'day-month-year.pop': {
        text: planWithGoalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 15-12-2027')),
        at: '15-12-2027', code: 'date.format', says: "'15-12-2027' is gelezen als dag-maand-jaar: 15 december 2027, dus 2027-12-15.",
    },
    'open-quote.pop': {
        text: planWithGoalEn(replacing(CLEAN_GOAL_EN, 'method', 'method "Feedback form from the management team')),
        at: 'method "', code: 'syntax.unterminated-string', says: 'This text has no closing quote.',
    },
};

describe('pop check on one mistake', { timeout: 60_000 }, () => {
    for (const [name, { text, at, code, says }] of Object.entries(MISTAKES)) {
        test(`prints exactly one error for ${name}, located on the mistake, and no stack trace`, () => {
            writeFileSync(path.join(temp, name), text);
            const result = pop(['check', name, '--today', '2027-06-01', '--no-project'], { cwd: temp });
            expect(result.code).toBe(1);
            expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at |Error:|EOF|token/);
            const errors = result.stdout.split('\n').filter(line => / error /.test(line));
            expect(errors).toHaveLength(1);
            const line = text.split('\n').findIndex(l => l.includes(at)) + 1;
            expect(errors[0]).toMatch(new RegExp(`^${name.replace('.', '\\.')}:${line}:\\d+ error ${code.replace('.', '\\.')} `));
            expect(errors[0]).toContain(says);
            expect(result.stderr).toMatch(/^(1 error|1 fout), \d+ .* in 1 (file|bestand)\.\n$/);
        });
    }

    test('a goal named after a keyword is no mistake at all', () => {
        writeFileSync(path.join(temp, 'keyword-names.pop'), planWithGoalNl(CLEAN_GOAL_NL).replace('doel presenteren', 'doel supervisie'));
        writeFileSync(path.join(temp, 'keyword-names-en.pop'), planWithGoalEn(CLEAN_GOAL_EN).replace('goal presenting', 'goal training'));
        const result = pop(['check', 'keyword-names.pop', 'keyword-names-en.pop', '--today', '2027-06-01', '--no-project'], { cwd: temp });
        expect(result.stdout).toBe('');
        expect(result.code).toBe(0);
    });
});
