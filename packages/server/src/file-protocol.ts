/**
 * The requests a language server without a file system of its own (the web worker, packages/web/src/server) sends
 * to its client, which answers them through `vscode.workspace.fs` (packages/extension/src/workspace-files.ts).
 * Client and server both import these, so names and shapes cannot drift apart. Nothing here may import 'vscode'.
 */

/** The .pop files under a folder, as the client's file search finds them (respecting `files.exclude`). */
export const FIND_FILES_REQUEST = 'pop/findFiles';
export interface FindFilesParams {
    /** The folder to search, a URI. */
    readonly folder: string;
    /** File name extensions to find, with their dot: ['.pop']. */
    readonly extensions: readonly string[];
}
/** The files' URIs. */
export type FindFilesResult = string[];

/** A file's text, decoded as UTF-8. */
export const READ_FILE_REQUEST = 'pop/readFile';
export interface FileParams {
    readonly uri: string;
}
export type ReadFileResult =
    | { readonly text: string }
    /** `notFound`: there is no such file; `unreadable`: there is one, but it could not be read (the reason says why). */
    | { readonly error: 'notFound' | 'unreadable'; readonly reason: string };

/** What is in a folder. */
export const READ_DIRECTORY_REQUEST = 'pop/readDirectory';
export type ReadDirectoryResult =
    | { readonly entries: ReadonlyArray<{ readonly uri: string; readonly isFile: boolean; readonly isDirectory: boolean }> }
    | { readonly error: 'notFound' | 'unreadable'; readonly reason: string };

/** Whether a file or folder is there, and which. */
export const STAT_REQUEST = 'pop/stat';
export type StatResult =
    | { readonly isFile: boolean; readonly isDirectory: boolean }
    | { readonly error: 'notFound' | 'unreadable'; readonly reason: string };
