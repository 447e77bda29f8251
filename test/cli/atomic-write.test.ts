import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { AtomicWrites } from '../../packages/cli/src/atomic-write.js';
import { pop } from './run-cli.js';
import { planEn, goalEn, CLEAN_GOAL_EN } from '../support/plans.js';

// pop fix writes each fixed file whole, through a temporary file renamed over it, and leaves nothing else behind.

const temp = mkdtempSync(path.join(os.tmpdir(), 'pop-atomic-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('atomic writes of many files', () => {
    test('replace each file with its new text and mode, and leave no temporary file or folder', () => {
        const folders = ['a', 'b'].map(name => path.join(temp, name));
        const files = folders.flatMap(folder => {
            mkdirSync(folder);
            return ['one.pop', 'two.pop'].map(name => {
                const file = path.join(folder, name);
                writeFileSync(file, 'old');
                return file;
            });
        });
        const writer = new AtomicWrites();
        try {
            files.forEach((file, i) => writer.write(file, `new ${i}`, 0o600));
        } finally {
            writer.close();
        }
        files.forEach((file, i) => {
            expect(readFileSync(file, 'utf8')).toBe(`new ${i}`);
            expect(statSync(file).mode & 0o777).toBe(0o600);
        });
        for (const folder of folders) expect(readdirSync(folder).sort()).toEqual(['one.pop', 'two.pop']);
    });

    test('a write that fails leaves the target as it was, and close cleans up after it', () => {
        const folder = path.join(temp, 'failing');
        mkdirSync(path.join(folder, 'plan.pop'), { recursive: true });
        writeFileSync(path.join(folder, 'other.pop'), 'old');
        const writer = new AtomicWrites();
        try {
            writer.write(path.join(folder, 'other.pop'), 'new');
            // A rename over a folder fails: the folder stays a folder.
            expect(() => writer.write(path.join(folder, 'plan.pop'), 'text')).toThrow();
        } finally {
            writer.close();
        }
        expect(statSync(path.join(folder, 'plan.pop')).isDirectory()).toBe(true);
        expect(readFileSync(path.join(folder, 'other.pop'), 'utf8')).toBe('new');
        expect(readdirSync(folder).sort()).toEqual(['other.pop', 'plan.pop']);
    });

    test('pop fix on a folder of plans leaves only the plans in it', { timeout: 60_000 }, () => {
        const folder = path.join(temp, 'plans');
        mkdirSync(folder);
        const reversed = planEn(goalEn(CLEAN_GOAL_EN.replace('start 2027-01-15', 'start 2027-12-20')));
        const names = ['a.pop', 'b.pop', 'c.pop'];
        for (const name of names) writeFileSync(path.join(folder, name), reversed);
        const result = pop(['fix', '.', '--no-project', '--today', '2027-06-01'], { cwd: folder });
        expect(result.stdout.trim().split('\n')).toHaveLength(3);
        for (const name of names) expect(readFileSync(path.join(folder, name), 'utf8')).not.toBe(reversed);
        expect(readdirSync(folder).sort()).toEqual(names);
    });
});
