/** t() takes only keys the English catalogue has: a misspelt key fails to compile (tsc runs before the tests). */
import { describe, expect, test } from 'vitest';
import { catalogue, t } from '../../packages/language/src/index.js';

describe('catalogue keys', () => {
    test('a key of the catalogue gives its message in the locale, filled in', () => {
        expect(t('nl', 'fixes.addStart', { date: '2027-01-15' })).toBe(catalogue('nl').fixes.addStart.replace('{date}', '2027-01-15'));
        expect(t('en', 'editor.codeLens.makeSmart')).toBe(catalogue('en').editor.codeLens.makeSmart);
    });

    test('a key that is not in the catalogue does not compile, and throws if forced through', () => {
        // @ts-expect-error: 'fixes.addStartDate' is not a key of the catalogue
        expect(() => t('en', 'fixes.addStartDate')).toThrow("No message 'fixes.addStartDate' in the en catalogue");
        // @ts-expect-error: the rules are read by their code, through ruleMessage()
        expect(() => t('en', 'rules.date.invalid.message')).toThrow();
    });
});
