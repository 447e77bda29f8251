import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import * as oniguruma from 'vscode-oniguruma';
import * as textmate from 'vscode-textmate';
import { allKeywordSpellings } from '../../packages/language/src/keywords.js';
import { ROOT } from '../support/paths.js';

const manifest = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const grammarPath = path.join(ROOT, manifest.contributes.grammars[0].path);

let grammar: textmate.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(path.join(path.dirname(createRequire(import.meta.url).resolve('vscode-oniguruma')), 'onig.wasm'));
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) as ArrayBuffer);
    const registry = new textmate.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => new oniguruma.OnigScanner(patterns),
            createOnigString: text => new oniguruma.OnigString(text),
        }),
        loadGrammar: async scopeName => scopeName === 'source.pop'
            ? textmate.parseRawGrammar(readFileSync(grammarPath, 'utf8'), grammarPath)
            : null,
    });
    grammar = (await registry.loadGrammar('source.pop'))!;
});

/** Each token of the lines as [text, most specific scope], state carried from line to line as in an editor. */
function tokenize(...lines: string[]): Array<[string, string]> {
    let state = textmate.INITIAL;
    const result: Array<[string, string]> = [];
    for (const line of lines) {
        const { tokens, ruleStack } = grammar.tokenizeLine(line, state);
        for (const token of tokens) {
            const text = line.slice(token.startIndex, token.endIndex);
            if (text.trim() !== '') result.push([text, token.scopes[token.scopes.length - 1]]);
        }
        state = ruleStack;
    }
    return result;
}

const scopeOf = (tokens: Array<[string, string]>, text: string) => tokens.find(([t]) => t === text)?.[1];

describe('the TextMate grammar colours .pop files', () => {
    it('is the grammar the manifest contributes for the pop language', () => {
        expect(manifest.contributes.grammars[0]).toMatchObject({ language: 'pop', scopeName: 'source.pop' });
        expect(grammar).toBeDefined();
    });

    it('knows every keyword of both languages from the keyword table', () => {
        const missed = allKeywordSpellings().filter(word => {
            const [only] = tokenize(word);
            return !only || only[0] !== word || !/^(keyword|storage\.type|constant\.language)\./.test(only[1]);
        });
        expect(missed).toEqual([]);
    });

    it('colours Dutch and English field keywords alike, and not the same word inside a name', () => {
        const dutch = tokenize('        draagt-bij-aan klanttevredenheid', '        eind 2027-12-15');
        const english = tokenize('        supports customer-satisfaction', '        end 2027-12-15');
        expect(scopeOf(dutch, 'draagt-bij-aan')).toBe('keyword.other.field.pop');
        expect(scopeOf(english, 'supports')).toBe('keyword.other.field.pop');
        expect(scopeOf(dutch, 'eind')).toBe('keyword.other.field.pop');
        expect(scopeOf(english, 'end')).toBe('keyword.other.field.pop');
        const name = tokenize('doel end-game "Eindspel" {');
        expect(scopeOf(name, 'end-game')).toBe('entity.name.function.goal.pop');
    });

    it('marks the name a goal or organisation goal declares, and the names that refer to goals', () => {
        const tokens = tokenize(
            'organisatiedoel behoud-personeel "Verloop onder de 10%" uiterlijk 2028-12-31',
            'goal presenting "Present convincingly" {',
            '    derived-from leadership',
            '    draagt-bij-aan klanttevredenheid, behoud-personeel',
        );
        expect(scopeOf(tokens, 'organisatiedoel')).toBe('storage.type.pop');
        expect(tokens.filter(([t]) => t === 'behoud-personeel').map(([, s]) => s))
            .toEqual(['entity.name.function.goal.pop', 'variable.other.reference.pop']);
        expect(scopeOf(tokens, 'presenting')).toBe('entity.name.function.goal.pop');
        expect(scopeOf(tokens, 'leadership')).toBe('variable.other.reference.pop');
        expect(scopeOf(tokens, 'klanttevredenheid')).toBe('variable.other.reference.pop');
        expect(scopeOf(tokens, 'uiterlijk')).toBe('keyword.operator.word.pop');
    });

    it('colours strings with escapes, dates, numbers, money and percentages', () => {
        const tokens = tokenize(
            '    specifiek "Geeft 4 keer een \\"pitch\\" van 15 minuten"',
            '    faciliteiten budget € 2.500,50 uren 40',
            '    kosten EUR 1.950,-',
            '    meetbaar 85%',
            '    nulmeting 62,5 %',
            '    periode 2027-01-01 tot 2027-12-31',
        );
        expect(scopeOf(tokens, 'Geeft 4 keer een ')).toBe('string.quoted.double.pop');
        expect(scopeOf(tokens, '\\"')).toBe('constant.character.escape.pop');
        expect(scopeOf(tokens, '€ 2.500,50')).toBe('constant.numeric.money.pop');
        expect(scopeOf(tokens, 'EUR 1.950,-')).toBe('constant.numeric.money.pop');
        expect(scopeOf(tokens, '85%')).toBe('constant.numeric.percentage.pop');
        expect(scopeOf(tokens, '62,5 %')).toBe('constant.numeric.percentage.pop');
        expect(scopeOf(tokens, '40')).toBe('constant.numeric.pop');
        expect(scopeOf(tokens, '2027-01-01')).toBe('constant.numeric.date.pop');
        expect(scopeOf(tokens, 'tot')).toBe('keyword.operator.word.pop');
        // A number inside a string stays part of the string.
        expect(tokens.some(([t, s]) => t === '4' && s !== 'string.quoted.double.pop')).toBe(false);
    });

    it('colours line and block comments, also across lines, and nothing inside them', () => {
        const tokens = tokenize('// goal inside a comment', 'plan "P" { /* start', 'doel 2027-01-01 */ medewerker "A" }');
        expect(scopeOf(tokens, '// goal inside a comment')).toBe('comment.line.double-slash.pop');
        expect(scopeOf(tokens, ' start')).toBe('comment.block.pop');
        expect(scopeOf(tokens, 'doel 2027-01-01 ')).toBe('comment.block.pop');
        expect(scopeOf(tokens, 'medewerker')).toBe('keyword.other.field.pop');
    });

    it('colours values of enumerations in both languages', () => {
        const tokens = tokenize('    termijn kort', '    horizon long', '    status afgerond', '    soort SMART', '    actie cursus "Presenteren"');
        for (const value of ['kort', 'long', 'afgerond', 'SMART', 'cursus']) expect(scopeOf(tokens, value)).toBe('constant.language.pop');
        expect(scopeOf(tokens, 'actie')).toBe('storage.type.pop');
    });
});
