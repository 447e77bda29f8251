/**
 * The reader against the labelled corpus: the targets hold on our own statements, so a change that makes
 * the reader disagree with the coach more often, or that makes a preferred fix write a wrong number, fails here.
 * `npm run accuracy -- --verbose` lists every difference.
 */
import { describe, expect, test } from 'vitest';
import { CORPUS, readingLines, report, score } from './score.js';

const figures = score();

describe('the statement corpus', () => {
    test('holds at least 300 statements, about half Dutch and half English', () => {
        expect(CORPUS.length).toBeGreaterThanOrEqual(300);
        expect(figures.nl.statements).toBeGreaterThan(CORPUS.length * 0.4);
        expect(figures.en.statements).toBeGreaterThan(CORPUS.length * 0.4);
        expect(new Set(CORPUS.map(s => s.text)).size).toBe(CORPUS.length);
    });

    for (const language of ['nl', 'en'] as const) {
        describe(language === 'nl' ? 'in Dutch' : 'in English', () => {
            const f = figures[language];
            test('the specific check agrees with the coach on at least 97 % of statements', () => {
                expect(f.accuracy, report(figures, true)).toBeGreaterThanOrEqual(0.97);
            });
            test('the target fix offers the right number for at least 90 % of quantified statements', () => {
                expect(f.rightTarget, report(figures, true)).toBeGreaterThanOrEqual(0.9);
            });
            test('no preferred fix writes a wrong target', () => {
                expect(figures.outcomes.filter(o => o.statement.lang === language && o.wrongPreferred).map(o => o.statement.text)).toEqual([]);
            });
            test('a result done or not done gets a binary target in at least 90 % of cases', () => {
                expect(f.rightBinary, report(figures, true)).toBeGreaterThanOrEqual(0.9);
            });
            test('the deadline read from the statement is right in at least 90 % of the statements that name one', () => {
                expect(f.rightDeadlines, report(figures, true)).toBeGreaterThanOrEqual(0.9);
            });
        });
    }

    test('covers every pattern of the issue in both languages', () => {
        const patterns = ['date-digits', 'name-digits', 'number-words', 'percent', 'halving', 'frequency', 'dozen', 'vague-context',
            'zero', 'focus', 'range', 'target-choice', 'function-word-unit', 'completion', 'comparative', 'deadline', 'start-date', 'behaviour'];
        for (const language of ['nl', 'en'] as const) {
            const covered = new Set(CORPUS.filter(s => s.lang === language).flatMap(s => s.patterns));
            expect(patterns.filter(p => !covered.has(p as never)), language).toEqual([]);
        }
    });

    test('a reading, as `npm run accuracy -- --readings` writes it, shows the verdict, targets, fix-all\'s choice and dates', () => {
        expect(readingLines('De NPS stijgt van 32 naar 45 voor 1 juli')).toBe(
            'S | De NPS stijgt van 32 naar 45 voor 1 juli\n    targets: 45 NPS | preferred 45 NPS | end 2027-07-01');
        expect(readingLines('Ik wil beter leren plannen')).toBe('- | Ik wil beter leren plannen\n    targets: ');
        expect(readingLines('Vanaf maart elke maand een intakegesprek')).toContain('| start 2027-03-01');
    });
});
