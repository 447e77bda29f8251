/**
 * Dutch spelling of an adjective that takes an ending (-e, -er, -ere): the stem left after the ending is taken off may
 * be written differently from the adjective itself. Comparatives (groter, slimmer) and inflected adjectives (lege,
 * snelle, lieve) both need the adjective back to look it up.
 */

const VOWELS = 'aeiou';

/** The adjectives a stem may come from: grot → groot, slimm → slim, assertiev → assertief, leg → leeg, boz → boos. */
export function dutchAdjectiveBases(stem: string): string[] {
    const bases = [stem];
    const last = stem[stem.length - 1];
    const beforeLast = stem[stem.length - 2];
    if (last === 'v') bases.push(stem.slice(0, -1) + 'f');
    if (last === 'z') bases.push(stem.slice(0, -1) + 's');
    if (last === beforeLast && !VOWELS.includes(last)) bases.push(stem.slice(0, -1));
    // An open syllable had a long vowel: grot → groot, hog → hoog, professionel → professioneel.
    const vowel = stem[stem.length - 2];
    if (VOWELS.includes(vowel) && !VOWELS.includes(last) && !VOWELS.includes(stem[stem.length - 3] ?? '')) {
        bases.push(stem.slice(0, -1) + vowel + last);
        if (last === 'v') bases.push(stem.slice(0, -2) + vowel + vowel + 'f');
        if (last === 'z') bases.push(stem.slice(0, -2) + vowel + vowel + 's');
    }
    return bases;
}
