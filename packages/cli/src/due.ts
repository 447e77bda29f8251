/** `pop due`: what is due or overdue, by date; exit 1 when something is overdue, so that a scheduled job can remind. */
import { counted, documentLocale, dueItems, dueText, plural, t, todayDay, type DueItem, type PopLocale } from '@pop-lang/language';
import { catalogue, format } from '@pop-lang/language/i18n';
import { oneOf, parseCommandArgs } from './args.js';
import { COMMON_OPTIONS, settingsFrom, type Io } from './check.js';
import { CliError } from './errors.js';
import { loadTeam, teamLocale } from './team-files.js';

export async function due(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('due', args, {
        ...COMMON_OPTIONS,
        within: { type: 'string' },
        format: { type: 'string' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'team.cli.dueUsage') + '\n');
        return 0;
    }
    const outputFormat = oneOf(values.format as string | undefined, ['text', 'json'] as const, '--format', locale) ?? 'text';
    const within = withinDays(values.within as string | undefined, locale);
    const settings = settingsFrom(values, locale, io.cwd);
    const { workspace, unread } = await loadTeam(positionals.length > 0 ? positionals : ['.'], values, settings, locale, io.cwd);
    for (const file of unread) io.stderr(`pop: ${file.message}\n`);
    const today = todayDay(settings.today);
    const items = dueItems(workspace.documents.map(({ source, document }) => ({ file: source.display, document })), { today, within });
    const overdue = items.filter(i => i.overdue).length;
    if (outputFormat === 'json') {
        io.stdout(JSON.stringify({ today: new Date(today * 86_400_000).toISOString().slice(0, 10), within, overdue, items }, null, 2) + '\n');
    } else {
        const listLocale = teamLocale(settings, workspace.documents.map(d => d.document), locale, documentLocale);
        io.stdout(items.map(item => dueLine(item, listLocale) + '\n').join(''));
        const d = catalogue(listLocale).team.due;
        io.stderr((items.length === 0 ? format(d.nothing, { days: counted(listLocale, 'days', within) }) : format(d.summary, { overdue, due: items.length - overdue, days: counted(listLocale, 'days', within) })) + '\n');
    }
    if (unread.length > 0) return 2;
    return overdue > 0 ? 1 : 0;
}

/** "2027-03-01  overdue (3 days late)  plans/sam.pop:12  Goal 'x' (Title) must be reached · Sam Bakker" */
function dueLine(item: DueItem, locale: PopLocale): string {
    const d = catalogue(locale).team.due;
    const when = item.days === 0 ? d.today : item.days < 0 ? plural(locale, d.daysLate, -item.days) : plural(locale, d.daysLeft, item.days);
    return `${item.date}  ${item.overdue ? d.overdue : d.due} (${when})  ${item.file}:${item.line}  ${dueText(item, locale)}${item.employee ? ` · ${item.employee}` : ''}`;
}

/** "14d", "14", "2w" → days. */
function withinDays(value: string | undefined, locale: PopLocale): number {
    if (value === undefined) return 14;
    const match = /^(\d{1,4})\s*([dw]?)$/i.exec(value.trim());
    if (!match) throw new CliError(t(locale, 'team.cli.badWithin', { value }));
    return Number(match[1]) * (match[2].toLowerCase() === 'w' ? 7 : 1);
}
