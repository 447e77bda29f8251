/** Text edits that add to a plan without disturbing what is there: every insertion keeps user text and comments. */
import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { isAction } from '../../generated/ast.js';

const INDENT_UNIT = '    ';

function lineIndent(text: string, offset: number): string {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    return /^[ \t]*/.exec(text.slice(lineStart))![0];
}

/** The indentation of a block's children: that of its first child on its own line, else the block's plus one unit. */
function childIndent(text: string, node: AstNode, open: number, close: number): string {
    const inner = text.slice(open + 1, close);
    const match = /\n([ \t]*)\S/.exec(inner);
    if (match) return match[1];
    return lineIndent(text, node.$cstNode!.offset) + INDENT_UNIT;
}

/**
 * Inserts lines just before the closing brace of a block (a goal, a plan, the starting points).
 * Lines are written after any trailing comment on the last line, so comments stay with what they annotate.
 */
export function insertLinesInBlock(document: LangiumDocument, node: AstNode, lines: readonly string[]): TextEdit | undefined {
    const cst = node.$cstNode;
    if (!cst || lines.length === 0) return undefined;
    const text = document.textDocument.getText();
    const closeNode = GrammarUtils.findNodeForKeyword(cst, '}');
    const openNode = GrammarUtils.findNodeForKeyword(cst, '{');
    const textDocument = document.textDocument;
    if (!closeNode || !openNode || closeNode.offset <= openNode.offset) {
        // A block the parser had to recover has no safe place for new lines: the fix waits until the braces are back.
        if (openNode || !isAction(node)) return undefined;
        // An action written on one line, without braces: the new lines go after it.
        const indent = lineIndent(text, cst.offset);
        const position = textDocument.positionAt(cst.end);
        return { range: { start: position, end: position }, newText: lines.map(l => `\n${indent}${l}`).join('') };
    }
    const close = closeNode.offset;
    const indent = childIndent(text, node, openNode.offset, close);
    let insertAt = close;
    while (insertAt > openNode.offset + 1 && /\s/.test(text[insertAt - 1])) insertAt--;
    // Back to the end of that line: trailing spaces may belong to a line comment, whose text must stay as it was.
    const lineEnd = text.slice(insertAt, close).search(/[\r\n]/);
    if (lineEnd >= 0) insertAt += lineEnd;
    const between = text.slice(insertAt, close);
    const body = lines.map(l => `\n${indent}${l}`).join('');
    if (between.includes('\n')) {
        const position = textDocument.positionAt(insertAt);
        return { range: { start: position, end: position }, newText: body };
    }
    // The brace shares the line with the content: put it back on a line of its own.
    const closingIndent = lineIndent(text, cst.offset);
    return {
        range: { start: textDocument.positionAt(insertAt), end: textDocument.positionAt(close) },
        newText: `${body}\n${closingIndent}`,
    };
}

/** The node of a property's value; without an index, the last one written, which is the one the parser kept. */
function propertyNode(node: AstNode, property: string, index?: number) {
    if (index !== undefined) return GrammarUtils.findNodeForProperty(node.$cstNode, property, index);
    return GrammarUtils.findNodesForProperty(node.$cstNode, property).at(-1);
}

/** Replaces the text of a property's value (a date, an amount). */
export function replaceProperty(document: LangiumDocument, node: AstNode, property: string, newText: string, index?: number): TextEdit | undefined {
    const target = propertyNode(node, property, index);
    if (!target) return undefined;
    return { range: target.range, newText };
}

/** Inserts text right after a property's value, such as ", team" after the last accepted party. */
export function insertAfterProperty(document: LangiumDocument, node: AstNode, property: string, newText: string, index?: number): TextEdit | undefined {
    const target = propertyNode(node, property, index);
    if (!target) return undefined;
    return { range: { start: target.range.end, end: target.range.end }, newText };
}

/** Writes user-visible text as a string literal. */
export function quote(text: string): string {
    return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}
