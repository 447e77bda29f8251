import { CstUtils, GrammarAST, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, FormattingOptions, Range, TextEdit,
} from 'vscode-languageserver';
import type { PopServices } from '../pop-module.js';

/**
 * Lays out a plan: one field per line, blocks indented one level (4 spaces unless the editor says otherwise),
 * closing braces on their own line, at most one blank line kept where the author left one.
 * Fields written on one line inside an action body ('start … end …') stay on that line, as in the examples.
 *
 * Only the whitespace between tokens changes, so every word and comment survives. A document with syntax errors
 * is left alone: where the parser could not follow the text, a layout could move words into the wrong block.
 */
export class PopFormatter implements Formatter {
    private readonly fieldStarts: ReadonlySet<GrammarAST.AbstractElement>;

    constructor(services: PopServices) {
        this.fieldStarts = fieldStartElements(services.Grammar);
    }

    formatDocument(document: LangiumDocument, params: DocumentFormattingParams): TextEdit[] {
        return this.layout(document, params.options);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        const from = document.textDocument.offsetAt(params.range.start);
        const to = document.textDocument.offsetAt(params.range.end);
        return this.layout(document, params.options).filter(edit => {
            const start = document.textDocument.offsetAt(edit.range.start);
            const end = document.textDocument.offsetAt(edit.range.end);
            return start <= to && end >= from;
        });
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): TextEdit[] {
        return [];
    }

    get formatOnTypeOptions(): undefined {
        return undefined;
    }

    private layout(document: LangiumDocument, options: FormattingOptions): TextEdit[] {
        const { parseResult, textDocument } = document;
        const root = parseResult.value.$cstNode;
        if (!root || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) return [];
        const text = textDocument.getText();
        const tokens = this.tokens(root);
        if (tokens.length === 0) return [];
        const unit = options.insertSpaces === false ? '\t' : ' '.repeat(options.tabSize > 0 ? options.tabSize : 4);
        const edits: TextEdit[] = [];
        const replaceGap = (start: number, end: number, wanted: string): boolean => {
            const gap = text.slice(start, end);
            if (/\S/.test(gap)) return false;
            if (gap !== wanted) edits.push({ range: rangeOf(document, start, end), newText: wanted });
            return true;
        };
        // Keep the file's line ending, so a Windows file does not end up with mixed endings.
        const eol = text.includes('\r\n') ? '\r\n' : '\n';
        const blocks: string[] = [];
        if (!replaceGap(0, tokens[0].offset, '')) return [];
        for (let i = 1; i < tokens.length; i++) {
            const previous = tokens[i - 1];
            const token = tokens[i];
            if (previous.text === '{' && !previous.hidden) blocks.push(previous.owner);
            if (token.text === '}' && !token.hidden) blocks.pop();
            const gap = text.slice(previous.end, token.offset);
            const newlines = gap.split('\n').length - 1;
            const separator = this.separator(previous, token, newlines, blocks[blocks.length - 1]);
            const wanted = separator === 'break' || separator === 'blank'
                ? (separator === 'blank' ? eol + eol : eol) + unit.repeat(blocks.length)
                : separator;
            if (!replaceGap(previous.end, token.offset, wanted)) return [];
        }
        const last = tokens[tokens.length - 1];
        if (!replaceGap(last.end, text.length, eol)) return [];
        return edits;
    }

    /** What goes between two tokens: a line break, a blank line, or spaces. */
    private separator(previous: Token, token: Token, newlines: number, block: string | undefined): 'break' | 'blank' | string {
        const lineBreak = newlines >= 2 && previous.text !== '{' && token.text !== '}' ? 'blank' : 'break';
        if (previous.kind === 'SL_COMMENT') return lineBreak;
        if (token.text === '}' && !token.hidden) return 'break';
        if (token.hidden) return newlines === 0 ? ' ' : lineBreak;
        if (previous.text === '{' && !previous.hidden) return 'break';
        if (token.fieldStart) return block === 'Action' && newlines === 0 ? '  ' : lineBreak;
        if (previous.hidden && newlines > 0) return lineBreak;
        if (token.text === ',') return '';
        return ' ';
    }

    /** Every token of the syntax tree, comments included, in order; which of them begin a field. */
    private tokens(root: CstNode): Token[] {
        const starts = new Set<number>();
        const tokens: Token[] = [];
        for (const node of CstUtils.streamCst(root)) {
            if (node.grammarSource && this.fieldStarts.has(node.grammarSource)) {
                const first = firstVisibleLeaf(node);
                if (first) starts.add(first.offset);
            }
            if (isLeafCstNode(node) && node.length > 0) {
                tokens.push({
                    text: node.text, offset: node.offset, end: node.end, hidden: node.hidden,
                    kind: node.tokenType.name, owner: ownerType(node.astNode), fieldStart: false,
                });
            }
        }
        tokens.sort((a, b) => a.offset - b.offset);
        for (const token of tokens) token.fieldStart = !token.hidden && starts.has(token.offset);
        return tokens;
    }
}

interface Token {
    readonly text: string;
    readonly offset: number;
    readonly end: number;
    readonly hidden: boolean;
    readonly kind: string;
    /** The type of the node the token belongs to: for a '{', the block it opens. */
    readonly owner: string;
    fieldStart: boolean;
}

function ownerType(node: AstNode): string {
    return node.$type;
}

function firstVisibleLeaf(node: CstNode): CstNode | undefined {
    for (const child of CstUtils.streamCst(node)) {
        if (isLeafCstNode(child) && !child.hidden) return child;
    }
    return undefined;
}

function rangeOf(document: LangiumDocument, start: number, end: number): Range {
    return { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
}

/**
 * The grammar elements that begin a field: the first element of each repeated alternative in a block
 * ('employee', 'goal', 'action', an organisation goal, a signature...). Punctuation such as the ',' of a list is no field.
 */
function fieldStartElements(grammar: GrammarAST.Grammar): Set<GrammarAST.AbstractElement> {
    const result = new Set<GrammarAST.AbstractElement>();
    const firsts = (element: GrammarAST.AbstractElement): GrammarAST.AbstractElement[] => {
        if (GrammarAST.isAlternatives(element)) return element.elements.flatMap(firsts);
        if (GrammarAST.isGroup(element)) return element.elements.length ? firsts(element.elements[0]) : [];
        if (GrammarAST.isAssignment(element)) return firsts(element.terminal);
        if (GrammarAST.isKeyword(element)) return /\p{L}/u.test(element.value) ? [element] : [];
        return [element];
    };
    const visit = (element: GrammarAST.AbstractElement): void => {
        if (element.cardinality === '*' || element.cardinality === '+') {
            for (const first of firsts(element)) result.add(first);
        }
        if (GrammarAST.isAlternatives(element) || GrammarAST.isGroup(element)) element.elements.forEach(visit);
        else if (GrammarAST.isAssignment(element)) visit(element.terminal);
    };
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule) && rule.definition) visit(rule.definition);
    }
    return result;
}
