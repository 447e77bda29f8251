/**
 * A leaner syntax tree than Langium's default, for the same parse.
 *
 * Langium's leaf node keeps ten fields, four of them the line and column of both ends. A 10,000-goal plan has
 * about 600,000 leaves, so those fields were the largest single item on the heap (`npm run bench`, heap
 * snapshot). A leaf here keeps only its offset and length; its line and column are looked up, when asked, in
 * a line index built once per tree from its text. Whether a leaf is hidden follows from having no
 * grammar element, which is how the parser builds hidden leaves anyway.
 *
 * A data-type rule call that matched one token (a horizon, an action type, a unit, a name) gets no composite
 * node of its own: its leaf takes the composite's place and grammar element. That is about nine composite
 * nodes, each with its own content array, less per goal. `keywordOf` still tells which keyword such a leaf is.
 */
import {
    AbstractCstNode, AstUtils, CstNodeBuilder, DatatypeSymbol, GrammarAST, GrammarUtils, isRootCstNode,
    type CompositeCstNode, type CstNode, type LeafCstNode, type LeafCstNodeImpl, type RootCstNode,
} from 'langium';
import type { IToken, TokenType } from 'chevrotain';
import type { Position, Range } from 'vscode-languageserver-types';

/** Offsets where each line starts; a line ends at \r\n, \r or \n, as in the LSP's text documents. */
function lineStarts(text: string): Uint32Array {
    const starts = [0];
    if (text.indexOf('\r') < 0) {
        // The common case: indexOf finds the next line feed far faster than a loop over every character.
        for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
    } else {
        for (let i = 0; i < text.length; i++) {
            const c = text.charCodeAt(i);
            if (c === 13) {
                if (text.charCodeAt(i + 1) === 10) i++;
                starts.push(i + 1);
            } else if (c === 10) starts.push(i + 1);
        }
    }
    return Uint32Array.from(starts);
}

/** Each root's line starts, built when a leaf of its tree is first asked for its range. */
const lineIndexes = new WeakMap<RootCstNode, Uint32Array>();

function lineIndexOf(root: RootCstNode): Uint32Array {
    let lines = lineIndexes.get(root);
    if (lines === undefined) lineIndexes.set(root, lines = lineStarts(root.fullText));
    return lines;
}

/** The zero-based line and character of an offset, given the line starts of its text. */
function positionAt(lines: Uint32Array, offset: number): Position {
    let low = 0;
    let high = lines.length - 1;
    while (low < high) {
        const middle = (low + high + 1) >>> 1;
        if (lines[middle] <= offset) low = middle;
        else high = middle - 1;
    }
    return { line: low, character: offset - lines[low] };
}

export class PopLeafCstNode extends AbstractCstNode implements LeafCstNode {
    private readonly _offset: number;
    private readonly _length: number;
    private readonly _tokenType: TokenType;

    constructor(offset: number, length: number, tokenType: TokenType) {
        super();
        // `| 0` keeps V8 from storing the numbers boxed, as Chevrotain's token fields are.
        this._offset = offset | 0;
        this._length = length | 0;
        this._tokenType = tokenType;
    }

    get offset(): number { return this._offset; }
    get length(): number { return this._length; }
    get end(): number { return this._offset + this._length; }
    get tokenType(): TokenType { return this._tokenType; }
    get hidden(): boolean { return this.grammarSource === undefined; }

    get astNode() {
        const container = this.container;
        if (!container) throw new Error('This node has no associated AST element');
        return container.astNode;
    }

    get range(): Range {
        const root = this.root;
        if (!isRootCstNode(root)) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        const lines = lineIndexOf(root);
        return { start: positionAt(lines, this._offset), end: positionAt(lines, this._offset + this._length) };
    }
}

/** Builds the tree with `PopLeafCstNode`s; everything else is Langium's builder. */
export class PopCstNodeBuilder extends CstNodeBuilder {
    /** The last composite replaced by its only leaf, so that the parser assigns the leaf in its place. */
    private collapsed: CompositeCstNode | undefined = undefined;
    private collapsedInto: LeafCstNode | undefined = undefined;

    override construct(item: { $type: string | symbol | undefined; $cstNode: CstNode }): void {
        const node = this.current;
        super.construct(item);
        if (item.$type !== DatatypeSymbol || node.content.length !== 1) return;
        const leaf = node.content[0];
        const parent = node.container;
        if (!(leaf instanceof PopLeafCstNode) || !parent) return;
        const at = parent.content.lastIndexOf(node);
        if (at < 0) return;
        (parent.content as CstNode[])[at] = leaf;
        leaf.container = parent;
        leaf.grammarSource = node.grammarSource;
        this.collapsed = node;
        this.collapsedInto = leaf;
    }

    /** The node to assign for `node`: its leaf if it was just collapsed. */
    standIn(node: CstNode): CstNode {
        return node === this.collapsed ? this.collapsedInto! : node;
    }

    protected override createLeafNode(token: IToken, _hidden: boolean): LeafCstNodeImpl {
        // Tokens that error recovery inserts have no offset (NaN); `| 0` places them at 0, as Langium does.
        return new PopLeafCstNode(token.startOffset, token.image.length, token.tokenType) as unknown as LeafCstNodeImpl;
    }
}

/** The grammar's rules for names, whose keywords are names spelt like keywords. */
const NAME_RULES: ReadonlySet<string> = new Set(['Name', 'KeywordName']);

/**
 * The keyword a leaf stands for: its own grammar element, or, for a leaf that took the place of a data-type rule
 * call, the keyword of that rule it spells.
 */
export function keywordOf(leaf: CstNode): GrammarAST.Keyword | undefined {
    const source = leaf.grammarSource;
    // A goal named 'training' is a name that happens to be spelt like a keyword.
    if (GrammarAST.isKeyword(source)) return NAME_RULES.has(AstUtils.getContainerOfType(source, GrammarAST.isParserRule)?.name ?? '') ? undefined : source;
    const rule = GrammarAST.isRuleCall(source) ? source.rule.ref
        : GrammarAST.isCrossReference(source) && GrammarAST.isRuleCall(source.terminal) ? source.terminal.rule.ref : undefined;
    if (!GrammarAST.isParserRule(rule) || !GrammarUtils.isDataTypeRule(rule) || NAME_RULES.has(rule.name)) return undefined;
    const text = leaf.text;
    return AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).find(k => k.value === text);
}
