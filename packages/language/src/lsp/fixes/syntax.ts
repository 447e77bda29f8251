/** Fixes for syntax.* */
import { t } from '../../i18n/catalogue.js';
import type { RuleFixes } from './fix.js';

export const syntaxFixes: RuleFixes = {
    /** Each keyword the parser found to fit where the unknown word stands, closest first. */
    'syntax.unknown-keyword': ({ diagnostic }, ctx) => {
        const suggestions = (diagnostic.data as { suggestions?: unknown } | undefined)?.suggestions;
        if (!Array.isArray(suggestions)) return [];
        return suggestions.filter((s): s is string => typeof s === 'string' && /^[A-Za-z][A-Za-z-]*$/.test(s))
            .map(keyword => ({ title: t(ctx.locale, 'fixes.replaceWith', { name: keyword }), edits: [{ range: diagnostic.range, newText: keyword }], preferred: false }));
    },
    /** The closing quote at the end of the text on its line; the spaces after it stay outside. */
    'syntax.unterminated-string': ({ diagnostic }, ctx) => {
        const document = ctx.document.textDocument;
        const text = document.getText(diagnostic.range);
        if (!text.startsWith('"') || /[\r\n]/.test(text)) return [];
        const content = text.replace(/[ \t]+$/, '');
        // A text ending in a lone backslash would escape the new quote: the backslash is written as itself (\\) instead.
        const trailingBackslashes = /\\*$/.exec(content)![0].length;
        const close = trailingBackslashes % 2 === 1 ? '\\"' : '"';
        const at = document.positionAt(document.offsetAt(diagnostic.range.start) + content.length);
        return [{ title: t(ctx.locale, 'fixes.closeQuote'), edits: [{ range: { start: at, end: at }, newText: close }], preferred: true }];
    },
};
