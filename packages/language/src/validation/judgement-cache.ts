import type { LangiumDocument } from 'langium';
import { WorkspaceCache } from 'langium';
import type { Document, Goal } from '../generated/ast.js';
import { localeOf } from '../i18n/locale.js';
import type { Locale } from '../keywords.js';
import { todayDay } from '../model/values.js';
import type { PopServices } from '../pop-module.js';
import type { PopSettingsService } from '../settings.js';
import { checkDocument } from './check-document.js';
import { checkSuppressions } from './checks/suppression.js';
import type { CheckContext, Finding } from './finding.js';
import { effectiveSeverity, type SeveritySetting } from './rules.js';
import { applySuppressions, readSuppressions, type Suppressed, type SuppressionDirective } from './suppressions.js';

type JudgedFinding = Finding & { severity: Exclude<SeveritySetting, 'off'> };

export interface Judgement {
    readonly locale: Locale;
    /** Findings whose effective severity is not 'off' and that no comment suppresses, each with that severity. */
    readonly findings: readonly JudgedFinding[];
    /** The same findings, grouped by the goal they count against. */
    readonly byGoal: ReadonlyMap<Goal, readonly JudgedFinding[]>;
    /** The findings a suppression comment accepts, each with that comment; they are in neither list above. */
    readonly suppressed: ReadonlyArray<Suppressed<JudgedFinding>>;
    /** The document's suppression comments. */
    readonly suppressions: readonly SuppressionDirective[];
}

/**
 * Judges documents and remembers the result per syntax tree, so that validation, code lens, hover and the
 * generator share one analysis per edit. A change of settings starts afresh.
 */
export class JudgementCache {
    private readonly settings: PopSettingsService;
    private readonly services: PopServices;
    private readonly orgGoalCounts: WorkspaceCache<string, Map<string, Set<string>>>;
    private cache = new WeakMap<Document, Judgement>();

    constructor(services: PopServices) {
        this.services = services;
        this.settings = services.pop.Settings;
        this.orgGoalCounts = new WorkspaceCache(services.shared);
        this.settings.onDidChange(() => { this.cache = new WeakMap(); });
    }

    judge(document: LangiumDocument): Judgement {
        const root = document.parseResult.value as Document;
        let judgement = this.cache.get(root);
        if (!judgement) {
            const settings = this.settings.current;
            const locale = localeOf(document, settings);
            const uri = document.uri.toString();
            const ctx: CheckContext = {
                today: todayDay(settings.today),
                lexicon: this.settings.lexicon,
                locale,
                orgGoalDeclaredElsewhere: name => {
                    const uris = this.orgGoalDocuments().get(name);
                    return !!uris && [...uris].some(other => other !== uri);
                },
            };
            let findings: JudgedFinding[] = [];
            const judge = (finding: Finding) => {
                const severity = effectiveSeverity(finding.code, settings.severity);
                if (severity !== 'off') findings.push({ ...finding, severity });
            };
            for (const finding of checkDocument(root, ctx)) judge(finding);
            const text = document.textDocument;
            const suppressions = readSuppressions(text.getText(), offset => text.positionAt(offset));
            let suppressed: Array<Suppressed<JudgedFinding>> = [];
            if (suppressions.length > 0) {
                const outcome = applySuppressions(findings, suppressions, offset => text.positionAt(offset));
                findings = outcome.kept;
                suppressed = outcome.suppressed;
                checkSuppressions(root, suppressions, outcome.used, judge);
            }
            const byGoal = new Map<Goal, JudgedFinding[]>();
            for (const finding of findings) {
                if (!finding.goal) continue;
                const list = byGoal.get(finding.goal);
                if (list) list.push(finding); else byGoal.set(finding.goal, [finding]);
            }
            judgement = { locale, findings, byGoal, suppressed, suppressions };
            this.cache.set(root, judgement);
        }
        return judgement;
    }

    /** Organisation goal names → the documents that declare them, over the whole workspace index. */
    private orgGoalDocuments(): Map<string, Set<string>> {
        return this.orgGoalCounts.get('OrgGoal', () => {
            const map = new Map<string, Set<string>>();
            for (const description of this.services.shared.workspace.IndexManager.allElements('OrgGoal')) {
                const set = map.get(description.name) ?? new Set<string>();
                set.add(description.documentUri.toString());
                map.set(description.name, set);
            }
            return map;
        });
    }
}
