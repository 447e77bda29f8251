/**
 * What a keyword in the text stands for: a field (with its criterion, when it belongs to one) or a value of an enumeration.
 * Hover and completion read the grammar element a token came from, so 'by' in an organisation goal and 'by' after
 * 'acceptable' get different explanations.
 */
import { AstUtils, GrammarAST } from 'langium';
import { FIELD_KEYWORDS, type FieldKeyword, type GoalKindValue, type ValueSet } from '../keywords.js';

const spellingToFields = new Map<string, FieldKeyword[]>();
for (const [id, spellings] of Object.entries(FIELD_KEYWORDS) as Array<[FieldKeyword, { en: string; nl: string }]>) {
    for (const spelling of new Set([spellings.en, spellings.nl])) {
        spellingToFields.set(spelling, [...(spellingToFields.get(spelling) ?? []), id]);
    }
}

/** Grammar rules whose keywords are values rather than fields. */
const VALUE_RULES: Readonly<Record<string, ValueSet>> = {
    PartyRole: 'party', ActionType: 'actionType', Status: 'status', Horizon: 'horizon',
    Scope: 'scope', Reason: 'reason', Locale: 'locale', GoalKind: 'kind',
};

/** Words that mean one field in one rule and another elsewhere: 'by' ends an organisation goal but follows 'acceptable' in a goal. */
const IN_GOAL: Partial<Record<FieldKeyword, FieldKeyword>> = { by: 'acceptableBy', to: 'communicatedTo' };

export type KeywordInfo =
    | { kind: 'field'; field: FieldKeyword; rule: string }
    | { kind: 'value'; set: ValueSet; value: string };

export function keywordInfo(keyword: GrammarAST.Keyword): KeywordInfo | undefined {
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
    // A keyword of the names' rule is a name spelt like a keyword ('doel training'), not a field or a value.
    if (!rule || rule.name === 'KeywordName') return undefined;
    const valueSet = VALUE_RULES[rule.name];
    if (valueSet) return { kind: 'value', set: valueSet, value: keyword.value };
    const candidates = spellingToFields.get(keyword.value);
    if (!candidates) return undefined;
    let field = candidates[0];
    if (rule.name === 'Goal' && IN_GOAL[field]) field = IN_GOAL[field]!;
    return { kind: 'field', field, rule: rule.name };
}

/** The criterion a goal field serves, for the goal's kind; undefined for fields that serve none. */
/** The criteria a goal field can serve: those with an explanation of how to satisfy them. */
export type GoalCriterion =
    | 'specific' | 'measurable' | 'acceptable' | 'realistic' | 'time-bound'
    | 'magie-measurable' | 'magie-acceptable' | 'magie-communicated' | 'magie-inspiring' | 'magie-engaging' | 'er';

export function criterionOfField(field: FieldKeyword, goalKind: GoalKindValue): GoalCriterion | undefined {
    const magie = goalKind === 'magie';
    switch (field) {
        case 'specific': return 'specific';
        case 'measurable': return magie ? 'magie-measurable' : 'measurable';
        case 'method': case 'baseline': return 'measurable';
        case 'acceptable': case 'acceptableBy': return magie ? 'magie-acceptable' : 'acceptable';
        case 'realistic': case 'knowhow': case 'capacity': case 'means': case 'authority': return 'realistic';
        case 'start': case 'end': return 'time-bound';
        case 'communicated': case 'communicatedTo': return 'magie-communicated';
        case 'inspiring': return 'magie-inspiring';
        case 'engaging': return 'magie-engaging';
        case 'kind': case 'derivedFrom': return 'er';
        default: return undefined;
    }
}
