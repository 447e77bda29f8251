/**
 * Suppression comments: `// pop-disable-next-line CODE, CODE -- reason`, `// pop-disable CODE` … `// pop-enable CODE`
 * and `// pop-disable-file CODE`. They are read from the text and applied to the findings right after the checks
 * ran (judgement-cache.ts), so that diagnostics, scorecards, the rendered plan and the CLI all leave out the same
 * findings. Syntax errors and unresolved references come from Langium, not from the checks, and cannot be suppressed.
 */
import { GrammarUtils } from 'langium';
import type { Position } from 'vscode-languageserver';
import type { Finding } from './finding.js';
import { RULE_CODES, type RuleCode } from './rules.js';

type SuppressionKind = 'next-line' | 'disable' | 'enable' | 'file';

/** One code (or prefix of codes) written in a suppression comment, with its offsets in the document. */
export interface SuppressionCode {
    readonly code: string;
    readonly start: number;
    readonly end: number;
}

export interface SuppressionDirective {
    readonly kind: SuppressionKind;
    /** The directive as written: pop-disable-next-line, pop-disable, pop-enable or pop-disable-file. */
    readonly keyword: string;
    /** Offsets of the whole comment, and of its keyword. */
    readonly start: number;
    readonly end: number;
    readonly keywordStart: number;
    readonly keywordEnd: number;
    readonly codes: readonly SuppressionCode[];
    /** The text after ' -- ', if any: why the findings are accepted. */
    readonly reason?: string;
    /** The zero-based line a next-line directive applies to: the line after the comment's last. */
    readonly line: number;
}

const KEYWORDS: Readonly<Record<string, SuppressionKind>> = {
    'pop-disable-next-line': 'next-line', 'pop-disable-file': 'file', 'pop-disable': 'disable', 'pop-enable': 'enable',
};
const DIRECTIVE = /^pop-(?:disable-next-line|disable-file|disable|enable)(?=\s|$)/;
const MARKER = /pop-(?:disable|enable)/;

/**
 * The comments of a text, as the lexer splits them: `//` to the end of the line, and `/* … *\/`. Only `"` and `/`
 * can start a string or a comment, and no other token holds either, so jumping from one to the next is enough.
 */
export function commentSpans(text: string): Array<{ start: number; end: number; block: boolean }> {
    const found: Array<{ start: number; end: number; block: boolean }> = [];
    const next = /["\/]/g;
    const string = /"(?:\\.|[^"\\\r\n])*"/y;
    // Where a block comment was last found unclosed: no later one closes either, so none is searched for again.
    let unclosedFrom = Infinity;
    for (let match = next.exec(text); match; match = next.exec(text)) {
        const at = match.index;
        if (text.charCodeAt(at) === 34 /* " */) {
            string.lastIndex = at;
            // An unclosed string is a lexer error at its quote; lexing goes on after it, and so does this.
            if (string.test(text)) next.lastIndex = string.lastIndex;
            continue;
        }
        const second = text.charCodeAt(at + 1);
        if (second === 47 /* / */) {
            let end = at + 2;
            while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
            found.push({ start: at, end, block: false });
            next.lastIndex = end;
        } else if (second === 42 /* * */ && at < unclosedFrom) {
            const close = text.indexOf('*/', at + 2);
            if (close < 0) {
                unclosedFrom = at;
                continue;
            }
            found.push({ start: at, end: close + 2, block: true });
            next.lastIndex = close + 2;
        }
    }
    return found;
}

/**
 * The suppression comments of a text, in order. A text without the words pop-disable or pop-enable, which is nearly
 * every plan, costs one search; validation runs on every keystroke.
 */
export function readSuppressions(text: string, positionAt: (offset: number) => Position): SuppressionDirective[] {
    if (!MARKER.test(text)) return [];
    const directives: SuppressionDirective[] = [];
    for (const comment of commentSpans(text)) {
        const bodyStart = comment.start + 2;
        const bodyEnd = comment.block ? comment.end - 2 : comment.end;
        const body = text.slice(bodyStart, bodyEnd);
        const indent = /^\s*/.exec(body)![0].length;
        const keyword = DIRECTIVE.exec(body.slice(indent))?.[0];
        if (!keyword) continue;
        const keywordStart = bodyStart + indent;
        const restStart = keywordStart + keyword.length;
        const rest = text.slice(restStart, bodyEnd);
        const separator = /(?:^|\s)--(?:\s|$)/.exec(rest);
        const codeText = separator ? rest.slice(0, separator.index) : rest;
        const codes: SuppressionCode[] = [];
        for (const code of codeText.matchAll(/[^\s,]+/g)) {
            codes.push({ code: code[0], start: restStart + code.index, end: restStart + code.index + code[0].length });
        }
        const reason = separator ? rest.slice(separator.index + separator[0].length).trim() : '';
        directives.push({
            kind: KEYWORDS[keyword], keyword, start: comment.start, end: comment.end, keywordStart, keywordEnd: restStart,
            codes, reason: reason || undefined, line: positionAt(comment.end).line + 1,
        });
    }
    return directives;
}

/** Every rule code and every prefix of one ("smart", "smart.measurable"): what a suppression may name. */
const KNOWN = new Set<string>();
/** Those that cover at least one rule a suppression can hide. */
const SUPPRESSIBLE = new Set<string>();

/** Syntax errors and unresolved references mean broken text or links, and the suppression rules would suppress themselves. */
export function isSuppressible(code: RuleCode): boolean {
    return !code.startsWith('syntax.') && !code.startsWith('suppression.') && code !== 'ref.unresolved';
}

for (const code of RULE_CODES) {
    const parts = code.split('.');
    for (let i = 1; i <= parts.length; i++) {
        const prefix = parts.slice(0, i).join('.');
        KNOWN.add(prefix);
        if (isSuppressible(code)) SUPPRESSIBLE.add(prefix);
    }
}

/** Whether a code written in a suppression names a rule, or a group of rules by a prefix of their codes. */
export function isKnownCode(code: string): boolean {
    return KNOWN.has(code);
}

/** Whether a known code covers any rule a suppression can hide. */
export function isSuppressibleCode(code: string): boolean {
    return SUPPRESSIBLE.has(code);
}

/** Every code and prefix a suppression may name, for "did you mean" suggestions. */
export function knownCodes(): Iterable<string> {
    return KNOWN;
}

/** Whether a code written in a comment covers a rule: the code itself, or a prefix of it up to a dot. */
function covers(written: string, code: string): boolean {
    return code === written || (code.startsWith(written) && code.charCodeAt(written.length) === 46 /* . */);
}

/** Where a finding starts in the document, as its diagnostic's range does (see positions.ts). */
function findingStart(finding: Finding): number {
    if (finding.offset) return finding.offset.start;
    const cst = (finding.property ? GrammarUtils.findNodeForProperty(finding.node.$cstNode, finding.property, finding.index) : undefined)
        ?? finding.node.$cstNode;
    return cst?.offset ?? 0;
}

export interface Suppressed<F> {
    readonly finding: F;
    /** The comment that suppresses it; the most local one when several do. */
    readonly directive: SuppressionDirective;
}

export interface SuppressionOutcome<F> {
    readonly kept: F[];
    readonly suppressed: Array<Suppressed<F>>;
    /**
     * The codes that did something: a disabling code that matched a finding, an enabling code that ended a block.
     * A bare pop-enable that ended a block is here as its directive.
     */
    readonly used: ReadonlySet<SuppressionCode | SuppressionDirective>;
}

interface Scope {
    readonly directive: SuppressionDirective;
    readonly entry: SuppressionCode;
    /** The offsets a block or file suppression covers: from the comment on, up to its pop-enable. */
    readonly from: number;
    to: number;
}

/** Applies the suppressions to the findings: the ones they cover are taken out, each with the comment that covers it. */
export function applySuppressions<F extends Finding>(
    findings: readonly F[], directives: readonly SuppressionDirective[], positionAt: (offset: number) => Position,
): SuppressionOutcome<F> {
    const used = new Set<SuppressionCode | SuppressionDirective>();
    const nextLine = new Map<number, Scope[]>();
    const blocks: Scope[] = [];
    const files: Scope[] = [];
    let open: Scope[] = [];
    for (const directive of directives) {
        if (directive.kind === 'enable') {
            const closes = (scope: Scope) => directive.codes.length === 0 || directive.codes.some(c => covers(c.code, scope.entry.code));
            for (const scope of open) {
                if (!closes(scope)) continue;
                scope.to = directive.start;
                if (directive.codes.length === 0) used.add(directive);
                for (const c of directive.codes) if (covers(c.code, scope.entry.code)) used.add(c);
            }
            open = open.filter(scope => !closes(scope));
            continue;
        }
        for (const entry of directive.codes) {
            if (!isSuppressibleCode(entry.code)) continue;
            const scope: Scope = { directive, entry, from: directive.end, to: Infinity };
            if (directive.kind === 'next-line') {
                const list = nextLine.get(directive.line);
                if (list) list.push(scope); else nextLine.set(directive.line, [scope]);
            } else if (directive.kind === 'disable') {
                blocks.push(scope);
                open.push(scope);
            } else files.push(scope);
        }
    }
    const kept: F[] = [];
    const suppressed: Array<Suppressed<F>> = [];
    for (const finding of findings) {
        const offset = findingStart(finding);
        let by: Scope | undefined;
        const mark = (scope: Scope) => {
            if (!covers(scope.entry.code, finding.code)) return;
            used.add(scope.entry);
            by ??= scope;
        };
        if (nextLine.size > 0) nextLine.get(positionAt(offset).line)?.forEach(mark);
        for (const scope of blocks) if (scope.from <= offset && offset < scope.to) mark(scope);
        files.forEach(mark);
        if (by) suppressed.push({ finding, directive: by.directive });
        else kept.push(finding);
    }
    return { kept, suppressed, used };
}
