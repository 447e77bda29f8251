/**
 * A rule lives where its code says: smart.time-bound.no-end has its check in validation/checks/time-bound.ts, its
 * fixes (if any) in lsp/fixes/time-bound.ts, its cases and tests in test/rules/time-bound.*.ts, and its
 * documentation in docs/rules/smart.time-bound.no-end.md (test/docs checks that one).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { RULES, RULE_CODES, type RuleCode } from '../../packages/language/src/index.js';
import { ROOT } from '../support/paths.js';
import { ruleFile } from '../support/rule-case.js';

const files = [...new Set(RULE_CODES.map(ruleFile))];

describe('each rule lives where its code says', () => {
    for (const file of files) {
        const fixable = RULE_CODES.some(code => ruleFile(code) === file && RULES[code].fix !== 'none');
        test(`${file}: its check, cases and tests${fixable ? ', and its fixes' : ''}`, () => {
            const wanted = [`packages/language/src/validation/checks/${file}.ts`, `test/rules/${file}.cases.ts`, `test/rules/${file}.test.ts`];
            if (fixable) wanted.push(`packages/language/src/lsp/fixes/${file}.ts`);
            expect(wanted.filter(f => !existsSync(path.join(ROOT, f)))).toEqual([]);
        });
    }
});

describe('each check file reports only the rules of its own prefix', () => {
    const checks = path.join(ROOT, 'packages/language/src/validation/checks');
    const known = new Set<string>(RULE_CODES);
    for (const name of readdirSync(checks).filter(f => f.endsWith('.ts'))) {
        test(name, () => {
            const mentioned = [...readFileSync(path.join(checks, name), 'utf8').matchAll(/'([a-z-]+(?:\.[a-z-]+)+)'/g)]
                .map(m => m[1]).filter(code => known.has(code)) as RuleCode[];
            expect(mentioned.filter(code => `${ruleFile(code)}.ts` !== name)).toEqual([]);
        });
    }
});
