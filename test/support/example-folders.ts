/** A fresh folder per test holding copies of some bundled examples, for CLI tests that change or write files. */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeEach } from 'vitest';
import { ROOT } from './paths.js';

/**
 * Registers the hooks and returns the current test's folder. `examples` are paths under examples/; each copy keeps
 * its file name.
 */
export function folderPerTest(name: string, examples: readonly string[]): () => string {
    const temp = mkdtempSync(path.join(os.tmpdir(), `pop-${name}-`));
    afterAll(() => rmSync(temp, { recursive: true, force: true }));
    let dir = '';
    let counter = 0;
    beforeEach(() => {
        dir = path.join(temp, `case-${counter++}`);
        mkdirSync(dir);
        for (const example of examples) copyFileSync(path.join(ROOT, 'examples', example), path.join(dir, path.basename(example)));
    });
    return () => dir;
}
