/**
 * The .pop language for Monaco: colours from a Monarch tokenizer built from the keyword table (the same table the
 * TextMate grammar of the extension is written from, packages/tools/textmate.mjs), and the extension's language
 * configuration (comments, brackets, word pattern). Everything else comes from the language server.
 */
import { FIELD_KEYWORDS, VALUE_KEYWORDS, type Locale } from '@pop-lang/language/keywords';
// The extension manifest's own language configuration: the root package is not a workspace with an entry.
// eslint-disable-next-line import-x/no-relative-packages
import languageConfiguration from '../../../../syntaxes/language-configuration.json';
import type * as Monaco from './monaco.js';
import { POP_LANGUAGE_ID } from './server-worker.js';

/** The keywords that open a block: coloured like declarations, as the TextMate grammar does. */
const BLOCK_KEYWORDS = ['organisation', 'orgGoal', 'plan', 'facilities', 'startingPoints', 'goal', 'action', 'review', 'signOff', 'progress'] as const;

function spellings(entries: Iterable<Record<Locale, string>>): string[] {
    const words = new Set<string>();
    for (const { en, nl } of entries) words.add(en).add(nl);
    return [...words];
}

export function registerPopLanguage(monaco: typeof Monaco): void {
    monaco.languages.register({ id: POP_LANGUAGE_ID, extensions: ['.pop'], aliases: ['POP', 'pop'] });
    const blocks = new Set<string>(BLOCK_KEYWORDS.filter(id => id in FIELD_KEYWORDS));
    const blockWords = spellings(Object.entries(FIELD_KEYWORDS).filter(([id]) => blocks.has(id)).map(([, words]) => words));
    const fieldWords = spellings(Object.entries(FIELD_KEYWORDS).filter(([id]) => !blocks.has(id)).map(([, words]) => words))
        .filter(word => !blockWords.includes(word));
    const valueWords = spellings(Object.values(VALUE_KEYWORDS).flatMap(values => Object.values(values as Record<string, Record<Locale, string>>)))
        .filter(word => !blockWords.includes(word) && !fieldWords.includes(word));

    monaco.languages.setMonarchTokensProvider(POP_LANGUAGE_ID, {
        blockWords,
        fieldWords,
        valueWords,
        tokenizer: {
            root: [
                [/\/\/.*$/, 'comment'],
                [/\/\*/, 'comment', '@comment'],
                [/"/, 'string', '@string'],
                [/\d{4}-\d{2}-\d{2}(?![\w-])/, 'number'],
                [/(?:€|EUR)[ \t]*\d+(?:[.,]\d+)*(?:,-)?/, 'number'],
                [/\d+(?:[.,]\d+)?[ \t]*%?/, 'number'],
                [/[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F'\u2019-]*/, {
                    cases: { '@blockWords': 'keyword', '@fieldWords': 'type', '@valueWords': 'constant', '@default': 'identifier' },
                }],
                [/[{}]/, '@brackets'],
                [/,/, 'delimiter'],
            ],
            comment: [
                [/\*\//, 'comment', '@pop'],
                [/[^*]+/, 'comment'],
                [/\*/, 'comment'],
            ],
            string: [
                [/\\./, 'string.escape'],
                [/"/, 'string', '@pop'],
                [/[^"\\]+$/, 'string', '@pop'],
                [/[^"\\]+/, 'string'],
            ],
        },
    } as Monaco.languages.IMonarchLanguage);

    const { comments, brackets, autoClosingPairs, surroundingPairs, wordPattern, indentationRules } = languageConfiguration;
    monaco.languages.setLanguageConfiguration(POP_LANGUAGE_ID, {
        comments: { lineComment: comments.lineComment, blockComment: comments.blockComment as [string, string] },
        brackets: brackets as Array<[string, string]>,
        autoClosingPairs,
        surroundingPairs: surroundingPairs.map(([open, close]) => ({ open, close })),
        wordPattern: new RegExp(wordPattern),
        indentationRules: {
            increaseIndentPattern: new RegExp(indentationRules.increaseIndentPattern),
            decreaseIndentPattern: new RegExp(indentationRules.decreaseIndentPattern),
        },
    });
}
