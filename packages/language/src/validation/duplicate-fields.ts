import { GrammarAST, isCompositeCstNode, type AstNode, type CstNode } from 'langium';

const { isAssignment, isKeyword } = GrammarAST;
import type { Report } from './analysis.js';

/**
 * A field written twice (two 'start' lines in one goal) keeps only the last value; the earlier one would be lost
 * without a word. This walks the concrete syntax once and reports each earlier, ignored value.
 */
/** What a grammar element means for this check, worked out once per element rather than once per node. */
interface Role {
    /** A keyword; a word (not a brace) names the field that follows it. */
    readonly keyword: boolean;
    readonly word: boolean;
    /** The feature a single-valued assignment sets. */
    readonly feature?: string;
}

const roles = new WeakMap<object, Role>();
const NONE: Role = { keyword: false, word: false };

function roleOf(source: CstNode['grammarSource']): Role {
    if (!source) return NONE;
    let role = roles.get(source);
    if (!role) {
        if (isKeyword(source)) role = { keyword: true, word: /^\p{L}/u.test(source.value) };
        else {
            const assignment = source.$container;
            role = isAssignment(assignment) && assignment.operator === '=' ? { keyword: false, word: false, feature: assignment.feature } : NONE;
        }
        roles.set(source, role);
    }
    return role;
}

export function checkDuplicateFields(node: AstNode, report: Report): void {
    const cst = node.$cstNode;
    if (!cst || !isCompositeCstNode(cst)) return;
    let seen: Map<string, { child: CstNode; keyword?: CstNode }> | undefined;
    let lastKeyword: CstNode | undefined;
    for (const child of cst.content) {
        if (child.hidden) continue;
        const role = roleOf(child.grammarSource);
        if (role.keyword) {
            // Only a word names a field; a brace before a block-valued field (sign-off, starting-points) does not.
            lastKeyword = role.word ? child : undefined;
            continue;
        }
        const keyword = lastKeyword;
        lastKeyword = undefined;
        const feature = role.feature;
        if (feature === undefined) continue;
        seen ??= new Map();
        const earlier = seen.get(feature);
        if (earlier) {
            const field = earlier.keyword?.text ?? feature;
            report({
                code: 'plan.duplicate-field', node,
                offset: { start: (earlier.keyword ?? earlier.child).offset, end: earlier.child.end },
                params: { field },
            });
        }
        seen.set(feature, { child, keyword });
    }
}
