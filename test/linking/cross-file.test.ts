import { describe, expect, test } from 'vitest';
import { isOrganisation, isPlan, type Plan } from '../../packages/language/src/index.js';
import { ORG_NL, SUPPORTING_PLAN_NL } from '../support/plans.js';
import { build, codes, createServices } from '../support/services.js';

describe('organisation goals shared across files', () => {
    test('a plan refers to an organisation goal declared in another file', async () => {
        const [shared, plan] = await build(createServices(), ORG_NL, SUPPORTING_PLAN_NL);
        const goal = (plan.parseResult.value.items.find(isPlan) as Plan).goals[0];
        const target = goal.supports[0].ref;
        expect(target?.title).toBe('Klanttevredenheid naar 8,5');
        expect(target?.$container?.$container).toBe(shared.parseResult.value);
        expect(codes(plan.diagnostics ?? [])).not.toContain('ref.unresolved');
    });

    test('a goal can only derive from a goal of its own plan', async () => {
        const [, plan] = await build(createServices(), `plan "Q" { doel lange "L" { termijn lang } }`, `plan "P" { doel korte "K" { afgeleid-van lange } }`);
        expect(codes(plan.diagnostics ?? [])).toContain('ref.unresolved');
    });

    test('find references and go to definition work across files', async () => {
        const services = createServices();
        const [shared, plan] = await build(services, ORG_NL, SUPPORTING_PLAN_NL);
        const organisation = shared.parseResult.value.items.find(isOrganisation)!;
        const target = organisation.goals[0];
        const references = services.shared.workspace.IndexManager.findAllReferences(
            target, services.Pop.workspace.AstNodeLocator.getAstNodePath(target),
        ).toArray();
        expect(references.map(r => r.sourceUri.toString())).toEqual([plan.uri.toString()]);
    });
});
