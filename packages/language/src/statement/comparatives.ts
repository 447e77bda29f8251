/**
 * Comparatives recognised by their form. Dutch forms them with -er/-ere (klantvriendelijker, rustiger, vaardiger,
 * fijnere), English with -er (calmer, happier, bigger) or "more"/"less" before a word. A fixed list misses most of
 * them, so a word counts when taking the ending off leaves an adjective: a known one, or (Dutch) a word with an
 * adjective suffix (-lijk, -ig, -isch, -baar, -gericht). Nouns that only end like a comparative (nummer, medewerker,
 * manager, number, member) fail that test; the few that pass it (vertegenwoordiger, number) are listed as exceptions.
 */
import { dutchAdjectiveBases } from './dutch-spelling.js';
import type { Lexicons } from './lexicons.js';

function isDutchAdjective(stem: string, lex: Lexicons): boolean {
    if (stem.length < 3) return false;
    return dutchAdjectiveBases(stem).some(s => lex.dutchAdjectives.has(s) || lex.dutchAdjectiveSuffixes.some(suffix => s.length > suffix.length + 2 && s.endsWith(suffix)));
}

function englishStems(word: string): string[] {
    if (word.endsWith('ier')) return [word.slice(0, -3) + 'y'];
    const stem = word.slice(0, -2);
    const stems = [stem, stem + 'e'];
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2]) stems.push(stem.slice(0, -1));
    return stems;
}

const known = new Map<string, boolean>();

/** Whether a lower-case word is a comparative by its form. */
export function isComparativeForm(word: string, lex: Lexicons): boolean {
    let result = known.get(word);
    if (result === undefined) {
        result = comparativeForm(word, lex);
        if (known.size > 20_000) known.clear();
        known.set(word, result);
    }
    return result;
}

function comparativeForm(word: string, lex: Lexicons): boolean {
    if (word.length < 5 || lex.notComparatives.has(word) || lex.functionWords.has(word)) return false;
    if (word.endsWith('er')) {
        // "datacenter", "callcenter": a noun whose stem only looks like "-ent".
        if (word.endsWith('center')) return false;
        if (englishStems(word).some(s => lex.englishAdjectives.has(s))) return true;
        if (isDutchAdjective(word.slice(0, -2), lex)) return true;
        // zekerder, duurder: a stem ending in r takes -der.
        if (word.endsWith('rder') && isDutchAdjective(word.slice(0, -3), lex)) return true;
        return false;
    }
    if (word.endsWith('ere')) {
        if (isDutchAdjective(word.slice(0, -3), lex)) return true;
        if (word.endsWith('rdere') && isDutchAdjective(word.slice(0, -4), lex)) return true;
    }
    return false;
}
