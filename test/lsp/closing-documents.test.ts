import { describe, expect, it } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { build, createServices } from '../helpers.js';

const SHARED = 'organisation "Org" {\n    organisation-goal quality "Quality"\n}\n';

describe('closing a document without a file behind it', () => {
    it('removes it from the workspace, so its organisation goals no longer resolve', async () => {
        const services = createServices();
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
        const [shared] = await build(services, SHARED);
        const uri = shared.uri.toString();
        expect(services.shared.workspace.IndexManager.allElements('OrgGoal').map(d => d.name).toArray()).toEqual(['quality']);

        // The test's documents live in an empty file system: closing one finds no file on disk.
        services.shared.lsp.DocumentUpdateHandler.didCloseDocument!({ document: TextDocument.create(uri, 'pop', 1, SHARED) });
        await new Promise(resolve => setTimeout(resolve, 50));
        await services.shared.workspace.WorkspaceLock.write(() => undefined);

        expect(services.shared.workspace.LangiumDocuments.hasDocument(shared.uri)).toBe(false);
        expect(services.shared.workspace.IndexManager.allElements('OrgGoal').toArray()).toEqual([]);
    });
});
