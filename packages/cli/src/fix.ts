import { createTwoFilesPatch, FILE_HEADERS_ONLY } from 'diff';
import { counted, t, type PopLocale } from '@pop-lang/language';
import { countOption, fixRuleOptions, parseCommandArgs } from './args.js';
import { COMMON_OPTIONS, projectContext, reportProblems, settingsFrom, workspaceLocale, type Io } from './check.js';
import { cliError } from './errors.js';
import { collectFiles, readSource } from './files.js';
import { applySafeFixes, fixLines, isChanged, writeFixes, type FileFix } from './safe-fixes.js';
import { loadWorkspace } from './workspace.js';

/**
 * `pop fix`: applies the safe fixes (the editor's "fix all") to the given plans and writes them back; with
 * --dry-run it prints what would change as a unified diff instead. Then it counts the problems left, and exits
 * as pop check would on the result.
 */
export async function fix(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('fix', args, {
        ...COMMON_OPTIONS,
        'dry-run': { type: 'boolean' },
        'max-warnings': { type: 'string' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'cli.fixUsage') + '\n');
        return 0;
    }
    const maxWarnings = countOption(values['max-warnings'] as string | undefined, '--max-warnings', locale);
    const rules = fixRuleOptions(values.rule as string[] | undefined, locale);
    const settings = settingsFrom({ ...values, rule: rules.severities }, locale, io.cwd);
    locale = workspaceLocale(settings);
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'fix' });

    const files = collectFiles(positionals, locale, io.cwd);
    const sources = files.map(file => readSource(file, locale, io.cwd));
    const workspace = await loadWorkspace(sources, settings, projectContext(values, files, locale, io.cwd));
    locale = workspaceLocale(settings, workspace);
    const fixes = await applySafeFixes(workspace, rules.include);
    const dryRun = !!values['dry-run'];
    let failed = false;
    if (dryRun) {
        // The diff is the output, ready for `git apply` or `patch -p1`; what it fixes goes with the summary.
        io.stdout(fixes.filter(isChanged).map(unifiedDiff).join(''));
        for (const line of fixLines(fixes, true, locale)) io.stderr(line + '\n');
    } else {
        const written = await writeFixes(workspace, fixes, locale, io);
        for (const line of written.lines) io.stdout(line + '\n');
        failed = written.failed;
    }
    io.stderr(totalLine(fixes, dryRun, locale) + '\n');
    const code = reportProblems(workspace, { format: 'text', quiet: false, maxWarnings, list: false }, locale, io);
    return failed ? 2 : code;
}

/** git's form: a/ and b/ before the path as the user wrote it. */
function unifiedDiff(fix: FileFix): string {
    const name = fix.source.display.split('\\').join('/');
    return createTwoFilesPatch(`a/${name}`, `b/${name}`, fix.source.text, fix.text, undefined, undefined, { headerOptions: FILE_HEADERS_ONLY });
}

function totalLine(fixes: readonly FileFix[], dryRun: boolean, locale: PopLocale): string {
    const changed = fixes.filter(isChanged);
    const count = changed.reduce((sum, f) => sum + [...f.counts.values()].reduce((a, b) => a + b, 0), 0);
    if (changed.length === 0) return t(locale, 'cli.fixNothing', { total: counted(locale, 'files', fixes.length) });
    return t(locale, dryRun ? 'cli.fixTotalDryRun' : 'cli.fixTotal', { problems: counted(locale, 'problems', count), files: changed.length, total: counted(locale, 'files', fixes.length) });
}
