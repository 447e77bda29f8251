import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { POP, ROOT } from '../support/paths.js';

export interface CliResult { code: number | null; stdout: string; stderr: string }

/** Runs the built `pop` command as a user would, in its own process. */
export function pop(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; input?: string } = {}): CliResult {
    const result = spawnSync(process.execPath, [POP, ...args], {
        cwd: options.cwd ?? ROOT,
        env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1', ...options.env },
        encoding: 'utf8',
        input: options.input,
        timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The first `node` on PATH outside node_modules: the machine's own, which may be older than the pinned Node 22. */
export function machineNode(): string {
    for (const folder of (process.env.PATH ?? '').split(path.delimiter)) {
        if (folder.includes('node_modules')) continue;
        const candidate = path.join(folder, 'node');
        try {
            accessSync(candidate, constants.X_OK);
            return candidate;
        } catch {
            // not here
        }
    }
    throw new Error('no node on PATH outside node_modules');
}
