/**
 * Answers the web worker's file requests (packages/server/src/file-protocol.ts) through `vscode.workspace.fs`:
 * in VS Code for the Web the language server has no file system of its own, so it reads the workspace's plans
 * through the editor, which reads them from wherever the workspace is (a GitHub repository, a remote disk).
 */
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import {
    FIND_FILES_REQUEST, READ_DIRECTORY_REQUEST, READ_FILE_REQUEST, STAT_REQUEST, type FileParams, type FindFilesParams,
    type FindFilesResult, type ReadDirectoryResult, type ReadFileResult, type StatResult,
} from '@pop-lang/server/file-protocol';

type Failure = { error: 'notFound' | 'unreadable'; reason: string };

export function answerFileRequests(client: BaseLanguageClient): vscode.Disposable[] {
    const decoder = new TextDecoder('utf-8');
    return [
        client.onRequest(FIND_FILES_REQUEST, async (params: FindFilesParams): Promise<FindFilesResult> => {
            const folder = parseUri(params?.folder);
            const extensions = (Array.isArray(params?.extensions) ? params.extensions : [])
                .filter((extension): extension is string => typeof extension === 'string' && /^\.[\w-]+$/.test(extension));
            if (!folder || extensions.length === 0) return [];
            const glob = extensions.length === 1 ? `**/*${extensions[0]}` : `**/*{${extensions.join(',')}}`;
            const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, glob));
            return found.map(uri => uri.toString());
        }),
        client.onRequest(READ_FILE_REQUEST, async (params: FileParams): Promise<ReadFileResult> => {
            const uri = parseUri(params?.uri);
            if (!uri) return { error: 'notFound', reason: 'no URI' };
            try {
                return { text: decoder.decode(await vscode.workspace.fs.readFile(uri)) };
            } catch (error) {
                return failure(error);
            }
        }),
        client.onRequest(READ_DIRECTORY_REQUEST, async (params: FileParams): Promise<ReadDirectoryResult> => {
            const uri = parseUri(params?.uri);
            if (!uri) return { error: 'notFound', reason: 'no URI' };
            try {
                const entries = await vscode.workspace.fs.readDirectory(uri);
                return {
                    entries: entries.map(([name, type]) => ({
                        uri: vscode.Uri.joinPath(uri, name).toString(),
                        isFile: (type & vscode.FileType.File) !== 0,
                        isDirectory: (type & vscode.FileType.Directory) !== 0,
                    })),
                };
            } catch (error) {
                return failure(error);
            }
        }),
        client.onRequest(STAT_REQUEST, async (params: FileParams): Promise<StatResult> => {
            const uri = parseUri(params?.uri);
            if (!uri) return { error: 'notFound', reason: 'no URI' };
            try {
                const stat = await vscode.workspace.fs.stat(uri);
                return { isFile: (stat.type & vscode.FileType.File) !== 0, isDirectory: (stat.type & vscode.FileType.Directory) !== 0 };
            } catch (error) {
                return failure(error);
            }
        }),
    ];
}

function parseUri(value: unknown): vscode.Uri | undefined {
    if (typeof value !== 'string' || value === '') return undefined;
    try {
        return vscode.Uri.parse(value, true);
    } catch {
        return undefined;
    }
}

function failure(error: unknown): Failure {
    const reason = error instanceof Error ? error.message : String(error);
    const code = (error as { code?: unknown } | undefined)?.code;
    const notFound = code === 'FileNotFound' || code === 'FileNotADirectory';
    return { error: notFound ? 'notFound' : 'unreadable', reason };
}
