/** Parsing services tuned for large plans; the language they accept is Langium's generated one, unchanged. */
import {
    createParser, DefaultValueConverter, LangiumParser, ValueConverter,
    type CstNode, type GrammarAST, type LangiumCoreServices, type ParseResult, type ValueType,
} from 'langium';
import { PopCstNodeBuilder } from './cst-nodes.js';

/**
 * Langium's parser hands the token array to Chevrotain and leaves it there until the next parse, so the
 * tokens (and their text) of the last parsed document stay on the heap: about 60 tokens per goal.
 * This parser lets go of them as soon as the tree is built.
 */
const withDuplicateFields = new WeakSet<object>();

/** Whether the parser saw one of the node's single-valued fields written more than once. */
export function hasDuplicateFields(node: object): boolean {
    return withDuplicateFields.has(node);
}

export class PopLangiumParser extends LangiumParser {
    constructor(services: LangiumCoreServices) {
        super(services);
        // Langium declares the builder private; a leaner tree is built the same way (see cst-nodes.ts).
        const builder = new PopCstNodeBuilder();
        const self = this as unknown as { nodeBuilder: PopCstNodeBuilder; assign: (...args: unknown[]) => void };
        self.nodeBuilder = builder;
        // A data-type value that the builder collapsed into its leaf is assigned (and referred to) by that leaf.
        // Langium's `assign` is private, so the wrapper is set on the instance.
        // It also notes a field set twice, so that validation looks for duplicated fields only where there are some.
        const assign = self.assign;
        self.assign = function (this: unknown, operator, feature, value, cstNode, crossRef) {
            if (operator === '=') {
                const current = (this as { current: Record<string, unknown> }).current;
                if ((feature as string) in current) withDuplicateFields.add(current);
            }
            return assign.call(this, operator, feature, value, builder.standIn(cstNode as CstNode), crossRef);
        };
    }

    override parse<T extends import('langium').AstNode = import('langium').AstNode>(input: string, options?: { rule?: string }): ParseResult<T> {
        try {
            return super.parse<T>(input, options);
        } finally {
            // Setting the input resets the recogniser; the result already holds copies of the errors.
            (this as unknown as { wrapper: { input: unknown[] } }).wrapper.input = [];
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
