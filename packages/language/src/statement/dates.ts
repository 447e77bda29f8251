/**
 * Dates and deadlines in a statement: "voor 1 juli", "uiterlijk in week 40", "by the end of Q2", "binnen drie maanden",
 * "in september", "this year", "vanaf 1 maart". Each is read into a spec and resolved against the plan's period later.
 *
 * Why our own date lexicon and not chrono-node (2.10.3, evaluated with chrono.nl and chrono.en): chrono reads day-month
 * dates and "binnen drie maanden", but not week numbers, quarters (Q2, het tweede kwartaal), bare years ("in 2027"),
 * "eind september" or seasons, all common in goals; it guesses the year from a reference day where a goal must take
 * it from the plan's period; it reads frequencies and criteria as dates ("every Friday before noon", "binnen 24 uur");
 * and it costs 0.1 to 0.2 ms a statement. The reader has to tokenise the statement anyway and mark the digits of a
 * date so they are not read as a quantity, so the dates are read from the same tokens with the same lexicons.
 */
import { addMonths } from '../model/values.js';
import { CHANGE_VERBS, GROWTH_VERBS, STAYING_VERBS } from './grammar-words.js';
import type { PeriodUnit } from './lexicon.js';
import type { Lexicons } from './lexicons.js';
import { numberWord, ORDINAL_SUFFIXES, readNumberAt } from './numbers.js';
import { isClauseEnd, type Token } from './tokens.js';

type Edge = 'start' | 'middle' | 'end';

export type DateSpec =
    | { readonly kind: 'day'; readonly day: number; readonly month: number; readonly year?: number }
    | { readonly kind: 'month'; readonly month: number; readonly year?: number; readonly edge?: Edge }
    | { readonly kind: 'year'; readonly year: number; readonly edge?: Edge }
    | { readonly kind: 'quarter'; readonly quarter: number; readonly year?: number; readonly edge?: Edge }
    | { readonly kind: 'half'; readonly half: number; readonly year?: number }
    | { readonly kind: 'week'; readonly week: number; readonly year?: number }
    | { readonly kind: 'season'; readonly startMonth: number; readonly endMonth: number; readonly startDay?: number; readonly endDay?: number; readonly year?: number }
    /** A feast that moves with Easter: Easter Sunday plus `offset` days (Pinksteren +49). */
    | { readonly kind: 'easter'; readonly offset: number; readonly year?: number }
    | { readonly kind: 'relative'; readonly amount: number; readonly unit: PeriodUnit }
    | { readonly kind: 'this'; readonly unit: 'year' | 'quarter' | 'month' | 'week'; readonly offset: number; readonly edge?: Edge };

/** deadline: reach by then; start: begin then; past: a date that has been (sinds 2006); after: a moment after a time ("na drie maanden"). */
export type DateRole = 'deadline' | 'start' | 'past' | 'after';

export interface ReadDate {
    readonly role: DateRole;
    readonly spec: DateSpec;
    /** Token range of the whole expression, marker included. */
    readonly first: number;
    readonly last: number;
    /** The date as written, without its marker: "1 juni", "Q2", "drie maanden". */
    readonly text: string;
    /** Character offsets of that text in the statement. */
    readonly from: number;
    readonly to: number;
    /** "voor de zomer": the day before the named period starts, not its end. */
    readonly before?: boolean;
    /** "na de zomer", "after March": as a start, the day after the named period ends, not its first day. */
    readonly after?: boolean;
}

export interface DateContext {
    /** Days since 1970-01-01, as model/values counts them. */
    readonly periodStart?: number;
    readonly periodEnd?: number;
    /** The goal's own start, from which "binnen drie maanden" counts. */
    readonly goalStart?: number;
    readonly today: number;
}

const YEAR_MIN = 1990;
const YEAR_MAX = 2099;

export function isYear(token: Token | undefined): number | undefined {
    if (!token || token.kind !== 'number' || token.value === undefined || !/^(\d{4}|['’]\d{2})$/.test(token.text)) return undefined;
    return token.value >= YEAR_MIN && token.value <= YEAR_MAX ? token.value : undefined;
}

/** Dutch markers after which a day and month with a slash are a date: "voor 1/4", "uiterlijk 31/12". */
const DUTCH_DATE_MARKERS = new Set(['voor', 'uiterlijk', 'uiterlijk op', 'per', 'vanaf']);

const BEFORE_MARKERS = new Set(['voor', 'before', 'uiterlijk voor', 'prior to', 'ahead of', 'vooraf aan']);

/** The length of "halfjaar", "half jaar" or "half year" at tokens[k]: a half year. 0 if none. */
/**
 * "the Year 10 exams", "het jaar 2 van de opleiding": a year written with a capital or "of" after its small number is a
 * group or a stage, no date ("aan het eind van het jaar 3 nieuwe vaardigheden" counts three skills by the year's end).
 */
function numberedStage(tokens: readonly Token[], unitAt: number): boolean {
    const next = tokens[unitAt + 1];
    const small = next?.kind === 'number' && next.value !== undefined && next.value <= 13;
    return small && (tokens[unitAt].capital || ['van', 'of'].includes(tokens[unitAt + 2]?.lower ?? ''));
}

function halfYearLength(tokens: readonly Token[], k: number): number {
    if (tokens[k]?.lower === 'halfjaar') return 1;
    return tokens[k]?.lower === 'half' && ['jaar', 'year'].includes(tokens[k + 1]?.lower ?? '') ? 2 : 0;
}

/** The length of "schooljaar", "studiejaar", "school year", "academic year" at tokens[w]: August to July. 0 if none. */
function schoolYearLength(tokens: readonly Token[], w: number): number {
    if (['schooljaar', 'studiejaar', 'collegejaar'].includes(tokens[w]?.lower ?? '')) return 1;
    return ['school', 'academic'].includes(tokens[w]?.lower ?? '') && tokens[w + 1]?.lower === 'year' ? 2 : 0;
}

/** Feasts that move with Easter, as days after Easter Sunday. */
const EASTER_FEASTS = new Map([
    ['pasen', 0], ['paaszondag', 0], ['easter', 0], ['hemelvaart', 39], ['hemelvaartsdag', 39], ['ascension', 39],
    ['pinksteren', 49], ['whitsun', 49], ['pentecost', 49],
]);

/** Easter Sunday of a year in the Gregorian calendar, as days since 1970-01-01 (the anonymous Gregorian computus). */
function easterSunday(year: number): number {
    const a = year % 19;
    const century = Math.floor(year / 100);
    const yearOfCentury = year % 100;
    const h = (19 * a + century - Math.floor(century / 4) - Math.floor((century - Math.floor((century + 8) / 25) + 1) / 3) + 15) % 30;
    const l = (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - h - (yearOfCentury % 4)) % 7;
    const m = Math.floor((a + 11 * h + 22 * l) / 451);
    const month = Math.floor((h + l - 7 * m + 114) / 31);
    const day = ((h + l - 7 * m + 114) % 31) + 1;
    return dayOf(year, month, day);
}

/** Markers that also mean "for" or "to": after them a year followed by a noun is a count ("voor 2000 klanten"). */
/**
 * "van 1800 naar 2000 leden", "het aantal bezoekers groeit naar 2000", "visitors grow to 2026": a number a range or a
 * verb of change reaches or passes ("stijgt boven de 2000") is a count, even where it could be a year. Not a time kept
 * ("blijft tot 2028"), a span ("van 2 commissies tot 2027") or a comparison ("an increase of 10% compared to 2026").
 */
function reachedByAChange(tokens: readonly Token[], i: number): boolean {
    // "naar 2000", "to 2000", and a bound: "boven de 2000", "above 2000".
    const at = ['de', 'the'].includes(tokens[i - 1]?.lower ?? '') ? i - 2 : i - 1;
    const towards = tokens[at]?.lower ?? '';
    if (!['naar', 'to', 'tot', 'boven', 'above', 'onder', 'below', 'under', 'over'].includes(towards)) return false;
    // The verb right before, or with an adverb between: "groeit naar", "daalt snel naar", "rises to".
    const changes = (k: number) => (CHANGE_VERBS.has(tokens[k]?.lower ?? '') && !STAYING_VERBS.has(tokens[k].lower)) || GROWTH_VERBS.has(tokens[k]?.lower ?? '');
    if (changes(at - 1) || (changes(at - 2) && tokens[at - 1].kind === 'word')) return true;
    if (!['naar', 'to'].includes(towards) || at !== i - 1) return false;
    for (let k = i - 2; k >= Math.max(0, i - 5) && !isClauseEnd(tokens[k]); k--) {
        // ("van 2026 naar 2027": from one year to the next.)
        if (tokens[k].kind === 'number' && ['van', 'from'].includes(tokens[k - 1]?.lower ?? '')) return isYear(tokens[k]) === undefined;
    }
    return false;
}

const WEAK_YEAR_MARKERS = new Set(['voor', 'by', 'tot', 'to', 'op', 'per', 'over', 'binnen', 'on', 'at', 'for', 'within', 'rond', 'around']);


/** A day of the month: "1", "1e", "1st", "eerste"; returns the day and the index after it. */
function dayAt(tokens: readonly Token[], i: number): { day: number; next: number } | undefined {
    const t = tokens[i];
    if (!t) return undefined;
    if (t.kind === 'number' && /^\d{1,2}$/.test(t.text) && t.value! >= 1 && t.value! <= 31) {
        const suffix = tokens[i + 1];
        const next = suffix && suffix.joined && suffix.kind === 'word' && ORDINAL_SUFFIXES.has(suffix.lower) ? i + 2 : i + 1;
        return { day: t.value!, next };
    }
    const word = readNumberAt(tokens, i);
    if (word && word.ordinal && word.value >= 1 && word.value <= 31) return { day: word.value, next: word.end };
    return undefined;
}

/** An ordinal at tokens[i], in words or in digits with a suffix: "tweede", "second", "2e", "2nd". */
function ordinalAt(tokens: readonly Token[], i: number): { value: number; end: number } | undefined {
    const word = readNumberAt(tokens, i);
    if (word?.ordinal) return { value: word.value, end: word.end };
    const t = tokens[i];
    const suffix = tokens[i + 1];
    if (t?.kind === 'number' && /^\d{1,2}$/.test(t.text) && suffix?.joined && suffix.kind === 'word' && ORDINAL_SUFFIXES.has(suffix.lower)) {
        return { value: t.value!, end: i + 2 };
    }
    return undefined;
}

/** 1 for "school", "financial" and the like before "year" at tokens[i]: such a year counts as the plan's year. */
function kindOfYear(tokens: readonly Token[], i: number): number {
    return ['school', 'academic', 'fiscal', 'financial', 'calendar'].includes(tokens[i]?.lower ?? '') && tokens[i + 1]?.lower === 'year' ? 1 : 0;
}

/** Words for the calendar or financial year that an edge word names without an article: "eind jaar", "end of FY". */
const BARE_YEAR_WORDS = new Set(['jaar', 'year', 'boekjaar', 'kalenderjaar', 'fy']);

/** After a date, its coming occurrence: "1 september a.s.", "1 maart aanstaande". */
const COMING = new Set(['a.s.', 'aanstaande']);

/** Periods in the plural: after "komende", "coming", "next" they name no one period. */
const PLURAL_PERIODS = new Set(['weken', 'maanden', 'kwartalen', 'jaren', 'weeks', 'months', 'quarters', 'years']);

export class DateReader {
    constructor(private readonly lex: Lexicons) {}

    private month(tokens: readonly Token[], i: number, beside: boolean): number | undefined {
        const t = tokens[i];
        if (!t || t.kind !== 'word') return undefined;
        const month = this.lex.months.get(t.lower);
        if (month === undefined) return undefined;
        // "may", "mar", "sep": a month only beside a day or year, with a capital, or after a date word.
        if (this.lex.ambiguousMonths.has(t.lower) && !beside && !t.capital) return undefined;
        return month;
    }

    /** "de start", "mijn start", "the start", "starting": the goal's own beginning, which a relative date counts from. */
    private startsTheGoal(tokens: readonly Token[], i: number): boolean {
        const k = this.lex.determiners.has(tokens[i]?.lower ?? '') || ['mijn', 'my', 'zijn', 'haar', 'his', 'her'].includes(tokens[i]?.lower ?? '') ? i + 1 : i;
        return ['start', 'begin', 'aanvang', 'starting', 'beginning', 'indiensttreding'].includes(tokens[k]?.lower ?? '');
    }

    /** The core of a date at tokens[i], without marker: its spec and the index after it. */
    private core(tokens: readonly Token[], i: number, marker: string | undefined): { spec: DateSpec; next: number; before?: boolean } | undefined {
        let t = tokens[i];
        if (!t) return undefined;
        const lex = this.lex;
        const afterMarker = marker !== undefined;
        // "(het) schooljaar 2027-2028", "the academic year 2027/28": August to July; "2027-2028" alone ends with 2028.
        const w = lex.determiners.has(t.lower) ? i + 1 : i;
        const schoolYear = schoolYearLength(tokens, w);
        const span = this.yearSpan(tokens, w + schoolYear);
        if (span !== undefined && schoolYear) return { spec: { kind: 'season', startMonth: 8, endMonth: 7, year: span }, next: w + schoolYear + 3 };
        // ("het beleidsplan Duurzaamheid 2027-2028": the years name a thing.)
        const namedSpan = !afterMarker && !!tokens[i - 1] && this.isCountable(tokens[i - 1]);
        if (span !== undefined && w === i && !namedSpan) return { spec: { kind: 'year', year: span + 1 }, next: i + 3 };
        // "het einde van het schooljaar", "by the end of the school year": the school year the plan's time falls in.
        if (schoolYear && w > i && !lex.everyWords.has(t.lower)) return { spec: { kind: 'season', startMonth: 8, endMonth: 7 }, next: w + schoolYear };
        // "het derde kwartaal", "de eerste helft": the article before an ordinal belongs to the date.
        if (lex.determiners.has(t.lower) && ordinalAt(tokens, i + 1)) t = tokens[++i];
        // 2027-07-01
        const year = isYear(t);
        if (year !== undefined && isSep(tokens[i + 1]) && tokens[i + 2]?.kind === 'number' && isSep(tokens[i + 3]) && tokens[i + 4]?.kind === 'number' && tokens[i + 2].joined) {
            return { spec: { kind: 'day', year, month: tokens[i + 2].value!, day: tokens[i + 4].value! }, next: i + 5 };
        }
        // 1-7-2027, 01/07/2027, 1.7.2027
        if (t.kind === 'number' && t.value === undefined && /^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(t.text)) {
            const [d, m, y] = t.text.split('.').map(Number);
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31) return { spec: { kind: 'day', day: d, month: m, year: y < 100 ? 2000 + y : y }, next: i + 1 };
        }
        if (t.kind === 'number' && /^\d{1,2}$/.test(t.text) && isSep(tokens[i + 1]) && tokens[i + 2]?.kind === 'number' && tokens[i + 2].joined
            && /^\d{1,2}$/.test(tokens[i + 2].text)) {
            let d = t.value!;
            let m = tokens[i + 2].value!;
            // "03/15/2027", "by 3/31": a day-month that cannot be one is an American month/day, and so no ambiguity.
            const american = tokens[i + 1].text === '/' && m > 12 && m <= 31 && d <= 12;
            if (american) [d, m] = [m, d];
            // "by 30/06": a first number over 12 can only be the day, whichever order the writer is used to.
            const onlyDayMonth = tokens[i + 1].text === '/' && d > 12 && m <= 12;
            const third = tokens[i + 3] && isSep(tokens[i + 3]) && tokens[i + 4]?.kind === 'number' && tokens[i + 4].joined ? tokens[i + 4] : undefined;
            const y = third && /^\d{2}$|^\d{4}$/.test(third.text) ? (third.value! < 100 ? 2000 + third.value! : third.value!) : undefined;
            // Without a year, "24/7" and "3-5" are no dates: only a marker before it makes "1-7" one, and "voor 1/4",
            // "uiterlijk 31/12" with a slash (in Dutch: "by 4/1" may be April or January). A noun after it makes it a
            // count: "at 1-2 internal lunch & learns".
            // ("op 2/3 van de locaties" is a share.)
            const dutchMarker = DUTCH_DATE_MARKERS.has(marker ?? '');
            const slashAllowed = tokens[i + 1].text !== '/' || american || onlyDayMonth || (dutchMarker && !['van', 'of'].includes(tokens[i + 3]?.lower ?? ''));
            const countedAfter = !dutchMarker && y === undefined && tokens[i + 3]?.kind === 'word' && !this.lex.functionWords.has(tokens[i + 3].lower)
                && this.month(tokens, i + 3, false) === undefined;
            if (m >= 1 && m <= 12 && d >= 1 && d <= 31 && (y !== undefined || afterMarker && t.text.length <= 2 && slashAllowed && !countedAfter)) {
                return { spec: { kind: 'day', day: d, month: m, year: y }, next: y !== undefined ? i + 5 : i + 3 };
            }
        }
        // 1 juli (2027), 1st of July, de eerste juli
        const day = dayAt(tokens, i);
        if (day) {
            let j = day.next;
            if (tokens[j]?.lower === 'of' || tokens[j]?.lower === 'van') j++;
            const month = this.month(tokens, j, true);
            if (month !== undefined) {
                const y = isYear(tokens[j + 1]);
                return { spec: { kind: 'day', day: day.day, month, year: y }, next: y !== undefined ? j + 2 : j + 1 };
            }
        }
        // July 1(st)(, 2027); juli 2027; september
        const month = this.month(tokens, i, afterMarker || isYear(tokens[i + 1]) !== undefined || !!dayAt(tokens, i + 1));
        if (month !== undefined) {
            const d = dayAt(tokens, i + 1);
            // "maart 4 weken", "In maart 4 workshops geven", "Vanaf april 2 huisbezoeken per week": a count after the
            // month, not its day.
            // (Dutch writes its months in lower case and never "maart 4" for a day; "Before May 15 applications screened" is 15 May.)
            const after = d ? tokens[d.next] : undefined;
            const countAfter = after?.kind === 'word' && (this.lex.periods.has(after.lower) || this.lex.timesWords.has(after.lower)
                || (this.isCountable(after) && !tokens[i].capital));
            if (d && !countAfter) {
                let j = d.next;
                if (isComma(tokens[j]) && isYear(tokens[j + 1]) !== undefined) j++;
                const y = isYear(tokens[j]);
                return { spec: { kind: 'day', day: d.day, month, year: y }, next: y !== undefined ? j + 1 : d.next };
            }
            const y = isYear(tokens[i + 1]);
            return { spec: { kind: 'month', month, year: y }, next: y !== undefined ? i + 2 : i + 1 };
        }
        // Q2 (2027), kw2, K3
        if (t.kind === 'alnum') {
            const q = /^(?:q|kw|k)([1-4])$/i.exec(t.text);
            if (q && (afterMarker || isYear(tokens[i + 1]) !== undefined)) {
                // "in Q1 en Q3", "in Q2 and Q4", "in Q1-Q2": the work is done by the end of the later one.
                const later = ['en', 'and', '-', '–', 'tot', 'to', 't/m'].includes(tokens[i + 1]?.lower ?? '')
                    ? /^(?:q|kw|k)([1-4])$/i.exec(tokens[i + 2]?.text ?? '') : null;
                const last = later && Number(later[1]) > Number(q[1]) ? i + 2 : i;
                const y = isYear(tokens[last + 1]);
                return { spec: { kind: 'quarter', quarter: Number((later && last > i ? later : q)[1]), year: y }, next: y !== undefined ? last + 2 : last + 1 };
            }
            const h = /^h([12])$/i.exec(t.text);
            if (h && (afterMarker || isYear(tokens[i + 1]) !== undefined)) {
                const y = isYear(tokens[i + 1]);
                return { spec: { kind: 'half', half: Number(h[1]), year: y }, next: y !== undefined ? i + 2 : i + 1 };
            }
        }
        // het tweede kwartaal (van 2027), the third quarter, de eerste helft van 2027
        const ordinal = ordinalAt(tokens, i);
        if (ordinal) {
            const word = tokens[ordinal.end];
            if (word && lex.quarterWords.has(word.lower) && ordinal.value >= 1 && ordinal.value <= 4) {
                const [y, next] = this.ofYear(tokens, ordinal.end + 1);
                return { spec: { kind: 'quarter', quarter: ordinal.value, year: y }, next };
            }
            // "de eerste helft", "the first half", "het eerste halfjaar", "het tweede half jaar"
            const halfYear = halfYearLength(tokens, ordinal.end);
            if (word && (word.lower === 'helft' || word.lower === 'half' || halfYear) && ordinal.value <= 2) {
                const [y, next] = this.ofYear(tokens, ordinal.end + Math.max(1, halfYear));
                return { spec: { kind: 'half', half: ordinal.value, year: y }, next };
            }
            // "de eerste week van maart", "the second week of June": by the end of that week, the 7th or the 14th.
            if (word && lex.weekWords.has(word.lower) && ordinal.value <= 4 && ['van', 'of'].includes(tokens[ordinal.end + 1]?.lower ?? '')) {
                const month = this.month(tokens, ordinal.end + 2, true);
                if (month !== undefined) {
                    const y = isYear(tokens[ordinal.end + 3]);
                    return { spec: { kind: 'day', day: 7 * ordinal.value, month, year: y }, next: y !== undefined ? ordinal.end + 4 : ordinal.end + 3 };
                }
            }
            // The school year's halves: the first semester from August to January, the second from February to July.
            if (word && word.lower === 'semester' && ordinal.value <= 2) {
                const season = ordinal.value === 1 ? { startMonth: 8, endMonth: 1 } : { startMonth: 2, endMonth: 7 };
                return { spec: { kind: 'season', ...season }, next: ordinal.end + 1 };
            }
        }
        // week 40 (2027)
        // ("elke week 20 declaraties" counts per week: a count follows, or "elke" comes before.)
        const countAfterWeek = lex.everyWords.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'per'
            || (!afterMarker && this.isCountable(tokens[i + 2]));
        if (t.kind === 'word' && lex.weekWords.has(t.lower) && tokens[i + 1]?.kind === 'number' && /^\d{1,2}$/.test(tokens[i + 1].text)
            && tokens[i + 1].value! >= 1 && tokens[i + 1].value! <= 53 && !countAfterWeek) {
            // "week 12 en 13", "weeks 12 to 14": the weeks end with the last one.
            let last = i + 1;
            const joiner = tokens[last + 1]?.lower ?? '';
            const second = tokens[last + 2];
            if (['en', 'and', 'tot', 'to', 'through', '-'].includes(joiner) && second?.kind === 'number' && /^\d{1,2}$/.test(second.text)
                && second.value! > tokens[i + 1].value! && second.value! <= 53) last += 2;
            const y = isYear(tokens[last + 1]);
            return { spec: { kind: 'week', week: tokens[last].value!, year: y }, next: y !== undefined ? last + 2 : last + 1 };
        }
        // dit jaar, this quarter, volgend jaar, next month
        const thisLength = lex.thisPeriod.matchAt(tokens, i);
        const nextWords = thisLength ? 0 : lex.nextPeriod.matchAt(tokens, i);
        // "het nieuwe jaar", "the new year" is the coming one; "the new school year" may start within the plan's year.
        const newOtherThanYear = nextWords > 0 && ['nieuwe', 'new'].includes(tokens[i + nextWords - 1].lower)
            && !['jaar', 'year'].includes(tokens[i + nextWords]?.lower ?? '');
        const nextLength = newOtherThanYear ? 0 : nextWords;
        if (thisLength || nextLength) {
            // "this school year", "next financial year"
            const u = i + thisLength + nextLength + kindOfYear(tokens, i + thisLength + nextLength);
            // "dit schooljaar", "this academic year": August to July, the one the plan's time falls in.
            const schoolYearHere = ['schooljaar', 'studiejaar', 'collegejaar'].includes(tokens[u]?.lower ?? '')
                || (u > i + thisLength && ['school', 'academic'].includes(tokens[u - 1].lower));
            if (thisLength && schoolYearHere) return { spec: { kind: 'season', startMonth: 8, endMonth: 7 }, next: u + 1 };
            // "het komende jaar", "the coming year", "het nieuwe jaar": the one ahead as the plan is written, which is the
            // goal's own; "volgend jaar", "next year": the one after it.
            const coming = thisLength > 0 || tokens.slice(i, u).some(x => ['komend', 'komende', 'coming', 'nieuwe', 'new'].includes(x.lower));
            const unit = this.calendarUnit(tokens[u]);
            if (unit) return { spec: { kind: 'this', unit, offset: coming ? 0 : 1 }, next: u + 1 };
            // "het komende half jaar", "the coming half year": six months from the start.
            const halfYear = halfYearLength(tokens, u);
            if (coming && halfYear) return { spec: { kind: 'relative', amount: 6, unit: 'month' }, next: u + halfYear };
            // "komend voorjaar", "this coming spring": the plan's spring, as "in het voorjaar" is. "Volgend voorjaar" may be a year on.
            const seasonLength = coming ? lex.seasonSet.matchAt(tokens, u) : 0;
            if (seasonLength) {
                const season = lex.seasons.get(tokens.slice(u, u + seasonLength).map(x => x.lower).join(' '))!;
                return { spec: { kind: 'season', ...season }, next: u + seasonLength };
            }
        }
        // the year 2027; 2027 alone, where it cannot be a count
        if (year !== undefined) {
            const after = tokens[i + 1];
            const before = tokens[i - 1];
            // "2000 euro", "€ 2025", "voor 2000 klanten": a count. "in 2027 afronden", "2006 en": a year.
            const measured = !!after && (lex.currencies.has(after.lower) || lex.measureWords.has(after.lower) || after.text === '%'
                || lex.timesWords.has(after.lower)) || !!before && lex.currencies.has(before.lower);
            const countable = !!after && after.kind === 'word' && !lex.functionWords.has(after.lower) && !lex.months.has(after.lower);
            const weakMarker = marker !== undefined && WEAK_YEAR_MARKERS.has(marker);
            // "de jaarrekening 2026", "the 2026 accounts": the year names something.
            // (The last year of "beleidsplan 2028-2030" names it as well.)
            const named = !afterMarker && !!before && (this.isCountable(before) || lex.determiners.has(before.lower)
                || (before.text === '-' && isYear(tokens[i - 2]) !== undefined));
            if (!measured && !named && !reachedByAChange(tokens, i) && (!countable || (afterMarker && !weakMarker))) {
                return { spec: { kind: 'year', year }, next: i + 1 };
            }
        }
        // year-end; "by year end" written as two words
        if (t.kind === 'word' && lex.yearWords.has(t.lower) && tokens[i + 1]?.text === '-' && tokens[i + 2]?.lower === 'end') {
            return { spec: { kind: 'this', unit: 'year', offset: 0, edge: 'end' }, next: i + 3 };
        }
        if (afterMarker && t.kind === 'word' && t.lower === 'year' && tokens[i + 1]?.lower === 'end' && !tokens[i + 1].joined) {
            return { spec: { kind: 'this', unit: 'year', offset: 0, edge: 'end' }, next: i + 2 };
        }
        // "by mid-year", "by midyear": the middle of the year, as "halverwege het jaar".
        const yearAt = t.lower === 'midyear' ? i : tokens[i + 1]?.text === '-' ? i + 2 : i + 1;
        if (afterMarker && (t.lower === 'midyear' || (t.lower === 'mid' && tokens[yearAt]?.lower === 'year'))) {
            return { spec: { kind: 'this', unit: 'year', offset: 0, edge: 'middle' }, next: yearAt + 1 };
        }
        // Kerst, Christmas: a day, so "voor de kerst" is 24 December.
        let s = i;
        if (tokens[s] && lex.determiners.has(tokens[s].lower)) s++;
        const holidays = ['holidays', 'holiday', 'break'].includes(tokens[s + 1]?.lower ?? '');
        if (tokens[s] && ['kerst', 'kerstmis', 'christmas', 'xmas'].includes(tokens[s].lower) && !holidays && (afterMarker || s > i)) {
            return { spec: { kind: 'day', day: marker !== undefined && BEFORE_MARKERS.has(marker) ? 24 : 25, month: 12 }, next: s + 1 };
        }
        // Pasen, Easter, Pinksteren, Hemelvaart: a day that moves with Easter.
        const feast = EASTER_FEASTS.get(tokens[s]?.lower ?? '');
        const feastHolidays = ['holidays', 'holiday', 'break', 'vakantie'].includes(tokens[s + 1]?.lower ?? '');
        if (feast !== undefined && !feastHolidays && (afterMarker || s > i)) {
            const y = isYear(tokens[s + 1]);
            return { spec: { kind: 'easter', offset: feast, year: y }, next: y !== undefined ? s + 2 : s + 1 };
        }
        // de zomer, summer, het najaar
        s = i;
        if (tokens[s] && (lex.determiners.has(tokens[s].lower))) s++;
        const seasonLength = lex.seasonSet.matchAt(tokens, s);
        // ("the spring newsletter", "the summer party": a season before a noun says which one.)
        const modifier = !afterMarker && this.isCountable(tokens[s + seasonLength]) && isYear(tokens[s + seasonLength]) === undefined;
        if (seasonLength && (afterMarker || s > i) && !modifier) {
            const season = lex.seasons.get(tokens.slice(s, s + seasonLength).map(x => x.lower).join(' '))!;
            const y = isYear(tokens[s + seasonLength]);
            return { spec: { kind: 'season', ...season, year: y }, next: y !== undefined ? s + seasonLength + 1 : s + seasonLength };
        }
        // (het) jaareinde, (de) jaarwisseling, year-end; "de doorlooptijd van de jaarafsluiting" names the closing itself.
        const yearEnd = lex.determiners.has(t.lower) ? i + 1 : i;
        const closingNamed = tokens[yearEnd]?.lower === 'jaarafsluiting' && !afterMarker;
        // "by EOY": the abbreviation only after a marker, written in capitals.
        const eoy = afterMarker && tokens[yearEnd]?.text === 'EOY';
        const eoyYear = eoy ? isYear(tokens[yearEnd + 1]) : undefined;
        if (eoyYear !== undefined) return { spec: { kind: 'day', day: 31, month: 12, year: eoyYear }, next: yearEnd + 2 };
        if (!closingNamed && tokens[yearEnd]?.kind === 'word' && (eoy || ['jaareinde', 'jaarafsluiting', 'jaarwisseling', 'year-end', 'yearend'].includes(tokens[yearEnd].lower))) {
            return { spec: { kind: 'this', unit: 'year', offset: 0, edge: 'end' }, next: yearEnd + 1 };
        }
        // "eind van het jaar", "by the end of the (financial) year"; "the end of each month" comes back every month, no deadline
        const u = i + 1 + kindOfYear(tokens, i + 1);
        if (lex.determiners.has(t.lower) && !lex.everyWords.has(t.lower) && this.calendarUnit(tokens[u]) && afterMarker && !this.namedByDate(tokens, u)
            && !numberedStage(tokens, u)) {
            return { spec: { kind: 'this', unit: this.calendarUnit(tokens[u])!, offset: 0 }, next: u + 1 };
        }
        return undefined;
    }

    /** "Ik rond dit jaar de opleiding af": the verb "rond ... af" (round off), not "rond" as "around". */
    private isRoundOff(tokens: readonly Token[], i: number): boolean {
        if (tokens[i].lower !== 'rond') return false;
        // "Rond 1 juni lever ik ... af", "Rond de zomer leg ik ... af": a date right after it makes it "around".
        const next = tokens[i + 1];
        if (next?.kind === 'number' || this.month(tokens, i + 1, true) !== undefined) return false;
        if (next && this.lex.determiners.has(next.lower) && (this.lex.seasonSet.matchAt(tokens, i + 2) > 0 || EASTER_FEASTS.has(tokens[i + 2]?.lower ?? ''))) return false;
        for (let k = i + 1; k < tokens.length && !isClauseEnd(tokens[k]) && !isComma(tokens[k]); k++) {
            if (tokens[k].lower === 'af') return true;
        }
        return false;
    }

    /** Whether the period at tokens[u] is named by a date after it: "de week van 12 mei", "the months of July and August". */
    private namedByDate(tokens: readonly Token[], u: number): boolean {
        const named = ['van', 'of'].includes(tokens[u + 1]?.lower ?? '') ? u + 2 : u + 1;
        return (named === u + 2 && tokens[named]?.kind === 'number') || this.lex.months.has(tokens[named]?.lower ?? '');
    }

    /** The first year of "2027-2028" or "2027/28" at tokens[i]: two consecutive years, written as one. */
    private yearSpan(tokens: readonly Token[], i: number): number | undefined {
        const [first, separator, second] = [tokens[i], tokens[i + 1], tokens[i + 2]];
        if (first?.kind !== 'number' || !/^\d{4}$/.test(first.text) || second?.kind !== 'number' || !second.joined) return undefined;
        if (separator?.text !== '-' && separator?.text !== '/') return undefined;
        const year = first.value!;
        return second.value === year + 1 || (second.text.length === 2 && second.value === (year + 1) % 100) ? year : undefined;
    }

    /** A cheap test before the full one: only these tokens can begin a date without a marker. */
    private mayStart(t: Token): boolean {
        const lex = this.lex;
        const w = t.lower;
        return t.kind === 'number' || t.kind === 'alnum' || lex.months.has(w) || lex.weekWords.has(w) || lex.yearWords.has(w)
            || lex.determiners.has(w) || lex.seasonSet.startsWith(w) || lex.periodEndSet.startsWith(w) || lex.periodStartSet.startsWith(w)
            || lex.periodMiddleSet.startsWith(w) || lex.thisPeriod.startsWith(w) || lex.nextPeriod.startsWith(w) || w === 'jaareinde'
            || w === 'jaarafsluiting' || w === 'jaarwisseling' || w === 'yearend' || !!numberWord(w)?.ordinal;
    }

    private isCountable(t: Token | undefined): boolean {
        return !!t && t.kind === 'word' && !this.lex.functionWords.has(t.lower) && !this.lex.months.has(t.lower) && !this.lex.periods.has(t.lower);
    }

    private ofYear(tokens: readonly Token[], i: number): [number | undefined, number] {
        let j = i;
        if (tokens[j]?.lower === 'van' || tokens[j]?.lower === 'of') j++;
        const y = isYear(tokens[j]);
        return y !== undefined ? [y, j + 1] : [undefined, i];
    }

    private calendarUnit(t: Token | undefined): 'year' | 'quarter' | 'month' | 'week' | undefined {
        if (!t || t.kind !== 'word') return undefined;
        if (this.lex.yearWords.has(t.lower)) return 'year';
        const unit = this.lex.periods.get(t.lower);
        if (t.lower === 'jaar' || t.lower === 'year' || t.lower === 'schooljaar') return 'year';
        return unit === 'quarter' || unit === 'month' || unit === 'week' ? unit : undefined;
    }

    /** A deadline counted from the start: "binnen drie maanden", "within 6 weeks", "in a year", "over 2 maanden". */
    private relative(tokens: readonly Token[], i: number, withinFirst = false, oneWithoutNumber = false): { spec: DateSpec; next: number } | undefined {
        // "binnen de eerste maand", "within the first 3 months": counted from the start as well ("in de eerste drie
        // maanden" is a stretch of time in which something happens, read with its number).
        if (withinFirst && ['de', 'the'].includes(tokens[i]?.lower ?? '') && ['eerste', 'first'].includes(tokens[i + 1]?.lower ?? '')) {
            const first = this.relative(tokens, i + 2, false, true);
            if (first) return first;
        }
        const n = readNumberAt(tokens, i);
        let amount: number | undefined;
        let j: number;
        if (oneWithoutNumber && !n) {
            amount = 1;
            j = i;
        } else if (n && !n.ordinal && !n.times) {
            amount = n.value;
            j = n.end;
            // "een half jaar", "anderhalf jaar", "two and a half years"
            if (tokens[j]?.lower === 'half' || tokens[j]?.lower === 'halve') { amount += 0.5; j++; }
            else if (tokens[j]?.lower === 'and' && tokens[j + 1]?.lower === 'a' && tokens[j + 2]?.lower === 'half') { amount += 0.5; j += 3; }
            // "half a year"
            else if (amount === 0.5 && (tokens[j]?.lower === 'a' || tokens[j]?.lower === 'an')) j++;
        } else if (this.lex.determiners.has(tokens[i]?.lower ?? '') && !this.lex.everyWords.has(tokens[i]!.lower) && this.calendarUnit(tokens[i + 1])
            && this.yearSpan(tokens, i + 2) === undefined && !this.namedByDate(tokens, i + 1) && !schoolYearLength(tokens, i + 1)
            && !numberedStage(tokens, i + 1)) {
            // "binnen het jaar", "within the quarter" (not "within each quarter": that is per quarter)
            return { spec: { kind: 'this', unit: this.calendarUnit(tokens[i + 1])!, offset: 0 }, next: i + 2 };
        } else return undefined;
        const unitLength = this.lex.periodSet.matchAt(tokens, j);
        if (!unitLength) return undefined;
        const unit = this.lex.periods.get(tokens.slice(j, j + unitLength).map(x => x.lower).join(' '))!;
        // "binnen 24 uur", "within 2 working days" are a criterion for each case, not the goal's deadline;
        // so is any time after "elke", "every" or a percentage ("elke Woo-aanvraag binnen vier weken").
        if (unit === 'minute' || unit === 'hour' || unit === 'workday') return undefined;
        if (unit === 'day' && amount <= 10) return undefined;
        // "by 10% over the next 6 months", "in de komende 6 maanden": the coming months are the goal's own span.
        const comingSpan = i > 0 && this.lex.nextPeriod.matchAt(tokens, i - 1) === 1;
        if ((!comingSpan && this.perCase(tokens, i)) || this.afterThingsDone(tokens, i, j + unitLength)) return undefined;
        let next = j + unitLength;
        if (tokens[next]?.lower === "time" || tokens[next]?.lower === "tijd") next++;
        return { spec: { kind: 'relative', amount, unit }, next };
    }

    /**
     * Whether the time from tokens[from] to tokens[to] says how soon each thing is done: "invoices paid within 30
     * days", "binnen 30 dagen betaalde facturen". Not after a verb: "is onboarded within 3 months" is a deadline.
     */
    private afterThingsDone(tokens: readonly Token[], from: number, to: number): boolean {
        const participle = /^[a-z]{3,}ed$|^(paid|done|seen|sent|made|given|taken|written|held|met|read|won)$/;
        const before = tokens[from - 2];
        const englishBefore = !!before && participle.test(before.lower) && /s$/.test(tokens[from - 3]?.lower ?? '')
            && !['is', 'are', 'be', 'been', 'being', 'gets', 'get', 'has', 'have'].includes(tokens[from - 3]?.lower ?? '');
        // Dutch puts the participle before its noun, as an adjective: "betaalde", "afgehandelde", "opgeloste".
        const after = tokens[to];
        const dutchAfter = !!after && /^(\w+)?ge\w{3,}(de|te)$|^(be|ver|ont|her)\w{3,}(de|te)$/.test(after.lower) && tokens[to + 1]?.kind === 'word';
        // Or says it in a relative clause: "facturen die binnen 30 dagen betaald worden" (or "worden betaald"), "invoices
        // that are paid within 30 days".
        const dutchParticiple = (t: Token | undefined) => !!t && /^\w{3,}[dt]$/.test(t.lower);
        const passive = (t: Token | undefined) => ['wordt', 'worden', 'is', 'zijn'].includes(t?.lower ?? '');
        const dutchRelative = ['die', 'dat'].includes(tokens[from - 2]?.lower ?? '') && this.isNounBeforeRelative(tokens, from - 3)
            && ((dutchParticiple(after) && passive(tokens[to + 1])) || (passive(after) && dutchParticiple(tokens[to + 1])));
        const englishRelative = !!before && participle.test(before.lower) && ['is', 'are', 'gets', 'get'].includes(tokens[from - 3]?.lower ?? '')
            && ['that', 'which'].includes(tokens[from - 4]?.lower ?? '');
        return englishBefore || dutchAfter || dutchRelative || englishRelative;
    }

    /** Whether "die"/"dat" after tokens[k] starts a clause about a thing ("facturen dat"), not a verb's ("zorg dat"). */
    private isNounBeforeRelative(tokens: readonly Token[], k: number): boolean {
        const t = tokens[k];
        if (!t || t.kind !== 'word' || this.lex.functionWords.has(t.lower)) return false;
        return /(en|s)$/.test(t.lower) || this.lex.determiners.has(tokens[k - 1]?.lower ?? '');
    }

    /** Whether a clause before tokens[i] says "each", "every", "all" or gives a percentage: a time after it is per case. */
    private perCase(tokens: readonly Token[], i: number): boolean {
        for (let k = i - 1; k >= 0; k--) {
            const t = tokens[k];
            if (t.kind === 'symbol' && /^[.;:!?]$/.test(t.text)) return false;
            if ((t.text === '%' || this.lex.percentWords.matchAt(tokens, k) > 0) && !this.isRateReached(tokens, k - 1)) return true;
            // "all 8 branches", "alle 14 medewerkers": a set to get through by then, not a time for each case.
            const countedSet = (t.lower === 'all' || t.lower === 'alle') && tokens[k + 1]?.kind === 'number';
            if (['elke', 'iedere', 'elk', 'ieder', 'alle', 'every', 'each', 'all', 'any'].includes(t.lower) && !countedSet
                && !this.lex.periods.has(tokens[k + 1]?.lower ?? '')) return true;
        }
        return false;
    }

    /**
     * Whether the number at tokens[at] is a rate the goal reaches or changes by ("naar 85%", "to 85%", "met 10%"): a time
     * after it is when, not how soon each case is handled, as after "90% van de meldingen". So is where such a rate
     * starts ("van 72% naar 85%").
     */
    private isRateReached(tokens: readonly Token[], at: number): boolean {
        if (tokens[at]?.kind !== 'number') return false;
        const before = tokens[at - 1]?.lower ?? '';
        if (this.lex.byAmount.has(before)) return true;
        const afterPercent = at + 1 + this.lex.percentWords.matchAt(tokens, at + 1);
        if (['van', 'from'].includes(before) && this.lex.towards.matchAt(tokens, afterPercent) > 0) return true;
        for (let length = 1; length <= 2; length++) {
            if (at - length >= 0 && this.lex.towards.matchAt(tokens, at - length) === length) return true;
        }
        return false;
    }

    /** Every date expression in the statement, left to right; `taken` marks the tokens they cover. */
    read(statement: string, tokens: readonly Token[], taken: boolean[]): ReadDate[] {
        const dates: ReadDate[] = [];
        const lex = this.lex;
        for (let i = 0; i < tokens.length; i++) {
            if (taken[i]) continue;
            // "de komende maanden", "the coming weeks": some time ahead, which names no date (nor what is done).
            const ahead = lex.thisPeriod.matchAt(tokens, i) || lex.nextPeriod.matchAt(tokens, i);
            if (ahead && PLURAL_PERIODS.has(tokens[i + ahead]?.lower ?? '')) {
                for (let k = i; k <= i + ahead; k++) taken[k] = true;
                continue;
            }
            // A marker, then an edge word ("eind", "end of"), then the core.
            let marker: { length: number; role: DateRole | 'within' | 'range' } | undefined;
            const consider = (length: number, role: DateRole | 'within' | 'range') => {
                if (length > 0 && (!marker || length > marker.length)) marker = { length, role };
            };
            consider(lex.withinMarkers.matchAt(tokens, i), 'within');
            consider(lex.startMarkers.matchAt(tokens, i), 'start');
            consider(lex.pastMarkers.matchAt(tokens, i), 'past');
            if (!this.isRoundOff(tokens, i)) consider(lex.deadlineMarkers.matchAt(tokens, i), 'deadline');
            consider(lex.dateRangeFrom.matchAt(tokens, i), 'range');
            const tryAt = (at: number, role: DateRole | 'within' | 'range' | undefined): boolean => {
                const markerText = role !== undefined ? tokens.slice(i, at).map(x => x.lower).join(' ') : undefined;
                let j = at;
                let edge: Edge | undefined;
                const endLength = lex.periodEndSet.matchAt(tokens, j);
                const startLength = endLength ? 0 : lex.periodStartSet.matchAt(tokens, j);
                // "half a year" is six months, not the middle of one.
                const halfOfOne = tokens[j]?.lower === 'half' && ['a', 'an'].includes(tokens[j + 1]?.lower ?? '');
                const middleLength = endLength || startLength || halfOfOne ? 0 : lex.periodMiddleSet.matchAt(tokens, j);
                if (endLength) { edge = 'end'; j += endLength; }
                else if (startLength) { edge = 'start'; j += startLength; }
                else if (middleLength) { edge = 'middle'; j += middleLength; }
                if (edge && tokens[j]?.kind === 'symbol' && tokens[j].text === '-') j++;
                let found: { spec: DateSpec; next: number; before?: boolean } | undefined;
                const afterMarker = markerText === 'na' || markerText === 'after';
                if ((role === 'within' || afterMarker) && !edge) found = this.relative(tokens, j, markerText === 'binnen' || markerText === 'within');
                // "binnen twee weken na de cursus", "within a month after the audit": counted from an event, not a date
                // ("binnen 6 weken na de start" is the goal's start, and stays a deadline).
                if (found && role === 'within' && ['na', 'after', 'following'].includes(tokens[found.next]?.lower ?? '')
                    && !this.startsTheGoal(tokens, found.next + 1)) return false;
                const relativeAfter = afterMarker && found !== undefined;
                if (!found) found = this.core(tokens, j, markerText ?? (edge ? 'edge' : undefined));
                if (!found && edge) {
                    // "year-end" is an edge ("year-end 2027") and a date of its own ("by year-end").
                    found = this.core(tokens, at, markerText);
                    if (found) { edge = undefined; j = at; }
                }
                // "voor eind jaar", "by end of FY": an end or a start before a bare word for the year is this year's ("half
                // jaar" is a length, "begin jaar 3" a stage).
                if (!found && (edge === 'end' || edge === 'start') && BARE_YEAR_WORDS.has(tokens[j]?.lower ?? '') && (tokens[j].lower !== 'fy' || tokens[j].text === 'FY')
                    && tokens[j + 1]?.kind !== 'number') {
                    found = { spec: { kind: 'this', unit: 'year', offset: 0 }, next: j + 1 };
                }
                if (!found) return false;
                // ("1 september a.s.": the coming one, as a date without its year is.)
                if (COMING.has(tokens[found.next]?.lower ?? '')) found = { ...found, next: found.next + 1 };
                let spec = found.spec;
                if (edge && (spec.kind === 'month' || spec.kind === 'year' || spec.kind === 'quarter' || spec.kind === 'this')) spec = { ...spec, edge };
                // An edge word alone before a bare number is no date: "eind 12" is not a year.
                let dateRole: DateRole = relativeAfter ? 'after' : role === 'start' ? 'start' : role === 'past' ? 'past' : 'deadline';
                const firstToken = role !== undefined ? i : at;
                const text = tokens.slice(edge ? at : j, found.next);
                const coreFrom = text[0];
                const coreTo = text[text.length - 1];
                // "voor de zomer", "before March", "before 2028": the day before that period starts; "voor 1 juli" is kept as written.
                // "By the summer" is the summer's coming, as "before the summer" is.
                const bySeason = markerText === 'by' && spec.kind === 'season';
                const beforeMarker = role === 'deadline' && markerText !== undefined && (BEFORE_MARKERS.has(markerText) || bySeason);
                const before = beforeMarker && !edge && spec.kind !== 'day' && spec.kind !== 'relative' && spec.kind !== 'this';
                const after = afterMarker && !relativeAfter && dateRole === 'start' && !edge && spec.kind !== 'day' && spec.kind !== 'this';
                if (role === 'range') {
                    // "van 1 maart tot 1 juni": the first date starts, the second ends; alone, "van" is no date marker.
                    const to = lex.dateRangeTo.matchAt(tokens, found.next);
                    if (!to) return false;
                    const second = this.core(tokens, found.next + to, 'range') ?? this.relative(tokens, found.next + to);
                    if (!second) return false;
                    dateRole = 'start';
                    this.push(dates, taken, statement, firstToken, found.next - 1, coreFrom, coreTo, dateRole, spec, false);
                    const secondTokens = tokens.slice(found.next + to, second.next);
                    this.push(dates, taken, statement, found.next, second.next - 1, secondTokens[0], secondTokens[secondTokens.length - 1], 'deadline', second.spec, false);
                    i = second.next - 1;
                    return true;
                }
                this.push(dates, taken, statement, firstToken, found.next - 1, coreFrom, coreTo, dateRole, spec, before, after);
                i = found.next - 1;
                return true;
            };
            if (marker && tryAt(i + marker.length, marker.role)) continue;
            if (this.mayStart(tokens[i])) tryAt(i, undefined);
        }
        return dates;
    }

    private push(dates: ReadDate[], taken: boolean[], statement: string, first: number, last: number, from: Token, to: Token,
        role: DateRole, spec: DateSpec, before: boolean, after = false): void {
        if (!validSpec(spec)) return;
        for (let k = first; k <= last; k++) taken[k] = true;
        dates.push({
            role, spec, first, last, text: statement.slice(from.start, to.end), from: from.start, to: to.end,
            before: before || undefined, after: after || undefined,
        });
    }
}

function validSpec(spec: DateSpec): boolean {
    if (spec.kind !== 'day') return true;
    if (spec.month < 1 || spec.month > 12 || spec.day < 1) return false;
    return spec.day <= new Date(Date.UTC(spec.year ?? 2028, spec.month, 0)).getUTCDate();
}

function isSep(t: Token | undefined): boolean {
    return !!t && t.kind === 'symbol' && (t.text === '-' || t.text === '/');
}

function isComma(t: Token | undefined): boolean {
    return !!t && t.kind === 'symbol' && t.text === ',';
}

const DAY_MS = 86_400_000;

function dayOf(year: number, month: number, day: number): number {
    return Date.UTC(year, month - 1, day) / DAY_MS;
}

function lastDayOfMonth(year: number, month: number): number {
    return Date.UTC(year, month, 0) / DAY_MS;
}

function yearOf(day: number): number {
    return new Date(day * DAY_MS).getUTCFullYear();
}

/** Monday of ISO week `week` of `year`. */
function isoWeekMonday(year: number, week: number): number {
    const jan4 = dayOf(year, 1, 4);
    const weekday = (new Date(jan4 * DAY_MS).getUTCDay() + 6) % 7;
    return jan4 - weekday + (week - 1) * 7;
}

/** The first and last day a spec covers in a given year; only the day before it starts or after it ends, for those sides. */
function rangeIn(spec: DateSpec, year: number, side?: 'before' | 'after'): [number, number] | undefined {
    const range = coveredIn(spec, year);
    if (range && side === 'before') return [range[0] - 1, range[0] - 1];
    if (range && side === 'after') return [range[1] + 1, range[1] + 1];
    return range;
}

function sideOf(date: Pick<ReadDate, 'before' | 'after'>): 'before' | 'after' | undefined {
    return date.before ? 'before' : date.after ? 'after' : undefined;
}

function coveredIn(spec: DateSpec, year: number): [number, number] | undefined {
    switch (spec.kind) {
        case 'day': {
            const d = dayOf(year, spec.month, spec.day);
            return [d, d];
        }
        case 'month': {
            const first = dayOf(year, spec.month, 1);
            const last = lastDayOfMonth(year, spec.month);
            if (spec.edge === 'start') return [first, dayOf(year, spec.month, 10)];
            if (spec.edge === 'middle') return [dayOf(year, spec.month, 15), dayOf(year, spec.month, 15)];
            return [first, last];
        }
        case 'year':
        case 'this': {
            if (spec.kind === 'this' && spec.unit !== 'year') return undefined;
            const edge = spec.edge;
            if (edge === 'start') return [dayOf(year, 1, 1), lastDayOfMonth(year, 3)];
            if (edge === 'middle') return [dayOf(year, 6, 30), dayOf(year, 6, 30)];
            if (edge === 'end') return [dayOf(year, 10, 1), dayOf(year, 12, 31)];
            return [dayOf(year, 1, 1), dayOf(year, 12, 31)];
        }
        case 'quarter': {
            const firstMonth = spec.quarter * 3 - 2;
            // "begin Q3", "early Q3": its first month; "medio Q3": the middle of its middle month; otherwise the whole quarter.
            if (spec.edge === 'start') return [dayOf(year, firstMonth, 1), lastDayOfMonth(year, firstMonth)];
            if (spec.edge === 'middle') return [dayOf(year, firstMonth + 1, 15), dayOf(year, firstMonth + 1, 15)];
            return [dayOf(year, firstMonth, 1), lastDayOfMonth(year, spec.quarter * 3)];
        }
        case 'half':
            return [dayOf(year, spec.half * 6 - 5, 1), lastDayOfMonth(year, spec.half * 6)];
        case 'week': {
            const monday = isoWeekMonday(year, spec.week);
            return [monday, monday + 6];
        }
        case 'easter': {
            const d = easterSunday(year) + spec.offset;
            return [d, d];
        }
        case 'season': {
            const endYear = spec.endMonth < spec.startMonth ? year + 1 : year;
            const last = spec.endDay !== undefined ? dayOf(endYear, spec.endMonth, spec.endDay) : lastDayOfMonth(endYear, spec.endMonth);
            return [dayOf(year, spec.startMonth, spec.startDay ?? 1), last];
        }
        default:
            return undefined;
    }
}

function explicitYear(spec: DateSpec): number | undefined {
    return 'year' in spec ? spec.year : undefined;
}

/**
 * The day a date expression stands for: the last day it covers for a deadline ("in september" → 30 September),
 * the first for a start. A year left out is taken from the plan's period, else the first such date from the
 * goal's start (or today) on.
 */
export function resolveDate(date: Pick<ReadDate, 'spec' | 'role' | 'before' | 'after'>, ctx: DateContext): number | undefined {
    const { spec } = date;
    const pick = (range: [number, number]) => (date.role === 'start' ? range[0] : range[1]);
    const anchor = ctx.goalStart ?? ctx.periodStart ?? ctx.today;
    if (spec.kind === 'relative') {
        const months = spec.unit === 'month' ? spec.amount : spec.unit === 'quarter' ? spec.amount * 3
            : spec.unit === 'halfyear' ? spec.amount * 6 : spec.unit === 'year' ? spec.amount * 12 : undefined;
        if (months !== undefined) {
            if (Number.isInteger(months)) return addMonths(anchor, months);
            return Math.round(anchor + months * 30.44);
        }
        const days = spec.unit === 'week' ? spec.amount * 7 : spec.amount;
        return Math.round(anchor + days);
    }
    if (spec.kind === 'this') {
        const base = yearOf(anchor);
        if (spec.unit === 'year') return pickValid(rangeIn({ kind: 'year', year: base + spec.offset, edge: spec.edge }, base + spec.offset), pick);
        const date0 = new Date(anchor * DAY_MS);
        if (spec.unit === 'quarter') {
            const q = Math.floor(date0.getUTCMonth() / 3) + 1 + spec.offset;
            const y = base + Math.floor((q - 1) / 4);
            const quarter = ((q - 1) % 4) + 1;
            return pickValid(rangeIn({ kind: 'quarter', quarter, year: y }, y), pick);
        }
        if (spec.unit === 'month') {
            const m = date0.getUTCMonth() + 1 + spec.offset;
            const y = base + Math.floor((m - 1) / 12);
            return pickValid(rangeIn({ kind: 'month', month: ((m - 1) % 12) + 1 }, y), pick);
        }
        const weekday = (date0.getUTCDay() + 6) % 7;
        const monday = anchor - weekday + spec.offset * 7;
        return date.role === 'start' ? monday : monday + 6;
    }
    const year = explicitYear(spec);
    if (year !== undefined) return pickValid(rangeIn(spec, year, sideOf(date)), pick);
    const from = ctx.periodStart !== undefined ? yearOf(ctx.periodStart) : yearOf(anchor);
    if (ctx.periodStart !== undefined && ctx.periodEnd !== undefined && ctx.periodEnd >= ctx.periodStart) {
        for (let y = yearOf(ctx.periodStart); y <= yearOf(ctx.periodEnd); y++) {
            const range = rangeIn(spec, y, sideOf(date));
            if (!range) return undefined;
            const day = pick(range);
            if (day >= ctx.periodStart && day <= ctx.periodEnd) return day;
        }
    }
    for (let y = from - 1; y <= from + 2; y++) {
        const range = rangeIn(spec, y, sideOf(date));
        if (!range) return undefined;
        const day = pick(range);
        if (day >= anchor) return day;
    }
    return undefined;
}

function pickValid(range: [number, number] | undefined, pick: (r: [number, number]) => number): number | undefined {
    if (!range) return undefined;
    const day = pick(range);
    return Number.isFinite(day) ? day : undefined;
}
