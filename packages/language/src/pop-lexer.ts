/**
 * Langium's lexer, with two things a plan needs: a string whose closing quote is missing is reported once (the
 * grammar lets it end at the end of its line), and the parser can have it read a misspelt keyword as the keyword it
 * most likely is (keyword-corrections.ts), so that one typo does not cost the rest of the goal.
 */
import { DefaultLexer, type LangiumCoreServices, type LexerResult, type TokenizeOptions } from 'langium';
import type { ILexingError, TokenType } from 'chevrotain';

/** Marks the lexing errors of strings without their closing quote; the message is never shown (checks/syntax.ts words it). */
const UNTERMINATED_STRING = 'unterminated string';

export function isUnterminatedStringError(error: ILexingError): boolean {
    return error.message === UNTERMINATED_STRING;
}

/**
 * Whether a STRING token's text has its closing quote. The token pattern stops at the end of the line without
 * one; a final quote after an odd number of backslashes is escaped, so it does not close the string either.
 */
export function isClosedString(image: string): boolean {
    if (image.length < 2 || image.charCodeAt(image.length - 1) !== 34 /* " */) return false;
    let backslashes = 0;
    for (let i = image.length - 2; i > 0 && image.charCodeAt(i) === 92 /* \ */; i--) backslashes++;
    return backslashes % 2 === 0;
}

export class PopLexer extends DefaultLexer {
    private readonly stringType: TokenType | undefined;
    /** Token types to give the tokens at these offsets in the next tokenize only. */
    private retype: ReadonlyMap<number, TokenType> | undefined;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.stringType = this.definition['STRING'];
    }

    /** Has the next call of tokenize give the tokens that start at these offsets another type. */
    retypeNext(types: ReadonlyMap<number, TokenType>): void {
        this.retype = types;
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const retype = this.retype;
        this.retype = undefined;
        const result = super.tokenize(text, options);
        let unterminated: ILexingError[] | undefined;
        for (const token of result.tokens) {
            if (token.tokenType === this.stringType && !isClosedString(token.image)) {
                (unterminated ??= []).push({
                    offset: token.startOffset, line: token.startLine, column: token.startColumn, length: token.image.length, message: UNTERMINATED_STRING,
                });
            } else if (retype) {
                const type = retype.get(token.startOffset);
                if (type) {
                    token.tokenType = type;
                    token.tokenTypeIdx = type.tokenTypeIdx!;
                }
            }
        }
        if (unterminated) result.errors = [...result.errors, ...unterminated].sort((a, b) => a.offset - b.offset);
        return result;
    }
}
