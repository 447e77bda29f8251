/**
 * Reads a goal statement the way a coach does (see docs/judging-goals.md): it tokenises the text, reads dates first
 * (so their digits are never a quantity), then hedges, numbers with their units and roles, results, criteria and
 * comparatives, and hands what it found to the verdict (verdict.ts). The noun phrases, units and measures around a
 * number are read by the class it builds on (phrase-reader.ts). Pure: no Node or editor APIs, so it runs in a browser
 * worker too.
 */
import { isComparativeForm } from './comparatives.js';
import { DateReader, isYear } from './dates.js';
import {
    ACRONYM, AGE_COMPARATIVES, APPROXIMATELY, CEFR, CHAIRED_BODIES, CHAIRING_VERBS, CONSENT_VERB_FORMS, CREDENTIAL_NOUNS,
    DOTTED_ABBREVIATION, DURING, DUTCH_TEN_PHRASES, ENSURING, EN_PARTICIPLES, FEELING_NOUNS, FEELING_WORDS, GIVEN_UP,
    GIVING_UP, GOAL_BEFORE_OM, GROWTH_VERBS, HOW_WORDS, KEEPING_VERBS, MEASURE_NOUNS, NAMED_PURPOSE_MARKERS, NOMINAL_MOMENT_PREPOSITIONS,
    NOT_ADVERBS_IN_LY, OBJECT_PREPOSITIONS, PERFECT_AUXILIARIES, PERSON_NOUNS, PER_ABBREVIATIONS, PER_MEANS, PLACE_PREPOSITIONS,
    POINTING_ABBREVIATIONS, POSSESSIVES, RELATIVE_PRONOUNS, ROLE_HOLDING_VERBS, RUN_UP_MARKERS, SHARE_FOLLOWERS, SHARE_NOUNS,
    SIGNED_FORMS, SIZE_UNITS, STATUS_PARTICIPLES, SUBJECT_PRONOUNS, TIME_CONJUNCTIONS,
} from './grammar-words.js';
import type { PeriodUnit } from './lexicon.js';
import { lexicons, type Lexicons } from './lexicons.js';
import { ORDINAL_SUFFIXES, readNumberAt, type NumberReading } from './numbers.js';
import { PhraseReader, type Unit } from './phrase-reader.js';
import type {
    ComparativeTerm, Frequency, QuantityKind, QuantityRole, ReadCriterion, ReadResult, StatementReading, VagueTerm,
} from './reading.js';
import type { MutableQuantity, PurposeClause, ReadingSoFar } from './reading-so-far.js';
import { isClauseEnd, isComma, startsHyphenCompound, type Token } from './tokens.js';
import { verdict } from './verdict.js';

/** Weeks and periods named by their number: "week", "weken", "piekweken", "lesweken", "weeks", "periode", "sprint". */
const SPAN_NAME = /^(\w*(week|weken|weeks)|periode|periodes|period|periods|sprint|sprints|blok|blokken)$/;

/** Where the span of weeks or periods named at tokens[i] ends ("week 10 t/m 14": at 14), if one is named there. */
function numberedSpanEnd(tokens: readonly Token[], i: number): number | undefined {
    if (!SPAN_NAME.test(tokens[i].lower) || tokens[i + 1]?.kind !== 'number') return undefined;
    const through = rangeWordAt(tokens, i + 2);
    const last = i + 2 + through;
    // A later week, with no unit of its own: "in periode 3 tot 5%" brings something to 5 %.
    const later = (tokens[last]?.value ?? 0) > (tokens[i + 1].value ?? 0) && tokens[last + 1]?.text !== '%';
    return through && tokens[last]?.kind === 'number' && later ? last : undefined;
}

/** Whether tokens[start..end) are joined by a hyphen to a word before or after them: "net-zero", "zero-waste". */
function inHyphenatedName(tokens: readonly Token[], start: number, end: number): boolean {
    return (!!tokens[start].joined && tokens[start - 1]?.text === '-' && tokens[start - 2]?.kind === 'word')
        || (tokens[end]?.text === '-' && !!tokens[end + 1]?.joined && tokens[end + 1].kind === 'word');
}

/** The length of "t/m", "tot en met", "tot", "-", "to", "through" at tokens[k], between the numbers of a span. */
function rangeWordAt(tokens: readonly Token[], k: number): number {
    const t = tokens[k];
    if (!t) return 0;
    if (t.lower === 't' && tokens[k + 1]?.text === '/' && tokens[k + 2]?.lower === 'm') return 3;
    if (t.lower === 'tot' && tokens[k + 1]?.lower === 'en' && tokens[k + 2]?.lower === 'met') return 3;
    return ['-', 'tot', 'to', 'through', 'until', 'till', 'thru', '–'].includes(t.lower) ? 1 : 0;
}

class Reader extends PhraseReader implements ReadingSoFar {
    readonly purpose: boolean[];
    /** The purpose clauses, first token (the marker) to end (exclusive). */
    readonly purposeClauses: PurposeClause[] = [];
    readonly quantities: MutableQuantity[] = [];
    readonly results: ReadResult[] = [];
    readonly criteria: ReadCriterion[] = [];
    readonly vague: VagueTerm[] = [];
    readonly comparatives: ComparativeTerm[] = [];
    /** Tokens read as a hedge: a "more" phrase may still extend over them ("more confident"). */
    readonly hedged = new Set<number>();
    /** Verbs that delivered a result: "ontwikkelt een lessenserie" is no wish even though "ontwikkelen" can be one. */
    readonly resultVerbs = new Set<number>();
    /** The token at each offset: lookups per token stay O(1). */
    readonly tokenAt = new Map<number, number>();
    private readonly resultKeys = new Set<string>();
    /** Numbers of a group a thing is done with, each one ("met alle 12 medewerkers een gesprek"): scope, not a count. */
    private readonly groupsCounted = new Set<number>();
    readonly dates;

    constructor(text: string, lex: Lexicons) {
        super(text, lex);
        this.tokens.forEach((t, k) => this.tokenAt.set(t.start, k));
        // "in de weken 20 t/m 25": weeks named by their numbers, which the date reader would take for "this week".
        const spanWeeks = this.tokens.flatMap((t, k) => (/(weken|weeks)$/.test(t.lower) && numberedSpanEnd(this.tokens, k) !== undefined ? [k] : []));
        this.dates = new DateReader(lex).read(text, this.tokens, this.taken).filter(d => !spanWeeks.some(k => k >= d.first && k <= d.last));
        for (const date of this.dates) {
            for (let k = date.first; k <= date.last; k++) {
                const t = this.tokens[k];
                if (t.kind === 'number' && t.value !== undefined) this.addQuantity(t.value, 'count', 'date', k, k);
            }
        }
        this.purpose = this.purposeMask();
    }

    /** Tokens inside a purpose clause: from "om", "zodat", "so that", "in order to" to the end of the sentence. */
    private purposeMask(): boolean[] {
        const mask = new Array<boolean>(this.tokens.length).fill(false);
        const tokens = this.tokens;
        const wishVerbs = new Set(['want', 'wants', 'like', 'need', 'needs', 'aim', 'aims', 'going', 'plan', 'plans', 'hope', 'hopes',
            'try', 'tries', 'able', 'would', 'love', 'wish', 'wishes', 'have', 'has', 'is', 'am', 'are', 'be', 'decided', 'intend']);
        for (let i = 0; i < tokens.length; i++) {
            const length = this.lex.purposeMarkers[this.language].matchAt(tokens, i);
            if (!length) continue;
            const word = tokens[i].lower;
            if (word === 'to' && (i < 2 || wishVerbs.has(tokens[i - 1].lower))) continue;
            // The clause after "om" is the goal itself, hedged or not.
            if (word === 'om' && GOAL_BEFORE_OM.has(tokens[i - 1]?.lower ?? '')) continue;
            let end = i + length;
            while (end < tokens.length && !(isClauseEnd(tokens[end]) && tokens[end].text !== '-') && !(i === 0 && isComma(tokens[end]))) end++;
            if (word === 'om' && !tokens.slice(i, end).some(t => t.lower === 'te')) continue;
            for (let k = i; k < end; k++) mask[k] = true;
            const marker = tokens.slice(i, i + length).map(t => t.lower).join(' ');
            this.purposeClauses.push({ first: i, end, named: NAMED_PURPOSE_MARKERS.has(marker), runUp: RUN_UP_MARKERS.has(marker) });
            i = end;
        }
        return mask;
    }

    /** "aan ... werken": the "aan" of the focus ending at tokens[verb], earlier in the clause. */
    private readFocusBefore(verb: number): void {
        const tokens = this.tokens;
        for (let k = verb - 1; k >= Math.max(0, verb - 8) && !isClauseEnd(tokens[k]); k--) {
            if (tokens[k].lower !== 'aan' || this.taken[k]) continue;
            this.vague.push({ kind: 'focus', text: this.text.slice(tokens[k].start, tokens[verb].end), from: tokens[k].start, to: tokens[verb].end, inPurpose: this.purpose[k] });
            this.take(k, k + 1);
            this.take(verb, verb + 1);
            this.hedged.add(verb);
            return;
        }
    }

    private addQuantity(value: number, kind: QuantityKind, role: QuantityRole, first: number, last: number, extra: Partial<MutableQuantity> = {}): MutableQuantity {
        const from = this.tokens[first].start;
        const to = this.tokens[last].end;
        const quantity: MutableQuantity = { value, kind, role, text: this.text.slice(from, to), from, to, ...extra };
        this.quantities.push(quantity);
        if (role === 'identifier') for (let k = first; k <= last; k++) this.named[k] = true;
        return quantity;
    }

    read(): StatementReading {
        this.readNumberedSpans();
        this.readTimesOfDay();
        this.readZeros();
        this.readHedges();
        this.readShares();
        this.readHalving();
        this.readNumbers();
        this.readLevels();
        this.readFrequencyBehaviour();
        this.readResults();
        this.readCriteria();
        this.readComparatives();
        this.readLabel();
        return verdict(this);
    }

    /**
     * "week 10 t/m 14", "piekweken 48 t/m 52", "weeks 48-52", "periode 3 tot en met 5": weeks or periods named by their
     * numbers say when, and count nothing, also the number after "t/m".
     */
    private readNumberedSpans(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const last = numberedSpanEnd(tokens, i);
            if (last === undefined) continue;
            for (const k of [i + 1, last]) {
                if (!this.taken[k]) this.addQuantity(tokens[k].value ?? 0, 'count', 'identifier', k, k);
            }
            this.take(i + 1, last + 1);
        }
    }

    /**
     * Shorthand from a form, with no verb: "Certificaat Lean Six Sigma Yellow Belt", "BHV-diploma voor 1 april" name a
     * credential to obtain; "Teamleider per Q3", "Shift lead by June" a role to hold from a date.
     */
    private readLabel(): void {
        const tokens = this.tokens;
        if (this.results.length > 0 || this.quantities.some(q => q.role === 'target' || q.role === 'frequency') || this.comparatives.length > 0
            || this.vague.length > 0 || tokens.length > 10) return;
        const first = this.isArticle(tokens[0]) ? 1 : 0;
        // Past the label, only its name, a date and the words around a date: no verb that would make it a sentence.
        const noVerbFrom = (k: number) => tokens.every((_, m) => m < k || this.taken[m] || !this.isVerbForm(m));
        // ("Lead the works council elections in 2027": a verb first makes it a sentence.)
        const role = this.dates.length > 0 && !this.isVerbForm(first) ? this.roleAfter(first) : undefined;
        if (role) {
            if (noVerbFrom(tokens.findIndex(t => t.end === role.to) + 1)) this.results.push(role);
            return;
        }
        const at = tokens.findIndex((t, k) => k >= first && k < first + 4 && CREDENTIAL_NOUNS.some(noun => t.lower.endsWith(noun)));
        if (at < 0 || !noVerbFrom(at + 1)) return;
        const credential = this.text.slice(tokens[this.hyphenCompoundStart(at)].start, tokens[at].end);
        this.results.push({ kind: 'completion', object: credential, text: credential, from: tokens[this.hyphenCompoundStart(at)].start, to: tokens[at].end });
    }

    /** "om 9 uur", "voor 12.00 uur", "before noon", "8:30": a time of day is a criterion, never a quantity. */
    private readTimesOfDay(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            if (this.taken[i]) continue;
            if (t.kind === 'number' && tokens[i + 1]?.text === ':' && tokens[i + 2]?.kind === 'number' && !tokens[i + 2].spaced && !tokens[i + 1].spaced) {
                this.addQuantity(t.value ?? 0, 'count', 'date', i, i + 2);
                this.criteria.push({ kind: 'time', text: this.text.slice(t.start, tokens[i + 2].end), from: t.start, to: tokens[i + 2].end });
                this.take(i, i + (tokens[i + 3]?.lower === 'uur' ? 4 : 3));
                continue;
            }
            if (t.kind === 'number' && (tokens[i + 1]?.lower === 'am' || tokens[i + 1]?.lower === 'pm')) {
                this.addQuantity(t.value ?? 0, 'count', 'date', i, i + 1);
                this.criteria.push({ kind: 'time', text: this.text.slice(t.start, tokens[i + 1].end), from: t.start, to: tokens[i + 1].end });
                this.take(i, i + 2);
                continue;
            }
            // "om 9 uur", "voor 12 uur", "tot 17.00 uur"; but "verkorten tot 24 uur" is an amount of time.
            const clockWord = ['om', 'at', 'voor', 'before', 'uiterlijk'].includes(t.lower)
                || (['na', 'after', 'tot', 'until', 'vanaf', 'by'].includes(t.lower) && /^\d{1,2}[.:]\d{2}$/.test(tokens[i + 1]?.text ?? ''));
            if (clockWord && tokens[i + 1]?.kind === 'number' && (tokens[i + 1].value ?? 99) <= 24
                && (tokens[i + 2]?.lower === 'uur' || tokens[i + 2]?.lower === "o'clock" || (tokens[i + 2]?.lower === 'o' && tokens[i + 3]?.lower === 'clock'))) {
                const end = tokens[i + 2].lower === 'o' ? i + 4 : i + 3;
                this.addQuantity(tokens[i + 1].value!, 'count', 'date', i + 1, end - 1);
                this.criteria.push({ kind: 'time', text: this.text.slice(t.start, tokens[end - 1].end), from: t.start, to: tokens[end - 1].end });
                this.take(i, end);
                continue;
            }
            if (['noon', 'midday', 'middag', "'s middags", 'lunchtijd', 'werktijd'].includes(t.lower) && i > 0
                && ['voor', 'before', 'by', 'na', 'after', 'om', 'at'].includes(tokens[i - 1].lower)) {
                this.criteria.push({ kind: 'time', text: this.text.slice(tokens[i - 1].start, t.end), from: tokens[i - 1].start, to: t.end });
                this.take(i - 1, i + 1);
            }
        }
    }

    private readHedges(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            let best: { kind: VagueTerm['kind']; length: number } | undefined;
            for (const { kind, phrases } of this.lex.hedges) {
                const length = phrases.matchAt(tokens, i);
                if (length > (best?.length ?? 0)) best = { kind, length };
            }
            const t = tokens[i];
            // "the works council", "het werk": after an article it is a noun.
            if (!best && ['werk', 'werkt', 'werken', 'work', 'works', 'working'].includes(t.lower) && !this.isArticle(tokens[i - 1])) {
                // "werkt wekelijks aan", "work hard on": the particle may come later. Not after a criterion: "works
                // independently on the night shift" says how the work is done, and "on" where.
                for (let k = i + 1; k < Math.min(tokens.length, i + 4) && !isClauseEnd(tokens[k]) && !HOW_WORDS.has(tokens[k].lower); k++) {
                    if (tokens[k].lower === 'aan' || tokens[k].lower === 'on') {
                        this.vague.push({ kind: 'focus', text: this.text.slice(t.start, tokens[k].end), from: t.start, to: tokens[k].end, inPurpose: this.purpose[i] });
                        this.take(i, i + 1);
                        this.take(k, k + 1);
                        this.hedged.add(i);
                        break;
                    }
                }
                // "ga aan mijn presentatievaardigheden werken": an infinitive at the clause's end, its "aan" before it.
                const clauseEnds = !tokens[i + 1] || isClauseEnd(tokens[i + 1]) || isComma(tokens[i + 1]);
                if (t.lower === 'werken' && clauseEnds) this.readFocusBefore(i);
                continue;
            }
            if (!best || !this.free(i, i + best.length)) continue;
            // "mijn streven is om ...", like "mijn doel is om ...": the noun names the goal, it hedges nothing.
            if (t.lower === 'streven' && (this.isArticle(tokens[i - 1]) || POSSESSIVES.has(tokens[i - 1]?.lower ?? ''))) continue;
            const next = tokens[i + best.length];
            // "works on Sundays", "works on weekends": when the work is done, not what is worked on ("work on weekend
            // cover" is).
            const day = next?.lower.replace(/s$/, '') ?? '';
            const dayAlone = !this.isContentWord(tokens[i + best.length + 1]);
            if (best.kind === 'focus' && (this.lex.weekdays.has(day) || ['weekend', 'holiday'].includes(day)) && dayAlone) continue;
            // "voldoende" and "pass" as a grade are a result: "een voldoende halen", "gets a pass".
            if (best.kind === 'quality' && this.isGradeContext(i, best.length)) continue;
            // "as well as", "some 20 clients", "goede doelen": not a hedge.
            if (t.lower === 'well' && tokens[i - 1]?.lower === 'as' && next?.lower === 'as') continue;
            if (this.noLaterThan(i)) continue;
            if ((t.lower === 'some' || t.lower === 'ruim') && next?.kind === 'number') continue;
            if (best.kind === 'quality' && (t.lower === 'goed' || t.lower === 'goede' || t.lower === 'good') && next && this.lex.resultNounWords.has(next.lower)) continue;
            // "one professional book a month", "3 effectieve teamoverleggen": between a count and its noun, a kind of thing.
            const before = tokens[i - 1] ? readNumberAt(tokens, i - 1) : undefined;
            const counted = !!before && before.end === i && !before.weak;
            if (best.kind === 'quality' && counted && this.isContentWord(next)) continue;
            // A capital inside the sentence starts a name or a title ("The 7 Habits of Highly Effective People").
            if (t.capital && i > 0 && !isClauseEnd(tokens[i - 1]) && best.kind !== 'commitment') continue;
            const last = tokens[i + best.length - 1];
            this.vague.push({ kind: best.kind, text: this.text.slice(t.start, last.end), from: t.start, to: last.end, inPurpose: this.purpose[i] });
            this.take(i, i + best.length);
            for (let k = i; k < i + best.length; k++) this.hedged.add(k);
            i += best.length - 1;
        }
    }

    /**
     * "no later than", "niet later dan" at tokens[i] ("later"): a deadline, neither a hedge nor a wish to be later, also
     * when no date follows ("no later than 2 weeks before the audit").
     */
    private noLaterThan(i: number): boolean {
        const tokens = this.tokens;
        return ['later', 'earlier'].includes(tokens[i].lower) && ['no', 'not', 'niet'].includes(tokens[i - 1]?.lower ?? '')
            && ['dan', 'than'].includes(tokens[i + 1]?.lower ?? '');
    }

    /** "een voldoende", "a pass", "voldoende halen", "voldoende voor het examen". */
    private isGradeContext(i: number, length: number): boolean {
        const tokens = this.tokens;
        if (this.lex.passingGrade.matchAt(tokens, i) === 0) return false;
        const before = tokens[i - 1]?.lower;
        const after = tokens[i + length]?.lower;
        const article = before === 'een' || before === 'a' || before === 'ruime';
        const verbNear = [tokens[i - 1], tokens[i - 2], tokens[i + length], tokens[i + length + 1]].some(t => !!t && this.lex.gradeVerbs.has(t.lower));
        return article || verbNear || after === 'voor' && !!tokens[i + length + 1] && ['het', 'de', 'elk', 'elke', 'alle'].includes(tokens[i + length + 1].lower);
    }

    /**
     * A share reached, written as a fraction: "naar tweederde", "to two thirds", and with where it starts, "van een kwart
     * naar tweederde". Not "twee derde van de klanten", a share of a whole (read as a fraction).
     */
    private readShares(): void {
        const tokens = this.tokens;
        const lex = this.lex;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            const fromLength = lex.rangeFrom.has(tokens[i].lower) ? lex.shares.matchAt(tokens, i + 1) : 0;
            const towardsAt = fromLength ? i + 1 + fromLength : i;
            const towardsLength = lex.towards.matchAt(tokens, towardsAt);
            const shareAt = towardsAt + towardsLength;
            const length = towardsLength ? lex.shares.matchAt(tokens, shareAt) : 0;
            // The share ends its phrase: "to a third party", "to half the team" name something else.
            const next = tokens[shareAt + length];
            const ends = !next || isClauseEnd(next) || isComma(next) || SHARE_FOLLOWERS.has(next.lower);
            if (!length || !ends) continue;
            const last = tokens[shareAt + length - 1];
            const share = lex.sharePercents.get(tokens.slice(shareAt, shareAt + length).map(t => t.lower).join(' '));
            this.criteria.push({ kind: 'fraction', text: this.text.slice(tokens[i].start, last.end), from: tokens[i].start, to: last.end, share });
            this.take(i, shareAt + length);
        }
    }

    private readHalving(): void {
        for (let i = 0; i < this.tokens.length; i++) {
            if (this.taken[i]) continue;
            for (const [set, kind] of [[this.lex.halving, 'halving'], [this.lex.doubling, 'doubling'], [this.lex.fractions, 'fraction']] as const) {
                const length = set.matchAt(this.tokens, i);
                if (!length || !this.free(i, i + length)) continue;
                // "de halve marathon": an adjective after an article, not the verb "halve".
                if (length === 1 && this.isArticle(this.tokens[i - 1])) continue;
                const last = this.tokens[i + length - 1];
                const share = kind === 'fraction' ? this.lex.fractionShares.get(this.text.slice(this.tokens[i].start, last.end).toLowerCase().replace(/\s+/g, ' ')) : undefined;
                this.criteria.push({ kind, text: this.text.slice(this.tokens[i].start, last.end), from: this.tokens[i].start, to: last.end, share });
                this.take(i, i + length);
            }
        }
    }

    /** "geen enkele klacht", "no missed deadlines", "geen weekenddiensten meer": zero is a precise target. */
    private readZeros(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            // "zonder één fout": the stressed één says not even one; "zonder een stijging" is only an article.
            const withoutOne = tokens[i].lower === 'zonder' && tokens[i + 1]?.text.toLowerCase() === 'één' ? 2 : 0;
            const length = withoutOne || this.lex.zeroWords.matchAt(tokens, i);
            // "net-zero roadmap", "zero-waste", "the Zero Harm campaign": zero as part of a name counts nothing (readNumbers
            // reads it as such).
            if (length && (inHyphenatedName(tokens, i, i + length) || (tokens[i].capital && i > 0 && !!tokens[i + 1]?.capital))) continue;
            // "no higher than 5" bounds the 5; it says no zero. ("No more missed deadlines" does.)
            const noMoreOf = tokens[i].lower === 'no' && tokens[i + 1]?.lower === 'more' && this.isContentWord(tokens[i + 2]) && tokens[i + 2].lower !== 'than';
            const notZero = this.lex.notZero.matchAt(tokens, i) > 0 && !noMoreOf;
            if (!length || notZero || this.lex.maximum.matchAt(tokens, i) > 0 || this.lex.minimum.matchAt(tokens, i) > 0) continue;
            // "geen te late leveringen", "no too long meetings": how far the adjective goes is part of what is counted.
            // ("geen te laat ingeleverde declaraties": "te laat" says how the participle after it went.)
            const degree = ['te', 'too'].includes(tokens[i + length]?.lower ?? '') ? 1 : 0;
            const phrase = this.nounPhrase(i + length + degree) ?? (degree ? this.nounPhrase(i + length + 2) : undefined);
            const unit = phrase && degree ? { ...phrase, text: this.text.slice(tokens[i + length].start, tokens[phrase.end - 1].end) } : phrase;
            if (!unit) continue;
            // "Geen stress meer hebben bij deadlines": a feeling gone is a wish, no zero anyone can count.
            if (FEELING_NOUNS.has(tokens[unit.end - 1].lower)) {
                const last = tokens[unit.end - 1];
                this.vague.push({ kind: 'feeling', text: this.text.slice(tokens[i].start, last.end), from: tokens[i].start, to: last.end, inPurpose: this.purpose[i] });
                this.take(i, unit.end);
                continue;
            }
            // "geen enkele klacht", "not a single complaint": one thing named, zero of them counted ("0 klachten").
            const single = length > 1 || withoutOne > 0;
            const q = this.addQuantity(0, 'count', 'target', i, unit.end - 1, { unit: unit.text, digits: '0', singularUnit: single });
            q.text = this.text.slice(tokens[i].start, tokens[unit.end - 1].end);
            let end = unit.end;
            if (tokens[end]?.lower === 'meer' || tokens[end]?.lower === 'more') end++;
            this.criteria.push({ kind: 'zero', text: q.text, from: q.from, to: q.to });
            this.take(i, end);
        }
    }

    /**
     * Whether a measure follows tokens[k]: a percentage or a bounded number ("hooguit 0,5%", "at most 4"). "Een
     * presentatie van 15 minuten" is still one presentation, of a length.
     */
    private measureFollows(k: number): boolean {
        const bound = this.lex.maximum.matchAt(this.tokens, k) || this.lex.minimum.matchAt(this.tokens, k);
        const n = readNumberAt(this.tokens, k + bound);
        if (!n || n.weak) return false;
        return bound > 0 || this.unitAt(n.end).kind === 'percent';
    }

    /** Whether the clause around tokens[i] has a verb of growth or shrinking: uitbreiden, vergroten, verminderen. */
    private growthVerbInClause(i: number): boolean {
        const tokens = this.tokens;
        for (let k = i - 1; k >= Math.max(0, i - 8) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) if (GROWTH_VERBS.has(tokens[k].lower)) return true;
        for (let k = i + 1; k < Math.min(tokens.length, i + 8) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k++) if (GROWTH_VERBS.has(tokens[k].lower)) return true;
        return false;
    }

    /** "het percentage ... van", "the share of ... below": a word for a share shortly before a range or a bound. */
    private percentageBefore(i: number): boolean {
        const tokens = this.tokens;
        for (let k = i - 1; k >= Math.max(0, i - 6) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            if (SHARE_NOUNS.has(tokens[k].lower)) return true;
        }
        return false;
    }

    /** A verb of doing (a production or participation verb) earlier in the number's clause. */
    private activityVerbBefore(i: number): boolean {
        const tokens = this.tokens;
        for (let k = i - 1; k >= Math.max(0, i - 10) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            if (this.lex.productionVerbs.matchAt(tokens, k) > 0 || this.lex.participationVerbs.matchAt(tokens, k) > 0) return true;
        }
        return false;
    }

    /** A frequency right after tokens[j]: "per maand", "a week", "/wk", "elk kwartaal", "every two weeks". */
    private frequencyAt(j: number): { frequency: Frequency; end: number } | undefined {
        const tokens = this.tokens;
        if (!tokens[j] || this.taken[j]) return undefined;
        let k = j;
        // "p/m", "p/wk": per month, per week, as forms abbreviate it.
        const abbreviated = tokens[k].lower === 'p' && tokens[k + 1]?.text === '/' && PER_ABBREVIATIONS[tokens[k + 2]?.lower ?? ''];
        if (abbreviated) {
            return { frequency: { unit: abbreviated, every: 1, text: this.text.slice(tokens[k].start, tokens[k + 2].end) }, end: k + 3 };
        }
        if (tokens[k].text === '/' ) k++;
        else {
            const per = this.lex.perWords.matchAt(tokens, k);
            if (per) k += per;
            else return undefined;
        }
        let every = 1;
        const n = readNumberAt(tokens, k);
        if (n && !n.weak && !n.ordinal && tokens[j].lower !== 'per') { every = n.value; k = n.end; }
        const unitLength = this.lex.periodSet.matchAt(tokens, k);
        if (unitLength) {
            const unit = this.lex.periods.get(tokens.slice(k, k + unitLength).map(t => t.lower).join(' '))!;
            const end = k + unitLength;
            // "per schooldag", "per school day": a working day, named as written.
            const per = unit === 'workday' && every === 1 ? this.text.slice(tokens[k].start, tokens[end - 1].end) : undefined;
            return { frequency: { unit, every, text: this.text.slice(tokens[j].start, tokens[end - 1].end), per }, end };
        }
        if (tokens[k] && this.lex.weekdays.has(tokens[k].lower)) {
            return { frequency: { unit: 'week', every: 1, text: this.text.slice(tokens[j].start, tokens[k].end) }, end: k + 1 };
        }
        // "per dienst", "per sprint": counted per day, so never totalled.
        if (tokens[k] && this.lex.nonCalendarPeriods.has(tokens[k].lower) && every === 1) {
            return { frequency: { unit: 'day', every: 1, text: this.text.slice(tokens[j].start, tokens[k].end), per: tokens[k].text }, end: k + 1 };
        }
        return undefined;
    }

    /** A frequency before tokens[i] in the same clause: "maandelijks", "elk kwartaal", "every month". */
    private frequencyBefore(i: number): { frequency: Frequency; first: number; last: number } | undefined {
        const tokens = this.tokens;
        for (let k = i - 1; k >= Math.max(0, i - 8); k--) {
            const t = tokens[k];
            if (this.taken[k] && this.named[k]) continue;
            // "Quarterly: one improvement proposal": a rhythm as the statement's label holds for what follows it.
            if (t.text === ':' && k === 1 && this.lex.frequencyAdverbs.has(tokens[0].lower)) continue;
            if (isClauseEnd(t) || this.taken[k]) break;
            const adverb = this.attributive(k) ? undefined : this.lex.frequencyAdverbs.get(t.lower);
            if (adverb) return { frequency: { ...adverb, text: t.text }, first: k, last: k };
            if (this.everyLength(k) > 0) {
                const found = this.everyAt(k);
                if (found) return found;
            }
            // "leest per kwartaal één boek"
            const per = t.lower === 'per' ? this.frequencyAt(k) : undefined;
            if (per && per.end <= i) return { frequency: per.frequency, first: k, last: per.end - 1 };
        }
        return undefined;
    }

    /** "elk kwartaal", "every two weeks", "every Friday", "iedere maandag" at tokens[k]. */
    private everyAt(k: number): { frequency: Frequency; first: number; last: number } | undefined {
        const tokens = this.tokens;
        const t = tokens[k];
        const everyLength = this.everyLength(k);
        let m = k + everyLength;
        // "om de week" is every other week, "om de twee weken" every two.
        let every = everyLength === 2 ? 2 : 1;
        const n = readNumberAt(tokens, m);
        // "elke tweede dinsdag van de maand", "every first Monday of the month", "elke eerste werkdag van het kwartaal",
        // "every last working day of the month", "elke eerste week van de maand": once each month, quarter or year.
        const nth = n?.ordinal ? n.end : ['laatste', 'last'].includes(tokens[m]?.lower ?? '') ? m + 1 : -1;
        const dayLength = nth < 0 ? 0 : this.lex.weekdays.has(tokens[nth]?.lower.replace(/s$/, '') ?? '') ? 1 : this.lex.periodSet.matchAt(tokens, nth);
        const dayUnit = dayLength ? this.lex.periods.get(tokens.slice(nth, nth + dayLength).map(x => x.lower).join(' ')) : undefined;
        if (dayLength && (dayUnit === undefined || dayUnit === 'day' || dayUnit === 'workday' || dayUnit === 'week')) {
            const of = ['van', 'of'].includes(tokens[nth + dayLength]?.lower ?? '') ? nth + dayLength + 1 : -1;
            const periodAt = of > 0 && (this.isArticle(tokens[of]) || this.lex.everyWords.has(tokens[of]?.lower ?? '')) ? of + 1 : of;
            const unit = periodAt > 0 ? this.lex.periods.get(tokens[periodAt]?.lower ?? '') : undefined;
            if (unit === 'month' || unit === 'quarter' || unit === 'year') {
                return { frequency: { unit, every: 1, text: this.text.slice(t.start, tokens[periodAt].end) }, first: k, last: periodAt };
            }
        }
        // "every two weeks", "every other month", "elke tweede week"
        if (n && !n.weak && (!n.ordinal || n.value >= 2)) { every = n.value; m = n.end; }
        else if (tokens[m]?.lower === 'other' || tokens[m]?.lower === 'andere') { every = 2; m++; }
        // "every fortnight": every two weeks.
        if (['fortnight', 'fortnights'].includes(tokens[m]?.lower ?? '') && this.free(m, m + 1)) {
            return { frequency: { unit: 'week', every: 2 * every, text: this.text.slice(t.start, tokens[m].end) }, first: k, last: m };
        }
        const length = this.lex.periodSet.matchAt(tokens, m);
        if (length && this.free(m, m + length)) {
            const unit = this.lex.periods.get(tokens.slice(m, m + length).map(x => x.lower).join(' '))!;
            return { frequency: { unit, every, text: this.text.slice(t.start, tokens[m + length - 1].end) }, first: k, last: m + length - 1 };
        }
        if (tokens[m] && this.lex.weekdays.has(tokens[m].lower.replace(/s$/, ''))) {
            // "every Friday" is weekly, "every other Friday" and "om de vrijdag" fortnightly.
            return { frequency: { unit: 'week', every, text: this.text.slice(t.start, tokens[m].end) }, first: k, last: m };
        }
        if (tokens[m] && this.lex.nonCalendarPeriods.has(tokens[m].lower) && !this.taken[m]) {
            return { frequency: { unit: 'day', every: 1, text: this.text.slice(t.start, tokens[m].end), per: tokens[m].text }, first: k, last: m };
        }
        return undefined;
    }

    /** The length of the "every" at tokens[k]: "elke", "every" (1), "om de" (2: "om de twee weken"), else 0. */
    private everyLength(k: number): number {
        const t = this.tokens[k];
        if (!t) return 0;
        if (this.lex.everyWords.has(t.lower)) return 1;
        return t.lower === 'om' && this.tokens[k + 1]?.lower === 'de' ? 2 : 0;
    }

    /** A frequency later in the same clause that no other number has taken: "5 gesprekken met klanten per maand". */
    private frequencyLater(j: number): { frequency: Frequency; first: number; end: number } | undefined {
        const tokens = this.tokens;
        for (let k = j; k < Math.min(tokens.length, j + 7); k++) {
            const ordinal = tokens[k + 1]?.joined && ORDINAL_SUFFIXES.has(tokens[k + 1].lower);
            if (isClauseEnd(tokens[k]) || (!this.taken[k] && !ordinal && this.countAt(k))) return undefined;
            // "a dashboard that refreshes daily": a rhythm inside a relative clause is its verb's, not the count's.
            if (RELATIVE_PRONOUNS.has(tokens[k].lower)) return undefined;
            if (this.taken[k]) continue;
            const adverb = this.attributive(k) ? undefined : this.lex.frequencyAdverbs.get(tokens[k].lower);
            if (adverb) return { frequency: { ...adverb, text: tokens[k].text }, first: k, end: k + 1 };
            if (tokens[k].lower === 'per' || this.everyLength(k) > 0) {
                const found = tokens[k].lower === 'per' ? this.frequencyAt(k) : undefined;
                if (found) return { ...found, first: k };
                const every = this.everyLength(k) > 0 ? this.everyAt(k) : undefined;
                if (every) return { frequency: every.frequency, first: k, end: every.last + 1 };
            }
        }
        return undefined;
    }

    private readNumbers(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            const t = tokens[i];
            if (t.kind === 'alnum') {
                this.readAlnum(i);
                continue;
            }
            const n = readNumberAt(tokens, i);
            if (!n || !this.free(n.start, n.end)) continue;
            const consumed = this.classify(n);
            if (consumed > i) i = consumed - 1;
        }
    }

    /** Q4, A4, Prince2, B2: a name or a level, never a count. */
    private readAlnum(i: number): void {
        const t = this.tokens[i];
        const digits = /\d+/.exec(t.text);
        if (!digits) return;
        if (CEFR.test(t.text)) return; // read as a level by readLevels
        this.addQuantity(Number(digits[0]), 'count', 'identifier', i, i);
        this.take(i, i + 1);
    }

    /** Classifies one number and records it; returns the index after everything it consumed. */
    private classify(n: NumberReading): number {
        const tokens = this.tokens;
        const lex = this.lex;
        const i = n.start;
        const first = tokens[i];
        const prev = tokens[i - 1];
        const prevFree = prev && !this.taken[i - 1];
        // Digits only as written alone: "€50K" is 50000, and "50" would drop the thousand.
        const digits = n.word || n.end > i + 1 ? undefined : first.text;
        const identifier = (end = n.end) => {
            this.addQuantity(n.value, 'count', 'identifier', i, end - 1, { digits });
            this.take(i, end);
            return end;
        };
        if (first.quoted) return identifier();
        // "net-zero roadmap", "zero-waste kantine": zero as part of a hyphenated name counts nothing.
        if (n.word && n.value === 0 && inHyphenatedName(tokens, i, n.end)) return identifier();
        // "without a drop in quality", "zonder een stijging van het verzuim": the article counts nothing.
        if (n.word && ['a', 'an', 'een'].includes(first.text.toLowerCase()) && ['without', 'zonder'].includes(prev?.lower ?? '')) return i + 1;
        // "ten opzichte van", "ten minste", "ten laatste": Dutch fixed phrases, no number ten.
        if (n.word && first.lower === 'ten' && DUTCH_TEN_PHRASES.has(tokens[i + 1]?.lower ?? '')) return i + 1;
        // "de 5S-norm", "een 3D-printer", "the 5K run": digits joined to capitals are a name ("50K" as an amount was
        // read with its number; "5M", "5B" may be amounts written without a currency).
        if (!n.word && tokens[n.end]?.joined && /^[A-Z]{1,3}$/.test(tokens[n.end].text) && !/^[MB]$/.test(tokens[n.end].text)) {
            return identifier(n.end + 1);
        }
        // 360 feedback, 360-graden: the name of a method.
        if (!n.word && n.value === 360 && /^(feedback|graden|gradenfeedback|gradenbeoordeling|degree|degrees|review|reviews|beoordeling|assessment|evaluation|evaluatie|survey|enquête|enquete|vragenlijst|questionnaire)$/.test(tokens[n.end + (tokens[n.end]?.text === '-' ? 1 : 0)]?.lower ?? '')) {
            return identifier();
        }
        // "Lean Six Sigma", "The Seven Habits": a capitalised number word inside a name.
        if (n.word && first.capital && i > 0 && !isClauseEnd(prev) && (tokens[n.end]?.capital || prev?.capital)) return identifier();
        if (n.ordinal) return identifier();
        // "de 10e", "the 21st": a day or a rank.
        if (!n.word && tokens[n.end]?.joined && tokens[n.end].kind === 'word' && ORDINAL_SUFFIXES.has(tokens[n.end].lower)) return identifier(n.end + 1);
        // "1. Geeft ...", "2) ..."
        if (i === 0 && !n.word && (tokens[1]?.text === '.' || tokens[1]?.text === ')')) return identifier();
        // 24/7, 8/10
        if (!n.word && tokens[n.end]?.text === '/' && tokens[n.end + 1]?.kind === 'number' && tokens[n.end + 1].joined) {
            const total = tokens[n.end + 1].value;
            if (total === 10 || total === 5 || total === 100) {
                this.addQuantity(n.value, 'grade', 'target', i, n.end + 1, { digits, unit: this.text.slice(tokens[n.end].start, tokens[n.end + 1].end) });
                this.take(i, n.end + 2);
                return n.end + 2;
            }
            return identifier(n.end + 2);
        }
        const after = tokens[n.end];
        // "fouten per 1000 regels code", "incidents per 100,000 hours worked": a round number of things a rate is
        // counted over is part of the rate's name.
        if (this.rateBaseEnd(i - 1) !== undefined) return identifier();
        // "elke twee weken een gesprek", "every three months": the number is the rhythm's interval, read with the count
        // that follows it (frequencyBefore), not a count of weeks.
        const everyBefore = this.everyLength(i - 1) === 1 || this.everyLength(i - 2) === 2;
        if (everyBefore && !n.weak && lex.periodSet.matchAt(tokens, n.end) > 0) return i + 1;
        const followedByCount = !!after && (lex.timesWords.has(after.lower) || lex.measureWords.has(after.lower) || lex.currencies.has(after.lower)
            || after.text === '%' || lex.percentWords.matchAt(tokens, n.end) > 0 || lex.perWords.matchAt(tokens, n.end) > 0);
        // ISO 9001, groep 7, Windows 11, ITIL 4, versie 2.0, COVID-19
        if (prev && !n.word) {
            const label = lex.labelNouns.has(prev.lower) && !lex.levelNouns.has(prev.lower)
                && !lex.everyWords.has(tokens[i - 2]?.lower ?? '') && tokens[i - 2]?.lower !== 'per';
            const acronym = ACRONYM.test(prev.text) && !lex.currencies.has(prev.lower) && prev.kind === 'word';
            // ("EUR 75.000", "USD 40,000": a currency code in capitals is no name.)
            const named = prev.kind === 'word' && prev.capital && i > 1 && !isClauseEnd(tokens[i - 2]) && !lex.months.has(prev.lower)
                && !lex.functionWords.has(prev.lower) && !this.isVerbForm(i - 1) && !lex.currencies.has(prev.lower);
            const joined = first.joined && (tokens[i - 1]?.text === '-' || tokens[i - 1]?.text === '/') && (tokens[i - 2]?.kind === 'word' || tokens[i - 2]?.kind === 'alnum');
            // "nu in jaar 3", "currently in year 2": the year of a study someone is in counts nothing.
            const studyYear = ['jaar', 'studiejaar', 'year'].includes(prev.lower) && ['in', 'nu', 'currently', '('].includes(tokens[i - 2]?.lower ?? '');
            // "art. 5.1", "hfst. 3", "nr. 12": a label written short.
            const shortLabel = prev.text === '.' && ['art', 'hfst', 'par', 'nr', 'no', 'blz', 'pag', 'ch', 'sec'].includes(tokens[i - 2]?.lower ?? '');
            // "hoofdstuk 5 en 6", "modules 3 and 4": the second of two labels.
            const secondLabel = ['en', 'and', 'of', 'or', 't/m'].includes(prev.lower)
                && this.quantities.some(q => q.role === 'identifier' && q.to === tokens[i - 2]?.end);
            if (joined || studyYear || shortLabel || secondLabel || ((label || acronym || named) && !followedByCount)) return identifier();
        }
        // "the 2026 accounts", "het jaarplan 2028": a year names something.
        const namingYear = !n.word && /^\d{4}$/.test(first.text) && n.value >= 1990 && n.value <= 2099 && !!prev
            && (lex.determiners.has(prev.lower) || this.isContentWord(prev)) && !followedByCount;
        // ("Reach 2000 downloads", "stijgt boven de 2000": after a verb, an English opening word or a bound, a count.)
        if (namingYear && !this.isVerbForm(i - 1) && !(i === 1 && this.language === 'en') && !this.boundBefore(i)) return identifier();
        // "The 7 Habits", "de 4 Disciplines": a number inside a title.
        if (prev && lex.determiners.has(prev.lower) && after && after.kind === 'word' && after.capital && !ACRONYM.test(after.text) && after.spaced) {
            return identifier();
        }
        // 30-minute, 3-daagse, 2-jarige: a qualifier.
        if (after && after.kind === 'symbol' && after.text === '-' && tokens[n.end + 1]?.joined && tokens[n.end + 1].kind === 'word') {
            const word = tokens[n.end + 1].lower;
            const timeLike = lex.periods.has(word) || /^(daags|daagse|urig|urige|jarig|jarige|weeks|weekse|maands|maandse|minuten|minute|hour|day|week|month|year)/.test(word);
            this.addQuantity(n.value, 'count', timeLike ? 'duration' : 'identifier', i, n.end + 1, { digits, unit: tokens[n.end + 1].text });
            this.take(i, n.end + 2);
            return n.end + 2;
        }

        // Money before the number: € 500, EUR 500, $200.
        let kind: QuantityKind = 'count';
        let firstToken = i;
        if (prev && prevFree && lex.currencies.has(prev.lower)) { kind = 'money'; firstToken = i - 1; }

        // Ranges: "van 6,8 naar 7,5", "from 32 to 45", "from €120,000 to €80,000", "van -12 naar +10".
        const firstSign = kind === 'count' ? signBefore(tokens, i) : 0;
        // "van circa 300 naar 100", "from about 300 to 100": the baseline may be approximate; "van een 7 naar een 8,2",
        // "from a 6 to an 8": a grade may have its article.
        const wordBefore = tokens[firstToken - 1]?.lower ?? '';
        const approximateOrGrade = !firstSign && (APPROXIMATELY.has(wordBefore) || ['een', 'a', 'an'].includes(wordBefore)) ? 1 : 0;
        const fromAt = firstToken - (firstSign ? 2 : 1) - approximateOrGrade;
        const fromWord = tokens[fromAt];
        if (fromWord && !this.taken[fromAt] && lex.rangeFrom.has(fromWord.lower)) {
            const range = this.readRange(n, fromAt, kind, firstSign || 1);
            if (range) return range;
        }
        // "Doorlooptijd offertes: 10 → 5 werkdagen", "Defect rate 3% -> 1%": an arrow between two figures is a range too.
        if (this.arrowAt(this.unitAt(n.end).end)) {
            const range = this.readRange(n, firstToken - 1, kind, firstSign || 1);
            if (range) return range;
        }

        // "20-25 uur per maand", "3 à 4 netwerkevents", "2-3 talks": between two counts the second is the target, as in a
        // range; the first is passed over.
        const between = (tokens[n.end]?.text === '-' || ['à', 'á', 'a'].includes(tokens[n.end]?.text ?? '')) && !n.weak;
        const upper = between && tokens[n.end + 1]?.kind === 'number' && !this.taken[n.end + 1] ? readNumberAt(tokens, n.end + 1) : undefined;
        // "het beleidskader Armoede 2027-2030", "the 2027-2029 strategy": the end of a span of years that names something
        // ("verwerkt 2000-2060 facturen" counts invoices).
        const spanStart = n.start - 2;
        const spanNamed = this.isArticle(tokens[spanStart - 1])
            || (this.isContentWord(tokens[spanStart - 1]) && !this.isVerbForm(spanStart - 1) && !this.lex.periods.has(tokens[spanStart - 1].lower));
        if (isYear(tokens[n.start]) !== undefined && tokens[n.start].joined && tokens[n.start - 1]?.text === '-' && isYear(tokens[spanStart]) !== undefined && spanNamed) {
            this.addQuantity(n.value, 'count', 'identifier', n.start, n.start);
            this.take(n.start, n.end);
            return n.end;
        }
        if (upper && !upper.weak && upper.value > n.value && Number.isInteger(n.value) && this.unitAt(upper.end).kind !== 'none') {
            this.take(i, n.end + 1);
            return n.end + 1;
        }

        // "een 10-minuten check-in", "a two-day training": the article counts one of what follows the qualifier;
        // "three 1-hour coaching sessions", "two 30-minute trainings": so does a count before a length.
        let unitFrom = n.end;
        const kindOf = readNumberAt(tokens, n.end);
        if (kindOf && tokens[kindOf.end]?.text === '-' && tokens[kindOf.end + 1]?.joined) {
            const word = tokens[kindOf.end + 1].lower;
            const timeLike = lex.periods.has(word) || /^(daags|daagse|urig|urige|jarig|jarige|weeks|weekse|minuten|minute|hour|day|week|month|year)/.test(word);
            if (n.weak || timeLike) {
                this.addQuantity(kindOf.value, 'count', timeLike ? 'duration' : 'identifier', kindOf.start, kindOf.end + 1, { unit: tokens[kindOf.end + 1].text });
                this.take(kindOf.start, kindOf.end + 2);
                unitFrom = kindOf.end + 2;
            }
        }
        let unit = this.unitAt(unitFrom);
        // "de halve marathon", "half day": half is only a number before a measure ("een half uur").
        if (n.word && n.value === 0.5 && n.end - n.start === 1 && unit.kind !== 'measure') return i + 1;
        // "40 orders per medewerker per dag", "12 calls per agent per hour", "8 hours per person per month": what each is
        // counted per is part of the unit.
        // A measure per thing is counted per it without a period too ("20 minutes per stop", "3 dagen per aanvraag").
        const rate = (unit.kind === 'noun' || unit.kind === 'measure') && !n.weak ? this.rateAfter(unit.end) : undefined;
        if (rate?.perThings && (rate.frequency || unit.kind === 'measure')) unit = { ...unit, text: `${unit.text} ${rate.perThings}`, end: rate.end };
        if (unit.kind === 'percent') kind = 'percent';
        if (unit.kind === 'money') kind = 'money';
        let end = unit.end;
        // "€ 2.500,- per maand": the dash of a round amount ends the figure.
        if (kind === 'money' && tokens[end]?.text === ',' && tokens[end + 1]?.text === '-' && !tokens[end].spaced) end += 2;

        // "een andere afdeling", "an other team": a different one, not one of them; unless it is the object of a rhythm,
        // one each time ("elke week een andere klant"; not "maandelijks met een mentor uit een andere afdeling").
        const countedEachTime = !lex.functionWords.has(prev?.lower ?? '') && (!!rate?.frequency || !!this.frequencyBefore(i));
        if (n.weak && ['andere', 'ander', 'other'].includes(tokens[n.end]?.lower ?? '') && !countedEachTime) return i + 1;
        // "met een afwijking van hooguit 0,5%", "a share of 20%": the thing a number measures, not one of it.
        if (n.weak && unit.kind === 'noun' && ['van', 'of'].includes(tokens[end]?.lower ?? '') && this.measureFollows(end + 1)) return i + 1;
        // A weak "een"/"a" is a one only where a count is expected.
        let frequency = rate?.frequency ? { frequency: rate.frequency, end: rate.end }
            : unit.kind !== 'percent' && unit.kind !== 'money' ? this.frequencyAt(end) : undefined;
        // "een maandelijkse kennissessie", "a weekly stand-up": one each period, the rhythm written as an adjective.
        const rhythm = n.weak && !frequency ? this.lex.frequencyAdverbs.get(tokens[n.end]?.lower ?? '') : undefined;
        let rhythmNoun = rhythm ? this.unitAt(n.end + 1) : undefined;
        // ("a quarterly review", "a monthly check-in": after the article and the rhythm, a word that is also a verb is the noun.)
        const afterRhythm = tokens[n.end + 1];
        if (rhythm && rhythmNoun?.kind !== 'noun' && afterRhythm && this.isContentWord(afterRhythm) && !this.taken[n.end + 1]) {
            rhythmNoun = { kind: 'noun', text: afterRhythm.text, end: n.end + 2 };
        }
        if (rhythm && rhythmNoun?.kind === 'noun') {
            unit = rhythmNoun;
            end = rhythmNoun.end;
            frequency = { frequency: { ...rhythm, text: tokens[n.end].text }, end };
        }
        if (n.weak) {
            const before = this.frequencyBefore(i);
            const later = !frequency && !before && unit.kind === 'noun' ? this.frequencyLater(end) : undefined;
            const countable = unit.kind === 'times' || unit.kind === 'measure' || !!frequency || (!!(before ?? later) && unit.kind === 'noun');
            // "met elk van mijn 9 medewerkers een loopbaangesprek": one for each of a group, as many as the group has.
            // "met alle twaalf medewerkers een functioneringsgesprek", "a career conversation with all 12 team members": so
            // does one with all of them, and the group is then whom it is with.
            const group = !countable && unit.kind === 'noun' && this.endsNounPhrase(unit.end) ? this.eachOfGroupInClause(i) : undefined;
            if (group !== undefined) {
                this.addQuantity(group.count, 'count', 'target', i, unit.end - 1, { unit: unit.text, singularUnit: true });
                this.take(i, unit.end);
                this.groupsCounted.add(group.at);
                // ("met alle 12 medewerkers van 55+ een gesprek": what stands between describes the group too.)
                const groupEnd = group.at < i ? tokens[i].start : tokens[group.at].end;
                for (const q of this.quantities) if (q.from >= tokens[group.at].start && q.from < groupEnd && q.role === 'target') q.role = 'scope';
                return unit.end;
            }
            if (!countable) return i + 1;
            if (!frequency && before && unit.kind !== 'measure') {
                frequency = { frequency: before.frequency, end };
                this.take(before.first, before.last + 1);
            } else if (!frequency && later) {
                frequency = { frequency: later.frequency, end };
                this.take(later.first, later.end);
            }
        }
        if (n.weak && unit.kind === 'noun' && !frequency) return i + 1;

        const extra: Partial<MutableQuantity> = { digits };
        if (unit.text && unit.kind !== 'percent') extra.unit = unit.kind === 'money' ? undefined : unit.text;
        // "eens per kwartaal" is once a quarter; "eens" alone is "some time".
        if (first.lower === 'eens' && !frequency) return i + 1;
        // "3x", "twice", "tweemaal": a count of times, written as the statement's word for it.
        if (unit.kind === 'times' || (n.times && unit.kind === 'none')) {
            // "tweemaal per jaar een vakbeurs", "a blog post ... twice a month": the thing done is what is counted.
            const object = this.singularObjectAfter(i);
            if (object) {
                extra.unit = object;
                extra.singularUnit = true;
            } else extra.unit = this.language === 'nl' ? 'keer' : n.value === 1 ? 'time' : 'times';
        }
        if (unit.kind === 'measure') extra.measure = true;
        if (kind === 'money') {
            extra.unit = undefined;
            extra.currency = firstToken < i ? tokens[firstToken].text : unit.text;
            // "€3.20 per invoice": an amount per thing, which a plan's money cannot write.
            const perThing = this.rateAfter(end);
            if (perThing.perThings && !perThing.frequency) {
                extra.perThing = perThing.perThings;
                end = perThing.end;
            }
        }

        // Comparators: "minimaal 8", "at least 3", "meer dan 80%", "no more than 2"; "8 of hoger", "3 or more".
        let markerStart = firstToken;
        const articleBefore = prev && (prev.lower === 'een' || prev.lower === 'a') && prevFree ? 1 : 0;
        // The longer phrase wins: "no more than 2" is a maximum although it ends in "more than".
        let minBefore = this.endsBefore(lex.minimum, firstToken - articleBefore);
        let maxBefore = this.endsBefore(lex.maximum, firstToken - articleBefore);
        if (minBefore && maxBefore) { if (maxBefore >= minBefore) minBefore = 0; else maxBefore = 0; }
        if (minBefore) { extra.bound = 'min'; markerStart = firstToken - articleBefore - minBefore; }
        if (n.atLeast) extra.bound = 'min';
        if (maxBefore) { extra.bound = 'max'; markerStart = firstToken - articleBefore - maxBefore; }
        const minAfter = lex.minimumAfter.matchAt(tokens, end);
        const maxAfter = minAfter ? 0 : lex.maximumAfter.matchAt(tokens, end);
        if (minAfter) { extra.bound = 'min'; end += minAfter; }
        if (maxAfter) { extra.bound = 'max'; end += maxAfter; }
        // "groups of 20 or more people", "5 of meer klanten": the unit comes after the bound.
        const unitAfterBound = (minAfter || maxAfter) && unit.kind === 'none' && !extra.unit ? this.unitAt(end) : undefined;
        if (unitAfterBound?.kind === 'noun' || unitAfterBound?.kind === 'measure') {
            unit = unitAfterBound;
            extra.unit = unit.text;
            if (unit.kind === 'measure') extra.measure = true;
            end = unit.end;
        }

        let role: QuantityRole = 'target';
        const lookback = firstToken - articleBefore;
        // "binnen 24 uur", "within 2 working days", "binnen 5 dagen na ontvangst": a criterion per case; "binnen twee
        // weken na de cursus", after one event, is a moment.
        const withinBefore = this.endsBefore(lex.withinMarkers, lookback) || (maxBefore && ['binnen', 'within'].includes(tokens[lookback - 1]?.lower ?? '') ? 1 : 0);
        const period = unit.kind === 'measure' ? this.periodOf(n.end, unit.end) : undefined;
        const spanBefore = this.endsBefore(lex.spanMarkers, lookback) || (prev?.lower === 'voor' && period && period !== 'hour' && period !== 'minute' ? 1 : 0);
        const spanAfter = !!period && ['lang', 'long', 'durende', 'lasting'].includes(tokens[end]?.lower ?? '');
        // "twee maanden na de start", "three months after the course", "2 weeks before the audit", "uiterlijk 2 weken voor
        // de audit": a moment, not a count. Without "uiterlijk", a Dutch "voor" may also be "for" ("2 uur voor de cursus").
        const next = tokens[end]?.lower ?? '';
        const momentAfter = !!period && (['na', 'after', 'before'].includes(next) || (next === 'voor' && tokens[lookback - 1]?.lower === 'uiterlijk'));
        // "een gesprek van 30 minuten", "facturen ouder dan 60 dagen": how long or how old a thing is, not a count.
        // ("facturen > 90 dagen naar max. 5", "invoices >60 days overdue to below 10": a sign between the thing and a time,
        // with the target after it, says how old.)
        const age = (['dan', 'than'].includes(prev?.lower ?? '') && AGE_COMPARATIVES.has(tokens[i - 2]?.lower ?? ''))
            || (prev?.text === '>' && this.isContentWord(tokens[i - 2]) && this.numberLaterInClause(unit.end));
        // ("a maximum of 6 weeks", "een maximum van 6 weken": a bound, which the phrase's "of" does not make a qualifier.)
        // "een kennissessie (30 min)": a time in brackets says how long the thing before it is.
        const bracketed = prev?.text === '(' && i >= 2;
        // ("an average of 20 minutes", "een gemiddelde van 12 dagen": a measure's value, what is reached.)
        const ofThing = (prev?.lower === 'van' || prev?.lower === 'of') && this.isContentWord(tokens[i - 2]) && !MEASURE_NOUNS.has(tokens[i - 2].lower);
        const qualifier = !!period && (ofThing || age || bracketed) && !frequency && !maxBefore && !minBefore;
        // "de scholing van 3 dagdelen", "een lessenserie van 8 lessen", "een rapport van maximaal 10 pagina's": the size of
        // the thing delivered.
        const ofAt = minBefore || maxBefore ? markerStart - 1 : i - 1;
        const size = !period && ['van', 'of'].includes(tokens[ofAt]?.lower ?? '') && unit.kind === 'noun' && !this.isActionNoun(ofAt - 1)
            && ([ofAt - 1, ofAt - 2, ofAt - 3].some(k => k >= 0 && this.tokens[k].kind === 'word' && this.isResultNoun(k) > 0)
                // ("een pitchdeck van maximaal 12 slides": pages and slides measure a document, whatever it is called.)
                || (SIZE_UNITS.has(unit.text!.toLowerCase()) && this.isContentWord(tokens[ofAt - 1])));
        const byBefore = prev && prevFree && lex.byAmount.has(prev.lower) && (kind === 'percent' || kind === 'money' || unit.kind === 'measure');
        const baselineBefore = this.endsBefore(lex.baselineMarkers, lookback)
            || (prev?.text === '(' && ['nu', 'now', 'currently'].includes(tokens[i - 2]?.lower ?? '') ? 0 : 0);
        const gradeContext = this.isGrade(n, unit, articleBefore > 0);

        // "(nu 80 per week)", "currently 80 a week": where it starts, also with a rhythm. A bare "nu" may also be the new
        // rhythm ("i.p.v. 2 nu 4 per maand").
        const markerAt = lookback - baselineBefore;
        const baselineRhythm = !!baselineBefore && (tokens[markerAt - 1]?.text === '(' || tokens[markerAt]?.lower !== 'nu');
        const eachOf = this.isEachOfGroup(i) || this.groupsCounted.has(i);
        if (frequency && unit.kind !== 'percent' && unit.kind !== 'money' && !baselineRhythm) {
            extra.frequency = frequency.frequency;
            end = frequency.end;
            role = 'frequency';
        } else if (eachOf && kind === 'count') {
            role = 'scope';
        } else if (withinBefore && period && !(momentAfter && ['de', 'het', 'the'].includes(tokens[end + 1]?.lower ?? ''))) {
            role = 'duration';
            extra.criterion = true;
            markerStart = lookback - withinBefore;
        } else if (qualifier || spanAfter || momentAfter || (spanBefore && period)) {
            role = 'duration';
            if (spanAfter) end++;
            // "> 2 weken oud", ">60 days overdue": the word that says how old belongs to the age.
            else if (age && ['oud', 'old', 'overdue', 'achterstallig'].includes(tokens[end]?.lower ?? '')) end++;
            // "shadows the plant manager for two weeks", "coacht hem drie maanden lang": how long the work is done.
            if ((spanBefore || spanAfter) && !qualifier && !momentAfter && this.activityVerbBefore(i)) extra.activitySpan = true;
        } else if (size) {
            role = /^(dagde|dagdel|sessie|session|bijeenkomst|middag|ochtend|avond|dag|day)/.test(unit.text!.toLowerCase()) ? 'duration' : 'scope';
        } else if (byBefore) {
            extra.change = true;
            markerStart = i - 1;
        } else if (baselineBefore) {
            role = 'baseline';
            markerStart = lookback - baselineBefore;
        } else if (prev && prevFree && lex.determiners.has(prev.lower) && !articleBefore && !minBefore && !maxBefore && kind === 'count') {
            // "de 4 planners", "my 6 direct reports": a group, which in a wish is only its scope.
            extra.scopeIfWish = true;
        } else if (this.endsBefore(lex.scopePrepositions, markerStart, 2) && !this.endsBefore(lex.towards, markerStart, 3) && kind === 'count'
            && unit.kind === 'noun') {
            // ("groepen van 100+ mensen", "teams of at least 10 people"; "to a maximum of 40 tickets" is where it ends up.)
            // "breidt zijn netwerk uit met 10 contacten": after a verb of growth, "met" gives the change, not a group.
            if (prev?.lower === 'met' && this.growthVerbInClause(i)) extra.change = true;
            else extra.scopeIfWish = true;
        }
        // "Churn under 2% per month", "8% a year": a share per period, which a plan's percentage cannot write with its period.
        // ("above 99.5% every month" holds each month: the percentage is the target.)
        const perWord = ['per', 'a', 'an', '/'].includes(tokens[end]?.lower ?? '');
        const sharePerPeriod = role === 'target' && unit.kind === 'percent' && perWord ? this.frequencyAt(end) : undefined;
        if (sharePerPeriod) {
            frequency = sharePerPeriod;
            extra.frequency = sharePerPeriod.frequency;
            end = sharePerPeriod.end;
            role = 'frequency';
        }
        if (gradeContext && role === 'target') kind = 'grade';
        // "de 20 tot 30 mails per dag", "the 10 to 15 escalations": the upper end of a group's size, as its lower end is.
        const lowerEnd = ['tot', 'to'].includes(tokens[lookback - 1]?.lower ?? '') && tokens[lookback - 2]
            ? this.quantities.find(q => q.scopeIfWish && q.to === tokens[lookback - 2].end) : undefined;
        if (lowerEnd) extra.scopeIfWish = true;
        else if ((role === 'target' || role === 'frequency') && this.endsBefore(lex.towards, lookback, 3)) extra.reached = true;
        if (role === 'frequency' && !frequency) role = 'target';
        if (role === 'target' && !frequency) {
            const later = unit.kind !== 'percent' && unit.kind !== 'money' ? this.frequencyLater(end) : undefined;
            if (later && (unit.kind === 'noun' || unit.kind === 'times' || unit.kind === 'measure')) {
                extra.frequency = later.frequency;
                role = 'frequency';
                this.take(later.first, later.end);
            } else {
                // "monthly 1:1s with all six team members": the rhythm is the talks', the group is whom they are with.
                const withGroup = extra.scopeIfWish && ['with', 'met'].includes(this.wordBeforePhrase(i) ?? '') && this.isArticle(prev);
                const before = withGroup ? undefined : this.frequencyBefore(i);
                if (before && (unit.kind === 'noun' || unit.kind === 'times' || unit.kind === 'measure')) {
                    extra.frequency = before.frequency;
                    role = 'frequency';
                    this.take(before.first, before.last + 1);
                }
            }
        }
        if (gradeContext && kind === 'grade' && unit.kind === 'none') {
            const noun = this.gradeNounBefore(i);
            if (noun) extra.unit = noun;
        }
        // "max. 1,5 per 1.000 orders": a unit that only says per what still needs what is counted.
        const perOnly = unit.kind === 'noun' && /^per\s/i.test(unit.text ?? '');
        if (((unit.kind === 'none' && !extra.unit) || perOnly) && (role === 'target' || role === 'frequency') && kind === 'count') {
            // "de wachttijd van 4", "at most 3"; "increase my billable hours to 1,400 per year": what the number counts.
            // "tot onder de 40", "to below 40": the direction comes before the bound.
            const boundAt = minBefore || maxBefore ? markerStart : lookback;
            // "Keep data breaches at zero", "Houd het aantal datalekken op nul": the level a thing is kept at.
            const keptAt = ['at', 'op'].includes(tokens[boundAt - 1]?.lower ?? '') && this.inClauseBefore(boundAt - 1, KEEPING_VERBS) ? 1 : 0;
            const towards = this.endsBefore(lex.towards, boundAt, 3) || keptAt;
            // "Score higher than 8": the verb that opens the sentence is no measure.
            const verbFirst = boundAt - towards === 1 && this.lex.gradeVerbs.has(tokens[0].lower);
            const measured = verbFirst ? undefined : this.measuredNounBefore(boundAt - towards);
            // "lager dan 50", "above 8": a comparative bound.
            const than = ['dan', 'than', 'above', 'below', 'boven', 'onder'].includes(prev?.lower ?? '');
            const bounded = prev?.lower === 'van' || prev?.lower === 'of' || minBefore || maxBefore || towards || than;
            // "Hold the percentage of defective welds below 1.5", "het aandeel retouren naar 4": a share, in per cent.
            if (bounded && n.value <= 100 && this.percentageBefore(boundAt - towards)) kind = 'percent';
            else if (measured && bounded) {
                // "daalt tot maximaal 10 per woning": a rate per thing after the number.
                const perWhat = tokens[end + 1];
                const perThing = !perOnly && tokens[end]?.lower === 'per' && role === 'target' && this.isContentWord(perWhat) && !this.taken[end + 1]
                    && !lex.periods.has(perWhat.lower);
                extra.unit = perOnly ? `${measured} ${unit.text}` : perThing ? `${measured} per ${perWhat.text}` : measured;
                if (perThing) end += 2;
            }
        }
        // "40 uur bijscholing", "20 hours of continuing education": time spent on a thing, counted in it, is what is reached.
        const timeUnit = unit.kind === 'measure' && this.lex.periods.has(unit.text?.toLowerCase() ?? '');
        const spentOn = role === 'target' && timeUnit ? this.timeSpentOn(end) : undefined;
        if (spentOn) {
            extra.unit = this.text.slice(tokens[unit.end - 1].start, tokens[spentOn - 1].end);
            end = spentOn;
        }
        const lastToken = Math.max(end - 1, n.end - 1);
        const q = this.addQuantity(n.value, kind, role, firstToken, Math.max(firstToken, end - 1, n.end - 1), extra);
        if (extra.frequency) q.text = this.text.slice(tokens[firstToken].start, tokens[lastToken].end);
        this.take(Math.min(markerStart, firstToken), Math.max(end, n.end));
        return Math.max(end, n.end);
    }

    /**
     * Whether the number at tokens[i] is the size of a group a rule holds for: "with each of my 8 direct reports", "met elk
     * van de 12 teamleden" ("visits each of the 14 branches" counts the branches visited).
     */
    /** Whether a bound stands right before tokens[i]: "boven de 2000", "above 2000", "onder de 1995", "above the 2000". */
    private boundBefore(i: number): boolean {
        const bound = (at: number) => this.endsBefore(this.lex.minimum, at) > 0 || this.endsBefore(this.lex.maximum, at) > 0;
        return bound(i) || (['de', 'the'].includes(this.tokens[i - 1]?.lower ?? '') && bound(i - 1));
    }

    private isEachOfGroup(i: number): boolean {
        const tokens = this.tokens;
        const prev = tokens[i - 1];
        const ofAt = prev && (this.lex.determiners.has(prev.lower) || POSSESSIVES.has(prev.lower)) ? i - 2 : i - 1;
        return ['of', 'van'].includes(tokens[ofAt]?.lower ?? '') && ['each', 'every', 'elk', 'elke', 'ieder', 'iedere'].includes(tokens[ofAt - 1]?.lower ?? '')
            && ['with', 'for', 'to', 'met', 'voor', 'bij', 'aan'].includes(tokens[ofAt - 2]?.lower ?? '');
    }

    /**
     * "maak me de CAO-regels eigen", "maakt zich de methode eigen": learning, a direction, though "maken" makes things.
     * The length of "maak me" when it is one, else 0.
     */
    private makesOwnAt(i: number): number {
        const tokens = this.tokens;
        if (!['maak', 'maakt', 'maken'].includes(tokens[i].lower) || !['me', 'mij', 'zich', 'ons'].includes(tokens[i + 1]?.lower ?? '')) return 0;
        for (let k = i + 2; k < tokens.length && !isClauseEnd(tokens[k]); k++) if (tokens[k].lower === 'eigen') return 2;
        return 0;
    }

    /**
     * The noun after "een", "a" or "an" later in the clause than tokens[i], free of any other reading: "tweemaal per jaar
     * een vakbeurs". Not one before it: "belt een klant drie keer per week" may call the same customer each time.
     */
    private singularObjectAfter(i: number): string | undefined {
        const tokens = this.tokens;
        for (let k = i + 1; k < tokens.length && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k++) {
            if (this.taken[k] || !['een', 'a', 'an'].includes(tokens[k].text)) continue;
            // "observed twice with a rating of good": what it is done with is no thing done.
            if (['with', 'met', 'of', 'van'].includes(tokens[k - 1]?.lower ?? '')) return undefined;
            const noun = this.nounPhrase(k + 1);
            // "twice a month" is the article of a rhythm; "coach 1x/week a junior colleague" the same person each time.
            const head = noun?.text.split(' ').at(-1)?.toLowerCase() ?? '';
            if (!noun || this.taken[noun.end - 1] || this.lex.periods.has(noun.text.toLowerCase())) continue;
            if (!this.endsNounPhrase(noun.end)) return undefined;
            return this.isRoleNoun(head) || this.lex.companionNouns.has(head) || PERSON_NOUNS.has(head) ? undefined : noun.text;
        }
        return undefined;
    }

    /**
     * Whether a noun phrase read up to tokens[end] is whole: the clause, a preposition, a verb or a period follows. "een online
     * training" read as "online" is not, and counted it would be written "2 onlines".
     */
    private endsNounPhrase(end: number): boolean {
        const next = this.tokens[end];
        return !next || isClauseEnd(next) || isComma(next) || this.lex.functionWords.has(next.lower) || this.taken[end] || next.kind !== 'word'
            || this.isVerbForm(end);
    }

    /** Whether the statement repeats something: "wekelijks", "every other Friday", "per maand". */
    private hasRhythm(): boolean {
        const tokens = this.tokens;
        for (let k = 0; k < tokens.length; k++) {
            if (this.lex.frequencyAdverbs.has(tokens[k].lower)) return true;
            if (this.everyLength(k) > 0 && this.everyAt(k)) return true;
            if (tokens[k].lower === 'per' && this.frequencyAt(k)) return true;
        }
        return false;
    }

    /** "migratie", "klantmigratie", "migration": an action done to each of the things counted after it. */
    private isActionNoun(k: number): boolean {
        const word = this.tokens[k]?.lower ?? '';
        if (this.lex.actionNouns.has(word)) return true;
        // Dutch writes compounds as one word: "klantmigratie", "dossieroverdracht".
        return this.language === 'nl' && word.length > 6 && [...this.lex.actionNouns].some(noun => word.endsWith(noun));
    }

    /**
     * The size of a group "each of" names in the clause around tokens[i], if it names one and the statement has no rhythm:
     * "a one-to-one with each of my six reports every other Friday" is a rhythm for each of them, not six in all.
     */
    private eachOfGroupInClause(i: number): { count: number; at: number } | undefined {
        const tokens = this.tokens;
        if (this.hasRhythm()) return undefined;
        const boundary = (t: Token) => isClauseEnd(t) || isComma(t);
        let first = i;
        while (first > 0 && !boundary(tokens[first - 1])) first--;
        for (let k = first; k < tokens.length && !boundary(tokens[k]); k++) {
            if (k === i) continue;
            const n = readNumberAt(tokens, k);
            if (n && !n.weak && Number.isInteger(n.value) && n.value > 1 && (this.isEachOfGroup(k) || this.isWithAllOf(k))) return { count: n.value, at: k };
        }
        return undefined;
    }

    /** "met alle 12 medewerkers", "with all 12 team members": a whole group someone does a thing with. */
    private isWithAllOf(i: number): boolean {
        return ['alle', 'all'].includes(this.tokens[i - 1]?.lower ?? '') && ['met', 'with'].includes(this.tokens[i - 2]?.lower ?? '');
    }

    private periodOf(from: number, to: number): PeriodUnit | undefined {
        return this.lex.periods.get(this.tokens.slice(from, to).map(t => t.lower).join(' '));
    }

    /** "een 8", "minimaal een 7", "scores 8 or higher", "een score van 8": a grade, not a count. */
    private isGrade(n: NumberReading, unit: Unit, article: boolean): boolean {
        if (unit.kind !== 'none' || n.word || n.value > 10) return false;
        const tokens = this.tokens;
        const i = n.start;
        const before = tokens[i - 1 - (article ? 1 : 0)];
        if (article) return true;
        if (before && this.lex.gradeVerbs.has(before.lower)) return true;
        if (before && (before.lower === 'van' || before.lower === 'of') && this.lex.gradeNouns.has(tokens[i - 2 - (article ? 1 : 0)]?.lower ?? '')) return true;
        if (before && this.lex.gradeNouns.has(before.lower)) return true;
        return false;
    }

    private gradeNounBefore(i: number): string | undefined {
        for (let k = i - 1; k >= Math.max(0, i - 3); k--) {
            // "Score 7.0 or higher": the statement's first word is its verb.
            if (k === 0 && this.lex.gradeVerbs.has(this.tokens[k].lower)) continue;
            if (this.lex.gradeNouns.has(this.tokens[k].lower)) return this.tokens[k].text;
        }
        return undefined;
    }

    /** The end of what time is spent on after a period at tokens[at]: "bijscholing" in "40 uur bijscholing", "of CPD". */
    private timeSpentOn(at: number): number | undefined {
        const tokens = this.tokens;
        const of = this.language === 'en' && tokens[at]?.lower === 'of' ? 1 : 0;
        if (this.language === 'en' && !of) return undefined;
        const t = tokens[at + of];
        if (!t || this.taken[at + of] || !this.isContentWord(t) || this.isVerbForm(at + of) || this.lex.periods.has(t.lower)) return undefined;
        // Dutch writes the thing right after the time, where an adverb or a verb may stand too ("twee dagen vooraf", "3
        // dagen meelopen"): only a noun of activity counts.
        if (this.language === 'nl' && !/(ing|heid|werk|tijd|time|les|scholing|studie|onderwijs|stage|coaching|intervisie)$/.test(t.lower)) return undefined;
        return this.nounPhrase(at + of)?.end;
    }

    /**
     * A rate after a figure in a range: what each is counted per ("per medewerker", up to two) and a period, in either
     * order: "4 dagen per medewerker per jaar". What it is per belongs to the unit, the period is the frequency.
     */
    private rateAfter(at: number): { perThings: string; frequency?: Frequency; end: number } {
        const tokens = this.tokens;
        const perThings: string[] = [];
        let frequency: { frequency: Frequency; end: number } | undefined;
        let end = at;
        for (let steps = 0; steps < 3; steps++) {
            const period = frequency ? undefined : this.frequencyAt(end);
            if (period) { frequency = period; end = period.end; continue; }
            const what = tokens[end + 1];
            if (perThings.length === 2 || tokens[end]?.lower !== 'per' || !what || this.taken[end + 1] || !this.isContentWord(what)
                || PER_MEANS.has(this.text.slice(what.start, tokens[this.compoundEnd(end + 1)].end).toLowerCase())) break;
            perThings.push(`per ${what.text}`);
            end += 2;
        }
        return { perThings: perThings.join(' '), frequency: frequency?.frequency, end };
    }

    /** The length of an arrow at tokens[at]: "→" (1), "->" or "=>" (2), else 0. */
    private arrowAt(at: number): number {
        const tokens = this.tokens;
        if (tokens[at]?.text === '→') return 1;
        return ['-', '='].includes(tokens[at]?.text ?? '') && tokens[at + 1]?.text === '>' && !tokens[at + 1].spaced ? 2 : 0;
    }

    /** "van 6,8 naar 7,5", "from 32 to 45 points", "van 12 naar 5 klachten per maand". */
    private readRange(n: NumberReading, fromToken: number, kind: QuantityKind, firstSign: 1 | -1 = 1): number | undefined {
        const tokens = this.tokens;
        const firstUnit = this.unitAt(n.end);
        const rangeToAt = (at: number) => this.lex.rangeTo.matchAt(tokens, at) || this.arrowAt(at);
        // "van 6 dagen per medewerker per jaar naar 4", "van 40 p/m naar 20 p/m": the first figure's rate is the second's too.
        const firstRate = rangeToAt(firstUnit.end) ? undefined : this.rateAfter(firstUnit.end);
        const firstEnd = firstRate?.end ?? firstUnit.end;
        const to = rangeToAt(firstEnd);
        if (!to) return undefined;
        let k = firstEnd + to;
        if (['een', 'a', 'an'].includes(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'number') k++;
        // "from 45 to under 10", "van 12 naar minder dan 5": the target with its bound.
        const maxLength = this.lex.maximum.matchAt(tokens, k);
        const minLength = maxLength ? 0 : this.lex.minimum.matchAt(tokens, k);
        const bound = maxLength ? 'max' : minLength ? 'min' : undefined;
        k += maxLength || minLength;
        // The currency as written, before either figure or after one: "van €120 naar €80", "from 18,000 to 12,000 dollars".
        let currency = kind === 'money' && this.lex.currencies.has(tokens[n.start - 1]?.lower ?? '') ? tokens[n.start - 1].text : undefined;
        if (tokens[k] && this.lex.currencies.has(tokens[k].lower)) { currency ??= tokens[k].text; k++; }
        const secondSign = tokens[k] && (tokens[k].text === '+' || tokens[k].text === '-') && tokens[k + 1] && !tokens[k + 1].spaced
            ? (tokens[k++].text === '-' ? -1 : 1) : 1;
        const second = readNumberAt(tokens, k);
        if (!second || second.weak || second.ordinal || !this.free(second.start, second.end)) return undefined;
        const secondUnit = this.unitAt(second.end);
        const percent = firstUnit.kind === 'percent' || secondUnit.kind === 'percent';
        if (firstUnit.kind === 'money') currency ??= firstUnit.text;
        if (secondUnit.kind === 'money') currency ??= secondUnit.text;
        const money = kind === 'money' || currency !== undefined;
        const unitText = (u: Unit) => (u.kind === 'noun' || u.kind === 'measure' || u.kind === 'times' ? u.text : undefined);
        // "van 9 tot 17 uur" is a time of day, not a change.
        const unitWord = unitText(secondUnit) ?? unitText(firstUnit);
        if (unitWord && this.lex.periods.get(unitWord.toLowerCase()) === 'hour' && n.value <= 24 && second.value <= 24 && tokens[firstUnit.end].lower === 'tot') {
            this.addQuantity(n.value, 'count', 'date', n.start, n.end - 1);
            this.addQuantity(second.value, 'count', 'date', second.start, secondUnit.end - 1);
            this.take(fromToken, secondUnit.end);
            return secondUnit.end;
        }
        // "het percentage first time fix van 70 naar 85": the figures are percentages.
        const percentage = !percent && !money && this.percentageBefore(fromToken);
        const resultKind: QuantityKind = percent || percentage ? 'percent' : money ? 'money' : 'count';
        const measured = unitWord ?? this.measuredNounBefore(fromToken + 1);
        let end = secondUnit.end;
        // "van 12 naar 8 uur overwerk per maand": a rhythm may follow the thing the hours are spent on.
        const spentOn = secondUnit.kind === 'measure' && this.isContentWord(tokens[end]) && !this.taken[end] && !this.frequencyAt(end)
            && this.frequencyAt(end + 1) ? 1 : 0;
        const rate = percent ? undefined : this.rateAfter(end + spentOn);
        if (rate && rate.end > end + spentOn) end = rate.end;
        const frequency = rate?.frequency ?? firstRate?.frequency;
        const perThings = rate?.perThings || firstRate?.perThings;
        const measuredPer = (unit: string | undefined) => (unit && perThings ? `${unit} ${perThings}` : unit);
        const measure = !!unitWord && this.lex.measureWords.has(unitWord.toLowerCase());
        const signed = (sign: 1 | -1, text: string) => (sign < 0 ? `-${text}` : text);
        const unitless = percent || percentage || money;
        const amountCurrency = resultKind === 'money' ? currency : undefined;
        const baseline = this.addQuantity(firstSign * n.value, resultKind, 'baseline', n.start, Math.max(n.start, firstUnit.end - 1), {
            digits: n.word || n.end > n.start + 1 ? undefined : signed(firstSign, tokens[n.start].text), unit: unitless ? undefined : measuredPer(unitText(firstUnit) ?? measured), measure,
            currency: amountCurrency,
        });
        this.addQuantity(secondSign * second.value, resultKind, frequency ? 'frequency' : 'target', second.start, Math.max(second.start, secondUnit.end - 1), {
            // Digits only as written alone: "3 miljoen" is 3000000, and "3" would drop the million.
            digits: second.word || second.end > second.start + 1 ? undefined : signed(secondSign, tokens[second.start].text), unit: unitless ? undefined : measuredPer(measured), measure,
            baseline, frequency, bound, currency: amountCurrency,
        });
        this.take(fromToken, end);
        return end;
    }

    /** niveau B2, B2-niveau, level C1, niveau 3, NT2 B1: a recognised level is a result. */
    private readLevels(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            if (t.kind === 'alnum' && CEFR.test(t.text) && !this.taken[i]) {
                this.results.push({ kind: 'level', object: this.levelText(i), text: t.text, from: t.start, to: t.end });
                this.take(i, i + 1);
            }
        }
        for (const q of this.quantities) {
            if (q.role !== 'identifier' && q.role !== 'target') continue;
            const at = this.tokenAt.get(q.from) ?? -1;
            const before = tokens[at - 1];
            // "in de top 3", "in the top 10": a rank to reach; the rank is the result, not the word "top".
            const topAt = before?.text === '-' ? at - 2 : at - 1;
            if (at > 0 && tokens[topAt]?.lower === 'top' && (!tokens[topAt].capital || topAt === 0)) {
                q.role = 'identifier';
                q.unit = undefined;
                const rank = `top ${q.text}`;
                this.results.push({ kind: 'level', object: rank, text: rank, from: tokens[topAt].start, to: q.to });
                this.take(topAt, at);
                continue;
            }
            if (at <= 0 || !before || !this.lex.levelNouns.has(before.lower)) continue;
            // "haalt niveau 3", "reach level 2": a level to reach; "de opleiding tot verpleegkundige niveau 4" and "the CIPD
            // Level 5 Associate Diploma" and "het MBO niveau 4 diploma", whose result noun comes after the level: a name.
            const resultAfter = [1, 2, 3].some(d => !!tokens[at + d] && (tokens[at + d].capital || d === 1) && this.isResultNoun(at + d) > 0);
            if (this.reachesLevel(at - 1) && !resultAfter) {
                q.role = 'target';
                q.unit = before.text;
                this.results.push({ kind: 'level', object: `${before.text} ${q.text}`, text: q.text, from: before.start, to: q.to });
            } else {
                // Part of a name: "de opleiding tot verpleegkundige niveau 4", "the level 2 course", whose noun is free
                // again for the result ("course").
                q.role = 'identifier';
                q.unit = undefined;
                this.named[at] = true;
                for (let k = at + 1; k < tokens.length && tokens[k].end <= q.to; k++) this.taken[k] = false;
                q.to = tokens[at].end;
                q.text = tokens[at].text;
            }
        }
    }

    private reachesLevel(levelNoun: number): boolean {
        const reach = ['bereikt', 'bereiken', 'bereik', 'reach', 'reaches', 'naar', 'to', 'achieve', 'achieves', 'get', 'gets'];
        for (let k = levelNoun - 1; k >= Math.max(0, levelNoun - 4); k--) {
            const t = this.tokens[k];
            // "reach IELTS band 7": the test whose band it is stands right before it; "de opleiding tot ... niveau 4" is a name.
            const resultNoun = this.lex.resultNounWords.has(t.lower) || this.endsWithAny(t.lower, this.lex.resultNounWords);
            if (resultNoun && k === levelNoun - 1 && t.capital) continue;
            if (isClauseEnd(t) || resultNoun) return false;
            // "to prepare for the band 6 role": an infinitive's "to" reaches nothing.
            const infinitive = t.lower === 'to' && k + 1 < levelNoun && this.isVerbForm(k + 1);
            if ((reach.includes(t.lower) && !infinitive) || this.lex.gradeVerbs.has(t.lower)) return true;
        }
        return false;
    }

    private levelText(i: number): string {
        const tokens = this.tokens;
        const before = tokens[i - 1];
        const after = tokens[i + 1];
        if (before && this.lex.levelNouns.has(before.lower)) return `${before.text} ${tokens[i].text}`;
        if (after && after.joined && tokens[i + 2] && this.lex.levelNouns.has(tokens[i + 2].lower)) return `${tokens[i].text}-${tokens[i + 2].text}`;
        if (after && this.lex.levelNouns.has(after.lower)) return `${tokens[i].text} ${after.text}`;
        return this.language === 'nl' ? `niveau ${tokens[i].text}` : `level ${tokens[i].text}`;
    }

    /** A frequency word used as an adjective of a thing ("het dagelijks werk", "the weekly meeting") says nothing about the goal. */
    private attributive(i: number): boolean {
        const before = this.tokens[i - 1];
        return !!before && (this.lex.determiners.has(before.lower) || ['in', 'bij', 'tijdens', 'during', 'at', 'on', 'voor', 'for', 'of', 'van'].includes(before.lower));
    }

    /** Whether a verb of taking part ends right before tokens[at]: "attends the", "neemt deel aan het", "woont de ... bij". */
    private participationBefore(at: number): boolean {
        const verb = this.tokens[at - 1]?.lower ?? '';
        return this.endsBefore(this.lex.participationVerbs, at) > 0 || (['woont', 'woon'].includes(verb) && this.separableFinishAt(at - 1));
    }

    /**
     * Whether tokens[i] is in a relative clause after a result noun: "a dashboard for the team that refreshes daily"
     * is one dashboard, not a habit.
     */
    private describesResult(i: number): boolean {
        const tokens = this.tokens;
        for (let k = i - 1; k > 0 && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            if (!RELATIVE_PRONOUNS.has(tokens[k].lower)) continue;
            for (let m = k - 1; m >= Math.max(0, k - 6); m--) if (this.isResultNoun(m) > 0) return true;
            return false;
        }
        return false;
    }

    /**
     * An observable rhythm or rule with no count: "every Friday", "wekelijks", "elke ochtend", and "each" or "all"
     * before a case ("met elke leerling", "every customer", "alle klachten"). It makes a behaviour checkable unless the
     * verb is only a wish.
     */
    private readFrequencyBehaviour(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            const t = tokens[i];
            if (this.lex.frequencyAdverbs.has(t.lower)) {
                // "het wekelijkse overleg" is a rhythm only where someone takes part in it: "neemt deel aan het wekelijkse overleg".
                const takenPartIn = this.lex.determiners.has(tokens[i - 1]?.lower ?? '') && this.participationBefore(i - 1);
                if ((this.attributive(i) && !takenPartIn) || this.describesResult(i)) continue;
                // "het wekelijkse overleg", "the weekly meeting": the meeting's rhythm, not how often the goal's action is done.
                const ofAThing = !!tokens[i - 1] && (this.isArticle(tokens[i - 1]) || this.lex.determiners.has(tokens[i - 1].lower));
                const adverb = this.lex.frequencyAdverbs.get(t.lower)!;
                const frequency = ofAThing ? undefined : this.habitFrequency(i, i, { ...adverb, text: t.text });
                this.criteria.push({ kind: 'frequency', text: t.text, from: t.start, to: t.end, frequency });
                this.take(i, i + 1);
                continue;
            }
            const withAll = (t.lower === 'alle' || t.lower === 'all') && ['met', 'with'].includes(tokens[i - 1]?.lower ?? '');
            // "om de week", "om de vrijdag": every other one, only with the period after it ("om de kosten" is a purpose),
            // and not as the object of a purpose ("om de week te plannen").
            const everyOther = this.everyLength(i) === 2 && !this.taken[i + 1];
            if (this.lex.everyWords.has(t.lower) || withAll || everyOther) {
                const found = this.everyAt(i);
                if (found && !(everyOther && this.purposeInfinitiveAfter(found.last + 1))) {
                    const frequency = this.habitFrequency(i, found.last, found.frequency);
                    this.criteria.push({ kind: 'frequency', text: found.frequency.text, from: t.start, to: tokens[found.last].end, frequency });
                    this.take(i, found.last + 1);
                    continue;
                }
                if (everyOther) continue;
                const next = tokens[i + 1];
                if (next && (this.isContentWord(next) || next.kind === 'alnum') && !this.taken[i + 1]) {
                    this.criteria.push({ kind: 'each', text: this.text.slice(t.start, next.end), from: t.start, to: next.end });
                    this.countPerCase(i);
                    continue;
                }
            }
            // "op maandag", "on Fridays"; "on Friday 12 March" is one day, read as a date.
            const dated = this.taken[i + 2] && this.dates.some(d => d.first <= i + 2 && d.last >= i + 2);
            if ((t.lower === 'on' || t.lower === 'op') && tokens[i + 1] && this.lex.weekdays.has(tokens[i + 1].lower.replace(/s$/, '')) && !dated) {
                const text = this.text.slice(t.start, tokens[i + 1].end);
                // "een voorstel voor thuiswerken op vrijdag": the day belongs to the thing proposed, not to how often.
                const ofAThing = OBJECT_PREPOSITIONS.has(tokens[i - 2]?.lower ?? '');
                const frequency = ofAThing ? undefined : this.habitFrequency(i, i + 1, { unit: 'week', every: 1, text });
                this.criteria.push({ kind: 'frequency', text, from: t.start, to: tokens[i + 1].end, frequency });
                this.take(i, i + 2);
            }
        }
    }

    /**
     * "Geeft in elke werkbespreking minstens twee complimenten", "Asks at least one question in every team meeting": a
     * count in the clause of "each" at tokens[i] is per case, and says so in its unit.
     */
    private countPerCase(i: number): void {
        const tokens = this.tokens;
        const cases = this.nounPhrase(i + 1);
        if (!cases) return;
        const { first, end } = this.clauseAround(i);
        // "Maakt één jaarplan dat elke afdeling gebruikt": "each" in a relative clause says who uses the one made.
        if (tokens.slice(first, i).some(t => RELATIVE_PRONOUNS.has(t.lower))) return;
        const inClause = (q: MutableQuantity) => q.from >= tokens[first].start && q.to <= tokens[end - 1].end;
        const counts = this.quantities.filter(q => q.role === 'target' && q.kind === 'count' && q.unit && !q.measure && !q.frequency
            && !/\bper\b/.test(q.unit) && inClause(q));
        if (counts.length === 1) counts[0].unit = `${counts[0].unit} per ${cases.text}`;
    }

    /**
     * How often the goal's own action is done, for a rhythm at tokens[first..last]. None for the rhythm of a thing in a
     * relative clause ("a support group that meets monthly") or of several days ("op maandag en woensdag"): neither says
     * how many times the goal's action is done.
     */
    private habitFrequency(first: number, last: number, frequency: Frequency): Frequency | undefined {
        const tokens = this.tokens;
        const [next, after] = [tokens[last + 1], tokens[last + 2]];
        if (next && [',', 'en', 'and', 'of', 'or'].includes(next.lower) && after && this.lex.weekdays.has(after.lower.replace(/s$/, ''))) return undefined;
        for (let k = first - 1; k > 0 && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            // "zorgt dat", "ensure that" open what the writer does, not a clause about a thing.
            if (RELATIVE_PRONOUNS.has(tokens[k].lower) && !ENSURING.has(tokens[k - 1].lower)) return undefined;
        }
        return frequency;
    }

    private readResults(): void {
        const tokens = this.tokens;
        const hasDeadline = this.dates.some(d => d.role === 'deadline');
        const add = (result: ReadResult | undefined) => {
            const key = `${result?.kind}\u0000${result?.object}`;
            if (result && !this.resultKeys.has(key)) { this.resultKeys.add(key); this.results.push(result); }
            return !!result;
        };
        for (let i = 0; i < tokens.length; i++) {
            const t = tokens[i];
            if (this.taken[i] && t.kind !== 'word') continue;
            const dated = hasDeadline || this.dates.some(d => d.role === 'start');
            const role = this.lex.roleVerbs.matchAt(tokens, i) || (dated && ['is', 'ben', 'am', 'be', 'zijn', 'als', 'as'].includes(t.lower) ? 1 : 0);
            if (role) {
                // "praktijkopleider zijn" ends its clause; "in zijn eerste jaar" is a possessive.
                const next = tokens[i + 1];
                // ("teamleider zijn van het klantcontactcentrum": whose role it is may follow.)
                const verbLast = t.lower !== 'zijn' || !next || isClauseEnd(next) || isComma(next) || next.lower === 'en'
                    || ['van', 'bij', 'voor', 'binnen'].includes(next.lower);
                // "met zijn leidinggevende": before a word, "zijn" is his, and what follows is no role taken on.
                const possessive = t.lower === 'zijn' && !verbLast && !this.lex.roleVerbs.matchAt(tokens, i);
                // "Zichtbaarder worden als specialist", "Sterker worden als adviseur": a comparative before the verb is a wish.
                const wishedFor = i > 0 && this.wishes(i - 1);
                const roleVerbLast = ['worden', 'word', 'wordt', 'become', 'zijn'].includes(t.lower) && verbLast;
                const found = possessive || wishedFor || this.namesWhichWork(i) ? undefined
                    : this.roleAfter(i + role) ?? (roleVerbLast ? this.roleBefore(i) : undefined);
                if (add(found)) continue;
            }
            if (this.taken[i]) continue;
            if (add(this.chairedBodyAt(i))) continue;
            const form = this.lex.resultForms.matchAt(tokens, i) || (this.statusAfterLabel(i) ? 1 : 0);
            if (form) {
                const next = tokens[i + form];
                const negated = ['niet', 'not', 'geen', 'no'].includes(tokens[i - 1]?.lower ?? '');
                const copula = this.copulaBefore(i);
                // "live staat", "in productie draait", "in gebruik gaat": a Dutch verb after the state that only says it holds.
                const stateVerbAfter = !!next && ['staat', 'staan', 'gaat', 'gaan', 'draait', 'draaien', 'komt', 'komen'].includes(next.lower);
                const standsAlone = !next || !this.isContentWord(next) || this.taken[i + form] || this.lex.levelNouns.has(next.lower) || next.capital
                    || copula || stateVerbAfter;
                // "het beleidsplan klaar" is done; "klaar voor een nieuwe rol" is only ready; "klaar met de migratie" names
                // what is done, read below as a verb of finishing.
                const readyFor = t.lower === 'klaar' && ['voor', 'om', 'met'].includes(next?.lower ?? '');
                if (!negated && standsAlone && !readyFor) {
                    const last = tokens[i + form - 1];
                    const text = this.text.slice(t.start, last.end);
                    if (add({ kind: 'state', object: text, text, from: t.start, to: last.end })) continue;
                }
            }
            // "heb ... afgerond", "will have completed": a perfect tense reports a thing done.
            const perfect = PERFECT_AUXILIARIES.has(t.lower) ? this.participleAfter(i) : undefined;
            if (perfect !== undefined && add(this.resultObject(perfect, 1, 'finish'))) { this.resultVerbs.add(perfect); continue; }
            // "Afronding van de cursus ...", "Completion of the Yellow Belt", "het behalen van het certificaat".
            const nominal = this.lex.finishNouns.matchAt(tokens, i);
            // "na het behalen van de opleiding", "after completion of the course": a moment, not the goal.
            const moment = [tokens[i - 1], tokens[i - 2]].some(b => !!b && NOMINAL_MOMENT_PREPOSITIONS.has(b.lower));
            if (nominal && !moment && !this.inTimeClause(i)) {
                const of = ['van', 'of'].includes(tokens[i + nominal]?.lower ?? '') ? 1 : 0;
                if (add(this.resultObject(i, nominal + of, 'finish'))) { this.resultVerbs.add(i); continue; }
            }
            const finishing = this.lex.finishVerbs.matchAt(tokens, i) || (this.separableFinishAt(i) ? 1 : 0);
            const obtaining = this.lex.completionVerbs.matchAt(tokens, i) || this.consentParticleAt(i);
            // "agrees to my proposal": the longer phrase, of someone else's approval, over the verb alone ("agrees a plan").
            const finish = obtaining > finishing ? 0 : finishing;
            const completion = finish ? 0 : obtaining;
            const production = finish || completion ? 0 : this.lex.productionVerbs.matchAt(tokens, i);
            const verbLength = finish || completion || production;
            if (!verbLength || this.inTimeClause(i) || this.makesOwnAt(i)) continue;
            // "Opleveren van een risicoregister": an infinitive as a noun, as forms write it; what follows "van" is its object.
            const clauseStart = i === 0 || isClauseEnd(tokens[i - 1]) || isComma(tokens[i - 1]);
            const ofNoun = this.language === 'nl' && clauseStart && t.lower.endsWith('en') && tokens[i + verbLength]?.lower === 'van';
            const length = verbLength + (ofNoun ? 1 : 0);
            // "een nieuwe rol" (not "rol ... uit", roll out), "the monthly close": after an article, a verb's form is a noun.
            if (this.nounAfterArticle(i) || this.topicAfterPreposition(i)) continue;
            if (add(this.resultObject(i, length, finish ? 'finish' : completion ? 'obtain' : 'produce') ?? (completion ? this.approvalIn(i) : undefined)
                ?? this.choiceAfterParticle(i) ?? (completion ? this.resultNounBefore(i) : undefined))) {
                this.resultVerbs.add(i);
            }
        }
        // "een voldoende", "a pass"
        for (let i = 0; i < tokens.length; i++) {
            const length = this.lex.passingGrade.matchAt(tokens, i);
            if (length && this.isGradeContext(i, length) && !this.resultKeys.has(`grade\u0000${tokens[i].start}`)) {
                this.resultKeys.add(`grade\u0000${tokens[i].start}`);
                const last = tokens[i + length - 1];
                const text = this.text.slice(tokens[i].start, last.end);
                add({ kind: 'grade', object: text, text, from: tokens[i].start, to: last.end });
            }
        }
    }

    /**
     * "ITIL 4 Foundation - passed", "Leadership programme: completed by Q3", "gets her licence renewed", "A finalised
     * plan": a participle of finishing that reports a status after a label, after "get" or "have" (what was done to
     * it), or first in the statement. Elsewhere it only describes ("data obtained from surveys", "deadlines passed").
     */
    private statusAfterLabel(i: number): boolean {
        const tokens = this.tokens;
        if (!STATUS_PARTICIPLES.has(tokens[i].lower)) return false;
        // "A finalised succession plan for the two key roles": the statement is the thing, in the state named first.
        if (i === 1 && this.isArticle(tokens[0])) return true;
        if (tokens[i - 1]?.text === ':' || (tokens[i - 1]?.text === '-' && tokens[i - 1].spaced)) return true;
        for (let k = i - 1; k >= 0 && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            if (['get', 'gets', 'got', 'have', 'has', 'had', 'krijgt', 'laat', 'laten'].includes(tokens[k].lower)) return true;
        }
        return false;
    }

    /**
     * "is gecertificeerd lasser", "Is per 1 juni gecertificeerd lasser", "een gediplomeerd verpleegkundige": a copula
     * or an article before a result form, in its clause; a date may stand between them.
     */
    private copulaBefore(i: number): boolean {
        const tokens = this.tokens;
        for (let k = i - 1; k >= Math.max(0, i - 6) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            const word = tokens[k].lower;
            if (['ben', 'is', 'word', 'wordt', 'am', 'be', 'become', 'becomes', 'zijn'].includes(word)) return true;
            if (k >= i - 3 && ['a', 'an', 'een'].includes(word)) return true;
        }
        return false;
    }

    /** Whether tokens[i] is in a clause of time: "before the project starts", "voordat het project start". */
    private inTimeClause(i: number): boolean {
        const tokens = this.tokens;
        for (let k = i - 1; k >= 0 && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            if (TIME_CONJUNCTIONS.has(tokens[k].lower)) return true;
            // "before June" is a date; "before the project starts", "after we launch" open a clause.
            const subject = tokens[k + 1];
            if (['before', 'after', 'when'].includes(tokens[k].lower) && subject && k + 1 < i
                && (this.isArticle(subject) || SUBJECT_PRONOUNS.has(subject.lower))) return true;
        }
        return false;
    }

    /** The past participle that completes a perfect tense after tokens[aux], in the same clause; none for a wish ("heb verbeterd"). */
    private participleAfter(aux: number): number | undefined {
        const tokens = this.tokens;
        for (let k = aux + 1; k < Math.min(tokens.length, aux + 10) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k++) {
            const w = tokens[k].lower;
            const held = ['heb', 'hebt', 'heeft', 'hebben'].includes(tokens[aux].lower) && SIGNED_FORMS.has(w);
            const dutch = /^(af|op|in|aan|bij|uit|door|mee|over|terug|vast|weg|voor)?ge[a-z]{3,}(d|t|en)$/.test(w) || /^(be|ver|ont|her)[a-z]{3,}(d|t)$/.test(w) || held;
            const english = /^[a-z]{3,}ed$/.test(w) || EN_PARTICIPLES.has(w);
            if (!dutch && !english) continue;
            if (this.lex.directionVerbs.matchAt(tokens, k) || isComparativeForm(w, this.lex)) return undefined;
            return k;
        }
        return undefined;
    }

    /**
     * "stemt uiterlijk 1 maart in met het rooster": the particle of "instemmen" after a date, read as the approval it ends
     * (its length, 2) when a form of "stemmen" stands before it in the clause; "werkt ... in met" is no approval.
     */
    private consentParticleAt(i: number): number {
        const tokens = this.tokens;
        if (this.language !== 'nl' || tokens[i].lower !== 'in' || tokens[i + 1]?.lower !== 'met') return 0;
        return this.inClauseBefore(i, CONSENT_VERB_FORMS) ? 2 : 0;
    }

    /** Whether "te" with its verb follows in the clause from tokens[at], before another "om": "om de week te plannen". */
    private purposeInfinitiveAfter(at: number): boolean {
        for (let k = at; k < this.tokens.length && !isClauseEnd(this.tokens[k]) && !isComma(this.tokens[k]); k++) {
            if (this.tokens[k].lower === 'om') return false;
            if (this.tokens[k].lower === 'te' && this.tokens[k + 1]?.kind === 'word') return true;
        }
        return false;
    }

    /** Whether a number stands in the clause from tokens[at] on (the point of "max. 5" ends no clause). */
    private numberLaterInClause(at: number): boolean {
        const tokens = this.tokens;
        for (let k = at; k < tokens.length && !isComma(tokens[k]); k++) {
            if (isClauseEnd(tokens[k]) && !(tokens[k].text === '.' && tokens[k + 1]?.kind === 'number')) return false;
            if (tokens[k].kind === 'number') return true;
        }
        return false;
    }

    /** Whether one of the words stands before tokens[at] in its clause: "stemt ... in met", "Keep ... at zero". */
    private inClauseBefore(at: number, words: ReadonlySet<string>): boolean {
        for (let k = at - 1; k >= 0 && !isClauseEnd(this.tokens[k]) && !isComma(this.tokens[k]); k--) {
            if (words.has(this.tokens[k].lower)) return true;
        }
        return false;
    }

    /** "levert ... op", "rondt ... af", "spreekt ... af": a Dutch verb whose particle later in the clause makes it finish. */
    private separableFinishAt(i: number): boolean {
        return this.separableParticleAt(i) !== undefined;
    }

    /** Where the particle of a separable verb at tokens[i] stands in its clause ("spreekt ... af"), if it is one. */
    private separableParticleAt(i: number): number | undefined {
        const particles = this.lex.separableFinish.get(this.tokens[i].lower);
        if (!particles) return undefined;
        for (let k = i + 1; k < this.tokens.length && !isClauseEnd(this.tokens[k]) && !isComma(this.tokens[k]); k++) {
            if (particles.includes(this.tokens[k].lower)) return k;
        }
        return undefined;
    }

    /**
     * Dutch puts the verb last, after the whole object: "de cursus Excel voor gevorderden volgen". When the words right
     * before the verb are a name or a phrase after the noun, the result noun earlier in the clause is the object.
     */
    private resultNounBefore(verbAt: number): ReadResult | undefined {
        // "Verbetert zijn Engels om het diploma te halen": a result named only as the purpose of a wish is no goal.
        if (this.language !== 'nl' || this.purpose[verbAt]) return undefined;
        const tokens = this.tokens;
        for (let k = verbAt - 1; k >= Math.max(0, verbAt - 8) && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k--) {
            // "de cursus niet volgen": a result said not to be reached is none.
            if (['niet', 'geen', 'nooit'].includes(tokens[k].lower)) return undefined;
            if (this.taken[k] || this.isResultNoun(k) === 0 || !this.isArticle(tokens[k - 1]) && !POSSESSIVES.has(tokens[k - 1]?.lower ?? '')) continue;
            const text = this.text.slice(tokens[k].start, tokens[verbAt].end);
            return { kind: 'completion', object: tokens[k].text, text, from: tokens[k].start, to: tokens[verbAt].end };
        }
        return undefined;
    }

    /** "spreekt met zijn leidinggevende af welke opleiding hij volgt": the choice after the particle is the thing agreed. */
    private choiceAfterParticle(verbAt: number): ReadResult | undefined {
        const particle = this.separableParticleAt(verbAt);
        if (particle === undefined || !['welke', 'welk', 'wat'].includes(this.tokens[particle + 1]?.lower ?? '')) return undefined;
        return this.resultObject(particle, 1, 'finish');
    }

    /** "krijgt van de directie akkoord op", "gets sign-off from": an approval anywhere in the clause of "krijgen", "get". */
    private approvalIn(verbAt: number): ReadResult | undefined {
        const tokens = this.tokens;
        for (let k = verbAt + 1; k < Math.min(tokens.length, verbAt + 10) && !isClauseEnd(tokens[k]); k++) {
            const word = tokens[k].lower;
            if (['akkoord', 'goedkeuring', 'approval', 'sign-off', 'toestemming', 'permission', 'fiat', 'mandaat', 'mandate'].includes(word)
                || (word === 'sign' && tokens[k + 2]?.lower === 'off')) {
                const text = this.text.slice(tokens[verbAt].start, tokens[k].end);
                return { kind: 'completion', object: tokens[k].text, text, from: tokens[verbAt].start, to: tokens[k].end };
            }
        }
        return undefined;
    }

    private isRoleNoun(word: string): boolean {
        return this.lex.roleNounWords.has(word) || this.endsWithAny(word, this.lex.roleNounWords);
    }

    /** Whether a token makes what follows a wish: a comparative, or a quality with no criterion ("een goede leidinggevende"). */
    private wishes(k: number): boolean {
        const t = this.tokens[k];
        return this.lex.irregularComparatives.has(t.lower) || isComparativeForm(t.lower, this.lex)
            || (this.hedged.has(k) && this.vague.some(v => v.kind === 'quality' && v.from === t.start));
    }

    /**
     * "mijn werk als verpleegkundige", "my work as a developer": a role word at tokens[i] after a noun, or a noun that
     * could be a verb ("work as") after "my", says which work, no role taken on.
     */
    private namesWhichWork(i: number): boolean {
        const tokens = this.tokens;
        if (POSSESSIVES.has(tokens[i - 1]?.lower ?? '')) return true;
        if (!['als', 'as'].includes(tokens[i].lower) || !tokens[i - 1] || this.taken[i - 1] || !this.isContentWord(tokens[i - 1])) return false;
        const ownNoun = !!tokens[i - 2] && (POSSESSIVES.has(tokens[i - 2].lower) || this.isArticle(tokens[i - 2]));
        // ("werken als senior adviseur", "aan de slag als teamleider": a verb of taking a role up ends with "als".)
        const roleVerbEndsHere = [2, 3, 4].some(length => this.lex.roleVerbs.matchAt(tokens, i + 1 - length) === length);
        if (ownNoun) return true;
        return !this.isVerbForm(i - 1) && !roleVerbEndsHere && !this.lex.roleVerbs.matchAt(tokens, i);
    }

    /**
     * Chairing a body is a role held: "chairs the safety committee", "zit de werkgroep duurzaamheid voor", "gaat de OR
     * voorzitten". Chairing a meeting ("chairs the weekly team meeting") is only something done.
     */
    private chairedBodyAt(i: number): ReadResult | undefined {
        const tokens = this.tokens;
        const t = tokens[i];
        const english = this.language === 'en' && CHAIRING_VERBS.has(t.lower) && this.isArticle(tokens[i + 1]);
        const dutch = this.language === 'nl' && ['zit', 'zitten', 'voorzitten'].includes(t.lower);
        if (!english && !dutch) return undefined;
        const isBody = (k: number) => !!tokens[k] && (this.language === 'en'
            ? CHAIRED_BODIES.en.has(tokens[k].lower)
            : CHAIRED_BODIES.nl.some(body => tokens[k].lower.endsWith(body)) || ['OR', 'MR'].includes(tokens[k].text));
        const clause = this.clauseAround(i);
        const role = (first: number, last: number): ReadResult | undefined => {
            // "Gets better at chairing the works council", "wil de werkgroep beter voorzitten": a wish about chairing.
            for (let k = clause.first; k < clause.end; k++) if (this.wishes(k)) return undefined;
            const text = this.text.slice(tokens[first].start, tokens[last].end);
            return { kind: 'role', object: this.language === 'en' ? 'chair' : 'voorzitter', text, from: tokens[first].start, to: tokens[last].end };
        };
        if (english) {
            // "the works council", "the health and safety committee": the body ends its phrase.
            for (let k = i + 2; k < Math.min(clause.end, i + 7); k++) {
                const next = tokens[k + 1];
                if (isBody(k) && (!next || !this.isContentWord(next))) return role(i, k);
            }
            return undefined;
        }
        // "zit ... voor": the particle ends the clause, the body stands between.
        if (t.lower !== 'voorzitten') {
            if (tokens[clause.end - 1]?.lower !== 'voor') return undefined;
            for (let k = i + 1; k < clause.end - 1; k++) if (isBody(k) && this.isArticle(tokens[k - 1])) return role(i, clause.end - 1);
            return undefined;
        }
        // "de ondernemingsraad voorzitten": the body before the verb.
        for (let k = i - 1; k >= Math.max(clause.first, i - 4); k--) if (isBody(k) && this.isArticle(tokens[k - 1])) return role(k - 1, i);
        return undefined;
    }

    /** "teamleider", "de rol van coördinator", "the ward's link nurse", "assistant store manager" after a role verb. */
    private roleAfter(j: number): ReadResult | undefined {
        const tokens = this.tokens;
        let modifiers = 0;
        for (let k = j; k < Math.min(tokens.length, j + 8); k++) {
            const t = tokens[k];
            if (isClauseEnd(t) || isComma(t)) return undefined;
            const phrase = this.lex.roleNouns.matchAt(tokens, k);
            // "first aider": a role phrase whose first word was read as an ordinal is still the role.
            if (this.taken[k] && !this.hedged.has(k) && phrase < 2) continue;
            if (this.wishes(k)) return undefined;
            const end = this.compoundEnd(k);
            // "de rol van coördinator", "the position of team lead": the role comes after.
            const generic = ['rol', 'role', 'functie', 'position', 'baan', 'job'].includes(t.lower) && ['van', 'of', 'als', 'as'].includes(tokens[k + 1]?.lower ?? '');
            if (!generic && (phrase || this.isRoleNoun(tokens[end].lower))) {
                // "a team leader", but not "a team" followed by something else: take the longest role phrase.
                let lastAt = phrase ? Math.max(k + phrase - 1, end) : end;
                // "senior adviseur", "junior developer": a role word before the role is part of its name.
                const next = lastAt + 1;
                if (next < tokens.length && !this.taken[next] && tokens[next].kind === 'word') {
                    const nextPhrase = this.lex.roleNouns.matchAt(tokens, next);
                    const nextEnd = this.compoundEnd(next);
                    if (nextPhrase || this.isRoleNoun(tokens[nextEnd].lower)) lastAt = nextPhrase ? Math.max(next + nextPhrase - 1, nextEnd) : nextEnd;
                }
                const last = tokens[lastAt];
                const text = this.text.slice(t.start, last.end);
                return { kind: 'role', object: text, text, from: t.start, to: last.end };
            }
            // "Per 1 oktober ben ik coördinator": the subject after the verb.
            const skippable = this.isArticle(t) || ['rol', 'role', 'functie', 'position', 'van', 'of', 'als', 'as', 'tot'].includes(t.lower)
                || /['’]s$/.test(t.lower) || (k === j && SUBJECT_PRONOUNS.has(t.lower));
            if (skippable) continue;
            if (t.kind === 'word' && this.isContentWord(t) && !this.isVerbForm(k) && modifiers < 3) { modifiers++; k = end; continue; }
            return undefined;
        }
        return undefined;
    }

    /** Dutch puts the verb last: "wil teamleider worden", "per 1 januari praktijkopleider zijn". */
    private roleBefore(verbAt: number): ReadResult | undefined {
        const tokens = this.tokens;
        for (let k = verbAt - 1; k >= Math.max(0, verbAt - 4); k--) {
            const t = tokens[k];
            if (isClauseEnd(t)) return undefined;
            if (this.taken[k] && !this.hedged.has(k)) continue;
            if (!this.isRoleNoun(t.lower)) continue;
            for (let m = Math.max(0, k - 3); m < verbAt; m++) if (m !== k && this.wishes(m)) return undefined;
            const first = this.hyphenCompoundStart(k);
            const text = this.text.slice(tokens[first].start, t.end);
            return { kind: 'role', object: text, text: this.text.slice(tokens[first].start, tokens[verbAt].end), from: tokens[first].start, to: tokens[verbAt].end };
        }
        return undefined;
    }

    private endsWithAny(word: string, nouns: ReadonlySet<string>): boolean {
        return endsWithAny(word, nouns);
    }

    /** "procedures", "reports", "policies": an English plural whose singular is a result noun. */
    private isEnglishPluralOfResult(k: number): boolean {
        const word = this.tokens[k]?.lower ?? '';
        if (this.language !== 'en' || !word.endsWith('s')) return false;
        const singulars = [word.slice(0, -1), word.endsWith('es') ? word.slice(0, -2) : '', word.endsWith('ies') ? word.slice(0, -3) + 'y' : ''];
        return singulars.some(singular => singular !== '' && this.endsWithAny(singular, this.lex.resultNounWords));
    }

    private isResultNoun(k: number): number {
        const tokens = this.tokens;
        if (k < 0 || k >= tokens.length) return 0;
        const phrase = this.lex.resultNouns.matchAt(tokens, k);
        if (phrase) return phrase;
        const end = this.compoundEnd(k);
        return this.endsWithAny(tokens[end].lower, this.lex.resultNounWords) ? end - k + 1 : 0;
    }

    /**
     * The object of a verb: the noun phrase right after it (or, Dutch, right before a verb at the end), as the index of
     * its head, whether an article or number makes it definite, and whether a comparative sits in it.
     */
    private objectOf(from: number, step: 1 | -1): { head: number; headLength: number; definite: boolean; wish: boolean; title: boolean } | undefined {
        const tokens = this.tokens;
        let definite = false;
        let wish = false;
        let head: number | undefined;
        let headLength = 1;
        let title = false;
        let adjective: number | undefined;
        const english = this.language === 'en';
        let companion = 0;
        // Tokens read as something else (a date, a name's number) do not count towards the phrase's length.
        let skipped = 0;
        let afterPreposition: number | undefined;
        for (let k = from; k >= 0 && k < tokens.length && Math.abs(k - from) < 8 + companion + skipped; k += step) {
            const t = tokens[k];
            // "Certificaat Professional Scrum Master (PSM I) behaald": an aside in brackets within the phrase.
            if (t.text === ')' && step === -1) {
                let open = k - 1;
                while (open > 0 && open > k - 6 && tokens[open].text !== '(') open--;
                if (tokens[open]?.text === '(') { skipped += k - open + 1; k = open; continue; }
            }
            if (isClauseEnd(t) || isComma(t)) break;
            // "uiterlijk 1/7 het plan": the slash of a date read before is part of the date, not of the phrase.
            if (t.kind === 'symbol' && this.taken[k] && !this.named[k]) { skipped++; continue; }
            if (t.kind === 'symbol') { if (t.text === '-') continue; break; }
            if (this.hedged.has(k)) { if (this.wishes(k)) wish = true; continue; }
            if (this.taken[k]) {
                skipped++;
                // A date or a name inside the phrase ("het Prince2-certificaat", "The 7 Habits"): part of it.
                if (this.named[k]) { definite = true; title = true; continue; }
                if (head !== undefined) break;
                continue;
            }
            // "meld me aan voor", "schrijft zich in", "geef ik zelf de training": a reflexive pronoun is no part of the object.
            if (step === 1 && head === undefined && ['me', 'mij', 'zich', 'mezelf', 'zichzelf', 'zelf', 'myself', 'himself', 'herself'].includes(t.lower)) continue;
            // "stelt samen met de teamleider een plan op", "in overleg met HR": who it is done with is no part of the object.
            const withWhom = this.lex.companionMarkers.matchAt(tokens, k) || (this.personWith(k) ? 1 : 0);
            if (step === 1 && head === undefined && withWhom) {
                let end = this.companionEnd(k + withWhom);
                // "agrees with his manager on the training budget": what they agree on comes next.
                if (['on', 'over', 'about', 'op'].includes(tokens[end + 1]?.lower ?? '')) end++;
                companion += end - k + 1;
                k = end;
                continue;
            }
            // "agrees which course to take", "kiest welke cursus": the choice made is the thing done.
            const which = step === 1 && head === undefined && ['which', 'what', 'welke', 'welk'].includes(t.lower);
            // "all procedures", "alle protocollen": every one of a known set, as definite as "the procedures".
            const all = step === 1 && head === undefined && ['all', 'alle'].includes(t.lower);
            if (this.isArticle(t) || /['’]s$/.test(t.lower) || POSSESSIVES.has(t.lower) || which || all) {
                if (step === -1 && head !== undefined) {
                    // "wordt door de leverancier opgeleverd", "de website van de bibliotheek live zetten": who does it, or
                    // whose it is; the thing itself comes before.
                    if (['door', 'by', 'van', 'of'].includes(tokens[k - 1]?.lower ?? '')) { head = undefined; k--; continue; }
                    if (OBJECT_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') && !this.isResultLike(head)) {
                        afterPreposition ??= head;
                        head = undefined;
                        k--;
                        continue;
                    }
                    definite = true;
                    break;
                }
                definite = true;
                continue;
            }
            // "maakt binnen 6 weken na de start een inwerkplan", "geeft op de teamdag een workshop": a moment or a place
            // between the verb and its object is no part of it; nor is the role it is done in ("rondt als projectleider
            // de verhuizing af").
            if (step === 1 && head === undefined && !definite) {
                const moment = ['na', 'after', 'tijdens', 'during'].includes(t.lower);
                const noun = moment || PLACE_PREPOSITIONS.has(t.lower) ? this.nounOfPhrase(k + 1) : undefined;
                const place = noun !== undefined && !moment && !this.taken[noun] && this.objectFollows(noun + 1);
                if ((moment || place) && noun !== undefined) {
                    // "in de week van 12 mei": with the date that names it.
                    const end = ['van', 'of'].includes(tokens[noun + 1]?.lower ?? '') && this.taken[noun + 2] ? noun + 1 : noun;
                    skipped += end - k + 1;
                    k = end;
                    continue;
                }
                if (['als', 'as'].includes(t.lower) && tokens[k + 1] && this.isRoleNoun(tokens[k + 1].lower) && this.objectFollows(k + 2)) {
                    const end = this.compoundEnd(k + 1);
                    skipped += end - k + 1;
                    k = end;
                    continue;
                }
            }
            // "het beleidskader ter vaststelling aanbieden": what it is offered for comes between the object and its verb.
            if (step === -1 && tokens[k - 1]?.lower === 'ter') { skipped += 2; k--; continue; }
            // "lever o.a. de jaarrapportage aan", "writes e.g. a risk report": the abbreviation only points at the object.
            if (step === 1 && head === undefined && POINTING_ABBREVIATIONS.has(t.lower)) continue;
            // "In Q3 lever ik ... op": the subject after the verb is no object.
            if (step === 1 && head === undefined && !definite && SUBJECT_PRONOUNS.has(t.lower)) continue;
            if (['het', 'it', 'dit', 'this', 'dat', 'deze'].includes(t.lower) && head === undefined && step === 1) {
                // "rondt het af": a pronoun for the thing named before.
                return { head: k, headLength: 1, definite: true, wish: false, title: false };
            }
            // "de Lead Implementer certificering": a capital inside the sentence is a name, not a comparative ("Q3: Betere
            // rapportage" starts a clause).
            const clauseStart = k === 0 || tokens[k - 1].kind === 'symbol';
            if (this.wishes(k) && (!t.capital || clauseStart)) { wish = true; continue; }
            // "start met de opleiding", "slaagt voor het examen", "take part in the pilot".
            if (step === 1 && head === undefined && !definite && ['met', 'voor', 'aan', 'in', 'with', 'on', 'for', 'onto', 'into'].includes(t.lower)) continue;
            if (step === -1 && head === undefined && this.lex.auxiliaries.has(t.lower)) continue;
            // "mijn doel is om het diploma te halen": the infinitive's "te" is no part of the object. (In a purpose clause,
            // "om het diploma te halen" names why, not what is promised: no result is read there.)
            if (step === -1 && head === undefined && k === from && t.lower === 'te' && !this.purpose[k]) continue;
            // "wordt de cursus door mij afgerond": the passive's agent stands between the participle and its object.
            if (step === -1 && head === undefined && ['mij', 'ons', 'me', 'us'].includes(t.lower) && ['door', 'by'].includes(tokens[k - 1]?.lower ?? '')) {
                k--;
                continue;
            }
            // "the level 2 course": a number that is part of a name stays in the phrase.
            if (this.named[k] && t.kind === 'number') continue;
            // "nieuw offertesjabloon t.b.v. Sales opleveren", "de overstap naar de nieuwe leverancier afgerond": going back,
            // a noun after a preposition is what the thing is for or about; the thing itself comes before it.
            if (step === -1 && head !== undefined && !this.isResultLike(head) && (DOTTED_ABBREVIATION.test(t.text) || OBJECT_PREPOSITIONS.has(t.lower))) {
                afterPreposition ??= head;
                head = undefined;
                continue;
            }
            // "get my PMP certification ASAP": as soon as possible is when, not what.
            if (['asap', 'z.s.m.', 'zsm'].includes(t.lower)) break;
            // "an on-call rota": a function word that starts a hyphenated compound is part of the phrase.
            if (!this.isContentWord(t) && t.kind !== 'alnum' && !startsHyphenCompound(tokens, k)) break;
            // A verb form ends the phrase, unless a result noun follows it in a compound: "a peer review process".
            // Not inside a title: "de ISO 27001 Lead Implementer certificering".
            if (step === 1 && head !== undefined && this.isVerbForm(k) && !this.lex.resultNounWords.has(t.lower) && this.isResultNoun(k + 1) === 0
                && !(title && t.capital)) break;
            // "makes the checklist available", "the website live": an adjective after the noun says what it becomes.
            if (step === 1 && english && head !== undefined && (/(able|ible)$/.test(t.lower) || ['live', 'ready', 'public', 'visible'].includes(t.lower))) break;
            // "completes the course successfully", "finishes the report quickly": an adverb after the noun says how.
            if (step === 1 && english && head !== undefined && /^\w{4,}ly$/.test(t.lower) && !NOT_ADVERBS_IN_LY.has(t.lower)) break;
            if (t.capital && (k !== 0)) title = title || head === undefined;
            const result = this.isResultNoun(k);
            if (step === 1) {
                // Dutch: the first noun heads the phrase ("de cursus Feedback geven"); English: the last one ("the Salesforce course").
                if (result) { head = k; headLength = result; if (!english) break; k += result - 1; continue; }
                // An adjective is the head only when no noun follows it ("met mijn leidinggevende").
                if (!english && head === undefined && this.isDutchAdjectiveForm(t.lower) && !t.capital) { adjective ??= k; continue; }
                if (head === undefined || english) { head = k; headLength = this.compoundEnd(k) - k + 1; k = this.compoundEnd(k); }
                // "mijn code 95", "het examen AZ-900": a name after the noun belongs to the phrase.
                const named = this.named[k + 1] === true;
                if (!english && !this.isDutchAdjectiveForm(t.lower) && !t.capital && !named) break;
            } else {
                // Backwards from a verb at the end: "mijn propedeuse HBO-ICT hebben behaald".
                if (head === undefined && k === from && this.lex.auxiliaries.has(t.lower)) continue;
                // "de cursus Agile Scrum Master hebben afgerond": the noun before a title heads it, as it would forwards.
                const beforeTitle = result > 0 && head !== undefined && tokens[head].capital && !t.capital;
                if (head === undefined || (result && this.isResultNoun(head) === 0) || beforeTitle) { head = k; headLength = result || 1; }
                else if (!this.isDutchAdjectiveForm(t.lower) && !t.capital && !result && t.kind !== 'alnum') break;
            }
        }
        head ??= adjective ?? afterPreposition;
        if (head === undefined) return undefined;
        return { head, headLength, definite, wish, title };
    }

    /** The noun of a phrase that opens with an article at tokens[article]: "teamdag" in "de jaarlijkse teamdag". */
    private nounOfPhrase(article: number): number | undefined {
        const tokens = this.tokens;
        if (!this.isArticle(tokens[article])) return undefined;
        let k = article + 1;
        while (tokens[k + 1] && (this.isDutchAdjectiveForm(tokens[k].lower) || this.lex.englishAdjectives.has(tokens[k].lower)) && !this.taken[k]) k++;
        return tokens[k] ? this.compoundEnd(k) : undefined;
    }

    /** Whether an article opens a phrase later in the clause from tokens[from]: the object still to come. */
    private objectFollows(from: number): boolean {
        for (let k = from; k < this.tokens.length && !isClauseEnd(this.tokens[k]) && !isComma(this.tokens[k]); k++) {
            if (['een', 'de', 'het', 'a', 'an', 'the'].includes(this.tokens[k].lower)) return true;
        }
        return false;
    }

    /** A result noun, or the name of one ("VCA", "Prince2"): kept as the object even after a preposition. */
    private isResultLike(k: number): boolean {
        const t = this.tokens[k];
        return this.isResultNoun(k) > 0 || ACRONYM.test(t.text) || t.kind === 'alnum';
    }

    /** "met mijn leidinggevende", "with the team lead", "met HR": a person after "met" or "with" is who it is done with. */
    private personWith(k: number): boolean {
        const tokens = this.tokens;
        if (!['met', 'with'].includes(tokens[k]?.lower ?? '')) return false;
        const next = tokens[k + 1];
        if (!next || next.kind !== 'word') return false;
        if (POSSESSIVES.has(next.lower) || (next.capital && !this.isArticle(next))) return true;
        const noun = this.isArticle(next) ? k + 2 : k + 1;
        return !!tokens[noun] && (this.isRoleNoun(tokens[noun].lower) || this.lex.roleNouns.matchAt(tokens, noun) > 0
            || this.lex.companionNouns.has(tokens[noun].lower));
    }

    /** The last token of the companion after "samen met", "together with": up to the next article, in its clause. */
    private companionEnd(first: number): number {
        const tokens = this.tokens;
        let k = first;
        if (this.isArticle(tokens[k]) || POSSESSIVES.has(tokens[k]?.lower ?? '')) k++;
        while (k < tokens.length && this.isContentWord(tokens[k]) && !this.isArticle(tokens[k]) && !isClauseEnd(tokens[k])) k++;
        return k - 1;
    }

    /** The result a verb delivers: finish verbs take any definite thing, other verbs need a result noun ("het BHV-diploma"). */
    private resultObject(verbAt: number, verbLength: number, strength: 'finish' | 'obtain' | 'produce'): ReadResult | undefined {
        const tokens = this.tokens;
        for (const [from, step] of [[verbAt + verbLength, 1], [verbAt - 1, -1]] as const) {
            // "... besproken met HR", "discussed with HR": who it was done with; "met de software" is no object either.
            if (step === 1 && strength === 'finish' && ['met', 'with'].includes(tokens[from]?.lower ?? '') && !this.personWith(from)) continue;
            // "presentatie geven aan het MT", "opgeleverd aan de directie": who it goes to, not what ("slaagt voor het examen" is).
            if (step === 1 && strength !== 'obtain' && ['aan', 'to'].includes(tokens[from]?.lower ?? '')) continue;
            const object = this.objectOf(from, step);
            if (!object || object.wish) continue;
            const headToken = tokens[object.head];
            const pronoun = ['het', 'it', 'dit', 'this', 'dat', 'deze'].includes(headToken.lower);
            // "updates the procedures", "writes all reports": the plural of a thing made, made definite, is the set delivered
            // ("keeps the books up to date" keeps them, and delivers nothing).
            const resultNoun = this.isResultNoun(object.head) > 0
                || (strength === 'produce' && object.definite && this.isEnglishPluralOfResult(object.head));
            // "een leidinggevende functie hebben", "hold a management position": a role held.
            const holds = strength === 'obtain' || ROLE_HOLDING_VERBS.has(tokens[verbAt].lower);
            const roleNoun = holds && this.isRoleNoun(headToken.lower) && !pronoun;
            const plural = !resultNoun && !pronoun && /(en|s)$/.test(headToken.lower) && !/(ss|us|is)$/.test(headToken.lower);
            const credential = strength !== 'produce' && (ACRONYM.test(headToken.text) || (headToken.kind === 'alnum' && /^[A-Z]/.test(headToken.text)));
            let accept: boolean;
            if (strength === 'finish') accept = resultNoun || pronoun || object.title || (object.definite || !plural);
            else accept = resultNoun || credential || roleNoun || (object.title && object.definite);
            if (!accept) continue;
            let end = this.compoundEnd(object.head);
            let first = this.hyphenCompoundStart(object.head);
            // "the Six Sigma Yellow Belt", "het Lean Green Belt certificaat": a title is named whole, with its noun.
            if (headToken.capital && from > verbAt) {
                while (first - 1 >= from && tokens[first - 1].kind === 'word' && tokens[first - 1].capital && (!this.taken[first - 1] || this.named[first - 1])) first--;
                // "het Register Payroll Professional": the rest of the title after its first word.
                while (tokens[end + 1]?.kind === 'word' && tokens[end + 1].capital && !this.taken[end + 1]) end++;
                if (tokens[end + 1] && !this.taken[end + 1] && this.isResultNoun(end + 1) > 0) end = this.compoundEnd(end + 1);
            }
            const last = tokens[Math.max(end, object.head + object.headLength - 1)];
            const objectText = this.text.slice(tokens[first].start, last.end);
            const verb = tokens[verbAt];
            const fromOffset = Math.min(verb.start, tokens[first].start);
            const toOffset = Math.max(tokens[verbAt + verbLength - 1].end, last.end);
            const kind = roleNoun && !resultNoun ? 'role' : 'completion';
            return { kind, object: pronoun ? undefined : objectText, text: this.text.slice(fromOffset, toOffset), from: fromOffset, to: toOffset };
        }
        return undefined;
    }

    /** Whether the verb form at tokens[i] is a noun: after an article, with adjectives or (English) a length between. */
    private nounAfterArticle(i: number): boolean {
        const tokens = this.tokens;
        const before = tokens[i - 1]?.lower ?? '';
        if (this.isArticle(tokens[i - 1]) && !SUBJECT_PRONOUNS.has(before)) return true;
        // "the monthly close", "a more effective mentor", "the 6-month graduate programme": adjectives or a length between.
        let k = i - 1;
        while (k > 0 && k > i - 6) {
            const word = tokens[k].lower;
            const modifier = this.isDutchAdjectiveForm(word) || this.lex.englishAdjectives.has(word) || this.lex.frequencyAdverbs.has(word)
                // English only: a Dutch verb comes last, after its object ("mijn BIG-registratie verlengen").
                || (this.language === 'en' && (tokens[k].kind === 'number' || word === '-' || tokens[k].joined || startsHyphenCompound(tokens, k)))
                || ['more', 'most', 'less', 'very', 'meer', 'zeer', 'heel'].includes(word) || /^[a-z]{3,}(ive|ful|ous|ical)$/.test(word);
            if (!modifier) break;
            k--;
        }
        // ("een ruime voldoende halen": a Dutch infinitive after its object is the verb.)
        const dutchInfinitive = this.language === 'nl' && /en$/.test(tokens[i].lower);
        // ("during month-end close": after "during", as after an article.)
        return k < i - 1 && (this.isArticle(tokens[k]) || DURING.has(tokens[k].lower)) && !SUBJECT_PRONOUNS.has(tokens[k].lower) && !dutchInfinitive;
    }

    /** "kennis over duurzaam bouwen", "a course in project management": a verb after "over" or "in" names a subject. */
    private topicAfterPreposition(i: number): boolean {
        const tokens = this.tokens;
        const topic = (t: Token | undefined) => ['over', 'about', 'in', 'on'].includes(t?.lower ?? '');
        const before = tokens[i - 1]?.lower ?? '';
        return topic(tokens[i - 1]) || ((this.isDutchAdjectiveForm(before) || this.lex.englishAdjectives.has(before)) && topic(tokens[i - 2]));
    }

    /** zonder/without, altijd/always, nooit/never, op tijd/on time. */
    private readCriteria(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            // schadevrij, foutvrije, error-free, incident-free: without a single one.
            const t0 = tokens[i];
            if ((t0.kind === 'word' && t0.lower.length >= 8 && /vrije?$/.test(t0.lower)) || (t0.lower === 'free' && t0.joined)) {
                this.criteria.push({ kind: 'without', text: t0.text, from: t0.start, to: t0.end });
                this.take(i, i + 1);
                continue;
            }
            // "stops working overtime", "quit smoking": a habit given up, as "stopt met" is.
            if (GIVING_UP.has(t0.lower) && /ing$/.test(tokens[i + 1]?.lower ?? '') && !this.taken[i + 1]) {
                const text = this.text.slice(t0.start, tokens[i + 1].end);
                // "Stop being so hard on myself", "Stop doubting myself": an attitude given up, which is a wish.
                const attitude = ['being', 'doubting'].includes(tokens[i + 1].lower) || FEELING_WORDS.has(tokens[i + 1].lower);
                if (attitude) this.vague.push({ kind: 'feeling', text, from: t0.start, to: tokens[i + 1].end, inPurpose: this.purpose[i] });
                else this.criteria.push({ kind: 'always', text, from: t0.start, to: tokens[i + 1].end });
                this.take(i, i + 1);
                continue;
            }
            const length = this.lex.criterionWords.matchAt(tokens, i);
            if (!length) continue;
            const t = tokens[i];
            const isWithout = t.lower === 'zonder' || t.lower === 'without';
            if (isWithout && !this.isContentWord(tokens[i + 1]) && !this.isArticle(tokens[i + 1])) continue;
            const last = tokens[i + length - 1];
            // "altijd", "voortaan", "on time" repeat a behaviour; "zonder", "zelfstandig", "on my own" qualify how it is done.
            const how = isWithout || HOW_WORDS.has(t.lower) || (length > 1 && ['on', 'by', 'op'].includes(t.lower) && !['tijd', 'time'].includes(tokens[i + 1].lower));
            const text = this.text.slice(t.start, last.end);
            // "No longer feels insecure", "Ik wil me niet meer gestrest voelen": a feeling given up is a wish.
            if (GIVEN_UP.test(text) && tokens.some(x => FEELING_WORDS.has(x.lower))) {
                this.vague.push({ kind: 'feeling', text, from: t.start, to: last.end, inPurpose: this.purpose[i] });
                this.take(i, i + length);
                continue;
            }
            this.criteria.push({ kind: how ? 'without' : 'always', text, from: t.start, to: last.end });
            this.take(i, i + length);
        }
    }

    private readComparatives(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (this.taken[i]) continue;
            const t = tokens[i];
            if (t.kind !== 'word') continue;
            if (this.noLaterThan(i)) continue;
            // "e-learning", "self-development": the second half of a compound is no verb; nor is "Scrum Master", a name,
            // nor the first half of one ("the cut-off", "de follow-up").
            const name = t.capital && i > 0 && !isClauseEnd(tokens[i - 1]) && (tokens[i - 1].capital || !!tokens[i + 1]?.capital);
            const verb = this.resultVerbs.has(i) || t.joined || name || startsHyphenCompound(tokens, i) ? 0 : this.lex.directionVerbs.matchAt(tokens, i) || this.makesOwnAt(i);
            if (verb) {
                const last = tokens[i + verb - 1];
                this.comparatives.push({ form: 'verb', text: this.text.slice(t.start, last.end), from: t.start, to: last.end, inPurpose: this.purpose[i] });
                i += verb - 1;
                continue;
            }
            if (['more', 'meer', 'less', 'minder'].includes(t.lower)) {
                // "more than 80%" is a bound and was read with its number; "more customer focused" is a wish.
                let k = i + 1;
                while (k < tokens.length && k < i + 3 && this.isContentWord(tokens[k]) && (!this.taken[k] || this.hedged.has(k))) k++;
                const last = tokens[k - 1];
                this.comparatives.push({ form: k > i + 1 ? 'phrase' : 'word', text: this.text.slice(t.start, last.end), from: t.start, to: last.end, inPurpose: this.purpose[i] });
                // "more confident": the quality is part of the comparative, not a vague word of its own.
                for (let v = this.vague.length - 1; v >= 0; v--) {
                    if (this.vague[v].from >= t.start && this.vague[v].to <= last.end) this.vague.splice(v, 1);
                }
                i = k - 1;
                continue;
            }
            // "the 3 best books", "de 3 beste boeken": a superlative after a count picks which ones.
            const picked = ['best', 'most', 'least', 'minst'].includes(t.lower) && tokens[i - 1]?.kind === 'number' && this.isArticle(tokens[i - 2]);
            if (this.lex.irregularComparatives.has(t.lower) && !picked) {
                this.comparatives.push({ form: 'word', text: t.text, from: t.start, to: t.end, inPurpose: this.purpose[i] });
                continue;
            }
            // A capital inside the sentence is a name (Peter, Schiphol), not a comparative.
            if (t.capital && i > 0 && !isClauseEnd(tokens[i - 1])) continue;
            // "ouder dan 60 dagen": an age that picks the things counted, read with its number.
            if (AGE_COMPARATIVES.has(t.lower) && ['dan', 'than'].includes(tokens[i + 1]?.lower ?? '') && this.taken[i + 2]) continue;
            if (isComparativeForm(t.lower, this.lex)) {
                this.comparatives.push({ form: 'suffix', text: t.text, from: t.start, to: t.end, inPurpose: this.purpose[i] });
            }
        }
    }
}

/** Short nouns that end many compounds and little else: inwerkplan, actieplan, beleidsnota, huisstijlgids. */
const SHORT_COMPOUND_HEADS = new Set(['plan', 'nota', 'memo', 'gids']);

const compoundHeads = new WeakMap<ReadonlySet<string>, Map<string, boolean>>();

/** Whether a word is one of the nouns or a compound ending in one ("heftruckcertificaat", "inspraakavond"). */
function endsWithAny(word: string, nouns: ReadonlySet<string>): boolean {
    if (nouns.has(word)) return true;
    let known = compoundHeads.get(nouns);
    if (!known) compoundHeads.set(nouns, known = new Map());
    let result = known.get(word);
    if (result === undefined) {
        result = false;
        for (const noun of nouns) {
            const head = noun.length >= 5 || SHORT_COMPOUND_HEADS.has(noun);
            if (head && word.length > noun.length + 2 && word.endsWith(noun) && !noun.includes(' ')) { result = true; break; }
        }
        if (known.size > 20_000) known.clear();
        known.set(word, result);
    }
    return result;
}

/** A sign written against the number at tokens[i] ("+5", "-12"): its direction, or 0 when there is none. */
function signBefore(tokens: readonly Token[], i: number): 0 | 1 | -1 {
    const sign = tokens[i - 1];
    if (!sign || sign.kind !== 'symbol' || tokens[i].spaced || (sign.text !== '+' && sign.text !== '-')) return 0;
    // "COVID-19", "S7-1500": a hyphen joined to a word before it is part of a name.
    if (!sign.spaced && tokens[i - 2]?.kind !== 'symbol' && i >= 2) return 0;
    return sign.text === '-' ? -1 : 1;
}

const cache = new Map<string, StatementReading>();
const CACHE_LIMIT = 5000;
/** A statement is a sentence or two; beyond this length only the start is read, so that no text costs a keystroke more. */
const READ_LIMIT = 1000;

/** Reads a statement; the reading depends on the text alone, so it is kept per text. */
export function readStatement(text: string): StatementReading {
    let reading = cache.get(text);
    if (!reading) {
        reading = new Reader(text.length > READ_LIMIT ? text.slice(0, READ_LIMIT) : text, lexicons()).read();
        if (cache.size >= CACHE_LIMIT) cache.clear();
        cache.set(text, reading);
    }
    return reading;
}
