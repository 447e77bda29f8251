import { describe, expect, test } from 'vitest';
import { format } from '../../packages/language/src/i18n/catalogue.js';
import { formatMoney, formatNumber, parseMoney, parseNumber } from '../../packages/language/src/model/values.js';

// Every amount, number and message in a rendered plan goes through these: the edge cases a plan can hold.
describe('figures are written and read as a Dutch or English reader expects', () => {
    test.each([
        [0, '€ 0', '€ 0', '0', '0'],
        [-0, '€ -0', '€ -0', '-0', '-0'],
        [1000, '€ 1,000', '€ 1.000', '1000', '1000'],
        [-1234, '€ -1,234', '€ -1.234', '-1234', '-1234'],
        [2 ** 53 + 2, '€ 9,007,199,254,740,994', '€ 9.007.199.254.740.994', '9007199254740994', '9007199254740994'],
        [1e21, '€ 1,000,000,000,000,000,000,000', '€ 1.000.000.000.000.000.000.000', '1000000000000000000000', '1000000000000000000000'],
        [1234.5, '€ 1,234.50', '€ 1.234,50', '1234.5', '1234,5'],
        [0.125, '€ 0.13', '€ 0,13', '0.13', '0,13'],
    ])('%s', (value, moneyEn, moneyNl, numberEn, numberNl) => {
        expect([formatMoney(value, 'en'), formatMoney(value, 'nl'), formatNumber(value, 'en'), formatNumber(value, 'nl')])
            .toEqual([moneyEn, moneyNl, numberEn, numberNl]);
    });

    test.each([
        ['007', 7], ['1234', 1234], ['1.234', 1234], ['1.234,50', 1234.5], [' 12', 12], ['12,-', 12],
        ['9'.repeat(400), undefined], ['١٢', undefined], ['1.2.3', undefined],
    ])('%s reads as %s, as a number and as an amount', (text, value) => {
        expect(parseNumber(text)).toBe(value);
        expect(parseMoney(`€ ${text}`)).toBe(value);
    });
});

describe('placeholders are filled one pass, left to right', () => {
    test.each([
        ['{a} of {b}', { a: 1, b: 'x' }, '1 of x'],
        ['{missing} {a}', { a: '$&' }, '{missing} $&'],
        ['{{a}}', { a: 2 }, '{2}'],
        ['{a {b}', { b: 3 }, '{a 3'],
        ['no braces', {}, 'no braces'],
        ['{a}{a}', { a: '{a}' }, '{a}{a}'],
        ['{ä}', { ä: 1 }, '{ä}'],
    ])('%s', (template, params, filled) => {
        expect(format(template, params)).toBe(filled);
    });
});
