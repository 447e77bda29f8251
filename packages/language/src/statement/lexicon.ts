/**
 * The shape both statement lexicons share (lexicon-nl.ts, lexicon-en.ts), and the phrase matcher that finds
 * their multi-word entries in a token list. The reader looks words up in both lexicons at once, so a Dutch
 * statement with an English term ("een workshop geven", "deadline") reads as well as a pure one.
 */
import { tokenize, type Token } from './tokens.js';

export type PeriodUnit = 'minute' | 'hour' | 'day' | 'workday' | 'week' | 'month' | 'quarter' | 'halfyear' | 'year';

export type HedgeKind =
    /** Leaves open whether anything is promised: proberen, try to, zo veel mogelijk, if possible. Vague in every context. */
    | 'commitment'
    /** A vague amount or frequency: enkele, veel, regelmatig, some, several, regularly. Vague when nothing else is counted. */
    | 'amount'
    /** A vague moment: zo snel mogelijk, binnenkort, soon. Vague when the statement names no result. */
    | 'time'
    /** A vague verb or focus: werken aan, focus on, aandacht besteden aan. Vague when the statement names no result. */
    | 'focus'
    /** A quality with no criterion: voldoende, sufficient, goed. Vague when the statement names no result. */
    | 'quality'
    /**
     * A state of mind as the goal: voelt zich zeker, feels confident, is comfortable. No one can check a feeling
     * later, so the statement is a wish and its numbers are scope, as with a comparative.
     */
    | 'feeling';

export interface StatementLexicon {
    /** Words that are never a unit: articles, pronouns, prepositions, conjunctions, auxiliaries, adverbs. */
    readonly functionWords: readonly string[];
    /** Articles and possessives: "de 4 planners" and "my 5 reports" name a group, not a count to reach. */
    readonly determiners: readonly string[];
    /** Prepositions after which a count in a wish is scope: "met 4 collega's", "with 4 planners". */
    readonly scopePrepositions: readonly string[];
    readonly months: Readonly<Record<string, number>>;
    /** Month names that are also common words ("may", "march"): only read as a month next to a day or with a capital. */
    readonly ambiguousMonths: readonly string[];
    readonly weekdays: readonly string[];
    readonly periods: Readonly<Record<string, PeriodUnit>>;
    /** One word that says how often: wekelijks, monthly; with how many periods between two times. */
    readonly frequencyAdverbs: Readonly<Record<string, { unit: PeriodUnit; every: number }>>;
    /** "elke", "every": before a period they make a frequency. */
    readonly everyWords: readonly string[];
    /** "per", "a": between a count and a period they make a frequency ("twice a month", "3 keer per week"). */
    readonly perWords: readonly string[];
    /** "keer", "times", "x": a count of times. */
    readonly timesWords: readonly string[];
    /** Units that measure rather than count: kilo, km, uur. A total over a span is not offered for these. */
    readonly measureUnits: readonly string[];
    readonly currencies: readonly string[];
    readonly percentWords: readonly string[];
    /** Words before a number that make it a minimum or maximum: minimaal, at least, maximaal, no more than. */
    readonly minimum: readonly string[];
    readonly maximum: readonly string[];
    /** Words after a number that make it a minimum or maximum: "of meer", "or higher", "+". */
    readonly minimumAfter: readonly string[];
    readonly maximumAfter: readonly string[];
    /** Range words: "van X naar Y", "from X to Y". */
    readonly rangeFrom: readonly string[];
    readonly rangeTo: readonly string[];
    /** A target after a direction: "naar 8", "tot 0,5 %", "to 45". */
    readonly towards: readonly string[];
    /** A change by an amount: "met 10%", "by 20%". */
    readonly byAmount: readonly string[];
    /**
     * Nouns of an action done to each of a set, before "van"/"of": "de migratie van 40 klanten" counts the customers
     * migrated, where "een lessenserie van 8 lessen" gives the size of the thing delivered.
     */
    readonly actionNouns: readonly string[];
    /** Before a number that says where things stand now: nu, momenteel, currently. */
    readonly baselineMarkers: readonly string[];
    /** Nouns after which a number is a name or a label: groep 7, versie 2, hoofdstuk 5, ISO 9001. */
    readonly labelNouns: readonly string[];
    /** Nouns after which a number is a level to reach: niveau 3, level 2. */
    readonly levelNouns: readonly string[];
    /** Words for a grade: cijfer, grade, score. */
    readonly gradeNouns: readonly string[];
    /** Verbs of obtaining a grade or level: halen, behalen, scoren, score, achieve, reach. */
    readonly gradeVerbs: readonly string[];
    /** A passing grade: voldoende, pass. */
    readonly passingGrade: readonly string[];
    /** Markers of a deadline before a date: voor, uiterlijk, by, before. */
    readonly deadlineMarkers: readonly string[];
    /** Markers of a start date: vanaf, from, starting. */
    readonly startMarkers: readonly string[];
    /** Markers of a date in the past that is neither start nor deadline: sinds, since. */
    readonly pastMarkers: readonly string[];
    /** "binnen", "within", "in": before an amount of time they make a deadline. */
    readonly withinMarkers: readonly string[];
    /** "gedurende", "for", "de eerste" (drie maanden): before an amount of time they give a span, never a target. */
    readonly spanMarkers: readonly string[];
    /** Edges of a period: eind, begin, medio; end of, start of. */
    readonly periodEnd: readonly string[];
    readonly periodStart: readonly string[];
    readonly periodMiddle: readonly string[];
    /** This, next: "dit jaar", "next quarter". */
    readonly thisPeriod: readonly string[];
    readonly nextPeriod: readonly string[];
    readonly quarterWords: readonly string[];
    readonly weekWords: readonly string[];
    readonly yearWords: readonly string[];
    /** Seasons and school holidays by month; a holiday that starts or ends within a month may give its days too. */
    readonly seasons: Readonly<Record<string, { startMonth: number; endMonth: number; startDay?: number; endDay?: number }>>;
    /** Verbs and phrases that only point in a direction: verbeteren, ontwikkelen, improve, learn, grow. */
    readonly directionVerbs: readonly string[];
    /** Comparative words that are not formed with -er: beter, meer, minder, better, more, less, worse. */
    readonly irregularComparatives: readonly string[];
    /**
     * Adjectives whose -er form is a comparative (the English list; Dutch also uses suffixes below). The Dutch list is
     * also how the reader knows an adjective before its noun ("een vast contract", "een Spaanse les").
     */
    readonly adjectives: readonly string[];
    /** Endings that make a Dutch word an adjective: -lijk, -ig, -isch, -baar, -gericht. */
    readonly adjectiveSuffixes: readonly string[];
    /** Words that end like a comparative and are none: nummer, water, computer, manager, member, order. */
    readonly notComparatives: readonly string[];
    readonly hedges: Readonly<Record<HedgeKind, readonly string[]>>;
    /** Verbs that finish whatever they take as object: afronden, opleveren, lanceren, complete, deliver, roll out. */
    readonly finishVerbs: readonly string[];
    /** The same as nouns, as forms write a goal: afronding, implementatie, completion, delivery ("of" may follow). */
    readonly finishNouns: readonly string[];
    /** Verbs that obtain a result when their object is one: behalen, slagen, volgen, obtain, pass, attend. */
    readonly completionVerbs: readonly string[];
    /** Words before the people a thing is done with, which are no part of its object: samen met, in overleg met, together with. */
    readonly companionMarkers: readonly string[];
    /** People a thing is done with, beside the roles: "met de klant", "with the team". */
    readonly companionNouns: readonly string[];
    /**
     * Verbs of taking part in a meeting: bijwonen, deelnemen aan, voorzitten, attend, join, chair. Their object's rhythm
     * ("het wekelijkse overleg", "the monthly team meetings") is a behaviour to keep up.
     */
    readonly participationVerbs: readonly string[];
    /**
     * Periods that are no calendar unit: parts of a day or of work (ochtend, dienst, shift) and a team's own cycle
     * (sprint). "Elke", "every" and "per" make them a rhythm; their length is no calendar's, so a count per one is
     * never totalled over the goal.
     */
    readonly nonCalendarPeriods: readonly string[];
    /** Verbs that make a result when their object is one: schrijven, ontwikkelen, geven, write, develop, give. */
    readonly productionVerbs: readonly string[];
    /** Separable Dutch verbs that finish their object, as "verb particle": "levert ... op", "rondt ... af", "spreekt ... af". */
    readonly separableFinish: readonly string[];
    /** Helper verbs skipped before a verb at the end of a Dutch clause: "heb ... behaald", "will have completed". */
    readonly auxiliaries: readonly string[];
    /** Forms that are a result on their own: geslaagd, gecertificeerd, afstuderen, get certified, graduate. */
    readonly resultForms: readonly string[];
    /** Nouns that name a result you can check as done or not done: diploma, certificaat, course, report. */
    readonly resultNouns: readonly string[];
    /** Roles that can be held: teamleider, coördinator, team leader. */
    readonly roleNouns: readonly string[];
    /** Verbs that lead to a role: worden, benoemd tot, become, be promoted to. */
    readonly roleVerbs: readonly string[];
    /** "geen", "no", "zero", "nul": a zero target before a noun. */
    readonly zeroWords: readonly string[];
    /** Phrases after "geen"/"no" that are no zero target: "no later than", "geen idee". */
    readonly notZero: readonly string[];
    /** A criterion that makes a behaviour observable: zonder, altijd, nooit, without, always, never. */
    readonly criterionWords: readonly string[];
    /** Words that start a purpose clause, whose wishes do not make the goal a wish: om ... te, zodat, so that. */
    readonly purposeMarkers: readonly string[];
    /** Halving and doubling: halveren, gehalveerd, by half; verdubbelen, double. */
    readonly halving: readonly string[];
    /**
     * A change by a fraction ("met een derde", "by a quarter") or a share of the whole ("driekwart van", "two thirds of"),
     * with that share in whole percents.
     */
    readonly fractions: Readonly<Record<string, number>>;
    /** A share written as a fraction, as a level reached or started from: "van een kwart naar tweederde", "to two thirds". */
    readonly shares: Readonly<Record<string, number>>;
    readonly doubling: readonly string[];
    /** Small function words that mark a statement as written in this language. */
    readonly markers: readonly string[];
}

/** A set of phrases matched token by token, each written the way the tokenizer splits text. */
export class PhraseSet {
    private readonly byFirst = new Map<string, string[][]>();

    constructor(phrases: readonly string[]) {
        for (const phrase of phrases) {
            // Most entries are plain words; only those with digits or signs need the tokenizer (it costs more at start-up).
            const words = /^[a-z\u00C0-\u024F ]+$/.test(phrase) ? phrase.split(' ').filter(w => w.length > 0) : tokenize(phrase).map(t => t.lower);
            if (words.length === 0) continue;
            const list = this.byFirst.get(words[0]) ?? [];
            list.push(words);
            this.byFirst.set(words[0], list);
        }
        for (const list of this.byFirst.values()) list.sort((a, b) => b.length - a.length);
    }

    /** The number of tokens of the longest phrase that starts at tokens[i], or 0. */
    matchAt(tokens: readonly Token[], i: number): number {
        const list = tokens[i] && this.byFirst.get(tokens[i].lower);
        if (!list) return 0;
        for (const words of list) {
            if (i + words.length > tokens.length) continue;
            let ok = true;
            for (let k = 1; k < words.length; k++) {
                if (tokens[i + k].lower !== words[k]) { ok = false; break; }
            }
            if (ok) return words.length;
        }
        return 0;
    }

    /** Whether some phrase starts with this word. */
    startsWith(word: string): boolean {
        return this.byFirst.has(word);
    }

    has(word: string): boolean {
        return this.byFirst.get(word)?.some(words => words.length === 1) ?? false;
    }
}
