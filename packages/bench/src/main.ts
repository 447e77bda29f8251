/**
 * `npm run bench`: measures, writes .bench/results.json and .bench/results.md, and prints the ratios.
 * Flags: --quick (smallest sizes, one iteration), --iterations N, --warmup N, --process-iterations N,
 * --root DIR, --out DIR (default .bench), --bare FILE.
 * --only cli measures only the `pop` processes (CPU of check and fix; --process-iterations, default 3) and writes
 * .bench/cli-results.json: minutes instead of the full run's half hour, for work on the CLI's start.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { markdownCliReport, markdownReport } from './report.js';
import { loadRenderer } from './renderer.js';
import { cliRatios, FULL_SIZES, measureCli, QUICK_SIZES, runBenchmark } from './run.js';

function flag(name: string): string | undefined {
    const at = process.argv.indexOf(name);
    return at >= 0 ? process.argv[at + 1] : undefined;
}

function count(name: string, fallback: number): number {
    const value = flag(name);
    if (value === undefined) return fallback;
    const parsed = Number(value);
    if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} needs a whole number, not "${value}"`);
    return parsed;
}

async function main(): Promise<void> {
    const quick = process.argv.includes('--quick');
    const root = path.resolve(flag('--root') ?? process.cwd());
    const out = path.resolve(flag('--out') ?? path.join(root, '.bench'));
    const only = flag('--only');
    if (only !== undefined && only !== 'cli') throw new Error(`--only knows one section, cli, not "${only}"`);
    if (only === 'cli') {
        const iterations = count('--process-iterations', quick ? 1 : 3);
        const cli = measureCli({ ...(quick ? QUICK_SIZES : FULL_SIZES), root, log: line => process.stderr.write(`  ${line}\n`) }, iterations);
        const ratios = cliRatios(cli);
        mkdirSync(out, { recursive: true });
        const markdown = markdownCliReport(cli, ratios, iterations);
        writeFileSync(path.join(out, 'cli-results.json'), JSON.stringify({ cli, ratios }, null, 2) + '\n');
        process.stdout.write(`\n${markdown}\nWrote ${path.relative(process.cwd(), path.join(out, 'cli-results.json'))}.\n`);
        return;
    }
    const results = await runBenchmark({
        ...(quick ? QUICK_SIZES : FULL_SIZES),
        iterations: count('--iterations', quick ? 1 : 5),
        warmup: count('--warmup', quick ? 0 : 2),
        processIterations: count('--process-iterations', quick ? 1 : 7),
        serverPath: path.join(root, 'dist/server.cjs'),
        barePath: path.resolve(flag('--bare') ?? path.join(root, '.bench/build/bare-server.cjs')),
        root,
        render: await loadRenderer(root),
        log: line => process.stderr.write(`  ${line}\n`),
    });
    mkdirSync(out, { recursive: true });
    const markdown = markdownReport(results);
    writeFileSync(path.join(out, 'results.json'), JSON.stringify(results, null, 2) + '\n');
    writeFileSync(path.join(out, 'results.md'), markdown);
    process.stdout.write(`\n${markdown}\nWrote ${path.relative(process.cwd(), path.join(out, 'results.json'))} and results.md.\n`);
}

main().catch(error => {
    process.stderr.write(`bench: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 1;
});
