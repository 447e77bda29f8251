/**
 * Finds the workspace's plans with one request to the client (its file search) instead of one directory read per
 * folder, which on a remote file system (a GitHub repository in vscode.dev) is a round trip each. The files found
 * are filtered by the same rule as Langium's own walk (no dot-folders, node_modules or out), so the web worker
 * reads the same plans as the Node server.
 */
import { DefaultWorkspaceManager, URI, UriUtils, type LangiumSharedCoreServices } from 'langium';
import type { ClientFileSystemProvider } from './client-file-system.js';

export class ClientWorkspaceManager extends DefaultWorkspaceManager {
    private readonly extensions: () => string[];

    constructor(services: LangiumSharedCoreServices, private readonly files: ClientFileSystemProvider) {
        super(services);
        this.extensions = () => services.ServiceRegistry.all.flatMap(language => language.LanguageMetaData.fileExtensions);
    }

    protected override async traverseFolder(folder: URI, uris: URI[]): Promise<void> {
        try {
            const found = await this.files.findFiles(folder, this.extensions());
            uris.push(...found.filter(file => this.isScanned(folder, file)));
        } catch (error) {
            console.error(`POP: could not list the plans in ${folder.toString(true)}:`, error);
        }
    }

    /** The file and every folder between it and the workspace folder pass the walk's own test. */
    private isScanned(root: URI, file: URI): boolean {
        if (!UriUtils.contains(root, file) || !this.shouldIncludeEntry({ isFile: true, isDirectory: false, uri: file })) return false;
        const rootLength = root.path.replace(/\/$/, '').length;
        for (let dir = UriUtils.dirname(file); dir.path.length > rootLength; dir = UriUtils.dirname(dir)) {
            if (!this.shouldIncludeEntry({ isFile: false, isDirectory: true, uri: dir })) return false;
        }
        return true;
    }
}
