import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchResults } from '../../packages/bench/src/run.js';
import { planText, titleRange, workspaceFiles } from '../../packages/bench/src/generate.js';
import { createServices } from '../../packages/bench/src/in-process.js';
import { withReversedDates } from '../../packages/bench/src/cli-process.js';
import { ROOT } from '../support/paths.js';

const out = mkdtempSync(path.join(os.tmpdir(), 'pop-bench-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

function nonNegative(value: unknown): void {
    expect(typeof value).toBe('number');
    expect(Number.isFinite(value)).toBe(true);
    expect(value as number).toBeGreaterThanOrEqual(0);
}

describe('benchmark input', () => {
    it('is the same text every time and differs per seed', () => {
        expect(planText({ goals: 12, seed: 3 })).toBe(planText({ goals: 12, seed: 3 }));
        expect(planText({ goals: 12, seed: 3 })).not.toBe(planText({ goals: 12, seed: 4 }));
    });

    it('parses without errors and resolves every reference, across a workspace of plans and one organisation file', async () => {
        const services = createServices();
        const files = workspaceFiles(4, 3);
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const { URI } = await import('langium');
        const documents = files.map(f => LangiumDocumentFactory.fromString(f.text, URI.parse(`file:///ws/${f.path}`)));
        for (const d of documents) LangiumDocuments.addDocument(d);
        await DocumentBuilder.build(documents, { validation: true });
        for (const d of documents) {
            expect(d.parseResult.lexerErrors).toEqual([]);
            expect(d.parseResult.parserErrors).toEqual([]);
            expect(d.references.filter(r => r.error).map(r => r.error!.message)).toEqual([]);
        }
        // Plans in both languages, goals with actions, references and a review.
        expect(files.some(f => f.text.includes('draagt-bij-aan'))).toBe(true);
        expect(files[1].text).toMatch(/supports org-goal-\d+/);
        expect(files[1].text).toMatch(/review \d{4}-\d{2}-\d{2}/);
        expect(files[1].text).toMatch(/action course/);
    });

    it('reverses the first goal\'s dates for pop fix to swap back, in both languages', () => {
        for (const lang of ['en', 'nl'] as const) {
            const text = planText({ goals: 3, lang });
            const reversed = withReversedDates(text);
            const [, start, end] = /^ {8}start (\S+)\n {8}(?:end|eind) (\S+)$/m.exec(text)!;
            expect(reversed).toContain(`start ${end}\n`);
            expect(reversed.replace(`start ${end}`, `start ${start}`).replace(/^( {8}(?:end|eind) )\S+$/m, `$1${end}`)).toBe(text);
        }
    });

    it('finds the title an incremental edit replaces, before and after the edit', () => {
        const text = planText({ goals: 12 });
        const { start, end } = titleRange(text, 10);
        expect(text.slice(start, end)).toBe('Goal number 11');
        const edited = text.slice(0, start) + 'Goal number 11, revision 1' + text.slice(end);
        expect(edited.slice(titleRange(edited, 10, 1).start, titleRange(edited, 10, 1).end)).toBe('Goal number 11, revision 1');
    });
});

describe('npm run bench --quick', () => {
    it('writes every measurement and ratio as JSON and a Markdown table', () => {
        const run = spawnSync(process.execPath, [path.join(ROOT, 'packages/bench/bench.mjs'), '--quick', '--out', out], {
            cwd: ROOT, encoding: 'utf8', timeout: 240_000,
        });
        expect(run.stderr).not.toMatch(/bench: /);
        expect(run.status).toBe(0);
        const results = JSON.parse(readFileSync(path.join(out, 'results.json'), 'utf8')) as BenchResults;
        expect(results.plans.map(p => p.goals)).toEqual(results.options.sizes);
        for (const plan of results.plans) {
            for (const key of ['bytes', 'lexMs', 'parseMs', 'buildMs', 'diagnostics'] as const) nonNegative(plan[key]);
            expect(plan.bytes).toBeGreaterThan(0);
        }
        nonNegative(results.incremental.ms);
        nonNegative(results.workspace.ms);
        expect(results.workspace.goals).toBe(results.options.workspaceFiles * results.options.goalsPerFile);
        nonNegative(results.memory.bytesPerGoal);
        nonNegative(results.teamReport.checkMs);
        nonNegative(results.teamReport.reportMs);
        nonNegative(results.teamReport.checkCpuMs);
        nonNegative(results.teamReport.reportCpuMs);
        nonNegative(results.lsp.bareColdStartMs);
        expect(results.render.map(r => r.goals)).toEqual([results.options.medium, results.options.large]);
        const renderer = existsSync(path.join(ROOT, 'packages/language/src/generator/render.ts'));
        for (const r of results.render) if (renderer) nonNegative(r.ms);
        expect(results.previewRender.goals).toBe(results.options.preview.goals);
        if (renderer) {
            expect(results.previewRender.renders).toBe(results.options.preview.renders);
            expect(results.previewRender.meanMs).toBeGreaterThan(0);
        }
        const server = existsSync(path.join(ROOT, 'dist/server.cjs'));
        if (server) {
            nonNegative(results.lsp.coldStartMs);
            for (const l of results.lsp.latency) nonNegative(l.ms);
            nonNegative(results.lsp.firstDiagnostics.ms);
            nonNegative(results.size.serverBytes);
            expect(results.lsp.webviewUpdate?.previewMs).toBeGreaterThan(0);
            expect(results.lsp.webviewUpdate?.overviewMs).toBeGreaterThan(0);
        }
        expect(results.ratios.map(r => r.id)).toEqual([
            'build-over-parse', 'linearity', 'workspace', 'lsp-latency', 'cold-start', 'render-medium', 'render-large', 'render-preview', 'heap',
            'cli-check-cpu', 'cli-fix-cpu', 'cli-fix-every-file-cpu', 'webview-update', 'team-report',
        ]);
        for (const key of ['bareNodeCpuMs', 'checkOnePlanCpuMs', 'workspaceCheckCpuMs', 'workspaceFixCpuMs', 'workspaceFixEveryFileCpuMs'] as const) {
            expect(results.cli[key]).toBeGreaterThan(0);
        }
        for (const ratio of results.ratios) {
            if (ratio.value === null) expect(ratio.pass).toBeNull();
            else {
                nonNegative(ratio.value);
                expect(ratio.pass).toBe(ratio.value <= ratio.target);
            }
        }
        const markdown = readFileSync(path.join(out, 'results.md'), 'utf8');
        for (const ratio of results.ratios) expect(markdown).toContain(ratio.label);
    }, 300_000);
});
