import type { LangiumDocument } from 'langium';
import { isPlan, scorecard, type Document, type PopServices } from '../../language/src/index.js';
import type { SummaryResult } from './protocol.js';

/** The plan's goals and how many of them meet every criterion of their kind (ER goals never do). */
export function summarise(document: LangiumDocument, services: PopServices): SummaryResult {
    const judgement = services.pop.Analysis.judge(document);
    const root = document.parseResult.value as Document;
    let smart = 0;
    let total = 0;
    for (const plan of root.items.filter(isPlan)) {
        for (const goal of plan.goals) {
            total++;
            if (scorecard(goal, judgement).complete) smart++;
        }
    }
    return { smart, total, locale: judgement.locale };
}
