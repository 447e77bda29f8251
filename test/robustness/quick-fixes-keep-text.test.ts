import fc from 'fast-check';
import { describe, test } from 'vitest';
import { generatedPlanArb, mutatedExampleArb, mutatedGeneratedArb } from './arbitraries.js';
import { fuzzParameters, timeLimit } from './fuzz-settings.js';
import { fuzzServices } from './language-harness.js';
import { everyFixKeepsText } from './quick-fix-contract.js';

const services = fuzzServices();

describe('quick fixes keep user text, parse, and remove what they fix', () => {
    test('on plans generated from the grammar', async () => {
        await fc.assert(fc.asyncProperty(generatedPlanArb, c => everyFixKeepsText(services, c.text)), fuzzParameters(50));
    }, timeLimit(50, 800));

    test('on mutated examples', async () => {
        await fc.assert(fc.asyncProperty(mutatedExampleArb, c => everyFixKeepsText(services, c.text)), fuzzParameters(40));
    }, timeLimit(40, 800));

    test('on mutated generated plans', async () => {
        await fc.assert(fc.asyncProperty(mutatedGeneratedArb, c => everyFixKeepsText(services, c.text)), fuzzParameters(30));
    }, timeLimit(30, 800));
});
