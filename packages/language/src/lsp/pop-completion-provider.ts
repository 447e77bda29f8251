import { AstUtils, GrammarAST, stream, type AstNodeDescription, type LangiumDocument, type ReferenceInfo, type Stream } from 'langium';
import { DefaultCompletionProvider, type CompletionAcceptor, type CompletionContext, type CompletionValueItem, type NextFeature } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import { isAction, isGoal, isOrgGoal, isPlan, type Goal } from '../generated/ast.js';
import { catalogue, type Catalogue } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import { keywordLanguage, type Locale } from '../keywords.js';
import { declaredLocale, goalHorizon, goalKind, keywordMajority, periodOf } from '../model/plan.js';
import { addMonths, endOfQuarter, formatDate, parseDate, todayDay } from '../model/values.js';
import type { PopServices } from '../pop-module.js';
import type { PopSettingsService } from '../settings.js';
import { keywordInfo } from './keyword-info.js';

/**
 * Completion in the plan's own language: of each keyword pair only the spelling of that language is offered.
 * Adds dates at date positions, and shows titles and deadlines next to goal names.
 */
export class PopCompletionProvider extends DefaultCompletionProvider {
    private readonly settings: PopSettingsService;
    private readonly keywordLocales = new WeakMap<LangiumDocument, { version: number; locale: Locale }>();

    constructor(services: PopServices) {
        super(services);
        this.settings = services.pop.Settings;
    }

    /** The language keywords are written in: the plan's own, else the user's locale setting, else English. */
    keywordLocale(document: LangiumDocument): Locale {
        const version = document.textDocument.version;
        const cached = this.keywordLocales.get(document);
        if (cached && cached.version === version) return cached.locale;
        const root = document.parseResult.value as Parameters<typeof declaredLocale>[0];
        const setting = this.settings.current.locale;
        const locale = declaredLocale(root) ?? keywordMajority(document.textDocument.getText()) ?? (setting === 'auto' ? 'en' : setting);
        this.keywordLocales.set(document, { version, locale });
        return locale;
    }

    protected override filterKeyword(context: CompletionContext, keyword: GrammarAST.Keyword): boolean {
        if (!super.filterKeyword(context, keyword)) return false;
        // Units accept a few keywords ("16 uren") so that they parse; offering them after every number would
        // suggest 'goal' or 'coaching' as the next field.
        // Names may be spelt like any keyword ('doel training'); offering every keyword where a name goes would be noise.
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        if (rule === 'Unit' || rule === 'KeywordName') return false;
        const value = keyword.value;
        // SMART, MAGIE, ER and HR are also accepted in capitals; offering both spellings is noise.
        if (value !== value.toLowerCase() && keywordLanguage(value.toLowerCase()) !== undefined) return false;
        const language = keywordLanguage(value);
        return language === undefined || language === 'both' || language === this.keywordLocale(context.document);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): void {
        if (!this.filterKeyword(context, keyword)) return;
        const texts = this.texts(context.document);
        const info = keywordInfo(keyword);
        const isActionType = info?.kind === 'value' && info.set === 'actionType';
        const documentation = info?.kind === 'field' ? texts.fields[info.field] : info ? (info.set === 'kind' ? texts.fields.kind : texts.values[info.set]) : undefined;
        acceptor(context, {
            label: keyword.value,
            kind: info?.kind === 'value' ? CompletionItemKind.EnumMember : CompletionItemKind.Keyword,
            detail: isActionType ? texts.completion.actionType : texts.completion.keyword,
            documentation,
            sortText: isActionType ? '0' : '1',
        });
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor) {
        if (GrammarAST.isRuleCall(next.feature) && next.feature.rule.ref?.name === 'DATE') {
            return this.completionForDate(context, next, acceptor);
        }
        return super.completionFor(context, next, acceptor);
    }

    private completionForDate(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): void {
        const texts = this.texts(context.document).completion;
        const property = AstUtils.getContainerOfType(next.feature, GrammarAST.isAssignment)?.feature;
        const node = context.node;
        const plan = node && AstUtils.getContainerOfType(node, isPlan);
        const period = periodOf(plan);
        const today = todayDay(this.settings.current.today);
        const candidates: Array<[number | undefined, string]> = [];
        const owner = node && (AstUtils.getContainerOfType(node, isAction) ?? AstUtils.getContainerOfType(node, isGoal));
        if (property === 'end' && owner) {
            const start = parseDate(owner.start) ?? (isAction(owner) ? parseDate(owner.$container.start) : undefined);
            if (start !== undefined) candidates.push([addMonths(start, 3), texts.threeMonthsAfterStart]);
        }
        candidates.push([today, texts.today], [endOfQuarter(today), texts.endOfQuarter]);
        candidates.push([period.start, texts.planStart], [period.end, texts.planEnd]);
        const seen = new Set<string>();
        candidates.forEach(([day, detail], index) => {
            if (day === undefined) return;
            const label = formatDate(day);
            if (seen.has(label)) return;
            seen.add(label);
            acceptor(context, { label, detail, kind: CompletionItemKind.Value, sortText: `0${index}` });
        });
    }

    protected override getReferenceCandidates(refInfo: ReferenceInfo, context: CompletionContext): Stream<AstNodeDescription> {
        const candidates = super.getReferenceCandidates(refInfo, context);
        if (refInfo.property !== 'derivedFrom') return candidates;
        // A goal derives from a long-term or ER goal, never from itself: offering others would invite a warning.
        const self = AstUtils.getContainerOfType(refInfo.container, isGoal);
        return stream(candidates).filter(d => {
            const goal = d.node as Goal | undefined;
            return !goal || (goal !== self && (goalHorizon(goal) === 'long' || goalKind(goal) === 'er'));
        });
    }

    protected override createReferenceCompletionItem(description: AstNodeDescription, refInfo: ReferenceInfo, context: CompletionContext): CompletionValueItem {
        const item = super.createReferenceCompletionItem(description, refInfo, context);
        const texts = this.texts(context.document).completion;
        const node = description.node;
        const title = isOrgGoal(node) || isGoal(node) ? node.title : undefined;
        const deadline = isOrgGoal(node) ? node.deadline : isGoal(node) ? node.end : undefined;
        return {
            ...item,
            detail: isOrgGoal(node) || description.type === 'OrgGoal' ? texts.orgGoal : texts.goal,
            documentation: title ? (deadline ? `${title} (${deadline})` : title) : undefined,
        };
    }

    private texts(document: LangiumDocument): Catalogue['editor'] {
        return catalogue(localeOf(document, this.settings.current)).editor;
    }
}
