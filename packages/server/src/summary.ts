import type { LangiumDocument } from 'langium';
import type { PopServices } from '@pop-lang/language';
import { planSummary } from '@pop-lang/language';
import type { SummaryResult } from './protocol.js';

/** The plan summary plus the locale the plan's messages use, so the status bar speaks the same language. */
export function summarise(document: LangiumDocument, services: PopServices): SummaryResult {
    return { ...planSummary(document, services), locale: services.pop.Analysis.judge(document).locale };
}
