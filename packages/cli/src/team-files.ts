/**
 * Reading a team's plans for report, calendar and due: like check, but a file or folder that cannot be read is
 * noted and passed over, so that one broken file never hides the rest of the team.
 */
import { renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { LangiumDocument } from 'langium';
import { isPlan, t, type Document, type PopLocale, type PopSettings } from '@pop-lang/language';
import { temporarySuffix } from './atomic-write.js';
import { projectContext } from './check.js';
import { CliError, cliError } from './errors.js';
import { displayPath, findPopFiles, readSource, type SourceFile } from './files.js';
import { loadWorkspace, type LoadedWorkspace } from './workspace.js';

interface UnreadInput {
    readonly file: string;
    /** One line saying why, as `pop check` would say it. */
    readonly message: string;
}

export interface TeamInput {
    readonly workspace: LoadedWorkspace;
    readonly unread: readonly UnreadInput[];
    /** The number of files asked about, read or not. */
    readonly files: number;
}

/** The .pop files the inputs name, read and built as one workspace with the project's other files. */
export async function loadTeam(inputs: readonly string[], values: Record<string, unknown>, settings: Partial<PopSettings>, locale: PopLocale, cwd: string): Promise<TeamInput> {
    const unread: UnreadInput[] = [];
    const files: string[] = [];
    const seen = new Set<string>();
    // Paths and folders that could not be read at all count as files the report was asked about.
    let unlisted = 0;
    const add = (file: string) => {
        if (!seen.has(file)) files.push(file), seen.add(file);
    };
    for (const input of inputs) {
        const absolute = path.resolve(cwd, input);
        let isFolder: boolean;
        try {
            isFolder = statSync(absolute).isDirectory();
        } catch {
            unread.push({ file: input, message: t(locale, 'cli.notFound', { path: input }) });
            unlisted++;
            continue;
        }
        if (isFolder) {
            const found = findPopFiles(absolute, (error, folder) => {
                unread.push({
                    file: displayPath(folder, cwd),
                    message: t(locale, 'cli.unreadable', { path: displayPath(folder, cwd), reason: errorReason(error, locale) }),
                });
                unlisted++;
            });
            if (found.length === 0 && unread.length === 0) throw cliError(locale, 'noPopFiles', { path: input });
            found.forEach(add);
        } else if (!absolute.endsWith('.pop')) {
            throw cliError(locale, 'notPop', { path: input });
        } else {
            add(absolute);
        }
    }
    const sources: SourceFile[] = [];
    for (const file of files) {
        try {
            sources.push(readSource(file, locale, cwd));
        } catch (error) {
            if (!(error instanceof CliError)) throw error;
            unread.push({ file: displayPath(file, cwd), message: error.message });
        }
    }
    const readable = sources.map(s => s.path);
    const workspace = await loadWorkspace(sources, settings, projectContext(values, readable, locale, cwd));
    return { workspace, unread, files: files.length + unlisted };
}

function errorReason(error: unknown, locale: PopLocale): string {
    const code = (error as NodeJS.ErrnoException).code;
    return code === 'EACCES' || code === 'EPERM' ? t(locale, 'cli.noReadAccess') : (error as Error).message.replace(/^[A-Z]+: /, '').split(',')[0];
}

/** The language of a team view: --locale or the config's, else the language most plans are written in. */
export function teamLocale(settings: Partial<PopSettings>, documents: ReadonlyArray<LangiumDocument<Document>>, fallback: PopLocale, languageOf: (d: LangiumDocument) => PopLocale): PopLocale {
    if (settings.locale === 'nl' || settings.locale === 'en') return settings.locale;
    let nl = 0;
    let en = 0;
    for (const document of documents) {
        if (!document.parseResult.value.items.some(isPlan)) continue;
        if (languageOf(document) === 'nl') nl++; else en++;
    }
    return nl > en ? 'nl' : en > nl ? 'en' : fallback;
}

/** A reader never sees half a file: write beside the target, then rename over it. */
export function writeOutput(file: string, content: string | Uint8Array, locale: PopLocale, cwd: string): void {
    const temp = path.join(path.dirname(file), `.${path.basename(file)}.${temporarySuffix()}.tmp`);
    try {
        writeFileSync(temp, content, { flag: 'wx' });
        renameSync(temp, file);
    } catch (error) {
        try { unlinkSync(temp); } catch { /* never made */ }
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'ENOENT') throw cliError(locale, 'renderMissingFolder', { path: displayPath(file, cwd), folder: displayPath(path.dirname(file), cwd) });
        const reason = code === 'EACCES' || code === 'EPERM' ? t(locale, 'cli.noWriteAccess')
            : code === 'EISDIR' ? t(locale, 'cli.isFolder')
            : (error as Error).message.replace(/^[A-Z]+: /, '').split(',')[0];
        throw cliError(locale, 'renderWriteFailed', { path: displayPath(file, cwd), reason });
    }
}

/** Refuses an output that would overwrite a plan. */
export function checkOutputPath(file: string, locale: PopLocale, cwd: string): void {
    if (file.toLowerCase().endsWith('.pop')) throw cliError(locale, 'renderOverwritePop', { path: displayPath(file, cwd) });
}
