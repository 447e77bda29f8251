import { readFileSync } from 'node:fs';
import { AstUtils, CstUtils, GrammarUtils, createLangiumParser, isCompositeCstNode, isLeafCstNode, isReference, type CstNode, type LeafCstNode } from 'langium';
import { keywordOf } from '../../packages/language/src/cst-nodes.js';
import { isGoal } from '../../packages/language/src/index.js';
import { build, createServices } from '../support/services.js';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { describe, expect, it } from 'vitest';

// POP's parser builds lean leaves that look their line and column up in a line index (cst-nodes.ts). Langium's
// own tree, built from the same parse, is the reference: every leaf must agree with it, and with the LSP's
// idea of positions, whatever the line endings.

const services = createServices();
const reference = createLangiumParser(services.Pop);

function leaves(cst: CstNode | undefined): LeafCstNode[] {
    return cst ? CstUtils.streamCst(cst).filter(isLeafCstNode).toArray() : [];
}

function describeLeaf(leaf: LeafCstNode) {
    return { offset: leaf.offset, length: leaf.length, end: leaf.end, hidden: leaf.hidden, token: leaf.tokenType.name, text: leaf.text, range: leaf.range };
}

const example = readFileSync('examples/nl/voorbeeld.pop', 'utf8');
const broken = readFileSync('examples/en/not-smart.pop', 'utf8');

const texts: Record<string, string> = {
    'the Dutch example (LF)': example,
    'the Dutch example with CRLF': example.replace(/\n/g, '\r\n'),
    'the Dutch example with lone CR': example.replace(/\n/g, '\r'),
    // Strings stay on one line; a block comment may span lines ending in \n, \r\n and \r.
    'a plan with a multi-line comment': 'taal nl\n/* kop\n   over\r\ndrie\rregels */\nplan "Een titel" { // eind\n}\n',
    'a plan with a syntax error in the middle': broken.slice(0, Math.floor(broken.length / 2)) + ' } } "open\n' + broken.slice(Math.floor(broken.length / 2)),
    'astral characters and a BOM': '\uFEFFlanguage en\nplan "🎯 doel — ✓" {\n  // 💬 note\n}\n',
};

describe('the lean syntax tree', () => {
    for (const [name, text] of Object.entries(texts)) {
        it(`has the same leaves as Langium's tree for ${name}`, () => {
            const ours = leaves(services.Pop.parser.LangiumParser.parse(text).value.$cstNode).map(describeLeaf);
            const theirs = leaves(reference.parse(text).value.$cstNode).map(describeLeaf);
            expect(ours.length).toBeGreaterThan(3);
            expect(ours).toEqual(theirs);
        });

        it(`puts every leaf where the LSP's text document does, for ${name}`, () => {
            const document = TextDocument.create('file:///x.pop', 'pop', 1, text);
            for (const leaf of leaves(services.Pop.parser.LangiumParser.parse(text).value.$cstNode)) {
                expect(leaf.range).toEqual({ start: document.positionAt(leaf.offset), end: document.positionAt(leaf.end) });
            }
        });
    }

    it('marks exactly the comments as hidden', () => {
        const text = texts['a plan with a multi-line comment'];
        const hidden = leaves(services.Pop.parser.LangiumParser.parse(text).value.$cstNode).filter(l => l.hidden).map(l => l.text);
        expect(hidden).toEqual(['/* kop\n   over\r\ndrie\rregels */', '// eind']);
    });
});

describe('data-type values in the lean tree', () => {
    const text = readFileSync('examples/en/example.pop', 'utf8');

    it('are single leaves that property lookups, keywords and references still find', async () => {
        const [document] = await build(createServices(), readFileSync('examples/shared/organisatiedoelen.pop', 'utf8'), text).then(d => d.slice(1));
        const root = document.parseResult.value.$cstNode!;
        const composites = CstUtils.streamCst(root).filter(isCompositeCstNode).toArray();
        expect(composites.some(c => c.content.length === 1 && isLeafCstNode(c.content[0]) && c.astNode === c.content[0].astNode && c !== c.astNode.$cstNode)).toBe(false);
        const goals = AstUtils.streamAst(document.parseResult.value).filter(isGoal).toArray();
        expect(goals.length).toBeGreaterThan(1);
        for (const goal of goals) {
            const name = GrammarUtils.findNodeForProperty(goal.$cstNode, 'name');
            expect(name?.text).toBe(goal.name);
            expect(name?.root).toBe(root);
            if (goal.horizon) expect(keywordOf(GrammarUtils.findNodeForProperty(goal.$cstNode, 'horizon')!)?.value).toBe(goal.horizon);
            for (const reference of [...goal.supports, goal.derivedFrom].filter(r => r !== undefined && isReference(r))) {
                expect(reference.$refNode?.text).toBe(reference.$refText);
                expect(reference.$refNode?.root).toBe(root);
                expect(reference.ref).toBeDefined();
            }
        }
    });
});
