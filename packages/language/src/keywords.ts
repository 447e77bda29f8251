/**
 * The bilingual keyword table. The grammar accepts either spelling; everything that writes
 * keywords (quick fixes, completion, snippets, the formatter) or explains them (hover) reads them here.
 */
export type Locale = 'en' | 'nl';
export const LOCALES: readonly Locale[] = ['en', 'nl'];

/** Field keywords: canonical id → spelling per locale. */
export const FIELD_KEYWORDS = {
    organisation: { en: 'organisation', nl: 'organisatie' },
    orgGoal: { en: 'organisation-goal', nl: 'organisatiedoel' },
    by: { en: 'by', nl: 'uiterlijk' },
    plan: { en: 'plan', nl: 'plan' },
    employee: { en: 'employee', nl: 'medewerker' },
    role: { en: 'role', nl: 'functie' },
    manager: { en: 'manager', nl: 'leidinggevende' },
    period: { en: 'period', nl: 'periode' },
    to: { en: 'to', nl: 'tot' },
    facilities: { en: 'facilities', nl: 'faciliteiten' },
    budget: { en: 'budget', nl: 'budget' },
    hours: { en: 'hours', nl: 'uren' },
    language: { en: 'language', nl: 'taal' },
    reason: { en: 'reason', nl: 'aanleiding' },
    startingPoints: { en: 'starting-points', nl: 'uitgangspunten' },
    currentRole: { en: 'current-role', nl: 'huidige-functie' },
    futureRole: { en: 'future-role', nl: 'toekomstige-functie' },
    functioning: { en: 'functioning', nl: 'functioneren' },
    strength: { en: 'strength', nl: 'sterk-punt' },
    improvement: { en: 'improvement', nl: 'verbeterpunt' },
    careerWishes: { en: 'career-wishes', nl: 'loopbaanwensen' },
    goal: { en: 'goal', nl: 'doel' },
    kind: { en: 'kind', nl: 'soort' },
    horizon: { en: 'horizon', nl: 'termijn' },
    scope: { en: 'scope', nl: 'bereik' },
    status: { en: 'status', nl: 'status' },
    specific: { en: 'specific', nl: 'specifiek' },
    measurable: { en: 'measurable', nl: 'meetbaar' },
    baseline: { en: 'baseline', nl: 'nulmeting' },
    method: { en: 'method', nl: 'methode' },
    acceptable: { en: 'acceptable', nl: 'acceptabel' },
    acceptableBy: { en: 'by', nl: 'door' },
    realistic: { en: 'realistic', nl: 'realistisch' },
    knowhow: { en: 'knowhow', nl: 'kennis' },
    capacity: { en: 'capacity', nl: 'capaciteit' },
    means: { en: 'means', nl: 'middelen' },
    authority: { en: 'authority', nl: 'bevoegdheden' },
    start: { en: 'start', nl: 'start' },
    end: { en: 'end', nl: 'eind' },
    supports: { en: 'supports', nl: 'draagt-bij-aan' },
    derivedFrom: { en: 'derived-from', nl: 'afgeleid-van' },
    communicated: { en: 'communicated', nl: 'gecommuniceerd' },
    communicatedTo: { en: 'to', nl: 'aan' },
    inspiring: { en: 'inspiring', nl: 'inspirerend' },
    engaging: { en: 'engaging', nl: 'engagerend' },
    action: { en: 'action', nl: 'actie' },
    provider: { en: 'provider', nl: 'aanbieder' },
    cost: { en: 'cost', nl: 'kosten' },
    review: { en: 'review', nl: 'voortgang' },
    measured: { en: 'measured', nl: 'gemeten' },
    note: { en: 'note', nl: 'notitie' },
    signOff: { en: 'sign-off', nl: 'ondertekening' },
    on: { en: 'on', nl: 'op' },
} as const satisfies Record<string, Record<Locale, string>>;

export type FieldKeyword = keyof typeof FIELD_KEYWORDS;

/**
 * Words people write for a field before they know its keyword ("term" for horizon, "deadline" for end): a word that
 * is no keyword gets the field's keyword as a suggestion, where that keyword fits (keyword-corrections.ts).
 */
export const FIELD_SYNONYMS: Readonly<Record<string, FieldKeyword>> = {
    term: 'horizon', 'time-frame': 'horizon', timeframe: 'horizon',
    deadline: 'end', due: 'end', 'end-date': 'end', until: 'end', einddatum: 'end', 'eind-datum': 'end',
    begin: 'start', 'start-date': 'start', startdatum: 'start', 'start-datum': 'start',
    type: 'kind', category: 'kind', categorie: 'kind',
    accepted: 'acceptable', agreed: 'acceptable',
    geaccepteerd: 'acceptable', akkoord: 'acceptable',
    target: 'measurable', metric: 'measurable', measure: 'measurable', kpi: 'measurable', streefwaarde: 'measurable', norm: 'measurable',
    description: 'specific', beschrijving: 'specific', omschrijving: 'specific',
    feasible: 'realistic', haalbaar: 'realistic',
    knowledge: 'knowhow', skills: 'knowhow', resources: 'means', budgetten: 'means',
    activity: 'action', activiteit: 'action',
    costs: 'cost', price: 'cost', prijs: 'cost',
    supplier: 'provider', trainer: 'provider', leverancier: 'provider', opleider: 'provider',
    progress: 'review', 'check-in': 'review', evaluatie: 'review',
    comment: 'note', notes: 'note', opmerking: 'note',
    supervisor: 'manager', 'line-manager': 'manager', boss: 'manager', begeleider: 'manager',
    job: 'role', position: 'role', functietitel: 'role',
};

export function kw(id: FieldKeyword, locale: Locale): string {
    return FIELD_KEYWORDS[id][locale];
}

/** Value keywords: each enumeration's canonical values with their spellings. */
export const VALUE_KEYWORDS = {
    locale: { en: { en: 'en', nl: 'en' }, nl: { en: 'nl', nl: 'nl' } },
    kind: { smart: { en: 'smart', nl: 'smart' }, magie: { en: 'magie', nl: 'magie' }, er: { en: 'er', nl: 'er' } },
    horizon: { long: { en: 'long', nl: 'lang' }, short: { en: 'short', nl: 'kort' } },
    scope: { personal: { en: 'personal', nl: 'persoonlijk' }, team: { en: 'team', nl: 'team' } },
    status: {
        todo: { en: 'todo', nl: 'open' },
        doing: { en: 'doing', nl: 'bezig' },
        done: { en: 'done', nl: 'afgerond' },
        cancelled: { en: 'cancelled', nl: 'geannuleerd' },
    },
    party: {
        self: { en: 'self', nl: 'zelf' },
        employee: { en: 'employee', nl: 'medewerker' },
        manager: { en: 'manager', nl: 'leidinggevende' },
        team: { en: 'team', nl: 'team' },
        hr: { en: 'hr', nl: 'hr' },
        coach: { en: 'coach', nl: 'coach' },
    },
    reason: {
        development: { en: 'development', nl: 'ontwikkeling' },
        somethingElse: { en: 'something-else', nl: 'iets-anders' },
        jobFit: { en: 'job-fit', nl: 'functie-past-niet' },
        health: { en: 'health', nl: 'gezondheid' },
    },
    actionType: {
        course: { en: 'course', nl: 'cursus' },
        training: { en: 'training', nl: 'training' },
        education: { en: 'education', nl: 'opleiding' },
        internship: { en: 'internship', nl: 'stage' },
        secondment: { en: 'secondment', nl: 'detachering' },
        shadowing: { en: 'shadowing', nl: 'meelopen' },
        guidance: { en: 'guidance', nl: 'begeleiding' },
        supervision: { en: 'supervision', nl: 'supervisie' },
        coaching: { en: 'coaching', nl: 'coaching' },
        other: { en: 'other', nl: 'overig' },
    },
} as const;

export type ValueSet = keyof typeof VALUE_KEYWORDS;
export type GoalKindValue = keyof typeof VALUE_KEYWORDS.kind;
export type HorizonValue = keyof typeof VALUE_KEYWORDS.horizon;
export type ScopeValue = keyof typeof VALUE_KEYWORDS.scope;
export type StatusValue = keyof typeof VALUE_KEYWORDS.status;
export type PartyValue = keyof typeof VALUE_KEYWORDS.party;
export type ReasonValue = keyof typeof VALUE_KEYWORDS.reason;
export type ActionTypeValue = keyof typeof VALUE_KEYWORDS.actionType;

const canonicalIndex = new Map<ValueSet, Map<string, string>>();
for (const [set, values] of Object.entries(VALUE_KEYWORDS) as Array<[ValueSet, Record<string, Record<Locale, string>>]>) {
    const index = new Map<string, string>();
    for (const [canonical, spellings] of Object.entries(values)) {
        for (const spelling of Object.values(spellings)) index.set(spelling.toLowerCase(), canonical);
    }
    canonicalIndex.set(set, index);
}

/** Maps a value as written (either language, any case) to its canonical value. */
export function canonical<S extends ValueSet>(set: S, written: string | undefined): keyof (typeof VALUE_KEYWORDS)[S] | undefined {
    if (written === undefined) return undefined;
    return canonicalIndex.get(set)!.get(written.toLowerCase()) as keyof (typeof VALUE_KEYWORDS)[S] | undefined;
}

export function valueKeyword<S extends ValueSet>(set: S, value: keyof (typeof VALUE_KEYWORDS)[S], locale: Locale): string {
    return (VALUE_KEYWORDS[set] as Record<string, Record<Locale, string>>)[value as string][locale];
}

const keywordLocale = new Map<string, Locale | 'both'>();
function noteSpelling(en: string, nl: string): void {
    for (const [word, locale] of [[en, 'en'], [nl, 'nl']] as const) {
        const known = keywordLocale.get(word);
        keywordLocale.set(word, en === nl || (known && known !== locale) ? 'both' : locale);
    }
}
for (const { en, nl } of Object.values(FIELD_KEYWORDS)) noteSpelling(en, nl);
for (const values of Object.values(VALUE_KEYWORDS)) {
    for (const { en, nl } of Object.values(values as Record<string, Record<Locale, string>>)) noteSpelling(en, nl);
}

/** Which language a keyword belongs to: 'en', 'nl', 'both' (the same word in both), or undefined if it is none of ours. */
export function keywordLanguage(word: string): Locale | 'both' | undefined {
    return keywordLocale.get(word) ?? keywordLocale.get(word.toLowerCase());
}

/** Every keyword spelling the table knows. */
export function allKeywordSpellings(): string[] {
    return [...keywordLocale.keys()];
}
