/**
 * Misspelt keywords. A word the parser cannot place ('specfiek', 'plna', 'soort smrt') is compared with the
 * keywords of the file's language; the closest ones that the parser accepts at that very place are the suggestions,
 * and the plan is read as if the best one had been written. So one typo gives one error, "did you mean
 * 'specifiek'?", and the goal keeps its statement instead of also being reported as having none.
 */
import { CstUtils, GrammarAST, GrammarUtils, type AstNode, type Grammar, type ParseResult } from 'langium';
import type { IRecognitionException, IRecognizerContext, IToken, TokenType } from 'chevrotain';
import { allKeywordSpellings, FIELD_SYNONYMS, keywordLanguage, kw, LOCALES, type Locale } from './keywords.js';
import { editDistance } from './model/similar.js';

/** A word the parser could not place, with the keywords it may have meant, closest first. */
export class MisspeltKeywordError extends Error implements IRecognitionException {
    override readonly name = 'MisspeltKeyword';
    readonly resyncedTokens: IToken[] = [];

    constructor(readonly token: IToken, readonly suggestions: readonly string[], readonly context: IRecognizerContext) {
        super(`Unknown word '${token.image}'; did you mean '${suggestions.join("' or '")}'?`);
    }
}

export function isMisspeltKeyword(error: IRecognitionException): error is MisspeltKeywordError {
    return error instanceof MisspeltKeywordError;
}

/** How far a word may be from a keyword to be suggested: one edit per three letters, at least one. */
function limitFor(word: string): number {
    return Math.max(1, Math.floor(word.length / 3));
}

/**
 * The keywords close to a word, in the file's language (any language when it is not known), closest first; a word
 * people use for a field ("deadline") comes first with that field's keyword.
 */
function closeKeywords(word: string, locale: Locale | undefined): Array<{ keyword: string; distance: number }> {
    const wanted = word.toLowerCase();
    const limit = limitFor(word);
    const found: Array<{ keyword: string; distance: number }> = [];
    const synonym = Object.hasOwn(FIELD_SYNONYMS, wanted) ? FIELD_SYNONYMS[wanted] : undefined;
    if (synonym) for (const language of locale ? [locale] : LOCALES) found.push({ keyword: kw(synonym, language), distance: 0 });
    for (const keyword of allKeywordSpellings()) {
        const language = keywordLanguage(keyword);
        if (locale && language !== locale && language !== 'both') continue;
        const distance = editDistance(wanted, keyword, limit);
        if (distance <= limit && !found.some(f => f.keyword === keyword)) found.push({ keyword, distance });
    }
    return found.sort((a, b) => a.distance - b.distance || a.keyword.localeCompare(b.keyword));
}

/** What the corrector needs of the parser: to parse a piece of text with some tokens retyped, from a given rule. */
export interface TrialParser {
    parse(text: string, rule: string, retype: ReadonlyMap<number, TokenType>): ParseResult;
}

export interface Corrections {
    /** The keyword type to read each misspelt word as, by its offset. */
    readonly retype: ReadonlyMap<number, TokenType>;
    readonly errors: readonly MisspeltKeywordError[];
}

const RULE_SUFFIX = /\u200B$/;

export class KeywordCorrector {
    private readonly dataTypeRules: ReadonlySet<string>;

    constructor(grammar: Grammar, private readonly keywordTypes: Readonly<Record<string, TokenType>>) {
        this.dataTypeRules = new Set(grammar.rules.filter(r => GrammarAST.isParserRule(r) && GrammarUtils.isDataTypeRule(r)).map(r => r.name));
    }

    /**
     * The corrections for the unknown words among a parse's errors, added to `earlier` ones. Each suggestion is tried
     * by parsing the enclosing block up to the end of the word's line with the word read as that keyword: it counts
     * only when that parses to the end. Only a parse with errors gets here, so a clean plan costs nothing. The errors
     * returned are the new ones.
     */
    correct(input: string, result: ParseResult, tokens: readonly IToken[], locale: Locale | undefined, trial: TrialParser,
        earlier: ReadonlyMap<number, TokenType> = new Map()): Corrections | undefined {
        const retype = new Map<number, TokenType>(earlier);
        const errors: MisspeltKeywordError[] = [];
        const located = result.parserErrors
            .filter(e => !atEnd(e.token))
            .sort((a, b) => a.token.startOffset - b.token.startOffset);
        for (const error of located) {
            const index = unknownWordAt(tokens, error.token.startOffset);
            if (index < 0) continue;
            const token = tokens[index];
            if (retype.has(token.startOffset)) continue;
            const candidates = closeKeywords(token.image, locale);
            if (candidates.length === 0) continue;
            const block = this.enclosingBlock(result.value, error, tokens, index);
            if (!block) continue;
            const end = trialEnd(input, tokens, index);
            const valueAt = tokens[index + 1]?.startOffset ?? token.startOffset;
            const fitting: string[] = [];
            for (const { keyword, distance } of candidates) {
                if (fitting.length > 0 && distance > candidates.find(c => c.keyword === fitting[0])!.distance) break;
                const type = this.keywordTypes[keyword];
                if (type && this.fits(input, block, end, token.startOffset, valueAt, type, retype, trial)) fitting.push(keyword);
                if (fitting.length === 3) break;
            }
            if (fitting.length === 0) continue;
            retype.set(token.startOffset, this.keywordTypes[fitting[0]]);
            errors.push(new MisspeltKeywordError(token, fitting, error.context));
        }
        return errors.length > 0 ? { retype, errors } : undefined;
    }

    /**
     * Whether the block parses up to `end` with the word at `offset` read as `type` (and earlier corrections applied).
     * The piece stops mid-block, so the parser misses what would follow; an unknown word after the keyword's value
     * ("kosten € 100 leverancier ...") is that word's own error. Any other error means the keyword does not fit.
     */
    private fits(input: string, block: { start: number; rule: string }, end: number, offset: number, valueAt: number, type: TokenType,
        accepted: ReadonlyMap<number, TokenType>, trial: TrialParser): boolean {
        const retype = new Map<number, TokenType>();
        for (const [at, earlier] of accepted) if (at >= block.start && at < end) retype.set(at - block.start, earlier);
        retype.set(offset - block.start, type);
        const { parserErrors } = trial.parse(input.slice(block.start, end), block.rule, retype);
        const laterWord = (token: IToken) => token.tokenType?.name === 'ID' && token.startOffset > valueAt - block.start;
        return parserErrors.every(e => atEnd(e.token) || laterWord(e.token));
    }

    /**
     * Where the rule the parser was in when it met the word begins, and which rule that is: the innermost rule of
     * the error's context that holds the token before the word. At the top level of the file, a new plan or
     * organisation may begin at the word itself.
     */
    private enclosingBlock(root: AstNode, error: IRecognitionException, tokens: readonly IToken[], index: number): { start: number; rule: string } | undefined {
        const stack = (error.context?.ruleStack ?? []).map(name => name.replace(RULE_SUFFIX, ''));
        const previous = index > 0 ? tokens[index - 1] : undefined;
        const leaf = previous && root.$cstNode ? CstUtils.findLeafNodeAtOffset(root.$cstNode, previous.startOffset) : undefined;
        for (let i = stack.length - 1; i >= 0; i--) {
            const rule = stack[i];
            if (this.dataTypeRules.has(rule)) continue;
            if (i === 0) return { start: tokens[index].startOffset, rule };
            for (let node: AstNode | undefined = leaf?.astNode; node; node = node.$container) {
                if (node.$type === rule && node.$cstNode) return { start: node.$cstNode.offset, rule };
            }
        }
        return undefined;
    }
}

/**
 * The index of the unknown word an error is about: the token the parser stopped at when it is a word, else the
 * word just before it, which a number may have taken as its unit ('meetbaar 4' and on the next line 'specfiek "…"').
 */
function unknownWordAt(tokens: readonly IToken[], offset: number): number {
    const index = indexOfToken(tokens, offset);
    if (index < 0) return -1;
    if (tokens[index].tokenType.name === 'ID') return index;
    return index > 0 && tokens[index - 1].tokenType.name === 'ID' ? index - 1 : -1;
}

/** Whether the parser stopped at the end of its input: Chevrotain's end-of-input token has no place in the text. */
function atEnd(token: IToken | undefined): boolean {
    return !token || token.tokenType?.name === 'EOF' || !Number.isFinite(token.startOffset) || token.startOffset < 0;
}

function indexOfToken(tokens: readonly IToken[], offset: number): number {
    let low = 0;
    let high = tokens.length - 1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        const at = tokens[middle].startOffset;
        if (at === offset) return middle;
        if (at < offset) low = middle + 1;
        else high = middle - 1;
    }
    return -1;
}

/** The end of the word's line, or of the next token's line when that is further: the keyword must fit what follows it. */
function trialEnd(input: string, tokens: readonly IToken[], index: number): number {
    const next = tokens[index + 1];
    return lineEnd(input, next ? next.startOffset : tokens[index].startOffset);
}

function lineEnd(text: string, from: number): number {
    for (let i = from; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 || c === 13) return i;
    }
    return text.length;
}
