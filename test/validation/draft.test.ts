/** When the rendered plan is a draft: problems that matter, or a plan not signed by both parties with dates. */
import { describe, expect, it } from 'vitest';
import { draftState, isPlan, isPlanSigned, type Plan } from '../../packages/language/src/index.js';
import { example } from '../support/paths.js';
import { build, createServices } from '../support/services.js';

async function stateOf(text: string, settings = {}) {
    const services = createServices(settings);
    const [document] = await build(services, text, example('shared/organisatiedoelen.pop'));
    const plans = document.parseResult.value.items.filter(isPlan);
    const judgement = services.Pop.pop.Analysis.judge(document);
    return plans.map(plan => ({ plan, ...draftState(document, plan, judgement) }));
}

const EXAMPLE = example('en/example.pop');

describe('a draft', () => {
    it('the clean, signed example is not a draft', async () => {
        const [state] = await stateOf(EXAMPLE, {});
        expect(state).toMatchObject({ problems: 0, signed: true, draft: false });
    });

    it('is a draft while the manager has not signed, or signed without a date', async () => {
        for (const text of [
            EXAMPLE.replace('manager "Mark Jansen" on 2027-01-10', 'manager "Mark Jansen"'),
            EXAMPLE.replace(/\n\s*manager "Mark Jansen" on 2027-01-10/, ''),
        ]) {
            const [state] = await stateOf(text, {});
            expect(state).toMatchObject({ signed: false, draft: true });
        }
    });

    it('is a draft while a third line waits for its date, though both parties signed', async () => {
        const text = EXAMPLE.replace('manager "Mark Jansen" on 2027-01-10', 'manager "Mark Jansen" on 2027-01-10\n        hr "Pat de Boer"');
        const [state] = await stateOf(text, {});
        expect(isPlanSigned(state.plan as Plan)).toBe(false);
        expect(state.draft).toBe(true);
    });

    it('is a draft with a warning, but not with a warning turned off or accepted by a comment', async () => {
        const warned = EXAMPLE.replace(/\n\s*method "Job profile[^\n]*/, '');
        const [state] = await stateOf(warned, {});
        expect(state.problems).toBeGreaterThan(0);
        expect(state.draft).toBe(true);
        const [off] = await stateOf(warned, { severity: { 'smart.measurable.no-method': 'off' } });
        expect(off).toMatchObject({ problems: 0, draft: false });
        const accepted = warned.replace('plan "', '// pop-disable smart.measurable.no-method -- assessed by the care director\nplan "');
        const [suppressed] = await stateOf(accepted);
        expect(suppressed).toMatchObject({ problems: 0, draft: false });
    });

    it('counts a syntax error and a reference to nothing, whatever their severity', async () => {
        const [broken] = await stateOf(EXAMPLE.replace('horizon long', 'horizon long ¤'), {});
        expect(broken.problems).toBeGreaterThan(0);
        const [unresolved] = await stateOf(EXAMPLE.replace('supports behoud-personeel', 'supports no-such-goal'),
            { severity: { 'ref.unresolved': 'off' } });
        expect(unresolved.problems).toBeGreaterThan(0);
    });

    it('judges each plan of a file by its own problems and signatures', async () => {
        const second = '\nplan "Other" {\n    employee "Kim"\n    goal x "X" {\n        horizon short\n    }\n}\n';
        const [first, other] = await stateOf(EXAMPLE + second, {});
        expect(first).toMatchObject({ problems: 0, draft: false });
        expect(other.draft).toBe(true);
        expect(other.problems).toBeGreaterThan(0);
    });
});
