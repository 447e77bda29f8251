/**
 * Whether a plan is still a draft: the rendered page must not look like an agreement while the plan has problems
 * that matter or is not signed. The problems are counted as `pop check` counts them: errors and warnings that no
 * comment accepts. Text that could not be read (a syntax error, a reference to nothing) always counts, whatever its
 * configured severity, since the page may then not show everything that was written.
 */
import type { LangiumDocument } from 'langium';
import { isPlan, type Document, type Plan } from '../generated/ast.js';
import { isPlanSigned } from '../model/sign-off.js';
import type { Judgement } from './judgement-cache.js';

export interface DraftState {
    /** Errors and warnings that count against this plan, including unreadable text. */
    readonly problems: number;
    readonly signed: boolean;
    readonly draft: boolean;
}

export function draftState(document: LangiumDocument<Document>, plan: Plan, judgement: Judgement): DraftState {
    const belongs = belongsTo(document, plan);
    let problems = 0;
    for (const finding of judgement.findings) {
        if ((finding.severity === 'error' || finding.severity === 'warning') && belongs(finding.offset?.start ?? finding.node.$cstNode?.offset)) problems++;
    }
    const { lexerErrors, parserErrors } = document.parseResult;
    for (const error of lexerErrors) if (belongs(error.offset)) problems++;
    for (const error of parserErrors) if (belongs(error.token.startOffset)) problems++;
    for (const reference of document.references) if (reference.error && belongs(reference.$refNode?.offset)) problems++;
    const signed = isPlanSigned(plan);
    return { problems, signed, draft: problems > 0 || !signed };
}

/**
 * Whether a problem at an offset counts against the plan: when it is inside it, or outside every plan of the
 * document (organisation goals beside it, or text the parser could not place). Without an offset, it counts.
 */
function belongsTo(document: LangiumDocument<Document>, plan: Plan): (offset: number | undefined) => boolean {
    const plans = (document.parseResult.value?.items ?? []).filter(isPlan);
    const own = plan.$cstNode;
    if (plans.length <= 1 || !own) return () => true;
    const others = plans.filter(p => p !== plan).map(p => p.$cstNode).filter(node => node !== undefined);
    return offset => {
        if (offset === undefined || Number.isNaN(offset)) return true;
        if (offset >= own.offset && offset < own.end) return true;
        return !others.some(node => offset >= node.offset && offset < node.end);
    };
}
