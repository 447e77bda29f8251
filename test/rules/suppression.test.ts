/** suppression.*: what the comments read as, what they suppress, and the comments that suppress nothing. */
import { describe, expect, test } from 'vitest';
import type { Diagnostic } from 'vscode-languageserver';
import { isPlan } from '../../packages/language/src/index.js';
import { readSuppressions } from '../../packages/language/src/validation/suppressions.js';
import { lineOf } from '../support/code-actions.js';
import { describeRuleCases } from '../support/rule-case.js';
import { CLEAN_GOAL_EN, CLEAN_GOAL_NL, goalEn, goalNl, planEn, planNl, planWithGoalEn, without } from '../support/plans.js';
import { build, codes, createServices, diagnosticsOf, TODAY } from '../support/services.js';
import { CASES } from './suppression.cases.js';

describeRuleCases('suppression', CASES);

/** Reads the comments of a text with line numbers counted from its line feeds. */
function read(text: string) {
    const positionAt = (offset: number) => {
        const before = text.slice(0, offset).split('\n');
        return { line: before.length - 1, character: before.at(-1)!.length };
    };
    return readSuppressions(text, positionAt).map(d => ({
        kind: d.kind, codes: d.codes.map(c => c.code), reason: d.reason, line: d.line,
        // Each code's offsets point at its text.
        spelled: d.codes.map(c => text.slice(c.start, c.end)), comment: text.slice(d.start, d.end),
    }));
}

describe('suppression comments read as', () => {
    test('each of the four forms, with codes, the reason after --, and the line a next-line comment covers', () => {
        const text = [
            'plan "P" {',
            '    // pop-disable-next-line smart.measurable.no-target, plan -- agreed with Mark',
            '    // pop-disable smart.time-bound',
            '    // pop-enable smart.time-bound',
            '    // pop-disable-file date.overdue  smart.realistic -- a reason -- with dashes',
            '}',
        ].join('\n');
        expect(read(text)).toEqual([
            { kind: 'next-line', codes: ['smart.measurable.no-target', 'plan'], reason: 'agreed with Mark', line: 2, spelled: ['smart.measurable.no-target', 'plan'], comment: '// pop-disable-next-line smart.measurable.no-target, plan -- agreed with Mark' },
            { kind: 'disable', codes: ['smart.time-bound'], reason: undefined, line: 3, spelled: ['smart.time-bound'], comment: '// pop-disable smart.time-bound' },
            { kind: 'enable', codes: ['smart.time-bound'], reason: undefined, line: 4, spelled: ['smart.time-bound'], comment: '// pop-enable smart.time-bound' },
            { kind: 'file', codes: ['date.overdue', 'smart.realistic'], reason: 'a reason -- with dashes', line: 5, spelled: ['date.overdue', 'smart.realistic'], comment: '// pop-disable-file date.overdue  smart.realistic -- a reason -- with dashes' },
        ]);
    });

    test('block comments too; a next-line block comment covers the line after its end', () => {
        const text = 'plan "P" {\n    /* pop-disable-next-line plan.unsigned\n       -- signed on paper */\n}';
        expect(read(text)).toMatchObject([{ kind: 'next-line', codes: ['plan.unsigned'], reason: 'signed on paper', line: 3 }]);
        expect(read('/*pop-disable-file plan*/')).toMatchObject([{ kind: 'file', codes: ['plan'], reason: undefined }]);
    });

    test('no code, or -- without a reason, is read as written', () => {
        expect(read('//pop-disable-next-line')).toMatchObject([{ kind: 'next-line', codes: [], reason: undefined }]);
        expect(read('// pop-enable -- ')).toMatchObject([{ kind: 'enable', codes: [], reason: undefined }]);
    });

    test('but not the words elsewhere: after other text in a comment, inside a string or another comment, or misspelt', () => {
        const text = [
            'plan "// pop-disable-file plan" {',
            '    // see pop-disable-file plan',
            '    /* // pop-disable-file plan */',
            '    // /* pop-disable-file plan */',
            '    // pop-disable-nextline plan',
            '    // pop-disablefile plan',
            '    employee "a \\" // pop-disable-file plan"',
            '}',
        ].join('\n');
        expect(read(text)).toEqual([]);
    });

    test('after an unclosed string or block comment, comments are read as the lexer reads them', () => {
        expect(read('plan "P {\n// pop-disable-file plan\n}')).toMatchObject([{ kind: 'file', codes: ['plan'] }]);
        expect(read('/* never closed\n// pop-disable-file plan\n')).toMatchObject([{ kind: 'file', codes: ['plan'] }]);
    });
});

/** The codes reported on a zero-based line. */
function onLine(diagnostics: readonly Diagnostic[], line: number): string[] {
    return diagnostics.filter(d => d.range.start.line === line).map(d => String(d.code)).sort();
}

/** A goal without target, method and end: smart.measurable.no-target, no-method and smart.time-bound.no-end on its name. */
const LACKING_EN = goalEn(without(CLEAN_GOAL_EN, 'measurable', 'method', 'end'));
const LACKING_NL = goalNl(without(CLEAN_GOAL_NL, 'meetbaar', 'methode', 'eind'), 'praten');

describe('what a suppression suppresses', () => {
    test('pop-disable-next-line: the codes it names on the next line, and nothing further down', async () => {
        const text = planEn(`    // pop-disable-next-line smart.time-bound.no-end\n${LACKING_EN}\n${goalEn(without(CLEAN_GOAL_EN, 'end'), 'second')}`);
        const diagnostics = await diagnosticsOf(text, { today: TODAY });
        expect(onLine(diagnostics, lineOf(text, 'goal presenting'))).toEqual(['smart.measurable.no-method', 'smart.measurable.no-target']);
        expect(onLine(diagnostics, lineOf(text, 'goal second'))).toEqual(['smart.time-bound.no-end']);
    });

    test('a prefix covers every code under it, on a dot only', async () => {
        const whole = planEn(`    // pop-disable-next-line smart\n${LACKING_EN}`);
        expect(codes(await diagnosticsOf(whole, { today: TODAY }))).toEqual([]);
        const group = planEn(`    // pop-disable-next-line smart.measurable\n${LACKING_EN}`);
        expect(codes(await diagnosticsOf(group, { today: TODAY }))).toEqual(['smart.time-bound.no-end']);
        const partial = planEn(`    // pop-disable-next-line smart.meas\n${LACKING_EN}`);
        expect(codes(await diagnosticsOf(partial, { today: TODAY })).sort())
            .toEqual(['smart.measurable.no-method', 'smart.measurable.no-target', 'smart.time-bound.no-end', 'suppression.unknown-code']);
    });

    test('pop-disable … pop-enable: between the two only; without pop-enable, to the end of the file', async () => {
        const goals = [goalEn(without(CLEAN_GOAL_EN, 'end'), 'a'), goalEn(without(CLEAN_GOAL_EN, 'end'), 'b'), goalEn(without(CLEAN_GOAL_EN, 'end'), 'c')];
        const closed = planEn(`${goals[0]}\n    // pop-disable smart.time-bound -- dates follow\n${goals[1]}\n    // pop-enable smart.time-bound\n${goals[2]}`);
        const diagnostics = await diagnosticsOf(closed, { today: TODAY });
        expect(diagnostics.map(d => (d.data as { goal?: string }).goal)).toEqual(['a', 'c']);
        const open = planEn(`${goals[0]}\n    // pop-disable smart.time-bound -- dates follow\n${goals[1]}\n${goals[2]}`);
        expect((await diagnosticsOf(open, { today: TODAY })).map(d => (d.data as { goal?: string }).goal)).toEqual(['a']);
    });

    test('pop-enable with a prefix ends the blocks of the codes under it; a bare one ends them all', async () => {
        const goal = (name: string) => goalEn(without(CLEAN_GOAL_EN, 'end', 'method'), name);
        const text = planEn(`    // pop-disable smart.time-bound.no-end\n    // pop-disable smart.measurable.no-method\n${goal('a')}\n    // pop-enable smart.time-bound\n${goal('b')}\n    // pop-enable\n${goal('c')}`);
        const diagnostics = await diagnosticsOf(text, { today: TODAY });
        expect(diagnostics.map(d => `${(d.data as { goal?: string }).goal} ${d.code}`)).toEqual([
            'b smart.time-bound.no-end', 'c smart.measurable.no-method', 'c smart.time-bound.no-end',
        ]);
    });

    test('pop-disable-file: the whole file, wherever the comment stands', async () => {
        const text = planEn(`${LACKING_EN}\n${goalEn(without(CLEAN_GOAL_EN, 'end'), 'second')}`) + '// pop-disable-file smart.time-bound.no-end, smart.measurable -- agreed\n';
        expect(codes(await diagnosticsOf(text, { today: TODAY }))).toEqual([]);
    });

    test('plan-wide findings too, in Dutch', async () => {
        const text = planNl(goalNl(CLEAN_GOAL_NL)).replace(/ {4}ondertekening \{[^}]*\}\n/, '')
            .replace('plan "POP 2027" {', '// pop-disable-next-line plan.unsigned -- op papier getekend\nplan "POP 2027" {');
        expect(codes(await diagnosticsOf(text, { today: TODAY }))).toEqual([]);
        expect(codes(await diagnosticsOf(text.replace('// pop-disable-next-line plan.unsigned -- op papier getekend\n', ''), { today: TODAY }))).toEqual(['plan.unsigned']);
    });

    test('never a syntax error or an unresolved reference', async () => {
        const text = planEn(`    // pop-disable-next-line syntax, ref.unresolved\n    goal broken "B" { supports nowhere specific }`);
        const diagnostics = await diagnosticsOf(text, { today: TODAY });
        const line = lineOf(text, 'goal broken');
        expect(onLine(diagnostics, line)).toContain('syntax.unexpected-token');
        expect(onLine(diagnostics, line)).toContain('ref.unresolved');
        expect(onLine(diagnostics, line - 1)).toEqual(['suppression.not-suppressible', 'suppression.not-suppressible']);
    });
});

describe('a suppression that suppresses nothing', () => {
    test('is reported on the code that did nothing, while the others in the comment work', async () => {
        const text = planEn(`    // pop-disable-next-line smart.time-bound.no-end, plan.unsigned -- agreed\n${goalEn(without(CLEAN_GOAL_EN, 'end'))}`);
        const diagnostics = await diagnosticsOf(text, { today: TODAY });
        expect(codes(diagnostics)).toEqual(['suppression.unused']);
        const [unused] = diagnostics;
        const line = text.split('\n')[unused.range.start.line];
        expect(line.slice(unused.range.start.character, unused.range.end.character)).toBe('plan.unsigned');
        expect(unused.severity).toBe(2);
    });

    test('as is a pop-enable without a pop-disable before it', async () => {
        const text = planWithGoalEn(`${CLEAN_GOAL_EN}\n        // pop-enable smart.time-bound`);
        expect(codes(await diagnosticsOf(text, { today: TODAY }))).toEqual(['suppression.unused']);
    });

    test('when the rule is turned off, the suppression has nothing left to do; turning suppression.unused off silences that', async () => {
        const text = planEn(`    // pop-disable-next-line smart.time-bound.no-end\n${goalEn(without(CLEAN_GOAL_EN, 'end'))}`);
        expect(codes(await diagnosticsOf(text, { today: TODAY, severity: { 'smart.time-bound': 'off' } }))).toEqual(['suppression.unused']);
        expect(codes(await diagnosticsOf(text, { today: TODAY, severity: { 'smart.time-bound': 'off', suppression: 'off' } }))).toEqual([]);
    });
});

describe('the judgement every view reads', () => {
    test('keeps suppressed findings apart, with the comment that accepts them, and counts the goal\'s letters as met', async () => {
        const services = createServices({ today: TODAY });
        const [document] = await build(services, planNl(`    // pop-disable-next-line smart.measurable -- afgesproken\n${LACKING_NL}`));
        const judgement = services.Pop.pop.Analysis.judge(document);
        expect(judgement.findings.map(f => f.code)).toEqual(['smart.time-bound.no-end']);
        expect(judgement.suppressed.map(s => [s.finding.code, s.directive.reason])).toEqual([
            ['smart.measurable.no-target', 'afgesproken'], ['smart.measurable.no-method', 'afgesproken'],
        ]);
        const goal = document.parseResult.value.items.filter(isPlan).flatMap(plan => plan.goals).find(g => g.name === 'praten')!;
        expect(judgement.byGoal.get(goal)?.map(f => f.code)).toEqual(['smart.time-bound.no-end']);
    });
});
