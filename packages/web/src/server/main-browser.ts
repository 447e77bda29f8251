/**
 * The entry of POP's language server worker (dist/web/server.js, a classic script). VS Code for the Web starts it
 * from the web extension (packages/extension/src/extension-browser.ts), the playground from its page
 * (packages/web/src/playground).
 *
 * The server itself (start-server.ts) starts in the worker's second task. Chromium gives a new worker the messages
 * its page posted early only once the worker's first task is over and the page's thread has run a task of its own;
 * a first task that loads the whole server ends while the page's thread is busy loading the editor, and the plan's
 * check then waited for the editor (docs/web.md, "What holds the worker's first check"). This first task only keeps
 * what arrives; the server gets it, in order, as soon as it listens.
 */
const scope = self as unknown as Worker;

/** A worker started under this name prefix holds a Web Lock of that name for as long as it lives. */
const LIFE_LOCK_PREFIX = 'pop-server-';
// The page learns that this worker died (closed, crashed, killed) when the lock is released, however busy it was
// before: a long check of a large plan is not mistaken for a death. Taken first, before any message is answered:
// the page asks for the lock once `initialize` is answered, and must find it held.
const locks = (globalThis as { navigator?: { locks?: LockManager } }).navigator?.locks;
if (self.name.startsWith(LIFE_LOCK_PREFIX) && locks) void locks.request(self.name, () => new Promise<never>(() => undefined));

const early: MessageEvent[] = [];
const keep = (event: MessageEvent): void => { early.push(event); };
scope.addEventListener('message', keep);

setTimeout(() => {
    import('./start-server.js').then(({ startServer }) => {
        scope.removeEventListener('message', keep);
        startServer(scope);
        for (const event of early.splice(0)) scope.dispatchEvent(new MessageEvent('message', { data: event.data }));
    }).catch((error: unknown) => {
        // Thrown outside the promise, so that it reaches the page as the worker's `error` event, as a server that
        // failed in the first task would: the page says the server did not start instead of waiting for it.
        setTimeout(() => { throw error; }, 0);
    });
}, 0);
