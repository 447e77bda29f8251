import { describe, expect, it } from 'vitest';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { build, createServices } from '../support/services.js';

interface Token { text: string; type: string; modifiers: string[] }

async function tokens(text: string): Promise<Token[]> {
    const services = createServices();
    const [document] = await build(services, text);
    const provider = services.Pop.lsp.SemanticTokenProvider!;
    const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    const types = Object.entries(provider.tokenTypes).sort((a, b) => a[1] - b[1]).map(([name]) => name);
    const modifiers = Object.entries(provider.tokenModifiers);
    const lines = text.split('\n');
    const result: Token[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i < data.length; i += 5) {
        line += data[i];
        char = data[i] === 0 ? char + data[i + 1] : data[i + 1];
        result.push({
            text: lines[line].slice(char, char + data[i + 2]),
            type: types[data[i + 3]],
            modifiers: modifiers.filter(([, bit]) => (data[i + 4] & bit) !== 0).map(([name]) => name),
        });
    }
    return result;
}

describe('semantic tokens', () => {
    it('tells declarations from references, and party roles from field keywords (English)', async () => {
        const text = `plan "P" {
    employee "Ann"
    starting-points {
        organisation-goal quality "Quality"
    }
    goal lead "Lead" { horizon long }
    goal talk "Talk" {
        derived-from lead
        supports quality
        acceptable by employee, manager
    }
    sign-off {
        manager "Bo" on 2027-01-01
    }
}`;
        expect(await tokens(text)).toEqual([
            { text: 'quality', type: SemanticTokenTypes.namespace, modifiers: [SemanticTokenModifiers.declaration] },
            { text: 'lead', type: SemanticTokenTypes.class, modifiers: [SemanticTokenModifiers.declaration] },
            { text: 'talk', type: SemanticTokenTypes.class, modifiers: [SemanticTokenModifiers.declaration] },
            { text: 'lead', type: SemanticTokenTypes.class, modifiers: [] },
            { text: 'quality', type: SemanticTokenTypes.namespace, modifiers: [] },
            { text: 'employee', type: SemanticTokenTypes.enumMember, modifiers: [] },
            { text: 'manager', type: SemanticTokenTypes.enumMember, modifiers: [] },
            { text: 'manager', type: SemanticTokenTypes.enumMember, modifiers: [] },
        ]);
    });

    it('does the same for a Dutch plan with a list of organisation goals', async () => {
        const text = `plan "P" {
    doel praten "Praten" {
        draagt-bij-aan klanttevredenheid, teamkwaliteit
        gecommuniceerd aan team
    }
}
organisatie "O" {
    organisatiedoel klanttevredenheid "K"
    organisatiedoel teamkwaliteit "T"
}`;
        const found = await tokens(text);
        expect(found.map(t => `${t.text}:${t.type}${t.modifiers.length ? '+' + t.modifiers.join('+') : ''}`)).toEqual([
            'praten:class+declaration',
            'klanttevredenheid:namespace',
            'teamkwaliteit:namespace',
            'team:enumMember',
            'klanttevredenheid:namespace+declaration',
            'teamkwaliteit:namespace+declaration',
        ]);
    });
});
