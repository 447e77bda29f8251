import {
    AstUtils, DefaultScopeComputation, DefaultScopeProvider, MapScope, MultiMap,
    type AstNodeDescription, type LangiumDocument, type LocalSymbols, type ReferenceInfo, type Scope,
} from 'langium';
import type { CancellationToken } from 'vscode-languageserver';
import { isOrganisation, isPlan, type Document, type OrgGoal, type Plan } from './generated/ast.js';
import type { PopServices } from './pop-module.js';

function orgGoalsOf(root: Document): OrgGoal[] {
    const result: OrgGoal[] = [];
    for (const item of root.items) {
        if (isOrganisation(item)) result.push(...item.goals);
        else if (isPlan(item) && item.startingPoints) result.push(...item.startingPoints.orgGoals);
    }
    return result;
}

/** Organisation goals are visible in the whole workspace; goals only within their plan. */
export class PopScopeComputation extends DefaultScopeComputation {
    override async collectExportedSymbols(document: LangiumDocument, _cancelToken?: CancellationToken): Promise<AstNodeDescription[]> {
        const root = document.parseResult.value as Document;
        return orgGoalsOf(root).filter(g => g.name).map(g => this.descriptions.createDescription(g, g.name, document));
    }

    /**
     * PopScopeProvider builds its own map scopes from the tree, so the per-node symbol table Langium would
     * compute here (a walk over every node, a description per goal) would never be read.
     */
    override async collectLocalSymbols(_document: LangiumDocument, _cancelToken?: CancellationToken): Promise<LocalSymbols> {
        return new MultiMap<never, AstNodeDescription>();
    }
}

/**
 * Scopes backed by maps, built once per syntax tree: Langium's default scope searches a stream for every
 * reference, which makes linking quadratic in the number of goals.
 */
export class PopScopeProvider extends DefaultScopeProvider {
    private readonly goalScopes = new WeakMap<Plan, Scope>();
    private readonly orgGoalScopes = new WeakMap<Document, { scope: Scope; outer: Scope }>();

    constructor(services: PopServices) {
        super(services);
    }

    override getScope(context: ReferenceInfo): Scope {
        const type = this.reflection.getReferenceType(context);
        if (type === 'Goal') {
            const plan = AstUtils.getContainerOfType(context.container, isPlan);
            if (!plan) return super.getScope(context);
            let scope = this.goalScopes.get(plan);
            if (!scope) {
                const document = AstUtils.getDocument(plan);
                scope = new MapScope(plan.goals.filter(g => g.name).map(g => this.descriptions.createDescription(g, g.name, document)));
                this.goalScopes.set(plan, scope);
            }
            return scope;
        }
        if (type === 'OrgGoal') {
            const root = AstUtils.findRootNode(context.container) as Document;
            const global = this.getGlobalScope(type, context);
            let cached = this.orgGoalScopes.get(root);
            if (!cached || cached.outer !== global) {
                const document = AstUtils.getDocument(root);
                const local = orgGoalsOf(root).filter(g => g.name).map(g => this.descriptions.createDescription(g, g.name, document));
                cached = { scope: new MapScope(local, global), outer: global };
                this.orgGoalScopes.set(root, cached);
            }
            return cached.scope;
        }
        return super.getScope(context);
    }
}
