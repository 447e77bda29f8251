import type { Range } from 'vscode-languageserver';
import { GrammarUtils, type AstNode } from 'langium';

/**
 * The document offset where the content of a string property starts (just after its opening quote).
 * Escapes are rare in plans; when the text holds one, offsets after it are approximate, never outside the string.
 */
export function stringContentOffset(node: AstNode, property: string): number | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst || !cst.text.startsWith('"') || cst.text.includes('\\')) return undefined;
    return cst.offset + 1;
}

/** The range of a property's text (of its index-th value), or of the whole node. */
export function rangeOf(node: AstNode, property?: string, index?: number): Range {
    const cst = (property ? GrammarUtils.findNodeForProperty(node.$cstNode, property, index) : undefined) ?? node.$cstNode;
    return cst?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
