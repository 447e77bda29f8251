import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { build, createServices, diagnosticsOf } from '../support/services.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl } from '../support/plans.js';

describe('a complete SMART plan has no problems', () => {
    test('in Dutch', async () => {
        expect(await diagnosticsOf(planNl(goalNl(CLEAN_GOAL_NL)))).toEqual([]);
    });

    test('in English', async () => {
        expect(await diagnosticsOf(planEn(goalEn(CLEAN_GOAL_EN)))).toEqual([]);
    });

    test('the bundled examples are clean, with the shared organisation goals', async () => {
        const services = createServices({ today: '2027-06-01' });
        const read = (p: string) => readFileSync(new URL(`../../examples/${p}`, import.meta.url), 'utf8');
        const documents = await build(services, read('shared/organisatiedoelen.pop'), read('nl/voorbeeld.pop'), read('en/example.pop'));
        for (const document of documents) expect(document.diagnostics).toEqual([]);
    });
});
