import { chmodSync, mkdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { t, type PopLocale } from '@pop-lang/language';
import { cliError, type CliError } from './errors.js';
import { displayPath } from './files.js';

/**
 * Unique among the writers of one folder: the process, and a random part for its own writes. The 'wx' flag refuses a
 * name that is taken all the same. Not node:crypto, whose loading cost every pop run about 10 ms of CPU.
 */
export function temporarySuffix(): string {
    return `${process.pid}-${Math.random().toString(16).slice(2, 10)}`;
}

/**
 * A reader never sees half a file: writes a temporary file beside the target, then renames it over the target.
 * `mode` gives the new file the permissions of the one it replaces (a new file gets the default ones).
 */
export function writeAtomically(file: string, content: string | Uint8Array, mode?: number): void {
    replaceThroughTemporary(path.join(path.dirname(file), `.${path.basename(file)}.${temporarySuffix()}.tmp`), file, content, mode);
}

/** Writes a new temporary file, gives it the mode, and renames it over the target; the temporary file never stays. */
function replaceThroughTemporary(temp: string, file: string, content: string | Uint8Array, mode: number | undefined): void {
    try {
        writeFileSync(temp, content, { flag: 'wx' });
        if (mode !== undefined) chmodSync(temp, mode & 0o7777);
        renameSync(temp, file);
    } catch (error) {
        try { unlinkSync(temp); } catch { /* the temporary file was never made */ }
        throw error;
    }
}

/**
 * Atomic writes of many files: each is written to a temporary folder beside it, then renamed over it, so that a
 * reader still never sees half a file. A folder of its own, because making a file in a folder of a thousand plans
 * costs about ten times what it costs in a small one (docs/performance.md). The temporary folder (one per folder
 * written to, on the same file system, so the rename stays atomic) is removed by `close`.
 */
export class AtomicWrites {
    private readonly folders = new Map<string, string>();
    private counter = 0;

    write(file: string, content: string | Uint8Array, mode?: number): void {
        const folder = path.dirname(file);
        let temporaryFolder = this.folders.get(folder);
        if (temporaryFolder === undefined) {
            temporaryFolder = path.join(folder, `.pop-${temporarySuffix()}.tmp`);
            mkdirSync(temporaryFolder);
            this.folders.set(folder, temporaryFolder);
        }
        replaceThroughTemporary(path.join(temporaryFolder, String(this.counter++)), file, content, mode);
    }

    /** Removes the temporary folders, and whatever a failed write left in them. */
    close(): void {
        for (const temporaryFolder of this.folders.values()) rmSync(temporaryFolder, { recursive: true, force: true });
        this.folders.clear();
    }
}

/** Why a file could not be written, in a sentence for the user. */
export function writeError(error: unknown, file: string, locale: PopLocale, cwd: string): CliError {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'EACCES' || code === 'EPERM' ? t(locale, 'cli.noWriteAccess')
        : code === 'EISDIR' ? t(locale, 'cli.isFolder')
        : (error as Error).message.replace(/^[A-Z]+: /, '').split(',')[0];
    return cliError(locale, 'renderWriteFailed', { path: displayPath(file, cwd), reason });
}
