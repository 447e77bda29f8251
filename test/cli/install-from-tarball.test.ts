import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { ROOT } from '../support/paths.js';
import { machineNode } from './run-cli.js';

// What a team does to use `pop` in its own plans repository: pack (or fetch) the package, install it globally or
// as a devDependency, and run `pop check` in a folder that has nothing to do with this clone.

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
    name: string; version: string; dependencies?: Record<string, string>; bin: Record<string, string>;
};

const ORGANISATION = `organisation "Care" {
    organisation-goal client-satisfaction "Clients rate us 8.5" by 2027-12-31
}
`;
const GOAL_BODY = `        specific "Gives 4 talks to the board"
        measurable 4 talks
        method "Agenda of the board"
        acceptable by employee, manager
        realistic "Coaching is arranged"
        start 2027-01-01
        end 2027-06-30`;
const PLAN = `plan "P" {
    language en
    goal talks "Present to the board" {
${GOAL_BODY}
        supports client-satisfaction
    }
    goal writing "Write to the board" {
${GOAL_BODY}
    }
}
`;
/** The repository's own settings: its date, and an unlinked goal counts as an error here. */
const CONFIG = { today: '2027-03-01', severity: { 'plan.goal-unlinked': 'error' } };

let temp: string;
let tarball: string;
let packedFiles: string[];

/** npm as a user runs it in a shell: none of the npm_* variables of the npm script that may be running this test. */
function npm(args: string[], cwd: string): SpawnSyncReturns<string> {
    const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    const result = spawnSync('npm', [...args, '--no-audit', '--no-fund', '--cache', path.join(temp, 'npm-cache')], {
        cwd, env: { ...env, npm_config_update_notifier: 'false' }, encoding: 'utf8', timeout: 60_000,
    });
    if (result.status !== 0) throw new Error(`npm ${args.join(' ')} failed (${result.status}):\n${result.stderr}`);
    return result;
}

/** A plans repository of its own: a plan, the organisation's goals in a shared folder, and a .poprc.json. */
function plansRepository(name: string): string {
    const folder = path.join(temp, name);
    mkdirSync(path.join(folder, 'shared'), { recursive: true });
    writeFileSync(path.join(folder, 'shared/organisation.pop'), ORGANISATION);
    writeFileSync(path.join(folder, 'plan.pop'), PLAN);
    writeFileSync(path.join(folder, '.poprc.json'), JSON.stringify(CONFIG));
    return folder;
}

function runPop(node: string, bin: string, cwd: string) {
    const result = spawnSync(node, [bin, 'check', 'plan.pop'], {
        cwd, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', LC_ALL: '', NO_COLOR: '1' }, timeout: 60_000,
    });
    return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The check found the folder's .poprc.json (the error) and its organisation goals (no unresolved reference). */
function expectProjectFound(result: ReturnType<typeof runPop>) {
    expect(result.stdout).toMatch(/^plan\.pop:13:10 error plan\.goal-unlinked Goal 'writing' /m);
    expect(result.stdout).not.toContain('ref.unresolved');
    expect(result.stderr).toMatch(/^1 error, \d+ warnings?, \d+ infos? in 1 file\.\n$/);
    expect(result.code).toBe(1);
}

describe('the npm package', { timeout: 120_000 }, () => {
    beforeAll(() => {
        if (!existsSync(path.join(ROOT, 'dist/cli.cjs'))) throw new Error('dist/cli.cjs is missing: run npm run build first');
        temp = mkdtempSync(path.join(os.tmpdir(), 'pop-install-'));
        // The test run has built dist/ already; --ignore-scripts spares a second build ('prepare' builds otherwise).
        const packed = npm(['pack', '--ignore-scripts', '--json', '--pack-destination', temp], ROOT);
        const [info] = JSON.parse(packed.stdout) as Array<{ filename: string; files: Array<{ path: string }> }>;
        tarball = path.join(temp, info.filename);
        packedFiles = info.files.map(f => f.path).sort();
    });
    afterAll(() => rmSync(temp, { recursive: true, force: true }));

    test('holds the launcher, the bundled CLI, the manifest, README and LICENSE, and nothing else', () => {
        expect(packedFiles).toEqual(['LICENSE', 'README.md', 'dist/cli.cjs', 'package.json', manifest.bin.pop].sort());
    });

    test('needs nothing from the registry: the CLI bundle is self-contained', () => {
        expect(manifest.dependencies ?? {}).toEqual({});
        const bundle = readFileSync(path.join(ROOT, 'dist/cli.cjs'), 'utf8');
        const required = [...bundle.matchAll(/\brequire\("([^"]+)"\)/g)].map(m => m[1]);
        expect(required.filter(name => !name.startsWith('node:') && !BUILTINS.has(name))).toEqual([]);
    });

    test('installed globally, pop checks a repository outside the clone on Node 22 and on the machine\'s node', () => {
        const prefix = path.join(temp, 'global');
        npm(['install', '--global', '--offline', '--prefix', prefix, tarball], temp);
        const bin = path.join(prefix, 'bin', 'pop');
        expect(existsSync(bin)).toBe(true);
        const repository = plansRepository('team-plans');
        expectProjectFound(runPop(process.execPath, bin, repository));
        expectProjectFound(runPop(machineNode(), bin, repository));
    });

    test('installed as a devDependency, the repository\'s own node_modules/.bin/pop checks it', () => {
        const repository = plansRepository('hr-plans');
        writeFileSync(path.join(repository, 'package.json'), JSON.stringify({ name: 'hr-plans', private: true }));
        npm(['install', '--save-dev', '--offline', tarball], repository);
        const installed = JSON.parse(readFileSync(path.join(repository, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
        expect(Object.keys(installed.devDependencies)).toEqual([manifest.name]);
        expectProjectFound(runPop(process.execPath, path.join(repository, 'node_modules/.bin/pop'), repository));
    });
});

const BUILTINS = new Set(['assert', 'buffer', 'child_process', 'crypto', 'events', 'fs', 'fs/promises', 'module', 'net', 'os', 'path',
    'perf_hooks', 'process', 'readline', 'stream', 'string_decoder', 'timers', 'tty', 'url', 'util', 'v8', 'worker_threads', 'zlib']);
