import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { format, t, type PopLocale, type PopSettings, type SeveritySetting } from '@pop-lang/language';
import { countOption, dateOption, oneOf, parseCommandArgs, ruleOptions } from './args.js';
import { cliError } from './errors.js';
import { findConfigFile, findProjectFolder } from '@pop-lang/language/node';
import { collectFiles, readProjectFiles, readSource, realPath, type SourceFile } from './files.js';
import { compareProblems, count, formatJson, formatSarif, formatText, toProblem, type Problem } from './report.js';
import { loadWorkspace } from './workspace.js';

export interface Io {
    stdout: (text: string) => void;
    stderr: (text: string) => void;
    color: boolean;
    cwd: string;
    version: string;
}

/** Options shared by check and render. */
export const COMMON_OPTIONS = {
    locale: { type: 'string' },
    today: { type: 'string' },
    rule: { type: 'string', multiple: true },
    'vague-word': { type: 'string', multiple: true },
    config: { type: 'string' },
    project: { type: 'string' },
    'no-project': { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
} as const;

/**
 * The other plans of the projects the given files belong to, which they may refer to: those under --project, else
 * under each file's nearest folder upwards with a .poprc.json or .git; none with --no-project.
 */
export function projectContext(values: Record<string, unknown>, files: readonly string[], locale: PopLocale, cwd: string): SourceFile[] {
    if (values['no-project']) {
        if (typeof values.project === 'string') throw cliError(locale, 'projectAndNoProject');
        return [];
    }
    let folders: string[];
    if (typeof values.project === 'string') {
        const folder = path.resolve(cwd, values.project);
        let isFolder = false;
        try {
            isFolder = statSync(folder).isDirectory();
        } catch {
            throw cliError(locale, 'notFound', { path: values.project });
        }
        if (!isFolder) throw cliError(locale, 'projectNotFolder', { path: values.project });
        folders = [folder];
    } else {
        folders = [...new Set(files.map(findProjectFolder).filter((f): f is string => f !== undefined))];
    }
    const read = new Set(files.map(realPath));
    return folders.flatMap(folder => readProjectFiles(folder, read, cwd));
}

interface ConfigFile {
    locale?: string;
    today?: string;
    severity?: Record<string, string>;
    vagueWords?: string[];
}

/** Settings from the nearest .poprc.json (or --config) first, then the command line on top. */
export function settingsFrom(values: Record<string, unknown>, locale: PopLocale, cwd: string): Partial<PopSettings> {
    const configPath = typeof values.config === 'string' ? path.resolve(cwd, values.config) : findConfigFile(cwd);
    let config: ConfigFile = {};
    if (configPath !== undefined) {
        const shown = typeof values.config === 'string' ? values.config : path.relative(cwd, configPath);
        try {
            config = JSON.parse(readFileSync(configPath, 'utf8')) as ConfigFile;
        } catch (error) {
            const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? t(locale, 'cli.notFound', { path: shown }) : (error as Error).message;
            throw cliError(locale, 'badConfig', { path: shown, reason });
        }
        if (typeof config !== 'object' || config === null || Array.isArray(config)) {
            throw cliError(locale, 'badConfig', { path: shown, reason: 'expected a JSON object' });
        }
    }
    const severity: Record<string, SeveritySetting> = {
        ...ruleOptions(Object.entries(config.severity ?? {}).map(([k, v]) => `${k}=${v}`), locale),
        ...ruleOptions(values.rule as string[] | undefined, locale),
    };
    const chosenLocale = oneOf(values.locale as string | undefined, ['nl', 'en'] as const, '--locale', locale)
        ?? oneOf(config.locale, ['nl', 'en', 'auto'] as const, 'locale', locale) ?? 'auto';
    return {
        locale: chosenLocale,
        today: dateOption(values.today as string | undefined, '--today', locale) ?? dateOption(config.today, 'today', locale),
        severity,
        vagueWords: [...(config.vagueWords ?? []), ...((values['vague-word'] as string[] | undefined) ?? [])],
    };
}

export async function check(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('check', args, {
        ...COMMON_OPTIONS,
        format: { type: 'string' },
        'max-warnings': { type: 'string' },
        quiet: { type: 'boolean', short: 'q' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'cli.checkUsage') + '\n');
        return 0;
    }
    const outputFormat = oneOf(values.format as string | undefined, ['text', 'json', 'sarif'] as const, '--format', locale) ?? 'text';
    const maxWarnings = countOption(values['max-warnings'] as string | undefined, '--max-warnings', locale);
    const settings = settingsFrom(values, locale, io.cwd);
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'check' });

    const files = collectFiles(positionals, locale, io.cwd);
    const sources = files.map(file => readSource(file, locale, io.cwd));
    const workspace = await loadWorkspace(sources, settings, projectContext(values, files, locale, io.cwd));
    let problems: Problem[] = workspace.documents.flatMap(({ source, document }) =>
        (document.diagnostics ?? []).map(d => toProblem(source.display, d)));
    problems.sort(compareProblems);
    const counts = count(problems);
    if (values.quiet) problems = problems.filter(p => p.severity === 'error');

    if (outputFormat === 'json') io.stdout(formatJson(problems));
    else if (outputFormat === 'sarif') io.stdout(formatSarif(problems, locale, io.version));
    else {
        io.stdout(formatText(problems, io.color));
        const summary = counts.errors + counts.warnings + counts.infos === 0
            ? t(locale, 'cli.clean', { files: files.length })
            : t(locale, 'cli.summary', { ...counts, files: files.length });
        io.stderr(summary + '\n');
    }
    const tooManyWarnings = maxWarnings !== undefined && counts.warnings > maxWarnings;
    if (tooManyWarnings && outputFormat === 'text') {
        io.stderr(format(t(locale, 'cli.tooManyWarnings', { warnings: counts.warnings, max: maxWarnings })) + '\n');
    }
    return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}
