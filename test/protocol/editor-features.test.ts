import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type {
    CodeAction, CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent, TextEdit, WorkspaceEdit,
} from 'vscode-languageserver-protocol';
import { catalogue, format } from '../../packages/language/src/i18n/catalogue.js';
import type { RenderResult, SummaryResult } from '../../packages/server/src/protocol.js';
import { hasCode, lacksCode, LspSession } from './lsp-session.js';
import { DUTCH_PLAN, ENGLISH_PLAN, positionOf } from './plans.js';

const NL = 'file:///features/nl/plan.pop';
const EN = 'file:///features/en/plan.pop';
const ORG = 'file:///features/shared/organisatie.pop';
const ORGANISATION = `organisatie "Zorggroep" {
    organisatiedoel behoud-personeel "Verloop onder de 10% per jaar" uiterlijk 2028-12-31
}
`;
const WITH_SHARED_GOAL = DUTCH_PLAN.replace('draagt-bij-aan klanttevredenheid\n    }\n\n    doel', 'draagt-bij-aan klanttevredenheid, behoud-personeel\n    }\n\n    doel');

const hoverText = (hover: Hover | null): string => (hover?.contents as MarkupContent | undefined)?.value ?? '';
const labels = (result: CompletionItem[] | CompletionList | null): string[] =>
    (Array.isArray(result) ? result : result?.items ?? []).map(item => item.label);
const tokens = (text: string): string[] => text.split(/\s+/).filter(Boolean);

describe('editor features of the bundled server, in both languages', { timeout: 30_000 }, () => {
    let session: LspSession;

    beforeAll(async () => {
        session = new LspSession({ today: '2027-06-01' });
        await session.initialize();
        await session.open(ORG, ORGANISATION);
        await session.open(NL, WITH_SHARED_GOAL);
        await session.open(EN, ENGLISH_PLAN);
        await session.diagnosticsWhere(NL, hasCode('smart.time-bound.no-end'));
        await session.diagnosticsWhere(EN, hasCode('smart.time-bound.no-end'));
    });
    afterAll(async () => session.close());

    const hoverAt = (uri: string, needle: string, offset = 0) => session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri }, position: positionOf(session.text(uri), needle, offset),
    }) as Promise<Hover | null>;

    it("hovers a keyword with its criterion, how to meet it and an example, in the plan's language", async () => {
        for (const [uri, keyword, locale] of [[NL, 'meetbaar', 'nl'], [EN, 'measurable', 'en']] as const) {
            const text = hoverText(await hoverAt(uri, `        ${keyword} `, 9));
            const criterion = catalogue(locale).criteria.measurable;
            expect(text).toContain(criterion.name);
            expect(text).toContain(criterion.explanation);
            expect(text).toContain(catalogue(locale).editor.hover.example);
        }
    });

    it("hovers a goal's name with its scorecard and a reference with the organisation goal's text", async () => {
        const scorecard = hoverText(await hoverAt(NL, 'doel wachttijd', 6));
        expect(scorecard).toContain(format(catalogue('nl').editor.hover.score, { kind: 'SMART', met: 4, total: 5 }));
        const reference = hoverText(await hoverAt(NL, 'behoud-personeel', 2));
        expect(reference).toContain('Verloop onder de 10% per jaar');
    });

    it('completes keywords of the plan\'s own language where a goal field may stand', async () => {
        for (const [uri, goalLine, own, other] of [
            [NL, '        afgeleid-van presenteren', 'specifiek', 'specific'],
            [EN, '        derived-from presenting', 'specific', 'specifiek'],
        ] as const) {
            const position = positionOf(session.text(uri), goalLine, goalLine.length);
            await session.edit(uri, [{ range: { start: position, end: position }, newText: '\n        ' }]);
            const at = { line: position.line + 1, character: 8 };
            const result = await session.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: at }) as CompletionList;
            expect(labels(result)).toContain(own);
            expect(labels(result)).not.toContain(other);
            // Plan-level fields are not valid inside a goal.
            expect(labels(result)).not.toContain(uri === NL ? 'periode' : 'period');
        }
    });

    it('outlines the plan with its starting points and goals', async () => {
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: EN } }) as DocumentSymbol[];
        expect(symbols).toHaveLength(1);
        const children = (symbols[0].children ?? []).map(s => s.name);
        expect(children).toEqual(expect.arrayContaining(['presenting', 'waiting-time']));
        expect(children.indexOf('presenting')).toBeLessThan(children.indexOf('waiting-time'));
        expect(symbols[0].children!.length).toBeGreaterThan(2);
    });

    it('formats a messy plan without losing a word or a comment, and formatting again changes nothing', async () => {
        const uri = 'file:///features/messy.pop';
        const messy = ENGLISH_PLAN.replace(/^ +/gm, '').replace(/\n\n/g, '\n\n\n');
        await session.open(uri, messy);
        const options = { tabSize: 4, insertSpaces: true };
        const edits = await session.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options }) as TextEdit[];
        expect(edits.length).toBeGreaterThan(0);
        const formatted = await session.edit(uri, edits);
        expect(tokens(formatted)).toEqual(tokens(messy));
        expect(formatted).toContain('    goal presenting "Present convincingly" {');
        const again = await session.connection.sendRequest('textDocument/formatting', { textDocument: { uri }, options }) as TextEdit[];
        expect(await session.edit(uri, again)).toBe(formatted);
    });

    it('renames an organisation goal across files', async () => {
        const position = positionOf(session.text(NL), 'behoud-personeel', 3);
        const edit = await session.connection.sendRequest('textDocument/rename', { textDocument: { uri: NL }, position, newName: 'personeelsbehoud' }) as WorkspaceEdit;
        await session.applyWorkspaceEdit(edit);
        expect(session.text(ORG)).toContain('organisatiedoel personeelsbehoud ');
        expect(session.text(NL)).toContain('draagt-bij-aan klanttevredenheid, personeelsbehoud');
        expect(session.text(NL)).not.toContain('behoud-personeel');
        await session.diagnosticsWhere(NL, lacksCode('ref.unresolved'));
    });

    it("summarises the plan for the status bar, and the summary follows the plan's fixes", async () => {
        const before = await session.connection.sendRequest('pop/summary', { uri: EN }) as SummaryResult;
        expect(before).toMatchObject({ total: 2, smart: 1, locale: 'en' });

        const noEnd = (await session.diagnosticsWhere(EN, hasCode('smart.time-bound.no-end'))).find(d => d.code === 'smart.time-bound.no-end')!;
        const actions = await session.connection.sendRequest('textDocument/codeAction', {
            textDocument: { uri: EN }, range: noEnd.range, context: { diagnostics: [noEnd], only: ['quickfix'] },
        }) as CodeAction[];
        await session.applyWorkspaceEdit(actions.find(a => a.edit && a.diagnostics?.some(d => d.code === noEnd.code))!.edit!);
        await session.diagnosticsWhere(EN, lacksCode('smart.time-bound.no-end'));
        const after = await session.connection.sendRequest('pop/summary', { uri: EN }) as SummaryResult;
        expect(after).toMatchObject({ total: 2, smart: 2 });
    });

    it('answers a summary request for an unknown document with a clear error, not a crash', async () => {
        const uri = 'file:///nowhere/missing.pop';
        await expect(session.connection.sendRequest('pop/summary', { uri })).rejects.toThrow(catalogue('en').extension.unknownDocument.replace('{uri}', uri));
        // The server is still there.
        expect(await session.connection.sendRequest('pop/summary', { uri: NL })).toMatchObject({ locale: 'nl' });
    });

    it('renders a plan to HTML, and for the preview with the given nonce', async () => {
        const file = await session.connection.sendRequest('pop/render', { uri: NL }) as RenderResult;
        expect(file.html).toMatch(/^<!DOCTYPE html>/i);
        expect(file.html).toContain('POP 2027 Sanne');
        const nonce = 'dGVzdC1ub25jZS0xMjM0NQ==';
        const preview = await session.connection.sendRequest('pop/render', { uri: NL, preview: true, nonce, cspSource: 'vscode-webview:' }) as RenderResult;
        expect(preview.html).toContain(`nonce-${nonce}`);
        expect(preview.html).toContain('Content-Security-Policy');
    });
});
