/**
 * The fingerprint of a plan: SHA-256 of its normalised text, shown in the sign-off block of the rendered page and
 * checked by `pop verify`. It says whether the text still is what was signed.
 *
 * The normal form is the file's tokens in order, one per line: keywords, names, dates, numbers, amounts and quoted
 * texts exactly as written (in Unicode NFC), plus any character the lexer could not read. Left out: the layout
 * between tokens (POP's grammar ignores it, so the formatter may change it), comments, and every sign-off block,
 * since signing writes a date there and a second signature must not change what the first one signed.
 * docs/rendering-overview.md#fingerprint argues each choice.
 *
 * SHA-256 comes from @noble/hashes: audited, synchronous, and the same code in Node and in the browser's worker,
 * where neither node:crypto nor the asynchronous Web Crypto API fits a renderer that is a pure, synchronous function.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { isCompositeCstNode, type CstNode, type LangiumDocument, type ParseResult } from 'langium';
import { isPlan, type Document } from '../generated/ast.js';
import type { PopServices } from '../pop-module.js';
import { isUnterminatedStringError } from '../pop-lexer.js';

/** What the fingerprint needs of POP's services: the language's own lexer, so that tokens are the parser's. */
type LexerServices = Pick<PopServices, 'parser'>;

/** The text the fingerprint is taken of: one token per line (no token holds a line break). */
export function normalisedText(document: LangiumDocument<Document>, services: LexerServices): string {
    const text = document.textDocument.getText();
    const blocks = signOffBlocks(document);
    const pieces = parsedTokens(document, text, blocks) ?? lexedTokens(text, blocks, services);
    return pieces.length === 0 ? '' : pieces.join('\n') + '\n';
}

/**
 * The tokens as the parse already has them, in the syntax tree's leaves: quicker than lexing again (29 against
 * 50 ms for an 800 KB plan), which counts because the preview renders, and so fingerprints, after every edit.
 * Only when the parse used every token (no lexing or parsing error) and the text is in NFC; otherwise undefined.
 */
function parsedTokens(document: LangiumDocument<Document>, text: string, blocks: readonly Block[]): string[] | undefined {
    const { lexerErrors, parserErrors, value } = document.parseResult;
    const root = value?.$cstNode;
    if (lexerErrors.length > 0 || parserErrors.length > 0 || !root || text.normalize('NFC') !== text) return undefined;
    const pieces: string[] = [];
    const next = { block: 0 };
    leafTexts(root, blocks, next, pieces);
    return pieces;
}

/** The visible leaves in text order, outside the sign-off blocks: a plain walk, cheaper than a generic tree stream. */
function leafTexts(node: CstNode, blocks: readonly Block[], next: { block: number }, pieces: string[]): void {
    if (isCompositeCstNode(node)) {
        for (const child of node.content) leafTexts(child, blocks, next, pieces);
        return;
    }
    if (node.hidden || node.length === 0) return;
    while (next.block < blocks.length && blocks[next.block].end <= node.offset) next.block++;
    if (next.block < blocks.length && node.offset >= blocks[next.block].start) return;
    pieces.push(node.text);
}

function lexedTokens(text: string, blocks: readonly Block[], services: LexerServices): string[] {
    const pieces: string[] = [];
    let from = 0;
    for (const block of blocks) {
        tokensOf(text.slice(from, block.start), services, pieces);
        from = Math.max(from, block.end);
    }
    tokensOf(text.slice(from), services, pieces);
    return pieces;
}

/**
 * SHA-256 of the normalised text, as 64 lower-case hexadecimal digits. Kept per parse: Langium makes a new parse
 * result for every change of the text, so a kept value is never stale, and rendering the same text again (the
 * preview after a settings or theme change, `pop render` of several locales) does not hash it again.
 */
export function documentFingerprint(document: LangiumDocument<Document>, services: LexerServices): string {
    let fingerprint = fingerprints.get(document.parseResult);
    if (fingerprint === undefined) {
        fingerprint = bytesToHex(sha256(utf8ToBytes(normalisedText(document, services))));
        fingerprints.set(document.parseResult, fingerprint);
    }
    return fingerprint;
}

const fingerprints = new WeakMap<ParseResult, string>();

/** "3f2a9c1b 0d4e5f60 …": eight groups of eight, easier to read aloud and compare on paper, and free to wrap. */
export function groupedFingerprint(fingerprint: string): string {
    return fingerprint.replace(/(.{8})(?=.)/g, '$1 ');
}

/**
 * A fingerprint as a person may paste it: grouped or not, in either case, with or without "sha256:". Undefined
 * when it is not 64 hexadecimal digits: a shortened fingerprint would prove much less, so none is accepted.
 */
export function parseFingerprint(written: string): string | undefined {
    const digits = written.trim().replace(/^sha-?256:/i, '').replace(/[\s:]/g, '').toLowerCase();
    return /^[0-9a-f]{64}$/.test(digits) ? digits : undefined;
}

interface Block { readonly start: number; readonly end: number }

/** Where each plan's sign-off block is, in the order of the text. */
function signOffBlocks(document: LangiumDocument<Document>): Block[] {
    const blocks: Block[] = [];
    for (const item of document.parseResult.value?.items ?? []) {
        const node = isPlan(item) ? item.signOff?.$cstNode : undefined;
        if (node) blocks.push({ start: node.offset, end: node.end });
    }
    return blocks.sort((a, b) => a.start - b.start);
}

/**
 * Appends the tokens of a stretch of text. A sign-off block starts and ends at token boundaries, so lexing the
 * stretches between blocks apart gives the same tokens as lexing the whole. NFC first: the lexer reads a composed
 * "é" as a letter and a decomposed one as two characters, and both spellings are the same text.
 */
function tokensOf(stretch: string, services: LexerServices, pieces: string[]): void {
    if (stretch.length === 0) return;
    const text = stretch.normalize('NFC');
    const { tokens, errors } = services.parser.Lexer.tokenize(text);
    // Characters the lexer skips are part of what was written too; an unterminated string is a token already.
    const unread = errors.filter(error => !isUnterminatedStringError(error));
    let next = 0;
    for (const token of tokens) {
        while (next < unread.length && unread[next].offset < token.startOffset) pushUnread(text, unread[next++], pieces);
        pieces.push(token.image);
    }
    while (next < unread.length) pushUnread(text, unread[next++], pieces);
}

function pushUnread(text: string, error: { offset: number; length: number }, pieces: string[]): void {
    pieces.push(text.slice(error.offset, error.offset + error.length));
}
