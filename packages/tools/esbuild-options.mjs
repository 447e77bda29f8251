// The esbuild options for a Node bundle, shared by the build and the benchmark: the benchmark's bare floor server
// must be bundled exactly like dist/server.cjs (minified or not) for the cold-start ratio to compare like with like.

/** CommonJS for Node and VS Code's extension host; `vscode` is provided by the host. */
export function nodeBundleOptions({ root, outdir, production, version }) {
    return {
        absWorkingDir: root,
        outdir,
        outExtension: { '.js': '.cjs' },
        bundle: true,
        format: 'cjs',
        platform: 'node',
        target: 'node20',
        external: ['vscode'],
        sourcemap: production ? false : 'linked',
        minify: production,
        logLevel: 'warning',
        // import.meta.url has no meaning in CommonJS; the bundles use __filename instead.
        banner: { js: "const importMetaUrl = require('url').pathToFileURL(__filename).href;" },
        // The version users see in `pop --version` and in SARIF output.
        define: { 'import.meta.url': 'importMetaUrl', POP_VERSION: JSON.stringify(version) },
    };
}

/**
 * Refuses every Node built-in (fs, node:path, child_process…) in a browser bundle, with the importer named: the web
 * extension and the web worker have none, and a stray import must fail the build rather than the page.
 */
export const noNodeBuiltinsPlugin = {
    name: 'pop-no-node-builtins',
    setup(build) {
        const builtins = new Set(NODE_BUILTINS);
        build.onResolve({ filter: /.*/ }, args => {
            const name = args.path.replace(/^node:/, '').split('/')[0];
            if (!args.path.startsWith('node:') && !builtins.has(name)) return undefined;
            return { errors: [{ text: `"${args.path}" is a Node built-in, imported by ${args.importer || 'the entry'}: browser bundles must not use Node` }] };
        });
    },
};

/** Node's built-in modules, written out so this file stays free of Node imports of its own. */
export const NODE_BUILTINS = [
    'assert', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console', 'constants', 'crypto', 'dgram',
    'diagnostics_channel', 'dns', 'domain', 'events', 'fs', 'http', 'http2', 'https', 'inspector', 'module', 'net',
    'os', 'path', 'perf_hooks', 'process', 'punycode', 'querystring', 'readline', 'repl', 'stream', 'string_decoder',
    'sys', 'timers', 'tls', 'trace_events', 'tty', 'url', 'util', 'v8', 'vm', 'wasi', 'worker_threads', 'zlib',
];

/**
 * A browser bundle: the web extension (CommonJS, which VS Code's worker extension host loads, with `vscode` from
 * the host) and the language server's worker (a classic script: the worker host loads it with importScripts).
 * Nothing Node is external: platform 'browser' uses the packages' browser builds, and the plugin refuses the rest.
 */
export function browserBundleOptions({ root, outdir, production, version, format }) {
    return {
        absWorkingDir: root,
        outdir,
        bundle: true,
        format,
        platform: 'browser',
        target: 'es2022',
        external: format === 'cjs' ? ['vscode'] : [],
        // The manifest says "type": "module": VS Code's worker extension host loads a .js entry as ESM, which it
        // refuses ("ESM modules are not supported in the web worker extension host"); a .cjs entry it loads.
        outExtension: format === 'cjs' ? { '.js': '.cjs' } : {},
        sourcemap: production ? false : 'linked',
        minify: production,
        logLevel: 'warning',
        plugins: [noNodeBuiltinsPlugin],
        define: { POP_VERSION: JSON.stringify(version) },
    };
}
