import { DefaultTokenBuilder } from 'langium';
import type { TokenType } from 'chevrotain';
import { describe, expect, it } from 'vitest';
import { PopTokenBuilder } from '../../packages/language/src/pop-token-builder.js';
import { createServices } from '../support/services.js';

// POP's token builder finds each keyword's longer alternatives with partial expressions built once per terminal
// (pop-token-builder.ts). Langium's own builder is the reference for every token type.

const { Grammar } = createServices().Pop;

/** What the lexer is given: each token type's name, pattern, group and longer alternatives, in order. */
function described(tokens: TokenType[]) {
    return tokens.map(token => ({
        name: token.name,
        pattern: String(token.PATTERN),
        group: token.GROUP,
        lineBreaks: token.LINE_BREAKS,
        longerAlt: ([] as TokenType[]).concat(token.LONGER_ALT ?? []).map(alt => alt.name),
    }));
}

describe('token types', () => {
    it('are those Langium builds, longer alternatives included, in the same order', () => {
        const ours = described(new PopTokenBuilder().buildTokens(Grammar) as TokenType[]);
        const langiums = described(new DefaultTokenBuilder().buildTokens(Grammar) as TokenType[]);
        expect(ours).toEqual(langiums);
        // Both languages' keywords, and keywords that an identifier could also match.
        expect(ours.length).toBeGreaterThan(150);
        expect(ours.find(token => token.name === 'goal')?.longerAlt).toEqual(['ID']);
        expect(ours.find(token => token.name === 'doel')?.longerAlt).toEqual(['ID']);
        expect(ours.filter(token => token.longerAlt.length === 0).map(token => token.name)).toContain('{');
    });

    it('are what the services lex with', () => {
        expect(createServices().Pop.parser.TokenBuilder).toBeInstanceOf(PopTokenBuilder);
    });
});
