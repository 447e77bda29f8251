/**
 * The phrases around a number, as the statement reader's phases need them: the words of a noun phrase, the unit after
 * a number, and the measure a range or a bound before it belongs to ("De klanttevredenheid over mijn afdeling stijgt
 * naar 80"). read-statement.ts builds its phases on this class; apart from marking tokens as read (`take`), nothing
 * here changes what was read.
 */
import { isComparativeForm } from './comparatives.js';
import { isYear } from './dates.js';
import { dutchAdjectiveBases } from './dutch-spelling.js';
import {
    ACRONYM, ADVERBS_OF_CHANGE, AGE_COMPARATIVES, AGE_WORDS_AFTER, BORROWED_COMPOUND_HEADS, CHANGE_PARTICLES, CHANGE_VERBS, DOTTED_ABBREVIATION, NOMINAL_MOMENT_PREPOSITIONS,
    MATERIAL_ADJECTIVES, MEASURE_ABBREVIATIONS, NOT_ADVERBS_IN_LY, OWNER_PREPOSITIONS, PER_ABBREVIATIONS, PLACE_PREPOSITIONS, POSSESSIVES, RELATIVE_PRONOUNS,
    SOURCE_PREPOSITIONS, STRONG_PARTICIPLE, SUBJECT_VERBS, TOPIC_PREPOSITIONS,
} from './grammar-words.js';
import type { PhraseSet } from './lexicon.js';
import type { Language, Lexicons } from './lexicons.js';
import { numberWord, readNumberAt, withQuarterHoursAsMinutes } from './numbers.js';
import { isClauseEnd, isComma, startsHyphenCompound, tokenize, type Token } from './tokens.js';

/** The round numbers a rate is counted over: "per 1000 regels code", "per 100,000 hours worked". */
const ROUND_BASES: ReadonlySet<number> = new Set([10, 100, 1000, 10_000, 100_000]);

export interface Unit {
    readonly kind: 'percent' | 'money' | 'measure' | 'times' | 'noun' | 'none';
    readonly text?: string;
    /** Index after the unit. */
    readonly end: number;
}

export class PhraseReader {
    readonly tokens: Token[];
    /** Tokens a phase has read, which no later phase reads again. */
    readonly taken: boolean[];
    /** Tokens that are part of a name (an identifier quantity). */
    readonly named: boolean[];
    readonly language: Language;

    constructor(readonly text: string, readonly lex: Lexicons) {
        this.tokens = withQuarterHoursAsMinutes(tokenize(text));
        this.taken = new Array<boolean>(this.tokens.length).fill(false);
        this.named = new Array<boolean>(this.tokens.length).fill(false);
        this.language = this.detectLanguage();
    }

    /** The language with more of its own words in the statement; a tie is Dutch, the tool's first language. */
    protected detectLanguage(): Language {
        let nl = 0;
        let en = 0;
        let inBrackets = false;
        for (const [k, t] of this.tokens.entries()) {
            if (t.text === '(' || t.text === ')') inBrackets = t.text === '(';
            // "(PSM I)": an aside, often a name or an abbreviation.
            if (t.kind !== 'word' || inBrackets) continue;
            // "8 à 10", "3 a 4": a Dutch range, not the English article.
            if (t.lower === 'a' && this.tokens[k - 1]?.kind === 'number' && this.tokens[k + 1]?.kind === 'number') continue;
            if (this.lex.markers.nl.has(t.lower)) nl += 2;
            if (this.lex.markers.en.has(t.lower)) en += 2;
            // "Certificaat Professional Scrum Master behaald": the words of a name say nothing of the sentence's language.
            if (t.capital && k > 0 && !isClauseEnd(this.tokens[k - 1])) continue;
            const own = this.lex.wordLanguage.get(t.lower);
            if (own === 'nl') nl++;
            else if (own === 'en') en++;
        }
        return en > nl ? 'en' : 'nl';
    }

    protected take(first: number, end: number): void {
        for (let k = first; k < end; k++) this.taken[k] = true;
    }

    protected free(first: number, end: number): boolean {
        for (let k = first; k < end; k++) if (this.taken[k]) return false;
        return true;
    }

    /** The length of the longest phrase of the set that ends right before tokens[i]. */
    protected endsBefore(set: PhraseSet, i: number, max = 4): number {
        for (let k = Math.min(max, i); k >= 1; k--) if (set.matchAt(this.tokens, i - k) === k) return k;
        return 0;
    }

    isContentWord(t: Token | undefined): boolean {
        return !!t && t.kind === 'word' && !this.lex.functionWords.has(t.lower);
    }

    protected isVerbForm(i: number): boolean {
        const lex = this.lex;
        return lex.completionVerbs.matchAt(this.tokens, i) > 0 || lex.productionVerbs.matchAt(this.tokens, i) > 0
            || lex.directionVerbs.matchAt(this.tokens, i) > 0 || lex.gradeVerbs.has(this.tokens[i].lower);
    }

    /**
     * The noun a number counts, from tokens[j]: one word, or adjectives and a noun ("nieuwe klanten", "missed deadlines",
     * "blog posts"). Undefined when the next word is a function word or a verb ("4 van", "25 more", "2006 en").
     */
    protected nounPhrase(j: number): { text: string; end: number } | undefined {
        const tokens = this.tokens;
        const count = tokens[j - 1] && (tokens[j - 1].kind === 'number' ? tokens[j - 1].value : numberWord(tokens[j - 1].lower)?.value);
        const moreThanOneBefore = count !== undefined && count > 1;
        let k = j;
        // "25 more clients", "3 extra trainingen", "5 nieuwe": the modifier is no unit.
        while (tokens[k] && ['meer', 'more', 'extra', 'additional', 'andere', 'other', 'further'].includes(tokens[k].lower)) k++;
        const words: number[] = [];
        // Up to three words, a hyphenated compound counting as one.
        const separateWords = () => words.filter(w => !tokens[w].joined).length;
        while (k < tokens.length && (separateWords() < 3 || tokens[k].joined || (tokens[k].text === '-' && tokens[k + 1]?.joined))) {
            const t = tokens[k];
            if (t.kind === 'symbol' && t.text === '-' && tokens[k + 1]?.joined && words.length > 0) { k++; continue; }
            // "lunch & learns", "Q & A sessions": an ampersand joins two words of one name.
            if (t.text === '&' && words.length > 0 && tokens[k + 1]?.kind === 'word') { k++; continue; }
            if (t.kind !== 'word' && !(t.kind === 'alnum' && words.length === 0)) break;
            // "o.b.v. de enquête", "t.b.v. Sales": an abbreviation with points is a preposition, no unit.
            if (DOTTED_ABBREVIATION.test(t.text)) break;
            // "lunch-and-learn sessions": a word inside a hyphenated compound is part of the noun, whatever it is alone.
            // "zij-instromers", "in-company trainingen": a function word that starts a hyphenated compound is part of it too.
            const inCompound = (t.joined && words.length > 0) || startsHyphenCompound(tokens, k);
            if (this.taken[k] || ((this.lex.functionWords.has(t.lower) || this.lex.months.has(t.lower)) && !inCompound)) break;
            // "mijn team van 9 beter aansturen", "€2 million more carefully": a comparative or an adverb says how, it counts nothing.
            const adverb = this.language === 'en' && /^\w{4,}ly$/.test(t.lower) && ['more', 'less', 'most'].includes(tokens[k - 1]?.lower ?? '');
            // ("the 3 best books": right after the count, a superlative says which ones.)
            const superlative = t.lower === 'best' && k === j && (this.language === 'en' || /^practices?$/.test(tokens[k + 1]?.lower ?? ''));
            const how = (this.lex.irregularComparatives.has(t.lower) && !superlative) || adverb;
            if (!inCompound && how && (words.length === 0 || !t.joined)) break;
            // After a Dutch adjective comes its noun, even one spelled like a verb: "externe audits".
            // ("best practices", borrowed whole.)
            const previousLower = words.length > 0 ? tokens[words[words.length - 1]].lower : '';
            // "10 security audits", "1.500 billable uren", "3 junior collega's": after a count of more than one, a Dutch
            // noun is plural, so a singular word before a plural modifies it, as an adjective would.
            // ("1 code review", "een team meeting": an English head makes a compound after any count.)
            const modifiesPlural = words.length === 1 && this.language === 'nl' && !t.joined && !/(en|s)$/.test(previousLower)
                && ((moreThanOneBefore && /(en|[^s]s)$/.test(t.lower) && !CHANGE_PARTICLES.has(t.lower)) || BORROWED_COMPOUND_HEADS.has(t.lower));
            // "een 1-op-1 gesprek", "3 B2 cursussen": after a name with digits comes the noun it names.
            const afterName = words.length === 1 && tokens[words[0]].kind === 'alnum' && !t.joined;
            const afterAdjective = words.length > 0 && this.language === 'nl'
                && (this.isDutchAdjectiveForm(previousLower) || previousLower === 'best' || modifiesPlural || afterName);
            // "two clinical audits": an English plural after the first word heads the phrase, though "audits" is a verb too.
            const pluralHead = this.language === 'en' && words.length > 0 && /[^s]s$/.test(t.lower) && !/s$/.test(tokens[words[words.length - 1]].lower);
            // "one team update per month", "a status update to the client": after a singular noun, a bare verb form that ends
            // the phrase heads it (as a verb it would be "updates").
            const next = tokens[k + 1];
            const previousWord = words.length > 0 ? tokens[words[words.length - 1]].lower : '';
            const singularHead = this.language === 'en' && words.length > 0 && !(/s$/.test(previousWord) && !/(ss|us|is)$/.test(previousWord))
                && !/(s|ed|ing)$/.test(t.lower) && (!next || isClauseEnd(next) || isComma(next) || this.lex.functionWords.has(next.lower));
            if (words.length > 0 && !t.joined && ((this.isVerbForm(k) && !afterAdjective && !pluralHead && !singularHead) || this.countAt(k))) break;
            // "4 sites drop to 10": after a plural, a verb of change is the sentence's verb; "Our NPS of 32 rises to 45",
            // "komt boven de 300": so it is right after a number.
            if (words.length > 0 && CHANGE_VERBS.has(t.lower) && /s$/.test(previousWord)) break;
            if (words.length === 0 && (CHANGE_VERBS.has(t.lower) || SUBJECT_VERBS.has(t.lower))) break;
            // "two development actions", "3 coaching sessions": a verbal noun before a noun only says which kind.
            const modifier = this.language === 'en' && /(ment|ing)$/.test(t.lower) && this.isContentWord(tokens[k + 1]) && !tokens[k + 1].joined;
            // "two graduates": right after a count, an English plural is a noun, though "graduates" is a verb too.
            const plural = this.language === 'en' && /[^s]s$/.test(t.lower);
            // "4 geschreven blogs", "5 completed projects": a participle before its noun is an adjective. ("Do a written
            // handover": after an article, the one thing done is no count.)
            const participle = this.language === 'nl' ? this.isDutchAdjectiveForm(t.lower) : /(ed|en)$/.test(t.lower);
            const participleBeforeNoun = participle && !!next && this.isContentWord(next) && !this.isVerbForm(k + 1)
                && !['een', 'a', 'an'].includes(tokens[j - 1]?.lower ?? '');
            // ("Voert 8 audits uit": a Dutch plural of a borrowed result noun, which is no verb here. "op basis van de 3
            // audits een verbeterplan": which ones, named before the result, are read as they were.)
            const borrowedPlural = this.language === 'nl' && this.lex.resultNounWords.has(t.lower.replace(/s$/, '')) && !this.isArticle(tokens[j - 2]);
            if (words.length === 0 && this.isVerbForm(k) && !this.lex.resultNounWords.has(t.lower) && !modifier && !plural && !participleBeforeNoun
                && !borrowedPlural) return undefined;
            if (words.length > 0 && !t.joined) {
                const previous = tokens[words[words.length - 1]];
                const english = this.language === 'en';
                // Dutch nouns are compounds in one word: a second word only follows an adjective ("nieuwe klanten").
                if (!english && !afterAdjective) break;
                // English: noun compounds ("sales calls") continue, a plural head then a participle ("clients signed") stops.
                if (english && previous.lower.endsWith('s') && /(ed|ing)$/.test(t.lower)) break;
                if (english && this.lex.measureWords.has(previous.lower)) break;
            }
            words.push(k);
            k++;
            if (this.lex.measureWords.has(t.lower) || this.lex.currencies.has(t.lower)) break;
        }
        if (words.length === 0) return undefined;
        const first = tokens[words[0]];
        const last = tokens[words[words.length - 1]];
        return { text: this.text.slice(first.start, last.end), end: words[words.length - 1] + 1 };
    }

    /** A number that counts starts at tokens[k], in digits or words ("12", "twee keer", "twice"); not "een", not "derde". */
    protected countAt(k: number): boolean {
        const n = readNumberAt(this.tokens, k);
        return !!n && !n.weak && !n.ordinal;
    }

    protected isDutchAdjectiveForm(word: string): boolean {
        if (this.lex.dutchAdjectives.has(word) || MATERIAL_ADJECTIVES.has(word) || STRONG_PARTICIPLE.test(word)) return true;
        // Uninflected before a het-word: "één afdelingsoverstijgend project", "een jaarlijks overleg".
        if (word.length >= 7 && /(end|lijk|lijks|ig|isch|baar|zaam|graads|vol)$/.test(word)) return true;
        // A participle as an adjective: "een uitgewerkt voorstel", "de vernieuwde klantenportal", "de gewijzigde lijst";
        // not a noun that only looks like one ("het getuigschrift", "het verbetertraject", "de gedragscode").
        // ("voorbereide", "overbelaste": a particle before a participle whose verb has no ge-.)
        if (/^(uit|af|op|aan|door|bij|samen|vast|in|mee|toe|na|over|voor|om|weg|terug)(ge|be|ver|ont|her)[a-z]{2,}[dt]e?$/.test(word)
            || /^ge[a-z]{3,}eerd$/.test(word)) return true;
        // "onvoorbereide", "onbekende": "on-" before an adjective says not.
        if (word.length >= 7 && word.startsWith('on') && this.isDutchAdjectiveForm(word.slice(2))) return true;
        if (/^(ge|ver|her|ont|be)[a-z]{3,}[^aeiou][dt]e$/.test(word) && word.length >= 8) return true;
        if (!word.endsWith('e') || word.length < 4) return false;
        const stem = word.slice(0, -1);
        // lege, late, snelle, lieve: the -e changes how the adjective's stem is written (leeg, laat, snel, lief).
        if (dutchAdjectiveBases(stem).some(base => this.lex.dutchAdjectives.has(base))) return true;
        if (/(lijk|lijks|ig|isch|baar|zaam|zam|ief|iev|ieve|eel|ele|ent|ant|end|nd|ield|erd|eerd|ste|aal|ale|loz|daags|weeks)$/.test(stem)) return true;
        // belangrijkste, grootste, snelste: a superlative.
        if (stem.length >= 6 && stem.endsWith('st')) return true;
        // klassikale, digitale, formele, individuele: "-aal" and "-eel" lose a vowel before their -e; so do bruikbare
        // and haalbare; waardevolle and zinvolle double their l.
        if (stem.length >= 5 && /(al|el|bar|voll)$/.test(stem)) return true;
        // nieuwe, vaste, goede, grote: an adjective with its -e.
        return ['verschillend', 'diverse', 'tweed', 'derd', 'eerst', 'laatst', 'volgend', 'best', 'echt', 'complet'].includes(stem);
    }

    /** The unit after a number at tokens[j]. */
    protected unitAt(j: number): Unit {
        const tokens = this.tokens;
        const t = tokens[j];
        if (!t || this.taken[j]) return { kind: 'none', end: j };
        // "40 p/m": a period follows, not a unit.
        if (t.lower === 'p' && tokens[j + 1]?.text === '/' && PER_ABBREVIATIONS[tokens[j + 2]?.lower ?? '']) return { kind: 'none', end: j };
        const percent = this.lex.percentWords.matchAt(tokens, j);
        if (percent) return { kind: 'percent', text: '%', end: j + percent };
        if (this.lex.currencies.has(t.lower)) return { kind: 'money', text: t.text, end: j + 1 };
        if (this.lex.timesWords.has(t.lower) && (t.lower !== 'x' || t.joined || !tokens[j + 1] || this.lex.perWords.matchAt(tokens, j + 1) > 0 || tokens[j + 1].text === '/')) {
            return { kind: 'times', text: t.text, end: j + 1 };
        }
        const measure = this.lex.measureUnits.matchAt(tokens, j);
        // One word is its token's text: "een kwartier" reads as "15 minuten" (withQuarterHoursAsMinutes).
        if (measure) return { kind: 'measure', text: measure === 1 ? t.text : this.text.slice(t.start, tokens[j + measure - 1].end), end: j + measure };
        // "8 van de 10 klanten", "4 uit 5", "4 out of 5 customers", "1 in 500 units" (not "2 in 3 months", "5 in 2027").
        if ((t.lower === 'van' || t.lower === 'op' || t.lower === 'of' || t.lower === 'out' || t.lower === 'uit' || (t.lower === 'in' && this.language === 'en'))) {
            let k = j + 1;
            if (t.lower === 'out' && tokens[k]?.lower === 'of') k++;
            if (tokens[k] && ['de', 'het', 'the', 'alle', 'all'].includes(tokens[k].lower)) k++;
            const total = readNumberAt(tokens, k);
            const inRatio = t.lower !== 'in' || (!!total && isYear(tokens[total.start]) === undefined && !this.lex.periodSet.matchAt(tokens, total.end)
                && !this.lex.measureUnits.matchAt(tokens, total.end));
            if (total && !total.weak && !total.ordinal && inRatio) {
                const noun = this.nounPhrase(total.end);
                const end = noun ? noun.end : total.end;
                return { kind: 'noun', text: this.text.slice(t.start, tokens[end - 1].end), end };
            }
            // "drie van mijn collega's", "three of my colleagues": the people counted, who are the writer's.
            const ofMine = (t.lower === 'van' || t.lower === 'of') && POSSESSIVES.has(tokens[j + 1]?.lower ?? '') ? this.nounPhrase(j + 2) : undefined;
            if (ofMine) return { kind: 'noun', text: ofMine.text, end: ofMine.end };
            return { kind: 'none', end: j };
        }
        // "max. 1,5 per 1.000 orders": a rate per a round number of things.
        const rateEnd = this.rateBaseEnd(j);
        if (rateEnd !== undefined) return { kind: 'noun', text: this.text.slice(t.start, tokens[rateEnd - 1].end), end: rateEnd };
        // "alle drie mijn klassen"
        // ("zijn" and "haar" are also a verb and a pronoun: "moeten er 20 zijn ingevuld".)
        const mine = ['mijn', "m'n", 'onze'].includes(t.lower) && this.language === 'nl' ? this.nounPhrase(j + 1) : undefined;
        if (mine) return { kind: 'noun', text: mine.text, end: mine.end };
        const noun = this.nounPhrase(j);
        if (!noun) return { kind: 'none', end: j };
        // "3 fouten per 1000 regels code", "2 defects per 1,000 lines of code": and per a round number of things.
        const nounRateEnd = this.rateBaseEnd(noun.end);
        if (nounRateEnd !== undefined) return { kind: 'noun', text: this.text.slice(t.start, tokens[nounRateEnd - 1].end), end: nounRateEnd };
        return { kind: 'noun', text: noun.text, end: noun.end };
    }

    /**
     * Where "per 1000 regels code", "per 100,000 hours worked" or "per 1,000 lines of code" ends, when it starts at
     * tokens[at]: a rate counted over a round number of things, whose number is part of the rate's name. Undefined
     * otherwise, and for a rhythm ("per 2 weken"; nobody counts a rhythm per 100 hours).
     */
    protected rateBaseEnd(at: number): number | undefined {
        const tokens = this.tokens;
        if (tokens[at]?.lower !== 'per') return undefined;
        const base = readNumberAt(tokens, at + 1);
        if (!base || base.word || !ROUND_BASES.has(base.value)) return undefined;
        if (base.value < 100 && this.lex.periodSet.matchAt(tokens, base.end) > 0) return undefined;
        const things = this.nounPhrase(base.end);
        if (!things) return undefined;
        const ofWhat = ['of', 'van'].includes(tokens[things.end]?.lower ?? '') ? this.nounPhrase(things.end + 1) : undefined;
        return ofWhat?.end ?? things.end;
    }

    /** The noun before "van"/"from" that a range or a "score van 8" measures: "de NPS van 32 naar 45" → NPS. */
    protected measuredNounBefore(k: number): string | undefined {
        const tokens = this.tokens;
        // "het aantal meldingen in de wachtrij terug van 300 naar 100": what is counted, not where it waits.
        const counted = this.countedAfterNumberOf(k);
        if (counted) return counted;
        let j = k - 1;
        const rangeFrom = tokens[j]?.lower === 'van';
        if (tokens[j] && (tokens[j].lower === 'van' || tokens[j].lower === 'from' || tokens[j].lower === 'of')) j--;
        // "Ik wil mijn uren terugbrengen van 36 naar 32": after a modal, the infinitive stands between the measure and its
        // range. (Not before "tot": "offertes maken tot 10k" makes offers up to an amount.)
        if (this.language === 'nl' && rangeFrom && tokens[j] && !this.taken[j] && tokens[j].lower.endsWith('en') && this.isVerbForm(j)
            && tokens[j - 1] && this.isContentWord(tokens[j - 1]) && !this.taken[j - 1]) j--;
        // "brengt het aantal tickets terug van 120 naar 40", "brings tickets down from 120": the verb's particle is no noun,
        // nor is the verb it belongs to ("het verzuim neemt af van 6 naar 4").
        if (tokens[j] && CHANGE_PARTICLES.has(tokens[j].lower)) {
            j--;
            if (['neemt', 'nemen', 'gaat', 'gaan', 'goes', 'go'].includes(tokens[j]?.lower ?? '')) j--;
        }
        // "daalt snel naar 2": an adverb after the verb of change.
        if (this.isAdverbOfChange(tokens[j]) && CHANGE_VERBS.has(tokens[j - 1]?.lower ?? '')) j--;
        // "facturen ouder dan 90 dagen terug naar 5", "invoices >60 days overdue to 10": how old the things are is no
        // part of what is counted.
        j = this.beforeAgeClause(j);
        // "De NPS stijgt van 32 naar 45": the verb of change stands between the measure and its range ("slowly falls to
        // 5": with its adverb); "de klanttevredenheid over mijn afdeling stijgt naar 80", "complaints about late
        // delivery drop to 15": so does whose it is or what it is about.
        const subject = !!tokens[j] && CHANGE_VERBS.has(tokens[j].lower);
        if (subject) {
            j--;
            // ("steadily rises"; Dutch puts its adverb after the verb: "geluid en licht dalen" is about light.)
            if (this.isAdverbOfChange(tokens[j], true)) j--;
            j = this.beforeOwnerPhrase(this.beforeAgeClause(j));
        } else if (tokens[j] && !this.taken[j]) {
            // "Cut customer complaints about noise to 2 per month", "Keep errors in payroll files below 2 per run": the
            // object of the verb, before what it is about or where. ("the backlog of tickets to 40": of what it consists;
            // "stijgt voor 31 december van 22 naar 35": a date is no phrase of the measure's, nor is the verb before it.)
            const head = this.beforeOwnerPhrase(j, false);
            // ("the customer satisfaction score for the helpdesk": "score" is a verb too; so is "visits" in "home visits by
            // the district nurses", a plural after a noun.)
            if (tokens[head] && (!this.isVerbForm(head) || this.lex.gradeNouns.has(tokens[head].lower) || this.isPluralAfterNoun(head))) j = head;
        }
        // "(NPS)": the name in brackets after the measure.
        if (tokens[j]?.text === ')' && tokens[j - 2]?.text === '(') j -= 1;
        // "qualified leads per quarter from 60 to 90", "sick days per employee per year": the rhythm and the rate after
        // the thing counted are part of its unit.
        const unitEnd = j;
        // In any order and up to three: "hours per week per FTE", "room service orders per guest per stay".
        const rhythm = (k: number) => ['per', 'a', 'each', 'every', 'elk', 'elke'].includes(tokens[k - 1]?.lower ?? '') && this.lex.periods.has(tokens[k].lower);
        const perThing = (k: number) => tokens[k - 1]?.lower === 'per' && this.isContentWord(tokens[k]) && !this.taken[k] && !this.lex.periods.has(tokens[k].lower);
        // ("average cover count per evening service": English may name the thing in two words.)
        const perTwoWords = (k: number) => this.language === 'en' && tokens[k - 2]?.lower === 'per' && this.isContentWord(tokens[k - 1])
            && !this.taken[k - 1] && this.isContentWord(tokens[k]) && !this.taken[k] && !this.lex.periods.has(tokens[k].lower);
        for (let steps = 0; steps < 3; steps++) {
            if (rhythm(j) || perThing(j)) j -= 2;
            else if (perTwoWords(j)) j -= 3;
            else break;
        }
        // "lost-time injuries per 100 employees", "incidents per 1000 flight hours": per a round number of things.
        const base = [j - 1, j - 2].find(m => tokens[m - 1]?.lower === 'per' && this.named[m] && tokens[m].kind === 'number');
        if (base !== undefined && tokens.slice(base + 1, j + 1).every(t => this.isContentWord(t))) j = base - 2;
        const tail = j < unitEnd ? tokens[unitEnd] : undefined;
        j = this.beforePlaceName(j);
        // "the Net Promoter Score of the helpdesk to 45", "de NPS van de helpdesk": whose score it is comes after it.
        const ofWhom = this.isArticle(tokens[j - 1]) && ['of', 'van'].includes(tokens[j - 2]?.lower ?? '') ? j - 3 : -1;
        if (ofWhom >= 0 && !this.taken[ofWhom] && (this.lex.gradeNouns.has(tokens[ofWhom].lower) || ACRONYM.test(tokens[ofWhom].text))) j = ofWhom;
        // "an engagement score of 75": a score, even when its figure is no mark out of 10 ("scores" is a verb too).
        // "mijn NPS-score van 12 naar 25", "the Net Promoter Score": the score named whole.
        if (tokens[j] && this.lex.gradeNouns.has(tokens[j].lower) && !this.taken[j]) {
            let first = this.hyphenCompoundStart(j);
            while (tokens[j].capital && first > 0 && tokens[first - 1].capital && !this.taken[first - 1] && tokens[first - 1].kind === 'word'
                && !this.isVerbForm(first - 1)) first--;
            // "the team's engagement score", "a net promoter score": what the score is of (up to two words), not whose. The
            // statement's first word is its verb.
            const ofWhat = (k: number) => k > 0 && this.isContentWord(tokens[k]) && !this.taken[k] && !this.isVerbForm(k) && !/'s$/.test(tokens[k].lower);
            if (this.language === 'en' && !tokens[j].capital) while (first > j - 2 && ofWhat(first - 1)) first--;
            return this.text.slice(tokens[first].start, tokens[j].end);
        }
        // "rapportcijfer wiskunde klas 3B van 5,8 naar 6,5": a class or group code says which; the score before it is measured.
        if (tokens[j]?.joined && tokens[j].kind === 'word' && tokens[j].text.length <= 2 && tokens[j - 1]?.kind === 'number') {
            const grade = [j - 2, j - 3, j - 4, j - 5].find(m => m >= 0 && !this.taken[m] && this.lex.gradeNouns.has(tokens[m].lower));
            return grade === undefined ? undefined : tokens[grade].text;
        }
        // "NPS klantenservice van 32 naar 40", "CSAT helpdesk": a score named by its abbreviation, then whose it is.
        const abbreviation = [j - 1, j - 2].find(m => m >= 0 && MEASURE_ABBREVIATIONS.has(tokens[m].lower) && !this.taken[m]
            && tokens.slice(m + 1, j + 1).every(t => this.isContentWord(t)));
        if (abbreviation !== undefined) return tokens[abbreviation].text;
        const words: Token[] = [];
        while (j >= 0 && words.length < 2) {
            const t = tokens[j];
            // An English statement opens with its verb ("Brings complaints in the shop down"), which no lexicon may know;
            // before a verb of change it opens with its subject ("Customer satisfaction rises to 80").
            if (j === 0 && this.language === 'en' && words.length > 0 && !subject) break;
            if (this.taken[j] || !this.isContentWord(t) || (this.isVerbForm(j) && !(words.length === 0 && this.isPluralAfterNoun(j)))
                || isComparativeForm(t.lower, this.lex)) break;
            // "the team's NPS": whose the measure is, not what.
            if (words.length > 0 && /'s$/.test(t.lower)) break;
            words.unshift(t);
            j--;
            if (this.language === 'nl') break;
        }
        if (words.length === 0) return undefined;
        return this.text.slice(tokens[this.hyphenCompoundStart(j + 1)].start, (tail ?? words[words.length - 1]).end);
    }

    /** An English plural that is also a verb form, after a noun: "home visits", "school visits", "sales calls". */
    protected isPluralAfterNoun(k: number): boolean {
        const tokens = this.tokens;
        return this.language === 'en' && /[^s]s$/.test(tokens[k]?.lower ?? '') && k > 1 && this.isContentWord(tokens[k - 1])
            && !this.isVerbForm(k - 1) && !this.taken[k - 1];
    }

    /** "snel", "flink", "slowly", "steadily": how fast or how far a measure changes, never the measure (nor "Italy", "July"). */
    protected isAdverbOfChange(t: Token | undefined, englishOnly = false): boolean {
        if (!t || t.kind !== 'word' || t.capital) return false;
        return (!englishOnly && ADVERBS_OF_CHANGE.has(t.lower)) || (/^[a-z]{3,}ly$/.test(t.lower) && !NOT_ADVERBS_IN_LY.has(t.lower));
    }

    /**
     * Where a phrase that says whose a measure is or what it is about ends at tokens[j] ("over mijn afdeling", "for my
     * department", "about late delivery", "van mijn team"), the token before its preposition; otherwise j.
     */
    protected beforeOwnerPhrase(j: number, ofWhat = true): number {
        const tokens = this.tokens;
        // "Complaints about late delivery of large orders", "Visits to our webshop from Germany": up to two phrases.
        for (let phrases = 0; phrases < 2; phrases++) {
            let p = j;
            // ("over geluid en licht": both things it is about.)
            // ("across 4 sites", "at station 4": a number inside, read with its noun, says which ones.)
            const inPhrase = (k: number) => this.isContentWord(tokens[k]) || this.isArticle(tokens[k]) || POSSESSIVES.has(tokens[k].lower)
                || ['en', 'and', 'or'].includes(tokens[k].lower) || tokens[k].kind === 'number';
            while (p > j - 4 && p > 0 && inPhrase(p)) p--;
            const preposition = tokens[p]?.lower ?? '';
            if (p === j || (!OWNER_PREPOSITIONS.has(preposition) && !TOPIC_PREPOSITIONS.has(preposition) && !SOURCE_PREPOSITIONS.has(preposition))) return j;
            if (!ofWhat && ['of', 'van'].includes(preposition)) return j;
            // "The team of 8 nurses grows to 10": the size now, whose noun is what is counted (see verdict.ts).
            if (['of', 'van'].includes(preposition) && tokens[p + 1]?.kind === 'number') return j;
            // "De doorlooptijd in dagen", "revenue in euros", "het verbruik in kWh": the unit it is given in is the unit.
            // ("in working days"; not "in de laatste week", a time.)
            if (preposition === 'in' && this.isUnitWord(j) && tokens.slice(p + 1, j).every(t => this.isContentWord(t))) return j;
            const before = tokens[p - 1];
            // ("the number of hours of training": what is counted is read with "the number of".)
            if ((!this.isContentWord(before) && before?.text !== ')') || ['number', 'aantal'].includes(before?.lower ?? '')) return j;
            j = p - 1;
        }
        return j;
    }

    /** Whether tokens[k] is a unit a measure is given in: a period, a measure or a currency ("dagen", "kWh", "euros"). */
    protected isUnitWord(k: number): boolean {
        const lex = this.lex;
        const t = this.tokens[k];
        // "kWh", "MWh": a symbol whose capitals are not its first letter.
        const symbol = t.text.length <= 4 && /^.+[A-Z]/.test(t.text) && /[a-z]/.test(t.text);
        return symbol || lex.periodSet.matchAt(this.tokens, k) > 0 || lex.measureUnits.matchAt(this.tokens, k) > 0 || lex.currencies.has(t.lower)
            || lex.measureWords.has(t.lower);
    }

    /** The first token of a compound joined by hyphens that ends at tokens[k]: "NPS-score", "stock-outs", "BHV-diploma". */
    protected hyphenCompoundStart(k: number): number {
        const tokens = this.tokens;
        let first = k;
        while (first >= 2 && tokens[first - 1].text === '-' && tokens[first].joined) first -= 2;
        return first;
    }

    /**
     * Where a place ends at tokens[j] ("op Booking.com", "on Google Reviews", "on the ward"), the token before its
     * preposition: "de gastbeoordeling op Booking.com van 8,1 naar 8,6" measures the rating, not "com", and "medication
     * errors on the ward to zero" the errors. Otherwise j.
     */
    protected beforePlaceName(j: number): number {
        const tokens = this.tokens;
        const dotted = (k: number) => tokens[k]?.text === '.' && !tokens[k + 1]?.spaced && tokens[k - 1]?.end === tokens[k].start;
        let k = j;
        while (k > 0 && tokens[k].kind !== 'symbol' && (tokens[k].capital || dotted(k - 1))) {
            k -= dotted(k - 1) ? 2 : 1;
        }
        if (k === j && k >= 3 && this.isArticle(tokens[k - 1]) && PLACE_PREPOSITIONS.has(tokens[k - 2].lower) && this.isContentWord(tokens[k - 3])
            && !this.isVerbForm(k - 3) && !this.taken[k - 3]) return k - 3;
        if (k === j || k <= 0 || !PLACE_PREPOSITIONS.has(tokens[k].lower)) return j;
        return k - 1;
    }

    /**
     * Where an age that starts at tokens[k] ends: "ouder dan 90 dagen", "older than 60 days", "> 90 dagen", "longer
     * than 14 days", with "oud", "old" or "overdue" after it. k when none starts there.
     */
    protected ageClauseEnd(k: number): number {
        const tokens = this.tokens;
        const comparative = AGE_COMPARATIVES.has(tokens[k]?.lower ?? '') && ['dan', 'than'].includes(tokens[k + 1]?.lower ?? '') ? 2
            : tokens[k]?.text === '>' ? 1 : 0;
        const number = comparative ? readNumberAt(tokens, k + comparative) : undefined;
        if (!number || !this.lex.periods.has(tokens[number.end]?.lower ?? '')) return k;
        const end = number.end + 1;
        return AGE_WORDS_AFTER.has(tokens[end]?.lower ?? '') ? end + 1 : end;
    }

    /** The token before an age that ends at tokens[j] ("tickets open longer than 14 days": before "open"); j when none does. */
    protected beforeAgeClause(j: number): number {
        for (let k = j - 1; k >= Math.max(0, j - 5); k--) {
            if (this.ageClauseEnd(k) !== j + 1) continue;
            return ['open', 'openstaand'].includes(this.tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
        }
        return j;
    }

    /**
     * The noun after "het aantal", "the number of" before tokens[k], when words stand between it and tokens[k]
     * ("het aantal meldingen in de wachtrij"); when it comes right before, the caller reads it as usual.
     */
    protected countedAfterNumberOf(k: number): string | undefined {
        const tokens = this.tokens;
        for (let a = k - 1; a >= Math.max(0, k - 16) && !isClauseEnd(tokens[a]); a--) {
            if (tokens[a].lower !== 'aantal' && tokens[a].lower !== 'number') continue;
            const first = tokens[a + 1]?.lower === 'of' ? a + 2 : a + 1;
            let noun = first;
            if (this.language === 'nl') while (noun < k && this.isDutchAdjectiveForm(tokens[noun].lower)) noun++;
            // "stijgt het aantal leads naar 300": after "het aantal" a word that is also a verb is what is counted.
            if (noun === k - 1 && this.isVerbForm(noun) && this.isContentWord(tokens[noun]) && !this.taken[noun]) {
                return this.text.slice(tokens[first].start, tokens[noun].end);
            }
            // "the number of no-shows at appointments": a hyphenated noun is one.
            const nounEnd = this.compoundEnd(noun);
            if (nounEnd > noun) {
                const next = tokens[nounEnd + 1];
                const followed = !!next && nounEnd < k - 1 && (this.lex.scopePrepositions.has(next.lower) || next.lower === 'per');
                return followed ? this.text.slice(tokens[noun].start, tokens[nounEnd].end) : undefined;
            }
            const after = tokens[noun + 1];
            // "het aantal dagen debiteurentermijn", "the number of hours overtime": days or hours, of what.
            if (noun < k - 2 && this.lex.periods.has(tokens[noun].lower) && this.isContentWord(after) && !this.isVerbForm(noun + 1)
                && !CHANGE_PARTICLES.has(after.lower) && !this.taken[noun + 1]) return this.text.slice(tokens[noun].start, after.end);
            // "the number of qualified leads per quarter from 60 to 90", "the number of times per week": what is counted,
            // with its rhythm.
            const per = tokens.findIndex((t, m) => m > noun && m < noun + 4 && t.lower === 'per');
            const counted = (t: Token) => this.isContentWord(t) || this.lex.timesWords.has(t.lower);
            if (per > 0 && per + 1 < k && this.lex.periods.has(tokens[per + 1].lower) && tokens.slice(noun, per).every(counted)) {
                return this.text.slice(tokens[noun].start, tokens[per + 1].end);
            }
            // "het aantal kilometers dat ik per week fiets stijgt naar 100": what is counted, then which ones.
            if (noun < k - 2 && RELATIVE_PRONOUNS.has(after?.lower ?? '') && this.isContentWord(tokens[noun]) && !this.taken[noun]) {
                return this.text.slice(tokens[first].start, tokens[noun].end);
            }
            // "het aantal fouten per 1000 regels code": what is counted, per a round number of things.
            if (after?.lower === 'per' && this.named[noun + 2] && tokens[noun + 2].kind === 'number') {
                let end = noun + 3;
                const thing = (m: number) => this.isContentWord(tokens[m]) && !this.isVerbForm(m) && !CHANGE_PARTICLES.has(tokens[m].lower)
                    && !CHANGE_VERBS.has(tokens[m].lower);
                while (end < k && thing(end)) end++;
                if (end > noun + 3) return this.text.slice(tokens[noun].start, tokens[end - 1].end);
            }
            // "het aantal fouten per FTE": what is counted per what.
            const perWhat = tokens[noun + 2];
            if (after?.lower === 'per' && noun + 2 < k && this.isContentWord(perWhat) && !this.taken[noun + 2] && !this.lex.periods.has(perWhat.lower)) {
                // "het aantal ritten per vrachtwagen per dag": and per period.
                const perPeriod = tokens[noun + 3]?.lower === 'per' && noun + 4 < k && this.lex.periods.has(tokens[noun + 4].lower);
                return this.text.slice(tokens[noun].start, (perPeriod ? tokens[noun + 4] : perWhat).end);
            }
            // "het aantal meldingen in de wachtrij", "the number of complaints about delivery": what is counted, then where
            // or what about.
            // ("the number of referrals from existing clients", "het aantal herstelmeldingen na oplevering": where from, when.)
            // ("het aantal abonnees van de nieuwsbrief", "the number of followers of our page": whose, with its article.)
            const whose = !!after && ['van', 'of'].includes(after.lower) && (this.isArticle(tokens[noun + 2]) || POSSESSIVES.has(tokens[noun + 2]?.lower ?? ''));
            const between = !!after && ((this.lex.scopePrepositions.has(after.lower) && !['van', 'of'].includes(after.lower))
                || TOPIC_PREPOSITIONS.has(after.lower) || SOURCE_PREPOSITIONS.has(after.lower) || NOMINAL_MOMENT_PREPOSITIONS.has(after.lower)
                || after.lower === 'over' || whose);
            if (noun < k - 1 && between && this.isContentWord(tokens[noun]) && !this.taken[noun]) {
                return whose ? this.text.slice(tokens[first].start, tokens[noun].end) : tokens[noun].text;
            }
            // "the number of late deliveries on the Rotterdam route": English puts adjectives before the noun too.
            // ("the number of school visits by the outreach team": by whom.)
            const secondBetween = !!tokens[noun + 2] && (this.lex.scopePrepositions.has(tokens[noun + 2].lower) || tokens[noun + 2].lower === 'by')
                && tokens[noun + 2].lower !== 'of';
            if (this.language === 'en' && noun < k - 2 && secondBetween && this.isContentWord(tokens[noun]) && this.isContentWord(after)
                && !this.taken[noun] && !this.taken[noun + 1]) return this.text.slice(tokens[noun].start, after.end);
            // "het aantal openstaande facturen ouder dan 60 dagen", "aantal facturen > 90 dagen": what is counted, then how old.
            if (noun < k - 3 && this.ageClauseEnd(noun + 1) > noun + 1 && this.isContentWord(tokens[noun]) && !this.taken[noun]) {
                return this.text.slice(tokens[first].start, tokens[noun].end);
            }
            // "Het aantal openstaande incidenten is eind Q2 lager dan 50", "the number of open defects is below 15": the
            // subject, then its verb.
            const head = this.language === 'en' && this.isContentWord(after) && !this.taken[noun + 1] ? noun + 1 : noun;
            const verb = tokens[head + 1]?.lower ?? '';
            if (head < k - 1 && SUBJECT_VERBS.has(verb) && this.isContentWord(tokens[noun]) && !this.taken[noun]) {
                return this.text.slice(tokens[first].start, tokens[head].end);
            }
            return undefined;
        }
        return undefined;
    }

    /** A word and the words joined to it by hyphens: "BHV-diploma", "assistent-filiaalmanager"; returns the last index. */
    protected compoundEnd(k: number): number {
        let m = k;
        while (this.tokens[m + 1]?.text === '-' && this.tokens[m + 2]?.joined && this.tokens[m + 2].kind !== 'symbol') m += 2;
        return m;
    }

    /** The word before the articles and adjectives of the phrase that tokens[at] is in: "tijdens" in "tijdens de 2 drukste weken". */
    /** The clause around tokens[i], up to a clause end or a comma on either side: its first token and the index after it. */
    protected clauseAround(i: number): { first: number; end: number } {
        const tokens = this.tokens;
        let [first, end] = [i, i + 1];
        while (first > 0 && !isClauseEnd(tokens[first - 1]) && !isComma(tokens[first - 1])) first--;
        while (end < tokens.length && !isClauseEnd(tokens[end]) && !isComma(tokens[end])) end++;
        return { first, end };
    }

    wordBeforePhrase(at: number): string | undefined {
        const tokens = this.tokens;
        for (let k = at - 1; k >= Math.max(0, at - 4); k--) {
            const word = tokens[k].lower;
            if (!this.isArticle(tokens[k]) && !this.isDutchAdjectiveForm(word) && !this.lex.englishAdjectives.has(word)) return word;
        }
        return undefined;
    }

    isArticle(t: Token | undefined): boolean {
        return !!t && (this.lex.determiners.has(t.lower) || ['een', 'a', 'an'].includes(t.lower));
    }
}
