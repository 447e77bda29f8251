import { describe, expect, test } from 'vitest';
import { CLEAN_GOAL_EN, goalEn, planEn, without } from '../support/plans.js';
import { example } from '../support/paths.js';
import { goalSection, render, texts } from './dom.js';

const EXAMPLES = [example('nl/voorbeeld.pop'), example('shared/organisatiedoelen.pop')];
const EXAMPLES_EN = [example('en/example.pop'), example('shared/organisatiedoelen.pop')];

describe('a rendered plan is one self-contained HTML5 document', () => {
    test('it declares its language and loads nothing from elsewhere', async () => {
        const { html, dom } = await render(EXAMPLES);
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(dom.documentElement.getAttribute('lang')).toBe('nl');
        expect(dom.querySelectorAll('script, link, img, iframe, object, embed')).toHaveLength(0);
        expect(dom.querySelectorAll('style')).toHaveLength(1);
        expect(html).not.toMatch(/(src|href)=["'](https?:)?\/\//);
        expect(html).not.toMatch(/@import|url\(/);
        const policy = dom.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content');
        expect(policy).toContain("default-src 'none'");
    });

    test('headings and labels are Dutch for a Dutch plan and English for an English one', async () => {
        const nl = (await render(EXAMPLES)).dom;
        const en = (await render(EXAMPLES_EN)).dom;
        expect(texts(nl, 'h2')).toEqual(['Facilitering door de werkgever', 'In één oogopslag', 'Tijdlijn', 'Uitgangspunten', 'Ontwikkeldoelen', 'Ondertekening']);
        expect(texts(en, 'h2')).toEqual(['Facilitation by the employer', 'At a glance', 'Timeline', 'Starting points', 'Development goals', 'Sign-off']);
        expect(en.documentElement.getAttribute('lang')).toBe('en');
        expect(texts(nl, '.facts dt')).toEqual(['Medewerker', 'Functie', 'Leidinggevende', 'Periode', 'Aanleiding']);
        expect(texts(en, '.facts dt')).toEqual(['Employee', 'Role', 'Manager', 'Period', 'Reason']);
    });

    test('the locale option overrides the plan language', async () => {
        const { dom } = await render(EXAMPLES, { locale: 'en' });
        expect(dom.documentElement.getAttribute('lang')).toBe('en');
        expect(texts(dom, 'h2')).toContain('Development goals');
    });

    test('the header names the people, the period and the facilitation planned against used', async () => {
        const { dom } = await render(EXAMPLES_EN);
        expect(texts(dom, 'h1')).toEqual(['PDP 2027 Sam Bakker']);
        expect(texts(dom, '.facts dd')).toEqual(['Sam Bakker', 'Customer service team lead', 'Mark Jansen', '1 Jan 2027 to 31 Dec 2027', 'Development, Something else']);
        const rows = Array.from(dom.querySelectorAll('.facilitation tbody tr')).map(r => texts(r as unknown as Document, 'th, td'));
        expect(rows).toEqual([['Budget', '€ 3,500', '€ 3,445', '€ 55'], ['Hours', '80 h', '76 h', '4 h']]);
    });

    test('spending over the budget is flagged', async () => {
        const goal = goalEn(`${CLEAN_GOAL_EN}\n        action course "Expensive" { cost € 3,000 hours 100 }`);
        const { dom } = await render(planEn(goal));
        expect(texts(dom, '.facilitation .over')).toEqual(['over by € 500', 'over by 20 h']);
    });

    test('the four starting points are shown under their own headings', async () => {
        const { dom } = await render(EXAMPLES_EN);
        expect(texts(dom, '.starting-points > section > h3')).toEqual([
            "The organisation's long-term goals", 'Current and future job requirements', 'Functioning', 'Career wishes',
        ]);
        expect(texts(dom, '.starting-points li')).toContain('Every team works with its own improvement plan (by 31 Dec 2027)');
    });

    test('the organisation goals the plan\'s goals support from a shared file are starting points too, each once', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const listed = texts(dom, '.starting-points > section:first-child li');
        // Named in the plan first, then those its goals support from the organisation's shared file.
        expect(listed[0]).toBe('Every team works with its own improvement plan (by 31 Dec 2027)');
        expect(listed).toContain('Klanttevredenheid van de cliënten naar gemiddeld 8,5 (by 31 Dec 2028)');
        expect(new Set(listed).size).toBe(listed.length);
        const none = (await render(planEn(goalEn(CLEAN_GOAL_EN.replace(/\n\s+supports .*/, ''))).replace(/ {4}organisation-goal .*\n/, ''))).dom;
        expect(texts(none, '.starting-points > section:first-child p')).toEqual(['The plan names no organisation goals, and none of its goals supports one.']);
    });
});

describe('each goal has its own section', () => {
    test('with title, kind, horizon, scope, dates and statement', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const section = goalSection(dom, 'waiting-time');
        expect(section.querySelector('h3')?.textContent).toBe('Shorter waiting time on the phone');
        expect(texts(section as unknown as Document, '.badges .badge')).toEqual(['SMART ✓', 'SMART goal', 'Short term', 'Team', '1 Mar – 31 Oct 2027']);
        expect(section.querySelector('.statement')?.textContent).toBe('The team answers 85% of calls within 30 seconds');
    });

    test('the supported organisation goals are named, from another file too', async () => {
        const { dom } = await render(EXAMPLES_EN);
        expect(texts(goalSection(dom, 'presenting') as unknown as Document, '.supports li')).toEqual([
            'Klanttevredenheid van de cliënten naar gemiddeld 8,5 (by 31 Dec 2028)',
            'Every team works with its own improvement plan (by 31 Dec 2027)',
        ]);
    });

    test('a derived goal links to the goal it derives from', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const link = goalSection(dom, 'presenting').querySelector('.derived a');
        expect(link?.textContent).toBe('Grow into department manager');
        expect(dom.getElementById(link!.getAttribute('href')!.slice(1))?.getAttribute('data-goal')).toBe('leadership');
    });

    test('the actions table lists type, provider, dates, hours and cost, with totals', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const table = goalSection(dom, 'presenting').querySelector('table.actions')!;
        expect(texts(table as unknown as Document, 'thead th')).toEqual(['Action', 'Type', 'Provider', 'When', 'Hours', 'Cost']);
        const rows = Array.from(table.querySelectorAll('tbody tr')).map(r => texts(r as unknown as Document, 'th, td'));
        expect(rows).toEqual([
            ['Presenting with impact', 'Course', 'Schouten & Nelissen', '1 Feb – 15 Mar 2027', '16 h', '€ 895'],
            ['Shadow the department manager at management presentations', 'Shadowing', '—', '20 Jan – 30 Apr 2027', '8 h', '—'],
        ]);
        expect(table.querySelector('[data-total="hours"]')?.textContent).toBe('24 h');
        expect(table.querySelector('[data-total="cost"]')?.textContent).toBe('€ 895');
    });

    test('cancelled actions are listed but left out of the totals', async () => {
        const goal = goalEn(`${CLEAN_GOAL_EN}
        action course "Kept" { hours 10 cost € 100 }
        action course "Dropped" { hours 5 cost € 50 status cancelled }`);
        const { dom } = await render(planEn(goal));
        const table = goalSection(dom, 'presenting').querySelector('table.actions')!;
        expect(table.querySelectorAll('tbody tr')).toHaveLength(2);
        expect(table.querySelector('[data-total="hours"]')?.textContent).toBe('10 h');
        expect(table.querySelector('[data-total="cost"]')?.textContent).toBe('€ 100');
    });

    test('a cancelled goal is listed as cancelled, and left out of the SMART count and the totals', async () => {
        const kept = goalEn(`${CLEAN_GOAL_EN}\n        action course "Kept" { hours 10 cost € 100 }`);
        const dropped = goalEn(`        specific "Completes the Employment Law course"\n        status cancelled\n        action course "Law" { hours 5 cost € 3,000 }`, 'law');
        const { dom } = await render(planEn(`${kept}\n${dropped}`));
        const overview = dom.querySelector('.overview')!;
        expect(overview.querySelector('p')?.textContent).toBe('1 of 1 SMART goal meets every criterion.');
        const row = overview.querySelector('tr[data-goal="law"]')!;
        expect(row.getAttribute('data-status')).toBe('cancelled');
        expect(row.querySelector('th .badge')?.textContent).toBe('Cancelled');
        expect(overview.querySelector('[data-total="hours"]')?.textContent).toBe('10 h');
        expect(overview.querySelector('[data-total="cost"]')?.textContent).toBe('€ 100');
        // The employer facilitates the goals that go ahead: the cancelled goal's € 3,000 is not "used".
        expect(dom.body.textContent).not.toContain('€ 3,100');
    });

    test('the overview gives each goal its verdict, dates and cost, and the plan total', async () => {
        const { dom } = await render(EXAMPLES);
        const rows = Array.from(dom.querySelectorAll('.overview-table tbody tr'));
        expect(rows.map(r => r.getAttribute('data-goal'))).toEqual(['leidinggeven', 'presenteren', 'wachttijd']);
        expect(rows[1].querySelectorAll('.letter.met')).toHaveLength(5);
        expect(texts(rows[1] as unknown as Document, '.badge')).toEqual(['SMART ✓']);
        expect(texts(rows[1] as unknown as Document, 'td').slice(1)).toEqual(['15 jan – 15 dec 2027', '24 u', '€ 895']);
        expect(dom.querySelector('.overview-table [data-total="cost"]')?.textContent).toBe('€ 3.445');
        expect(dom.querySelector('.overview-table [data-total="hours"]')?.textContent).toBe('76 u');
    });
});

describe('progress towards the target comes from the reviews', () => {
    test('the bar shows how far the latest measurement is from baseline to target', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const bar = goalSection(dom, 'presenting').querySelector('progress.bar')!;
        expect(bar.getAttribute('value')).toBe('25');
        expect(bar.getAttribute('max')).toBe('100');
        expect(texts(goalSection(dom, 'presenting') as unknown as Document, '.progress dd')).toEqual(['0 presentations', '1 presentations on 1 Apr 2027', '4 presentations']);
        expect(texts(goalSection(dom, 'presenting') as unknown as Document, 'table.reviews tbody td')).toEqual(['1 presentations', 'First presentation given; score 7.2. Needs more structure.']);
    });

    test('a falling target counts progress downwards, and the latest review wins', async () => {
        const body = without(CLEAN_GOAL_EN, 'measurable').replace('method', 'measurable 30 seconds\n        baseline 90 seconds\n        method');
        const goal = goalEn(`${body}
        review 2027-05-01 { measured 45 seconds }
        review 2027-03-01 { measured 80 seconds }`);
        const { dom } = await render(planEn(goal));
        expect(goalSection(dom, 'presenting').querySelector('progress.bar')?.getAttribute('value')).toBe('75');
    });

    test('without a measurement there is no bar, only the figures', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const section = goalSection(dom, 'waiting-time');
        expect(section.querySelector('progress')).toBeNull();
        expect(texts(section as unknown as Document, '.progress dd')).toEqual(['62%', 'No measurement yet.', '85%']);
    });
});

describe('the sign-off', () => {
    test('shows who agreed and when', async () => {
        const { dom } = await render(EXAMPLES_EN);
        const rows = Array.from(dom.querySelectorAll('.sign-off tbody tr')).map(r => texts(r as unknown as Document, 'th, td'));
        expect(rows).toEqual([['Employee', 'Sam Bakker', '10 Jan 2027', '✓ Agreed'], ['Manager', 'Mark Jansen', '10 Jan 2027', '✓ Agreed']]);
    });

    test('leaves empty lines to sign for whoever has not signed', async () => {
        const { dom } = await render(planEn(goalEn(CLEAN_GOAL_EN)).replace('        manager "Mark Jansen" on 2027-01-11\n', ''));
        const unsigned = Array.from(dom.querySelectorAll('.sign-off tr.unsigned-row'));
        expect(unsigned.map(r => texts(r as unknown as Document, 'th, td'))).toEqual([['Manager', 'Mark Jansen', '', '']]);
        expect(unsigned[0].querySelectorAll('td.line')).toHaveLength(2);
        const none = (await render(planEn(goalEn(CLEAN_GOAL_EN)).replace(/ {4}sign-off \{[^}]*\}\n/, ''))).dom;
        expect(texts(none, '.sign-off tbody th')).toEqual(['Employee', 'Manager']);
        expect(none.querySelector('.sign-off p')?.textContent).toContain('Not signed yet.');
    });

    test('a name without a date is an open place to sign, never shown as agreed', async () => {
        const undated = planEn(goalEn(CLEAN_GOAL_EN)).replace(/ {4}sign-off \{[^}]*\}\n/, '    sign-off {\n        manager "Peter Bakker"\n    }\n');
        const { dom } = await render(undated);
        expect(dom.querySelector('.sign-off .signed')).toBeNull();
        const rows = Array.from(dom.querySelectorAll('.sign-off tr.unsigned-row')).map(r => texts(r as unknown as Document, 'th, td'));
        expect(rows).toContainEqual(['Manager', 'Peter Bakker', '', '']);
        expect(rows).toContainEqual(['Employee', expect.any(String), '', '']);
        expect(dom.querySelector('.sign-off p')?.textContent).toContain('Not signed yet.');
    });
});
