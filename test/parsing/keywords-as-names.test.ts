/** A goal may be named after any keyword ('doel gezondheid', 'goal training'): where a name stands, it is a name. */
import { AstUtils, GrammarAST } from 'langium';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver';
import { describe, expect, test } from 'vitest';
import { isOrganisation, isPlan, type Plan } from '../../packages/language/src/index.js';
import { PopGrammar } from '../../packages/language/src/generated/grammar.js';
import { cursor } from '../lsp/editor-helpers.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl } from '../support/plans.js';
import { build, codes, createServices, diagnosticsOf } from '../support/services.js';

/** Every word the grammar uses as a keyword, in any rule. */
function grammarKeywords(): string[] {
    return [...new Set(AstUtils.streamAllContents(PopGrammar()).filter(GrammarAST.isKeyword).map(k => k.value).filter(k => /^[A-Za-z]/.test(k)))].sort();
}

describe('names spelt like keywords', () => {
    test('the names\' rule lists every keyword of the grammar', () => {
        const nameRule = PopGrammar().rules.find(r => r.name === 'KeywordName')!;
        const inName = new Set(AstUtils.streamAllContents(nameRule).filter(GrammarAST.isKeyword).map(k => k.value));
        expect(grammarKeywords().filter(k => !inName.has(k))).toEqual([]);
    });

    test('every keyword parses as the name of a goal and of an organisation goal, and as a reference to each', async () => {
        const keywords = grammarKeywords();
        const text = [
            `organisation "Org" {\n${keywords.map(k => `    organisation-goal ${k} "Org goal ${k}"`).join('\n')}\n}`,
            `plan "P" {\n${keywords.map((k, i) => `    goal ${k} "Goal ${k}" { supports ${k} derived-from ${keywords[(i + 1) % keywords.length]} }`).join('\n')}\n}`,
        ].join('\n');
        const services = createServices();
        const [document] = await build(services, text);
        const { lexerErrors, parserErrors } = document.parseResult;
        expect([...lexerErrors, ...parserErrors].map(e => e.message)).toEqual([]);
        const root = document.parseResult.value;
        const plan = root.items.find(isPlan) as Plan;
        expect(plan.goals.map(g => g.name)).toEqual(keywords);
        expect(root.items.find(isOrganisation)!.goals.map(g => g.name)).toEqual(keywords);
        expect(plan.goals.map(g => g.supports[0]?.ref?.name)).toEqual(keywords);
        expect(plan.goals.map(g => g.derivedFrom?.ref?.name)).toEqual(keywords.map((_, i) => keywords[(i + 1) % keywords.length]));
        expect(codes(document.diagnostics ?? []).filter(c => c.startsWith('syntax.') || c.startsWith('ref.unresolved'))).toEqual([]);
    });

    test.each([
        ['nl', 'gezondheid'], ['nl', 'supervisie'], ['nl', 'doel'], ['nl', 'specifiek'],
        ['en', 'training'], ['en', 'health'], ['en', 'goal'], ['en', 'end'],
    ] as const)('a %s plan with goal \'%s\' is judged like any other', async (locale, name) => {
        const text = locale === 'nl' ? planNl(goalNl(CLEAN_GOAL_NL, name)) : planEn(goalEn(CLEAN_GOAL_EN, name));
        const usual = locale === 'nl' ? planNl(goalNl(CLEAN_GOAL_NL)) : planEn(goalEn(CLEAN_GOAL_EN));
        expect(codes(await diagnosticsOf(text)).sort()).toEqual(codes(await diagnosticsOf(usual)).sort());
    });

    test('hover on a goal named after a keyword shows the goal, not the keyword', async () => {
        const { text, position } = cursor(planNl(goalNl(CLEAN_GOAL_NL, 'specif|iek')));
        const services = createServices();
        const [document] = await build(services, text);
        const hover = await services.Pop.lsp.HoverProvider!.getHoverContent(document, { textDocument: { uri: document.uri.toString() }, position });
        const value = (hover?.contents as MarkupContent | undefined)?.value ?? '';
        expect(value).toContain('Overtuigend presenteren');
    });

    test('completion where a name goes offers no keywords', async () => {
        const { text, position } = cursor('plan "P" {\n    taal nl\n    doel |\n}');
        const services = createServices();
        const [document] = await build(services, text);
        const list = await services.Pop.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
        const labels = (list?.items ?? []).map((i: CompletionItem) => i.label);
        expect(labels).not.toContain('gezondheid');
        expect(labels).not.toContain('specifiek');
    });
});
