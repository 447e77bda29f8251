// `npm run accuracy`: how well the statement reader agrees with a coach on the labelled corpus in test/statements/.
// Prints precision, recall and accuracy of the specific check per language, and how often the target fix offers the
// right number and how many preferred (fix-all) fixes would be wrong. `--verbose` lists every difference.
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = path.join(root, '.bench/accuracy.mjs');
await esbuild.build({
    absWorkingDir: root,
    stdin: {
        contents: "import { report, score } from './test/statements/score.ts';\n"
            + 'export function run(verbose) { const figures = score(); console.log(report(figures, verbose)); return figures; }\n',
        resolveDir: root,
        loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
});
const { run } = await import(pathToFileURL(outfile).href);
run(process.argv.includes('--verbose'));
