import { AstUtils, CstUtils, GrammarUtils, UriUtils, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { HoverProvider } from 'langium/lsp';
import type { Hover, HoverParams } from 'vscode-languageserver';
import { isGoal, isOrgGoal, type Goal, type OrgGoal } from '../generated/ast.js';
import { catalogue, format, type Catalogue } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import { FIELD_KEYWORDS, LOCALES, type FieldKeyword, type Locale } from '../keywords.js';
import { goalKind } from '../model/plan.js';
import type { PopServices } from '../pop-module.js';
import { keywordOf } from '../cst-nodes.js';
import { scorecard } from '../validation/scorecard.js';
import { todayDay } from '../model/values.js';
import { readGoal } from '../statement/goal.js';
import { describeReading } from './statement-hover.js';
import { suppressionHover } from './suppression-hover.js';
import { criterionOfField, keywordInfo, type GoalCriterion, type KeywordInfo } from './keyword-info.js';

type Texts = Catalogue['editor']['hover'];

/**
 * Hover explains what is under the cursor, in the document's locale: a keyword's field (and the SMART/MAGIE
 * criterion it serves, how to meet it, an example), a goal's scorecard, or the goal a reference points to.
 */
export class PopHoverProvider implements HoverProvider {
    constructor(private readonly services: PopServices) {}

    getHoverContent(document: LangiumDocument, params: HoverParams): Hover | undefined {
        const root = document.parseResult.value.$cstNode;
        if (!root) return undefined;
        const offset = document.textDocument.offsetAt(params.position);
        const locale = localeOf(document, this.services.pop.Settings.current);
        const suppression = suppressionHover(document, offset, this.services.pop.Analysis.judge(document), locale);
        if (suppression) return suppression;
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
        if (!leaf || leaf.hidden) return undefined;
        const value = this.contentFor(document, leaf, locale);
        return value ? { contents: { kind: 'markdown', value }, range: leaf.range } : undefined;
    }

    private contentFor(document: LangiumDocument, leaf: CstNode, locale: Locale): string | undefined {
        const statementOf = AstUtils.getContainerOfType(leaf.astNode, isGoal);
        if (statementOf && isPropertyOf(statementOf, 'specific', leaf)) return this.statementContent(statementOf, locale);
        const keyword = keywordOf(leaf);
        if (keyword) {
            const info = keywordInfo(keyword);
            return info ? this.keywordContent(leaf, info, locale) : undefined;
        }
        const declaration = this.services.references.References.findDeclarations(leaf)[0];
        if (!declaration) return undefined;
        const isOwnName = declaration === leaf.astNode && isNameOf(declaration, leaf);
        if (isGoal(declaration)) return isOwnName ? this.scorecardContent(document, declaration, locale) : this.goalContent(declaration, locale);
        if (isOrgGoal(declaration)) return this.orgGoalContent(declaration, locale);
        return undefined;
    }

    private keywordContent(leaf: CstNode, info: KeywordInfo, locale: Locale): string {
        const texts = catalogue(locale);
        if (info.kind === 'value') {
            if (info.set === 'kind') return this.kindValueContent(info.value, locale);
            return format(texts.editor.hover.keyword, { keyword: info.value, description: texts.editor.values[info.set] });
        }
        const parts = [format(texts.editor.hover.keyword, { keyword: leaf.text, description: texts.editor.fields[info.field] })];
        const other = otherSpelling(info.field, leaf.text, locale, texts.editor.hover);
        if (other) parts.push(other);
        const goal = AstUtils.getContainerOfType(leaf.astNode, isGoal);
        const criterion = info.rule === 'Goal' && goal ? criterionOfField(info.field, goalKind(goal)) : undefined;
        if (criterion) parts.push(...criterionParts(criterion, locale));
        return parts.join('\n\n');
    }

    private kindValueContent(value: string, locale: Locale): string {
        const texts = catalogue(locale);
        const lower = value.toLowerCase();
        if (lower === 'er') return criterionParts('er', locale).join('\n\n');
        const criteria: readonly GoalCriterion[] = lower === 'magie'
            ? ['magie-measurable', 'magie-acceptable', 'magie-communicated', 'magie-inspiring', 'magie-engaging']
            : ['specific', 'measurable', 'acceptable', 'realistic', 'time-bound'];
        const heading = format(texts.editor.hover.keyword, { keyword: value, description: texts.editor.fields.kind });
        return [heading, ...criteria.map(c => `- **${texts.criteria[c].letter}** — ${texts.criteria[c].name}: ${texts.criteria[c].explanation}`)].join('\n\n');
    }

    private scorecardContent(document: LangiumDocument, goal: Goal, locale: Locale): string {
        const texts = catalogue(locale).editor.hover;
        const score = scorecard(goal, this.services.pop.Analysis.judge(document), locale);
        const parts = [format(texts.scorecard, { goal: goal.name, title: goal.title })];
        if (score.kind === 'er') {
            parts.push(texts.erGoal);
            return parts.join('\n\n');
        }
        parts.push(format(texts.score, { kind: score.kind.toUpperCase(), met: score.met, total: score.total }));
        parts.push(score.criteria.map(c => {
            const status = `${c.met ? '✓' : '✗'} **${c.letter}** ${c.name} — ${c.met ? texts.met : texts.notMet}`;
            return [`- ${status}`, ...c.problems.map(p => `  - ${p}`)].join('\n');
        }).join('\n'));
        if (score.complete) parts.push(texts.complete);
        return parts.join('\n\n');
    }

    /** What the reader read in a goal's statement, so that a user sees why the verdict is what it is. */
    private statementContent(goal: Goal, locale: Locale): string | undefined {
        const read = readGoal(goal, todayDay(this.services.pop.Settings.current.today));
        return read ? describeReading(read, locale) : undefined;
    }

    private goalContent(goal: Goal, locale: Locale): string {
        const texts = catalogue(locale).editor.hover;
        const parts = [format(texts.goal, { name: goal.name, title: goal.title })];
        parts.push(format(texts.kindValue, { kind: goalKind(goal).toUpperCase() }));
        parts.push(goal.end ? format(texts.deadline, { date: goal.end }) : texts.noDeadline);
        parts.push(...declaredIn(goal, texts));
        return parts.join('\n\n');
    }

    private orgGoalContent(orgGoal: OrgGoal, locale: Locale): string {
        const texts = catalogue(locale).editor.hover;
        return [
            format(texts.orgGoal, { name: orgGoal.name, title: orgGoal.title }),
            orgGoal.deadline ? format(texts.deadline, { date: orgGoal.deadline }) : texts.noDeadline,
            ...declaredIn(orgGoal, texts),
        ].join('\n\n');
    }
}

function isPropertyOf(node: AstNode, property: string, leaf: CstNode): boolean {
    const value = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, property);
    return !!value && leaf.offset >= value.offset && leaf.end <= value.end;
}

function isNameOf(node: AstNode, leaf: CstNode): boolean {
    const name = node.$cstNode && GrammarUtils.findNodeForProperty(node.$cstNode, 'name');
    return !!name && leaf.offset >= name.offset && leaf.end <= name.end;
}

/** The file a node was declared in; unknown for a node whose document has since been closed or rebuilt. */
function fileOf(node: AstNode): string | undefined {
    const document = AstUtils.findRootNode(node).$document;
    return document ? UriUtils.basename(document.uri) : undefined;
}

function declaredIn(node: AstNode, texts: Texts): string[] {
    const file = fileOf(node);
    return file ? [format(texts.declaredIn, { file })] : [];
}

function otherSpelling(field: FieldKeyword, written: string, locale: Locale, texts: Texts): string | undefined {
    const spellings = FIELD_KEYWORDS[field];
    const otherLocale = LOCALES.find(l => spellings[l] !== written);
    if (!otherLocale || spellings[otherLocale] === written) return undefined;
    return format(texts.otherSpelling, { language: texts.languages[otherLocale], other: spellings[otherLocale] });
}

function criterionParts(criterion: GoalCriterion, locale: Locale): string[] {
    const texts = catalogue(locale);
    const c = texts.criteria[criterion];
    const heading = c.letter && criterion !== 'er'
        ? format(texts.editor.hover.criterion, { letter: c.letter, name: c.name, explanation: c.explanation })
        : format(texts.editor.hover.kindHeading, { name: c.name, explanation: c.explanation });
    return [
        heading,
        format(texts.editor.hover.howTo, { how: texts.editor.satisfy[criterion] }),
        `${texts.editor.hover.example}\n\n\`\`\`pop\n${c.example}\n\`\`\``,
    ];
}
