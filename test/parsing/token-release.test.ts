import { readFileSync } from 'node:fs';
import { createLangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { tokensHeldBy } from '../../packages/language/src/langium-internals.js';
import { createServices } from '../support/services.js';

// Langium hands a parse's tokens to Chevrotain and leaves them there until the next parse, so the tokens (and their
// text) of the last document parsed stayed on the heap. POP's parser lets go of them as each parse ends
// (pop-parser.ts). Langium's own parser, built from the same services, shows what the check would see otherwise.

const example = readFileSync('examples/en/example.pop', 'utf8');
const services = createServices();
const parser = services.Pop.parser.LangiumParser;

describe('the parser lets go of the tokens after each parse', () => {
    it("is needed: Langium's own parser keeps the last parse's tokens", () => {
        const reference = createLangiumParser(services.Pop);
        reference.parse(example);
        expect(tokensHeldBy(reference).length).toBeGreaterThan(100);
    });

    it('holds no tokens after parsing a plan', () => {
        const result = parser.parse(example);
        expect(result.parserErrors).toEqual([]);
        expect(tokensHeldBy(parser)).toHaveLength(0);
    });

    it('holds none after a parse with syntax errors, whose result keeps its errors', () => {
        const result = parser.parse(example.replace('horizon long', 'horizon {'));
        expect(tokensHeldBy(parser)).toHaveLength(0);
        expect(result.parserErrors.length).toBeGreaterThan(0);
        expect(result.parserErrors.every(error => typeof error.message === 'string' && error.token !== undefined)).toBe(true);
    });

    it('holds none after a parse that throws', () => {
        expect(() => parser.parse(example, { rule: 'NoSuchRule' })).toThrow(/NoSuchRule/);
        expect(tokensHeldBy(parser)).toHaveLength(0);
    });
});
