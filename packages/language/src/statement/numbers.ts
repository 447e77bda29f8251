/**
 * Numbers written in digits or in words, in Dutch and English: drie, vijfentwintig, tweeëntwintig, honderdvijftig,
 * twintigste; twelve, twenty-five, one hundred and fifty, twentieth; half, anderhalf, een dozijn, a dozen; twice.
 * Dutch writes compounds as one word (unit + "en" + tens), English with a hyphen or a space; both are read here.
 */
import type { Token } from './tokens.js';

export interface NumberReading {
    readonly value: number;
    /** Token indices: the number spans tokens[start] up to, not including, tokens[end]. */
    readonly start: number;
    readonly end: number;
    readonly ordinal: boolean;
    /** Written in words. */
    readonly word: boolean;
    /** The article "een", "a" or "an": a one only where a count is expected ("een presentatie per kwartaal"). */
    readonly weak: boolean;
    /** A count of times: once, twice, tweemaal, eenmaal. */
    readonly times: boolean;
    /** Written with a plus after it ("10+ reviews", "500+ followers"): at least this many. */
    readonly atLeast?: boolean;
}

const NL_UNITS: Record<string, number> = { nul: 0, een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9 };
const NL_TEENS: Record<string, number> = {
    tien: 10, elf: 11, twaalf: 12, dertien: 13, veertien: 14, vijftien: 15, zestien: 16, zeventien: 17, achttien: 18, negentien: 19,
};
const NL_TENS: Record<string, number> = {
    twintig: 20, dertig: 30, veertig: 40, vijftig: 50, zestig: 60, zeventig: 70, tachtig: 80, negentig: 90,
};
const EN_SMALL: Record<string, number> = {
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
    thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const EN_TENS: Record<string, number> = {
    twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};
const EN_ORDINALS: Record<string, number> = {
    first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10, eleventh: 11,
    twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17, eighteenth: 18, nineteenth: 19,
    twentieth: 20, thirtieth: 30, fortieth: 40, fiftieth: 50, sixtieth: 60, seventieth: 70, eightieth: 80, ninetieth: 90,
    hundredth: 100, thousandth: 1000,
};
const MULTIPLIERS: Record<string, number> = {
    honderd: 100, hundred: 100, duizend: 1000, thousand: 1000, miljoen: 1e6, million: 1e6, mln: 1e6, mio: 1e6, miljard: 1e9,
    billion: 1e9, mld: 1e9, bn: 1e9,
};
/** What follows a number written as an ordinal: "1e", "2de", "20ste", "1st", "2nd", "3rd", "4th", "1er". */
export const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['e', 'ste', 'de', 'st', 'nd', 'rd', 'th', 'er']);

/** Written onto an amount after a currency sign: "€50K", "€1.2m", "$2bn". Without the sign, "400m" may be metres. */
const AMOUNT_SUFFIXES: Record<string, number> = { k: 1000, m: 1e6, mn: 1e6, bn: 1e9 };
const CURRENCY_SIGNS = new Set(['€', '$', '£']);
/** Before "5K", "10K": the name of a race ("the 5K charity run"), not five thousand. */
const RACE_ARTICLES = new Set(['the', 'a', 'an', 'de', 'het', 'een']);
const TIMES: Record<string, number> = {
    once: 1, twice: 2, thrice: 3, eens: 1, eenmaal: 1, tweemaal: 2, driemaal: 3, viermaal: 4, vijfmaal: 5, zesmaal: 6, tienmaal: 10,
};
const DOZEN = new Set(['dozijn', 'dozen']);
const UNIT_PATTERN = '(een|twee|drie|vier|vijf|zes|zeven|acht|negen)';
const NL_COMPOUND = new RegExp(`^${UNIT_PATTERN}en(twintig|dertig|veertig|vijftig|zestig|zeventig|tachtig|negentig)$`);
const NL_AND_HALF = new RegExp(`^${UNIT_PATTERN}enhalf$`);

/** A Dutch number word below a thousand, compounds included. */
function dutchBelowThousand(word: string): number | undefined {
    if (word in NL_UNITS) return NL_UNITS[word];
    if (word in NL_TEENS) return NL_TEENS[word];
    if (word in NL_TENS) return NL_TENS[word];
    const compound = NL_COMPOUND.exec(word);
    if (compound) return NL_UNITS[compound[1]] + NL_TENS[compound[2]];
    const at = word.indexOf('honderd');
    if (at >= 0) {
        const left = word.slice(0, at);
        let right = word.slice(at + 'honderd'.length);
        const hundreds = left === '' ? 1 : NL_UNITS[left];
        if (hundreds === undefined || hundreds === 0) return undefined;
        // "honderden" is "hundreds", not a number; "honderdeneen" is 101.
        if (right.startsWith('en')) {
            right = right.slice(2);
            if (right === '') return undefined;
        }
        const rest = right === '' ? 0 : dutchBelowThousand(right);
        return rest === undefined || rest >= 100 ? undefined : hundreds * 100 + rest;
    }
    return undefined;
}

function dutchCardinal(word: string): number | undefined {
    if (word === 'anderhalf' || word === 'anderhalve') return 1.5;
    const andHalf = NL_AND_HALF.exec(word);
    if (andHalf) return NL_UNITS[andHalf[1]] + 0.5;
    const at = word.indexOf('duizend');
    if (at >= 0) {
        const left = word.slice(0, at);
        let right = word.slice(at + 'duizend'.length);
        const thousands = left === '' ? 1 : dutchBelowThousand(left);
        if (thousands === undefined || thousands === 0) return undefined;
        if (right.startsWith('en')) {
            right = right.slice(2);
            if (right === '') return undefined;
        }
        const rest = right === '' ? 0 : dutchBelowThousand(right);
        return rest === undefined ? undefined : thousands * 1000 + rest;
    }
    return dutchBelowThousand(word);
}

function dutchOrdinal(word: string): number | undefined {
    if (word === 'eerste') return 1;
    if (word === 'derde') return 3;
    if (word === 'achtste') return 8;
    if (word.endsWith('ste')) {
        const value = dutchCardinal(word.slice(0, -3));
        return value !== undefined && value >= 20 ? value : undefined;
    }
    if (word.endsWith('de')) {
        const value = dutchCardinal(word.slice(0, -2));
        return value !== undefined && value >= 2 && value < 20 ? value : undefined;
    }
    return undefined;
}

type WordNumber = { value: number; ordinal: boolean; times: boolean };

/** Words seen before and what they were: most words are no number, and the same few are asked about again and again. */
const wordNumbers = new Map<string, WordNumber | null>();

/** One word as a number: a cardinal, an ordinal or a count of times; undefined for any other word. */
export function numberWord(lower: string): WordNumber | undefined {
    let known = wordNumbers.get(lower);
    if (known === undefined) {
        known = readNumberWord(lower) ?? null;
        if (wordNumbers.size > 20_000) wordNumbers.clear();
        wordNumbers.set(lower, known);
    }
    return known ?? undefined;
}

function readNumberWord(lower: string): WordNumber | undefined {
    if (lower in TIMES) return { value: TIMES[lower], ordinal: false, times: true };
    if (lower in EN_SMALL) return { value: EN_SMALL[lower], ordinal: false, times: false };
    if (lower in EN_TENS) return { value: EN_TENS[lower], ordinal: false, times: false };
    if (lower in EN_ORDINALS) return { value: EN_ORDINALS[lower], ordinal: true, times: false };
    if (lower in MULTIPLIERS) return { value: MULTIPLIERS[lower], ordinal: false, times: false };
    const cardinal = dutchCardinal(lower);
    if (cardinal !== undefined) return { value: cardinal, ordinal: false, times: false };
    const ordinal = dutchOrdinal(lower);
    if (ordinal !== undefined) return { value: ordinal, ordinal: true, times: false };
    return undefined;
}

const ARTICLES = new Set(['een', 'a', 'an']);

function isStrongOne(token: Token): boolean {
    const written = token.text.toLowerCase();
    return written === 'één' || written === 'eén' || written === 'ééntje';
}

/** Currencies written as words after an amount: "1,2 mln. euro". */
const CURRENCY_WORDS = new Set(['euro', "euro's", 'eur', 'dollar', 'dollars', 'usd', 'gbp']);

/** Whether the token starts a number: digits, a number word, or an article before "dozen", "half" or "hundred". */
export function readNumberAt(tokens: readonly Token[], i: number): NumberReading | undefined {
    const token = tokens[i];
    if (!token) return undefined;
    const next = tokens[i + 1];
    if (token.kind === 'number') {
        if (token.value === undefined) return undefined;
        let value = token.value;
        let end = i + 1;
        if (next?.kind === 'word' && (next.lower in MULTIPLIERS)) {
            value *= MULTIPLIERS[next.lower];
            end++;
            // "1,2 mln.euro": the point of the abbreviation, when the currency follows it unspaced ("mln. euro" is one
            // token with its point).
            if (tokens[end]?.text === '.' && !tokens[end].spaced && CURRENCY_WORDS.has(tokens[end + 1]?.lower ?? '')) end++;
        }
        else if (next?.kind === 'word' && DOZEN.has(next.lower)) { value *= 12; end++; }
        // "50K followers", "€1.2m"; but "the 5K", "a 10K" after an article is the name of a race.
        else if (next?.kind === 'word' && next.joined && !RACE_ARTICLES.has(tokens[i - 1]?.lower ?? '')
            && (next.lower === 'k' || (next.lower in AMOUNT_SUFFIXES && CURRENCY_SIGNS.has(tokens[i - 1]?.text ?? '')))) {
            value *= AMOUNT_SUFFIXES[next.lower];
            end++;
        }
        const atLeast = tokens[end]?.text === '+' && !tokens[end].spaced && !(tokens[end + 1] && !tokens[end + 1].spaced && tokens[end + 1].kind === 'number');
        return { value, start: i, end: atLeast ? end + 1 : end, ordinal: false, word: false, weak: false, times: false, atLeast };
    }
    if (token.kind !== 'word') return undefined;
    if (ARTICLES.has(token.lower) && !isStrongOne(token)) {
        if (next?.kind === 'word' && DOZEN.has(next.lower)) return { value: 12, start: i, end: i + 2, ordinal: false, word: true, weak: false, times: false };
        if (next?.kind === 'word' && (next.lower === 'half' || next.lower === 'halve')) {
            return { value: 0.5, start: i, end: i + 2, ordinal: false, word: true, weak: false, times: false };
        }
        if (next?.kind === 'word' && token.lower !== 'een' && (next.lower === 'hundred' || next.lower === 'thousand' || next.lower === 'million')) {
            const rest = readWords(tokens, i + 1);
            if (rest) return { ...rest, start: i };
        }
        // "een 8", "a 20% rise": the article belongs to the number that follows; not in "a 10-minute check-in".
        const qualifier = tokens[i + 2]?.text === '-' && !!tokens[i + 3]?.joined;
        if (!qualifier && next && (next.kind === 'number' || (next.kind === 'word' && numberWord(next.lower) !== undefined && !ARTICLES.has(next.lower)))) return undefined;
        return { value: 1, start: i, end: i + 1, ordinal: false, word: true, weak: token.lower === 'een' || token.lower === 'a' || token.lower === 'an', times: false };
    }
    // "down to nil", "to none", "at nil": zero as the level reached ("none of my reports" is no number).
    if ((token.lower === 'nil' || token.lower === 'none') && ['to', 'at'].includes(tokens[i - 1]?.lower ?? '')) {
        return { value: 0, start: i, end: i + 1, ordinal: false, word: true, weak: false, times: false };
    }
    // "half an hour", "half a day": the article belongs to the half.
    if (token.lower === 'half' && (next?.lower === 'a' || next?.lower === 'an')) return { value: 0.5, start: i, end: i + 2, ordinal: false, word: true, weak: false, times: false };
    if (token.lower === 'half' || token.lower === 'halve') return { value: 0.5, start: i, end: i + 1, ordinal: false, word: true, weak: false, times: false };
    return readWords(tokens, i);
}

/** A run of number words: "twenty five", "twenty-five", "one hundred and fifty", "two dozen", "twee duizend". */
function readWords(tokens: readonly Token[], i: number): NumberReading | undefined {
    const first = numberWord(tokens[i].lower);
    if (!first) return undefined;
    if (first.ordinal || first.times) {
        return { value: first.value, start: i, end: i + 1, ordinal: first.ordinal, word: true, weak: false, times: first.times };
    }
    let total = 0;
    let current = 0;
    let last: 'unit' | 'teen' | 'tens' | 'hundred' | 'big' | undefined;
    let end = i;
    let ordinal = false;
    for (let j = i; j < tokens.length; j++) {
        const t = tokens[j];
        if (t.kind === 'symbol' && t.text === '-' && tokens[j + 1]?.joined) continue;
        if (t.kind !== 'word') break;
        if ((t.lower === 'and' || t.lower === 'en') && (last === 'hundred' || last === 'big')) {
            const after = tokens[j + 1] && numberWord(tokens[j + 1].lower);
            if (after && !after.ordinal && !after.times && after.value < 100) { end = j + 1; continue; }
            break;
        }
        if (j > i && DOZEN.has(t.lower)) { current = (current || 1) * 12; end = j + 1; break; }
        const read = numberWord(t.lower);
        if (!read || read.times) break;
        const v = read.value;
        if (read.ordinal) {
            // "twenty-first", "one hundred and fifth".
            if (j > i && v < 10 && (last === 'tens' || last === 'hundred' || last === 'big')) { current += v; end = j + 1; ordinal = true; }
            break;
        }
        const kind = v === 100 ? 'hundred' : v >= 1000 ? 'big' : v < 10 ? 'unit' : v < 20 || v % 10 !== 0 ? 'teen' : 'tens';
        const fits = j === i
            || (kind === 'unit' && (last === 'tens' || last === 'hundred' || last === 'big'))
            || ((kind === 'teen' || kind === 'tens') && (last === 'hundred' || last === 'big'))
            || (kind === 'hundred' && last === 'unit')
            || (kind === 'big' && last !== 'big');
        if (!fits) break;
        if (kind === 'hundred') current = (current || 1) * 100;
        else if (kind === 'big') { total += (current || 1) * v; current = 0; }
        else current += v;
        last = kind;
        end = j + 1;
    }
    if (end === i) return undefined;
    return { value: total + current, start: i, end, ordinal, word: true, weak: false, times: false };
}

/**
 * The statement's tokens with each quarter of an hour written as the minutes it is: "een kwartier", "drie kwartier",
 * "onder het kwartier", "a quarter of an hour", "three quarters of an hour", "a quarter-hour". They then read as any
 * other length of time ("binnen 15 minuten"). The new tokens cover the words they stand for, so that what the reader
 * marks in the text stays where it was written. "Elk kwartier" (how often) and "het eerste kwartier" (when) are no
 * length and stay as written, as does "a quarter of" anything but an hour.
 */
export function withQuarterHoursAsMinutes(tokens: readonly Token[]): Token[] {
    const out: Token[] = [];
    for (let i = 0; i < tokens.length; i++) {
        const quarter = quarterHoursAt(tokens, i);
        if (!quarter) {
            out.push(tokens[i]);
            continue;
        }
        const first = tokens[i];
        const unit = tokens[quarter.unitStart];
        const minutes = String(quarter.count * 15);
        out.push({ ...first, kind: 'number', text: minutes, lower: minutes, value: quarter.count * 15, end: tokens[quarter.unitStart - 1].end, capital: false });
        out.push({ ...unit, kind: 'word', text: quarter.unit, lower: quarter.unit, end: tokens[quarter.end - 1].end, spaced: true, joined: false, capital: false });
        i = quarter.end - 1;
    }
    return out;
}

interface QuarterHours { readonly count: number; readonly unitStart: number; readonly end: number; readonly unit: 'minuten' | 'minutes' }

function quarterHoursAt(tokens: readonly Token[], i: number): QuarterHours | undefined {
    // "onder het kwartier": the one quarter of an hour everyone knows.
    const number = tokens[i].lower === 'het' ? { value: 1, end: i + 1, ordinal: false, times: false } : readNumberAt(tokens, i);
    if (!number || number.ordinal || number.times) return undefined;
    const k = number.end;
    const word = tokens[k]?.lower;
    if (word === 'kwartier' || word === 'kwartiertje') return { count: number.value, unitStart: k, end: k + 1, unit: 'minuten' };
    if (word !== 'quarter' && word !== 'quarters') return undefined;
    const hourAfter = (j: number) => tokens[j]?.lower === 'hour';
    // "a quarter of an hour", "three quarters of an hour"
    if (tokens[k + 1]?.lower === 'of' && ['an', 'a'].includes(tokens[k + 2]?.lower ?? '') && hourAfter(k + 3)) {
        return { count: number.value, unitStart: k, end: k + 4, unit: 'minutes' };
    }
    // "a quarter-hour", "a quarter hour"
    if (tokens[k + 1]?.text === '-' && hourAfter(k + 2)) return { count: number.value, unitStart: k, end: k + 3, unit: 'minutes' };
    if (hourAfter(k + 1)) return { count: number.value, unitStart: k, end: k + 2, unit: 'minutes' };
    return undefined;
}
