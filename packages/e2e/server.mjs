// Starts code-server in its own session (process group) so that stopping it also stops
// the extension host and language server it spawned; killing only its pid once left
// an orphaned extension host behind.
import { spawn, spawnSync } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const START_TIMEOUT_MS = 30_000;

function codeServerArgs(sandbox) {
    return [
        '--user-data-dir', sandbox.userData,
        '--extensions-dir', sandbox.extensions,
    ];
}

/** Installs the .vsix into the sandbox profile, the way a user would with `code --install-extension`. */
export function installExtension(tools, sandbox, vsix) {
    const result = spawnSync(tools.node, [tools.codeServer, ...codeServerArgs(sandbox), '--install-extension', vsix], {
        env: sandbox.env(),
        encoding: 'utf8',
        timeout: 60_000,
    });
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`;
    if (result.status !== 0 || !/successfully installed/i.test(output)) {
        throw new Error(`installing ${vsix} into code-server failed (exit ${result.status ?? result.signal}):\n${output.trim()}`);
    }
    return output.trim();
}

export async function startServer(tools, sandbox) {
    const logPath = join(sandbox.root, 'code-server.log');
    const log = createWriteStream(logPath);
    const child = spawn(tools.node, [
        tools.codeServer,
        ...codeServerArgs(sandbox),
        '--bind-addr', '127.0.0.1:0',
        '--auth', 'none',
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        '--reconnection-grace-time', '5',
    ], {
        env: sandbox.env(),
        cwd: sandbox.workspace,
        // detached = setsid(): the server leads a new process group we can kill as a whole.
        detached: true,
        stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const exited = new Promise(resolve => child.once('exit', (code, signal) => resolve(code ?? signal)));
    const collect = chunk => {
        output += chunk.toString();
        log.write(chunk);
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);

    const server = {
        pid: child.pid,
        url: undefined,
        logPath,
        output: () => output,
        stop: () => stopGroup(child.pid, exited),
    };

    const deadline = Date.now() + START_TIMEOUT_MS;
    while (!server.url) {
        const match = /HTTP server listening on (http:\/\/127\.0\.0\.1:\d+)\/?/.exec(output);
        if (match) server.url = match[1];
        else if (child.exitCode !== null || child.signalCode !== null) {
            throw Object.assign(new Error(`code-server exited before listening:\n${output.trim()}`), { server });
        } else if (Date.now() > deadline) {
            await server.stop();
            throw new Error(`code-server did not report "HTTP server listening" within ${START_TIMEOUT_MS / 1000} s:\n${output.trim()}`);
        } else await sleep(100);
    }
    while (true) {
        try {
            const response = await fetch(`${server.url}/healthz`);
            if (response.ok) break;
        } catch {
            // not accepting connections yet
        }
        if (Date.now() > deadline) {
            await server.stop();
            throw new Error(`code-server at ${server.url} did not answer /healthz within ${START_TIMEOUT_MS / 1000} s`);
        }
        await sleep(100);
    }
    return server;
}

function groupAlive(pgid) {
    try {
        process.kill(-pgid, 0);
        return true;
    } catch {
        return false;
    }
}

/** SIGTERM the whole group, then SIGKILL whatever is still there after a grace period. */
export async function stopGroup(pgid, exited) {
    if (!pgid || !groupAlive(pgid)) return;
    try {
        process.kill(-pgid, 'SIGTERM');
    } catch {
        return;
    }
    const deadline = Date.now() + 5_000;
    while (groupAlive(pgid) && Date.now() < deadline) await sleep(100);
    if (groupAlive(pgid)) {
        try {
            process.kill(-pgid, 'SIGKILL');
        } catch {
            // already gone
        }
    }
    if (exited) await Promise.race([exited, sleep(2_000)]);
}

/** Synchronous last resort for exit handlers, where no promise will be awaited. */
export function killGroupNow(pgid) {
    if (!pgid) return;
    try {
        process.kill(-pgid, 'SIGKILL');
    } catch {
        // already gone
    }
}
