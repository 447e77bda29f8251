/**
 * The safe fixes of a document, as "fix all" (`source.fixAll.pop`) in the editor and `pop fix` on the command line
 * apply them: each diagnostic's preferred fix, leaving out any fix whose edits overlap one already taken.
 */
import type { LangiumDocument } from 'langium';
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import type { Fix } from './fixes/fix.js';

export interface SafeFix {
    readonly diagnostic: Diagnostic;
    /** The rule the diagnostic reports. */
    readonly code: string;
    readonly edits: readonly TextEdit[];
}

/** The rule code of a diagnostic: `data.code` where the validator set it, else the LSP code. */
export function diagnosticCode(diagnostic: Diagnostic): string {
    return String((diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code ?? '');
}

/**
 * The preferred fix of each diagnostic that `include` accepts, in the diagnostics' order. The fixes returned can be
 * applied together in one pass; a fix left out because it overlaps an earlier one gets its turn after a rebuild.
 */
export function safeFixes(
    document: LangiumDocument,
    diagnostics: readonly Diagnostic[],
    fixesFor: (diagnostic: Diagnostic) => readonly Fix[],
    include: (code: string) => boolean = () => true,
): SafeFix[] {
    const offsets = (e: TextEdit) => [document.textDocument.offsetAt(e.range.start), document.textDocument.offsetAt(e.range.end)] as const;
    const accepted: Array<readonly [number, number]> = [];
    const result: SafeFix[] = [];
    for (const diagnostic of diagnostics) {
        const code = diagnosticCode(diagnostic);
        if (!include(code)) continue;
        const fix = fixesFor(diagnostic).find(f => f.preferred && f.edits.length > 0);
        if (!fix) continue;
        const spans = fix.edits.map(offsets);
        const overlaps = spans.some(([s, e]) => accepted.some(([os, oe]) => {
            // Two insertions at one place apply in order; an insertion where a replacement starts or ends has no
            // defined order, so touching counts as overlapping once either edit replaces text.
            if (s === e && os === oe) return false;
            return s <= oe && os <= e;
        }));
        if (overlaps) continue;
        accepted.push(...spans);
        result.push({ diagnostic, code, edits: fix.edits });
    }
    return result;
}
