import type { LangiumDocument } from 'langium';
import { WorkspaceCache } from 'langium';
import type { Document, Goal } from '../generated/ast.js';
import { localeOf } from '../i18n/locale.js';
import type { Locale } from '../keywords.js';
import { todayDay } from '../model/values.js';
import type { PopServices } from '../pop-module.js';
import type { PopSettingsService } from '../settings.js';
import { checkDocument } from './check-document.js';
import type { CheckContext, Finding } from './finding.js';
import { effectiveSeverity, type SeveritySetting } from './rules.js';

export interface Judgement {
    readonly locale: Locale;
    /** Findings whose effective severity is not 'off', each with that severity. */
    readonly findings: ReadonlyArray<Finding & { severity: Exclude<SeveritySetting, 'off'> }>;
    /** The same findings, grouped by the goal they count against. */
    readonly byGoal: ReadonlyMap<Goal, ReadonlyArray<Finding & { severity: Exclude<SeveritySetting, 'off'> }>>;
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
            const findings: Array<Finding & { severity: Exclude<SeveritySetting, 'off'> }> = [];
            const byGoal = new Map<Goal, typeof findings>();
            for (const finding of checkDocument(root, ctx)) {
                const severity = effectiveSeverity(finding.code, settings.severity);
                if (severity === 'off') continue;
                const kept = { ...finding, severity };
                findings.push(kept);
                if (finding.goal) {
                    const list = byGoal.get(finding.goal);
                    if (list) list.push(kept); else byGoal.set(finding.goal, [kept]);
                }
            }
            judgement = { locale, findings, byGoal };
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
