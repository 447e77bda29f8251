#!/usr/bin/env node
'use strict';
// Langium's parser library calls Object.groupBy, which Node.js has from version 21 on.
// POP targets Node 22, but this keeps `pop` working when an older node comes first on PATH.
if (typeof Object.groupBy !== 'function') {
    Object.defineProperty(Object, 'groupBy', {
        configurable: true,
        writable: true,
        value(items, keyOf) {
            const groups = Object.create(null);
            let index = 0;
            for (const item of items) {
                const key = keyOf(item, index++);
                (groups[key] ??= []).push(item);
            }
            return groups;
        },
    });
}
// V8's compile cache (Node 22.1 and later): from the second run on, the bundle's code comes from the cache instead
// of being compiled again, which a pre-commit hook pays at every commit. Node keeps it in os.tmpdir(), or where
// NODE_COMPILE_CACHE says; NODE_DISABLE_COMPILE_CACHE=1 turns it off. A folder it cannot write leaves pop as it was.
try {
    require('node:module').enableCompileCache?.();
} catch {
    // No cache: pop compiles its code at every run, as on older Node versions.
}
// The bundle is minified; for us, POP_DEBUG=1 shows a stack trace with the sources' names and lines.
if (process.env.POP_DEBUG) process.setSourceMapsEnabled?.(true);
const path = require('node:path');
let cli;
try {
    cli = require(path.join(__dirname, '..', '..', '..', 'dist', 'cli.cjs'));
} catch (error) {
    if (error && error.code === 'MODULE_NOT_FOUND') {
        process.stderr.write("pop: the CLI is not built yet. Run 'npm install' (or 'npm run build') in the POP folder first.\n");
        process.exit(2);
    }
    throw error;
}
cli.main();
