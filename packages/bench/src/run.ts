/** One benchmark run: every measurement, then the ratios the targets are stated in. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
    createServices, measureIncremental, measureMemory, measurePlan, measurePreviewRender, measureRender, measureWorkspace,
    type IncrementalMeasurement, type MemoryMeasurement, type PlanMeasurement, type PreviewRenderMeasurement, type PreviewRenders,
    type RenderMeasurement, type WorkspaceMeasurement,
} from './in-process.js';
import { measureCliProcesses, type CliMeasurement } from './cli-process.js';
import { measureColdStarts, measureEditLatency, measureFirstDiagnostics, measureWebviewUpdates, type WebviewUpdateMeasurement } from './lsp.js';
import type { Render } from './renderer.js';
import { measureTeamReport, type TeamReportMeasurement } from './team-report.js';

export interface BenchOptions {
    /** Plan sizes, in goals. */
    sizes: number[];
    /** The two sizes the linearity and build/parse ratios compare (1,000 and 10,000). */
    medium: number;
    large: number;
    /** Plan sizes for the language server's edit latency. */
    lspSizes: number[];
    workspaceFiles: number;
    goalsPerFile: number;
    /** The plan the live preview's rendering is measured on, and how often it is rendered. */
    preview: PreviewRenders;
    iterations: number;
    warmup: number;
    /** Fewer runs for the slow, whole-process measurements. */
    processIterations: number;
    /** The bundled language server, the bare server, and the folder with the client bundle and the .vsix. */
    serverPath: string;
    barePath: string;
    root: string;
    render?: Render;
    /** Progress lines; silent when absent. */
    log?: (line: string) => void;
}

export const FULL_SIZES = {
    sizes: [10, 100, 1000, 10000], medium: 1000, large: 10000, lspSizes: [100, 1000], workspaceFiles: 1000, goalsPerFile: 10,
    // Issue #11's 100-goal plan, rendered until V8 has optimised the renderer (about 50 renders on this machine).
    preview: { goals: 100, warmup: 100, renders: 200 },
};
/** The plan the language server's time to first diagnostics is measured on. */
export const FIRST_DIAGNOSTICS_GOALS = 10;
/** A manager's team, each plan the size of the first-diagnostics plan: what the team overview shows in the editor. */
export const TEAM_PLANS = 20;
export const QUICK_SIZES = {
    sizes: [10, 20], medium: 10, large: 20, lspSizes: [10], workspaceFiles: 3, goalsPerFile: 2, preview: { goals: 10, warmup: 2, renders: 5 },
};

export interface Ratio {
    id: string;
    label: string;
    value: number | null;
    target: number;
    /** null when a measurement it needs is missing. */
    pass: boolean | null;
}

export interface BenchResults {
    machine: { node: string; platform: string; cpus: string; cores: number; memoryGb: number; date: string };
    options: {
        sizes: number[]; medium: number; large: number; lspSizes: number[]; workspaceFiles: number; goalsPerFile: number; preview: PreviewRenders;
        iterations: number; warmup: number; processIterations: number;
    };
    plans: PlanMeasurement[];
    incremental: IncrementalMeasurement;
    workspace: WorkspaceMeasurement;
    render: Array<RenderMeasurement | { goals: number; ms: null; htmlBytes: null }>;
    previewRender: PreviewRenderMeasurement;
    memory: MemoryMeasurement;
    /** pop report against pop check on the workspace, each a process of its own. */
    teamReport: TeamReportMeasurement;
    lsp: {
        coldStartMs: number | null;
        bareColdStartMs: number;
        /** Spawn until the diagnostics of a small plan opened as soon as initialize is answered. */
        firstDiagnostics: { goals: number; ms: number | null };
        latency: Array<{ goals: number; ms: number | null }>;
        webviewUpdate: WebviewUpdateMeasurement | null;
    };
    /** Whole pop processes: CPU time, as a commit hook pays it. */
    cli: CliMeasurement;
    size: {
        extensionBytes: number | null; serverBytes: number | null; vsixBytes: number | null; vsixFile: string | null;
        /** The language part of the server, which dist/server.cjs loads once it has answered initialize. */
        serverLanguageBytes: number | null;
        /** 'production' when dist/server.cjs is minified without a source map (npm run package), as shipped. */
        serverBuild: 'production' | 'development' | null;
    };
    ratios: Ratio[];
    /** Measurements that could not be taken, and why. */
    missing: string[];
}

function fileSize(file: string): number | null {
    return existsSync(file) ? statSync(file).size : null;
}

function newestVsix(root: string): string | null {
    const candidates = readdirSync(root).filter(f => f.endsWith('.vsix')).map(f => path.join(root, f));
    candidates.sort((a, b) => statSync(b).mtimeMs - statSync(a).mtimeMs);
    return candidates[0] ?? null;
}

/** The `pop` processes alone; the full run takes the median of at most 3, as each workspace run takes seconds. */
export function measureCli(options: Pick<BenchOptions, 'root' | 'workspaceFiles' | 'goalsPerFile' | 'log'>, iterations: number): CliMeasurement {
    return measureCliProcesses(path.join(options.root, 'packages/cli/bin/pop.cjs'), {
        goals: FIRST_DIAGNOSTICS_GOALS, files: options.workspaceFiles, goalsPerFile: options.goalsPerFile, iterations, log: options.log,
    });
}

export async function runBenchmark(options: BenchOptions): Promise<BenchResults> {
    const log = options.log ?? (() => undefined);
    const repeat = { iterations: options.iterations, warmup: options.warmup };
    const processRepeat = { iterations: options.processIterations, warmup: Math.min(1, options.warmup) };
    const missing: string[] = [];
    const services = createServices();

    const plans: PlanMeasurement[] = [];
    for (const goals of options.sizes) {
        log(`plan of ${goals} goals: lex, parse, full build`);
        plans.push(await measurePlan(services, goals, repeat));
    }
    log(`incremental edit in the ${options.medium}-goal plan`);
    const incremental = await measureIncremental(services, options.medium, repeat);
    log(`workspace of ${options.workspaceFiles} files`);
    const workspace = await measureWorkspace(services, options.workspaceFiles, options.goalsPerFile, { iterations: options.processIterations, warmup: options.warmup });

    // Every plan size, smallest first, as for parsing: the parser's code is warm from the smaller plans by the
    // time the 1,000-goal plan is parsed, and the renderer's should be too when the two are compared.
    const render: BenchResults['render'] = [];
    for (const goals of options.sizes) {
        if (options.render) {
            log(`render the ${goals}-goal plan`);
            render.push(await measureRender(services, options.render, goals, repeat));
        } else {
            render.push({ goals, ms: null, htmlBytes: null });
        }
    }
    if (!options.render) missing.push('render: packages/language/src/generator/render.ts has no renderHtml yet');
    log(`render the ${options.preview.goals}-goal plan ${options.preview.warmup + options.preview.renders} times, as the preview does`);
    const previewRender = options.render
        ? await measurePreviewRender(services, options.render, options.preview)
        : { goals: options.preview.goals, renders: 0, meanMs: null };

    log(`memory after a build of ${options.large} goals`);
    const memory = await measureMemory(options.large);

    log(`pop report and pop check on the workspace of ${options.workspaceFiles} files`);
    const teamReport = measureTeamReport(options.root, options.workspaceFiles, options.goalsPerFile, processRepeat);
    if (teamReport.reportMs === null) missing.push('team report: dist/cli.cjs does not exist (run npm run build)');

    log('language server cold start');
    const haveServer = existsSync(options.serverPath);
    if (!haveServer) missing.push(`LSP: ${path.relative(options.root, options.serverPath)} does not exist (run npm run build)`);
    const { bareMs: bareColdStartMs, serverMs: coldStartMs } = await measureColdStarts(options.barePath, haveServer ? options.serverPath : null, processRepeat);
    log(`language server spawn to first diagnostics, ${FIRST_DIAGNOSTICS_GOALS} goals`);
    const firstDiagnostics = {
        goals: FIRST_DIAGNOSTICS_GOALS,
        ms: haveServer ? await measureFirstDiagnostics(options.serverPath, FIRST_DIAGNOSTICS_GOALS, processRepeat) : null,
    };
    const latency: BenchResults['lsp']['latency'] = [];
    for (const goals of options.lspSizes) {
        log(`language server edit latency, ${goals} goals`);
        latency.push({ goals, ms: haveServer ? await measureEditLatency(options.serverPath, goals, repeat) : null });
    }

    log(`team overview and plan preview update after an edit, ${TEAM_PLANS} plans`);
    const webviewUpdate = haveServer ? await measureWebviewUpdates(options.serverPath, TEAM_PLANS, FIRST_DIAGNOSTICS_GOALS, repeat) : null;

    const cli = measureCli(options, Math.min(options.processIterations, 3));

    const vsixFile = newestVsix(options.root);
    if (!vsixFile) missing.push('size: no .vsix in the project folder (run npm run package)');
    const size = {
        extensionBytes: fileSize(path.join(options.root, 'dist/extension.cjs')),
        serverBytes: fileSize(options.serverPath),
        serverLanguageBytes: fileSize(path.join(path.dirname(options.serverPath), 'server-language.cjs')),
        vsixBytes: vsixFile ? fileSize(vsixFile) : null,
        vsixFile: vsixFile ? path.basename(vsixFile) : null,
        serverBuild: haveServer ? (/sourceMappingURL=/.test(readFileSync(options.serverPath, 'utf8').slice(-300)) ? 'development' as const : 'production' as const) : null,
    };
    if (size.extensionBytes === null) missing.push('size: dist/extension.cjs does not exist');

    const results: BenchResults = {
        machine: {
            node: process.version, platform: `${process.platform} ${process.arch}`, cpus: os.cpus()[0]?.model ?? 'unknown',
            cores: os.cpus().length, memoryGb: Math.round(os.totalmem() / 2 ** 30), date: new Date().toISOString(),
        },
        options: {
            sizes: options.sizes, medium: options.medium, large: options.large, lspSizes: options.lspSizes,
            workspaceFiles: options.workspaceFiles, goalsPerFile: options.goalsPerFile, preview: options.preview,
            iterations: options.iterations, warmup: options.warmup, processIterations: options.processIterations,
        },
        plans, incremental, workspace, render, previewRender, memory, teamReport,
        lsp: { coldStartMs, bareColdStartMs, firstDiagnostics, latency, webviewUpdate },
        cli, size, ratios: [], missing,
    };
    results.ratios = ratios(results);
    return results;
}

function ratio(id: string, label: string, numerator: number | null | undefined, denominator: number | null | undefined, target: number): Ratio {
    const value = numerator == null || denominator == null || denominator <= 0 ? null : numerator / denominator;
    return { id, label, value, target, pass: value === null ? null : value <= target };
}

/** A target stated as an amount rather than as a ratio of two measurements. */
function absolute(id: string, label: string, value: number | null, target: number): Ratio {
    return { id, label, value, target, pass: value === null ? null : value <= target };
}

/** The targets of the performance issue, each a ratio of two measurements from the same run. */
export function ratios(results: BenchResults): Ratio[] {
    const { medium, large } = results.options;
    const plan = (goals: number) => results.plans.find(p => p.goals === goals);
    const perGoal = (goals: number) => { const p = plan(goals); return p ? p.buildMs / p.goals : undefined; };
    const rendered = (goals: number) => results.render.find(r => r.goals === goals)?.ms;
    const lspMedium = results.lsp.latency.find(l => l.goals === medium)?.ms;
    const heapKb = results.memory.bytesPerGoal / 1024;
    const preview = results.previewRender;
    return [
        ratio('build-over-parse', `full build / parse, ${large} goals`, plan(large)?.buildMs, plan(large)?.parseMs, 2.0),
        ratio('linearity', `per-goal full build, ${large} / ${medium} goals`, perGoal(large), perGoal(medium), 1.3),
        ratio('workspace', `per-goal workspace build (${results.workspace.files} files) / per-goal single file (${large} goals)`,
            results.workspace.ms / results.workspace.goals, perGoal(large), 1.5),
        ratio('lsp-latency', `LSP didChange → diagnostics / in-process parse, ${medium} goals`, lspMedium, plan(medium)?.parseMs, 1.5),
        ratio('cold-start', 'server cold start / bare server cold start', results.lsp.coldStartMs, results.lsp.bareColdStartMs, 1.3),
        // The generator is written to be read, not tuned: it may cost up to a parse (issue #11), not half of one.
        ratio('render-medium', `render / parse, ${medium} goals`, rendered(medium), plan(medium)?.parseMs, 1.0),
        ratio('render-large', `render / parse, ${large} goals`, rendered(large), plan(large)?.parseMs, 1.0),
        // Issue #11's absolute floor: the preview of a 100-goal plan re-renders in under 5 ms.
        absolute('render-preview', `render as the preview does, ${preview.goals} goals, mean ms`, preview.meanMs, 5),
        absolute('heap', 'retained heap per goal (KB)', heapKb, 10),
        ...cliRatios(results.cli),
        ratio('webview-update', `team overview update / plan preview update after an edit, ${results.lsp.webviewUpdate?.plans} plans`,
            results.lsp.webviewUpdate?.overviewMs, results.lsp.webviewUpdate?.previewMs, 2.0),
        ratio('team-report', `pop report / pop check, CPU time, ${results.teamReport.files} files`, results.teamReport.reportCpuMs, results.teamReport.checkCpuMs, 1.3),
    ];
}

/** The targets for whole `pop` processes, also reported alone by `npm run bench -- --only cli`. */
export function cliRatios(cli: CliMeasurement): Ratio[] {
    return [
        ratio('cli-check-cpu', `pop check CPU, one ${cli.planGoals}-goal plan / node -e 0 CPU`, cli.checkOnePlanCpuMs, cli.bareNodeCpuMs, 2.5),
        ratio('cli-fix-cpu', `pop fix CPU / pop check CPU, ${cli.files} files, nothing to fix`, cli.workspaceFixCpuMs, cli.workspaceCheckCpuMs, 1.5),
        ratio('cli-fix-every-file-cpu', `pop fix CPU / pop check CPU, ${cli.files} files, one fix in every plan`, cli.workspaceFixEveryFileCpuMs, cli.workspaceCheckCpuMs, 1.5),
    ];
}
