/** What the statement reader has found when its phases are done: the input of the verdict (verdict.ts). */
import type { ReadDate } from './dates.js';
import type { Lexicons, Language } from './lexicons.js';
import type { ComparativeTerm, ReadCriterion, ReadQuantity, ReadResult, VagueTerm } from './reading.js';
import type { Token } from './tokens.js';

/** A quantity whose role the later phases and the verdict may still change. */
export type MutableQuantity = { -readonly [K in keyof ReadQuantity]: ReadQuantity[K] } & {
    /** A group the statement names ("de 4 planners"): in a wish, only the scope it concerns. */
    scopeIfWish?: boolean;
};

/** A purpose clause, from its marker ("om", "so that", "met het oog op") to the end of the sentence (exclusive). */
export interface PurposeClause {
    readonly first: number;
    readonly end: number;
    /** The marker names the purpose with a noun: "met het oog op het C1-examen". */
    readonly named: boolean;
    /** The marker names an event still to come, whose date the goal is held to: "ahead of the board meeting". */
    readonly runUp: boolean;
}

export interface ReadingSoFar {
    readonly text: string;
    readonly language: Language;
    readonly lex: Lexicons;
    readonly tokens: readonly Token[];
    /** The token that starts at each offset. */
    readonly tokenAt: ReadonlyMap<number, number>;
    /** Whether each token is inside a purpose clause. */
    readonly purpose: readonly boolean[];
    readonly purposeClauses: readonly PurposeClause[];
    readonly dates: readonly ReadDate[];
    readonly quantities: MutableQuantity[];
    readonly results: ReadResult[];
    readonly criteria: readonly ReadCriterion[];
    readonly vague: readonly VagueTerm[];
    readonly comparatives: readonly ComparativeTerm[];
    /** Tokens read as a hedge. */
    readonly hedged: ReadonlySet<number>;
    isArticle(t: Token | undefined): boolean;
    isContentWord(t: Token | undefined): boolean;
    /** The word before the articles and adjectives of the phrase that tokens[at] is in. */
    wordBeforePhrase(at: number): string | undefined;
}
