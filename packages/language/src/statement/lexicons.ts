/**
 * Both statement lexicons merged into lookup structures, built once: word sets, maps and token phrase sets.
 * A statement is read with both at once; `language` says which one a word came from where that matters.
 */
import { EN } from './lexicon-en.js';
import { NL } from './lexicon-nl.js';
import { PhraseSet, type HedgeKind, type PeriodUnit, type StatementLexicon } from './lexicon.js';
import { plain } from './tokens.js';

export type Language = 'nl' | 'en';

/** Entries are written in lower case; only those with accents need folding. */
const fold = (entry: string) => (/[^\x00-\x7f]/.test(entry) ? plain(entry) : entry);
const both = (pick: (l: StatementLexicon) => readonly string[]): string[] => [...pick(NL), ...pick(EN)].map(fold);

/** Stems that end in -t themselves: "ik start", "ik sluit", "ik richt in" are the third person too. */
const STEM_ENDS_IN_T = /(start|sluit|zit|richt|kort|groot|zet|wacht|laat|meet)$/;
/** Participles ("opgezet", "ingericht", "bijgewerkt") have no first person. */
const PARTICIPLE = /^(op|in|af|bij|aan|uit|door|mee|over|terug|vast|weg|voor)?ge/;

/** The particles a Dutch verb splits off in its infinitive with "te": "afronden" → "af te ronden". */
const SEPARABLE_PARTICLE = /^(terug|samen|door|over|voor|neer|mee|los|toe|aan|uit|bij|weg|vast|af|op|in|na)(\w{4,}en)$/;

/**
 * Dutch verbs in the forms statements write them: the first person as well ("Ik rond ... af", "Ik installeer").
 * The lists hold the third person ("rondt", "installeert"); the first person drops its -t, unless the stem ends in one.
 * A separable infinitive is also read split by "te", as goals write it: "om mijn scriptie af te ronden".
 */
function withDutchVerbForms(pick: (l: StatementLexicon) => readonly string[]): string[] {
    const dutch = pick(NL).map(fold);
    const extra: string[] = [];
    for (const entry of dutch) {
        const [verb, ...rest] = entry.split(' ');
        const dropsT = verb.length >= 5 && verb.endsWith('t') && !verb.endsWith('tt') && !PARTICIPLE.test(verb) && !STEM_ENDS_IN_T.test(verb);
        if (dropsT) extra.push([verb.slice(0, -1), ...rest].join(' '));
        const separable = rest.length === 0 ? SEPARABLE_PARTICLE.exec(verb) : null;
        if (separable) extra.push(`${separable[1]} te ${separable[2]}`);
    }
    return [...dutch, ...extra, ...pick(EN).map(fold)];
}
const verbPhrases = (pick: (l: StatementLexicon) => readonly string[]) => new PhraseSet(withDutchVerbForms(pick));
const set = (pick: (l: StatementLexicon) => readonly string[]) => new Set(both(pick));
const phrases = (pick: (l: StatementLexicon) => readonly string[]) => new PhraseSet(both(pick));

function mapOf<T>(pick: (l: StatementLexicon) => Readonly<Record<string, T>>): Map<string, T> {
    return new Map([...Object.entries(pick(NL)), ...Object.entries(pick(EN))].map(([k, v]) => [plain(k), v]));
}

export class Lexicons {
    readonly functionWords = set(l => l.functionWords);
    readonly determiners = set(l => l.determiners);
    readonly determinerPhrases = phrases(l => l.determiners);
    readonly scopePrepositions = phrases(l => l.scopePrepositions);
    readonly months = mapOf(l => l.months);
    readonly ambiguousMonths = new Set(EN.ambiguousMonths.map(plain));
    readonly weekdays = set(l => l.weekdays);
    readonly periods: Map<string, PeriodUnit> = mapOf(l => l.periods);
    readonly periodSet = new PhraseSet([...this.periods.keys()]);
    readonly frequencyAdverbs = mapOf(l => l.frequencyAdverbs);
    readonly everyWords = set(l => l.everyWords);
    readonly perWords = phrases(l => l.perWords);
    readonly timesWords = set(l => l.timesWords);
    readonly measureUnits = phrases(l => l.measureUnits);
    readonly measureWords = set(l => l.measureUnits);
    readonly currencies = set(l => l.currencies);
    readonly percentWords = phrases(l => l.percentWords);
    readonly minimum = phrases(l => l.minimum);
    readonly maximum = phrases(l => l.maximum);
    readonly minimumAfter = phrases(l => l.minimumAfter);
    readonly maximumAfter = phrases(l => l.maximumAfter);
    readonly rangeFrom = set(l => l.rangeFrom);
    readonly rangeTo = phrases(l => l.rangeTo);
    readonly towards = phrases(l => l.towards);
    readonly byAmount = set(l => l.byAmount);
    readonly actionNouns = set(l => l.actionNouns);
    readonly baselineMarkers = phrases(l => l.baselineMarkers);
    readonly labelNouns = set(l => l.labelNouns);
    readonly levelNouns = set(l => l.levelNouns);
    readonly gradeNouns = set(l => l.gradeNouns);
    readonly gradeVerbs = set(l => l.gradeVerbs);
    readonly passingGrade = phrases(l => l.passingGrade);
    readonly deadlineMarkers = phrases(l => l.deadlineMarkers);
    readonly startMarkers = phrases(l => l.startMarkers);
    readonly pastMarkers = phrases(l => l.pastMarkers);
    readonly withinMarkers = phrases(l => l.withinMarkers);
    readonly spanMarkers = phrases(l => l.spanMarkers);
    readonly periodEndSet = phrases(l => l.periodEnd);
    readonly periodStartSet = phrases(l => l.periodStart);
    readonly periodMiddleSet = phrases(l => l.periodMiddle);
    readonly thisPeriod = phrases(l => l.thisPeriod);
    readonly nextPeriod = phrases(l => l.nextPeriod);
    readonly quarterWords = set(l => l.quarterWords);
    readonly weekWords = set(l => l.weekWords);
    readonly yearWords = set(l => l.yearWords);
    readonly seasons = mapOf(l => l.seasons);
    readonly seasonSet = new PhraseSet([...this.seasons.keys()]);
    readonly dateRangeFrom = new PhraseSet(['van', 'from', 'tussen', 'between']);
    readonly dateRangeTo = new PhraseSet(['tot', 'tot en met', 't/m', 'to', 'until', 'till', 'through', 'and', 'en', '-', 'tot uiterlijk']);
    readonly directionVerbs = verbPhrases(l => l.directionVerbs);
    readonly irregularComparatives = set(l => l.irregularComparatives);
    readonly dutchAdjectives = new Set(NL.adjectives.map(plain));
    readonly englishAdjectives = new Set(EN.adjectives.map(plain));
    readonly dutchAdjectiveSuffixes = NL.adjectiveSuffixes.map(plain);
    readonly notComparatives = set(l => l.notComparatives);
    readonly hedges: ReadonlyArray<{ kind: HedgeKind; phrases: PhraseSet }> = (['commitment', 'time', 'amount', 'focus', 'quality', 'feeling'] as const)
        .map(kind => ({ kind, phrases: phrases(l => l.hedges[kind]) }));
    readonly finishVerbs = verbPhrases(l => l.finishVerbs);
    readonly finishNouns = phrases(l => l.finishNouns);
    readonly completionVerbs = verbPhrases(l => l.completionVerbs);
    readonly participationVerbs = verbPhrases(l => l.participationVerbs);
    readonly companionMarkers = phrases(l => l.companionMarkers);
    readonly companionNouns = set(l => l.companionNouns);
    readonly nonCalendarPeriods = set(l => l.nonCalendarPeriods);
    readonly productionVerbs = verbPhrases(l => l.productionVerbs);
    readonly separableFinish: ReadonlyMap<string, readonly string[]> = (() => {
        const map = new Map<string, string[]>();
        for (const pair of withDutchVerbForms(l => l.separableFinish)) {
            const [verb, particle] = pair.split(' ');
            map.set(verb, [...(map.get(verb) ?? []), particle]);
        }
        return map;
    })();
    readonly auxiliaries = set(l => l.auxiliaries);
    readonly resultForms = phrases(l => l.resultForms);
    readonly resultNouns = phrases(l => l.resultNouns);
    readonly resultNounWords = set(l => l.resultNouns);
    readonly roleNouns = phrases(l => l.roleNouns);
    readonly roleNounWords = set(l => l.roleNouns);
    readonly roleVerbs = phrases(l => l.roleVerbs);
    readonly zeroWords = phrases(l => l.zeroWords);
    readonly notZero = phrases(l => l.notZero);
    readonly criterionWords = phrases(l => l.criterionWords);
    /** Per language: Dutch "want" (because) opens a purpose clause, English "want" (to wish) does not. */
    readonly purposeMarkers: Readonly<Record<Language, PhraseSet>> = {
        nl: new PhraseSet(NL.purposeMarkers.map(fold)),
        en: new PhraseSet(EN.purposeMarkers.map(fold)),
    };
    readonly halving = phrases(l => l.halving);
    readonly fractionShares = mapOf(l => l.fractions);
    readonly fractions = new PhraseSet([...this.fractionShares.keys()]);
    readonly sharePercents = mapOf(l => l.shares);
    readonly shares = new PhraseSet([...this.sharePercents.keys()]);
    readonly doubling = phrases(l => l.doubling);
    /** Words that only one of the lexicons knows, with that language: "behaalt", "certificaat"; "achieve", "course". */
    readonly wordLanguage: ReadonlyMap<string, Language> = ownWords();
    readonly markers: Readonly<Record<Language, ReadonlySet<string>>> = {
        nl: new Set(NL.markers.map(plain)),
        en: new Set(EN.markers.map(plain)),
    };
}

function wordsOf(lexicon: StatementLexicon): Set<string> {
    const words = new Set<string>();
    const add = (entry: string) => {
        const lower = /[^\x00-\x7f]/.test(entry) ? plain(entry) : entry;
        if (lower.includes(' ')) { for (const word of lower.split(' ')) if (word.length > 1) words.add(word); }
        else if (lower.length > 1) words.add(lower);
    };
    for (const value of Object.values(lexicon)) {
        if (Array.isArray(value)) for (const entry of value) add(entry);
        else if (typeof value === 'object') {
            for (const [key, inner] of Object.entries(value as object)) {
                if (Array.isArray(inner)) for (const entry of inner) add(entry);
                else add(key);
            }
        }
    }
    return words;
}

function ownWords(): Map<string, Language> {
    const nl = wordsOf(NL);
    const en = wordsOf(EN);
    const own = new Map<string, Language>();
    for (const word of nl) if (!en.has(word)) own.set(word, 'nl');
    for (const word of en) if (!nl.has(word)) own.set(word, 'en');
    return own;
}

let shared: Lexicons | undefined;

/** The lexicons, built on first use. */
export function lexicons(): Lexicons {
    return shared ??= new Lexicons();
}
