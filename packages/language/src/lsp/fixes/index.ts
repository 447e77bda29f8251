/** The quick fixes of every rule, found by the diagnostic's code. Each rule's fixes live in fixes/<prefix>.ts. */
import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import { isRuleCode, RULES } from '../../validation/rules.js';
import { acceptableFixes } from './acceptable.js';
import { budgetFixes } from './budget.js';
import { dateFixes } from './date.js';
import { erFixes } from './er.js';
import { nodeAt, type Fix, type FixContext, type RuleFixes } from './fix.js';
import { magieFixes } from './magie.js';
import { measurableFixes } from './measurable.js';
import { planFixes } from './plan.js';
import { realisticFixes } from './realistic.js';
import { refFixes } from './ref.js';
import { specificFixes } from './specific.js';
import { suppressionFixes } from './suppression.js';
import { syntaxFixes } from './syntax.js';
import { timeBoundFixes } from './time-bound.js';

const FIXES: RuleFixes = {
    ...specificFixes, ...measurableFixes, ...acceptableFixes, ...realisticFixes, ...timeBoundFixes,
    ...magieFixes, ...erFixes, ...dateFixes, ...budgetFixes, ...refFixes, ...planFixes, ...suppressionFixes, ...syntaxFixes,
};

/**
 * The fixes for one diagnostic; only those with edits. Only a rule that RULES marks 'safe' may have a preferred fix,
 * the one fix-all applies unattended: a fix file can narrow that down, never widen it.
 */
export function fixesForDiagnostic(document: LangiumDocument, diagnostic: Diagnostic, ctx: FixContext): Fix[] {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
    if (!isRuleCode(code)) return [];
    const fixes = FIXES[code];
    if (!fixes) return [];
    const node = nodeAt(document, document.textDocument.offsetAt(diagnostic.range.start));
    const safe = RULES[code].fix === 'safe';
    return fixes({ diagnostic, node }, ctx)
        .filter(fix => fix.edits.length > 0)
        .map(fix => fix.preferred && !safe ? { ...fix, preferred: false } : fix);
}
