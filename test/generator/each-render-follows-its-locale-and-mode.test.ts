import { describe, expect, test } from 'vitest';
import { example } from '../support/paths.js';
import { goalSection, render, texts } from './dom.js';

const PLAN = [example('en/example.pop'), example('shared/organisatiedoelen.pop')];

// One services object renders many pages (the language server, the CLI): each page is in its own language and mode,
// whatever was rendered before it.
describe('each render follows its own locale and mode', () => {
    test('English, Dutch, then English again: the first and the last page are the same, the middle one Dutch', async () => {
        const first = await render(PLAN, { locale: 'en', today: '2027-06-01' });
        const dutch = await render(PLAN, { locale: 'nl', today: '2027-06-01' });
        const again = await render(PLAN, { locale: 'en', today: '2027-06-01' });
        // Each test document has a file name of its own, which the sign-off's pop verify line names.
        const named = (html: string) => html.replace(/doc\d+\.pop/g, 'plan.pop');
        expect(named(again.html)).toBe(named(first.html));

        const section = goalSection(dutch.dom, 'presenting');
        expect(texts(section as unknown as Document, 'h4').slice(0, 2)).toEqual(['SMART-toets', 'Streefwaarde en voortgang']);
        expect(texts(section as unknown as Document, '.badges .badge')[0]).toBe('SMART ✓');
        expect(texts(dutch.dom, '.overview-table thead th')).toEqual(['Doel', 'Toets', 'Wanneer', 'Uren', 'Kosten']);
        expect(texts(first.dom, '.overview-table thead th')).toEqual(['Goal', 'Check', 'When', 'Hours', 'Cost']);
        expect(texts(dutch.dom, 'table.actions thead th')[0]).toBe('Actie');
        expect(texts(first.dom, 'table.actions thead th')[0]).toBe('Action');
    });

    test('the preview adds its hint to each goal, and a file rendered afterwards does not', async () => {
        const preview = await render(PLAN, { mode: 'preview', today: '2027-06-01' });
        const file = await render(PLAN, { mode: 'file', today: '2027-06-01' });
        expect(preview.dom.querySelector('section.goal')?.getAttribute('title')).toBeTruthy();
        expect(file.dom.querySelector('section.goal')?.hasAttribute('title')).toBe(false);
    });
});
