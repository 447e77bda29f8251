/**
 * "Suppress CODE on this line" and "… in this file": the light bulb's way to accept a finding on purpose. Only ever
 * offered to a person, never part of fix-all or `pop fix`, which would silence what they are meant to fix.
 */
import type { Diagnostic, TextEdit } from 'vscode-languageserver';
import { t } from '../../i18n/catalogue.js';
import { isRuleCode } from '../../validation/rules.js';
import { commentSpans, isSuppressible, readSuppressions } from '../../validation/suppressions.js';
import type { Fix, FixContext } from './fix.js';

/** The kind of these code actions: a quick fix, told apart so that clients and tests can leave it out. */
export const SUPPRESS_KIND = 'quickfix.pop.suppress';

/** A comment line above the diagnostic's line, indented as that line is; or the code added to the pop-disable-next-line there. */
function lineSuppression(diagnostic: Diagnostic, code: string, ctx: FixContext): TextEdit | undefined {
    const document = ctx.document.textDocument;
    const text = document.getText();
    const line = diagnostic.range.start.line;
    const lineStart = document.offsetAt({ line, character: 0 });
    // A line whose start is inside a block comment cannot get a comment line above it.
    if (commentSpans(text).some(c => c.block && c.start < lineStart && lineStart < c.end)) return undefined;
    const directives = readSuppressions(text, offset => document.positionAt(offset));
    // A pop-disable-next-line already above the line takes the code too: a second one would cover the first.
    const above = directives.find(d => d.kind === 'next-line' && d.line === line);
    if (above) {
        const last = above.codes.at(-1);
        const at = document.positionAt(last ? last.end : above.keywordEnd);
        return { range: { start: at, end: at }, newText: last ? `, ${code}` : ` ${code}` };
    }
    const indent = /^[ \t]*/.exec(text.slice(lineStart))![0];
    const position = document.positionAt(lineStart);
    return { range: { start: position, end: position }, newText: `${indent}// pop-disable-next-line ${code} -- ${lineEnd(text)}` };
}

/** A pop-disable-file comment at the top of the file, or the code added to the one that is there. */
function fileSuppression(code: string, ctx: FixContext): TextEdit {
    const document = ctx.document.textDocument;
    const text = document.getText();
    const first = readSuppressions(text, offset => document.positionAt(offset)).find(d => d.kind === 'file' && d.start === 0);
    if (first) {
        const last = first.codes.at(-1);
        const at = document.positionAt(last ? last.end : first.keywordEnd);
        return { range: { start: at, end: at }, newText: last ? `, ${code}` : ` ${code}` };
    }
    const start = { line: 0, character: 0 };
    return { range: { start, end: start }, newText: `// pop-disable-file ${code} -- ${lineEnd(text)}` };
}

function lineEnd(text: string): string {
    return text.includes('\r\n') ? '\r\n' : '\n';
}

/** The suppressions a person may add for a diagnostic: none for syntax errors, unresolved references and suppression.*. */
export function addSuppressionFixes(diagnostic: Diagnostic, ctx: FixContext): Fix[] {
    const code = (diagnostic.data as { code?: unknown } | undefined)?.code ?? diagnostic.code;
    if (!isRuleCode(code) || !isSuppressible(code)) return [];
    const fixes: Fix[] = [];
    const line = lineSuppression(diagnostic, code, ctx);
    if (line) fixes.push({ title: t(ctx.locale, 'suppressions.fixes.suppressLine', { code }), edits: [line], preferred: false });
    fixes.push({ title: t(ctx.locale, 'suppressions.fixes.suppressFile', { code }), edits: [fileSuppression(code, ctx)], preferred: false });
    return fixes;
}
