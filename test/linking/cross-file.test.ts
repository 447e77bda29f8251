import { describe, expect, test } from 'vitest';
import { isOrganisation, isPlan, type Plan } from '../../packages/language/src/index.js';
import type { CodeAction } from 'vscode-languageserver';
import { applyEdits, build, codes, createServices, editsOf } from '../helpers.js';

const SHARED = `organisatie "Org" {\n    organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5"\n}\n`;
const PLAN = `plan "P" {\n    doel a "A" {\n        draagt-bij-aan klanttevredenheid\n    }\n}\n`;

describe('organisation goals shared across files', () => {
    test('a plan refers to an organisation goal declared in another file', async () => {
        const [shared, plan] = await build(createServices(), SHARED, PLAN);
        const goal = (plan.parseResult.value.items.find(isPlan) as Plan).goals[0];
        const target = goal.supports[0].ref;
        expect(target?.title).toBe('Klanttevredenheid naar 8,5');
        expect(target?.$container?.$container).toBe(shared.parseResult.value);
        expect(codes(plan.diagnostics ?? [])).not.toContain('ref.unresolved');
    });

    test('without the shared file the reference is unresolved, with a located message', async () => {
        const [plan] = await build(createServices(), PLAN);
        const unresolved = (plan.diagnostics ?? []).find(d => d.code === 'ref.unresolved');
        expect(unresolved?.message).toBe("Er is geen organisatiedoel met de naam 'klanttevredenheid'. Controleer de spelling, of declareer het.");
        expect(unresolved?.range.start).toEqual({ line: 2, character: 23 });
    });

    test('the same organisation goal declared in two files is a duplicate in both', async () => {
        const [a, b] = await build(createServices(), SHARED, SHARED.replace('"Org"', '"Org 2"'));
        expect(codes(a.diagnostics ?? [])).toContain('ref.duplicate-name');
        expect(codes(b.diagnostics ?? [])).toContain('ref.duplicate-name');
    });

    test('a goal can only derive from a goal of its own plan', async () => {
        const [, plan] = await build(createServices(), `plan "Q" { doel lange "L" { termijn lang } }`, `plan "P" { doel korte "K" { afgeleid-van lange } }`);
        expect(codes(plan.diagnostics ?? [])).toContain('ref.unresolved');
    });

    test('find references and go to definition work across files', async () => {
        const services = createServices();
        const [shared, plan] = await build(services, SHARED, PLAN);
        const organisation = shared.parseResult.value.items.find(isOrganisation)!;
        const target = organisation.goals[0];
        const references = services.shared.workspace.IndexManager.findAllReferences(
            target, services.Pop.workspace.AstNodeLocator.getAstNodePath(target),
        ).toArray();
        expect(references.map(r => r.sourceUri.toString())).toEqual([plan.uri.toString()]);
    });
});

describe('a misspelt reference', () => {
    test('suggests the declared names it may have meant, and a fix replaces it', async () => {
        const services = createServices();
        const misspelt = PLAN.replace('draagt-bij-aan klanttevredenheid', 'draagt-bij-aan klanttevredenhied');
        const [, plan] = await build(services, SHARED, misspelt);
        const unresolved = (plan.diagnostics ?? []).find(d => d.code === 'ref.unresolved')!;
        expect(unresolved.message).toBe("Er is geen organisatiedoel met de naam 'klanttevredenhied'. Controleer de spelling, of declareer het. Bedoel je 'klanttevredenheid'?");
        const uri = plan.uri.toString();
        const actions = await services.Pop.lsp.CodeActionProvider!.getCodeActions(plan, {
            textDocument: { uri }, range: unresolved.range, context: { diagnostics: [unresolved] },
        }) as CodeAction[];
        const fix = actions.find(a => a.title === "Wijzigen in 'klanttevredenheid'");
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        const fixed = applyEdits(misspelt, editsOf(fix!, uri));
        expect(fixed).toBe(PLAN);
    });

    test('far from every declared name, it suggests nothing', async () => {
        const [, plan] = await build(createServices(), SHARED, PLAN.replace('draagt-bij-aan klanttevredenheid', 'draagt-bij-aan omzet'));
        const unresolved = (plan.diagnostics ?? []).find(d => d.code === 'ref.unresolved')!;
        expect(unresolved.message).not.toContain('Bedoel je');
    });
});
