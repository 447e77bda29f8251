/** Parsing services tuned for large plans; the language they accept is Langium's generated one, unchanged. */
import {
    createParser, DefaultValueConverter, LangiumParser, ValueConverter,
    type CstNode, type GrammarAST, type LangiumCoreServices, type ParseResult, type ValueType,
} from 'langium';
import { PopCstNodeBuilder } from './cst-nodes.js';
import { interceptAssignments, replaceCstNodeBuilder } from './langium-internals.js';

const withDuplicateFields = new WeakSet<object>();

/** Whether the parser saw one of the node's single-valued fields written more than once. */
export function hasDuplicateFields(node: object): boolean {
    return withDuplicateFields.has(node);
}

class PopLangiumParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
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
            return super.parse<T>(input, options);
        } finally {
            // Langium hands the tokens to Chevrotain and leaves them there until the next parse: about 60 tokens per
            // goal, with their text, kept on the heap for nothing. Setting the input resets the recogniser and lets
            // go of them; the result already holds copies of the errors. test/parsing/token-release.test.ts
            this.wrapper.input = [];
        }
    }
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
        if (rule.name === 'STRING') return input.includes('\\') ? ValueConverter.convertString(input) : input.slice(1, -1);
        return super.runConverter(rule, input, cstNode);
    }
}
