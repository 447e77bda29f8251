/**
 * `pop calendar`: the plans' dates as iCalendar, read back with an independent parser (ical.js). UIDs come from
 * the plan and the names in it, so an edit that moves lines keeps them, and a calendar updates instead of doubling.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { pop } from '../cli/run-cli.js';
import { makeTeamFolder, ORGANISATION, SAM, SANNE, type TeamFolder } from './team-folder.js';
import { TODAY } from '../support/services.js';

interface ParsedEvent { uid: string; summary: string; description: string; start: string; isDate: boolean; end: string; url: string | null }

function parse(text: string): ParsedEvent[] {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return calendar.getAllSubcomponents('vevent').map(component => {
        const event = new ICAL.Event(component);
        return {
            uid: event.uid, summary: event.summary, description: event.description,
            start: event.startDate.toString(), isDate: event.startDate.isDate, end: event.endDate.toString(),
            url: component.getFirstPropertyValue('url') as string | null,
        };
    });
}

let folder: TeamFolder;
beforeAll(() => { folder = makeTeamFolder({ 'organisation.pop': ORGANISATION, 'sam.pop': SAM, 'sanne.pop': SANNE }); });
afterAll(() => folder.remove());

function calendar(cwd = folder.root, args: string[] = []) {
    return pop(['calendar', 'team', '-o', 'plans.ics', ...args], { cwd });
}

describe('pop calendar', { timeout: 60_000 }, () => {
    test('goal deadlines, reviews, action start and end dates and the plan end, as all-day events', () => {
        const result = calendar();
        expect(result.code).toBe(0);
        const text = readFileSync(path.join(folder.root, 'plans.ics'), 'utf8');
        expect(result.stdout).toContain(`plans.ics (${parse(text).length} events)`);
        const events = parse(text);
        const summaries = events.map(e => `${e.start} ${e.summary}`);
        expect(summaries).toEqual(expect.arrayContaining([
            '2027-12-15 Deadline: Present convincingly',
            '2027-06-10 Review: Present convincingly',
            '2027-02-01 Start: Presenting with impact',
            '2027-03-15 Finish: Presenting with impact',
            '2027-12-31 Plan ends: PDP 2027 Sam',
            '2027-06-10 Deadline: Sneller opnemen',
            '2027-12-31 Einde plan: POP 2027 Sanne',
        ]));
        expect(events.every(e => e.isDate)).toBe(true);
        // An all-day event ends (exclusively) on the next day.
        const deadline = events.find(e => e.summary === 'Deadline: Present convincingly')!;
        expect(deadline.end).toBe('2027-12-16');
        expect(text).toContain('DTSTART;VALUE=DATE:20271215');
        expect(new Set(events.map(e => e.uid)).size).toBe(events.length);
    });

    test('each event says what has to be ready and links back to the file and line', () => {
        calendar();
        const events = parse(readFileSync(path.join(folder.root, 'plans.ics'), 'utf8'));
        const deadline = events.find(e => e.summary === 'Deadline: Present convincingly')!;
        const line = SAM.split('\n').findIndex(l => l.includes('goal presenting')) + 1;
        expect(deadline.description).toContain("Goal 'presenting' of Sam Bakker must be reached: Gives a 15-minute presentation");
        expect(deadline.description).toContain(`Source: team/sam.pop, line ${line}`);
        expect(deadline.url).toMatch(new RegExp(`^file://.*/team/sam\\.pop#L${line}$`));
        const dutch = events.find(e => e.summary === 'Deadline: Sneller opnemen')!;
        expect(dutch.description).toContain("Doel 'bellen' van Sanne de Vries moet bereikt zijn");
        expect(dutch.description).toMatch(/Bron: team\/sanne\.pop, regel \d+/);
    });

    test('UIDs stay the same when an edit moves every line, and change with the goal', () => {
        calendar();
        const before = parse(readFileSync(path.join(folder.root, 'plans.ics'), 'utf8'));
        const moved = makeTeamFolder({
            'organisation.pop': ORGANISATION,
            'sam.pop': `// A comment\n// that moves\n// every line down\n\n${SAM.replace('hours 16', 'hours 18')}`,
            'sanne.pop': SANNE.replace('doel bellen "Sneller opnemen"', 'doel opnemen "Sneller opnemen"'),
        });
        try {
            expect(calendar(moved.root).code).toBe(0);
            const after = parse(readFileSync(path.join(moved.root, 'plans.ics'), 'utf8'));
            const uids = (events: ParsedEvent[], summary: string) => events.filter(e => e.summary === summary).map(e => e.uid);
            for (const summary of ['Deadline: Present convincingly', 'Review: Present convincingly', 'Start: Presenting with impact', 'Plan ends: PDP 2027 Sam']) {
                expect(uids(after, summary), summary).toEqual(uids(before, summary));
            }
            expect(after.find(e => e.summary === 'Deadline: Present convincingly')!.description).not.toEqual(before.find(e => e.summary === 'Deadline: Present convincingly')!.description);
            // A renamed goal is another goal.
            expect(uids(after, 'Deadline: Sneller opnemen')).not.toEqual(uids(before, 'Deadline: Sneller opnemen'));
        } finally {
            moved.remove();
        }
    });

    test('--locale writes every summary in that language; standard output by default', () => {
        const result = pop(['calendar', 'team', '--locale', 'nl', '--today', TODAY], { cwd: folder.root });
        expect(result.code).toBe(0);
        expect(result.stdout.startsWith('BEGIN:VCALENDAR')).toBe(true);
        expect(parse(result.stdout).map(e => e.summary)).toContain('Voortgang: Present convincingly');
    });
});
