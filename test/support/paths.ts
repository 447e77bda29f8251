/** Where the tests find the project: its root, the built `pop` command, and the example plans. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const POP = path.join(ROOT, 'packages/cli/bin/pop.cjs');

/** The text of an example plan, by its path under examples/. */
export function example(relative: string): string {
    return readFileSync(path.join(ROOT, 'examples', relative), 'utf8');
}
