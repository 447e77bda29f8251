/** `pop calendar`: the plans' dates as an iCalendar file of all-day events, for any calendar to import. */
import path from 'node:path';
import ical from 'ical-generator';
import { t, type PopLocale, calendarEvents, type PlanEvent } from '@pop-lang/language';
import { plural } from '@pop-lang/language';
import { catalogue } from '@pop-lang/language/i18n';
import { oneOf, parseCommandArgs } from './args.js';
import { COMMON_OPTIONS, settingsFrom, type Io } from './check.js';
import { cliError } from './errors.js';
import { displayPath } from './files.js';
import { checkOutputPath, loadTeam, teamLocale, writeOutput } from './team-files.js';

const DAY_MS = 86_400_000;

export async function calendar(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('calendar', args, { ...COMMON_OPTIONS, out: { type: 'string', short: 'o' } }, locale);
    if (values.help) {
        io.stdout(t(locale, 'team.cli.calendarUsage') + '\n');
        return 0;
    }
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'calendar' });
    const settings = settingsFrom(values, locale, io.cwd);
    const { workspace, unread } = await loadTeam(positionals, values, settings, locale, io.cwd);
    for (const file of unread) io.stderr(`pop: ${file.message}\n`);
    // --locale names the language of every event; otherwise each plan's events speak its own language.
    const forced = oneOf(values.locale as string | undefined, ['nl', 'en'] as const, '--locale', locale);
    const events = calendarEvents(workspace.documents.map(({ source, document }) => ({ file: source.display, document })), { locale: forced });
    const calendarLocale = forced ?? teamLocale(settings, workspace.documents.map(d => d.document), locale, () => locale);
    const text = icsText(events, catalogue(calendarLocale).team.calendar.calendarName);

    const out = values.out as string | undefined;
    if (out === undefined || out === '-') {
        io.stdout(text);
    } else {
        const target = path.resolve(io.cwd, out);
        checkOutputPath(target, locale, io.cwd);
        writeOutput(target, text, locale, io.cwd);
        io.stdout(plural(locale, catalogue(locale).team.calendar.wrote, events.length, { path: displayPath(target, io.cwd) }) + '\n');
    }
    return unread.length > 0 ? 2 : 0;
}

/** RFC 5545 text: one VEVENT per event, all day (DTSTART;VALUE=DATE and the next day as the exclusive DTEND). */
function icsText(events: readonly PlanEvent[], name: string): string {
    const cal = ical({ name, prodId: { company: 'pop-lang', product: 'pop', language: 'EN' } });
    for (const event of events) {
        const start = new Date(`${event.date}T00:00:00Z`);
        cal.createEvent({
            id: event.uid,
            start,
            end: new Date(start.getTime() + DAY_MS),
            allDay: true,
            summary: event.summary,
            description: event.description,
            url: event.url ?? null,
            categories: [{ name: event.kind }],
        });
    }
    return cal.toString();
}
