/**
 * What a fix may propose from a reading: target candidates (0..n) and the statement's deadline and start.
 * A candidate is only ever a number the statement wrote (digits or words), a zero it said ("geen enkele klacht"),
 * a half it said, or the "1" of a result that is done or not done; never a number made up.
 */
import { resolveDate, type DateContext } from './dates.js';
import { DENIAL, GIVEN_UP } from './grammar-words.js';
import { lexicons, type Language } from './lexicons.js';
import type { PeriodUnit, QuantityKind, ReadDate, ReadQuantity, StatementReading } from './reading.js';

type CandidateKind = QuantityKind | 'binary';

export interface CandidateValue {
    readonly value: number;
    readonly kind: CandidateKind;
    /** The unit to write: a word or words from the statement ("kilo", "presentatie per kwartaal"). */
    readonly unit?: string;
    /** The number as the statement wrote it in digits ("7,5"), to keep its decimal mark. */
    readonly digits?: string;
    /** For an amount in another currency than the euro, its code (GBP, USD): a plan writes it as a unit, not as money. */
    readonly currency?: string;
}

export interface TargetCandidate extends CandidateValue {
    /** The statement marks it as the end point or a limit: "naar 2 werkdagen", "minimaal 8", "van 12 naar 8 weken". */
    readonly marked?: boolean;
    /**
     * Where it came from: a quantity, a range, a count per period or its total over the goal, a criterion, a half, another
     * share ("met een derde"), a result, how often a habit is done.
     */
    readonly source: 'quantity' | 'range' | 'frequency' | 'total' | 'criterion' | 'halving' | 'fraction' | 'result' | 'habit';
    readonly baseline?: CandidateValue;
    /** The statement's words it was read from. */
    readonly text: string;
    /** What an amount is per ("per invoice"), which the plan's money cannot write. */
    readonly perThing?: string;
}

/** The goal's own dates, as days since 1970-01-01: a count per period can be totalled over them. */
export interface GoalSpan {
    readonly start?: number;
    readonly end?: number;
}

const PERIOD_DAYS: Record<PeriodUnit, number> = {
    minute: 1 / 1440, hour: 1 / 24, day: 1, workday: 1, week: 7, month: 30.44, quarter: 91.31, halfyear: 182.62, year: 365.25,
};

const PERIOD_WORDS: Record<Language, Record<PeriodUnit, [string, string]>> = {
    nl: {
        minute: ['minuut', 'minuten'], hour: ['uur', 'uur'], day: ['dag', 'dagen'], workday: ['werkdag', 'werkdagen'], week: ['week', 'weken'],
        month: ['maand', 'maanden'], quarter: ['kwartaal', 'kwartalen'], halfyear: ['halfjaar', 'halfjaren'], year: ['jaar', 'jaar'],
    },
    en: {
        minute: ['minute', 'minutes'], hour: ['hour', 'hours'], day: ['day', 'days'], workday: ['working day', 'working days'], week: ['week', 'weeks'],
        month: ['month', 'months'], quarter: ['quarter', 'quarters'], halfyear: ['half-year', 'half-years'], year: ['year', 'years'],
    },
};

/** "per maand", "per 2 weken", "per quarter". */
function perPeriodText(unit: PeriodUnit, every: number, language: Language): string {
    // "elk half jaar", "every half year": not "per 0.5 jaar".
    if (unit === 'year' && every === 0.5) return perPeriodText('halfyear', 1, language);
    const [one, many] = PERIOD_WORDS[language][unit];
    return every === 1 ? `per ${one}` : `per ${every} ${many}`;
}

/** Dutch words, mostly English loanwords, that take -s: "blogposts", "workshops", "audits", "teams", "apps". */
const ENGLISH_PLURAL_ENDINGS = /(blogpost|cast|shop|inar|view|call|chat|check|deal|team|sprint|test|audit|job|app|blog|vlog|pitch|meeting)$/;

/** Dutch plurals no rule below gets right, also as the last part of a compound ("eindverslag" → "eindverslagen"). */
const DUTCH_IRREGULAR: ReadonlyArray<readonly [string, string]> = [
    ['artikel', 'artikelen'], ['middel', 'middelen'], ['voorstel', 'voorstellen'], ['verslag', 'verslagen'],
    ['dag', 'dagen'], ['weg', 'wegen'], ['lid', 'leden'], ['stad', 'steden'], ['schip', 'schepen'], ['dossier', 'dossiers'],
    ['atelier', 'ateliers'],
];

/** The unit of a habit's "how often": "1 keer per week", "1 time per week" (and "52 keer", "52 times"). */
const ONE_TIME: Record<Language, string> = { nl: 'keer', en: 'time' };

/** Units that stay as they are after any number: "52 keer", "52 times" (the unit of "once a week"). */
const INVARIANT_UNITS = new Set(['times', 'keer', 'maal']);

/** The plural of a unit counted once ("een gesprek per week" → "52 gesprekken"): the unit is singular. */
function pluralise(noun: string, language: Language): string {
    const lower = noun.toLowerCase();
    if (INVARIANT_UNITS.has(lower)) return noun;
    if (language === 'en') {
        if (/[^aeiou]y$/.test(lower)) return noun.slice(0, -1) + 'ies';
        // bus → buses, class → classes; "lessons" is a plural already.
        if (/(ss|us|x|z|ch|sh)$/.test(lower)) return noun + 'es';
        return noun.endsWith('s') ? noun : noun + 's';
    }
    // "kort verslag" → "korte verslagen": Dutch writes a noun's adjectives before it, inflected in the plural.
    const words = noun.split(' ');
    if (words.length > 1 && words.slice(0, -1).every(w => /^[a-z]+$/.test(w))) {
        // "volledig ingevulde urenstaat": a word before an adjective that has its -e already says how, and stays as it is.
        const adjectives = words.slice(0, -1).map((word, i) => (i < words.length - 2 && /e$/.test(words[i + 1]) ? word : inflectedAdjective(word)));
        return [...adjectives, pluralise(words[words.length - 1], language)].join(' ');
    }
    // "1-op-1" → "1-op-1's": a name ending in a digit takes an apostrophe.
    if (/\d$/.test(lower)) return noun + "'s";
    const irregular = DUTCH_IRREGULAR.find(([singular]) => lower.endsWith(singular));
    if (irregular) return noun.slice(0, noun.length - irregular[0].length) + irregular[1];
    // Loanwords keep their English plural: blogposts, workshops, audits, teams.
    if (ENGLISH_PLURAL_ENDINGS.test(lower)) return noun + 's';
    // les → lessen, klas → klassen, proces → processen: a singular ending in a short vowel and an s.
    if (/[^aeiou][aeiu]s$/.test(lower) && !/(er|el|em|je)s$/.test(lower)) return noun + 'sen';
    if (/(en|'s)$/.test(lower)) return noun;
    // reis → reizen, beurs → beurzen, prijs → prijzen: after a diphthong the s is voiced.
    if (/(eur?|ui|ei|ij|ou|au)s$/.test(lower)) return noun.slice(0, -1) + 'zen';
    // toets → toetsen, kans → kansen
    if (/[^aeiou]s$/.test(lower)) return noun + 'en';
    // brief → brieven, archief → archieven
    if (/ief$/.test(lower)) return noun.slice(0, -1) + 'ven';
    // uur → uren, onderdeel → onderdelen: a double vowel before one consonant is written single.
    if (/(aa|ee|oo|uu)[bdfgklmnprst]$/.test(lower)) return noun.slice(0, -2) + noun[noun.length - 1] + 'en';
    // doel → doelen, profiel → profielen: a long vowel or a diphthong before the last consonant.
    if (/(oe|ie|ui|eu|ei|ij|ou|au)[bdfgklmnprst]$/.test(lower)) return noun + 'en';
    if (/(ie|e|el|em|en|er|je|um|or|a|o|i|u|y)$/.test(lower)) return noun + (/[aiouy]$/.test(lower) ? "'s" : 's');
    if (/ing$/.test(lower)) return noun + 'en';
    // gesprek → gesprekken, les → lessen: a short vowel before one consonant doubles it.
    if (/[^aeiou][aeiou][bdfgklmnprst]$/.test(lower)) return noun + noun[noun.length - 1] + 'en';
    return noun + 'en';
}

/** Currencies other than the euro, by how a statement writes them, and the code a plan writes them with. */
const CURRENCY_CODES: Readonly<Record<string, string>> = { '£': 'GBP', gbp: 'GBP', $: 'USD', usd: 'USD', dollar: 'USD', dollars: 'USD' };

/** A Dutch adjective as it stands before a plural noun: "kort" → "korte", "groot" → "grote", "lief" → "lieve". */
function inflectedAdjective(adjective: string): string {
    if (/e$/.test(adjective) || /en$/.test(adjective)) return adjective;
    // volledig → volledige, vriendelijk → vriendelijke: an ending without stress doubles no consonant.
    if (/(er|el|ig|lijk|isch|baar|zaam)$/.test(adjective)) return adjective + 'e';
    // The stem changes as before a plural's -en: a vowel written single, f to v, s to z, a consonant doubled.
    const plural = pluralise(adjective, 'nl');
    return plural.endsWith('en') ? plural.slice(0, -1) : adjective + 'e';
}

function candidateValue(q: ReadQuantity, language: Language = 'nl'): CandidateValue {
    // A plan's money is in euros: "£45,000" is written as 45,000 GBP, never "€ 45000".
    const currency = q.kind === 'money' && q.currency ? CURRENCY_CODES[q.currency.toLowerCase()] : undefined;
    if (currency) return { value: q.value, kind: 'money', digits: q.digits, currency };
    if (q.kind === 'percent' || q.kind === 'money') return { value: q.value, kind: q.kind, digits: q.digits };
    const unit = q.unit && q.singularUnit && q.value !== 1 ? pluralise(q.unit, language) : q.unit;
    return { value: q.value, kind: q.kind, unit, digits: q.digits };
}

/**
 * The targets a statement offers, most likely first. Exactly one means the reading is unambiguous; a fix may then be
 * preferred. Counts per period give the count per period and, when the goal's dates span several periods, the total.
 */
export function targetCandidates(reading: StatementReading, span?: GoalSpan): TargetCandidate[] {
    const candidates: TargetCandidate[] = [];
    const add = (candidate: TargetCandidate) => {
        const same = candidates.some(c => c.value === candidate.value && c.kind === candidate.kind && (c.unit ?? '') === (candidate.unit ?? ''));
        if (!same) candidates.push(candidate);
    };
    const addCountPerPeriod = (q: ReadQuantity, source: 'frequency' | 'habit') => {
        const frequency = q.frequency!;
        const per = frequency.per ? `per ${frequency.per}` : perPeriodText(frequency.unit, frequency.every, reading.language);
        // "van 6 naar 2 storingen per maand": the baseline is per month too.
        const perPeriodValue = (value: CandidateValue): CandidateValue => ({
            ...value, unit: value.kind === 'count' || value.kind === 'grade' ? `${value.unit ? value.unit + ' ' : ''}${per}` : undefined,
        });
        const perPeriod: TargetCandidate = {
            ...perPeriodValue(candidateValue(q, reading.language)), source,
            baseline: q.baseline && perPeriodValue(candidateValue(q.baseline, reading.language)), text: q.text,
        };
        const total = totalOver(q, span, reading.language);
        // "twaalf blogs, één per maand": a rhythm without its own unit that adds up to a count given is that count's pace.
        if (total && !q.unit && reading.quantities.some(t => t.role === 'target' && t.kind === 'count' && t.value === total.value)) return;
        // A few events a month or less read naturally as a total ("4 presentaties"); more, or per day or week, as a rate.
        const totalFirst = total && q.value <= 3 && PERIOD_DAYS[frequency.unit] >= PERIOD_DAYS.month;
        const totalCandidate = total && { ...total, source: source === 'habit' ? source : total.source };
        if (totalCandidate && totalFirst) add(totalCandidate);
        add(perPeriod);
        if (totalCandidate && !totalFirst) add(totalCandidate);
    };
    // "met 2 procentpunt naar 4,5%", "by 20% to 600 units": where the goal ends up comes before how much it changes.
    const reachesAfterAChange = reading.quantities.some(q => q.reached) && reading.quantities.some(q => q.change);
    const ordered = reachesAfterAChange ? [...reading.quantities.filter(q => !q.change), ...reading.quantities.filter(q => q.change)] : reading.quantities;
    for (const q of ordered) {
        if (q.role === 'target') {
            add({
                ...candidateValue(q, reading.language), source: q.baseline ? 'range' : 'quantity',
                baseline: q.baseline && candidateValue(q.baseline, reading.language), text: q.text,
                marked: !!(q.reached || q.bound || q.baseline || q.change), perThing: q.perThing,
            });
        } else if (q.role === 'frequency' && q.frequency) {
            addCountPerPeriod(q, 'frequency');
        }
    }
    if (candidates.length === 0) {
        const halving = reading.criteria.find(c => c.kind === 'halving');
        if (halving) add({ value: 50, kind: 'percent', source: 'halving', text: halving.text });
        const fraction = reading.criteria.find(c => c.kind === 'fraction' && c.share !== undefined);
        if (fraction) add({ value: fraction.share!, kind: 'percent', source: 'fraction', text: fraction.text });
    }
    // A time per case ("binnen 24 uur") is the target when nothing else is counted, and one option beside a count.
    const counted = candidates.length > 0;
    for (const q of reading.quantities) {
        if (q.role === 'duration' && (q.criterion || (q.activitySpan && !counted))) add({ ...candidateValue(q), source: 'criterion', text: q.text });
    }
    // A habit with no count of its own ("publiceert elke vrijdag de weekrapportage"): how often it is done.
    const rhythm = reading.criteria.find(c => c.kind === 'frequency' && c.frequency && !c.frequency.per)?.frequency;
    // Not for a habit denied or given up ("Werkt niet op woensdag", "no longer works on Sundays"), one per case ("with
    // each of my 8 reports"), or one a year or rarer, which a goal of a year does once.
    const denied = DENIAL.test(reading.text) || reading.criteria.some(c => c.kind === 'zero' || GIVEN_UP.test(c.text));
    const countable = rhythm && reading.verdict === 'specific' && PERIOD_DAYS[rhythm.unit] * rhythm.every < PERIOD_DAYS.year
        && !denied && !reading.quantities.some(q => q.role === 'scope');
    if (candidates.length === 0 && rhythm && countable) {
        // Once per period, counted as a frequency the statement wrote would be ("once a week": "1 time per week").
        const once: ReadQuantity = {
            value: 1, kind: 'count', role: 'frequency', unit: ONE_TIME[reading.language], singularUnit: true, frequency: rhythm, text: rhythm.text, from: 0, to: 0,
        };
        addCountPerPeriod(once, 'habit');
    }
    // A result repeated every period ("sluit elke maand de boeken af") is a habit: done or not done says nothing.
    const recurring = reading.criteria.some(c => c.kind === 'frequency' || c.kind === 'each' || c.kind === 'always')
        || reading.quantities.some(q => q.role === 'frequency');
    if (candidates.length === 0 && !recurring && !reading.capability) {
        const result = reading.results.find(r => r.kind === 'completion') ?? reading.results.find(r => r.kind === 'role')
            ?? reading.results.find(r => r.kind === 'level') ?? reading.results.find(r => r.kind === 'grade') ?? reading.results[0];
        if (result) {
            add({ value: 1, kind: 'binary', unit: result.kind === 'state' ? undefined : result.object, source: 'result', text: result.text });
        }
    }
    return candidates;
}

function totalOver(q: ReadQuantity, span: GoalSpan | undefined, language: Language): TargetCandidate | undefined {
    const frequency = q.frequency!;
    if (!span || span.start === undefined || span.end === undefined || span.end <= span.start) return undefined;
    if (q.kind !== 'count' || q.measure || !Number.isInteger(q.value)) return undefined;
    // "no more than two missed deadlines per quarter" holds in each quarter; eight in a year could all fall in one. A rate
    // reached ("daalt naar 2 storingen per maand", "van 2 naar 4 bezoeken per maand") is a level, not a sum.
    if (q.bound === 'max' || q.reached || q.baseline) return undefined;
    // "3 of the 6 huddles each month" is a share of each month's, which adds up to nothing.
    if (q.unit && /^(of|van|uit|out of)\s/i.test(q.unit)) return undefined;
    if (PERIOD_DAYS[frequency.unit] < PERIOD_DAYS.week) return undefined;
    const periods = (span.end - span.start + 1) / (PERIOD_DAYS[frequency.unit] * frequency.every);
    const rounded = Math.round(periods);
    if (rounded < 2 || Math.abs(periods - rounded) / rounded > 0.15) return undefined;
    const unit = q.unit && (q.value === 1 || q.singularUnit) ? pluralise(q.unit, language) : q.unit;
    return { value: q.value * rounded, kind: 'count', unit, source: 'total', text: q.text };
}

export interface StatementDate {
    readonly date: ReadDate;
    /** Days since 1970-01-01. */
    readonly day: number;
}

/** The statement's deadlines resolved against the plan's period, latest last; dates that cannot be resolved are left out. */
export function statementDeadlines(reading: StatementReading, ctx: DateContext): StatementDate[] {
    return resolved(reading, ctx, 'deadline');
}

export function statementStarts(reading: StatementReading, ctx: DateContext): StatementDate[] {
    return resolved(reading, ctx, 'start');
}

function resolved(reading: StatementReading, ctx: DateContext, role: 'deadline' | 'start'): StatementDate[] {
    const out: StatementDate[] = [];
    for (const date of reading.dates) {
        if (date.role !== role) continue;
        const day = resolveDate(date, ctx);
        if (day !== undefined && !out.some(d => d.day === day)) out.push({ date, day });
    }
    return out.sort((a, b) => a.day - b.day);
}

/**
 * The one candidate a fix may apply unattended (fix-all, on save): only when there is exactly one, the statement
 * itself is specific, and the candidate is a number the statement counts with a unit of its own (or a percentage,
 * an amount, a grade, a zero). A wish or a hedge ("misschien", "try to") asks for a person to decide first, and so do
 * readings that are a step removed from the words: a binary "1" for a result, 50 % for halving, a time per case.
 */
export function preferredCandidate(reading: StatementReading, candidates: readonly TargetCandidate[]): TargetCandidate | undefined {
    if (candidates.length !== 1 || reading.verdict !== 'specific') return undefined;
    const [candidate] = candidates;
    if (candidate.source !== 'quantity' && candidate.source !== 'range' && candidate.source !== 'frequency') return undefined;
    // An amount or a share per period ("€ 12.000 per kwartaal") cannot be written with its period: the plan's money and
    // percentages take no unit.
    if (candidate.source === 'frequency' && (candidate.kind === 'percent' || candidate.kind === 'money')) return undefined;
    if (candidate.perThing) return undefined;
    if (candidate.kind === 'percent' || candidate.kind === 'money' || candidate.kind === 'grade') return candidate;
    // A bare number ("term 3") or one whose "unit" is a capitalised name ("6 Sigma") may be part of a name.
    if (!candidate.unit || /^[A-Z][a-z]/.test(candidate.unit)) return undefined;
    // An amount of time or of times is often how long or how often, not what is reached ("na drie maanden"):
    // preferred only where the statement marks it as the end point or a limit, or as a count per period.
    const word = candidate.unit.toLowerCase();
    if ((lexicons().periods.has(word) || lexicons().timesWords.has(word)) && !candidate.marked && candidate.source !== 'frequency') return undefined;
    return candidate;
}

/** Specific in the coach's sense: a count, amount, score or level; a result done or not; or a behaviour with a criterion. */
export function isSpecific(reading: StatementReading): boolean {
    return reading.verdict === 'specific';
}
