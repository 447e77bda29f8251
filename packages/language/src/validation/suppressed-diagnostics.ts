import type { LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver';
import type { PopServices } from '../pop-module.js';
import { findingDiagnostic } from './pop-document-validator.js';

export interface SuppressedDiagnostic {
    readonly diagnostic: Diagnostic;
    /** The reason the suppression comment gives, if any. */
    readonly justification?: string;
}

/**
 * The diagnostics a suppression comment accepts, which the editor never shows: SARIF records them as suppressed, with
 * the comment's reason, so that a code-scanning service knows they were accepted rather than never found.
 */
export function suppressedDiagnostics(document: LangiumDocument, services: PopServices): SuppressedDiagnostic[] {
    const judgement = services.pop.Analysis.judge(document);
    return judgement.suppressed.map(({ finding, directive }) => ({
        diagnostic: findingDiagnostic(document, finding, judgement.locale),
        justification: directive.reason,
    }));
}
