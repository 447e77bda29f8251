// `npm run bench`: builds what is missing, bundles the benchmark and the bare floor server the way the real
// server is bundled, then runs the benchmark in a fresh node with --expose-gc. Arguments pass through.
import * as esbuild from 'esbuild';
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { nodeBundleOptions } from '@pop-lang/tools/esbuild-options';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const buildDir = path.join(root, '.bench/build');
const renderSource = path.join(root, 'packages/language/src/generator/render.ts');

// --production measures the bundles as they ship (minified, as npm run package builds them).
if (process.argv.includes('--production')) {
    execSync('npm run build -- --production', { cwd: root, stdio: 'inherit' });
} else if (!existsSync(path.join(root, 'dist/server.cjs')) || !existsSync(path.join(root, 'dist/cli.cjs'))) {
    process.stderr.write('bench: dist/ is incomplete; running npm run build first\n');
    execSync('npm run build', { cwd: root, stdio: 'inherit' });
}

// A bundle cannot import TypeScript at run time: link the renderer in statically when it exists.
const renderPlugin = {
    name: 'pop-bench-render',
    setup(build) {
        build.onLoad({ filter: /[\\/]packages[\\/]bench[\\/]src[\\/]render-module\.ts$/ }, () => ({
            loader: 'ts',
            resolveDir: path.join(root, 'packages/bench/src'),
            contents: existsSync(renderSource)
                ? `import * as generator from ${JSON.stringify(renderSource)};\nexport async function importRenderModule() { return generator; }\n`
                : 'export async function importRenderModule() { return {}; }\n',
        }));
    },
};

// Bundled like dist/server.cjs (minified with --production, as that build is), so the floor server loads alike.
const common = nodeBundleOptions({ root, outdir: buildDir, production: process.argv.includes('--production'), version: 'bench' });
await esbuild.build({ ...common, entryPoints: { 'bare-server': 'packages/bench/src/bare-server.ts' } });
await esbuild.build({ ...common, entryPoints: { bench: 'packages/bench/src/main.ts', profile: 'packages/bench/src/profile.ts' }, plugins: [renderPlugin] });

// --bundle-only leaves .bench/build/profile.cjs ready for `node --cpu-prof .bench/build/profile.cjs build 10000`.
if (process.argv.includes('--bundle-only')) process.exit(0);

const result = spawnSync(process.execPath, ['--expose-gc', path.join(buildDir, 'bench.cjs'), '--root', root, ...process.argv.slice(2).filter(a => a !== '--production')], {
    cwd: root, stdio: 'inherit',
});
process.exitCode = result.status ?? 1;
