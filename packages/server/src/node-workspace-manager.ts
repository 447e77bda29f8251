/**
 * Node only: the folders the server reads .pop files from, so that references to other files resolve.
 * - The client's workspace folders, as in Langium; a client that sends none but names a root (`rootUri`, or the
 *   older `rootPath`) gets that root.
 * - For a file opened outside every folder: its project, found as `pop check` finds it (the nearest folder upwards
 *   with a .poprc.json or .git). The project folder joins the folders, so its files are read and kept as on disk
 *   when they are closed (lsp/pop-document-update-handler.ts).
 * The project's .poprc.json gives settings too, as it does for the CLI: the one found from the first folder
 * upwards, or, with no folder from the client (single-file mode), the first one found from an opened file.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DefaultWorkspaceManager, DocumentState, URI, UriUtils, type Cancellation } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { InitializeParams, WorkspaceFolder } from 'vscode-languageserver';
import { findConfigFile, findProjectFolder } from '@pop-lang/language/node';

/** Takes a project's .poprc.json (its text, or why it could not be read); says whether the settings changed. */
export type ProjectConfigListener = (file: string, text: string | Error) => boolean;

export class PopNodeWorkspaceManager extends DefaultWorkspaceManager {
    private readonly textDocuments: LangiumSharedServices['workspace']['TextDocuments'];
    /** Folders of opened files whose project has been looked for, found or not: the walk up is done once. */
    private readonly searched = new Set<string>();
    private singleFile = false;
    private configFound = false;
    private configListener: ProjectConfigListener | undefined;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.textDocuments = services.workspace.TextDocuments;
        // Awaited by every update before it builds, inside the workspace lock: the project's files are then built
        // with the document that was opened, which shows its cross-file references resolved from the start.
        this.documentBuilder.onUpdate(changed => this.addProjectsOf(changed));
    }

    override initialize(params: InitializeParams): void {
        this.folders = clientFolders(params);
        this.singleFile = this.folders.length === 0;
    }

    override async initializeWorkspace(folders: WorkspaceFolder[], cancelToken?: Cancellation.CancellationToken): Promise<void> {
        // Inside the workspace lock, before the first build: the first diagnostics already follow the file.
        const first = folders.map(folder => URI.parse(folder.uri)).find(uri => uri.scheme === 'file');
        if (first) this.useConfigOf(first.fsPath);
        return super.initializeWorkspace(folders, cancelToken);
    }

    onProjectConfig(listener: ProjectConfigListener): void {
        this.configListener = listener;
    }

    private async addProjectsOf(changed: readonly URI[]): Promise<void> {
        for (const uri of changed) {
            if (uri.scheme !== 'file' || !this.textDocuments.get(uri.toString())) continue;
            const folder = path.dirname(uri.fsPath);
            if (this.searched.has(folder)) continue;
            this.searched.add(folder);
            if (this.isInFolders(uri)) continue;
            const project = findProjectFolder(uri.fsPath);
            if (project === undefined) continue;
            await this.addFolder(URI.file(project));
            if (this.singleFile && !this.configFound) this.useConfigOf(folder);
        }
    }

    private isInFolders(uri: URI): boolean {
        const file = URI.parse(UriUtils.normalize(uri));
        return (this.folders ?? []).some(folder => UriUtils.contains(URI.parse(UriUtils.normalize(folder.uri)), file));
    }

    /** Reads the folder's .pop files into the workspace; the update that is running builds them. */
    private async addFolder(folder: URI): Promise<void> {
        this.folders = [...(this.folders ?? []), { uri: folder.toString(), name: UriUtils.basename(folder) }];
        for (const file of await this.searchFolder(folder)) {
            // An open file comes from the editor; the update creates it.
            if (this.langiumDocuments.hasDocument(file) || this.textDocuments.get(file.toString())) continue;
            try {
                await this.langiumDocuments.getOrCreateDocument(file);
            } catch {
                // Unreadable for now: the user did not ask for it, as `pop check` leaves it out without a word.
            }
        }
    }

    private useConfigOf(folder: string): void {
        const file = findConfigFile(folder);
        if (file === undefined) return;
        this.configFound = true;
        let text: string | Error;
        try {
            text = readFileSync(file, 'utf8');
        } catch (error) {
            text = error instanceof Error ? error : new Error(String(error));
        }
        if (!this.configListener?.(file, text)) return;
        // Checked again with the project's settings by the update that is running.
        for (const document of this.langiumDocuments.all) {
            if (document.state >= DocumentState.Validated) this.documentBuilder.resetToState(document, DocumentState.IndexedReferences);
        }
    }
}

/** The client's workspace folders; else its root, which older clients and some editors send instead. */
function clientFolders(params: InitializeParams): WorkspaceFolder[] {
    if (params.workspaceFolders && params.workspaceFolders.length > 0) return params.workspaceFolders;
    const root = params.rootUri ? URI.parse(params.rootUri) : params.rootPath ? URI.file(params.rootPath) : undefined;
    return root ? [{ uri: root.toString(), name: UriUtils.basename(root) }] : [];
}
