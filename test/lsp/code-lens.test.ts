import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import type { ApplyWorkspaceEditParams, CodeLens, Connection, TextDocumentEdit, TextEdit } from 'vscode-languageserver';
import {
    catalogue, createPopServices, MAKE_SMART_COMMAND, scoreLine, scorecard, type Document, type Goal, type MakeSmartResult,
} from '../../packages/language/src/index.js';
import { build, createServices, type Services } from '../support/services.js';
import { applyEdits } from '../support/edits.js';
import { example } from '../support/paths.js';

async function lenses(services: Services, text: string): Promise<{ lenses: CodeLens[]; uri: string }> {
    const [document] = await build(services, text);
    const result = await services.Pop.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
    return { lenses: result ?? [], uri: document.uri.toString() };
}

const halfEn = `plan "P" {
    period 2027-01-01 to 2027-12-31
    goal talk "Talk" {
        specific "Gives 4 talks to the board"
        start 2027-02-01
    }
}`;

const halfNl = `plan "P" {
    periode 2027-01-01 tot 2027-12-31
    // een opmerking die moet blijven
    doel praten "Praten" {
        specifiek "Geeft 4 presentaties aan het MT"
    }
    doel beter "Beter" { soort er }
}`;

describe('code lens per goal', () => {
    it('shows each goal of the English example letter by letter, as the scorecard does', async () => {
        const services = createServices();
        const [document] = await build(services, example('en/example.pop'));
        const result = await services.Pop.lsp.CodeLensProvider!.provideCodeLens(document, { textDocument: { uri: document.uri.toString() } });
        const judgement = services.Pop.pop.Analysis.judge(document);
        const goals = (document.parseResult.value as Document).items.flatMap(i => ('goals' in i && i.$type === 'Plan' ? i.goals : [])) as Goal[];
        const scoreTitles = result!.filter(l => l.command?.command === '').map(l => l.command!.title);
        expect(scoreTitles).toEqual(goals.map(g => scoreLine(scorecard(g, judgement))));
        expect(scoreTitles[0]).toMatch(/^S [✓✗] M [✓✗] A [✓✗] R [✓✗] T [✓✗]$/);
    });

    it('offers "make SMART" only on an incomplete SMART goal, with the uri and goal name', async () => {
        const { lenses: found, uri } = await lenses(createServices(), halfEn);
        expect(found.map(l => l.command!.title)).toEqual([expect.stringMatching(/^S ✓ M ✗ A ✗ R ✗ T ✗$/), catalogue('en').editor.codeLens.makeSmart]);
        expect(found[1].command).toMatchObject({ command: MAKE_SMART_COMMAND, arguments: [uri, 'talk'] });
        expect(found[1].range.start).toEqual({ line: 2, character: 9 });
    });

    it('labels in Dutch, and shows an ER goal as a starting point without a fix', async () => {
        const { lenses: found } = await lenses(createServices(), halfNl);
        const nl = catalogue('nl').editor.codeLens;
        expect(found.map(l => l.command!.title)).toEqual([expect.stringMatching(/^S ✓ M ✗/), nl.makeSmart, nl.er]);
    });
});

describe('the pop.makeSmart command', () => {
    it('makes a Dutch goal SMART: every letter met afterwards, comments and text kept', async () => {
        const services = createServices();
        const [document] = await build(services, halfNl);
        const result = await services.shared.lsp.ExecuteCommandHandler!.executeCommand(MAKE_SMART_COMMAND, [document.uri.toString(), 'praten']) as MakeSmartResult;
        expect('edit' in result).toBe(true);
        const change = (result as { edit: { documentChanges: TextDocumentEdit[] } }).edit.documentChanges[0];
        expect(change.textDocument.uri).toBe(document.uri.toString());
        const fixed = applyEdits(halfNl, change.edits as TextEdit[]);
        expect(fixed).toContain('// een opmerking die moet blijven');
        expect(fixed).toContain('specifiek "Geeft 4 presentaties aan het MT"');
        const again = await lenses(createServices(), fixed);
        expect(again.lenses[0].command!.title).toBe('S ✓ M ✓ A ✓ R ✓ T ✓');
        expect(again.lenses.map(l => l.command!.command)).not.toContain(MAKE_SMART_COMMAND);
    });

    it('asks the editor to apply the edit over the connection', async () => {
        const applied: ApplyWorkspaceEditParams[] = [];
        const connection = new Proxy({}, {
            get: (_, key) => key === 'workspace'
                ? { applyEdit: async (params: ApplyWorkspaceEditParams) => { applied.push(params); return { applied: true }; } }
                : () => undefined,
        }) as Connection;
        const services = createPopServices({ ...EmptyFileSystem, connection });
        services.Pop.pop.Settings.update({ today: '2027-06-01' });
        const [document] = await build(services, halfEn);
        const result = await services.shared.lsp.ExecuteCommandHandler!.executeCommand(MAKE_SMART_COMMAND, [document.uri.toString(), 'talk']);
        expect(result).toMatchObject({ applied: true });
        expect(applied).toHaveLength(1);
        expect(applied[0].label).toBe("Make goal 'talk' SMART (add every missing part)");
    });

    it('reports an unknown goal or document clearly instead of failing', async () => {
        const services = createServices();
        const [document] = await build(services, halfEn);
        const handler = services.shared.lsp.ExecuteCommandHandler!;
        expect(await handler.executeCommand(MAKE_SMART_COMMAND, [document.uri.toString(), 'nope'])).toMatchObject({ applied: false, message: expect.stringContaining("no goal named 'nope'") });
        expect(await handler.executeCommand(MAKE_SMART_COMMAND, [URI.parse('file:///missing.pop').toString(), 'talk'])).toMatchObject({ applied: false, message: expect.stringContaining('missing.pop') });
        expect(await handler.executeCommand(MAKE_SMART_COMMAND, [])).toMatchObject({ applied: false });
    });
});
