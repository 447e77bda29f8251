import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, goalEn, planEn } from '../support/plans.js';
import { render } from './dom.js';

const HOSTILE = ['<script>alert(1)</script>', '"><img src=x onerror=alert(1)>', "'><svg onload=alert(1)>", '</style><script>alert(2)</script>', '&lt;b&gt;'];

/** Every place user text reaches: titles, names, statements, providers, notes, organisation goals. */
function planWith(text: string): string {
    const quoted = text.replace(/"/g, '\\"');
    const goal = goalEn(`${CLEAN_GOAL_EN}
        action course "${quoted}" { provider "${quoted}" start 2027-02-01 end 2027-03-01 }
        review 2027-04-01 { measured 1 presentations note "${quoted}" }`).replace('"Present convincingly"', `"${quoted}"`)
        .replace(/specific "[^"]*"/, `specific "${quoted} 4 times"`);
    return planEn(goal)
        .replace('"PDP 2027"', `"${quoted}"`)
        .replace('employee "Sam Bakker"', `employee "${quoted}"`)
        .replace('"Customer satisfaction to 8.5"', `"${quoted}"`)
        .replace('current-role "Leads a team"', `current-role "${quoted}"`);
}

/** The document's shape: every element's name and attribute names, in order (a timeline label's lines follow its length). */
function shape(dom: Document): string[] {
    return Array.from(dom.querySelectorAll('*')).filter(e => e.tagName.toLowerCase() !== 'tspan').map(e => `${e.tagName.toLowerCase()}[${Array.from(e.attributes).map(a => a.name).sort().join(',')}]`);
}

describe('user text is always text', () => {
    for (const hostile of HOSTILE) {
        test(`${hostile} adds no element and no attribute, and shows as written`, async () => {
            const benign = await render(planWith('Plain words'));
            const evil = await render(planWith(hostile));
            expect(shape(evil.dom)).toEqual(shape(benign.dom));
            expect(evil.dom.querySelectorAll('script, img')).toHaveLength(0);
            const handlers = Array.from(evil.dom.querySelectorAll('*')).flatMap(e => Array.from(e.attributes).filter(a => a.name.startsWith('on')));
            expect(handlers).toEqual([]);
            expect(evil.dom.querySelector('h1')?.textContent).toBe(hostile);
            expect(evil.dom.querySelector('section.goal h3')?.textContent).toBe(hostile);
            expect(evil.dom.querySelector('title')?.textContent).toContain(hostile);
            expect(evil.dom.querySelector('svg title')?.textContent).toBeDefined();
            expect(Array.from(evil.dom.querySelectorAll('svg text title')).map(t => t.textContent)).toContain(hostile);
        });
    }

    test('a goal name cannot leave its attribute or its id', async () => {
        const { dom } = await render(planEn(goalEn(CLEAN_GOAL_EN, 'présenter-ñ_1')));
        const section = dom.querySelector('section.goal')!;
        expect(section.getAttribute('data-goal')).toBe('présenter-ñ_1');
        expect(section.id).toMatch(/^[\w-]+$/);
    });
});
