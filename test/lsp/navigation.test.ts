import { describe, expect, it } from 'vitest';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import { build, createServices } from '../support/services.js';
import { applyEdits } from '../support/edits.js';
import { example } from '../support/paths.js';
import { cursor } from './editor-helpers.js';

const orgFile = `// shared
organisatie "Zorggroep" {
    organisatiedoel klanttevredenheid "Klanttevredenheid naar 8,5" uiterlijk 2028-12-31
}`;

const plan = `plan "POP" {
    taal nl
    doel leiden "Leidinggeven" {
        termijn lang
    }
    doel praten "Presenteren" {
        afgeleid-van leiden
        draagt-bij-aan klanttevredenheid
    }
    doel wachten "Wachttijd" {
        draagt-bij-aan klanttevredenheid
    }
}`;

const at = (text: string, needle: string, delta = 1) => {
    const offset = text.indexOf(needle) + delta;
    return cursor(text.slice(0, offset) + '|' + text.slice(offset)).position;
};

function names(symbols: DocumentSymbol[]): unknown[] {
    return symbols.map(s => (s.children?.length ? { [s.name]: names(s.children) } : s.name));
}

describe('the outline', () => {
    it('shows the English example as plan → starting points, goals → actions and reviews, sign-off', async () => {
        const services = createServices();
        const [document] = await build(services, example('en/example.pop'));
        const symbols = await services.Pop.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(names(symbols)).toEqual([{
            'PDP 2027 Sam Bakker': [
                { 'Starting points': ['team-quality'] },
                { leadership: ['Middle management programme in care', 'Three months as acting manager in Home Care'] },
                { presenting: ['Presenting with impact', 'Shadow the department manager at management presentations', 'Review 2027-04-01'] },
                { 'waiting-time': ['Team coaching on customer contact'] },
                'Sign-off',
            ],
        }]);
        const [planSymbol] = symbols;
        expect(planSymbol.kind).toBe(SymbolKind.Module);
        expect(planSymbol.detail).toBe('Sam Bakker');
        const presenting = planSymbol.children!.find(s => s.name === 'presenting')!;
        expect(presenting.kind).toBe(SymbolKind.Class);
        expect(presenting.detail).toMatch(/^Present convincingly · short · SMART \d\/5$/);
        expect(presenting.children![0].kind).toBe(SymbolKind.Event);
        expect(presenting.children![0].detail).toBe('course');
    });

    it('shows the Dutch example and a shared organisation file with Dutch labels', async () => {
        const services = createServices();
        const [document, shared] = await build(services, example('nl/voorbeeld.pop'), orgFile);
        const symbols = await services.Pop.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        expect(symbols[0].children!.map(s => s.name)).toEqual(['Uitgangspunten', 'leidinggeven', 'presenteren', 'wachttijd', 'Ondertekening']);
        expect(symbols[0].children![2].children!.map(s => s.name)).toContain('Voortgang 2027-04-01');
        const orgSymbols = await services.Pop.lsp.DocumentSymbolProvider!.getSymbols(shared, { textDocument: { uri: shared.uri.toString() } });
        expect(orgSymbols[0]).toMatchObject({ name: 'Zorggroep', kind: SymbolKind.Namespace });
        expect(orgSymbols[0].children![0]).toMatchObject({ name: 'klanttevredenheid', kind: SymbolKind.Constant, detail: 'Klanttevredenheid naar 8,5 · 2028-12-31' });
    });

    it('survives a half-typed goal without a crash or an empty name', async () => {
        const services = createServices();
        const [document] = await build(services, 'plan "P" {\n    goal \n}');
        const symbols = await services.Pop.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
        const all = (list: DocumentSymbol[]): DocumentSymbol[] => list.flatMap(s => [s, ...all(s.children ?? [])]);
        for (const symbol of all(symbols)) expect(symbol.name.trim()).not.toBe('');
    });
});

describe('folding', () => {
    it('folds the plan, goals, actions and reviews of both examples', async () => {
        for (const file of ['en/example.pop', 'nl/voorbeeld.pop']) {
            const services = createServices();
            const [document] = await build(services, example(file));
            const ranges = await services.Pop.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
            const text = document.textDocument.getText().split('\n');
            const folded = ranges.map(r => text[r.startLine].trim().split(/\s+/)[0]);
            expect(folded.filter(w => w === 'plan')).toHaveLength(1);
            expect(folded.filter(w => w === 'goal' || w === 'doel')).toHaveLength(3);
            expect(folded.filter(w => w === 'action' || w === 'actie').length).toBeGreaterThanOrEqual(4);
            expect(folded.filter(w => w === 'review' || w === 'voortgang')).toHaveLength(1);
        }
    });
});

describe('definition, references and rename across files', () => {
    it('goes from a reference to the organisation goal in another file', async () => {
        const services = createServices();
        const [planDoc, orgDoc] = await build(services, plan, orgFile);
        const links = await services.Pop.lsp.DefinitionProvider!.getDefinition(planDoc, { textDocument: { uri: planDoc.uri.toString() }, position: at(plan, 'klanttevredenheid', 3) });
        expect(links).toHaveLength(1);
        expect(links![0].targetUri).toBe(orgDoc.uri.toString());
        expect(links![0].targetSelectionRange.start).toEqual(at(orgFile, 'klanttevredenheid', 0));
    });

    it('goes from derived-from to the goal', async () => {
        const services = createServices();
        const [planDoc] = await build(services, plan);
        const links = await services.Pop.lsp.DefinitionProvider!.getDefinition(planDoc, { textDocument: { uri: planDoc.uri.toString() }, position: at(plan, 'afgeleid-van leiden', 15) });
        expect(links![0].targetSelectionRange.start).toEqual(at(plan, 'leiden "', 0));
    });

    it('finds every reference to an organisation goal, in every file', async () => {
        const services = createServices();
        const [planDoc, orgDoc] = await build(services, plan, orgFile);
        const locations = await services.Pop.lsp.ReferencesProvider!.findReferences(orgDoc, {
            textDocument: { uri: orgDoc.uri.toString() }, position: at(orgFile, 'klanttevredenheid'), context: { includeDeclaration: true },
        });
        expect(locations.map(l => l.uri).sort()).toEqual([orgDoc.uri.toString(), planDoc.uri.toString(), planDoc.uri.toString()].sort());
    });

    it('renames an organisation goal in its file and in every plan that refers to it', async () => {
        const services = createServices();
        const [planDoc, orgDoc] = await build(services, plan, orgFile);
        const edit = await services.Pop.lsp.RenameProvider!.rename(planDoc, {
            textDocument: { uri: planDoc.uri.toString() }, position: at(plan, 'klanttevredenheid', 2), newName: 'tevredenheid',
        });
        const changes = edit?.changes ?? {};
        const renamedPlan = applyEdits(plan, changes[planDoc.uri.toString()] ?? []);
        const renamedOrg = applyEdits(orgFile, changes[orgDoc.uri.toString()] ?? []);
        expect(renamedPlan).toBe(plan.replaceAll('klanttevredenheid', 'tevredenheid'));
        expect(renamedOrg).toBe(orgFile.replace('klanttevredenheid', 'tevredenheid'));
        const [again, againOrg] = await build(services, renamedPlan, renamedOrg);
        expect(again.diagnostics?.filter(d => String(d.code) === 'ref.unresolved')).toEqual([]);
        expect(againOrg.parseResult.parserErrors).toEqual([]);
    });

    it('renames a goal together with its derived-from references', async () => {
        const services = createServices();
        const [planDoc] = await build(services, plan);
        const edit = await services.Pop.lsp.RenameProvider!.rename(planDoc, {
            textDocument: { uri: planDoc.uri.toString() }, position: at(plan, 'leiden "'), newName: 'manager-worden',
        });
        const renamed = applyEdits(plan, edit?.changes?.[planDoc.uri.toString()] ?? []);
        expect(renamed).toContain('doel manager-worden "Leidinggeven"');
        expect(renamed).toContain('afgeleid-van manager-worden');
    });
});

describe('workspace symbols', () => {
    it('finds organisation goals of every file by name', async () => {
        const services = createServices();
        const [, orgDoc] = await build(services, example('en/example.pop'), orgFile);
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'klanttev' });
        expect(symbols.map(s => s.name)).toEqual(['klanttevredenheid']);
        expect(symbols[0].location.uri).toBe(orgDoc.uri.toString());
        const all = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: '' });
        expect(all.map(s => s.name)).toEqual(expect.arrayContaining(['team-quality', 'klanttevredenheid']));
    });

    it('finds goals of every plan by name too, in Dutch and English plans', async () => {
        const services = createServices();
        const [en, nl] = await build(services, example('en/example.pop'), example('nl/voorbeeld.pop'));
        const found = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'present' });
        expect(found.map(s => [s.name, (s.location as { uri: string }).uri, s.containerName])).toEqual([
            ['presenting', en.uri.toString(), 'PDP 2027 Sam Bakker'],
            ['presenteren', nl.uri.toString(), 'POP 2027 Sanne de Vries'],
        ]);
        expect(found[0].kind).toBe(SymbolKind.Class);
    });
});
