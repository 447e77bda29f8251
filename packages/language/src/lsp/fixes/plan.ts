/** Fixes for plan.* */
import { t } from '../../i18n/catalogue.js';
import type { Fix, FixTarget, FixContext, RuleFixes } from './fix.js';

export const planFixes: RuleFixes = {
    'plan.duplicate-field': ({ diagnostic }, ctx) => [commentOut(diagnostic, ctx)],
};

/** A duplicated field's earlier value is ignored by the parser; commenting it out keeps the text and says so. */
function commentOut(diagnostic: FixTarget['diagnostic'], ctx: FixContext): Fix {
    const document = ctx.document;
    const text = document.textDocument.getText(diagnostic.range);
    if (!text.includes('*/') && !/[\r\n]/.test(text)) {
        return { title: t(ctx.locale, 'fixes.removeDuplicate'), edits: [{ range: diagnostic.range, newText: `/* ${text} */` }], preferred: true };
    }
    // A line comment runs to the end of the line, so whatever follows the value on its last line moves to a line of its own.
    const whole = document.textDocument.getText();
    const after = whole.slice(document.textDocument.offsetAt(diagnostic.range.end));
    const restOfLine = /^[^\r\n]*/.exec(after)![0];
    const newText = '// ' + text.replace(/\r\n|\r|\n/g, lineBreak => lineBreak + '// ') + (restOfLine.trim() ? '\n' : '');
    return { title: t(ctx.locale, 'fixes.removeDuplicate'), edits: [{ range: diagnostic.range, newText }], preferred: true };
}
