import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { POP, ROOT } from '../support/paths.js';
import { machineNode } from './run-cli.js';

describe('the pop launcher', () => {
    test('runs on the machine\'s own node, whatever its version', () => {
        const node = machineNode();
        const result = spawnSync(node, [POP, 'check', 'examples/nl/voorbeeld.pop', 'examples/shared', '--today', '2027-06-01'], {
            cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
        });
        expect(result.stderr).toBe('No problems in 2 files.\n');
        expect(result.status).toBe(0);
    });
});

describe('dependencies', () => {
    test('exactly one copy of vscode-jsonrpc is installed', () => {
        const lock = JSON.parse(readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version: string }> };
        const copies = Object.keys(lock.packages).filter(key => key.endsWith('node_modules/vscode-jsonrpc'));
        expect(copies).toEqual(['node_modules/vscode-jsonrpc']);
    });
});
