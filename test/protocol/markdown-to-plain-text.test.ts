import { describe, expect, it } from 'vitest';
import { markdownToPlainText } from '../../packages/server/src/markdown-to-plain-text.js';

describe('Markdown as plain text, for clients that cannot show Markdown hovers', () => {
    it('drops emphasis and code markers but keeps the words', () => {
        expect(markdownToPlainText("**Goal 'talks'** — *Present* to the __board__, with `specific`")).toBe("Goal 'talks' — Present to the board, with specific");
    });

    it('keeps code as written, indented, without its fence', () => {
        expect(markdownToPlainText('**Example:**\n\n```pop\nmeasurable 4 talks\nspecific "**not** emphasis"\n```')).toBe(
            'Example:\n\n    measurable 4 talks\n    specific "**not** emphasis"');
    });

    it('keeps stars and underscores inside inline code and words, and escaped characters', () => {
        expect(markdownToPlainText('Use `a*b*c` or snake_case_name; 5 \\* 3 \\_not\\_ emphasis')).toBe('Use a*b*c or snake_case_name; 5 * 3 _not_ emphasis');
    });

    it('keeps lists and their nesting, turns headings and links into text', () => {
        expect(markdownToPlainText('## Score\n\n- ✓ **S** Specific\n  - a problem\n* other\n\nSee [the rule](https://example.org/r)')).toBe(
            'Score\n\n- ✓ S Specific\n  - a problem\n- other\n\nSee the rule (https://example.org/r)');
    });
});
