import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, goalEn, planEn } from '../support/plans.js';
import { example } from '../support/paths.js';
import { diagnosticsOf } from '../support/services.js';
import { render, texts } from './dom.js';

describe('a plan that cannot be read in full still renders what it can', () => {
    test('a syntax error gets a visible notice, and the goals that could be read are shown', async () => {
        const text = planEn(`${goalEn(CLEAN_GOAL_EN)}\n    goal broken "Half typed" {\n        start 2027-13-\n    }`);
        const { dom, document } = await render(text);
        const errors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
        expect(errors).toBeGreaterThan(0);
        const notice = dom.querySelector('.syntax-notice')!;
        expect(notice.getAttribute('data-syntax-errors')).toBe(String(errors));
        expect(notice.textContent).toContain(`This plan has ${errors} syntax error${errors === 1 ? '' : 's'}.`);
        expect(notice.querySelector('li')?.textContent).toMatch(/^Line \d+: /);
        expect(texts(dom, 'section.goal h3')).toContain('Present convincingly');
        expect(texts(dom, 'h1')).toEqual(['PDP 2027']);
    });

    test('the notice words each syntax error as the editor does', async () => {
        // An unterminated string, a control character and a misplaced token: each of the three kinds of syntax rule.
        const text = planEn(`${goalEn(CLEAN_GOAL_EN)}\n    goal broken "Half typed {\n        start 2027-01-01 \u0007\n    }`);
        const { dom } = await render(text);
        const syntax = (await diagnosticsOf(text)).filter(d => String(d.code).startsWith('syntax.'));
        expect(syntax.length).toBeGreaterThan(1);
        const listed = texts(dom, '.syntax-notice li').map(item => item.replace(/^Line \d+: /, ''));
        expect(listed).toEqual(syntax.slice(0, listed.length).map(d => (typeof d.message === 'string' ? d.message : d.message.value).replace(/\s+/g, ' ').trim()));
    });

    test('the notice is in the plan language', async () => {
        const text = example('nl/voorbeeld.pop').replace('eind 2027-12-15', 'eind 2027-12-15 ~');
        const { dom } = await render(text);
        expect(dom.querySelector('.syntax-notice')?.textContent).toContain('Dit plan bevat 1 syntaxfout.');
    });

    for (const [name, text] of [['an empty file', ''], ['a file of comments', '// nothing yet\n'], ['a file of garbage', '~~~ !!! ###']] as const) {
        test(`${name} gets a clear message page, not a blank one`, async () => {
            const { dom } = await render(text);
            expect(texts(dom, 'h1')).toEqual(['Nothing to show']);
            expect(dom.querySelector('.empty-page')?.textContent).toContain('holds no plan');
            expect(dom.querySelector('article.plan')).toBeNull();
            expect(dom.documentElement.getAttribute('lang')).toBe('en');
        });
    }

    test('a file with only organisation goals renders them as a list', async () => {
        const { dom } = await render(example('shared/organisatiedoelen.pop'));
        expect(texts(dom, 'h1')).toEqual(['Zorggroep De Linde']);
        expect(texts(dom, '.organisation tbody th')).toEqual([
            'Klanttevredenheid van de cliënten naar gemiddeld 8,5', 'Alle zorgdossiers digitaal en actueel', 'Verloop van medewerkers onder de 10% per jaar',
        ]);
        expect(dom.documentElement.getAttribute('lang')).toBe('nl');
    });
});

describe('the timeline', () => {
    test('is an SVG with a title and a description, one bar per dated goal and action, and the review moments', async () => {
        const { dom } = await render([example('en/example.pop'), example('shared/organisatiedoelen.pop')], { today: '2027-06-01' });
        const svg = dom.querySelector('.timeline svg[role="img"]')!;
        const [titleId, descId] = svg.getAttribute('aria-labelledby')!.split(' ');
        expect(dom.getElementById(titleId)?.textContent).toBe('Timeline of goals and actions');
        expect(dom.getElementById(descId)?.textContent).toContain('3 goals and 5 actions with dates, and 1 review moment.');
        expect(svg.querySelectorAll('rect.tl-goal')).toHaveLength(3);
        expect(svg.querySelectorAll('rect.tl-action')).toHaveLength(5);
        expect(svg.querySelectorAll('path.tl-review')).toHaveLength(1);
        expect(svg.querySelector('path.tl-review title')?.textContent).toBe('Review on 1 Apr 2027');
    });

    test('marks today when it falls inside, and says so when it does not', async () => {
        const inside = (await render(example('en/example.pop'), { today: '2027-06-01' })).dom;
        expect(inside.querySelectorAll('.timeline svg[role="img"] line.tl-today')).toHaveLength(1);
        expect(inside.querySelector('.timeline svg')?.getAttribute('data-today')).toBe('inside');
        const outside = (await render(example('en/example.pop'), { today: '2030-01-01' })).dom;
        expect(outside.querySelectorAll('.timeline svg[role="img"] line.tl-today')).toHaveLength(0);
        expect(outside.querySelector('.timeline desc')?.textContent).toContain('Today, 1 Jan 2030, lies outside this timeline.');
    });

    test('a today marker moves with the date', async () => {
        const x = async (today: string) => Number((await render(example('en/example.pop'), { today })).dom.querySelector('svg[role="img"] line.tl-today')?.getAttribute('x1'));
        expect(await x('2027-09-01')).toBeGreaterThan(await x('2027-03-01'));
    });

    test('year labels neither run into each other nor off the chart: a chart from December to January two years on', async () => {
        const body = CLEAN_GOAL_EN.replace('start 2027-01-15', 'start 2026-12-10').replace('end 2027-12-15', 'end 2029-01-20').replace('horizon short', 'horizon long');
        const { dom } = await render(planEn(goalEn(body)));
        const svg = dom.querySelector('.timeline svg[role="img"]')!;
        const width = Number(svg.getAttribute('width'));
        const years = Array.from(svg.querySelectorAll('text.goal-label')).filter(t => /^\d{4}$/.test(t.textContent ?? ''))
            .map(t => ({ year: t.textContent, x: Number(t.getAttribute('x')) }));
        // December 2026 is one month before January 2027: no room for "2026" beside "2027".
        expect(years.map(y => y.year)).toEqual(['2027', '2028', '2029']);
        for (let i = 1; i < years.length; i++) expect(years[i].x - years[i - 1].x).toBeGreaterThan(30);
        // "2029" is 4 characters of bold 11px text: it ends inside the chart.
        expect(years[years.length - 1].x + 30).toBeLessThanOrEqual(width);
    });

    test('with no dates at all there is a sentence instead of an empty chart', async () => {
        const body = CLEAN_GOAL_EN.replace(/\n\s+start [\d-]+/, '').replace(/\n\s+end [\d-]+/, '');
        const { dom } = await render(planEn(goalEn(body)).replace(/ {4}period .*\n/, ''));
        expect(dom.querySelector('.timeline svg')).toBeNull();
        expect(dom.querySelector('.timeline p')?.textContent).toBe('No goal or action has dates yet, so there is no timeline.');
    });
});
