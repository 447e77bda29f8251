/**
 * Inputs for the fuzz suites: plans generated from the grammar (keywords from the bilingual table, so
 * both languages and mixtures of them), and the examples under examples/ broken in the ways people
 * break them: deletions, insertions, truncation, swapped tokens, pasted Unicode, a BOM, CRLF, very
 * long strings and lines, and deep or unbalanced braces.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FIELD_KEYWORDS, VALUE_KEYWORDS, allKeywordSpellings, type FieldKeyword, type PopLocale, type ValueSet } from '../../packages/language/src/index.js';
import { ROOT } from '../support/paths.js';

/** One generated input, with how it was made, so a failing case can be read and rebuilt by hand. */
export interface FuzzCase {
    readonly origin: string;
    readonly steps: readonly string[];
    readonly text: string;
}

function describe(c: FuzzCase): string {
    const shown = c.text.length <= 1500 ? JSON.stringify(c.text) : `${JSON.stringify(c.text.slice(0, 600))}…(${c.text.length} chars)`;
    return `FuzzCase(${c.origin}${c.steps.length ? ' → ' + c.steps.join(' → ') : ''}): ${shown}`;
}

function fuzzCase(origin: string, steps: readonly string[], text: string): FuzzCase {
    return { origin, steps, text, [fc.toStringMethod]: function (this: FuzzCase) { return describe(this); } } as FuzzCase;
}


function popFilesUnder(folder: string): string[] {
    return readdirSync(folder, { withFileTypes: true }).flatMap(entry => {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) return popFilesUnder(full);
        return entry.name.endsWith('.pop') ? [full] : [];
    }).sort();
}

/** Every example plan, as shipped. */
export const EXAMPLES: ReadonlyArray<{ readonly name: string; readonly text: string }> = popFilesUnder(path.join(ROOT, 'examples'))
    .map(file => ({ name: path.relative(ROOT, file), text: readFileSync(file, 'utf8') }));

// ---------------------------------------------------------------------------------------------
// Text that people paste: the characters that break naive tools.

export const HOSTILE_FRAGMENTS: readonly string[] = [
    '\u202E', '\u202B', '\u200F', '\u2066', // bidi overrides and isolates
    'مرحبا بالعالم', 'שלום עולם', // right-to-left scripts
    '👩🏽‍💻', '🇳🇱', '👍🏿', '🧑‍🤝‍🧑', // emoji with modifiers, flags and joiners
    'e\u0301', 'Z\u0335\u0322\u0317a\u0361\u035Clgo', // combining marks
    '\u0000', '\uD800', '\uDFFF', // NUL and lone surrogates
    '\uFEFF', '\u2028', '\u2029', '\u00A0', '\u200B', '\u000B', '\f', '\t', '\r', '\r\n',
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '"><svg onload=alert(1)>', '&lt;&amp;&#x27;', '{{7*7}}', '${process.exit(1)}',
    '\\', '\\"', '\\u0041', '*/', '/*', '//',
];

/** String content: anything at all, weighted towards the hostile fragments. */
export const stringContentArb: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: fc.string({ maxLength: 40 }), weight: 3 },
    { arbitrary: fc.string({ unit: 'grapheme', maxLength: 20 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 20 }), weight: 1 },
    { arbitrary: fc.array(fc.constantFrom(...HOSTILE_FRAGMENTS, 'Sam', ' ', 'beter', '85%', '€ 500'), { maxLength: 6 }).map(parts => parts.join('')), weight: 3 },
);

/** A string literal as the grammar's STRING terminal accepts it: quotes and backslashes escaped, no line breaks. */
export function stringLiteral(content: string): string {
    return `"${content.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]/g, ' ')}"`;
}

export const stringLiteralArb = stringContentArb.map(stringLiteral);

// ---------------------------------------------------------------------------------------------
// Plans from the grammar.

/** Keywords in one language, or a mixture, as people who switch languages write them. */
export type KeywordMode = PopLocale | 'mixed';

function field(mode: KeywordMode, id: FieldKeyword): fc.Arbitrary<string> {
    const { en, nl } = FIELD_KEYWORDS[id];
    return mode === 'mixed' ? fc.constantFrom(en, nl) : fc.constant(mode === 'en' ? en : nl);
}

function value(mode: KeywordMode, set: ValueSet): fc.Arbitrary<string> {
    const spellings = Object.values(VALUE_KEYWORDS[set] as Record<string, Record<PopLocale, string>>);
    return fc.constantFrom(...spellings).chain(({ en, nl }) => (mode === 'mixed' ? fc.constantFrom(en, nl) : fc.constant(mode === 'en' ? en : nl)));
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** Dates that the lexer accepts: mostly real ones near today, some impossible (2027-02-30, 2027-13-01). */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: fc.tuple(fc.integer({ min: 2024, max: 2030 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 28 })).map(([y, m, d]) => `${y}-${pad2(m)}-${pad2(d)}`), weight: 6 },
    { arbitrary: fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.integer({ min: 0, max: 99 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${pad2(m)}-${pad2(d)}`), weight: 1 },
    { arbitrary: fc.constantFrom('2027-02-29', '2028-02-29', '2027-02-30', '2027-13-01', '2027-00-10', '0000-00-00', '9999-12-31'), weight: 1 },
);

const digitsArb = fc.oneof(fc.integer({ min: 0, max: 5000 }).map(String), fc.constantFrom('0', '007', '3,500', '1.234,50', '12.5', '99999999999999999999999'));
export const numberArb: fc.Arbitrary<string> = fc.oneof(fc.integer({ min: 0, max: 200 }).map(String), fc.constantFrom('0', '7.5', '8,5', '00', '123456789012345678901234567890'));
export const moneyArb: fc.Arbitrary<string> = fc.tuple(fc.constantFrom('€', '€ ', 'EUR ', 'EUR'), digitsArb, fc.constantFrom('', ',-')).map(([c, d, s]) => `${c}${d}${s}`);
export const percentArb: fc.Arbitrary<string> = fc.tuple(digitsArb, fc.constantFrom('%', ' %')).map(([d, p]) => `${d}${p}`);

/** Names share a small pool so that references often resolve, and duplicates and self-references happen. */
const NAME_POOL = ['leadership', 'presenting', 'waiting-time', 'team-quality', 'klanttevredenheid', 'behoud-personeel', 'g1', 'ø-doel', '_x'];
export const nameArb: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: fc.constantFrom(...NAME_POOL), weight: 5 },
    { arbitrary: fc.stringMatching(/^[A-Za-z_][\w-]{0,12}$/), weight: 1 },
);

function quantityArb(): fc.Arbitrary<string> {
    return fc.oneof(
        fc.tuple(numberArb, fc.option(fc.oneof(fc.constantFrom('presentations', 'teams', 'klanten', 'hours', 'uren', 'training', 'team'), stringLiteralArb), { nil: undefined }))
            .map(([n, u]) => (u ? `${n} ${u}` : n)),
        moneyArb,
        percentArb,
        stringLiteralArb,
    );
}

function partyArb(mode: KeywordMode): fc.Arbitrary<string> {
    return fc.oneof({ arbitrary: value(mode, 'party'), weight: 4 }, { arbitrary: stringLiteralArb, weight: 1 });
}

function listOf(item: fc.Arbitrary<string>, maxLength = 3): fc.Arbitrary<string> {
    return fc.array(item, { minLength: 1, maxLength }).map(items => items.join(', '));
}

function line(...parts: Array<fc.Arbitrary<string>>): fc.Arbitrary<string> {
    return fc.tuple(...parts).map(p => p.join(' '));
}

const commentArb: fc.Arbitrary<string> = fc.oneof(
    stringContentArb.map(c => `// ${c.replace(/[\r\n\u2028\u2029]/g, ' ')}`),
    stringContentArb.map(c => `/* ${c.replace(/\*\//g, '* /')} */`),
);

/** A block: a header line, then body lines (some of them comments), then a closing brace. */
function block(header: fc.Arbitrary<string>, body: fc.Arbitrary<string>, maxLines: number): fc.Arbitrary<string> {
    const bodyLine = fc.oneof({ arbitrary: body, weight: 8 }, { arbitrary: commentArb, weight: 1 });
    return fc.tuple(header, fc.array(bodyLine, { maxLength: maxLines }), fc.constantFrom('\n', ' '))
        .map(([h, lines, sep]) => `${h} {${lines.map(l => `${sep}    ${l}`).join('')}${sep}}`);
}

function actionArb(mode: KeywordMode): fc.Arbitrary<string> {
    const header = line(field(mode, 'action'), value(mode, 'actionType'), stringLiteralArb);
    const body = fc.oneof(
        line(field(mode, 'provider'), stringLiteralArb),
        line(field(mode, 'start'), dateArb),
        line(field(mode, 'end'), dateArb),
        line(field(mode, 'hours'), numberArb),
        line(field(mode, 'cost'), moneyArb),
        line(field(mode, 'status'), value(mode, 'status')),
    );
    return fc.oneof(header, block(header, body, 6));
}

function reviewArb(mode: KeywordMode): fc.Arbitrary<string> {
    const body = fc.oneof(line(field(mode, 'measured'), quantityArb()), line(field(mode, 'note'), stringLiteralArb));
    return block(line(field(mode, 'review'), dateArb), body, 3);
}

function goalArb(mode: KeywordMode): fc.Arbitrary<string> {
    const text = (id: FieldKeyword) => line(field(mode, id), stringLiteralArb);
    const body = fc.oneof(
        line(field(mode, 'kind'), value(mode, 'kind')),
        line(field(mode, 'horizon'), value(mode, 'horizon')),
        line(field(mode, 'scope'), value(mode, 'scope')),
        line(field(mode, 'status'), value(mode, 'status')),
        text('specific'), text('method'), text('realistic'), text('knowhow'), text('capacity'), text('means'), text('authority'),
        text('inspiring'), text('engaging'),
        // Statements that the rules read: comparatives, quantities, vague words.
        line(field(mode, 'specific'), fc.constantFrom('"Beter presenteren"', '"Present better"', '"Answers 85% of calls within 30 seconds"', '"Geeft 4 presentaties per jaar"', '"Meer klantgericht werken"').map(s => s)),
        line(field(mode, 'measurable'), quantityArb()),
        line(field(mode, 'baseline'), quantityArb()),
        line(field(mode, 'acceptable'), field(mode, 'acceptableBy'), listOf(partyArb(mode))),
        line(field(mode, 'communicated'), field(mode, 'communicatedTo'), listOf(partyArb(mode))),
        line(field(mode, 'start'), dateArb),
        line(field(mode, 'end'), dateArb),
        line(field(mode, 'supports'), listOf(nameArb)),
        line(field(mode, 'derivedFrom'), nameArb),
        actionArb(mode),
        reviewArb(mode),
    );
    return block(line(field(mode, 'goal'), nameArb, stringLiteralArb), body, 14);
}

function orgGoalArb(mode: KeywordMode): fc.Arbitrary<string> {
    return fc.tuple(field(mode, 'orgGoal'), nameArb, stringLiteralArb, fc.option(line(field(mode, 'by'), dateArb), { nil: undefined }))
        .map(([k, n, s, by]) => [k, n, s, by].filter(Boolean).join(' '));
}

function startingPointsArb(mode: KeywordMode): fc.Arbitrary<string> {
    const text = (id: FieldKeyword) => line(field(mode, id), stringLiteralArb);
    const body = fc.oneof(orgGoalArb(mode), text('currentRole'), text('futureRole'), text('functioning'), text('strength'), text('improvement'), text('careerWishes'));
    return block(field(mode, 'startingPoints'), body, 6);
}

function signOffArb(mode: KeywordMode): fc.Arbitrary<string> {
    const signature = fc.tuple(value(mode, 'party'), stringLiteralArb, fc.option(line(field(mode, 'on'), dateArb), { nil: undefined }))
        .map(([p, n, on]) => [p, n, on].filter(Boolean).join(' '));
    return block(field(mode, 'signOff'), signature, 3);
}

function planArb(mode: KeywordMode): fc.Arbitrary<string> {
    const text = (id: FieldKeyword) => line(field(mode, id), stringLiteralArb);
    const body = fc.oneof(
        { arbitrary: goalArb(mode), weight: 6 },
        { arbitrary: fc.oneof(text('employee'), text('role'), text('manager')), weight: 3 },
        { arbitrary: line(field(mode, 'period'), dateArb, field(mode, 'to'), dateArb), weight: 2 },
        {
            arbitrary: fc.tuple(field(mode, 'facilities'), fc.option(moneyArb, { nil: undefined }), fc.option(line(field(mode, 'hours'), numberArb), { nil: undefined }))
                .map(([k, b, h]) => [k, b && `budget ${b}`, h].filter(Boolean).join(' ')),
            weight: 1,
        },
        { arbitrary: line(field(mode, 'language'), fc.constantFrom('en', 'nl')), weight: 1 },
        { arbitrary: line(field(mode, 'reason'), listOf(value(mode, 'reason'))), weight: 1 },
        { arbitrary: startingPointsArb(mode), weight: 2 },
        { arbitrary: signOffArb(mode), weight: 1 },
    );
    return block(line(field(mode, 'plan'), stringLiteralArb), body, 10);
}

function organisationArb(mode: KeywordMode): fc.Arbitrary<string> {
    return block(fc.tuple(field(mode, 'organisation'), fc.option(stringLiteralArb, { nil: undefined })).map(([k, s]) => (s ? `${k} ${s}` : k)), orgGoalArb(mode), 4);
}

/** A whole file generated from the grammar, in English, Dutch or a mixture of the two. */
export const generatedPlanArb: fc.Arbitrary<FuzzCase> = fc.constantFrom<KeywordMode>('en', 'nl', 'mixed').chain(mode =>
    fc.array(fc.oneof({ arbitrary: planArb(mode), weight: 4 }, { arbitrary: organisationArb(mode), weight: 1 }, { arbitrary: commentArb, weight: 1 }), { minLength: 1, maxLength: 3 })
        .map(items => fuzzCase(`generated(${mode})`, [], items.join('\n') + '\n')));

// ---------------------------------------------------------------------------------------------
// Mutations.

/** Rough tokens (strings, comments, words, punctuation) with their offsets, for swapping. */
export function roughTokens(text: string): Array<{ start: number; end: number }> {
    const result: Array<{ start: number; end: number }> = [];
    const pattern = /"(?:\\.|[^"\\\r\n])*"|\/\/[^\r\n]*|\/\*[\s\S]*?\*\/|[{},]|[^\s{},"]+/g;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) result.push({ start: match.index, end: match.index + match[0].length });
    return result;
}

const KEYWORDS = allKeywordSpellings();

/** Something to insert: a keyword, punctuation, a value, hostile Unicode, or noise. */
export const snippetArb: fc.Arbitrary<string> = fc.oneof(
    { arbitrary: fc.constantFrom(...KEYWORDS), weight: 4 },
    { arbitrary: fc.constantFrom('{', '}', '"', ',', '\n', ' ', '{}', '"}', '{"', '-', '%', '€'), weight: 4 },
    { arbitrary: fc.oneof(dateArb, moneyArb, percentArb, numberArb, nameArb, stringLiteralArb), weight: 2 },
    { arbitrary: fc.constantFrom(...HOSTILE_FRAGMENTS), weight: 3 },
    { arbitrary: fc.string({ maxLength: 12 }), weight: 1 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 6 }), weight: 1 },
);

type Mutation = (text: string) => { text: string; step: string };

/** A position in any text: drawn as a large number and folded onto the text's length. */
const positionArb = fc.nat({ max: 1_000_000 });
const at = (raw: number, text: string) => raw % (text.length + 1);

const deletion: fc.Arbitrary<Mutation> = fc.tuple(positionArb, fc.integer({ min: 1, max: 60 })).map(([p, n]) => text => {
    const start = at(p, text);
    return { text: text.slice(0, start) + text.slice(start + n), step: `delete(${start},${n})` };
});

const insertion: fc.Arbitrary<Mutation> = fc.tuple(positionArb, snippetArb).map(([p, s]) => text => {
    const i = at(p, text);
    return { text: text.slice(0, i) + s + text.slice(i), step: `insert(${i},${JSON.stringify(s)})` };
});

const truncation: fc.Arbitrary<Mutation> = positionArb.map(p => text => {
    const i = at(p, text);
    return { text: text.slice(0, i), step: `truncate(${i})` };
});

const swap: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => text => {
    const tokens = roughTokens(text);
    if (tokens.length < 2) return { text, step: 'swap(none)' };
    let [x, y] = [tokens[a % tokens.length], tokens[b % tokens.length]];
    if (x.start > y.start) [x, y] = [y, x];
    if (x === y) return { text, step: 'swap(same)' };
    const swapped = text.slice(0, x.start) + text.slice(y.start, y.end) + text.slice(x.end, y.start) + text.slice(x.start, x.end) + text.slice(y.end);
    return { text: swapped, step: `swap(${x.start},${y.start})` };
});

/** Unicode pasted inside a string literal, where it is user text and must survive everything. */
const unicodeInString: fc.Arbitrary<Mutation> = fc.tuple(fc.nat(), fc.constantFrom(...HOSTILE_FRAGMENTS.filter(f => !/[\r\n"\\]/.test(f)))).map(([n, fragment]) => text => {
    const strings = roughTokens(text).filter(t => text[t.start] === '"' && t.end - t.start >= 2);
    if (strings.length === 0) return { text, step: 'unicodeInString(none)' };
    const target = strings[n % strings.length];
    const i = target.start + 1;
    return { text: text.slice(0, i) + fragment + text.slice(i), step: `unicodeInString(${i},${JSON.stringify(fragment)})` };
});

const lineEndings: fc.Arbitrary<Mutation> = fc.constantFrom<Mutation>(
    text => ({ text: text.replace(/\r?\n/g, '\r\n'), step: 'crlf' }),
    text => ({ text: text.replace(/\r?\n/g, '\r'), step: 'cr' }),
    text => ({ text: '\uFEFF' + text, step: 'bom' }),
    text => ({ text: '\uFEFF' + text.replace(/\r?\n/g, '\r\n'), step: 'bom+crlf' }),
);

/** Very long strings and lines: a pasted essay, or a minified file. */
const longText: fc.Arbitrary<Mutation> = fc.tuple(positionArb, fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('string', 'line', 'word', 'oneLine')).map(([p, n, kind]) => text => {
    const i = at(p, text);
    if (kind === 'oneLine') return { text: text.replace(/\r?\n/g, ' '), step: 'oneLine' };
    const insert = kind === 'string' ? ` "${'lorem ipsum '.repeat(Math.ceil(n / 12)).slice(0, n)}" `
        : kind === 'line' ? ` ${'specific "x" '.repeat(Math.ceil(n / 13))} `
            : ` ${'a'.repeat(n)} `;
    return { text: text.slice(0, i) + insert + text.slice(i), step: `long${kind}(${i},${n})` };
});

/** Deep or unbalanced braces, and deep nesting of blocks that look real. */
const braces: fc.Arbitrary<Mutation> = fc.tuple(positionArb, fc.integer({ min: 1, max: 2_000 }), fc.constantFrom('open', 'close', 'nested', 'goals')).map(([p, n, kind]) => text => {
    const i = at(p, text);
    const insert = kind === 'open' ? '{'.repeat(n)
        : kind === 'close' ? '}'.repeat(n)
            : kind === 'nested' ? '{'.repeat(n) + '}'.repeat(n)
                : 'goal g "t" {\n'.repeat(Math.min(n, 150));
    return { text: text.slice(0, i) + insert + text.slice(i), step: `braces-${kind}(${i},${n})` };
});

export const mutationArb: fc.Arbitrary<Mutation> = fc.oneof(
    { arbitrary: deletion, weight: 4 },
    { arbitrary: insertion, weight: 6 },
    { arbitrary: truncation, weight: 2 },
    { arbitrary: swap, weight: 3 },
    { arbitrary: unicodeInString, weight: 2 },
    { arbitrary: lineEndings, weight: 1 },
    { arbitrary: longText, weight: 1 },
    { arbitrary: braces, weight: 1 },
);

export function mutate(base: FuzzCase, mutations: readonly Mutation[]): FuzzCase {
    let text = base.text;
    const steps = [...base.steps];
    for (const mutation of mutations) {
        const result = mutation(text);
        text = result.text;
        steps.push(result.step);
    }
    return fuzzCase(base.origin, steps, text);
}

export const exampleArb: fc.Arbitrary<FuzzCase> = fc.constantFrom(...EXAMPLES).map(e => fuzzCase(e.name, [], e.text));

/** An example with one to four mutations. */
export const mutatedExampleArb: fc.Arbitrary<FuzzCase> = fc.tuple(exampleArb, fc.array(mutationArb, { minLength: 1, maxLength: 4 }))
    .map(([base, mutations]) => mutate(base, mutations));

/** A generated plan with a few mutations. */
export const mutatedGeneratedArb: fc.Arbitrary<FuzzCase> = fc.tuple(generatedPlanArb, fc.array(mutationArb, { minLength: 1, maxLength: 3 }))
    .map(([base, mutations]) => mutate(base, mutations));

/** Everything: generated plans, examples as shipped, and mutations of both. */
export const anyInputArb: fc.Arbitrary<FuzzCase> = fc.oneof(
    { arbitrary: generatedPlanArb, weight: 3 },
    { arbitrary: exampleArb, weight: 1 },
    { arbitrary: mutatedExampleArb, weight: 4 },
    { arbitrary: mutatedGeneratedArb, weight: 2 },
);
