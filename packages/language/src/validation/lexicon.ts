/**
 * The words a user adds to what counts as vague (setting 'pop.specific.vagueWords', CLI --vague-word). The built-in
 * reading of a statement lives in statement/; these extra words are matched on word boundaries, case-insensitively,
 * and are vague wherever they appear.
 */
export interface LexiconMatch {
    readonly phrase: string;
    /** Offset of the match within the text. */
    readonly offset: number;
    readonly length: number;
}

function escape(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const LETTER = 'A-Za-z\\u00C0-\\u024F';

/** A matcher for a list of phrases on word boundaries; longer phrases win over their prefixes. */
export class PhraseMatcher {
    private readonly pattern: RegExp | undefined;

    constructor(phrases: readonly string[]) {
        const cleaned = [...new Set(phrases.map(p => p.trim().toLowerCase()).filter(p => p.length > 0))]
            .sort((a, b) => b.length - a.length)
            .map(p => escape(p).replace(/\s+/g, '\\s+'));
        this.pattern = cleaned.length > 0
            ? new RegExp(`(?<![${LETTER}])(?:${cleaned.join('|')})(?![${LETTER}])`, 'giu')
            : undefined;
    }

    matches(text: string): LexiconMatch[] {
        if (!this.pattern) return [];
        const result: LexiconMatch[] = [];
        this.pattern.lastIndex = 0;
        for (const match of text.matchAll(this.pattern)) {
            result.push({ phrase: match[0], offset: match.index, length: match[0].length });
        }
        return result;
    }
}

export class Lexicon {
    /** The user's own vague words; empty unless the settings name some. */
    readonly vague: PhraseMatcher;

    constructor(extraVagueWords: readonly string[] = []) {
        this.vague = new PhraseMatcher(extraVagueWords);
    }
}
