import type { AstNode } from 'langium';
import { GrammarUtils } from 'langium';

/**
 * The document offset where the content of a string property starts (just after its opening quote).
 * Escapes are rare in plans; when the text holds one, offsets after it are approximate, never outside the string.
 */
export function stringContentOffset(node: AstNode, property: string): number | undefined {
    const cst = GrammarUtils.findNodeForProperty(node.$cstNode, property);
    if (!cst || !cst.text.startsWith('"') || cst.text.includes('\\')) return undefined;
    return cst.offset + 1;
}
