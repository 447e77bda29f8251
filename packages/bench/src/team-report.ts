/**
 * `pop report` against `pop check` on the same workspace of many plans, each as a user runs it: a fresh process
 * that reads the folder. The report does all that check does and then builds the overview, so the ratio shows
 * what the overview costs on top.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { workspaceFiles } from './generate.js';
import { median, type Repeat } from './timing.js';

export interface TeamReportMeasurement {
    files: number;
    goals: number;
    checkMs: number | null;
    reportMs: number | null;
}

export function measureTeamReport(root: string, files: number, goalsPerFile: number, repeat: Repeat): TeamReportMeasurement {
    const cli = path.join(root, 'packages/cli/bin/pop.cjs');
    if (!existsSync(path.join(root, 'dist/cli.cjs'))) return { files, goals: files * goalsPerFile, checkMs: null, reportMs: null };
    const folder = mkdtempSync(path.join(os.tmpdir(), 'pop-bench-team-'));
    try {
        for (const file of workspaceFiles(files, goalsPerFile)) {
            const target = path.join(folder, 'workspace', file.path);
            mkdirSync(path.dirname(target), { recursive: true });
            writeFileSync(target, file.text);
        }
        const run = (args: string[]) => {
            const start = performance.now();
            const result = spawnSync(process.execPath, [cli, ...args], { cwd: folder, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
            const ms = performance.now() - start;
            if (result.status === 2 || result.status === null) throw new Error(`pop ${args[0]} failed: ${result.stderr}`);
            return ms;
        };
        // Alternated, so that a busy moment of the machine does not fall on one of them only.
        const check: number[] = [];
        const report: number[] = [];
        const checkArgs = ['check', 'workspace', '--today', '2027-06-01', '--format', 'json'];
        const reportArgs = ['report', 'workspace', '--today', '2027-06-01', '-o', 'report.html'];
        for (let i = 0; i < repeat.warmup; i++) { run(checkArgs); run(reportArgs); }
        for (let i = 0; i < Math.max(1, repeat.iterations); i++) {
            check.push(run(checkArgs));
            report.push(run(reportArgs));
        }
        return { files, goals: files * goalsPerFile, checkMs: median(check), reportMs: median(report) };
    } finally {
        rmSync(folder, { recursive: true, force: true });
    }
}
