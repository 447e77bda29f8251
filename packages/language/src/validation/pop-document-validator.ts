import { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver';
import { AstUtils, DefaultDocumentValidator, GrammarUtils, type AstNode, type IndexManager, type LangiumDocument, type ValidationOptions } from 'langium';
import { isPlan } from '../generated/ast.js';
import { similarNames } from '../model/similar.js';
import { catalogue, format, t } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import type { PopServices } from '../pop-module.js';
import type { Finding } from './analysis.js';
import type { PopAnalysis } from './pop-analysis.js';
import { ruleDocsUrl, type RuleCode, type Severity, effectiveSeverity } from './rules.js';
import type { PopSettingsService } from '../settings.js';
import { localeOf } from '../i18n/locale.js';
import { describeParserError } from './syntax-messages.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** Data every POP diagnostic carries, for code actions and for the CLI. */
export interface PopDiagnosticData {
    code: RuleCode;
    /** The name of the goal the diagnostic counts against, if any. */
    goal?: string;
    /** For an unresolved reference: the declared names it may have meant. */
    suggestions?: string[];
}

export function ruleMessage(locale: Locale, code: RuleCode, finding: Pick<Finding, 'params' | 'localParams'>): string {
    const params: Record<string, string | number> = { ...finding.params };
    for (const [key, catalogueKey] of Object.entries(finding.localParams ?? {})) params[key] = t(locale, catalogueKey);
    return format(catalogue(locale).rules[code].message, params);
}

/**
 * Turns POP's findings, and Langium's own syntax and linking errors, into diagnostics with stable codes,
 * localised messages, documentation links and the user's severities.
 */
export class PopDocumentValidator extends DefaultDocumentValidator {
    private readonly analysis: PopAnalysis;
    private readonly indexManager: IndexManager;
    private readonly settings: PopSettingsService;

    constructor(services: PopServices) {
        super(services);
        this.analysis = services.pop.Analysis;
        this.indexManager = services.shared.workspace.IndexManager;
        this.settings = services.pop.Settings;
    }

    override async validateDocument(document: LangiumDocument, options: ValidationOptions = {}, _cancelToken = CancellationToken.None): Promise<Diagnostic[]> {
        const diagnostics: Diagnostic[] = [];
        const locale = localeOf(document, this.settings.current);
        if (!options.categories || options.categories.includes('built-in')) {
            this.syntaxDiagnostics(document, locale, diagnostics);
            this.linkingDiagnostics(document, locale, diagnostics);
        }
        if (!options.categories || options.categories.includes('fast')) {
            const judgement = this.analysis.judge(document);
            for (const finding of judgement.findings) {
                diagnostics.push(this.toPopDiagnostic(document, finding, finding.severity, ruleMessage(locale, finding.code, finding), locale));
            }
        }
        return diagnostics;
    }

    private toPopDiagnostic(document: LangiumDocument, finding: Finding, severity: Severity, message: string, locale: Locale): Diagnostic {
        const range = finding.offset
            ? { start: document.textDocument.positionAt(finding.offset.start), end: document.textDocument.positionAt(finding.offset.end) }
            : rangeOf(finding.node, finding.property, finding.index);
        const data: PopDiagnosticData = { code: finding.code, goal: finding.goal?.name };
        const diagnostic: Diagnostic = {
            range, message, severity: SEVERITY[severity], code: finding.code, source: 'pop', data,
            codeDescription: { href: ruleDocsUrl(finding.code) },
        };
        if (finding.related?.length) {
            diagnostic.relatedInformation = finding.related.map((r): DiagnosticRelatedInformation => ({
                location: { uri: document.uri.toString(), range: rangeOf(r.node, r.property) },
                message: t(locale, r.labelKey, r.params),
            }));
        }
        return diagnostic;
    }

    private push(diagnostics: Diagnostic[], code: RuleCode, range: Range, message: string, extra?: Omit<PopDiagnosticData, 'code'>): void {
        const severity = effectiveSeverity(code, this.settings.current.severity);
        // Syntax and reference errors stay visible at least as hints: hiding them would hide broken text.
        const shown: Severity = severity === 'off' ? 'hint' : severity;
        diagnostics.push({
            range, message, severity: SEVERITY[shown], code, source: 'pop', data: { code, ...extra } satisfies PopDiagnosticData,
            codeDescription: { href: ruleDocsUrl(code) },
        });
    }

    private syntaxDiagnostics(document: LangiumDocument, locale: Locale, diagnostics: Diagnostic[]): void {
        const { lexerErrors, parserErrors } = document.parseResult;
        const text = document.textDocument;
        for (const error of lexerErrors) {
            const start = { line: error.line! - 1, character: error.column! - 1 };
            const offset = text.offsetAt(start);
            const char = text.getText().charAt(offset);
            const message = char === '"'
                ? catalogue(locale).syntax.unterminatedString
                : ruleMessage(locale, 'syntax.unexpected-character', { params: { text: printable(char) } });
            this.push(diagnostics, 'syntax.unexpected-character', { start, end: text.positionAt(offset + Math.max(1, error.length)) }, message);
        }
        for (const error of parserErrors) {
            const { range, message } = describeParserError(error, text, locale);
            this.push(diagnostics, 'syntax.unexpected-token', range, message);
        }
    }

    private linkingDiagnostics(document: LangiumDocument, locale: Locale, diagnostics: Diagnostic[]): void {
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) continue;
            const kind = error.info.property === 'derivedFrom' ? 'goal' : 'orgGoal';
            const name = error.info.reference.$refText;
            const suggestions = similarNames(name, this.candidateNames(kind, error.info.container));
            let message = ruleMessage(locale, 'ref.unresolved', { params: { name }, localParams: { kind: `kinds.${kind}` } });
            if (suggestions.length > 0) {
                const syntax = catalogue(locale).syntax;
                const names = suggestions.map(s => `'${s}'`);
                const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')}${syntax.or}${names[names.length - 1]}`;
                message += format(syntax.didYouMean, { names: list });
            }
            const range = reference.$refNode?.range ?? rangeOf(error.info.container, error.info.property, error.info.index);
            this.push(diagnostics, 'ref.unresolved', range, message, suggestions.length > 0 ? { suggestions } : undefined);
        }
    }

    /** The names a reference could have meant: organisation goals in the workspace, or the goals of its plan. */
    private candidateNames(kind: 'goal' | 'orgGoal', container: AstNode): string[] {
        if (kind === 'goal') return AstUtils.getContainerOfType(container, isPlan)?.goals.map(g => g.name).filter(Boolean) ?? [];
        return this.indexManager.allElements('OrgGoal').map(d => d.name).toArray();
    }
}

function printable(char: string): string {
    const code = char.codePointAt(0) ?? 0;
    return code < 0x20 || code === 0x7f || (code >= 0xd800 && code <= 0xdfff) ? `U+${code.toString(16).toUpperCase().padStart(4, '0')}` : char;
}

export function rangeOf(node: import('langium').AstNode, property?: string, index?: number): Range {
    const cst = (property ? GrammarUtils.findNodeForProperty(node.$cstNode, property, index) : undefined) ?? node.$cstNode;
    return cst?.range ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
}
