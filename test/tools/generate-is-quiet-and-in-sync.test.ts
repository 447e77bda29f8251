/**
 * `npm install` regenerates the parser (the prepare script). It must print nothing a user would read as a
 * problem, and the generated files in the repository must be what the grammar generates.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { ROOT } from '../support/paths.js';

const work = mkdtempSync(path.join(tmpdir(), 'pop-generate-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function runGenerate(cwd: string): { output: string; status: number } {
    try {
        const output = execFileSync(process.execPath, [path.join(ROOT, 'packages/tools/generate.mjs')], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
        return { output, status: 0 };
    } catch (error) {
        const failed = error as { stdout: string; stderr: string; status: number };
        return { output: failed.stdout + failed.stderr, status: failed.status };
    }
}

test('generating the parser prints nothing and reproduces the committed files', () => {
    cpSync(path.join(ROOT, 'langium-config.json'), path.join(work, 'langium-config.json'));
    cpSync(path.join(ROOT, 'packages/language/src/pop.langium'), path.join(work, 'packages/language/src/pop.langium'));
    const { output, status } = runGenerate(work);
    expect(output).toBe('');
    expect(status).toBe(0);
    const generated = path.join(work, 'packages/language/src/generated');
    for (const file of readdirSync(generated)) {
        expect(readFileSync(path.join(generated, file), 'utf8'), `${file} is stale: run npm run generate`)
            .toBe(readFileSync(path.join(ROOT, 'packages/language/src/generated', file), 'utf8'));
    }
});

test('a grammar error is still printed, with its place, and fails', () => {
    const broken = mkdtempSync(path.join(work, 'broken-'));
    cpSync(path.join(ROOT, 'langium-config.json'), path.join(broken, 'langium-config.json'));
    const grammar = readFileSync(path.join(ROOT, 'packages/language/src/pop.langium'), 'utf8') + '\nBogus: x=Missing;\n';
    cpSync(path.join(ROOT, 'packages/language/src/pop.langium'), path.join(broken, 'packages/language/src/pop.langium'));
    execFileSync('sh', ['-c', 'cat > packages/language/src/pop.langium'], { cwd: broken, input: grammar });
    const { output, status } = runGenerate(broken);
    expect(output).toMatch(/pop\.langium:\d+:\d+ - Could not resolve reference to AbstractRule named 'Missing'/);
    expect(status).not.toBe(0);
});
