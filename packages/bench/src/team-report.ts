/**
 * `pop report` against `pop check` on the same workspace of many plans, each as a user runs it: a fresh process
 * that reads the folder. The report does all that check does and then builds the overview, so the ratio shows
 * what the overview costs on top. Each process's CPU time (user + system) is measured besides the wall time: on
 * a shared machine the wall time of the same run varied from 21 to 37 s while its CPU time stayed at 7 to 8 s.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workspaceFiles } from './generate.js';
import { median, type Repeat } from './timing.js';

export interface TeamReportMeasurement {
    files: number;
    goals: number;
    /** Wall time, spawn to exit. */
    checkMs: number | null;
    reportMs: number | null;
    /** CPU time of the process itself (user + system). */
    checkCpuMs: number | null;
    reportCpuMs: number | null;
}

/** Loaded with --require into the measured process: writes its own CPU time to the file POP_BENCH_CPU names. */
const CPU_PRELOAD = `process.on('exit', () => {
    const usage = process.cpuUsage();
    require('fs').writeFileSync(process.env.POP_BENCH_CPU, String((usage.user + usage.system) / 1000));
});
`;

export function measureTeamReport(root: string, files: number, goalsPerFile: number, repeat: Repeat): TeamReportMeasurement {
    const cli = path.join(root, 'packages/cli/bin/pop.cjs');
    if (!existsSync(path.join(root, 'dist/cli.cjs'))) return { files, goals: files * goalsPerFile, checkMs: null, reportMs: null, checkCpuMs: null, reportCpuMs: null };
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pop-bench-team-'));
    try {
        for (const file of workspaceFiles(files, goalsPerFile)) {
            const target = path.join(folder, 'workspace', file.path);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, file.text);
        }
        const preload = path.join(folder, 'cpu-usage.cjs');
        const cpuFile = path.join(folder, 'cpu-ms.txt');
        writeFileSync(preload, CPU_PRELOAD);
        const run = (args: string[]) => {
            const start = performance.now();
            const result = spawnSync(process.execPath, ['--require', preload, cli, ...args], {
                cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, POP_BENCH_CPU: cpuFile },
            });
            const ms = performance.now() - start;
            if (result.status === 2 || result.status === null) throw new Error(`pop ${args[0]} failed: ${result.stderr}`);
            return { ms, cpuMs: Number(readFileSync(cpuFile, 'utf8')) };
        };
        // Alternated, so that a busy moment of the machine does not fall on one of them only.
        const check: Array<{ ms: number; cpuMs: number }> = [];
        const report: Array<{ ms: number; cpuMs: number }> = [];
        const checkArgs = ['check', 'workspace', '--today', '2027-06-01', '--format', 'json'];
        const reportArgs = ['report', 'workspace', '--today', '2027-06-01', '-o', 'report.html'];
        for (let i = 0; i < repeat.warmup; i++) { run(checkArgs); run(reportArgs); }
        for (let i = 0; i < Math.max(1, repeat.iterations); i++) {
            check.push(run(checkArgs));
            report.push(run(reportArgs));
        }
        return {
            files, goals: files * goalsPerFile,
            checkMs: median(check.map(r => r.ms)), reportMs: median(report.map(r => r.ms)),
            checkCpuMs: median(check.map(r => r.cpuMs)), reportCpuMs: median(report.map(r => r.cpuMs)),
        };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
