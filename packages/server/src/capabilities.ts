/**
 * What the POP server answers to `initialize`, written out so that the entry bundle can answer before Langium and
 * the language services are loaded (see main.ts). It is what Langium's LanguageServer.initialize computes from
 * POP's services, which ignore the client's capabilities: test/protocol/early-capabilities.test.ts fails when
 * the two differ, and the server logs an error if they ever differ at run time.
 */
import type { InitializeResult } from 'vscode-languageserver';

/** A new object on every call: vscode-languageserver adds to the capabilities it is given. */
export function popInitializeResult(): InitializeResult {
    return {
        capabilities: {
            workspace: { workspaceFolders: { supported: true } },
            executeCommandProvider: { commands: ['pop.makeSmart'] },
            textDocumentSync: { change: 2, openClose: true, save: false, willSave: false, willSaveWaitUntil: false },
            completionProvider: {},
            referencesProvider: true,
            documentSymbolProvider: true,
            definitionProvider: true,
            typeDefinitionProvider: false,
            documentHighlightProvider: true,
            codeActionProvider: true,
            documentFormattingProvider: true,
            documentRangeFormattingProvider: true,
            foldingRangeProvider: true,
            hoverProvider: true,
            renameProvider: { prepareProvider: true },
            semanticTokensProvider: {
                legend: {
                    tokenTypes: [
                        'class', 'comment', 'enum', 'enumMember', 'event', 'function', 'interface', 'keyword', 'macro', 'method',
                        'modifier', 'namespace', 'number', 'operator', 'parameter', 'property', 'regexp', 'string', 'struct', 'type',
                        'typeParameter', 'variable', 'decorator',
                    ],
                    tokenModifiers: [
                        'abstract', 'async', 'declaration', 'defaultLibrary', 'definition', 'deprecated', 'documentation',
                        'modification', 'readonly', 'static',
                    ],
                },
                full: { delta: false },
                range: true,
            },
            implementationProvider: false,
            codeLensProvider: { resolveProvider: false },
            declarationProvider: false,
            inlayHintProvider: { resolveProvider: false },
            workspaceSymbolProvider: { resolveProvider: false },
        },
    };
}

/**
 * The result as it travels over the wire, as text that does not depend on the order of the keys: JSON drops the
 * fields Langium leaves undefined.
 */
export function canonicalJson(value: unknown): string {
    return JSON.stringify(value, (_, field: unknown) => (field !== null && typeof field === 'object' && !Array.isArray(field)
        ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : field));
}
