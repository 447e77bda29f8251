import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { LangiumDocument } from 'langium';
import { counted, documentLocale, effectiveSeverity, format, suppressedDiagnostics, t, type Document, type PopLocale, type PopSettings, type SeveritySetting } from '@pop-lang/language';
import { findConfigFile, findProjectFolder } from '@pop-lang/language/node';
import { countOption, dateOption, fixRuleOptions, oneOf, parseCommandArgs, ruleOptions } from './args.js';
import { cliError, outputLocale } from './errors.js';
import { collectFiles, readProjectFiles, readSource, realPath, type SourceFile } from './files.js';
import { compareProblems, count, countedProblems, formatGithub, formatJson, formatSarif, formatText, toProblem, type Problem } from './report.js';
import { applySafeFixes, writeFixes } from './safe-fixes.js';
import { loadWorkspace, type LoadedWorkspace } from './workspace.js';

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

/** The options of `pop check`; `pop fix` takes those that decide its exit code too. */
const CHECK_OPTIONS = {
    ...COMMON_OPTIONS,
    format: { type: 'string' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    fix: { type: 'boolean' },
} as const;

export async function check(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('check', args, CHECK_OPTIONS, locale);
    if (values.help) {
        io.stdout(t(locale, 'cli.checkUsage') + '\n');
        return 0;
    }
    const outputFormat = oneOf(values.format as string | undefined, ['text', 'json', 'sarif', 'github'] as const, '--format', locale) ?? 'text';
    const maxWarnings = countOption(values['max-warnings'] as string | undefined, '--max-warnings', locale);
    // Without --fix, every --rule sets a severity; with it, a bare code (or prefix) names the rules to fix.
    const ruleValues = values.rule as string[] | undefined;
    const rules = values.fix ? fixRuleOptions(ruleValues, locale) : { severities: ruleValues, include: () => true };
    const settings = settingsFrom({ ...values, rule: rules.severities }, locale, io.cwd);
    locale = workspaceLocale(settings);
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'check' });

    const files = collectFiles(positionals, locale, io.cwd);
    const sources = files.map(file => readSource(file, locale, io.cwd));
    const workspace = await loadWorkspace(sources, settings, projectContext(values, files, locale, io.cwd));
    locale = workspaceLocale(settings, workspace);
    let writeFailed = false;
    if (values.fix) {
        // What was fixed goes to stderr: stdout carries the report, which may be JSON or SARIF.
        const written = await writeFixes(workspace, await applySafeFixes(workspace, rules.include), locale, io);
        for (const line of written.lines) io.stderr(line + '\n');
        writeFailed = written.failed;
    }
    const code = reportProblems(workspace, { format: outputFormat, quiet: !!values.quiet, maxWarnings, list: true }, locale, io);
    return writeFailed ? 2 : code;
}

export interface ReportOptions {
    format: 'text' | 'json' | 'sarif' | 'github';
    quiet: boolean;
    maxWarnings: number | undefined;
    /** Whether each problem is listed, or only counted in the summary line. */
    list: boolean;
}

/**
 * The locale of a command's own lines (see outputLocale): --locale, the .poprc.json, the environment, and once the
 * plans are loaded, their language when they share one.
 */
export function workspaceLocale(settings: Partial<PopSettings>, workspace?: LoadedWorkspace): PopLocale {
    const languages = (workspace?.documents ?? [])
        .filter(({ document }) => !isEmpty(document))
        .map(({ document }) => documentLocale(document));
    return outputLocale(settings.locale, languages);
}

/** A file with neither a plan nor organisation goals, and no syntax error: a plan not yet written, or the wrong file. */
export function isEmpty(document: LangiumDocument<Document>): boolean {
    const { value, lexerErrors, parserErrors } = document.parseResult;
    return value.items.length === 0 && lexerErrors.length === 0 && parserErrors.length === 0;
}

/**
 * The problems of each given file: its diagnostics, and for an empty file a warning under plan.no-goals (at the
 * rule's configured severity), which a validator of plans cannot give, as there is no plan to hang it on.
 */
export function problemsByFile(workspace: LoadedWorkspace, locale: PopLocale): Map<SourceFile, Problem[]> {
    const settings = workspace.services.Pop.pop.Settings.current;
    const emptySeverity = effectiveSeverity('plan.no-goals', settings.severity);
    const messageLocale = settings.locale === 'auto' ? locale : settings.locale;
    return new Map(workspace.documents.map(({ source, document }) => {
        const problems = (document.diagnostics ?? []).map(d => toProblem(source.display, d));
        if (emptySeverity !== 'off' && isEmpty(document)) {
            problems.push({
                file: source.display, line: 1, column: 1, endLine: 1, endColumn: 1,
                severity: emptySeverity, code: 'plan.no-goals', message: t(messageLocale, 'cli.emptyFile'),
            });
        }
        return [source, problems];
    }));
}

/** The problems a suppression comment accepts: only SARIF lists them, marked as suppressed, with the comment's reason. */
function suppressedProblems(workspace: LoadedWorkspace): Problem[] {
    return workspace.documents.flatMap(({ source, document }) => suppressedDiagnostics(document, workspace.services.Pop)
        .map(({ diagnostic, justification }) => ({ ...toProblem(source.display, diagnostic), suppression: { justification } })));
}

/** Reports the workspace's problems as pop check does, and returns pop check's exit code. */
export function reportProblems(workspace: LoadedWorkspace, options: ReportOptions, locale: PopLocale, io: Io): number {
    const files = workspace.documents.length;
    let problems: Problem[] = [...problemsByFile(workspace, locale).values()].flat();
    problems.sort(compareProblems);
    const counts = count(problems);
    if (options.quiet) problems = problems.filter(p => p.severity === 'error');

    if (options.format === 'json') io.stdout(formatJson(problems));
    else if (options.format === 'sarif') {
        const suppressed = suppressedProblems(workspace).filter(p => !options.quiet || p.severity === 'error');
        io.stdout(formatSarif([...problems, ...suppressed].sort(compareProblems), locale, io.version));
    }
    else {
        // Annotations for GitHub, with the summary in the job's log as for text.
        if (options.list) io.stdout(options.format === 'github' ? formatGithub(problems) : formatText(problems, io.color));
        const summary = counts.errors + counts.warnings + counts.infos === 0
            ? t(locale, 'cli.clean', { files: counted(locale, 'files', files) })
            : t(locale, 'cli.summary', countedProblems(locale, counts, files));
        io.stderr(summary + '\n');
    }
    const tooManyWarnings = options.maxWarnings !== undefined && counts.warnings > options.maxWarnings;
    if (tooManyWarnings && (options.format === 'text' || options.format === 'github')) {
        io.stderr(format(t(locale, 'cli.tooManyWarnings', { warnings: counts.warnings, max: options.maxWarnings! })) + '\n');
    }
    return counts.errors > 0 || tooManyWarnings ? 1 : 0;
}
