import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, goalEn, planEn, without } from '../support/plans.js';
import { goalSection, render, texts } from './dom.js';

describe('the scorecard in the document says what the diagnostics say', () => {
    test('per criterion: met or not, and in the same words', async () => {
        const body = without(CLEAN_GOAL_EN, 'end', 'method');
        const { dom, document } = await render(planEn(goalEn(body)));
        const section = goalSection(dom, 'presenting');
        const verdicts = Object.fromEntries(Array.from(section.querySelectorAll('.scorecard > li')).map(li => [li.getAttribute('data-criterion'), li.getAttribute('data-met')]));
        expect(verdicts).toEqual({ specific: 'true', measurable: 'false', acceptable: 'true', realistic: 'true', 'time-bound': 'false' });

        const diagnostics = (document.diagnostics ?? []).filter(d => (d.data as { goal?: string } | undefined)?.goal === 'presenting'
            && /^smart\.(measurable|time-bound)/.test(String(d.code)));
        expect(diagnostics.length).toBeGreaterThanOrEqual(2);
        // The words are in the review appendix, apart from the plan; the goal's section has only the verdicts.
        const appendix = dom.querySelector('.review-appendix')!;
        const shown = Array.from(appendix.querySelectorAll('.advice > li[data-code^="smart.measurable"], .advice > li[data-code^="smart.time-bound"]'))
            .map(li => (li.textContent ?? '').replace(/^[^:]+:\s*/, '').trim());
        expect(shown.sort()).toEqual(diagnostics.map(d => d.message).sort());
        expect(texts(section as unknown as Document, '.badges .badge')[0]).toBe('SMART 3/5');
        expect(section.querySelector('.score-summary')?.textContent).toBe('3 of 5 criteria met');
    });

    test('a severity set to off in the settings leaves the criterion met, as in the editor', async () => {
        const body = without(CLEAN_GOAL_EN, 'method');
        const { dom } = await render(planEn(goalEn(body)), {}, { severity: { 'smart.measurable.no-method': 'off' } });
        expect(goalSection(dom, 'presenting').querySelector('[data-criterion="measurable"]')?.getAttribute('data-met')).toBe('true');
    });

    test('a MAGIE goal is scored on its own five letters', async () => {
        const goal = `    goal culture "Open feedback culture" {
        kind magie
        measurable 90%
        acceptable by team, manager
        communicated to team
        inspiring "Everyone learns from everyone"
    }`;
        const { dom } = await render(planEn(goal));
        const section = goalSection(dom, 'culture');
        expect(texts(section as unknown as Document, '.scorecard .letter')).toEqual(['M', 'A', 'G', 'I', 'E']);
        expect(section.querySelector('[data-criterion="magie-engaging"]')?.getAttribute('data-met')).toBe('false');
        expect(section.querySelector('h4')?.textContent).toBe('MAGIE check');
    });

    test('an ER goal is shown as a starting point, with the SMART goals derived from it', async () => {
        const goals = `    goal service "Better customer service" {
        kind er
        specific "Customers feel heard"
    }
${goalEn(CLEAN_GOAL_EN + '\n        derived-from service')}`;
        const { dom, document } = await render(planEn(goals));
        const section = goalSection(dom, 'service');
        expect(section.classList.contains('kind-er')).toBe(true);
        expect(section.querySelector('.scorecard')).toBeNull();
        expect(texts(section as unknown as Document, '.badges .badge')[0]).toBe('ER goal');
        const info = (document.diagnostics ?? []).find(d => d.code === 'er.starting-point');
        expect(texts(dom.querySelector('.review-appendix') as unknown as Document, '.advice > li[data-code="er.starting-point"]')).toEqual([`ER goal: ${info?.message}`]);
        expect(texts(section as unknown as Document, '.supports a')).toEqual(['Present convincingly']);
        expect(texts(dom, '.overview-table tr[data-kind="er"] .er-label')).toEqual(['ER']);
    });
});
