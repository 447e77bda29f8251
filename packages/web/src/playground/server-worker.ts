/**
 * Starting the language server's worker. The page's first worker is started by boot.ts, a small script that runs
 * before the page's 3.6 MB main script: the worker's own script and Langium's parsers then load beside Monaco
 * instead of after it. The client (lsp-client.ts) adopts that worker, and starts any later one itself.
 */

/** The worker holds a Web Lock of its name while it lives (packages/web/src/server/main-browser.ts). */
const LIFE_LOCK_PREFIX = 'pop-server-';

export const SERVER_WORKER_URL = './server.js';

export interface ServerWorker {
    readonly worker: Worker;
    /** Also the name of the Web Lock it holds while it lives. */
    readonly name: string;
    /** Set when the worker's script failed to start before anyone listened. */
    startError?: string;
}

export function startServerWorker(url: string, count: number): ServerWorker {
    const name = `${LIFE_LOCK_PREFIX}${Date.now().toString(36)}-${count}`;
    return { worker: new Worker(url, { name }), name };
}

const EARLY = 'popEarlyServerWorker';

/** boot.ts: start the first worker now, and note an error that comes before the client listens. */
export function startEarlyServerWorker(): void {
    const early = startServerWorker(SERVER_WORKER_URL, 0);
    early.worker.addEventListener('error', event => { early.startError = event.message || `${SERVER_WORKER_URL} did not start`; }, { once: true });
    (globalThis as Record<string, unknown>)[EARLY] = early;
}

/** The worker boot.ts started, once: the client's first session. */
export function takeEarlyServerWorker(url: string): ServerWorker | undefined {
    const scope = globalThis as Record<string, unknown>;
    const early = scope[EARLY] as ServerWorker | undefined;
    delete scope[EARLY];
    return url === SERVER_WORKER_URL ? early : undefined;
}
