/** Asking for code actions the way an editor does: on a line, or on each diagnostic of one rule. */
import type { LangiumDocument } from 'langium';
import type { CodeAction, Command, Diagnostic, Range } from 'vscode-languageserver';
import { FIX_ALL_KIND, SUPPRESS_KIND, type RuleCode } from '../../packages/language/src/index.js';
import { build, createServices, type Services } from './services.js';

/** The zero-based line of the first line that contains the text. */
export function lineOf(text: string, needle: string): number {
    return text.split('\n').findIndex(l => l.includes(needle));
}

/** Every code action offered at the start of a line, for the diagnostics on that line, but the "Suppress …" every diagnostic has. */
export async function actionsAt(text: string, line: number, settings = {}) {
    const services = createServices(settings);
    const [document] = await build(services, text);
    const uri = document.uri.toString();
    const diagnostics = (document.diagnostics ?? []).filter(d => d.range.start.line === line);
    const range = { start: { line, character: 0 }, end: { line, character: 0 } };
    const offered = await services.Pop.lsp.CodeActionProvider!.getCodeActions(document, { textDocument: { uri }, range, context: { diagnostics } }) as CodeAction[];
    return { services, uri, actions: offered.filter(a => a.kind !== SUPPRESS_KIND), document };
}

/** The diagnostics of one rule in a text, and the rule's own quick fixes for each (not "Suppress …", which every rule has). */
export async function quickFixesFor(text: string, code: RuleCode, today: string) {
    const services = createServices({ today });
    const [document] = await build(services, text);
    const uri = document.uri.toString();
    const targets = (document.diagnostics ?? []).filter(d => d.code === code);
    const results: Array<{ diagnostic: Diagnostic; action: CodeAction }> = [];
    for (const diagnostic of targets) {
        for (const action of codeActionsFor(services, document, diagnostic) as CodeAction[]) {
            if (action.kind !== SUPPRESS_KIND && action.diagnostics?.some(d => d === diagnostic)) results.push({ diagnostic, action });
        }
    }
    return { services, uri, results, targets };
}

/** The code actions an editor gets for one diagnostic of a built document; `only` filters by kind, as the editor's request does. */
export function codeActionsFor(services: Services, document: LangiumDocument, diagnostic: Diagnostic, only?: string[]): Array<CodeAction | Command> {
    const provider = services.Pop.lsp.CodeActionProvider!;
    const actions = provider.getCodeActions(document, {
        textDocument: { uri: document.uri.toString() },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], only },
    });
    if (actions instanceof Promise) throw new Error('code actions are expected synchronously here');
    return actions ?? [];
}

/** The "fix all" action for a whole built document, if it has one. */
export function fixAllFor(services: Services, document: LangiumDocument): CodeAction | undefined {
    const provider = services.Pop.lsp.CodeActionProvider!;
    const whole: Range = { start: { line: 0, character: 0 }, end: document.textDocument.positionAt(document.textDocument.getText().length) };
    const actions = provider.getCodeActions(document, { textDocument: { uri: document.uri.toString() }, range: whole, context: { diagnostics: [], only: [FIX_ALL_KIND] } });
    if (actions instanceof Promise) throw new Error('code actions are expected synchronously here');
    return (actions ?? []).find((a): a is CodeAction => 'kind' in a && a.kind === FIX_ALL_KIND);
}
