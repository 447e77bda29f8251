import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { isGoal, isOrgGoal, isParty, isSignature } from '../generated/ast.js';

/**
 * What a TextMate grammar cannot tell: a goal's name where it is declared from the same word used as a reference,
 * and a party role ('employee', 'manager') from the field keyword spelled the same way.
 * Goals are classes, organisation goals namespaces; declarations carry the 'declaration' modifier.
 */
export class PopSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected override highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        if (isGoal(node)) {
            if (node.name) acceptor({ node, property: 'name', type: SemanticTokenTypes.class, modifier: SemanticTokenModifiers.declaration });
            node.supports.forEach((_, index) => acceptor({ node, property: 'supports', index, type: SemanticTokenTypes.namespace }));
            if (node.derivedFrom) acceptor({ node, property: 'derivedFrom', type: SemanticTokenTypes.class });
        } else if (isOrgGoal(node)) {
            if (node.name) acceptor({ node, property: 'name', type: SemanticTokenTypes.namespace, modifier: SemanticTokenModifiers.declaration });
        } else if (isParty(node) && node.role) {
            acceptor({ node, property: 'role', type: SemanticTokenTypes.enumMember });
        } else if (isSignature(node) && node.party) {
            acceptor({ node, property: 'party', type: SemanticTokenTypes.enumMember });
        }
    }
}

