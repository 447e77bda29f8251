/**
 * Large input: a 5 MB plan and a folder of 1,000 plans are checked by the CLI in a process with a modest
 * heap, and the language server answers a hover while it is still building a large workspace.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { POP } from '../support/paths.js';
import { LspSession } from '../protocol/lsp-session.js';

/** Far below a default Node heap, and below what CI machines give a process. */
const HEAP_MB = 384;

function goal(i: number): string {
    return `
    goal goal-${i} "Present convincingly, number ${i}" {
        horizon short
        specific "Gives a 15-minute presentation to the management team every quarter (${i})"
        measurable 4 presentations
        baseline 0 presentations
        method "Feedback form from the management team after each talk"
        acceptable by employee, manager
        realistic "A course in spring, then practice in the team meeting"
        start 2027-01-15
        end 2027-12-15
        supports team-quality
        action course "Presenting with impact ${i}" {
            provider "Training company"
            start 2027-02-01  end 2027-03-15
            hours 16  cost € 895
        }
    }
`;
}

function planWithGoals(count: number, title = 'Large plan'): string {
    const goals: string[] = [];
    for (let i = 0; i < count; i++) goals.push(goal(i));
    return `plan "${title}" {
    employee "Sam Bakker"
    manager "Mark Jansen"
    period 2027-01-01 to 2027-12-31
    facilities budget € 100.000.000 hours 100000
    starting-points {
        organisation-goal team-quality "Every team works with its own improvement plan" by 2027-12-31
        current-role "Team lead"
    }
${goals.join('')}
}
`;
}

let work: string;
beforeAll(() => {
    work = mkdtempSync(path.join(tmpdir(), 'pop-large-'));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

function checkWithSmallHeap(args: string[]) {
    return spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, POP, 'check', '--format', 'json', '--today', '2027-06-01', ...args], {
        cwd: work, encoding: 'utf8', timeout: 170_000, maxBuffer: 512 * 1024 * 1024,
        env: { ...process.env, LANG: 'en_US.UTF-8', NO_COLOR: '1' },
    });
}

describe('large input', () => {
    test(`a 5 MB plan is checked in a ${HEAP_MB} MB heap`, () => {
        const text = planWithGoals(Math.ceil((5 * 1024 * 1024) / goal(0).length));
        expect(text.length).toBeGreaterThanOrEqual(5 * 1024 * 1024);
        writeFileSync(path.join(work, 'large.pop'), text);
        const result = checkWithSmallHeap(['large.pop']);
        expect(result.stderr).not.toMatch(/heap out of memory|FATAL ERROR|allocation failed/i);
        // Exit 0 or 1 is a verdict on the plan; 2 or a signal would be POP giving up.
        expect([0, 1], result.stderr.slice(0, 2000)).toContain(result.status);
        const problems = JSON.parse(result.stdout) as Array<{ code: string }>;
        expect(problems.filter(p => p.code.startsWith('syntax.'))).toEqual([]);
    }, 180_000);

    test(`a folder of 1,000 plans is checked in a ${HEAP_MB} MB heap`, () => {
        const folder = path.join(work, 'team');
        mkdirSync(folder, { recursive: true });
        for (let i = 0; i < 1000; i++) writeFileSync(path.join(folder, `plan-${String(i).padStart(4, '0')}.pop`), planWithGoals(3, `Plan ${i}`));
        // One broken plan among them: its problem must be reported, not lost in the crowd.
        writeFileSync(path.join(folder, 'plan-0500.pop'), planWithGoals(3, 'Plan 500').replace('end 2027-12-15', 'end 2026-12-15'));
        const result = checkWithSmallHeap(['team']);
        expect(result.stderr).not.toMatch(/heap out of memory|FATAL ERROR|allocation failed/i);
        expect(result.status, result.stderr.slice(0, 2000)).toBe(1);
        const problems = JSON.parse(result.stdout) as Array<{ file: string; code: string }>;
        expect(problems.map(p => `${path.basename(p.file)} ${p.code}`)).toContain('plan-0500.pop smart.time-bound.end-before-start');
        const reversed = problems.filter(p => p.code === 'smart.time-bound.end-before-start').map(p => path.basename(p.file));
        expect(new Set(reversed)).toEqual(new Set(['plan-0500.pop']));
        // Every plan was read and judged: each one is named by the same per-plan notes.
        expect(new Set(problems.map(p => path.basename(p.file))).size).toBe(1000);
    }, 180_000);

    test('the language server answers a hover while it is still building a large workspace', async () => {
        const folder = path.join(work, 'workspace');
        mkdirSync(folder, { recursive: true });
        const planCount = 600;
        for (let i = 0; i < planCount; i++) writeFileSync(path.join(folder, `plan-${i}.pop`), planWithGoals(8, `Plan ${i}`));
        const open = path.join(folder, 'open.pop');
        const openText = planWithGoals(1, 'Open plan');
        writeFileSync(open, openText);

        const session = new LspSession({ today: '2027-06-01' });
        try {
            const workspaceUri = pathToFileURL(folder).toString();
            await session.connection.sendRequest('initialize', {
                processId: process.pid, rootUri: workspaceUri, workspaceFolders: [{ uri: workspaceUri, name: 'workspace' }],
                capabilities: { workspace: { configuration: true, workspaceFolders: true }, textDocument: { hover: { contentFormat: ['markdown', 'plaintext'] } } },
            });
            await session.connection.sendNotification('initialized', {});
            const uri = pathToFileURL(open).toString();
            await session.open(uri, openText);
            const line = openText.split('\n').findIndex(l => /^\s*goal /.test(l));
            const hover = await session.connection.sendRequest('textDocument/hover', {
                textDocument: { uri }, position: { line, character: openText.split('\n')[line].indexOf('goal') + 1 },
            }) as Hover | null;
            // Diagnostics for the other plans arrive as each one is validated; the hover came back before all of them.
            const validatedSoFar = [...session.diagnostics.keys()].filter(k => k !== uri).length;
            expect((hover?.contents as MarkupContent | undefined)?.value ?? '').not.toBe('');
            expect(validatedSoFar, 'the hover waited for the whole workspace to be built').toBeLessThan(planCount);
            // And the build was real: every plan of the workspace is validated in the end.
            await new Promise<void>(resolve => {
                const poll = setInterval(() => {
                    if ([...session.diagnostics.keys()].filter(k => k !== uri).length >= planCount) { clearInterval(poll); resolve(); }
                }, 50);
            });
        } finally {
            await session.close();
        }
    }, 180_000);
});
