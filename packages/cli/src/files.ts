import { readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { t, type PopLocale } from '@pop-lang/language';
import { cliError } from './errors.js';

export interface SourceFile {
    /** Absolute path. */
    readonly path: string;
    /** As the user should see it: relative to the working directory when inside it. */
    readonly display: string;
    readonly text: string;
}

const SKIPPED_FOLDERS = new Set(['node_modules', '.git']);

export function displayPath(file: string, cwd = process.cwd()): string {
    const relative = path.relative(cwd, file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

/** Expands files and folders into the .pop files they name, in a stable order, each read once. */
export function collectFiles(inputs: readonly string[], locale: PopLocale, cwd = process.cwd()): string[] {
    const result: string[] = [];
    const seen = new Set<string>();
    const add = (file: string) => {
        if (!seen.has(file)) {
            seen.add(file);
            result.push(file);
        }
    };
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        let stats;
        try {
            stats = statSync(absolute);
        } catch (error) {
            throw ioError(error, input, locale);
        }
        if (stats.isDirectory()) {
            const found = findPopFiles(absolute, (error, folder) => { throw ioError(error, folder, locale); });
            if (found.length === 0) throw cliError(locale, 'noPopFiles', { path: input });
            found.forEach(add);
        } else {
            if (!absolute.endsWith('.pop')) throw cliError(locale, 'notPop', { path: input });
            // Reading a pipe or a device named x.pop would wait forever, or read without end.
            if (!stats.isFile()) throw cliError(locale, 'unreadable', { path: input, reason: t(locale, 'robustness.notRegularFile') });
            add(absolute);
        }
    }
    return result;
}

/**
 * The .pop files under a folder, in a stable order, skipping node_modules and hidden folders. A folder that cannot
 * be listed goes to `unreadable`, which throws (for a folder the user gave) or lets it be passed over.
 */
export function findPopFiles(folder: string, unreadable: (error: unknown, folder: string) => void): string[] {
    let entries;
    try {
        entries = readdirSync(folder, { withFileTypes: true });
    } catch (error) {
        unreadable(error, folder);
        return [];
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const files: string[] = [];
    for (const entry of entries) {
        const full = path.join(folder, entry.name);
        if (entry.isDirectory()) {
            if (!SKIPPED_FOLDERS.has(entry.name) && !entry.name.startsWith('.')) files.push(...findPopFiles(full, unreadable));
        } else if (entry.isFile() && entry.name.endsWith('.pop')) {
            files.push(full);
        }
    }
    return files;
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** Reads a plan as UTF-8 text; binary and non-UTF-8 files are refused with a clear message, never guessed at. */
export function readSource(file: string, locale: PopLocale, cwd = process.cwd()): SourceFile {
    const display = displayPath(file, cwd);
    let bytes: Buffer;
    try {
        bytes = readFileSync(file);
    } catch (error) {
        throw ioError(error, display, locale);
    }
    const sample = bytes.subarray(0, 8192);
    if (sample.includes(0)) throw cliError(locale, 'binary', { path: display });
    let text: string;
    try {
        text = decoder.decode(bytes);
    } catch {
        throw cliError(locale, 'notUtf8', { path: display, offset: firstInvalidUtf8(bytes) });
    }
    return { path: file, display, text };
}

/** The 1-based position of the first byte that does not start a complete, well-formed UTF-8 sequence. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
    for (let i = 0; i < bytes.length;) {
        const lead = bytes[i];
        const length = lead < 0x80 ? 1 : lead >= 0xc2 && lead < 0xe0 ? 2 : lead >= 0xe0 && lead < 0xf0 ? 3 : lead >= 0xf0 && lead < 0xf5 ? 4 : 0;
        if (length === 0) return i + 1;
        for (let k = 1; k < length; k++) {
            if (i + k >= bytes.length || (bytes[i + k] & 0xc0) !== 0x80) return i + 1;
        }
        const second = bytes[i + 1];
        // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8 either.
        if ((lead === 0xe0 && second < 0xa0) || (lead === 0xed && second >= 0xa0)
            || (lead === 0xf0 && second < 0x90) || (lead === 0xf4 && second >= 0x90)) return i + 1;
        i += length;
    }
    return bytes.length + 1;
}

function ioError(error: unknown, shown: string, locale: PopLocale) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return cliError(locale, 'notFound', { path: shown });
    const reason = code === 'EACCES' || code === 'EPERM' ? t(locale, 'cli.noReadAccess')
        : code === 'EISDIR' ? t(locale, 'cli.isFolder')
        : (error as Error).message.replace(/^[A-Z]+: /, '').split(',')[0];
    return cliError(locale, 'unreadable', { path: shown, reason });
}

/** The file's real path, so that a file reached through a link is still the same file. */
export function realPath(file: string): string {
    try {
        return realpathSync.native(file);
    } catch {
        return path.resolve(file);
    }
}

/**
 * The project's other .pop files, read so that references to them resolve; they are not reported on. A file or
 * folder that cannot be read is left out without a word: the user did not ask for it to be checked.
 */
export function readProjectFiles(folder: string, exclude: Set<string>, cwd = process.cwd()): SourceFile[] {
    const sources: SourceFile[] = [];
    for (const file of findPopFiles(path.resolve(folder), () => undefined)) {
        // Given files, and files already read for another project of the same run, are read once.
        const real = realPath(file);
        if (exclude.has(real)) continue;
        exclude.add(real);
        try {
            sources.push(readSource(file, 'en', cwd));
        } catch {
            // Binary, not UTF-8 or unreadable: not the user's question here.
        }
    }
    return sources;
}
