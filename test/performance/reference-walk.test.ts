import { AstUtils, GrammarAST } from 'langium';
import { describe, expect, it } from 'vitest';
import { REFERENCE_PROPERTIES } from '../../packages/language/src/pop-linker.js';
import { build, createServices } from '../support/services.js';

describe('the linker and reference index', () => {
    it('know every cross-reference the grammar can hold', () => {
        const { Pop } = createServices();
        const inGrammar = new Map<string, Set<string>>();
        for (const rule of Pop.Grammar.rules.filter(GrammarAST.isParserRule)) {
            for (const node of AstUtils.streamAllContents(rule)) {
                if (GrammarAST.isAssignment(node) && GrammarAST.isCrossReference(node.terminal)) {
                    const set = inGrammar.get(rule.name) ?? new Set<string>();
                    set.add(node.feature);
                    inGrammar.set(rule.name, set);
                }
            }
        }
        const known = Object.fromEntries(Object.entries(REFERENCE_PROPERTIES).map(([type, props]) => [type, [...props].sort()]));
        expect(Object.fromEntries([...inGrammar].map(([type, props]) => [type, [...props].sort()]))).toEqual(known);
    });

    it('links and indexes references of every goal, in every plan of a file', async () => {
        const services = createServices();
        const text = `
organisation "Org" { organisation-goal quality "Quality" }
plan "A" {
    goal long-a "Long" { horizon long supports quality }
    goal short-a "Short" { derived-from long-a supports quality, missing }
}
plan "B" {
    goal long-b "Long" { horizon long }
    goal short-b "Short" { derived-from long-b }
}`;
        const [document] = await build(services, text);
        const resolved = document.references.filter(r => !r.error).map(r => r.$refText).sort();
        expect(resolved).toEqual(['long-a', 'long-b', 'quality', 'quality']);
        expect(document.references.filter(r => r.error).map(r => r.$refText)).toEqual(['missing']);
        const indexed = services.shared.workspace.IndexManager.findAllReferences(
            (document.parseResult.value as { items: Array<{ goals?: unknown[] }> }).items[0] as never, '/items@0/goals@0',
        ).toArray();
        expect(indexed.map(r => r.sourcePath).sort()).toEqual(['/items@1/goals@0', '/items@1/goals@1']);
    });
});
