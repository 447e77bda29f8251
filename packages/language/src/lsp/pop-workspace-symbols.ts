import { GrammarUtils, interruptAndCheck, type LangiumDocuments } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import { CancellationToken, SymbolKind, type WorkspaceSymbol, type WorkspaceSymbolParams } from 'vscode-languageserver';
import { isPlan, type Document } from '../generated/ast.js';

/**
 * Workspace symbols: organisation goals come from the index (they are visible across files); goals are local to
 * their plan and so not indexed, but finding "presenting" from anywhere is what users expect, so they are added here.
 */
export class PopWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const symbols = await super.getSymbols(params, cancelToken);
        const query = params.query.toLowerCase();
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const root = document.parseResult.value as Document;
            for (const plan of root.items?.filter(isPlan) ?? []) {
                for (const goal of plan.goals) {
                    const name = goal.$cstNode && GrammarUtils.findNodeForProperty(goal.$cstNode, 'name');
                    if (!goal.name || !name || !this.fuzzyMatcher.match(query, goal.name)) continue;
                    symbols.push({
                        name: goal.name, kind: SymbolKind.Class, containerName: plan.title,
                        location: { uri: document.uri.toString(), range: name.range },
                    });
                }
            }
        }
        return symbols;
    }
}
