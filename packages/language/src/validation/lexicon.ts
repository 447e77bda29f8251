/**
 * The bilingual lexicon the Specific check judges statements with. Entries are words or short phrases,
 * matched on word boundaries and case-insensitively, so that "Beter leidinggeven" and "be more customer
 * focused" are recognised without listing whole sentences.
 */
const COMPARATIVES: readonly string[] = [
    // Dutch: comparatives and the verbs that only point in a direction.
    'beter', 'betere', 'meer', 'minder', 'sneller', 'snellere', 'goedkoper', 'goedkopere', 'klantgerichter',
    'gezonder', 'efficiënter', 'effectiever', 'professioneler', 'vaker', 'hoger', 'lager', 'groter', 'kleiner',
    'sterker', 'duidelijker', 'zelfstandiger', 'assertiever', 'overtuigender', 'slimmer', 'kwalitatief beter',
    'verbeteren', 'verbetering', 'verhogen', 'verlagen', 'versterken', 'vergroten', 'verkleinen', 'optimaliseren',
    // English.
    'better', 'more', 'less', 'fewer', 'faster', 'cheaper', 'healthier', 'stronger', 'clearer', 'higher', 'lower',
    'bigger', 'smaller', 'more efficient', 'more effective', 'more customer focused', 'more customer-focused',
    'improve', 'improved', 'improvement', 'increase', 'decrease', 'enhance', 'strengthen', 'optimise', 'optimize',
];

const VAGUE_PHRASES: readonly string[] = [
    // Dutch vague quantifiers and hedges.
    'zo snel mogelijk', 'zo veel mogelijk', 'zoveel mogelijk', 'zo goed mogelijk', 'zsm', 'enkele', 'een aantal',
    'veel', 'weinig', 'regelmatig', 'af en toe', 'soms', 'binnenkort', 'ooit', 'voldoende', 'redelijk',
    'proberen', 'probeer', 'werken aan', 'bezig zijn met', 'aandacht besteden aan', 'nadenken over', 'streven naar',
    'eventueel', 'misschien', 'waar mogelijk', 'indien mogelijk',
    // English.
    'as soon as possible', 'asap', 'as much as possible', 'as many as possible', 'as well as possible', 'some',
    'several', 'a number of', 'a lot', 'many', 'few', 'regularly', 'occasionally', 'sometimes', 'soon', 'someday',
    'sufficient', 'enough', 'reasonable', 'try to', 'attempt to', 'work on', 'focus on', 'think about', 'strive to',
    'possibly', 'maybe', 'where possible', 'if possible',
];

/** Words that count as a quantity on their own: number words and frequencies. */
const QUANTITY_WORDS: readonly string[] = [
    'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf', 'twintig', 'honderd',
    'dagelijks', 'wekelijks', 'maandelijks', 'elk kwartaal', 'ieder kwartaal', 'per kwartaal', 'jaarlijks', 'elke week',
    'elke maand', 'iedere week', 'iedere maand', 'per week', 'per maand', 'per jaar', 'halfjaarlijks',
    'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'twenty', 'hundred',
    'daily', 'weekly', 'monthly', 'quarterly', 'yearly', 'annually', 'every week', 'every month', 'every quarter',
    'each quarter', 'per week', 'per month', 'per year', 'once a', 'twice a',
];

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

    test(text: string): boolean {
        if (!this.pattern) return false;
        this.pattern.lastIndex = 0;
        return this.pattern.test(text);
    }
}

const NUMERIC = /\d|€|%/;

export class Lexicon {
    readonly comparatives: PhraseMatcher;
    readonly vague: PhraseMatcher;
    readonly quantityWords: PhraseMatcher;

    constructor(extraVagueWords: readonly string[] = []) {
        this.comparatives = new PhraseMatcher(COMPARATIVES);
        this.vague = new PhraseMatcher([...VAGUE_PHRASES, ...extraVagueWords]);
        this.quantityWords = new PhraseMatcher(QUANTITY_WORDS);
    }

    hasQuantity(text: string): boolean {
        return NUMERIC.test(text) || this.quantityWords.test(text);
    }
}

/**
 * The first quantity written in a statement, as the target a quick fix can offer:
 * "Geeft 4 presentaties per jaar" → { value: "4", unit: "presentaties" }; "85% van de tickets" → { percent: "85%" }.
 */
export interface TextQuantity { value?: string; unit?: string; percent?: string; money?: string }

export function quantityInText(text: string): TextQuantity | undefined {
    const found: Array<{ at: number; result: TextQuantity }> = [];
    const money = /(?:€|EUR)\s*\d[\d.,]*\d|(?:€|EUR)\s*\d/.exec(text);
    if (money) found.push({ at: money.index, result: { money: money[0].replace(/\s+/, ' ') } });
    const percent = /\d+(?:[.,]\d+)?\s*%/.exec(text);
    if (percent) found.push({ at: percent.index, result: { percent: percent[0].replace(/\s+/g, '') } });
    const number = /(?<![\d.,])(\d+(?:[.,]\d+)?)\s+([A-Za-z\u00C0-\u024F][\w\u00C0-\u024F-]*)/.exec(text);
    if (number) found.push({ at: number.index, result: { value: number[1], unit: number[2] } });
    found.sort((a, b) => a.at - b.at);
    return found[0]?.result;
}
