/** `pop due`: what is due or overdue, by date; exit 1 when something is overdue, for a scheduled reminder. */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pop } from '../cli/run-cli.js';
import { makeTeamFolder, ORGANISATION, SAM, SANNE, type TeamFolder } from './team-folder.js';
import { TODAY } from '../support/services.js';

let folder: TeamFolder;
beforeAll(() => { folder = makeTeamFolder({ 'organisation.pop': ORGANISATION, 'sam.pop': SAM, 'sanne.pop': SANNE }); });
afterAll(() => folder.remove());

interface Item { kind: string; date: string; days: number; overdue: boolean; file: string; line: number; goal?: string }

function dueJson(args: string[], cwd = folder.root): { code: number | null; items: Item[] } {
    const result = pop(['due', '--today', TODAY, '--format', 'json', ...args], { cwd });
    return { code: result.code, items: JSON.parse(result.stdout).items };
}

describe('pop due', { timeout: 60_000 }, () => {
    test('overdue goals, reviews and unsigned plans past their start, and what falls within the window, by date', () => {
        const { code, items } = dueJson(['team', '--within', '14d']);
        expect(code).toBe(1);
        expect(items.map(i => `${i.date} ${i.kind} ${i.goal ?? i.file} ${i.overdue ? 'overdue' : 'due'}`)).toEqual([
            '2027-02-01 unsigned-plan team/sanne.pop overdue',
            '2027-05-01 goal-deadline records overdue',
            '2027-06-10 review presenting due',
            '2027-06-10 goal-deadline bellen due',
        ]);
        expect(items.map(i => i.date)).toEqual([...items.map(i => i.date)].sort());
        expect(items.find(i => i.goal === 'records')!.days).toBe(-31);
    });

    test('a shorter window leaves out what is later; weeks count as seven days', () => {
        expect(dueJson(['team', '--within', '5']).items.map(i => i.kind)).toEqual(['unsigned-plan', 'goal-deadline']);
        expect(dueJson(['team', '--within', '2w']).items).toHaveLength(4);
    });

    test('nothing overdue: exit 0, and the text says how far it looked', () => {
        const clean = makeTeamFolder({
            'sam.pop': SAM.replace('end 2027-05-01', 'end 2027-09-01'),
        });
        try {
            const result = pop(['due', 'team', '--today', TODAY, '--within', '3d'], { cwd: clean.root });
            expect(result.code).toBe(0);
            expect(result.stdout).toBe('');
            expect(result.stderr).toBe('Nothing is due within 3 days.\n');
            // One day is a day, not "1 days"; in Dutch too.
            expect(pop(['due', 'team', '--today', TODAY, '--within', '1d'], { cwd: clean.root }).stderr).toBe('Nothing is due within 1 day.\n');
            expect(pop(['due', 'team', '--today', TODAY, '--within', '1d', '--locale', 'nl'], { cwd: clean.root }).stderr).toBe('Binnen 1 dag is er niets te doen.\n');
        } finally {
            clean.remove();
        }
    });

    test('the text lists one line per item with its place, and a review already held is not due', () => {
        const result = pop(['due', '--today', TODAY], { cwd: folder.root });
        expect(result.code).toBe(1);
        const lines = result.stdout.trim().split('\n');
        expect(lines[0]).toMatch(/^2027-02-01 {2}overdue \(120 days late\) {2}team\/sanne\.pop:\d+ {2}Plan 'POP 2027 Sanne' has started but is not signed · Sanne de Vries$/);
        expect(lines[1]).toMatch(/^2027-05-01 {2}overdue \(31 days late\) {2}team\/sam\.pop:\d+ {2}Goal 'records' \(Digitise records\) must be reached · Sam Bakker$/);
        expect(result.stderr).toBe('2 overdue, 2 due within 14 days.\n');
        const held = SAM.replace('review 2027-06-10 {\n            note "Halfway"\n        }', 'review 2027-05-10 {\n            note "Halfway"\n        }');
        const notHeld = held.replace('note "Halfway"', '');
        const past = makeTeamFolder({ 'held/sam.pop': held, 'pending/sam.pop': notHeld });
        try {
            const reviews = dueJson(['team'], past.root).items.filter(i => i.kind === 'review');
            expect(reviews.map(r => `${r.file} ${r.date} ${r.overdue}`)).toEqual(['team/pending/sam.pop 2027-05-10 true']);
        } finally {
            past.remove();
        }
    });

    test('a plan that has not started yet is "to be signed", not "has started"', () => {
        const result = pop(['due', '--today', '2027-01-20', '--within', '30d'], { cwd: folder.root });
        const line = result.stdout.split('\n').find(l => l.includes("Plan 'POP 2027 Sanne'"));
        expect(line).toMatch(/^2027-02-01 {2}due \(in 12 days\) {2}team\/sanne\.pop:\d+ {2}Plan 'POP 2027 Sanne' starts and is not signed yet · Sanne de Vries$/);
        const nl = pop(['due', '--today', '2027-01-20', '--within', '30d', '--locale', 'nl'], { cwd: folder.root });
        expect(nl.stdout).toContain("Plan 'POP 2027 Sanne' begint en is nog niet ondertekend");
    });

    test('--within must be a number of days or weeks', () => {
        const result = pop(['due', 'team', '--within', 'soon'], { cwd: folder.root });
        expect(result.code).toBe(2);
        expect(result.stderr).toContain("invalid value 'soon' for --within");
    });
});
