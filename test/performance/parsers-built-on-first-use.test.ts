import { eagerLoad, LangiumParser } from 'langium';
import { describe, expect, it } from 'vitest';
import { buildService, lazyService } from '../../packages/language/src/lazy-service.js';
import { createServices } from '../support/services.js';

describe('lazily built services', () => {
    it('are built on first use, once, and then behave as the real service', () => {
        let builds = 0;
        const service = lazyService(() => { builds++; return new Map([['a', 1]]); });
        expect(builds).toBe(0);
        expect(service.get('a')).toBe(1);
        expect(service instanceof Map).toBe(true);
        service.set('b', 2);
        expect(service.size).toBe(2);
        expect(builds).toBe(1);
    });

    it('survive the language server loading every service, and parse once asked', () => {
        const { shared, Pop } = createServices();
        let built = 0;
        const parser = lazyService(() => { built++; return Pop.parser.LangiumParser; });
        // What Langium's LanguageServer does while it answers `initialize`.
        eagerLoad(shared);
        eagerLoad(Pop);
        eagerLoad({ parser });
        expect(built).toBe(0);
        buildService(parser);
        expect(built).toBe(1);
        // Before it is built, a stand-in does not claim to be an Error (which Langium's container asks) or a parser.
        buildService(Pop.parser.LangiumParser);
        expect(Pop.parser.LangiumParser instanceof LangiumParser).toBe(true);
        const result = Pop.parser.LangiumParser.parse('plan "Test" {\n}\n');
        expect(result.value.$type).toBe('Document');
    });
});
