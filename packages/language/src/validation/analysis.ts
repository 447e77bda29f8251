/**
 * The judgment at the heart of POP: a pure walk over a document that yields findings.
 * Diagnostics, the scorecard (code lens, hover, rendered HTML) and the CLI all read the same findings,
 * so a goal is judged once, the same way everywhere.
 */
import type { AstNode } from 'langium';
import type { Document, Goal } from '../generated/ast.js';
import type { Lexicon } from './lexicon.js';
import type { RuleCode } from './rules.js';

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
    /** Parameters whose values are themselves catalogue keys, localised when the message is made. */
    readonly localParams?: Readonly<Record<string, string>>;
    /** The goal the finding counts against on its scorecard. */
    readonly goal?: Goal;
    /** Other places that explain the finding, each with a catalogue key for its label. */
    readonly related?: ReadonlyArray<{ node: AstNode; property?: string; labelKey: string; params?: Params }>;
}

export interface AnalysisContext {
    /** Today, as days since 1970-01-01. */
    readonly today: number;
    readonly lexicon: Lexicon;
    /** Formats money and numbers in parameters. */
    readonly locale: 'en' | 'nl';
    /** Other declarations of an organisation goal name elsewhere in the workspace. */
    readonly orgGoalDeclaredElsewhere?: (name: string) => boolean;
}

export type Report = (finding: Finding) => void;

export type DocumentRule = (root: Document, ctx: AnalysisContext, report: Report) => void;
