/**
 * The rendered plan as a document to sign: a draft says so, the check's advice stays out of the body (it goes to a
 * review appendix at the end), a signed plan shows its signatures with their dates and the text's fingerprint, dates
 * are shown as written even when they are reversed, counts read as words, and long titles stay readable.
 */
import { describe, expect, it } from 'vitest';
import { catalogue, documentFingerprint } from '../../packages/language/src/index.js';
import { ruleMessage } from '../../packages/language/src/validation/rule-message.js';
import { example } from '../support/paths.js';
import { build, createServices } from '../support/services.js';
import { render, texts } from './dom.js';

const SHARED = example('shared/organisatiedoelen.pop');
const EXAMPLE = example('en/example.pop');
const NIET_SMART = example('nl/niet-smart.pop');

/** Everything of the plan's article before the review appendix: the document that is signed. */
function body(dom: Document): string {
    const article = dom.querySelector('article.plan')!;
    const clone = article.cloneNode(true) as Element;
    clone.querySelector('.review-appendix')?.remove();
    return (clone.textContent ?? '').replace(/\s+/g, ' ');
}

describe('a draft says so', () => {
    it('a plan with warnings, unsigned, is marked as a draft at the top, with both reasons, in Dutch', async () => {
        const { dom } = await render([NIET_SMART, SHARED]);
        const notice = dom.querySelector('article.plan > .draft-notice')!;
        expect(notice).not.toBeNull();
        expect(notice.getAttribute('role')).toBe('note');
        const text = (notice.textContent ?? '').replace(/\s+/g, ' ');
        expect(text).toContain('Concept: nog geen afspraak');
        expect(text).toMatch(/De controle vond \d+ problemen die eerst opgelost moeten worden/);
        expect(text).toContain('Nog niet iedereen die tekent heeft met een datum ondertekend');
        // The label that print repeats in the top margin of every page.
        expect(dom.querySelector('style')?.textContent).toContain('@page { @top-right { content: "CONCEPT";');
        expect(dom.querySelector('article.plan')!.getAttribute('data-draft')).toBe('true');
    });

    it('the clean, signed example is no draft: no notice, no label', async () => {
        const { dom } = await render([EXAMPLE, SHARED]);
        expect(dom.querySelector('.draft-notice')).toBeNull();
        expect(dom.querySelector('style')?.textContent).not.toContain('@top-right');
        expect(dom.querySelector('article.plan')!.getAttribute('data-draft')).toBe('false');
    });

    it('a clean plan that only the employee signed is a draft for that reason alone', async () => {
        const { dom } = await render([EXAMPLE.replace(/\n\s*manager "Mark Jansen" on 2027-01-10/, ''), SHARED]);
        const text = dom.querySelector('.draft-notice')?.textContent ?? '';
        expect(text).toContain('Draft: not yet an agreement');
        expect(text).toContain('Not everyone who signs it has signed with a date yet');
        expect(text).not.toContain('problem');
    });

    it('a signed plan with a warning is still a draft, naming one problem in the singular', async () => {
        const { dom } = await render([EXAMPLE.replace(/\n\s*method "Job profile[^\n]*/, ''), SHARED]);
        const text = dom.querySelector('.draft-notice')?.textContent ?? '';
        expect(text).toContain('The check found 1 problem to resolve first');
        expect(text).not.toContain('signed');
    });
});

describe("the check's advice is not in the document to sign", () => {
    it('every open finding is in the review appendix at the end, and none in the body', async () => {
        const services = createServices();
        const [document] = await build(services, NIET_SMART, SHARED);
        const { dom } = await render([NIET_SMART, SHARED]);
        const judgement = services.Pop.pop.Analysis.judge(document);
        const appendix = dom.querySelector('article.plan > .review-appendix')!;
        expect(appendix).not.toBeNull();
        expect(appendix.textContent).toContain('Bijlage voor de bespreking');
        // It is the article's last part, after the sign-off.
        expect(appendix.previousElementSibling?.classList.contains('sign-off')).toBe(true);
        const signed = body(dom);
        const messages = judgement.findings.filter(f => f.goal).map(f => ruleMessage('nl', f.code, f));
        expect(messages.length).toBeGreaterThan(5);
        const appendixText = (appendix.textContent ?? '').replace(/\s+/g, ' ');
        for (const message of messages) {
            expect(appendixText).toContain(message.replace(/\s+/g, ' '));
            expect(signed).not.toContain(message.replace(/\s+/g, ' '));
        }
        expect(signed).not.toContain("Voeg 'eind JJJJ-MM-DD' toe");
        expect(dom.querySelectorAll('.goal .problems, .goal .er-finding, .goal .accepted')).toHaveLength(0);
    });

    it('groups the advice per goal, with a link to the goal, and lists accepted findings with their reason', async () => {
        const plan = EXAMPLE.replace('goal presenting', '// pop-disable-next-line smart.time-bound.no-end -- the date follows the reorganisation\n    goal presenting')
            .replace(/\n\s*end 2027-12-15/, '');
        const { dom } = await render([plan, SHARED]);
        const appendix = dom.querySelector('.review-appendix')!;
        const links = Array.from(appendix.querySelectorAll('a[href^="#"]')).map(a => a.getAttribute('href'));
        expect(links.length).toBeGreaterThan(0);
        for (const href of links) expect(dom.querySelector(href!)).not.toBeNull();
        const accepted = texts(appendix as unknown as Document, '.accepted > li');
        expect(accepted.some(line => line.includes('the date follows the reorganisation'))).toBe(true);
    });

    it('lists a finding about a goal under that goal: a name used twice under each goal, once, not twice for the plan', async () => {
        const twice = EXAMPLE.replace(/goal (\S+) "/g, 'goal same "');
        const { dom } = await render([twice, SHARED]);
        const appendix = dom.querySelector('.review-appendix')!;
        const groups = Array.from(appendix.querySelectorAll('h3')).map(h => ({
            heading: (h.textContent ?? '').trim(),
            codes: Array.from(h.nextElementSibling?.querySelectorAll('li') ?? []).map(li => li.getAttribute('data-code')),
        }));
        const withDuplicate = groups.filter(g => g.codes.includes('ref.duplicate-name'));
        expect(withDuplicate.length).toBeGreaterThan(1);
        for (const group of withDuplicate) expect(group.codes.filter(c => c === 'ref.duplicate-name')).toHaveLength(1);
        expect(withDuplicate.map(g => g.heading)).not.toContain('The plan as a whole');
    });

    it('a plan without advice has no appendix', async () => {
        const { dom } = await render([EXAMPLE, SHARED]);
        expect(dom.querySelector('.review-appendix')).toBeNull();
    });
});

describe('the sign-off block of a signed plan', () => {
    it('shows each signature with its date, and the fingerprint of the text', async () => {
        const services = createServices();
        const [document] = await build(services, EXAMPLE, SHARED);
        const fingerprint = documentFingerprint(document, services.Pop);
        const { dom } = await render([EXAMPLE, SHARED]);
        const rows = texts(dom, '.sign-off tbody tr.signed-row');
        expect(rows).toHaveLength(2);
        for (const row of rows) expect(row).toContain('10 Jan 2027');
        const shown = dom.querySelector('.sign-off .fingerprint')!;
        expect(shown.getAttribute('data-fingerprint')).toBe(fingerprint);
        expect((shown.textContent ?? '').replace(/\s+/g, '')).toContain(fingerprint);
        expect(dom.querySelector('.sign-off')!.textContent).toContain('Fingerprint of the text (SHA-256)');
    });

    it('the fingerprint does not change when the second party signs', async () => {
        const first = await render([EXAMPLE.replace('manager "Mark Jansen" on 2027-01-10', 'manager "Mark Jansen"'), SHARED]);
        const both = await render([EXAMPLE, SHARED]);
        const of = (dom: Document) => dom.querySelector('.sign-off .fingerprint')?.getAttribute('data-fingerprint');
        expect(of(first.dom)).toMatch(/^[0-9a-f]{64}$/);
        expect(of(first.dom)).toBe(of(both.dom));
    });
});

describe('dates as written, even when reversed', () => {
    const REVERSED = EXAMPLE.replace(/start 2027-01-15\n(\s*)end 2027-12-15/, 'start 2027-10-01\n$1end 2027-02-01');

    it('a goal that ends before it starts shows both dates with their years, and says so', async () => {
        expect(REVERSED).not.toBe(EXAMPLE);
        const { dom } = await render([REVERSED, SHARED]);
        const row = dom.querySelector('.overview-table tr[data-goal="presenting"]')!;
        const when = (row.textContent ?? '').replace(/\s+/g, ' ');
        expect(when).toContain('1 Oct 2027 – 1 Feb 2027 (ends before it starts)');
        expect(when).not.toMatch(/1 Oct – 1 Feb 2027/);
        const section = dom.querySelector('section.goal[data-goal="presenting"]')!;
        expect(section.textContent).toContain('1 Oct 2027 – 1 Feb 2027 (ends before it starts)');
    });

    it('the timeline draws no bar for it and names the problem, in Dutch too', async () => {
        const { dom } = await render([REVERSED, SHARED]);
        const row = dom.querySelector('.timeline g.tl-row[data-goal="presenting"]')!;
        expect(row.textContent).toContain('ends before it starts');
        const dutch = NIET_SMART;
        const { dom: nl } = await render([dutch, SHARED]);
        // niet-smart.pop has a goal from 1 Oct to 1 Feb 2027 (the trial's case).
        expect(nl.querySelector('.overview-table')!.textContent).toContain('1 okt 2027 – 1 feb 2027 (eindigt vóór de start)');
    });
});

describe('counts read as words', () => {
    it('no "(s)" or "(en)" anywhere in the rendered examples, in either language', async () => {
        for (const plan of [EXAMPLE, NIET_SMART, example('nl/voorbeeld.pop'), example('en/not-smart.pop')]) {
            const { dom, html } = await render([plan, SHARED]);
            expect(dom.body.textContent).not.toMatch(/\w\((s|en|es)\)/);
            expect(html).not.toMatch(/\w\((s|en|es)\)/);
        }
    });

    it('one SMART goal is a goal, two are goals', async () => {
        const { dom } = await render([EXAMPLE, SHARED]);
        expect(dom.querySelector('.overview > p')?.textContent).toBe('3 of 3 SMART goals meet every criterion.');
        const one = EXAMPLE.replace(/horizon long/, 'horizon short').replace(/\n {4}goal presenting[\s\S]*?\n {4}\}\n/, '\n').replace(/\n {4}goal waiting-time[\s\S]*?\n {4}\}\n/, '\n');
        const { dom: single } = await render([one, SHARED]);
        expect(single.querySelector('.overview > p')?.textContent).toMatch(/^[01] of 1 SMART goal meets every criterion\.$/);
    });

    it('no message in either catalogue writes a plural as "(s)" or "(en)"', () => {
        for (const locale of ['en', 'nl'] as const) {
            const strings: string[] = [];
            const walk = (value: unknown) => {
                if (typeof value === 'string') strings.push(value);
                else if (value && typeof value === 'object') Object.values(value).forEach(walk);
            };
            walk(catalogue(locale));
            const offending = strings.filter(s => /[a-z]\((s|en|es)\)|probleem\/problemen/.test(s));
            expect(offending, locale).toEqual([]);
        }
    });
});

describe('long goal titles in the timeline', () => {
    it('are written in full, on as many lines as they need, and the chart holds no links', async () => {
        const title = 'Build a customer panel that meets every quarter and reports to the management team';
        const { dom } = await render([EXAMPLE.replace('"Present convincingly"', `"${title}"`), SHARED]);
        const label = dom.querySelector('.timeline g.tl-row[data-goal="presenting"] text.goal-label')!;
        const lines = Array.from(label.querySelectorAll('tspan')).map(t => t.textContent ?? '');
        expect(lines.length).toBeGreaterThan(1);
        expect(lines.join(' ')).toBe(title);
        expect(label.textContent).not.toContain('…');
        expect(dom.querySelectorAll('.timeline svg a')).toHaveLength(0);
    });
});
