/**
 * What the server sends follows what the client said at `initialize` it can show: plain-text hovers, a flat list
 * of symbols, and diagnostics without a link to the rule's docs, for clients that cannot show more. A client like
 * VS Code gets Markdown, the tree and the links (test/protocol/editor-features.test.ts and diagnostics-and-quick-fixes).
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { Diagnostic, DocumentSymbol, Hover, MarkupContent, SymbolInformation } from 'vscode-languageserver-protocol';
import { catalogue } from '../../packages/language/src/i18n/catalogue.js';
import { ruleDocsUrl } from '../../packages/language/src/validation/rules.js';
import { hasCode, LspSession, VS_CODE_LIKE_CAPABILITIES } from './lsp-session.js';
import { ENGLISH_PLAN, positionOf } from './plans.js';

const NO_END = 'smart.time-bound.no-end';
const URI = 'file:///capabilities/plan.pop';
const textDocument = VS_CODE_LIKE_CAPABILITIES.textDocument!;

describe('the server fits what it sends to the client', { timeout: 30_000 }, () => {
    let session: LspSession;
    afterEach(async () => session.close());

    async function start(capabilities: typeof textDocument): Promise<Diagnostic[]> {
        session = new LspSession({ today: '2027-06-01' });
        await session.initializeAs({ capabilities: { ...VS_CODE_LIKE_CAPABILITIES, textDocument: capabilities } });
        await session.open(URI, ENGLISH_PLAN);
        return session.diagnosticsWhere(URI, hasCode(NO_END));
    }
    const hoverAt = (needle: string, offset: number) => session.connection.sendRequest('textDocument/hover', {
        textDocument: { uri: URI }, position: positionOf(ENGLISH_PLAN, needle, offset),
    }) as Promise<Hover | null>;

    it('sends hovers as readable plain text to a client without Markdown', async () => {
        await start({ ...textDocument, hover: { contentFormat: ['plaintext'] } });
        const criterion = catalogue('en').criteria.measurable;
        const keyword = (await hoverAt('        measurable ', 9))!.contents as MarkupContent;
        expect(keyword.kind).toBe('plaintext');
        expect(keyword.value).toContain(`measurable — ${catalogue('en').editor.fields.measurable}`);
        expect(keyword.value).toContain(`${criterion.letter} — ${criterion.name}. ${criterion.explanation}`);
        // The example is kept as written, without its fence.
        for (const line of criterion.example.split('\n')) expect(keyword.value).toContain(line);
        const scorecard = (await hoverAt('goal waiting-time', 6))!.contents as MarkupContent;
        expect(scorecard.value).toContain("Goal 'waiting-time' — Shorter waiting time");
        for (const value of [keyword.value, scorecard.value]) expect(value).not.toMatch(/\*\*|```|`/);
    });

    it('sends hovers as Markdown to a client that shows it', async () => {
        await start(textDocument);
        const keyword = (await hoverAt('        measurable ', 9))!.contents as MarkupContent;
        expect(keyword.kind).toBe('markdown');
        expect(keyword.value).toContain('**measurable**');
    });

    it('sends a flat list of symbols, each under its parent, to a client without hierarchical symbols', async () => {
        await start({ ...textDocument, documentSymbol: {} });
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }) as SymbolInformation[];
        const goal = symbols.find(s => s.name === 'waiting-time')!;
        expect(goal.location).toEqual({ uri: URI, range: expect.objectContaining({ start: expect.any(Object) }) });
        expect(goal.containerName).toBe('PDP 2027 Sam');
        expect(symbols[0]).toMatchObject({ name: 'PDP 2027 Sam' });
        expect(symbols[0].containerName).toBeUndefined();
        expect(symbols.find(s => s.name === 'customer-satisfaction')!.containerName).toBe(catalogue('en').editor.symbols.startingPoints);
        expect(symbols.every(s => !('children' in s) && !('selectionRange' in s))).toBe(true);
    });

    it('sends the tree of symbols to a client that shows one', async () => {
        await start(textDocument);
        const symbols = await session.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri: URI } }) as DocumentSymbol[];
        expect(symbols).toHaveLength(1);
        expect(symbols[0].children!.map(s => s.name)).toContain('waiting-time');
    });

    it('leaves out the link to the rule when the client cannot show it, and sends it when it can', async () => {
        const without = await start({ ...textDocument, publishDiagnostics: { relatedInformation: true } });
        expect(without.length).toBeGreaterThan(0);
        expect(without.every(d => d.codeDescription === undefined && d.code !== undefined)).toBe(true);
        await session.close();

        const withLinks = await start(textDocument);
        expect(withLinks.find(d => d.code === NO_END)!.codeDescription).toEqual({ href: ruleDocsUrl(NO_END) });
    });
});
