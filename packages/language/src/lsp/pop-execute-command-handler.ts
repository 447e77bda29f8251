import { DocumentState, UriUtils, URI, type LangiumDocument } from 'langium';
import { AbstractExecuteCommandHandler, type ExecuteCommandAcceptor, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceEdit } from 'vscode-languageserver';
import { isPlan, type Document } from '../generated/ast.js';
import { t, type CatalogueKey } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import type { PopServices } from '../pop-module.js';
import { MAKE_SMART_COMMAND } from './pop-code-lens-provider.js';
import { PopCodeActionProvider } from './pop-code-actions.js';
import { makeSmart } from './fixes/make-smart.js';

export type MakeSmartResult =
    | { readonly applied: boolean; readonly edit: WorkspaceEdit }
    | { readonly applied: false; readonly message: string };

/** Server-side commands, run from code lenses: 'pop.makeSmart' [uri, goalName] adds every missing SMART part to a goal. */
export class PopExecuteCommandHandler extends AbstractExecuteCommandHandler {
    constructor(private readonly shared: LangiumSharedServices) {
        super();
    }

    registerCommands(acceptor: ExecuteCommandAcceptor): void {
        acceptor(MAKE_SMART_COMMAND, args => this.makeSmart(String(args[0] ?? ''), String(args[1] ?? '')));
    }

    async makeSmart(uriText: string, goalName: string): Promise<MakeSmartResult> {
        const uri = URI.parse(uriText);
        const document = this.shared.workspace.LangiumDocuments.getDocument(uri);
        if (!document) return this.fail(undefined, 'editor.commands.documentNotFound', { file: UriUtils.basename(uri) });
        await this.shared.workspace.DocumentBuilder.waitUntil(DocumentState.Validated, uri);
        const services = this.shared.ServiceRegistry.getServices(uri) as PopServices;
        const root = document.parseResult.value as Document;
        const goal = root.items.filter(isPlan).flatMap(plan => plan.goals).find(g => g.name === goalName);
        if (!goal) return this.fail(document, 'editor.commands.goalNotFound', { goal: goalName, file: UriUtils.basename(uri) }, services);
        const provider = services.lsp.CodeActionProvider;
        const ctx = provider instanceof PopCodeActionProvider ? provider.fixContext(document) : undefined;
        const fix = ctx && makeSmart(goal, ctx);
        if (!fix || fix.edits.length === 0) return this.fail(document, 'editor.commands.nothingToDo', { goal: goalName }, services);
        const edit: WorkspaceEdit = {
            documentChanges: [{ textDocument: { uri: uriText, version: document.textDocument.version }, edits: fix.edits }],
        };
        const connection = this.shared.lsp.Connection;
        if (!connection) return { applied: false, edit };
        const result = await connection.workspace.applyEdit({ label: fix.title, edit });
        return { applied: result.applied, edit };
    }

    private fail(document: LangiumDocument | undefined, key: CatalogueKey, params: Record<string, string>, services?: PopServices): MakeSmartResult {
        const locale = document && services ? localeOf(document, services.pop.Settings.current) : 'en';
        const message = t(locale, key, params);
        void this.shared.lsp.Connection?.window.showWarningMessage(message);
        return { applied: false, message };
    }
}
