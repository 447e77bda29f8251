/** The lexer's token types, built as Langium builds them, in less time at start-up. */
import { DefaultTokenBuilder, RegExpUtils, type GrammarAST } from 'langium';
import type { TokenType } from 'chevrotain';

/**
 * A keyword that a terminal could also match (such as `goal` and ID) names that terminal as its longer
 * alternative. Langium finds them by testing every keyword against every terminal with a partial regular expression
 * that it builds anew for each test: 157 keywords by 9 terminals, 1,413 builds, in every process that lexes. This
 * builds each terminal's expression once and tests the same way.
 */
export class PopTokenBuilder extends DefaultTokenBuilder {
    private readonly partialPatterns = new Map<string, RegExp>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const source = (token.PATTERN as { source?: string } | undefined)?.source;
            if (source === undefined) return false;
            const match = keyword.value.match(this.partialPattern(source));
            return match !== null && match[0].length > 0;
        });
    }

    private partialPattern(source: string): RegExp {
        let pattern = this.partialPatterns.get(source);
        if (!pattern) this.partialPatterns.set(source, (pattern = RegExpUtils.partialRegExp(`^${source}$`)));
        return pattern;
    }
}
