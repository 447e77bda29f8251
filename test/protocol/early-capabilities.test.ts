/**
 * dist/server.cjs answers `initialize` before the language services are loaded, from a written-out copy of
 * their capabilities (packages/server/src/capabilities.ts). That copy must be what Langium computes from POP's
 * services, whatever the client says it can do.
 */
import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import type { InitializeParams } from 'vscode-languageserver-protocol';
import { createPopServices } from '../../packages/language/src/index.js';
import { canonicalJson, popInitializeResult } from '../../packages/server/src/capabilities.js';

const CLIENTS: Record<string, InitializeParams> = {
    'a client that says nothing of itself': { processId: null, rootUri: null, workspaceFolders: null, capabilities: {} },
    'a client with workspace/configuration and dynamic registration, like VS Code': {
        processId: 1234,
        rootUri: 'file:///home/sanne/plans',
        workspaceFolders: [{ uri: 'file:///home/sanne/plans', name: 'plans' }],
        locale: 'nl',
        trace: 'off',
        initializationOptions: { anything: true },
        capabilities: {
            workspace: {
                configuration: true,
                workspaceFolders: true,
                didChangeConfiguration: { dynamicRegistration: true },
                didChangeWatchedFiles: { dynamicRegistration: true },
                executeCommand: { dynamicRegistration: true },
                semanticTokens: { refreshSupport: true },
                codeLens: { refreshSupport: true },
                inlayHint: { refreshSupport: true },
                applyEdit: true,
                workspaceEdit: { documentChanges: true },
            },
            textDocument: {
                synchronization: { dynamicRegistration: true, didSave: true, willSave: true, willSaveWaitUntil: true },
                completion: { dynamicRegistration: true, completionItem: { snippetSupport: true } },
                codeAction: { dynamicRegistration: true, codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
                semanticTokens: {
                    dynamicRegistration: true, requests: { full: { delta: true }, range: true },
                    tokenTypes: ['keyword'], tokenModifiers: [], formats: ['relative'],
                },
                formatting: { dynamicRegistration: true },
                rename: { dynamicRegistration: true, prepareSupport: true },
                publishDiagnostics: { relatedInformation: true },
            },
            window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } } },
            general: { positionEncodings: ['utf-16'] },
        },
    },
    'a client with configuration but no dynamic registration': {
        processId: 1, rootUri: null, workspaceFolders: null,
        capabilities: { workspace: { configuration: true, didChangeConfiguration: { dynamicRegistration: false } } },
    },
};

describe('the capabilities dist/server.cjs announces before loading the language services', () => {
    for (const [client, params] of Object.entries(CLIENTS)) {
        it(`are those Langium computes from POP's services, for ${client}`, async () => {
            const { shared } = createPopServices({ ...EmptyFileSystem });
            const computed = await shared.lsp.LanguageServer.initialize(params);
            // Compared as the client receives them: JSON leaves out what Langium sets to undefined.
            expect(JSON.parse(canonicalJson(popInitializeResult()))).toEqual(JSON.parse(canonicalJson(computed)));
        });
    }

    it('compare as different when a capability is added, removed or changed', () => {
        const announced = popInitializeResult();
        const withAdded = popInitializeResult();
        withAdded.capabilities.signatureHelpProvider = { triggerCharacters: ['('] };
        const withChanged = popInitializeResult();
        withChanged.capabilities.executeCommandProvider = { commands: ['pop.makeSmart', 'pop.other'] };
        const withRemoved = popInitializeResult();
        delete withRemoved.capabilities.hoverProvider;
        for (const other of [withAdded, withChanged, withRemoved]) expect(canonicalJson(other)).not.toBe(canonicalJson(announced));
    });

    it('do not depend on the order of the keys, nor on fields left undefined', () => {
        const reordered = { capabilities: Object.fromEntries(Object.entries(popInitializeResult().capabilities).reverse()) };
        const withUndefined = { ...popInitializeResult(), serverInfo: undefined };
        expect(canonicalJson(reordered)).toBe(canonicalJson(popInitializeResult()));
        expect(canonicalJson(withUndefined)).toBe(canonicalJson(popInitializeResult()));
    });

    it('are a new object every time, since vscode-languageserver adds to them', () => {
        const first = popInitializeResult();
        first.capabilities.workspace!.workspaceFolders!.changeNotifications = true;
        expect(popInitializeResult().capabilities.workspace!.workspaceFolders).toEqual({ supported: true });
    });
});
