import { readFileSync } from 'node:fs';
import { CstUtils, DefaultValueConverter, isLeafCstNode, type LeafCstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { PopValueConverter } from '../../packages/language/src/pop-parser.js';
import { createServices } from '../support/services.js';

// POP's value converter takes a STRING without escapes as the text between its quotes, instead of Langium's copy
// one character at a time (pop-parser.ts). Langium's converter is the reference for every string literal.

const services = createServices();
const ours = new PopValueConverter();
const langiums = new DefaultValueConverter();

const texts = [
    readFileSync('examples/en/example.pop', 'utf8'),
    readFileSync('examples/nl/voorbeeld.pop', 'utf8'),
    'language en\nplan "a \\"quoted\\" word, a tab\\t, a new line\\n, a backslash \\\\ and \\x" {\n'
        + '    employee ""\n    role "\\\\"\n    manager "é 🎯 — ✓ \\u00e9"\n}\n',
];

function stringLeaves(text: string): LeafCstNode[] {
    const root = services.Pop.parser.LangiumParser.parse(text).value.$cstNode;
    return root ? CstUtils.streamCst(root).filter(isLeafCstNode).filter(leaf => leaf.tokenType.name === 'STRING').toArray() : [];
}

describe('string values', () => {
    it('are what Langium makes of every string literal, escaped or not', () => {
        const leaves = texts.flatMap(stringLeaves);
        expect(leaves.length).toBeGreaterThan(50);
        expect(leaves.some(leaf => leaf.text.includes('\\'))).toBe(true);
        for (const leaf of leaves) expect(ours.convert(leaf.text, leaf)).toBe(langiums.convert(leaf.text, leaf));
    });

    it('lose their quotes and keep the text between them', () => {
        const [title] = stringLeaves('language en\nplan "Grow as a  speaker" {\n}\n');
        expect(ours.convert(title.text, title)).toBe('Grow as a  speaker');
    });
});
