import { CancellationToken } from 'vscode-languageserver';
import type { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, Range } from 'vscode-languageserver';
import { DefaultDocumentValidator, type IndexManager, type LangiumDocument, type ValidationOptions } from 'langium';
import { t } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import type { Locale } from '../keywords.js';
import type { PopServices } from '../pop-module.js';
import type { PopSettingsService } from '../settings.js';
import { checkUnresolvedReferences } from './checks/ref.js';
import { checkSyntax } from './checks/syntax.js';
import type { Finding, ReportLocated } from './finding.js';
import type { JudgementCache } from './judgement-cache.js';
import { rangeOf } from './positions.js';
import { ruleMessage } from './rule-message.js';
import { effectiveSeverity, ruleDocsUrl, type RuleCode, type Severity } from './rules.js';

const SEVERITY: Record<Severity, DiagnosticSeverity> = { error: 1, warning: 2, info: 3, hint: 4 };

/** Data every POP diagnostic carries, for code actions and for the CLI. */
export interface PopDiagnosticData {
    code: RuleCode;
    /** The name of the goal the diagnostic counts against, if any. */
    goal?: string;
    /** For an unresolved reference: the declared names it may have meant. */
    suggestions?: string[];
}

/**
 * Turns POP's findings, and Langium's own syntax and linking errors, into diagnostics with stable codes,
 * localised messages, documentation links and the user's severities.
 */
export class PopDocumentValidator extends DefaultDocumentValidator {
    private readonly analysis: JudgementCache;
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
            const report: ReportLocated = problem => this.push(diagnostics, problem.code, problem.range, problem.message,
                problem.suggestions ? { suggestions: problem.suggestions } : undefined);
            checkSyntax(document, locale, report);
            checkUnresolvedReferences(document, locale, () => this.orgGoalNames(), report);
        }
        if (!options.categories || options.categories.includes('fast')) {
            const judgement = this.analysis.judge(document);
            for (const finding of judgement.findings) {
                diagnostics.push(findingDiagnostic(document, finding, locale));
            }
        }
        return diagnostics;
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

    /** Organisation goal names in the whole workspace: what an unresolved reference may have meant. */
    private orgGoalNames(): string[] {
        return this.indexManager.allElements('OrgGoal').map(d => d.name).toArray();
    }
}

/** A finding as a diagnostic: located, worded in the locale, with its code, severity and documentation link. */
export function findingDiagnostic(document: LangiumDocument, finding: Finding & { severity: Severity }, locale: Locale): Diagnostic {
    const range = finding.offset
        ? { start: document.textDocument.positionAt(finding.offset.start), end: document.textDocument.positionAt(finding.offset.end) }
        : rangeOf(finding.node, finding.property, finding.index);
    const data: PopDiagnosticData = { code: finding.code, goal: finding.goal?.name };
    const diagnostic: Diagnostic = {
        range, message: ruleMessage(locale, finding.code, finding), severity: SEVERITY[finding.severity], code: finding.code, source: 'pop', data,
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
