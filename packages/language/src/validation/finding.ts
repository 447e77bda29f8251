/**
 * What a check reports: a finding, located on a node, with the parameters of its message.
 * Diagnostics, the scorecard (code lens, hover, rendered HTML) and the CLI all read the same findings,
 * so a goal is judged once, the same way everywhere.
 */
import type { AstNode } from 'langium';
import type { Range } from 'vscode-languageserver';
import type { Goal } from '../generated/ast.js';
import type { Catalogue, CatalogueKey } from '../i18n/catalogue.js';
import type { Lexicon } from './lexicon.js';
import { RULES, type Criterion, type RuleCode } from './rules.js';

export type Params = Readonly<Record<string, string | number>>;

export interface Finding {
    readonly code: RuleCode;
    readonly node: AstNode;
    /** The property whose text the finding points at; the whole node when absent. */
    readonly property?: string;
    readonly index?: number;
    /** Offsets within the document, for findings narrower than a property (a vague word inside a string). */
    readonly offset?: { start: number; end: number };
    readonly params: Params;
    /**
     * Parameters whose values are themselves catalogue keys, localised (and filled in with `params`) when the
     * message is made; a list of keys becomes a list in words: "a, b and c".
     */
    readonly localParams?: Readonly<Record<string, CatalogueKey | readonly CatalogueKey[]>>;
    /** Number parameters written as a counted noun of the catalogue's `counts` ("9 days", "1 dag"), by parameter. */
    readonly counted?: Readonly<Record<string, keyof Catalogue['counts']>>;
    /** The goal the finding counts against on its scorecard. */
    readonly goal?: Goal;
    /**
     * The criterion it counts against, when not its rule's: a goal's start or end that is no date counts against its T;
     * an action only partly outside its goal's dates is a matter of dates, not of its R.
     */
    readonly criterion?: Criterion;
    /** Other places that explain the finding, each with a catalogue key for its label. */
    readonly related?: ReadonlyArray<{ node: AstNode; property?: string; labelKey: CatalogueKey; params?: Params }>;
}

/** What every check may read besides the document: the day, the lexicon and the locale. */
export interface CheckContext {
    /** Today, as days since 1970-01-01. */
    readonly today: number;
    readonly lexicon: Lexicon;
    /** Formats money and numbers in parameters. */
    readonly locale: 'en' | 'nl';
    /** Other declarations of an organisation goal name elsewhere in the workspace. */
    readonly orgGoalDeclaredElsewhere?: (name: string) => boolean;
}

export type Report = (finding: Finding) => void;

/**
 * A problem Langium finds before the checks run (a syntax error, a reference it could not link): located and
 * worded where it is found, since it has no node of its own to point at.
 */
export interface LocatedProblem {
    readonly code: RuleCode;
    readonly range: Range;
    readonly message: string;
    /** For an unresolved reference: the declared names it may have meant. */
    readonly suggestions?: string[];
}

export type ReportLocated = (problem: LocatedProblem) => void;

/** The criterion a finding counts against on a scorecard and is listed under in the rendered plan's advice. */
export function criterionOf(finding: Finding): Criterion {
    return finding.criterion ?? RULES[finding.code].criterion;
}
