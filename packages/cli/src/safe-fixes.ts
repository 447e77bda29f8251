import { readFileSync, statSync } from 'node:fs';
import { TextDocument, type LangiumDocument } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import { counted, safeFixes, t, type PopCodeActionProvider, type PopLocale } from '@pop-lang/language';
import { AtomicWrites, writeError } from './atomic-write.js';
import type { Io } from './check.js';
import { CliError } from './errors.js';
import { realPath, type SourceFile } from './files.js';
import { updateTexts, type LoadedWorkspace } from './workspace.js';

/** What fixing did to one of the given files. */
export interface FileFix {
    readonly source: SourceFile;
    /** The fixed text: the file's own text when nothing applied or the file is left alone. */
    readonly text: string;
    /** The fixes applied, by rule code. */
    readonly counts: ReadonlyMap<string, number>;
    /** Set when fixes applied but the file is left as it was, because the result would have a new syntax error. */
    readonly addsSyntaxError: boolean;
}

/** A fix can make room for another (a date added, then a review for it); this bounds a pair that undo each other. */
const MAX_PASSES = 10;

function syntaxErrors(document: LangiumDocument): number {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
}

/**
 * A pure-CRLF file gets CRLF in what the fixes insert too, as an editor would do. A file that mixes line ends keeps
 * the fixes' LF: changing the line end of text the fix carries over from the file would change the user's bytes.
 */
function withLineEnds(text: string, edits: readonly TextEdit[]): TextEdit[] {
    if (!text.includes('\r\n') || /(?<!\r)\n/.test(text)) return [...edits];
    return edits.map(edit => ({ ...edit, newText: edit.newText.replace(/(?<!\r)\n/g, '\r\n') }));
}

/**
 * Applies the safe fixes of `source.fixAll.pop` to every given file of the workspace, pass after pass, rebuilding
 * the changed files (and those that refer to them) between passes, until no fix applies. A file whose fixed text
 * would have more syntax errors than its own is put back as it was. The workspace ends up holding the texts
 * returned, so its diagnostics are those of the result.
 */
export async function applySafeFixes(workspace: LoadedWorkspace, include: (code: string) => boolean): Promise<FileFix[]> {
    const provider = workspace.services.Pop.lsp.CodeActionProvider as PopCodeActionProvider;
    const files = workspace.documents.map(({ source, document }) => ({
        source, document, before: syntaxErrors(document), counts: new Map<string, number>(), addsSyntaxError: false,
    }));
    for (let pass = 0; pass < MAX_PASSES; pass++) {
        const changed: Array<{ file: typeof files[number]; text: string; codes: string[] }> = [];
        for (const file of files) {
            if (file.addsSyntaxError) continue;
            const { document } = file;
            const fixes = safeFixes(document, document.diagnostics ?? [], d => provider.fixesForDiagnostic(document, d), include);
            if (fixes.length === 0) continue;
            const old = document.textDocument.getText();
            const text = TextDocument.applyEdits(document.textDocument, withLineEnds(old, fixes.flatMap(f => f.edits)));
            if (text !== old) changed.push({ file, text, codes: fixes.map(f => f.code) });
        }
        if (changed.length === 0) break;
        await updateTexts(workspace, changed.map(({ file, text }) => ({ document: file.document, text })));
        const undo = [];
        for (const { file, codes } of changed) {
            if (syntaxErrors(file.document) > file.before) {
                file.addsSyntaxError = true;
                undo.push({ document: file.document, text: file.source.text });
                continue;
            }
            for (const code of codes) file.counts.set(code, (file.counts.get(code) ?? 0) + 1);
        }
        await updateTexts(workspace, undo);
    }
    return files.map(({ source, document, counts, addsSyntaxError }) => ({
        source,
        text: addsSyntaxError ? source.text : document.textDocument.getText(),
        counts: addsSyntaxError ? new Map() : counts,
        addsSyntaxError,
    }));
}

export function isChanged(fix: FileFix): boolean {
    return fix.text !== fix.source.text;
}

const decoder = new TextDecoder('utf-8');

/**
 * Writes a fixed file over the real file behind it (a link stays a link), with the permissions it had and its byte
 * order mark if it had one. Returns false, writing nothing, when the file no longer holds the text that was fixed.
 */
function writeFix(fix: FileFix, writer: AtomicWrites, locale: PopLocale, cwd: string): boolean {
    const file = realPath(fix.source.path);
    let bytes: Buffer;
    let mode: number;
    try {
        bytes = readFileSync(file);
        mode = statSync(file).mode;
    } catch (error) {
        throw writeError(error, fix.source.path, locale, cwd);
    }
    if (decoder.decode(bytes) !== fix.source.text) return false;
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? '\ufeff' : '';
    try {
        writer.write(file, bom + fix.text, mode);
    } catch (error) {
        throw writeError(error, fix.source.path, locale, cwd);
    }
    return true;
}

/** "smart.time-bound.no-end ×2, plan.duplicate-field": the rules fixed in a file, most fixes first. */
function countsByRule(counts: ReadonlyMap<string, number>): string {
    return [...counts].sort(([a, m], [b, n]) => n - m || a.localeCompare(b))
        .map(([code, n]) => (n > 1 ? `${code} ×${n}` : code)).join(', ');
}

/** One line per file that fixes applied to (or would, with `dryRun`), and one per file left alone. */
export function fixLines(fixes: readonly FileFix[], dryRun: boolean, locale: PopLocale): string[] {
    const lines: string[] = [];
    for (const fix of fixes) {
        if (fix.addsSyntaxError) {
            lines.push(t(locale, 'cli.fixAddsSyntaxError', { path: fix.source.display }));
        } else if (isChanged(fix)) {
            const count = [...fix.counts.values()].reduce((a, b) => a + b, 0);
            lines.push(t(locale, dryRun ? 'cli.fixWouldFix' : 'cli.fixFixed', { path: fix.source.display, problems: counted(locale, 'problems', count), rules: countsByRule(fix.counts) }));
        }
    }
    return lines;
}

/**
 * Writes every changed file and returns a line per file saying what was fixed, or why it was left alone. A file
 * that cannot be written is reported on stderr and does not stop the others. Files not written get their own
 * text back in the workspace, so that what is reported afterwards is what is on disk.
 */
export async function writeFixes(workspace: LoadedWorkspace, fixes: readonly FileFix[], locale: PopLocale, io: Io): Promise<{ lines: string[]; failed: boolean }> {
    const lines: string[] = [];
    const unwritten: FileFix[] = [];
    let failed = false;
    const writer = new AtomicWrites();
    try {
        for (const fix of fixes) {
            let line: string | undefined = fixLines([fix], false, locale)[0];
            if (isChanged(fix)) {
                try {
                    if (!writeFix(fix, writer, locale, io.cwd)) {
                        line = t(locale, 'cli.fixChangedMeanwhile', { path: fix.source.display });
                        unwritten.push(fix);
                    }
                } catch (error) {
                    if (!(error instanceof CliError)) throw error;
                    io.stderr(`pop: ${error.message}\n`);
                    line = undefined;
                    failed = true;
                    unwritten.push(fix);
                }
            }
            if (line !== undefined) lines.push(line);
        }
    } finally {
        writer.close();
    }
    await updateTexts(workspace, unwritten.map(fix => ({
        document: workspace.documents.find(d => d.source === fix.source)!.document,
        text: fix.source.text,
    })));
    return { lines, failed };
}
