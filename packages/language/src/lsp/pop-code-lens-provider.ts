import { GrammarUtils, type LangiumDocument } from 'langium';
import type { CodeLensProvider } from 'langium/lsp';
import type { CodeLens } from 'vscode-languageserver';
import { isPlan, type Document } from '../generated/ast.js';
import { catalogue, format } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import type { PopServices } from '../pop-module.js';
import { scoreLine, scorecard } from '../validation/scorecard.js';

export const MAKE_SMART_COMMAND = 'pop.makeSmart';

/**
 * Above each goal: its score letter by letter, and for an incomplete SMART goal a lens that makes it SMART.
 * The score lens carries an empty command id, which editors show as plain text.
 */
export class PopCodeLensProvider implements CodeLensProvider {
    constructor(private readonly services: PopServices) {}

    provideCodeLens(document: LangiumDocument): CodeLens[] {
        const root = document.parseResult.value as Document;
        const texts = catalogue(localeOf(document, this.services.pop.Settings.current)).editor.codeLens;
        const judgement = this.services.pop.Analysis.judge(document);
        const lenses: CodeLens[] = [];
        for (const goal of root.items.filter(isPlan).flatMap(plan => plan.goals)) {
            const cst = goal.$cstNode;
            if (!cst || !goal.name) continue;
            const at = (GrammarUtils.findNodeForProperty(cst, 'name') ?? cst).range;
            const range = { start: at.start, end: at.start };
            const score = scorecard(goal, judgement);
            if (score.kind === 'er') {
                lenses.push({ range, command: { title: texts.er, command: '' } });
                continue;
            }
            const tooltip = format(texts.tooltip, { kind: score.kind.toUpperCase(), met: score.met, total: score.total });
            lenses.push({ range, command: { title: scoreLine(score), command: '', tooltip } });
            if (score.kind === 'smart' && !score.complete) {
                lenses.push({ range, command: { title: texts.makeSmart, command: MAKE_SMART_COMMAND, arguments: [document.uri.toString(), goal.name] } });
            }
        }
        return lenses;
    }
}
