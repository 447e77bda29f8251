/** Fixes beyond one rule: make this goal SMART, fix all, and how inserted lines keep the layout. */
import { describe, expect, test } from 'vitest';
import { actionsAt, fixAllFor, lineOf } from '../support/code-actions.js';
import { applyEdits, editsOf, userText } from '../support/edits.js';
import { build, codes, createServices } from '../support/services.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, replacing, without } from '../support/plans.js';

describe('make this goal SMART', () => {
    test('adds every missing part in one edit, keeping comments and text', async () => {
        const text = planEn(`    goal vague "Be a better presenter" {\n        // my own note\n        horizon short\n    }`);
        const { actions, uri, services } = await actionsAt(text, lineOf(text, 'goal vague'));
        const fix = actions.find(a => a.title.startsWith("Make goal 'vague' SMART"));
        expect(fix).toBeDefined();
        const fixed = applyEdits(text, editsOf(fix!, uri));
        for (const piece of userText(services, text)) expect(fixed).toContain(piece);
        const [after] = await build(createServices({ today: '2027-06-01' }), fixed);
        const left = codes(after.diagnostics ?? []).filter(c => /^smart\.(measurable|acceptable|realistic|time-bound)/.test(c) || c === 'smart.specific.missing');
        expect(left, fixed).toEqual([]);
    });

    test('turns an ER goal into a SMART goal', async () => {
        const text = planNl(goalNl('        soort er\n        specifiek "Beter presenteren"'));
        const { actions, uri } = await actionsAt(text, lineOf(text, 'doel presenteren'));
        const fix = actions.find(a => a.title.startsWith("Doel 'presenteren' SMART maken"));
        expect(fix, actions.map(a => a.title).join('; ')).toBeDefined();
        const fixed = applyEdits(text, editsOf(fix!, uri));
        expect(fixed).toContain('soort smart');
        expect(fixed).toContain('Beter presenteren');
        const [after] = await build(createServices({ today: '2027-06-01' }), fixed);
        expect(codes(after.diagnostics ?? [])).not.toContain('er.starting-point');
    });
});

describe('fix all', () => {
    test('applies every safe fix at once and the result parses', async () => {
        // An end from the goal's action, and dates to swap; who accepts the goal is left to the people concerned.
        const goal = `${replacing(without(without(CLEAN_GOAL_NL, 'eind'), 'acceptabel'), 'start', 'start 2027-01-15')}
        actie cursus "Presenteren" { start 2027-02-01 eind 2027-04-15 }`;
        const text = planNl(`${goalNl(goal)}\n${goalNl(replacing(CLEAN_GOAL_NL, 'eind', 'eind 2027-01-01'), 'omgekeerd')}`);
        const services = createServices();
        const [document] = await build(services, text);
        const uri = document.uri.toString();
        const fixAll = fixAllFor(services, document);
        expect(fixAll?.title).toBe('Alle automatisch op te lossen POP-problemen oplossen');
        const fixed = applyEdits(text, editsOf(fixAll!, uri));
        const [after] = await build(createServices({ today: '2027-06-01' }), fixed);
        const left = codes(after.diagnostics ?? []);
        expect(left).not.toContain('smart.time-bound.no-end');
        expect(fixed).toContain('        eind 2027-04-15\n');
        expect(left).toContain('smart.acceptable.missing');
        expect(left).not.toContain('smart.time-bound.end-before-start');
        expect(left.filter(c => c.startsWith('syntax.'))).toEqual([]);
    });

    test('is not offered when nothing can be fixed safely', async () => {
        const services = createServices();
        const [document] = await build(services, planNl(goalNl(CLEAN_GOAL_NL)));
        expect(fixAllFor(services, document)).toBeUndefined();
    });
});

describe('insertion keeps the layout', () => {
    test('a goal written on one line gets its closing brace back on its own line', async () => {
        const text = planEn(`    goal quick "Quick" { horizon short specific "Gives 4 talks" measurable 4 talks method "Count" acceptable by employee realistic "Yes" start 2027-02-01 supports customer-satisfaction }`);
        const { actions, uri } = await actionsAt(text, lineOf(text, 'goal quick'));
        const fix = actions.find(a => a.title.startsWith('Add end date'))!;
        const fixed = applyEdits(text, editsOf(fix, uri));
        expect(fixed).toMatch(/supports customer-satisfaction\n\s+end 2027-05-01\n    \}/);
    });

    test('a trailing comment stays on the line it annotates', async () => {
        const text = planEn(goalEn(`${without(CLEAN_GOAL_EN, 'end')} // linked to the strategy`));
        const { actions, uri } = await actionsAt(text, lineOf(text, 'goal presenting'));
        const fix = actions.find(a => a.title.startsWith('Add end date'))!;
        expect(applyEdits(text, editsOf(fix, uri))).toContain('supports customer-satisfaction // linked to the strategy\n        end ');
    });
});
