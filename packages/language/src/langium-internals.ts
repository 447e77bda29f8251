/**
 * The one place where POP reaches Langium members that are not public: private members of `LangiumParser`, and
 * its protected Chevrotain wrapper. A cast into them compiles whatever Langium calls them, so a Langium upgrade that
 * renames one would fail only at run time, somewhere in a parse.
 * Instead, every such member is checked here: the parser's prototype members when the services are created
 * (`checkLangiumInternals`), and the members a parser instance holds when POP's parser is built, before any is
 * used. A missing member throws `LangiumInternalsError`, naming the member and the Langium version this was
 * written for. docs/langium-overrides.md lists each use and why it exists.
 */
import { CstNodeBuilder, LangiumParser, type CstNode } from 'langium';
import type { IToken } from 'chevrotain';

/** The Langium version whose internals this module was written against and checked with. */
export const LANGIUM_VERSION_WRITTEN_FOR = '4.4.0';

export class LangiumInternalsError extends Error {
    constructor(readonly member: string, expected: string) {
        super(`POP was written for Langium ${LANGIUM_VERSION_WRITTEN_FOR}, whose ${member} is ${expected}; the installed `
            + `Langium has no such member. Check docs/langium-overrides.md before upgrading Langium.`);
        this.name = 'LangiumInternalsError';
    }
}

type Kind = 'method' | 'getter';

/** The property descriptor of `name` on `subject` or the first prototype that has it. */
function findDescriptor(subject: object, name: string): PropertyDescriptor | undefined {
    for (let holder: object | null = subject; holder; holder = Object.getPrototypeOf(holder) as object | null) {
        const descriptor = Object.getOwnPropertyDescriptor(holder, name);
        if (descriptor) return descriptor;
    }
    return undefined;
}

function expectMember(subject: object, owner: string, name: string, kind: Kind): void {
    const descriptor = findDescriptor(subject, name);
    const found = kind === 'method' ? typeof descriptor?.value === 'function' : typeof descriptor?.get === 'function';
    if (!found) throw new LangiumInternalsError(`${owner}.${name}`, kind === 'method' ? 'a method' : 'a getter');
}

/** The private members of `LangiumParser` that its prototype holds and POP uses. */
const PARSER_PROTOTYPE_MEMBERS: ReadonlyArray<readonly [name: string, kind: Kind]> = [
    ['assign', 'method'],
    ['current', 'getter'],
];

/**
 * Checks, without building a parser, that Langium's parser still has the private members POP uses. Run once when
 * the services are created; `parserPrototype` is there for the test that shows the check fires.
 */
export function checkLangiumInternals(parserPrototype: object = LangiumParser.prototype): void {
    for (const [name, kind] of PARSER_PROTOTYPE_MEMBERS) expectMember(parserPrototype, 'LangiumParser', name, kind);
}

/** What POP reads and writes of a `LangiumParser` beyond its declared members. */
interface ParserInternals {
    /** Private: builds the syntax tree; a field set in the constructor. */
    nodeBuilder: CstNodeBuilder;
    /** Private: assigns a parsed value (or reference) to a property of the AST node being built. */
    assign(operator: string, feature: string, value: unknown, cstNode: CstNode, crossRef: unknown): void;
    /** Private getter: the AST node being built, the one `assign` writes to. */
    readonly current: Record<string, unknown>;
    /** Protected: the Chevrotain parser; its `input` (public in Chevrotain) holds the last parse's tokens. */
    readonly wrapper: { input: IToken[] };
}

function internalsOf(parser: LangiumParser): ParserInternals {
    return parser as unknown as ParserInternals;
}

/** Makes `parser` build its syntax tree with `builder` instead of the `CstNodeBuilder` Langium gave it. */
export function replaceCstNodeBuilder(parser: LangiumParser, builder: CstNodeBuilder): void {
    const internals = internalsOf(parser);
    if (!(internals.nodeBuilder instanceof CstNodeBuilder)) throw new LangiumInternalsError('LangiumParser.nodeBuilder', 'a CstNodeBuilder field');
    internals.nodeBuilder = builder;
}

/**
 * Before each assignment the parser makes, calls `before` with the AST node being assigned to, the operator, the
 * property and the syntax node of the value; the syntax node `before` returns is the one the value gets.
 */
export function interceptAssignments(
    parser: LangiumParser,
    before: (node: Record<string, unknown>, operator: string, feature: string, cstNode: CstNode) => CstNode,
): void {
    expectMember(parser, 'LangiumParser', 'assign', 'method');
    expectMember(parser, 'LangiumParser', 'current', 'getter');
    const internals = internalsOf(parser);
    const assign = internals.assign;
    internals.assign = function (this: ParserInternals, operator, feature, value, cstNode, crossRef) {
        return assign.call(this, operator, feature, value, before(this.current, operator, feature, cstNode), crossRef);
    };
}

function chevrotainOf(parser: LangiumParser): { input: IToken[] } {
    const wrapper = internalsOf(parser).wrapper as { input?: unknown } | undefined;
    if (typeof wrapper !== 'object' || !Array.isArray(wrapper.input)) throw new LangiumInternalsError('LangiumParser.wrapper', 'a Chevrotain parser with an input array');
    return wrapper as { input: IToken[] };
}

/** The tokens `parser` still holds from its last parse (Langium leaves them in Chevrotain until the next one). */
export function tokensHeldBy(parser: LangiumParser): readonly IToken[] {
    return chevrotainOf(parser).input;
}

/** Lets go of the tokens `parser` holds from its last parse: setting Chevrotain's input resets the recogniser. */
export function releaseTokens(parser: LangiumParser): void {
    chevrotainOf(parser).input = [];
}
