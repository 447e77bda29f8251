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
