/**
 * A suppressed finding in the rendered plan: not an open problem on the scorecard, but listed as accepted, with the
 * reason, in the review appendix after the sign-off, where the check's advice is.
 */
import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, without } from '../support/plans.js';
import { goalSection, render, texts } from './dom.js';

describe('accepted findings in the rendered plan', () => {
    test('the criterion counts as met, the problem is not listed, and the acceptance is, with its reason', async () => {
        const text = planEn(`    // pop-disable-next-line smart.time-bound.no-end -- ends with the reorganisation\n${goalEn(without(CLEAN_GOAL_EN, 'end', 'method'))}`);
        const { dom } = await render(text);
        const section = goalSection(dom, 'presenting');
        expect(section.querySelector('.scorecard [data-criterion="time-bound"]')?.getAttribute('data-met')).toBe('true');
        expect(section.querySelector('.scorecard [data-criterion="measurable"]')?.getAttribute('data-met')).toBe('false');
        const appendix = dom.querySelector('.review-appendix') as unknown as Document;
        const open = texts(appendix, '.advice > li').filter(line => line.startsWith('Measurable') || line.startsWith('Time-bound'));
        expect(open).toHaveLength(1);
        expect(open[0]).toContain('does not say how it is measured');
        expect(texts(appendix, '.accepted > li')).toEqual([
            "Present convincingly: Goal 'presenting' has no end date. Add 'end YYYY-MM-DD': when must the result be reached? Accepted: ends with the reorganisation",
        ]);
        expect(section.querySelector('.accepted, .advice')).toBeNull();
    });

    test('in Dutch, and without a reason', async () => {
        const text = planNl(`    // pop-disable-next-line smart.time-bound.no-end\n${goalNl(without(CLEAN_GOAL_NL, 'eind'))}`);
        const { dom } = await render(text);
        const accepted = texts(dom.querySelector('.review-appendix') as unknown as Document, '.accepted > li');
        expect(accepted).toHaveLength(1);
        expect(accepted[0]).toMatch(/^Overtuigend presenteren: Doel 'presenteren' heeft geen einddatum\..* Geaccepteerd$/);
    });

    test('a goal without suppressed findings has no list of them', async () => {
        const { dom } = await render(planEn(goalEn(without(CLEAN_GOAL_EN, 'end'))));
        expect(dom.querySelector('.accepted')).toBeNull();
    });
});
