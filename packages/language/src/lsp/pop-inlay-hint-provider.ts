import { GrammarUtils, type LangiumDocument } from 'langium';
import type { InlayHintProvider } from 'langium/lsp';
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import { isPlan, type Document, type Goal } from '../generated/ast.js';
import { catalogue, format, type Catalogue } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import { datesOf, goalStatus } from '../model/plan.js';
import { addMonths, todayDay } from '../model/values.js';
import type { PopServices } from '../pop-module.js';

type Texts = Catalogue['editor']['inlay'];

/** After a goal's end date: how long the goal runs, and how many days are left until that date (or how far it is overdue). */
export class PopInlayHintProvider implements InlayHintProvider {
    constructor(private readonly services: PopServices) {}

    getInlayHints(document: LangiumDocument, params: InlayHintParams): InlayHint[] {
        const root = document.parseResult.value as Document;
        const settings = this.services.pop.Settings.current;
        const texts = catalogue(localeOf(document, settings)).editor.inlay;
        const today = todayDay(settings.today);
        const { start: from, end: to } = params.range;
        const hints: InlayHint[] = [];
        for (const goal of root.items.filter(isPlan).flatMap(plan => plan.goals)) {
            const endNode = goal.$cstNode && GrammarUtils.findNodeForProperty(goal.$cstNode, 'end');
            if (!endNode) continue;
            const position = endNode.range.end;
            const inRange = (position.line > from.line || (position.line === from.line && position.character >= from.character))
                && (position.line < to.line || (position.line === to.line && position.character <= to.character));
            if (!inRange) continue;
            const label = goalHint(goal, today, texts);
            if (label) hints.push({ position, label, kind: InlayHintKind.Parameter, paddingLeft: true });
        }
        return hints;
    }
}

function goalHint(goal: Goal, today: number, texts: Texts): string | undefined {
    const { start, end } = datesOf(goal);
    if (end === undefined) return undefined;
    const parts: string[] = [];
    if (start !== undefined && start <= end) parts.push(duration(start, end, texts));
    const status = goalStatus(goal);
    if (status !== 'done' && status !== 'cancelled') parts.push(daysLeft(end - today, texts));
    return parts.length ? parts.join(' · ') : undefined;
}

/** Whole months, rounded to the nearest; under a month, days. */
function duration(start: number, end: number, texts: Texts): string {
    // Start near the answer, so a goal spanning centuries costs no more than one spanning months.
    let months = Math.max(0, Math.floor((end - start) / 31) - 1);
    while (addMonths(start, months + 1) <= end) months++;
    const rest = end - addMonths(start, months);
    if (months === 0) return rest === 1 ? texts.day : format(texts.days, { n: rest });
    if (rest >= 15) months++;
    return months === 1 ? texts.month : format(texts.months, { n: months });
}

function daysLeft(days: number, texts: Texts): string {
    if (days === 0) return texts.dueToday;
    if (days > 0) return days === 1 ? texts.dayLeft : format(texts.daysLeft, { n: days });
    return days === -1 ? texts.overdueDay : format(texts.overdueDays, { n: -days });
}
