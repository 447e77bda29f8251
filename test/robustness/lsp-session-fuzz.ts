/**
 * The bundled language server, spoken to over stdio as an editor does, through a long random session:
 * documents opened, edited with broken and hostile text, closed and reopened, with every kind of request
 * at valid and invalid positions, some of them cancelled. The server must never exit, never answer
 * with an internal error, and must still answer correctly at the end.
 *
 * The session has a workspace folder of its own. Two of its documents are files saved in it, so closing them goes
 * back to the saved text; two are files that are not on disk (as if deleted while open); one is saved just outside
 * the folder, and one is untitled: both leave the workspace when they are closed.
 */
import fc from 'fast-check';
import type { ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource, ErrorCodes, ResponseError } from 'vscode-languageserver-protocol';
import type { Hover, MarkupContent, Position } from 'vscode-languageserver-protocol';
import { expect } from 'vitest';
import { hasCode, LspSession } from '../protocol/lsp-session.js';
import { anyInputArb, EXAMPLES, snippetArb, type FuzzCase } from './arbitraries.js';

/** Paths in the session's workspace folder (one of them just outside it), and one untitled document. */
const URIS = ['a.pop', 'b.pop', 'nl/c.pop', 'shared/org.pop', '../outside.pop', 'untitled:Untitled-1'];
/** The documents saved before the session starts, with the example they hold. */
const SAVED: Record<string, string> = { 'a.pop': 'en/example.pop', 'shared/org.pop': 'shared/organisatiedoelen.pop', '../outside.pop': 'nl/voorbeeld.pop' };

const REQUESTS = [
    'textDocument/hover', 'textDocument/completion', 'textDocument/documentSymbol', 'textDocument/formatting',
    'textDocument/rangeFormatting', 'textDocument/codeAction', 'textDocument/foldingRange', 'textDocument/semanticTokens/full',
    'textDocument/codeLens', 'textDocument/inlayHint', 'textDocument/definition', 'textDocument/references',
    'textDocument/documentHighlight', 'textDocument/rename', 'textDocument/prepareRename', 'pop/summary', 'pop/render',
] as const;

export type Step =
    | { kind: 'open'; uri: number; input: FuzzCase }
    | { kind: 'replace'; uri: number; input: FuzzCase }
    | { kind: 'edit'; uri: number; from: number; length: number; text: string }
    | { kind: 'close'; uri: number }
    | { kind: 'request'; uri: number; method: (typeof REQUESTS)[number]; line: number; character: number; cancel: boolean };

const uriArb = fc.nat({ max: URIS.length - 1 });
export const stepArb: fc.Arbitrary<Step> = fc.oneof(
    { arbitrary: fc.record({ kind: fc.constant('open' as const), uri: uriArb, input: anyInputArb }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('replace' as const), uri: uriArb, input: anyInputArb }), weight: 2 },
    { arbitrary: fc.record({ kind: fc.constant('edit' as const), uri: uriArb, from: fc.nat({ max: 1_000_000 }), length: fc.nat({ max: 40 }), text: snippetArb }), weight: 8 },
    { arbitrary: fc.record({ kind: fc.constant('close' as const), uri: uriArb }), weight: 1 },
    {
        arbitrary: fc.record({
            kind: fc.constant('request' as const), uri: uriArb, method: fc.constantFrom(...REQUESTS),
            // Mostly inside the text, sometimes past its end: clients do send stale positions.
            line: fc.oneof({ arbitrary: fc.nat({ max: 150 }), weight: 9 }, { arbitrary: fc.integer({ min: 150, max: 100_000 }), weight: 1 }),
            character: fc.oneof({ arbitrary: fc.nat({ max: 80 }), weight: 9 }, { arbitrary: fc.integer({ min: 80, max: 100_000 }), weight: 1 }),
            cancel: fc.boolean(),
        }),
        weight: 10,
    },
);

function paramsFor(method: (typeof REQUESTS)[number], uri: string, position: Position): object {
    const textDocument = { uri };
    const range = { start: { line: Math.max(0, position.line - 3), character: 0 }, end: position };
    switch (method) {
        case 'textDocument/formatting': return { textDocument, options: { tabSize: 4, insertSpaces: true } };
        case 'textDocument/rangeFormatting': return { textDocument, range, options: { tabSize: 4, insertSpaces: true } };
        case 'textDocument/codeAction': return { textDocument, range, context: { diagnostics: [] } };
        case 'textDocument/documentSymbol': case 'textDocument/foldingRange': case 'textDocument/semanticTokens/full': case 'textDocument/codeLens':
            return { textDocument };
        case 'textDocument/inlayHint': return { textDocument, range };
        case 'textDocument/references': return { textDocument, position, context: { includeDeclaration: true } };
        case 'textDocument/rename': return { textDocument, position, newName: 'renamed-goal' };
        case 'pop/summary': case 'pop/render': return { uri, textDocument };
        default: return { textDocument, position };
    }
}

/** Errors a server may rightly answer with: a cancelled request, stale content, or a request it does not know. */
const ACCEPTABLE_ERRORS = new Set<number>([-32800 /* RequestCancelled */, -32801 /* ContentModified */, ErrorCodes.MethodNotFound, ErrorCodes.InvalidParams, -32802 /* ServerCancelled */]);

/** CPU time a process has used, in clock ticks, where /proc shows it: tells a busy server from a stuck one. */
function cpuTicks(pid: number | undefined): number {
    try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        return Number(fields[11]) + Number(fields[12]);
    } catch {
        return 0;
    }
}

/** A hang is reported with what was still waiting; the bound is far above any normal answer time. */
const HANG_GUARD_MS = 30_000;
async function guard<T>(promise: Promise<T>, describe: () => string): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const hang = new Promise<never>((_, reject) => { timer = setTimeout(() => reject(new Error(`hang: ${describe()}`)), HANG_GUARD_MS); });
    try {
        return await Promise.race([promise, hang]);
    } finally {
        clearTimeout(timer);
    }
}

function describeSteps(steps: readonly Step[], first: number): string {
    return steps.map((step, i) => {
        const input = 'input' in step ? ` ${step.input.origin} ${step.input.steps.join(' ')} ${JSON.stringify(step.input.text.length > 300 ? step.input.text.slice(0, 300) + '…' : step.input.text)}` : '';
        const rest = step.kind === 'edit' ? ` at ${step.from} -${step.length} +${JSON.stringify(step.text)}` : step.kind === 'request' ? ` ${step.method} ${step.line}:${step.character}${step.cancel ? ' cancelled' : ''}` : '';
        return `  ${first + i} ${step.kind} ${URIS[step.uri]}${rest}${input}`;
    }).join('\n');
}

/** A session prints as its length and first steps: the whole of it is rebuilt from the seed fast-check reports. */
export function compactly(steps: Step[]): Step[] {
    return Object.assign(steps, { [fc.toStringMethod]: () => `Session(${steps.length} steps, starting ${JSON.stringify(steps.slice(0, 3)).slice(0, 300)}…)` });
}

/** A fresh folder (removed at the end) holding the workspace folder, with the saved documents in and next to it. */
function sessionFolder(): { base: string; uriOf: (name: string) => string } {
    const base = mkdtempSync(path.join(tmpdir(), 'pop-fuzz-'));
    const folder = path.join(base, 'work');
    mkdirSync(folder);
    for (const [name, example] of Object.entries(SAVED)) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), readFileSync(path.join('examples', example)));
    }
    const uriOf = (name: string) => (name.startsWith('untitled:') ? name : pathToFileURL(path.join(folder, name)).toString());
    return { base, uriOf };
}

export async function runSession(steps: readonly Step[]): Promise<void> {
    const { base, uriOf } = sessionFolder();
    const workspaceFolder = uriOf('');
    const session = new LspSession({ today: '2027-06-01' });
    const child = (session as unknown as { process: ChildProcess }).process;
    let exited: string | undefined;
    let exitedEarly: (reason: Error) => void = () => undefined;
    const exit = new Promise<never>((_, reject) => { exitedEarly = reject; });
    exit.catch(() => undefined);
    child.once('exit', (code, signal) => {
        exited = `exit code ${code}, signal ${signal}`;
        exitedEarly(new Error(`the server exited during the session (${exited}); stderr:\n${session.errorOutput.slice(-3000)}`));
    });
    const pending: Array<Promise<void>> = [];
    const failures: string[] = [];
    const watching: Array<{ index: number; uri: string; method: string; strict: boolean; settled: boolean; source: CancellationTokenSource }> = [];
    try {
        await session.initialize(workspaceFolder);
        const open = new Set<string>();
        for (const [index, step] of steps.entries()) {
            if (exited) break;
            const uri = uriOf(URIS[step.uri]);
            if (step.kind === 'open') {
                if (open.has(uri)) continue;
                await session.open(uri, step.input.text);
                open.add(uri);
            } else if (step.kind === 'replace' || step.kind === 'edit') {
                if (!open.has(uri)) continue;
                const document = session.documents.get(uri)!;
                const length = document.getText().length;
                const start = step.kind === 'replace' ? 0 : step.from % (length + 1);
                const end = step.kind === 'replace' ? length : Math.min(length, start + step.length);
                const newText = step.kind === 'replace' ? step.input.text : step.text;
                await session.edit(uri, [{ range: { start: document.positionAt(start), end: document.positionAt(end) }, newText }]);
            } else if (step.kind === 'close') {
                if (!open.has(uri)) continue;
                for (const watch of watching) if (watch.uri === uri && !watch.settled) watch.strict = false;
                await session.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
                open.delete(uri);
                session.documents.delete(uri);
            } else {
                // Editors ask only about open documents; about others any error answer will do, as long as the server lives.
                // The same holds once the document is closed while the request waits: the editor has stopped listening.
                const source = new CancellationTokenSource();
                const watch = { index, uri, method: `step ${index} ${step.method} at ${step.line}:${step.character}`, strict: open.has(uri), settled: false, source };
                watching.push(watch);
                const request = session.connection.sendRequest(step.method, paramsFor(step.method, uri, { line: step.line, character: step.character }), source.token)
                    .then(() => { watch.settled = true; }, (error: unknown) => {
                        const code = error instanceof ResponseError ? error.code : (error as { code?: number }).code;
                        watch.settled = true;
                        if (code === undefined || (watch.strict && !ACCEPTABLE_ERRORS.has(code))) {
                            failures.push(`step ${index} ${step.method} at ${step.line}:${step.character} on ${uri}: ${code} ${(error as Error).message}`);
                        }
                    });
                pending.push(request);
                if (step.cancel) source.cancel();
            }
        }
        // Langium holds a request about a document it has not got until that document arrives; an editor that
        // asked about a closed document cancels, and so does this one. Requests about open documents must be answered.
        for (const watch of watching) if (!watch.strict) watch.source.cancel();
        const cpuAtStart = cpuTicks(child.pid);
        await guard(Promise.race([Promise.all(pending), exit]), () => {
            const hung = watching.filter(w => !w.settled);
            const busy = cpuTicks(child.pid) - cpuAtStart;
            return `requests never answered (server used ${busy} CPU ticks while they waited: ${busy > 100 ? 'busy, a loop' : 'idle, a deadlock'}): ${hung.map(w => `${w.method} on ${w.uri}${w.strict ? ' (open)' : ''}`).join(', ')}\n`
                + `the steps before the first of them:\n${describeSteps(steps.slice(Math.max(0, hung[0].index - 12), hung[0].index + 1), Math.max(0, hung[0].index - 12))}\n`
                + `the server's last log lines:\n${session.logs.slice(-8).map(line => `  ${line.slice(0, 600)}`).join('\n')}`;
        });
        expect(exited, `the server exited during the session; stderr:\n${session.errorOutput}`).toBeUndefined();
        expect(failures, 'requests answered with an internal error').toEqual([]);
        // A failed build answers nothing wrong at once; it shows as an error in the log (CI caught one that way).
        expect(session.errorLogs.map(line => line.slice(0, 600)), 'the server logged errors').toEqual([]);

        // Still correct at the end: a fresh document gets its diagnostics, a hover and an outline.
        const example = EXAMPLES.find(e => e.name.endsWith('not-smart.pop'))!;
        const uri = 'file:///fuzz/after/not-smart.pop';
        await session.open(uri, example.text);
        await guard(session.diagnosticsWhere(uri, hasCode('smart.specific.comparative')), () => 'no diagnostics for a fresh document after the session');
        const goalLine = example.text.split('\n').findIndex(line => /^\s*goal /.test(line));
        const hover = await session.connection.sendRequest('textDocument/hover', { textDocument: { uri }, position: { line: goalLine, character: example.text.split('\n')[goalLine].indexOf('goal') + 1 } }) as Hover | null;
        expect((hover?.contents as MarkupContent | undefined)?.value ?? '').not.toBe('');
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }) as Array<{ name: string }>;
        expect(symbols.length).toBeGreaterThan(0);
        expect(exited).toBeUndefined();
    } finally {
        if (!exited) await session.close();
        rmSync(base, { recursive: true, force: true });
    }
}

