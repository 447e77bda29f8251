/**
 * Node only: where a POP project lies on disk. The CLI and the language server both find a file's project this way,
 * so that `pop check` and an editor without a workspace folder see the same organisation goals and settings.
 * Imported as '@pop-lang/language/node', never from the rest of the language core, which runs in a browser too.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The name of a project's settings file. */
export const CONFIG_FILE = '.poprc.json';

/** A folder and each folder above it, up to the root. */
function* foldersUp(start: string): Generator<string> {
    for (let folder = path.resolve(start); ; folder = path.dirname(folder)) {
        yield folder;
        if (path.dirname(folder) === folder) return;
    }
}

/** The nearest `.poprc.json` from `folder` upwards, not looking past a folder that holds `.git`. */
export function findConfigFile(folder: string): string | undefined {
    for (const candidate of foldersUp(folder)) {
        const file = path.join(candidate, CONFIG_FILE);
        if (existsSync(file)) return file;
        if (existsSync(path.join(candidate, '.git'))) return undefined;
    }
    return undefined;
}

/**
 * The project a file belongs to: the nearest folder, from the file's own folder upwards, that holds a `.poprc.json`
 * or a `.git`, as an editor would open it. Undefined when there is none, so that checking a file in a loose folder
 * never reads a whole home directory.
 */
export function findProjectFolder(file: string): string | undefined {
    for (const folder of foldersUp(path.dirname(path.resolve(file)))) {
        if (existsSync(path.join(folder, CONFIG_FILE)) || existsSync(path.join(folder, '.git'))) return folder;
    }
    return undefined;
}
