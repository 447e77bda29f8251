/**
 * Splits a goal statement into tokens: words, numbers, mixed letter-digit names (Q4, B2, Prince2) and symbols.
 * Every later step of the reader works on these tokens and their offsets, never on the raw text again.
 */

type TokenKind = 'word' | 'number' | 'alnum' | 'symbol';

export interface Token {
    readonly kind: TokenKind;
    /** The text as written; without the point of a short word ("max." is "max", its offsets cover the point). */
    readonly text: string;
    /** Lower case, with a diaeresis or acute accent on a vowel removed (één → een, tweeëntwintig → tweeentwintig). */
    readonly lower: string;
    /** Offsets in the statement. */
    readonly start: number;
    readonly end: number;
    /** Whitespace (or the start of the text) comes before the token. */
    readonly spaced: boolean;
    /** Joined to the token before it by a hyphen or slash with no space around it (BHV-diploma, 30-minute, 3x/wk). */
    readonly joined: boolean;
    /** Starts with a capital letter. */
    readonly capital: boolean;
    /** For numbers written in digits: their value ("2.500" → 2500, "7,5" → 7.5); undefined for "1.7.2027". */
    readonly value?: number;
    /** The token is inside quotation marks. */
    readonly quoted: boolean;
}

const LETTER = /[A-Za-z\u00C0-\u024F]/;
const DIGIT = /[0-9]/;
const QUOTES = new Set(['"', '“', '”', '„', '‘', '’', "'", '«', '»']);
const ACCENTS: Record<string, string> = { 'é': 'e', 'è': 'e', 'ë': 'e', 'ê': 'e', 'á': 'a', 'ä': 'a', 'ï': 'i', 'í': 'i', 'ó': 'o', 'ö': 'o', 'ú': 'u', 'ü': 'u' };

export function plain(text: string): string {
    return text.toLowerCase().replace(/[éèëêáäïíóöúü]/g, c => ACCENTS[c] ?? c);
}

/**
 * A digit run with decimal or thousands marks: "7,5", "2.500", "1.000.000". A mark followed by no digit ends it.
 * Returns undefined for text that is no single number ("1.7.2027").
 */
function numberValue(text: string): number | undefined {
    if (/^\d+$/.test(text)) return Number(text);
    const marks = text.replace(/\d/g, '');
    if (marks.length === 1) {
        const [whole, fraction] = text.split(/[.,]/);
        // "2.500" and "2,500" group thousands; "7,5" and "2.50" are decimals.
        if (fraction.length === 3 && whole.length <= 3 && whole !== '0') return Number(whole + fraction);
        return Number(`${whole}.${fraction}`);
    }
    if (new Set(marks).size === 1) {
        const groups = text.split(marks[0]);
        if (groups[0].length <= 3 && groups.slice(1).every(g => g.length === 3)) return Number(groups.join(''));
        return undefined;
    }
    // Both marks: the last one is the decimal mark ("2.500,50", "2,500.50").
    const decimal = text.lastIndexOf(',') > text.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    const [whole, fraction, ...rest] = text.split(decimal);
    if (rest.length > 0) return undefined;
    const groups = whole.split(thousands);
    if (groups[0].length > 3 || groups.slice(1).some(g => g.length !== 3)) return undefined;
    return Number(`${groups.join('')}.${fraction}`);
}

/** Words written short with a point: bounds and approximations, amounts, and months. */
const SHORT_WITH_POINT = new Set([
    'max', 'min', 'ca', 'gem', 'ong', 'bijv', 'incl', 'excl', 'resp', 'vs', 'approx', 'mln', 'mld',
    'jan', 'feb', 'mrt', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec',
]);

const CLOSING: Record<string, string> = { '"': '"', '“': '”', '„': '”', '‘': '’', "'": "'", '«': '»' };

/**
 * Which characters lie inside a pair of quotation marks: a mark that opens a word ("'7 Habits'", "“Accelerate”")
 * and a matching mark that closes one later. An unmatched mark quotes nothing.
 */
function quotedSpans(text: string): boolean[] {
    const quoted = new Array<boolean>(text.length).fill(false);
    for (let i = 0; i < text.length; i++) {
        const close = CLOSING[text[i]];
        if (!close || (i > 0 && !/[\s(\[]/.test(text[i - 1])) || !/[A-Za-z0-9\u00C0-\u024F]/.test(text[i + 1] ?? '')) continue;
        for (let j = i + 1; j < text.length; j++) {
            const closes = (text[j] === close || (close === '”' && text[j] === '“')) && /[A-Za-z0-9\u00C0-\u024F.!?)]/.test(text[j - 1])
                && !/[A-Za-z\u00C0-\u024F]/.test(text[j + 1] ?? '');
            if (!closes) continue;
            for (let k = i + 1; k < j; k++) quoted[k] = true;
            i = j;
            break;
        }
    }
    return quoted;
}

export function tokenize(text: string): Token[] {
    const tokens: Token[] = [];
    let i = 0;
    let spaced = true;
    let joinNext = false;
    const quotedAt = quotedSpans(text);
    const push = (kind: TokenKind, start: number, end: number, extra: Partial<Token> = {}) => {
        const written = text.slice(start, end);
        tokens.push({
            kind, text: written, lower: plain(written), start, end, spaced, joined: joinNext && !spaced,
            capital: /^[A-Z\u00C0-\u00DE]/.test(written), quoted: quotedAt[start], ...extra,
        });
        spaced = false;
        joinNext = false;
    };
    while (i < text.length) {
        const c = text[i];
        if (/\s/.test(c)) {
            spaced = true;
            joinNext = false;
            i++;
            continue;
        }
        // "Q2 '27", "zomer '28": a year written short, 2027 and 2028.
        // Not the opening quote of a title: "ik lees '12 boeken'".
        const shortYear = spaced && (c === "'" || c === '’') && !quotedAt[i + 1] && /^['’]\d{2}(?!\w)/.test(text.slice(i, i + 4));
        if (shortYear) {
            push('number', i, i + 3, { value: 2000 + Number(text.slice(i + 1, i + 3)) });
            i += 3;
            continue;
        }
        // "24/7": around the clock, a name, not two numbers; "1:1", "1:1s": a one-to-one talk, not a clause and a count.
        // ("a ratio of 1:1", "to 1:1" stays a ratio.)
        const ratioBefore = ['to', 'of', 'naar', 'van', 'tot', 'op'].includes(tokens[tokens.length - 1]?.lower ?? '');
        const named = spaced && !ratioBefore ? /^(?:24\/7|1:1s?|1-op-1(?:tjes|'s|s)?)(?![\d/:])/i.exec(text.slice(i, i + 10)) : null;
        if (named) {
            push('alnum', i, i + named[0].length);
            i += named[0].length;
            continue;
        }
        if (DIGIT.test(c)) {
            let j = i + 1;
            while (j < text.length && (DIGIT.test(text[j]) || ((text[j] === '.' || text[j] === ',') && DIGIT.test(text[j + 1] ?? '')))) j++;
            const digits = text.slice(i, j);
            push('number', i, j, { value: numberValue(digits) });
            // Letters stuck to digits are a unit or a suffix of their own: 5kg, 3x, 2e, 21st.
            if (j < text.length && LETTER.test(text[j])) joinNext = true;
            i = j;
            continue;
        }
        // "one-to-one", "one-on-one": a meeting, not three numbers.
        const meeting = spaced && /^one-(?:to|on)-ones?(?![A-Za-z])/i.exec(text.slice(i, i + 12));
        if (meeting) {
            push('word', i, i + meeting[0].length);
            i += meeting[0].length;
            continue;
        }
        // "bi-weekly", "semi-annually": one rhythm, read as "biweekly", not as "weekly" after a word "bi".
        const prefixedRhythm = spaced && /^(?:bi-(?:weekly|monthly|annually|annual)|semi-(?:annually|annual))(?![A-Za-z])/i.exec(text.slice(i, i + 14));
        if (prefixedRhythm) {
            push('word', i, i + prefixedRhythm[0].length, { lower: prefixedRhythm[0].toLowerCase().replace('-', '') });
            i += prefixedRhythm[0].length;
            continue;
        }
        // "w/ CSAT ≥ 4.5", "w/o help": with and without, as notes write them.
        const withShort = spaced && /^w\/o?(?=\s|$)/i.exec(text.slice(i, i + 4));
        if (withShort) {
            push('word', i, i + withShort[0].length, { lower: withShort[0].length === 3 ? 'without' : 'with' });
            i += withShort[0].length;
            continue;
        }
        // "A/B test", "B/C": two capitals with a slash are one name ("P/M" stays per month, as "p/m" does).
        if (spaced && c !== 'P' && /^[A-Z]\/[A-Z](?![A-Za-z0-9])/.test(text.slice(i, i + 4))) {
            push('alnum', i, i + 3);
            i += 3;
            continue;
        }
        // "o.a.", "i.p.v.", "e.g.": single letters with points are one word, and their points end no sentence.
        const abbreviation = spaced && text[i + 1] === '.' && /^(?:[A-Za-z]\.){2,}/.exec(text.slice(i, i + 12));
        if (abbreviation) {
            push('word', i, i + abbreviation[0].length);
            i += abbreviation[0].length;
            continue;
        }
        if (LETTER.test(c)) {
            let j = i + 1;
            let hasDigit = false;
            while (j < text.length) {
                const d = text[j];
                if (LETTER.test(d)) j++;
                else if (DIGIT.test(d)) { hasDigit = true; j++; }
                // An apostrophe inside a word belongs to it: collega's, cliënt's.
                else if ((d === "'" || d === '’') && LETTER.test(text[j + 1] ?? '') && !closesQuote(text, j)) j++;
                else break;
            }
            // "max. 5", "ca. 12", "1 okt. 2027": the point of a short word is part of its token (its text is the word
            // alone) and ends no sentence.
            const word = text.slice(i, j);
            const pointed = text[j] === '.' && !/\S/.test(text[j + 1] ?? ' ') && SHORT_WITH_POINT.has(plain(word));
            push(hasDigit ? 'alnum' : 'word', i, pointed ? j + 1 : j, pointed ? { text: word, lower: plain(word) } : {});
            i = pointed ? j + 1 : j;
            continue;
        }
        if (QUOTES.has(c) && !((c === "'" || c === '’') && LETTER.test(text[i - 1] ?? '') && LETTER.test(text[i + 1] ?? ''))) {
            // Quotation marks are no tokens: what they enclose is marked as quoted instead.
            spaced = spaced || /\s/.test(text[i - 1] ?? ' ');
            i++;
            continue;
        }
        if ((c === '-' || c === '/') && i > 0 && !/\s/.test(text[i - 1]) && i + 1 < text.length && !/\s/.test(text[i + 1])) {
            // A hyphen or slash between two word or number parts joins them: BHV-diploma, twenty-five, 3x/wk.
            push('symbol', i, i + 1);
            joinNext = true;
            i++;
            continue;
        }
        push('symbol', i, i + 1);
        i++;
    }
    return tokens;
}

/** An apostrophe followed by letters and then a quote mark or space is the closing quote of a title, not part of a word. */
function closesQuote(text: string, at: number): boolean {
    // "collega's" keeps its apostrophe; "'7 Habits'" closes. Only a single s after the apostrophe is a genitive.
    const rest = /^['’]([A-Za-z]+)/.exec(text.slice(at));
    return !!rest && rest[1].length > 2;
}

/** Tokens that end a clause: punctuation other than a hyphen joining two parts. */
export function isClauseEnd(token: Token | undefined): boolean {
    return !!token && token.kind === 'symbol' && /^[.;:!?()\[\]–—]$/.test(token.text) || (!!token && token.kind === 'symbol' && token.text === '-' && token.spaced);
}

/** Whether tokens[k] is the first part of a hyphenated compound: "on-call", "zij-instromers", "cut-off". */
export function startsHyphenCompound(tokens: readonly Token[], k: number): boolean {
    return tokens[k + 1]?.text === '-' && tokens[k + 2]?.joined === true && tokens[k + 2].kind === 'word';
}

export function isComma(token: Token | undefined): boolean {
    return !!token && token.kind === 'symbol' && token.text === ',';
}
