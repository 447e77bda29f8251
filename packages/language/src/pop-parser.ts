/**
 * Parsing services tuned for large plans; the language they accept is Langium's generated one, unchanged. Where a
 * parse fails on a misspelt keyword, the plan is read as if the keyword had been spelt right, and the parse result
 * carries an error saying so (keyword-corrections.ts).
 */
import {
    createParser, DefaultValueConverter, isCompositeCstNode, isLeafCstNode, LangiumParser, ValueConverter,
    type CstNode, type GrammarAST, type LangiumCoreServices, type ParseResult, type ValueType,
} from 'langium';
import type { IRecognitionException, TokenType } from 'chevrotain';
import { PopCstNodeBuilder } from './cst-nodes.js';
import { KeywordCorrector } from './keyword-corrections.js';
import { interceptAssignments, releaseTokens, replaceCstNodeBuilder, tokensHeldBy } from './langium-internals.js';
import { keywordLanguage } from './keywords.js';
import { declaredLocale, keywordMajority } from './model/plan.js';
import type { Document } from './generated/ast.js';
import { isClosedString, type PopLexer } from './pop-lexer.js';

const withDuplicateFields = new WeakSet<object>();

/** Whether the parser saw one of the node's single-valued fields written more than once. */
export function hasDuplicateFields(node: object): boolean {
    return withDuplicateFields.has(node);
}

class PopLangiumParser extends LangiumParser {
    private readonly popLexer: PopLexer;
    private readonly corrector: KeywordCorrector;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.popLexer = services.parser.Lexer as PopLexer;
        this.corrector = new KeywordCorrector(services.Grammar, services.parser.Lexer.definition as Record<string, TokenType>);
        // A leaner tree, built the same way (see cst-nodes.ts). Langium's builder and `assign` are private: the
        // fence in langium-internals.ts checks they are there before replacing the one and wrapping the other.
        const builder = new PopCstNodeBuilder();
        replaceCstNodeBuilder(this, builder);
        interceptAssignments(this, (node, operator, feature, cstNode) => {
            // A field set twice is noted, so that validation looks for duplicated fields only where there are some.
            if (operator === '=' && feature in node) withDuplicateFields.add(node);
            // A data-type value that the builder collapsed into its leaf is assigned (and referred to) by that leaf.
            return builder.standIn(cstNode);
        });
    }

    override parse<T extends import('langium').AstNode = import('langium').AstNode>(input: string, options?: { rule?: string }): ParseResult<T> {
        try {
            const result = super.parse<T>(input, options);
            if (result.parserErrors.length === 0 || options?.rule !== undefined) return result;
            return this.withKeywordsCorrected(input, result) ?? result;
        } finally {
            // Langium hands the tokens to Chevrotain and leaves them there until the next parse: about 60 tokens per
            // goal, with their text, kept on the heap for nothing. The result already holds copies of the errors.
            releaseTokens(this);
        }
    }

    /**
     * The parse again, with each misspelt keyword read as the keyword it was taken for, and an error for each. After
     * one unknown word the parser recovers past what follows, so a second one in the same block shows only in the
     * parse with the first corrected: the corrections are made in rounds, each on the parse the last one gave.
     */
    private withKeywordsCorrected<T extends import('langium').AstNode>(input: string, result: ParseResult<T>): ParseResult<T> | undefined {
        const root = result.value as unknown as Document;
        const locale = declaredLocale(root) ?? keywordMajority(input);
        const trial = {
            parse: (text: string, rule: string, retype: ReadonlyMap<number, TokenType>) => {
                this.popLexer.retypeNext(retype);
                return super.parse(text, { rule });
            },
        };
        let corrected: ParseResult<T> = result;
        let retype: ReadonlyMap<number, TokenType> = new Map();
        const errors: IRecognitionException[] = [];
        for (let round = 0; round < CORRECTION_ROUNDS && corrected.parserErrors.length > 0; round++) {
            const corrections = this.corrector.correct(input, corrected, tokensHeldBy(this), locale, trial, retype);
            if (!corrections) break;
            retype = corrections.retype;
            errors.push(...corrections.errors);
            this.popLexer.retypeNext(retype);
            corrected = super.parse<T>(input);
        }
        if (errors.length === 0) return undefined;
        corrected.parserErrors = [...corrected.parserErrors, ...errors].sort((a, b) => offsetOf(a) - offsetOf(b));
        return corrected;
    }
}

/** Enough for the unknown words of one block; a text of nothing but unknown words stops there, keystroke after keystroke. */
const CORRECTION_ROUNDS = 6;

function offsetOf(error: IRecognitionException): number {
    const offset = error.token?.startOffset;
    return Number.isFinite(offset) ? offset : Number.MAX_SAFE_INTEGER;
}

export function createPopParser(services: LangiumCoreServices): LangiumParser {
    const parser = new PopLangiumParser(services);
    createParser(services.Grammar, parser, services.parser.Lexer.definition);
    parser.finalize();
    return parser;
}

/**
 * Langium unquotes a STRING one character at a time, which leaves a chain of concatenated strings on the
 * heap for every value; a string without escapes is just the text between its quotes.
 */
export class PopValueConverter extends DefaultValueConverter {
    protected override runConverter(rule: GrammarAST.AbstractRule, input: string, cstNode: CstNode): ValueType {
        if (rule.name === 'STRING') {
            // A string without its closing quote (reported by the lexer) holds the rest of its line.
            const closed = isClosedString(input) ? input : input + '"';
            return closed.includes('\\') ? ValueConverter.convertString(closed) : closed.slice(1, -1);
        }
        const corrected = correctedKeyword(input, cstNode);
        return corrected ?? super.runConverter(rule, input, cstNode);
    }
}

/**
 * The keyword a misspelt value was read as ('status don' as 'done'): its token has the keyword's type but the text as
 * written, and the value must be the keyword, or the misspelling would still count as no status at all.
 */
function correctedKeyword(input: string, cstNode: CstNode): string | undefined {
    const leaf = isCompositeCstNode(cstNode) ? (cstNode.content.length === 1 ? cstNode.content[0] : undefined) : cstNode;
    if (!leaf || !isLeafCstNode(leaf)) return undefined;
    const type = leaf.tokenType.name;
    return type !== input && type !== 'ID' && keywordLanguage(type.toLowerCase()) !== undefined ? type : undefined;
}
