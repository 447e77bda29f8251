import { describe, expect, it } from 'vitest';
import type { InlayHint } from 'vscode-languageserver';
import { sketchPlan } from '../support/plans.js';
import { build, createServices } from '../support/services.js';

async function hints(text: string, today: string): Promise<InlayHint[]> {
    const services = createServices({ today });
    const [document] = await build(services, text);
    const range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(text.length) };
    return (await services.Pop.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range })) ?? [];
}

describe('inlay hints after a goal\'s end date', () => {
    it('shows the duration and the days left in English, right after the date', async () => {
        const found = await hints(sketchPlan('en', '        start 2027-01-15\n        end 2027-12-15'), '2027-11-22');
        expect(found).toHaveLength(1);
        expect(found[0].label).toBe('11 months · 23 days left');
        expect(found[0].position).toEqual({ line: 5, character: 22 });
        expect(found[0].paddingLeft).toBe(true);
    });

    it('shows them in Dutch', async () => {
        const found = await hints(sketchPlan('nl', '        start 2027-01-15\n        eind 2027-12-15'), '2027-11-22');
        expect(found.map(h => h.label)).toEqual(['11 maanden · nog 23 dagen']);
    });

    it('says how far a goal is overdue, in both languages', async () => {
        expect((await hints(sketchPlan('en', '        end 2027-03-01'), '2027-03-06')).map(h => h.label)).toEqual(['overdue by 5 days']);
        expect((await hints(sketchPlan('nl', '        eind 2027-03-01'), '2027-03-06')).map(h => h.label)).toEqual(['5 dagen over tijd']);
        expect((await hints(sketchPlan('en', '        end 2027-03-01'), '2027-03-02')).map(h => h.label)).toEqual(['overdue by 1 day']);
        expect((await hints(sketchPlan('nl', '        eind 2027-03-01'), '2027-03-01')).map(h => h.label)).toEqual(['vandaag']);
    });

    it('rounds durations to whole months, and shows short goals in days', async () => {
        expect((await hints(sketchPlan('en', '        start 2027-03-01\n        end 2027-10-31'), '2027-01-01'))[0].label).toMatch(/^8 months · /);
        expect((await hints(sketchPlan('en', '        start 2027-03-01\n        end 2027-04-01'), '2027-01-01'))[0].label).toMatch(/^1 month · /);
        expect((await hints(sketchPlan('nl', '        start 2027-03-01\n        eind 2027-03-11'), '2027-01-01'))[0].label).toMatch(/^10 dagen · /);
    });

    it('leaves out the countdown for a goal that is done', async () => {
        expect((await hints(sketchPlan('en', '        status done\n        start 2027-01-01\n        end 2027-02-01'), '2027-06-01')).map(h => h.label)).toEqual(['1 month']);
    });

    it('gives no hint without an end date, or for an impossible date', async () => {
        expect(await hints(sketchPlan('en', '        start 2027-01-01'), '2027-06-01')).toEqual([]);
        expect(await hints(sketchPlan('en', '        end 2027-02-30'), '2027-06-01')).toEqual([]);
    });
});
