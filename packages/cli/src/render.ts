import { mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { counted, isPlan, renderHtml, t, type PopLocale } from '@pop-lang/language';
import { parseCommandArgs } from './args.js';
import { writeAtomically, writeError } from './atomic-write.js';
import { count, countedProblems, type Counts } from './report.js';
import { COMMON_OPTIONS, isEmpty, problemsByFile, projectContext, settingsFrom, workspaceLocale, type Io } from './check.js';
import { CliError, cliError } from './errors.js';
import { collectFiles, displayPath, readSource } from './files.js';
import { startPrinter, type Printer } from './pdf.js';
import { loadWorkspace } from './workspace.js';

interface Job {
    readonly source: string;
    readonly display: string;
    /** The plan's problems, as pop check counts them. */
    readonly counts: Counts;
    readonly hasPlan: boolean;
    /** Absolute output path, or '-' for standard output. */
    readonly out: string;
}

/**
 * `pop render`: every given plan to a self-contained HTML file. All files are loaded as one workspace, with the
 * project's other plans, so a plan's references to a shared file of organisation goals resolve.
 */
export async function render(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('render', args, {
        ...COMMON_OPTIONS,
        out: { type: 'string', short: 'o' },
        'out-dir': { type: 'string' },
        strict: { type: 'boolean' },
        pdf: { type: 'boolean' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'cli.renderUsage') + '\n');
        return 0;
    }
    const settings = settingsFrom(values, locale, io.cwd);
    locale = workspaceLocale(settings);
    const outFile = values.out as string | undefined;
    const outDir = values['out-dir'] as string | undefined;
    if (outFile !== undefined && outDir !== undefined) throw cliError(locale, 'renderOutAndDir');
    const pdf = values.pdf === true;
    if (pdf && outFile === '-') throw new CliError(t(locale, 'team.cli.pdfNeedsOutput'));
    const extension = pdf ? '.pdf' : '.html';
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'render' });

    const files = collectFiles(positionals, locale, io.cwd);
    const sources = files.map(file => readSource(file, locale, io.cwd));

    const workspace = await loadWorkspace(sources, settings, projectContext(values, files, locale, io.cwd));
    locale = workspaceLocale(settings, workspace);
    const problems = problemsByFile(workspace, locale);
    const loaded = workspace.documents.map(({ source, document }) => ({
        source,
        document,
        hasPlan: document.parseResult.value.items.some(isPlan),
        empty: isEmpty(document),
        counts: count(problems.get(source) ?? []),
    }));

    // With -o the plan is the output and any other file only lends its organisation goals.
    let targets = loaded;
    if (outFile !== undefined) {
        const plans = loaded.filter(l => l.hasPlan);
        if (plans.length > 1) throw cliError(locale, 'renderOneOutput', { count: plans.length });
        targets = plans.length === 1 ? plans : loaded.slice(0, 1);
    }

    const inputs = new Set(files.map(f => path.resolve(f)));
    // An empty file has nothing to show: pop check warns about it, and render writes no page for it.
    for (const empty of targets.filter(tg => tg.empty)) io.stderr(`pop: ${t(locale, 'cli.renderEmpty', { path: empty.source.display })}\n`);
    const jobs: Job[] = targets.filter(tg => !tg.empty).map(({ source, hasPlan, counts }) => {
        const out = outFile === '-' ? '-'
            : outFile !== undefined ? path.resolve(io.cwd, outFile)
            : path.join(outDir !== undefined ? path.resolve(io.cwd, outDir) : path.dirname(source.path), path.basename(source.path, '.pop') + extension);
        return { source: source.path, display: source.display, counts, hasPlan, out };
    });
    checkOutputs(jobs, inputs, outDir !== undefined, locale, io.cwd);

    // --strict: what pop check calls an error (a syntax error, dates in the wrong order, a broken reference) stops
    // every output, so that a published set of pages is all or nothing.
    const broken = jobs.filter(j => j.counts.errors > 0);
    if (values.strict && broken.length > 0) {
        for (const job of broken) io.stderr(`pop: ${t(locale, 'cli.renderStrict', { path: job.display, errors: counted(locale, 'errors', job.counts.errors) })}\n`);
        return 1;
    }

    if (outDir !== undefined) prepareOutDir(path.resolve(io.cwd, outDir), outDir, locale);
    const printer: Printer | undefined = pdf ? await startPrinter(locale, io.cwd) : undefined;
    try {
        // The report goes where the HTML does not.
        const report = outFile === '-' ? io.stderr : io.stdout;
        for (const job of jobs) {
            const document = targets.find(tg => tg.source.path === job.source)!.document;
            const html = renderHtml(document, workspace.services.Pop);
            if (job.out === '-') {
                io.stdout(html);
                continue;
            }
            const content = printer ? await printPdf(printer, html, job.display, locale) : html;
            try {
                writeAtomically(job.out, content);
            } catch (error) {
                throw writeError(error, job.out, locale, io.cwd);
            }
            const shown = displayPath(job.out, io.cwd);
            report(t(locale, job.hasPlan ? 'cli.rendered' : 'cli.renderedOrganisation', { path: shown }) + '\n');
        }
    } finally {
        await printer?.close();
    }
    // Rendered as they are, but not without a word: the page shows the plan, not its problems.
    for (const job of jobs) {
        const { errors, warnings, infos } = job.counts;
        if (errors + warnings + infos > 0) io.stderr(`pop: ${t(locale, 'cli.renderProblems', { path: job.display, ...countedProblems(locale, { errors, warnings, infos }) })}\n`);
    }
    return 0;
}

async function printPdf(printer: Printer, html: string, shown: string, locale: PopLocale): Promise<Uint8Array> {
    try {
        return await printer.print(html);
    } catch (error) {
        throw new CliError(t(locale, 'team.cli.pdfFailed', { path: shown, reason: (error as Error).message.split('\n')[0] }));
    }
}

/** --out-dir names a folder for results, so it is made when missing (like a compiler's output folder); -o is not. */
function prepareOutDir(folder: string, shown: string, locale: PopLocale): void {
    try {
        mkdirSync(folder, { recursive: true });
    } catch {
        throw cliError(locale, 'renderNotFolder', { folder: shown });
    }
    if (!statSync(folder).isDirectory()) throw cliError(locale, 'renderNotFolder', { folder: shown });
}

/** Refuses, before anything is written, every output that would clobber a plan, another output or land nowhere. */
function checkOutputs(jobs: readonly Job[], inputs: ReadonlySet<string>, madeLater: boolean, locale: PopLocale, cwd: string): void {
    const seen = new Map<string, Job>();
    for (const job of jobs) {
        if (job.out === '-') continue;
        const shown = displayPath(job.out, cwd);
        if (job.out.toLowerCase().endsWith('.pop') || inputs.has(job.out)) throw cliError(locale, 'renderOverwritePop', { path: shown });
        const folder = path.dirname(job.out);
        const earlier = seen.get(job.out);
        if (earlier) throw cliError(locale, 'renderSameOutput', { first: earlier.display, second: job.display, path: shown });
        seen.set(job.out, job);
        if (madeLater) continue;
        let stats;
        try {
            stats = statSync(folder);
        } catch {
            throw cliError(locale, 'renderMissingFolder', { path: shown, folder: displayPath(folder, cwd) });
        }
        if (!stats.isDirectory()) throw cliError(locale, 'renderNotFolder', { folder: displayPath(folder, cwd) });
    }
}
