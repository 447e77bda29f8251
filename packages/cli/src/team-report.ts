/**
 * `pop report`: the team overview of the given plans as HTML, JSON or CSV; with --out-dir, index.html with every
 * plan rendered beside it. Files that cannot be read are marked in the report, which is written all the same;
 * the exit code is check's.
 */
import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import {
    documentLocale, isPlan, renderHtml, t, todayDay, type PopLocale, teamReport, type ReportSource
} from '@pop-lang/language';
import { teamReportCsv, teamReportHtml } from '@pop-lang/language';
import { oneOf, parseCommandArgs } from './args.js';
import { COMMON_OPTIONS, settingsFrom, type Io } from './check.js';
import { CliError, cliError } from './errors.js';
import { displayPath } from './files.js';
import { checkOutputPath, loadTeam, teamLocale, writeOutput } from './team-files.js';

const FORMATS = ['html', 'json', 'csv'] as const;
type Format = (typeof FORMATS)[number];

export async function teamReportCommand(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('report', args, {
        ...COMMON_OPTIONS,
        out: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        format: { type: 'string' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'team.cli.reportUsage') + '\n');
        return 0;
    }
    const out = values.out as string | undefined;
    const outDir = values['out-dir'] as string | undefined;
    if (out !== undefined && outDir !== undefined) throw cliError(locale, 'renderOutAndDir');
    const format: Format = oneOf(values.format as string | undefined, FORMATS, '--format', locale) ?? formatFromName(out) ?? 'html';
    if (outDir !== undefined && format !== 'html') throw new CliError(t(locale, 'team.cli.outDirFormat', { format }));
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'report' });
    const settings = settingsFrom(values, locale, io.cwd);

    const { workspace, unread } = await loadTeam(positionals, values, settings, locale, io.cwd);
    for (const file of unread) io.stderr(`pop: ${file.message}\n`);
    const services = workspace.services.Pop;
    const reportLocale = teamLocale(settings, workspace.documents.map(d => d.document), locale, documentLocale);
    const today = todayDay(settings.today);

    const outFolder = outDir !== undefined ? path.resolve(io.cwd, outDir) : undefined;
    const pages = outFolder ? pageNames(workspace.documents.filter(d => d.document.parseResult.value.items.some(isPlan)).map(d => d.source.path)) : new Map<string, string>();
    const sources: ReportSource[] = [
        ...workspace.documents.map(({ source, document }) => ({ file: source.display, document, page: pages.get(source.path) })),
        ...unread.map(u => ({ file: u.file, unreadable: u.message })),
    ];
    const report = teamReport(sources, services, { locale: reportLocale, today });
    const text = format === 'json' ? JSON.stringify(report, null, 2) + '\n' : format === 'csv' ? teamReportCsv(report) : teamReportHtml(report);

    if (outFolder) {
        prepareFolder(outFolder, outDir!, locale);
        for (const { source, document } of workspace.documents) {
            const page = pages.get(source.path);
            if (page === undefined) continue;
            const target = path.join(outFolder, page);
            writeOutput(target, renderHtml(document, services), locale, io.cwd);
        }
        const index = path.join(outFolder, 'index.html');
        writeOutput(index, text, locale, io.cwd);
        io.stdout(t(locale, 'team.cli.wrote', { path: displayPath(index, io.cwd) }) + '\n');
    } else if (out === undefined || out === '-') {
        io.stdout(text);
    } else {
        const target = path.resolve(io.cwd, out);
        checkOutputPath(target, locale, io.cwd);
        writeOutput(target, text, locale, io.cwd);
        io.stdout(t(locale, 'team.cli.wrote', { path: displayPath(target, io.cwd) }) + '\n');
    }

    if (unread.length > 0) return 2;
    const errors = workspace.documents.reduce((n, { document }) => n + (document.diagnostics ?? []).filter(d => (d.severity ?? 1) === 1).length, 0);
    return errors > 0 ? 1 : 0;
}

function formatFromName(file: string | undefined): Format | undefined {
    const extension = file ? path.extname(file).toLowerCase().slice(1) : '';
    return extension === 'htm' ? 'html' : (FORMATS as readonly string[]).includes(extension) ? extension as Format : undefined;
}

/** Each plan's page in the output folder: its own name, numbered when two plans in different folders share it. */
function pageNames(files: readonly string[]): Map<string, string> {
    const names = new Map<string, string>();
    const used = new Set<string>(['index.html']);
    for (const file of files) {
        const base = path.basename(file, '.pop');
        let name = `${base}.html`;
        for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base}-${n}.html`;
        used.add(name.toLowerCase());
        names.set(file, name);
    }
    return names;
}

function prepareFolder(folder: string, shown: string, locale: PopLocale): void {
    try {
        mkdirSync(folder, { recursive: true });
    } catch {
        throw cliError(locale, 'renderNotFolder', { folder: shown });
    }
    if (!statSync(folder).isDirectory()) throw cliError(locale, 'renderNotFolder', { folder: shown });
}
