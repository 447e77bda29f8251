/**
 * The web worker's file system: every read is a request to the client, which answers it through
 * `vscode.workspace.fs` (packages/extension/src/workspace-files.ts). So the worker reads the same files the editor
 * shows, on any file system VS Code for the Web has (a GitHub repository, code-server's remote disk, a local folder),
 * without Node's `fs`.
 *
 * Errors carry Node's codes (ENOENT for a missing file), because the language core tells a missing file from an
 * unreadable one by them (pop-document-factory.ts).
 */
import { URI, type FileSystemNode, type FileSystemProvider } from 'langium';
import type { Connection } from 'vscode-languageserver';
import {
    FIND_FILES_REQUEST, READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, STAT_REQUEST, type FileParams, type FindFilesParams,
    type FindFilesResult, type ReadDirectoryResult, type ReadFileResult, type StatResult,
} from '@pop-lang/server/file-protocol';

export class ClientFileSystemProvider implements FileSystemProvider {
    /** The schemes of the workspace folders: their files can be read through the client. */
    private readonly schemes = new Set<string>(['file']);
    private connection: Connection | undefined;

    /** The connection is made after the services that need this provider; reads wait for nothing before it is set. */
    connect(connection: Connection): void {
        this.connection = connection;
    }

    /** Called with the workspace folders the client announced. */
    addFolderSchemes(folders: ReadonlyArray<{ uri: string }> | null | undefined): void {
        for (const folder of folders ?? []) this.schemes.add(URI.parse(folder.uri).scheme);
    }

    /** Whether a file can be behind the URI: one on the workspace's own file system (not `untitled:`). */
    readsScheme(scheme: string): boolean {
        return this.schemes.has(scheme);
    }

    async findFiles(folder: URI, extensions: readonly string[]): Promise<URI[]> {
        const params: FindFilesParams = { folder: folder.toString(), extensions };
        const found = await this.request<FindFilesResult>(FIND_FILES_REQUEST, params);
        return Array.isArray(found) ? found.filter(uri => typeof uri === 'string').map(uri => URI.parse(uri)) : [];
    }

    async readFile(uri: URI): Promise<string> {
        const result = await this.request<ReadFileResult>(READ_FILE_REQUEST, { uri: uri.toString() } satisfies FileParams);
        if (result && 'text' in result && typeof result.text === 'string') return result.text;
        throw fileError(uri, result);
    }

    async readBinary(uri: URI): Promise<Uint8Array> {
        return new TextEncoder().encode(await this.readFile(uri));
    }

    async readDirectory(uri: URI): Promise<FileSystemNode[]> {
        const result = await this.request<ReadDirectoryResult>(READ_DIRECTORY_REQUEST, { uri: uri.toString() } satisfies FileParams);
        if (result && 'entries' in result && Array.isArray(result.entries)) {
            return result.entries.map(entry => ({ isFile: entry.isFile, isDirectory: entry.isDirectory, uri: URI.parse(entry.uri) }));
        }
        throw fileError(uri, result);
    }

    async stat(uri: URI): Promise<FileSystemNode> {
        const result = await this.request<StatResult>(STAT_REQUEST, { uri: uri.toString() } satisfies FileParams);
        if (result && 'isFile' in result) return { isFile: result.isFile, isDirectory: result.isDirectory, uri };
        throw fileError(uri, result);
    }

    async exists(uri: URI): Promise<boolean> {
        try {
            await this.stat(uri);
            return true;
        } catch {
            return false;
        }
    }

    // A worker cannot wait for its client synchronously; Langium's language server does not call these.
    statSync(uri: URI): FileSystemNode {
        throw noSyncReads(uri);
    }

    existsSync(): boolean {
        return false;
    }

    readBinarySync(uri: URI): Uint8Array {
        throw noSyncReads(uri);
    }

    readFileSync(uri: URI): string {
        throw noSyncReads(uri);
    }

    readDirectorySync(uri: URI): FileSystemNode[] {
        throw noSyncReads(uri);
    }

    private async request<R>(method: string, params: unknown): Promise<R | undefined> {
        if (!this.connection) throw Object.assign(new Error(`POP: no client to read files from (${method})`), { code: 'ENOENT' });
        return this.connection.sendRequest<R>(method, params);
    }
}

function fileError(uri: URI, answer: unknown): Error {
    const result = answer as { error?: unknown; reason?: unknown } | undefined;
    const notFound = result?.error !== 'unreadable';
    const reason = typeof result?.reason === 'string' ? result.reason : 'the client gave no answer';
    return Object.assign(new Error(`${uri.toString()}: ${reason}`), { code: notFound ? 'ENOENT' : 'EACCES' });
}

function noSyncReads(uri: URI): Error {
    return new Error(`POP: ${uri.toString()} cannot be read synchronously in a web worker`);
}
