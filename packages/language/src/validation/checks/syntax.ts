/** Syntax errors: syntax.* */
import type { Range } from 'vscode-languageserver';
import type { LangiumDocument, TextDocument } from 'langium';
import type { IRecognitionException, IToken } from 'chevrotain';
import { catalogue, format } from '../../i18n/catalogue.js';
import { kw, LOCALES, type Locale } from '../../keywords.js';
import { isMisspeltKeyword } from '../../keyword-corrections.js';
import { isUnterminatedStringError } from '../../pop-lexer.js';
import type { ReportLocated } from '../finding.js';
import { ruleMessage } from '../rule-message.js';
import type { RuleCode } from '../rules.js';

/** The lexer's and the parser's errors, each as a located sentence in the locale. */
export function checkSyntax(document: LangiumDocument, locale: Locale, report: ReportLocated): void {
    const { lexerErrors, parserErrors } = document.parseResult;
    const text = document.textDocument;
    for (const error of lexerErrors) {
        const start = { line: error.line! - 1, character: error.column! - 1 };
        const offset = text.offsetAt(start);
        const range = { start, end: text.positionAt(offset + Math.max(1, error.length)) };
        if (isUnterminatedStringError(error)) {
            report({ code: 'syntax.unterminated-string', range, message: ruleMessage(locale, 'syntax.unterminated-string', { params: {} }) });
        } else {
            const message = ruleMessage(locale, 'syntax.unexpected-character', { params: { text: printable(text.getText().charAt(offset)) } });
            report({ code: 'syntax.unexpected-character', range, message });
        }
    }
    for (const error of parserErrors) {
        const { range, message, code } = describeSyntaxError(error, text, locale);
        report({ code, range, message, suggestions: isMisspeltKeyword(error) ? [...error.suggestions] : undefined });
    }
}

/** A character as the message shows it: control characters and lone surrogates by their code point. */
function printable(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : char;
}

function validToken(token: IToken | undefined): token is IToken {
    return !!token && Number.isFinite(token.startOffset) && token.startOffset >= 0 && token.tokenType?.name !== 'EOF';
}

/** Names the expected token the way a person would: a keyword in quotes, a terminal by what it holds, the end of the file as such. */
function describeExpected(raw: string, locale: Locale): string {
    if (raw === 'EOF') return catalogue(locale).mistakes.endOfFile;
    const names = catalogue(locale).syntax.tokenNames as Record<string, string>;
    return names[raw] ?? `'${raw}'`;
}

/** Suggestions as a message lists them: 'a', or 'a' or 'b'. */
function quotedChoice(words: readonly string[], locale: Locale): string {
    const quoted = words.map(w => `'${w}'`);
    return quoted.length === 1 ? quoted[0] : `${quoted.slice(0, -1).join(', ')}${catalogue(locale).syntax.or}${quoted[quoted.length - 1]}`;
}

/**
 * A parser error as a located, localised sentence, with the rule it belongs to. Chevrotain's own messages list token
 * types and grammar paths; users need "expected a date but found '}'", or "did you mean 'specifiek'?".
 */
function describeSyntaxError(error: IRecognitionException, text: TextDocument, locale: Locale): { range: Range; message: string; code: RuleCode } {
    const syntax = catalogue(locale).syntax;
    const token = error.token;
    const previous = (error as IRecognitionException & { previousToken?: IToken }).previousToken;
    let range: Range;
    if (validToken(token)) {
        range = { start: text.positionAt(token.startOffset), end: text.positionAt(token.startOffset + token.image.length) };
    } else {
        const at = validToken(previous) ? previous.startOffset + previous.image.length : text.getText().length;
        const position = text.positionAt(at);
        range = { start: position, end: position };
    }
    if (isMisspeltKeyword(error)) {
        const message = ruleMessage(locale, 'syntax.unknown-keyword', { params: { word: short(token.image), suggestions: quotedChoice(error.suggestions, locale) } });
        return { range, message, code: 'syntax.unknown-keyword' };
    }
    const found = validToken(token) ? token.image : undefined;
    // 'leidinggevende "Mark Jansen" op 2027-01-10' at the top of the plan: a signature's date where the person is named.
    const language = LOCALES.find(l => kw('on', l) === found);
    if (language && followsText(text.getText(), token.startOffset)) {
        const message = format(catalogue(locale).mistakes.signatureDateInHeader, { on: kw('on', language), signOff: kw('signOff', language) });
        return { range, message: ruleMessage(locale, 'syntax.unexpected-token', { params: { detail: message } }), code: 'syntax.unexpected-token' };
    }
    const expected = /Expecting token of type '?-*>?\s*([^'<\s]+)\s*<?-*'?/.exec(error.message)?.[1]
        ?? /Expecting token of type '([^']+)'/.exec(error.message)?.[1];
    const alternatives = [...new Set([...error.message.matchAll(/^\s*\d+\. \[([^\],]+)/gm)].map(m => m[1].trim()))];
    const hint = found !== undefined ? facilitiesHint(text, token, locale) : '';
    let message: string;
    if (error.name === 'NoViableAltException' && alternatives.length > 0 && alternatives.length <= 6) {
        const names = alternatives.map(a => describeExpected(a, locale));
        const expectation = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}${syntax.or}${names[names.length - 1]}`;
        message = found === undefined ? format(syntax.expectedEnd, { expected: expectation }) : format(syntax.expected, { expected: expectation, found: short(found) });
    } else if (error.name === 'MismatchedTokenException' && expected && found !== undefined && token.tokenType?.name === 'ID' && (expected === '}' || expected === 'EOF')) {
        // A word where a block's next field, or its end, belongs: the parser's '}' would only mislead.
        message = format(catalogue(locale).mistakes.unknownWord, { found: short(found) }) + hint;
    } else if (error.name === 'MismatchedTokenException' && (expected === '}' || expected === 'EOF') && found !== undefined && hint) {
        // 'uren 4 "per week"': what stands after a facilities line's fields is named, not the '}' the parser wanted.
        message = format(syntax.unexpected, { found: short(found) }) + hint;
    } else if (error.name === 'MismatchedTokenException' && expected) {
        const expectation = describeExpected(expected, locale);
        message = found === undefined ? format(syntax.expectedEnd, { expected: expectation }) : format(syntax.expected, { expected: expectation, found: short(found) });
    } else if (found === undefined) {
        message = format(syntax.expectedEnd, { expected: "'}'" });
    } else {
        message = format(syntax.unexpected, { found: short(found) });
    }
    return { range, message: ruleMessage(locale, 'syntax.unexpected-token', { params: { detail: message } }), code: 'syntax.unexpected-token' };
}

/**
 * "faciliteiten studieverlof 40": on a line that starts with the facilities keyword only its two fields can stand, so
 * the message names them (with a space before it), or is empty on any other line.
 */
function facilitiesHint(text: TextDocument, token: IToken, locale: Locale): string {
    const source = text.getText();
    const line = source.slice(source.lastIndexOf('\n', token.startOffset - 1) + 1, token.startOffset);
    const facilities = /^\s*(faciliteiten|facilities)\b/.exec(line)?.[1];
    return facilities ? ' ' + format(catalogue(locale).mistakes.facilitiesFields, { facilities, budget: kw('budget', locale), hours: kw('hours', locale) }) : '';
}

/** Whether the last thing before `offset`, past any white space, is the closing quote of a text. */
function followsText(source: string, offset: number): boolean {
    let k = offset - 1;
    while (k >= 0 && /\s/.test(source[k])) k--;
    return source[k] === '"';
}

function short(text: string): string {
    return text.length > 40 ? text.slice(0, 37) + '…' : text;
}
