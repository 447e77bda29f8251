import type { LangiumDocument } from 'langium';
import { DiagnosticSeverity } from 'vscode-languageserver';
import { isPlan, type Document } from '../generated/ast.js';
import { goalStatus } from '../model/plan.js';
import type { PopServices } from '../pop-module.js';
import { scorecard } from '../validation/scorecard.js';

export interface PlanSummary {
    /** Goals that meet every SMART criterion. */
    readonly smart: number;
    /** All goals of every kind, except cancelled ones. */
    readonly total: number;
    readonly errors: number;
    readonly warnings: number;
}

/** What the status bar shows for a plan ("POP 5/7 SMART"); the diagnostics are those of the last validation. */
export function planSummary(document: LangiumDocument, services: PopServices): PlanSummary {
    const root = document.parseResult.value as Document;
    const goals = root.items.filter(isPlan).flatMap(plan => plan.goals).filter(goal => goalStatus(goal) !== 'cancelled');
    const judgement = services.pop.Analysis.judge(document);
    const smart = goals.filter(goal => {
        const score = scorecard(goal, judgement);
        return score.kind === 'smart' && score.complete;
    }).length;
    const diagnostics = document.diagnostics ?? [];
    return {
        smart,
        total: goals.length,
        errors: diagnostics.filter(d => d.severity === DiagnosticSeverity.Error).length,
        warnings: diagnostics.filter(d => d.severity === DiagnosticSeverity.Warning).length,
    };
}
