import { describe, expect, it } from 'vitest';
import type { CompletionItem } from 'vscode-languageserver';
import { addMonths, catalogue, endOfQuarter, formatDate, parseDate, type PopSettings } from '../../packages/language/src/index.js';
import { sketchPlan } from '../support/plans.js';
import { build, createServices } from '../support/services.js';
import { cursor } from './editor-helpers.js';

async function complete(marked: string, others: string[] = [], settings: Partial<PopSettings> = {}): Promise<CompletionItem[]> {
    const { text, position } = cursor(marked);
    const services = createServices(settings);
    const [document] = await build(services, text, ...others);
    const list = await services.Pop.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return list?.items ?? [];
}

const labels = (items: CompletionItem[]) => items.map(i => i.label);

describe('keyword completion', () => {
    it('after a target without unit, offers the next fields, not the keywords a unit may borrow', async () => {
        const offered = labels(await complete(sketchPlan('nl', '        meetbaar 10\n        |')));
        expect(offered).toEqual(expect.arrayContaining(['methode', 'acceptabel', 'eind']));
        expect(offered).not.toContain('doel');
        expect(offered).not.toContain('coaching');
        expect(offered).not.toContain('uren');
    });

    it('offers the English spelling only in an English goal', async () => {
        const offered = labels(await complete(sketchPlan('en', '        |')));
        expect(offered).toEqual(expect.arrayContaining(['specific', 'measurable', 'acceptable', 'realistic', 'start', 'end', 'action', 'supports']));
        expect(offered).not.toContain('specifiek');
        expect(offered).not.toContain('eind');
        expect(offered).not.toContain('employee');
    });

    it('offers the Dutch spelling only in a Dutch goal', async () => {
        const offered = labels(await complete(sketchPlan('nl', '        |')));
        expect(offered).toEqual(expect.arrayContaining(['specifiek', 'meetbaar', 'acceptabel', 'realistisch', 'start', 'eind', 'actie', 'draagt-bij-aan']));
        expect(offered).not.toContain('specific');
        expect(offered).not.toContain('end');
    });

    it('offers only what is valid where the cursor is: plan fields in a plan, not goal fields', async () => {
        const offered = labels(await complete('plan "P" {\n    medewerker "An"\n    |\n}'));
        expect(offered).toEqual(expect.arrayContaining(['leidinggevende', 'periode', 'doel', 'uitgangspunten']));
        expect(offered).not.toContain('specifiek');
        expect(offered).not.toContain('manager');
    });

    it('explains each keyword in the document\'s language', async () => {
        const item = (await complete(sketchPlan('nl', '        |'))).find(i => i.label === 'meetbaar');
        expect(item?.documentation).toBe(catalogue('nl').editor.fields.measurable);
    });

    it('follows the locale setting in a file with no keywords yet', async () => {
        const offered = labels(await complete('|', [], { locale: 'nl' }));
        expect(offered).toContain('organisatie');
        expect(offered).not.toContain('organisation');
        expect(labels(await complete('|'))).toContain('organisation');
    });
});

describe('action types', () => {
    it('lists the action types in English after "action"', async () => {
        const items = await complete(sketchPlan('en', '        action |'));
        expect(labels(items)).toEqual(expect.arrayContaining(['course', 'training', 'education', 'internship', 'secondment', 'shadowing', 'coaching', 'other']));
        expect(labels(items)).not.toContain('cursus');
        expect(items.find(i => i.label === 'course')?.detail).toBe(catalogue('en').editor.completion.actionType);
    });

    it('lists the action types in Dutch after "actie"', async () => {
        const offered = labels(await complete(sketchPlan('nl', '        actie |')));
        expect(offered).toEqual(expect.arrayContaining(['cursus', 'training', 'opleiding', 'stage', 'detachering', 'meelopen', 'overig']));
        expect(offered).not.toContain('course');
    });
});

describe('reference completion', () => {
    const orgFile = 'organisatie "O" {\n    organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5" uiterlijk 2028-12-31\n}';

    it('offers organisation goals from this file and from others', async () => {
        const text = `plan "P" {
    uitgangspunten {
        organisatiedoel teamkwaliteit "Elk team een verbeterplan"
    }
    doel praten "Praten" {
        draagt-bij-aan |
    }
}`;
        const items = await complete(text, [orgFile]);
        expect(labels(items)).toEqual(expect.arrayContaining(['klanttevredenheid', 'teamkwaliteit']));
        const item = items.find(i => i.label === 'klanttevredenheid');
        expect(item?.detail).toBe(catalogue('nl').editor.completion.orgGoal);
        expect(item?.documentation).toBe('Klanttevredenheid naar 8,5 (2028-12-31)');
    });

    it('offers long-term and ER goals after derived-from, not short-term goals or the goal itself', async () => {
        const text = `plan "P" {
    goal lead "Lead" { horizon long }
    goal better "Better service" { kind er }
    goal other "Other" { horizon short }
    goal talk "Talk" {
        horizon short
        derived-from |
    }
}`;
        const offered = labels(await complete(text));
        expect(offered).toEqual(expect.arrayContaining(['lead', 'better']));
        expect(offered).not.toContain('other');
        expect(offered).not.toContain('talk');
    });
});

describe('date completion', () => {
    it('offers three months after the start, today, end of quarter and the plan period at an end date', async () => {
        const today = '2027-05-10';
        const items = await complete(sketchPlan('en', '        start 2027-01-15\n        end |'), [], { today });
        const day = parseDate(today)!;
        const expected = [formatDate(addMonths(parseDate('2027-01-15')!, 3)), today, formatDate(endOfQuarter(day)), '2027-01-01', '2027-12-31'];
        expect(labels(items)).toEqual(expected);
        const texts = catalogue('en').editor.completion;
        expect(items.map(i => i.detail)).toEqual([texts.threeMonthsAfterStart, texts.today, texts.endOfQuarter, texts.planStart, texts.planEnd]);
    });

    it('offers dates with Dutch descriptions in a Dutch plan, also in an action', async () => {
        const items = await complete(sketchPlan('nl', '        actie cursus "C" {\n            start 2027-02-01\n            eind |\n        }'));
        expect(labels(items)).toContain('2027-05-01');
        expect(items.find(i => i.label === '2027-05-01')?.detail).toBe(catalogue('nl').editor.completion.threeMonthsAfterStart);
        expect(items.find(i => i.label === '2027-12-31')?.detail).toBe(catalogue('nl').editor.completion.planEnd);
    });
});
