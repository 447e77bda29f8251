import { describe, expect, test } from 'vitest';
import { firstInvalidUtf8 } from '../../packages/cli/src/files.js';

const bytes = (...values: number[]) => Uint8Array.from(values);

describe('the byte a non-UTF-8 message names (1-based)', () => {
    test('a Latin-1 é after plain text', () => {
        expect(firstInvalidUtf8(bytes(0x61, 0x62, 0xe9, 0x63))).toBe(3);
    });

    test('a multi-byte sequence cut short points at its first byte', () => {
        expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82, 0x61))).toBe(2);
        expect(firstInvalidUtf8(bytes(0x61, 0xe2, 0x82))).toBe(2);
    });

    test('overlong forms and encoded surrogates are refused', () => {
        expect(firstInvalidUtf8(bytes(0xc0, 0xaf))).toBe(1);
        expect(firstInvalidUtf8(bytes(0x61, 0xed, 0xa0, 0x80))).toBe(2);
    });

    test('valid text has no invalid byte', () => {
        expect(firstInvalidUtf8(new TextEncoder().encode('€ 2.500 — cliënt 😀'))).toBe(new TextEncoder().encode('€ 2.500 — cliënt 😀').length + 1);
    });
});
