import { GrammarUtils, type AstNode, type LangiumDocument } from 'langium';
import type { DocumentSymbolProvider } from 'langium/lsp';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import {
    isOrganisation, isPlan, type Action, type Document, type Goal, type OrgGoal, type Organisation, type Plan, type Review,
} from '../generated/ast.js';
import { catalogue, format, type Catalogue } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import { goalHorizon, goalKind } from '../model/plan.js';
import type { PopServices } from '../pop-module.js';
import { scorecard } from '../validation/scorecard.js';
import type { Judgement } from '../validation/judgement-cache.js';

type Texts = Catalogue['editor']['symbols'];

/** The outline: plans and organisations, then starting points, goals with their actions and reviews, and the sign-off. */
export class PopDocumentSymbolProvider implements DocumentSymbolProvider {
    constructor(private readonly services: PopServices) {}

    getSymbols(document: LangiumDocument): DocumentSymbol[] {
        const root = document.parseResult.value as Document;
        const texts = catalogue(localeOf(document, this.services.pop.Settings.current)).editor.symbols;
        const judgement = this.services.pop.Analysis.judge(document);
        return root.items.flatMap(item => {
            if (isPlan(item)) return symbol(item, item.title, SymbolKind.Module, item.employee, this.planChildren(item, texts, judgement));
            if (isOrganisation(item)) return this.organisationSymbol(item, texts);
            return [];
        });
    }

    private organisationSymbol(organisation: Organisation, texts: Texts): DocumentSymbol[] {
        return symbol(organisation, organisation.title ?? texts.organisation, SymbolKind.Namespace, undefined, organisation.goals.flatMap(orgGoalSymbol));
    }

    private planChildren(plan: Plan, texts: Texts, judgement: Judgement): DocumentSymbol[] {
        const children: DocumentSymbol[] = [];
        if (plan.startingPoints) {
            children.push(...symbol(plan.startingPoints, texts.startingPoints, SymbolKind.Namespace, undefined, plan.startingPoints.orgGoals.flatMap(orgGoalSymbol)));
        }
        for (const goal of plan.goals) children.push(...this.goalSymbol(goal, texts, judgement));
        if (plan.signOff) children.push(...symbol(plan.signOff, texts.signOff, SymbolKind.Struct, undefined, []));
        return children;
    }

    private goalSymbol(goal: Goal, texts: Texts, judgement: Judgement): DocumentSymbol[] {
        const score = scorecard(goal, judgement);
        const details = [goal.title, goalHorizon(goal)];
        details.push(score.kind === 'er' ? 'ER' : format(texts.score, { kind: score.kind.toUpperCase(), met: score.met, total: score.total }));
        const children = [
            ...goal.actions.flatMap(action => actionSymbol(action, texts)),
            ...goal.reviews.flatMap(review => reviewSymbol(review, texts)),
        ];
        return symbol(goal, goal.name, goalKind(goal) === 'er' ? SymbolKind.Interface : SymbolKind.Class, details.filter(Boolean).join(' · '), children);
    }
}

function orgGoalSymbol(orgGoal: OrgGoal): DocumentSymbol[] {
    return symbol(orgGoal, orgGoal.name, SymbolKind.Constant, [orgGoal.title, orgGoal.deadline].filter(Boolean).join(' · '), []);
}

function actionSymbol(action: Action, texts: Texts): DocumentSymbol[] {
    return symbol(action, action.title || texts.untitled, SymbolKind.Event, action.type, []);
}

function reviewSymbol(review: Review, texts: Texts): DocumentSymbol[] {
    return symbol(review, format(texts.review, { date: review.date ?? '' }), SymbolKind.Event, review.note, []);
}

/** A symbol spanning the node, selecting its name when it has one; nothing for a node the parser could not place. */
function symbol(node: AstNode, name: string | undefined, kind: SymbolKind, detail: string | undefined, children: DocumentSymbol[]): DocumentSymbol[] {
    const cst = node.$cstNode;
    if (!cst) return [];
    const nameNode = GrammarUtils.findNodeForProperty(cst, 'name') ?? GrammarUtils.findNodeForProperty(cst, 'title') ?? cst;
    // VS Code rejects symbols with an empty name, which a half-typed goal can produce.
    const label = name?.trim() ? name : '…';
    return [{ name: label, kind, detail, range: cst.range, selectionRange: nameNode.range, children }];
}
