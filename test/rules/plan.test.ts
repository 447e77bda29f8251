/** plan.*: the plan names its parties, period, facilities, starting points and goals, is signed, and says each field once. */
import { readFileSync } from 'node:fs';
import { AstUtils, type AstNode } from 'langium';
import { describe, expect, it } from 'vitest';
import { hasDuplicateFields } from '../../packages/language/src/pop-parser.js';
import { checkDuplicateFields } from '../../packages/language/src/validation/checks/plan.js';
import { describeRuleCases } from '../support/rule-case.js';
import { createServices } from '../support/services.js';
import { CASES } from './plan.cases.js';

describeRuleCases('plan', CASES);

// Validation looks for fields written twice only in the nodes the parser flagged (pop-parser.ts). A node the
// parser misses would be a duplicate that is never reported, so the full walk over every node is the reference.

const example = readFileSync('examples/en/example.pop', 'utf8');

function twice(text: string, line: RegExp): string {
    return text.replace(line, match => `${match}\n${match}`);
}

const texts: Record<string, string> = {
    'a clean plan': example,
    'a goal field': twice(example, /^ {8}end 2028-06-30$/m),
    'an action field': twice(example, /^ {12}provider "Utrecht University of Applied Sciences"$/m),
    'a plan field': twice(example, /^ {4}manager "Mark Jansen"$/m),
    'a starting-points field': twice(example, /^ {8}current-role .*$/m),
    'the facilities': twice(example, /^ {4}facilities .*$/m),
    'the sign-off block': example.replace(/(\n {4}sign-off \{[\s\S]*?\n {4}\})/, '$1$1'),
    'a broken file': twice(example, /^ {8}end 2028-06-30$/m).replace('horizon long', 'horizon {'),
};

describe('plan.duplicate-field: fields written twice', () => {
    const parser = createServices().Pop.parser.LangiumParser;
    for (const [name, text] of Object.entries(texts)) {
        it(`are flagged by the parser wherever the full check finds them: ${name}`, () => {
            const root = parser.parse(text).value;
            const found: AstNode[] = [];
            for (const node of AstUtils.streamAst(root)) checkDuplicateFields(node, finding => { found.push(finding.node as AstNode); });
            if (name === 'a clean plan') expect(found).toEqual([]);
            else expect(found.length).toBeGreaterThan(0);
            for (const node of found) expect(hasDuplicateFields(node)).toBe(true);
        });
    }
});
