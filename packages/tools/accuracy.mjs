// `npm run accuracy`: how well the statement reader agrees with a coach on the labelled corpus in test/statements/.
// Prints precision, recall and accuracy of the specific check per language, and how often the target fix offers the
// right number and how many preferred (fix-all) fixes would be wrong. `--verbose` lists every difference.
// `--readings FILE` writes how every corpus statement is read, to compare a change to the reader with `diff`;
// `--statements FILE` reads the statements in FILE (one per line) instead of the corpus's.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const outfile = path.join(root, '.bench/accuracy.mjs');
await esbuild.build({
    absWorkingDir: root,
    stdin: {
        contents: "import { CORPUS, readingLines, report, score } from './test/statements/score.ts';\n"
            + 'export function run(verbose) { const figures = score(); console.log(report(figures, verbose)); return figures; }\n'
            + 'export function corpusTexts() { return CORPUS.map(s => s.text); }\n'
            + 'export function readings(texts) { return texts.map(readingLines).join(\'\\n\') + \'\\n\'; }\n',
        resolveDir: root,
        loader: 'ts',
    },
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    logLevel: 'warning',
});
const { corpusTexts, readings, run } = await import(pathToFileURL(outfile).href);

function option(name) {
    const at = process.argv.indexOf(name);
    if (at < 0) return undefined;
    const value = process.argv[at + 1];
    if (!value || value.startsWith('--')) {
        process.stderr.write(`accuracy: ${name} needs a file name\n`);
        process.exit(2);
    }
    return value;
}

const readingsFile = option('--readings');
const statementsFile = option('--statements');
if (readingsFile) {
    let texts = corpusTexts();
    if (statementsFile) {
        try {
            texts = readFileSync(statementsFile, 'utf8').split(/\r?\n/).map(line => line.trim()).filter(line => line && !line.startsWith('#'));
        } catch (error) {
            process.stderr.write(`accuracy: cannot read ${statementsFile}: ${error.code ?? error.message}\n`);
            process.exit(2);
        }
    }
    writeFileSync(readingsFile, readings(texts));
    process.stdout.write(`Wrote how ${texts.length} statement${texts.length === 1 ? ' is' : 's are'} read to ${readingsFile}.\n`);
} else {
    run(process.argv.includes('--verbose'));
}
