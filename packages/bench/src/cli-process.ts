/**
 * The CPU a whole `pop` process spends, as a pre-commit hook or CI pays it: a one-plan check against a bare
 * `node -e 0`, and pop fix on the workspace against pop check on it. CPU rather than wall time: it counts every
 * thread (V8's garbage collector helpers too) and holds steadier than wall time on a shared machine.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { planText, workspaceFiles } from './generate.js';
import { median } from './timing.js';

export interface CliMeasurement {
    /** `node -e 0`: the floor every Node program pays. */
    bareNodeCpuMs: number;
    /** `pop check` of one plan of `planGoals` goals, organisation goals in the same file. */
    checkOnePlanCpuMs: number;
    planGoals: number;
    files: number;
    workspaceCheckCpuMs: number;
    /** pop fix on the same workspace, which has nothing to fix: the cost of looking. */
    workspaceFixCpuMs: number;
    /** pop fix on the workspace with one fixable problem (reversed dates) in every plan: every file rewritten. */
    workspaceFixEveryFileCpuMs: number;
}

/** Records the process's CPU time (user + system, all threads) when it exits, in the file the environment names. */
const CPU_AT_EXIT = `process.on('exit', () => {
    const usage = process.cpuUsage();
    require('node:fs').writeFileSync(process.env.POP_BENCH_CPU_FILE, String((usage.user + usage.system) / 1000));
});
`;

/** The first goal's start and end swapped: an error whose preferred fix swaps them back. */
export function withReversedDates(text: string): string {
    return text.replace(/^( {8}start )(\S+)\n( {8}(?:end|eind) )(\S+)$/m, '$1$4\n$3$2');
}

export function measureCliProcesses(popBin: string, options: { goals: number; files: number; goalsPerFile: number; iterations: number; log?: (line: string) => void }): CliMeasurement {
    const work = mkdtempSync(path.join(os.tmpdir(), 'pop-bench-cli-'));
    const log = options.log ?? (() => undefined);
    try {
        const preload = path.join(work, 'cpu-at-exit.cjs');
        writeFileSync(preload, CPU_AT_EXIT);
        const cpuFile = path.join(work, 'cpu.txt');
        const cpuOf = (args: string[], cwd: string, prepare?: () => void): number => median(Array.from({ length: Math.max(1, options.iterations) }, () => {
            prepare?.();
            rmSync(cpuFile, { force: true });
            // The report goes nowhere: thousands of lines would overflow a pipe's buffer, and it is not measured here.
            const result = spawnSync(process.execPath, ['--require', preload, ...args], {
                cwd, encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, POP_BENCH_CPU_FILE: cpuFile, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
            });
            // pop exits 1 when it finds an error; 2 or a signal means it did not do the work measured.
            if (result.status === null || result.status > 1) throw new Error(`${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr}`);
            return Number(readFileSync(cpuFile, 'utf8'));
        }));

        log('CPU of node -e 0');
        const bareNodeCpuMs = cpuOf(['-e', '0'], work);
        log(`CPU of pop check, one plan of ${options.goals} goals`);
        writeFileSync(path.join(work, 'plan.pop'), planText({ goals: options.goals, withOrganisation: true }));
        const checkOnePlanCpuMs = cpuOf([popBin, 'check', 'plan.pop', '--no-project', '--today', '2027-06-01'], work);

        const clean = path.join(work, 'clean');
        const reversed = path.join(work, 'reversed');
        for (const file of workspaceFiles(options.files, options.goalsPerFile)) {
            for (const [root, text] of [[clean, file.text], [reversed, file.path.startsWith('plans/') ? withReversedDates(file.text) : file.text]] as const) {
                mkdirSync(path.dirname(path.join(root, file.path)), { recursive: true });
                writeFileSync(path.join(root, file.path), text);
            }
        }
        const target = path.join(work, 'target');
        const copyOf = (from: string) => () => {
            rmSync(target, { recursive: true, force: true });
            cpSync(from, target, { recursive: true });
        };
        const args = (command: string) => [popBin, command, '.', '--no-project', '--today', '2027-06-01'];
        log(`CPU of pop check and pop fix, ${options.files} files`);
        copyOf(clean)();
        const workspaceCheckCpuMs = cpuOf(args('check'), target);
        const workspaceFixCpuMs = cpuOf(args('fix'), target);
        const workspaceFixEveryFileCpuMs = cpuOf(args('fix'), target, copyOf(reversed));
        return {
            bareNodeCpuMs, checkOnePlanCpuMs, planGoals: options.goals,
            files: options.files, workspaceCheckCpuMs, workspaceFixCpuMs, workspaceFixEveryFileCpuMs,
        };
    } finally {
        rmSync(work, { recursive: true, force: true });
    }
}
