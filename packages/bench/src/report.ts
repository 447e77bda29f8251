/** The results as a Markdown report: the measurements, then the ratios with pass or miss marks. */
import type { CliMeasurement } from './cli-process.js';
import type { BenchResults, Ratio } from './run.js';

function ms(value: number | null | undefined): string {
    if (value == null) return 'n/a';
    return value >= 100 ? `${value.toFixed(0)} ms` : `${value.toFixed(value >= 10 ? 1 : 2)} ms`;
}

function kb(bytes: number | null | undefined): string {
    return bytes == null ? 'n/a' : `${(bytes / 1024).toFixed(0)} KB`;
}

function n(value: number): string {
    return value.toLocaleString('en-US');
}

export function markdownReport(results: BenchResults): string {
    const { machine, options } = results;
    const lines: string[] = [];
    lines.push(`Node ${machine.node}, ${machine.platform}, ${machine.cores} × ${machine.cpus}, ${machine.memoryGb} GB; `
        + `median of ${options.iterations} runs after ${options.warmup} warm-up (process spawns: ${options.processIterations}); ${machine.date.slice(0, 10)}.`);
    lines.push('');
    lines.push('| plan | size | lex (floor) | parse | full build | build / parse | build per goal |');
    lines.push('|---:|---:|---:|---:|---:|---:|---:|');
    for (const p of results.plans) {
        lines.push(`| ${n(p.goals)} goals | ${kb(p.bytes)} | ${ms(p.lexMs)} | ${ms(p.parseMs)} | ${ms(p.buildMs)} | ${(p.buildMs / p.parseMs).toFixed(2)}× | ${(p.buildMs / p.goals * 1000).toFixed(0)} µs |`);
    }
    lines.push('');
    lines.push('| measurement | result |');
    lines.push('|---|---:|');
    lines.push(`| incremental: edit one title in the ${n(results.incremental.goals)}-goal plan, rebuild | ${ms(results.incremental.ms)} |`);
    lines.push(`| workspace: initial build of ${n(results.workspace.files)} files, ${n(results.workspace.goals)} goals (${kb(results.workspace.bytes)}) | ${ms(results.workspace.ms)} |`);
    for (const r of results.render) lines.push(`| render HTML, ${n(r.goals)} goals | ${ms(r.ms)} |`);
    const preview = results.previewRender;
    lines.push(`| render HTML as the preview does, ${n(preview.goals)} goals: mean of ${n(preview.renders)} renders after ${n(options.preview.warmup)}, no forced collection | ${ms(preview.meanMs)} |`);
    lines.push(`| retained heap after building ${n(results.memory.goals)} goals | ${(results.memory.bytesPerGoal / 1024).toFixed(1)} KB per goal |`);
    lines.push(`| pop check on the workspace of ${n(results.teamReport.files)} files (process): wall / CPU | ${ms(results.teamReport.checkMs)} / ${ms(results.teamReport.checkCpuMs)} |`);
    lines.push(`| pop report on the same workspace (process, HTML): wall / CPU | ${ms(results.teamReport.reportMs)} / ${ms(results.teamReport.reportCpuMs)} |`);
    lines.push(`| LSP cold start: POP server (spawn → initialize response) | ${ms(results.lsp.coldStartMs)} |`);
    lines.push(`| LSP cold start: bare vscode-languageserver server (floor) | ${ms(results.lsp.bareColdStartMs)} |`);
    lines.push(`| LSP spawn → first publishDiagnostics, ${n(results.lsp.firstDiagnostics.goals)}-goal plan opened after initialize | ${ms(results.lsp.firstDiagnostics.ms)} |`);
    for (const l of results.lsp.latency) lines.push(`| LSP didChange → publishDiagnostics, ${n(l.goals)} goals | ${ms(l.ms)} |`);
    const webview = results.lsp.webviewUpdate;
    if (webview) {
        lines.push(`| Plan preview update: didChange → pop/render, ${n(webview.goalsPerPlan)}-goal plan | ${ms(webview.previewMs)} |`);
        lines.push(`| Team overview update: didChange → pop/teamOverview, ${n(webview.plans)} plans | ${ms(webview.overviewMs)} |`);
    }
    lines.push(...cliRows(results.cli));
    lines.push(`| bundle: dist/extension.cjs (client) | ${kb(results.size.extensionBytes)} |`);
    lines.push(`| bundle: dist/server.cjs (${results.size.serverBuild ?? 'missing'} build) | ${kb(results.size.serverBytes)} |`);
    lines.push(`| bundle: dist/server-language.cjs (loaded after initialize) | ${kb(results.size.serverLanguageBytes)} |`);
    lines.push(`| package: ${results.size.vsixFile ?? '.vsix'} | ${kb(results.size.vsixBytes)} |`);
    lines.push('', ...ratioTable(results.ratios));
    if (results.missing.length) {
        lines.push('');
        for (const m of results.missing) lines.push(`- not measured: ${m}`);
    }
    return lines.join('\n') + '\n';
}

function cliRows(cli: CliMeasurement): string[] {
    return [
        `| CPU: node -e 0 (floor) | ${ms(cli.bareNodeCpuMs)} |`,
        `| CPU: pop check, one plan of ${n(cli.planGoals)} goals | ${ms(cli.checkOnePlanCpuMs)} |`,
        `| CPU: pop check, ${n(cli.files)} files | ${ms(cli.workspaceCheckCpuMs)} |`,
        `| CPU: pop fix, ${n(cli.files)} files, nothing to fix | ${ms(cli.workspaceFixCpuMs)} |`,
        `| CPU: pop fix, ${n(cli.files)} files, one fix in every plan | ${ms(cli.workspaceFixEveryFileCpuMs)} |`,
    ];
}

function ratioTable(ratios: readonly Ratio[]): string[] {
    return ['| ratio | target | this run | |', '|---|---:|---:|---|', ...ratios.map(r => {
        const mark = r.pass === null ? 'not measured' : r.pass ? 'pass' : 'MISS';
        return `| ${r.label} | ≤ ${r.target} | ${r.value === null ? 'n/a' : r.value.toFixed(2)} | ${mark} |`;
    })];
}

/** `npm run bench -- --only cli`: the whole-process CPU measurements and their three ratios. */
export function markdownCliReport(cli: CliMeasurement, ratios: readonly Ratio[], iterations: number): string {
    return [
        `Node ${process.version}; CPU time (user + system), median of ${iterations} processes each; ${new Date().toISOString().slice(0, 10)}.`,
        '', '| measurement | result |', '|---|---:|', ...cliRows(cli), '', ...ratioTable(ratios),
    ].join('\n') + '\n';
}
