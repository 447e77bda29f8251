/** ref.*: names are unique, references resolve, and derived-from points at a longer-term goal. */
import { describe, expect, test } from 'vitest';
import type { CodeAction } from 'vscode-languageserver';
import { codeActionsFor } from '../support/code-actions.js';
import { applyEdits, editsOf } from '../support/edits.js';
import { ORG_NL, SUPPORTING_PLAN_NL } from '../support/plans.js';
import { build, codes, createServices } from '../support/services.js';
import { describeRuleCases } from '../support/rule-case.js';
import { CASES } from './ref.cases.js';

describeRuleCases('ref', CASES);

describe('across files', () => {
    test('without the shared file the reference is unresolved, with a located message', async () => {
        const [plan] = await build(createServices(), SUPPORTING_PLAN_NL);
        const unresolved = (plan.diagnostics ?? []).find(d => d.code === 'ref.unresolved');
        expect(unresolved?.message).toBe("Er is geen organisatiedoel met de naam 'klanttevredenheid'. Controleer de spelling, of declareer het.");
        expect(unresolved?.range.start).toEqual({ line: 2, character: 23 });
    });

    test('the same organisation goal declared in two files is a duplicate in both', async () => {
        const [a, b] = await build(createServices(), ORG_NL, ORG_NL.replace('"Org"', '"Org 2"'));
        expect(codes(a.diagnostics ?? [])).toContain('ref.duplicate-name');
        expect(codes(b.diagnostics ?? [])).toContain('ref.duplicate-name');
    });
});

describe('a misspelt reference', () => {
    test('suggests the declared names it may have meant, and a fix replaces it', async () => {
        const services = createServices();
        const misspelt = SUPPORTING_PLAN_NL.replace('draagt-bij-aan klanttevredenheid', 'draagt-bij-aan klanttevredenhied');
        const [, plan] = await build(services, ORG_NL, misspelt);
        const unresolved = (plan.diagnostics ?? []).find(d => d.code === 'ref.unresolved')!;
        expect(unresolved.message).toBe("Er is geen organisatiedoel met de naam 'klanttevredenhied'. Controleer de spelling, of declareer het. Bedoel je 'klanttevredenheid'?");
        const uri = plan.uri.toString();
        const actions = codeActionsFor(services, plan, unresolved) as CodeAction[];
        const fix = actions.find(a => a.title === "Wijzigen in 'klanttevredenheid'");
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        const fixed = applyEdits(misspelt, editsOf(fix!, uri));
        expect(fixed).toBe(SUPPORTING_PLAN_NL);
    });

    test('far from every declared name, it suggests nothing', async () => {
        const [, plan] = await build(createServices(), ORG_NL, SUPPORTING_PLAN_NL.replace('draagt-bij-aan klanttevredenheid', 'draagt-bij-aan omzet'));
        const unresolved = (plan.diagnostics ?? []).find(d => d.code === 'ref.unresolved')!;
        expect(unresolved.message).not.toContain('Bedoel je');
    });
});
