/** Fixes for ref.* */
import { t } from '../../i18n/catalogue.js';
import type { RuleFixes } from './fix.js';

export const refFixes: RuleFixes = {
    /** Each declared name the validator suggested, as written in the diagnostic's data, if it is a valid name. */
    'ref.unresolved': ({ diagnostic }, ctx) => {
        const suggestions = (diagnostic.data as { suggestions?: unknown } | undefined)?.suggestions;
        return Array.isArray(suggestions)
            ? suggestions.filter((s): s is string => typeof s === 'string' && /^[\p{L}_][\p{L}\p{N}_'’-]*$/u.test(s))
                .map(name => ({ title: t(ctx.locale, 'fixes.replaceWith', { name }), edits: [{ range: diagnostic.range, newText: name }], preferred: false }))
            : [];
    },
};
