import { readFileSync } from 'node:fs';
import { CstUtils, isLeafCstNode, type LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { PopCstNodeBuilder, PopLeafCstNode } from '../../packages/language/src/cst-nodes.js';
import {
    checkLangiumInternals, interceptAssignments, LANGIUM_VERSION_WRITTEN_FOR, LangiumInternalsError, releaseTokens,
    replaceCstNodeBuilder, tokensHeldBy,
} from '../../packages/language/src/langium-internals.js';
import { createServices } from '../support/services.js';

// langium-internals.ts is the only module that reaches Langium members TypeScript does not check. Its checks must
// pass on the Langium that is installed, and fire, naming the member, on one that lacks a member.

function failureOf(action: () => unknown): LangiumInternalsError {
    try {
        action();
    } catch (error) {
        if (error instanceof LangiumInternalsError) return error;
        throw error;
    }
    throw new Error('no LangiumInternalsError was thrown');
}

describe('the fence around Langium internals', () => {
    it('was written for the Langium that is installed', () => {
        const installed = JSON.parse(readFileSync('node_modules/langium/package.json', 'utf8')) as { version: string };
        expect(installed.version).toBe(LANGIUM_VERSION_WRITTEN_FOR);
    });

    it('passes on the installed Langium, at start-up and when the parser is built', () => {
        expect(() => checkLangiumInternals()).not.toThrow();
        // Building the services runs the start-up check; the first parse builds the parser, which runs the rest.
        const parser = createServices().Pop.parser.LangiumParser;
        const root = parser.parse(readFileSync('examples/en/example.pop', 'utf8')).value.$cstNode;
        const leaves = root ? CstUtils.streamCst(root).filter(isLeafCstNode).toArray() : [];
        expect(leaves.length).toBeGreaterThan(100);
        // The replaced builder is the one that built the tree.
        expect(leaves.every(leaf => leaf instanceof PopLeafCstNode)).toBe(true);
        expect(Array.isArray(tokensHeldBy(parser))).toBe(true);
    });

    it('names the missing member and the Langium version at start-up', () => {
        class ParserWithoutAssign { get current(): unknown { return undefined; } }
        const error = failureOf(() => checkLangiumInternals(ParserWithoutAssign.prototype));
        expect(error.member).toBe('LangiumParser.assign');
        expect(error.message).toContain(`Langium ${LANGIUM_VERSION_WRITTEN_FOR}`);
        expect(error.message).toContain('LangiumParser.assign');
    });

    it('fires when a member is there but of another kind', () => {
        class ParserWithFieldCurrent { assign(): void { /* present */ } current = {}; }
        expect(failureOf(() => checkLangiumInternals(new ParserWithFieldCurrent())).member).toBe('LangiumParser.current');
        const notAMethod = Object.create(ParserWithFieldCurrent.prototype, { assign: { value: 'assign' } }) as object;
        expect(failureOf(() => checkLangiumInternals(notAMethod)).member).toBe('LangiumParser.assign');
    });

    it('fires when a parser instance lacks what POP replaces or reads', () => {
        const bare = {} as LangiumParser;
        expect(failureOf(() => replaceCstNodeBuilder(bare, new PopCstNodeBuilder())).member).toBe('LangiumParser.nodeBuilder');
        expect(failureOf(() => interceptAssignments(bare, (_node, _operator, _feature, cstNode) => cstNode)).member).toBe('LangiumParser.assign');
        expect(failureOf(() => tokensHeldBy(bare)).member).toBe('LangiumParser.wrapper');
        expect(failureOf(() => releaseTokens(bare)).member).toBe('LangiumParser.wrapper');
        const withAnotherBuilder = { nodeBuilder: {} } as unknown as LangiumParser;
        expect(failureOf(() => replaceCstNodeBuilder(withAnotherBuilder, new PopCstNodeBuilder())).member).toBe('LangiumParser.nodeBuilder');
    });
});
