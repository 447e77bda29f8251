/**
 * Fixes for suppression.*: take out a code that does nothing, or the whole comment when it was the only one, or change
 * a misspelt code to a real one. They delete or change the user's comment, so none is preferred: a person applies them.
 */
import type { TextEdit } from 'vscode-languageserver';
import { t } from '../../i18n/catalogue.js';
import { similarNames } from '../../model/similar.js';
import { knownCodes, readSuppressions, type SuppressionDirective } from '../../validation/suppressions.js';
import type { Fix, FixContext, RuleFix, RuleFixes } from './fix.js';

/** The suppression comment a diagnostic points into, and which of its codes (none: the diagnostic is on its keyword). */
function target(ctx: FixContext, offset: number): { directive: SuppressionDirective; index: number } | undefined {
    const text = ctx.document.textDocument;
    const directive = readSuppressions(text.getText(), at => text.positionAt(at)).find(d => d.start <= offset && offset < d.end);
    return directive && { directive, index: directive.codes.findIndex(c => c.start === offset) };
}

/**
 * Deletes a whole comment: with its line when it stands alone on it, else with the spaces that set it off from the
 * rest of the line, which stays as it was.
 */
function removeComment(ctx: FixContext, directive: SuppressionDirective): TextEdit {
    const text = ctx.document.textDocument.getText();
    let start = directive.start;
    let end = directive.end;
    while (start > 0 && (text[start - 1] === ' ' || text[start - 1] === '\t')) start--;
    const alone = (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') && /^[ \t]*(\r\n|\r|\n|$)/.test(text.slice(end));
    if (alone) {
        end += /^[ \t]*(\r\n|\r|\n)?/.exec(text.slice(end))![0].length;
    } else if (start === 0 || text[start - 1] === '\n' || text[start - 1] === '\r') {
        // A block comment before something on its line: its indentation stays, the spaces after it go.
        start = directive.start;
        end += /^[ \t]*/.exec(text.slice(end))![0].length;
    }
    const document = ctx.document.textDocument;
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: '' };
}

/** Removes one code, with the separator before it (or after it, for the first). */
function removeCode(ctx: FixContext, directive: SuppressionDirective, index: number): TextEdit {
    const codes = directive.codes;
    const [start, end] = index > 0 ? [codes[index - 1].end, codes[index].end] : [codes[0].start, codes[1].start];
    const document = ctx.document.textDocument;
    return { range: { start: document.positionAt(start), end: document.positionAt(end) }, newText: '' };
}

/** The code (or the whole comment, when it names only this code or none) taken out. */
const remove: RuleFix = ({ diagnostic }, ctx) => {
    const found = target(ctx, ctx.document.textDocument.offsetAt(diagnostic.range.start));
    if (!found) return [];
    const { directive, index } = found;
    if (index >= 0 && directive.codes.length > 1) {
        return [{ title: t(ctx.locale, 'suppressions.fixes.removeCode', { code: directive.codes[index].code }), edits: [removeCode(ctx, directive, index)], preferred: false }];
    }
    return [{ title: t(ctx.locale, 'suppressions.fixes.remove'), edits: [removeComment(ctx, directive)], preferred: false }];
};

/** The codes a misspelt one may have meant, then taking it out. */
const replaceOrRemove: RuleFix = (target, ctx) => {
    const { diagnostic } = target;
    const document = ctx.document.textDocument;
    const written = document.getText(diagnostic.range);
    const replacements = similarNames(written, knownCodes()).map((name): Fix => ({
        title: t(ctx.locale, 'fixes.replaceWith', { name }), edits: [{ range: diagnostic.range, newText: name }], preferred: false,
    }));
    return [...replacements, ...remove(target, ctx)];
};

export const suppressionFixes: RuleFixes = {
    'suppression.unused': remove,
    'suppression.unknown-code': replaceOrRemove,
    'suppression.not-suppressible': remove,
};
