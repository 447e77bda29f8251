import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const { isAssignment, isKeyword } = GrammarAST;
import type { Report } from './analysis.js';

/**
 * A field written twice (two 'start' lines in one goal) keeps only the last value; the earlier one would be lost
 * without a word. This walks the concrete syntax once and reports each earlier, ignored value.
 */
export function checkDuplicateFields(node: AstNode, report: Report): void {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return;
    const seen = new Map<string, { child: CstNode; keyword?: CstNode }>();
    let lastKeyword: CstNode | undefined;
    for (const child of cst.content) {
        if (child.hidden) continue;
        const source = child.grammarSource;
        if (isKeyword(source)) {
            // Only a word names a field; a brace before a block-valued field (sign-off, starting-points) does not.
            lastKeyword = /^\p{L}/u.test(source.value) ? child : undefined;
            continue;
        }
        const keyword = lastKeyword;
        lastKeyword = undefined;
        const assignment = source?.$container;
        if (!isAssignment(assignment) || assignment.operator !== '=') continue;
        const earlier = seen.get(assignment.feature);
        if (earlier) {
            const field = earlier.keyword?.text ?? assignment.feature;
            report({
                code: 'plan.duplicate-field', node,
                offset: { start: (earlier.keyword ?? earlier.child).offset, end: earlier.child.end },
                params: { field },
            });
        }
        seen.set(assignment.feature, { child, keyword });
    }
}
