/**
 * Drives the language services the way an editor does, on one document at a time, and checks the
 * invariants every fuzz suite shares: nothing throws, and every range points inside the document.
 */
import { URI, type LangiumDocument } from 'langium';
import type { Position, Range, TextEdit } from 'vscode-languageserver';
import { renderHtml, type Document } from '../../packages/language/src/index.js';
import { codeActionsFor, fixAllFor } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { createServices, type Services } from '../support/services.js';

let counter = 0;

/** Services with a fixed "today", so date rules give the same answer on every run. */
export function fuzzServices(): Services {
    return createServices({ today: '2027-06-01' });
}

/**
 * Parses, links and validates one document, runs `use`, then removes it so the workspace stays empty: through the
 * builder, which also drops it from the index (removing it from LangiumDocuments alone left every case's symbols
 * and references in the index, and a long fuzz run ran out of memory).
 */
export async function withDocument<T>(services: Services, text: string, use: (document: LangiumDocument<Document>) => Promise<T>): Promise<T> {
    const uri = URI.parse(`file:///fuzz/case${counter++}.pop`);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(text, uri);
    services.shared.workspace.LangiumDocuments.addDocument(document);
    try {
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        return await use(document);
    } finally {
        await services.shared.workspace.DocumentBuilder.update([], [uri]);
    }
}

export function syntaxErrorCount(document: LangiumDocument): number {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
}

/** Lines as LSP counts them: \n, \r\n and a lone \r each end a line. */
function lineLengths(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

function positionProblem(position: Position, lines: number[]): string | undefined {
    const { line, character } = position;
    if (!Number.isInteger(line) || !Number.isInteger(character)) return `not integers: ${JSON.stringify(position)}`;
    if (line < 0 || line >= lines.length) return `line ${line} outside 0..${lines.length - 1}`;
    if (character < 0 || character > lines[line]) return `character ${character} outside line ${line} of length ${lines[line]}`;
    return undefined;
}

/** Why a range is invalid for this text, or undefined when it lies inside the document with start ≤ end. */
export function rangeProblem(range: Range | undefined, text: string): string | undefined {
    if (!range) return 'no range';
    const lines = lineLengths(text);
    const problem = positionProblem(range.start, lines) ?? positionProblem(range.end, lines);
    if (problem) return problem;
    const { start, end } = range;
    if (start.line > end.line || (start.line === end.line && start.character > end.character)) return `start after end: ${JSON.stringify(range)}`;
    return undefined;
}

/** Every diagnostic's range, and the ranges of related information in the same file, lie inside the text. */
export function expectValidDiagnosticRanges(document: LangiumDocument): void {
    const text = document.textDocument.getText();
    for (const diagnostic of document.diagnostics ?? []) {
        const problem = rangeProblem(diagnostic.range, text);
        if (problem) throw new Error(`diagnostic ${String(diagnostic.code)} "${diagnostic.message}" has an invalid range: ${problem}`);
        for (const related of diagnostic.relatedInformation ?? []) {
            if (related.location.uri !== document.uri.toString()) continue;
            const relatedProblem = rangeProblem(related.location.range, text);
            if (relatedProblem) throw new Error(`related information of ${String(diagnostic.code)} has an invalid range: ${relatedProblem}`);
        }
    }
}

/** Positions an editor would ask about: the start, the end, and both edges of a spread of tokens. */
export function probePositions(document: LangiumDocument, services: Services, limit = 12): Position[] {
    const text = document.textDocument.getText();
    const tokens = services.Pop.parser.Lexer.tokenize(text).tokens;
    const offsets = new Set<number>([0, text.length, Math.floor(text.length / 2)]);
    const step = Math.max(1, Math.floor(tokens.length / limit));
    for (let i = 0; i < tokens.length; i += step) {
        offsets.add(tokens[i].startOffset);
        offsets.add(tokens[i].startOffset + tokens[i].image.length);
    }
    return [...offsets].map(offset => document.textDocument.positionAt(offset));
}

/**
 * Asks for everything an editor asks for on open and while typing: every quick fix for every diagnostic,
 * fix-all, formatting, hover, completion, symbols, folding, code lens and semantic tokens.
 * Each must complete without throwing and answer with ranges inside the document.
 */
export async function exerciseEditorFeatures(services: Services, document: LangiumDocument): Promise<void> {
    const lsp = services.Pop.lsp;
    const text = document.textDocument.getText();
    const textDocument = { uri: document.uri.toString() };
    const checkEdits = (what: string, edits: readonly TextEdit[] | undefined | null) => {
        for (const edit of edits ?? []) {
            const problem = rangeProblem(edit.range, text);
            if (problem) throw new Error(`${what} returned an edit with an invalid range: ${problem}`);
        }
        if (edits?.length) applyEdits(text, edits);
    };

    for (const diagnostic of document.diagnostics ?? []) {
        for (const action of codeActionsFor(services, document, diagnostic)) checkEdits(`quick fix "${action.title}"`, editsOf(action, document.uri.toString()));
    }
    const fixAll = fixAllFor(services, document);
    if (fixAll) checkEdits('fix all', editsOf(fixAll, document.uri.toString()));

    if (lsp.Formatter) {
        checkEdits('formatting', await lsp.Formatter.formatDocument(document, { textDocument, options: { tabSize: 4, insertSpaces: true } }));
    }
    // Completion re-parses up to the cursor, so it is asked at fewer places than hover.
    const positions = probePositions(document, services);
    for (const [index, position] of positions.entries()) {
        const hover = await lsp.HoverProvider?.getHoverContent(document, { textDocument, position });
        if (hover?.range && rangeProblem(hover.range, text)) throw new Error(`hover range invalid: ${rangeProblem(hover.range, text)}`);
        if (index % 4 !== 0) continue;
        const completion = await lsp.CompletionProvider?.getCompletion(document, { textDocument, position });
        for (const item of completion?.items ?? []) {
            const edit = item.textEdit;
            if (edit && 'range' in edit && rangeProblem(edit.range, text)) throw new Error(`completion "${item.label}" edit range invalid: ${rangeProblem(edit.range, text)}`);
        }
    }
    const symbols = await lsp.DocumentSymbolProvider?.getSymbols(document, { textDocument });
    const checkSymbols = (list: typeof symbols) => {
        for (const symbol of list ?? []) {
            const problem = rangeProblem(symbol.range, text) ?? rangeProblem(symbol.selectionRange, text);
            if (problem) throw new Error(`symbol "${symbol.name}" has an invalid range: ${problem}`);
            checkSymbols(symbol.children);
        }
    };
    checkSymbols(symbols);
    await lsp.FoldingRangeProvider?.getFoldingRanges(document, { textDocument });
    const lenses = await lsp.CodeLensProvider?.provideCodeLens(document, { textDocument });
    for (const lens of lenses ?? []) {
        const problem = rangeProblem(lens.range, text);
        if (problem) throw new Error(`code lens "${lens.command?.title}" has an invalid range: ${problem}`);
    }
    await lsp.SemanticTokenProvider?.semanticHighlight(document, { textDocument });
    await lsp.InlayHintProvider?.getInlayHints(document, { textDocument, range: { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) } });
    for (const mode of ['file', 'preview'] as const) {
        const page = renderHtml(document as LangiumDocument<Document>, services.Pop, { mode });
        if (!page.startsWith('<!DOCTYPE html>') && !page.toLowerCase().startsWith('<!doctype html>')) throw new Error(`render (${mode}) did not return a page`);
    }
    await lsp.DocumentHighlightProvider?.getDocumentHighlight(document, { textDocument, position: { line: 0, character: 0 } });
}

