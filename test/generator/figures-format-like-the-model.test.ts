import { describe, expect, test } from 'vitest';
import { createContext, money, moneyValue, number, numberValue } from '../../packages/language/src/generator/context.js';
import { formatMoney, formatNumber, parseMoney, parseNumber } from '../../packages/language/src/model/values.js';
import type { Judgement } from '../../packages/language/src/validation/pop-analysis.js';

// The renderer reads and writes plain figures on its own fast paths; they must agree with the model's functions.
describe('the renderer reads and writes figures exactly as the model does', () => {
    const values = [0, -0, 1, 7, 42, 999, 1000, 1001, 12_345, 100_000, 999_999, 1_000_000, 123_456_789, Number.MAX_SAFE_INTEGER,
        2 ** 53 + 2, 1e21, -1, -1234, 0.5, 1234.5, 1234.56, 0.125, 99.999, -0.01];
    test.each(['en', 'nl'] as const)('money() and number() in %s', locale => {
        for (const value of values) {
            // A fresh context each time: the memo would otherwise answer the second value from the first (0 and -0).
            const ctx = createContext(locale, 0, {} as Judgement, 'file');
            expect(money(ctx, value)).toBe(formatMoney(value, locale));
            expect(number(createContext(locale, 0, {} as Judgement, 'file'), value)).toBe(formatNumber(value, locale));
        }
    });

    const texts = ['0', '7', '007', '242', '1234', '1.234', '1,234', '1.234,50', '12,5', '1,5.0', ' 12', '12 ', '', '1e3', '١٢', '12,-', '99999999999999999999'];
    test('numberValue() is parseNumber()', () => {
        for (const text of texts) expect(numberValue(text)).toBe(parseNumber(text));
    });
    test('moneyValue() is parseMoney()', () => {
        for (const text of texts.flatMap(t => [`€ ${t}`, `€${t}`, `EUR ${t}`, `EUR${t}`, `€  ${t}`, ` € ${t}`, `€\t${t}`, t, `EURO ${t}`])) {
            expect(moneyValue(text)).toBe(parseMoney(text));
        }
        expect(moneyValue(undefined)).toBe(parseMoney(undefined));
    });
});
