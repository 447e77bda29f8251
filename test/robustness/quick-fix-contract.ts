/**
 * The quick-fix contract, checked on one input: every offered fix (and fix-all) keeps every string literal
 * and comment, adds no syntax error, and removes the diagnostics it claims to fix.
 */
import type { LangiumDocument } from 'langium';
import type { CodeAction, Command, TextEdit } from 'vscode-languageserver';
import { diagnosticCode, SUPPRESS_KIND } from '../../packages/language/src/index.js';
import type { Services } from '../support/services.js';
import { applyEdits, editsOf, userTexts } from '../support/edits.js';
import { codeActionsFor, fixAllFor } from '../support/code-actions.js';
import { syntaxErrorCount, withDocument } from './language-harness.js';

function count(items: readonly string[]): Map<string, number> {
    const counts = new Map<string, number>();
    for (const item of items) counts.set(item, (counts.get(item) ?? 0) + 1);
    return counts;
}

/**
 * Every string literal and comment of the original is still there after the fix. Fixes add text, so
 * the original's multiset must be contained in the new one. The one fix that removes a token, commenting
 * out a duplicated field, keeps its text verbatim inside the new comment, and that counts as kept.
 */
function lostUserText(services: Services, before: string, after: string): string[] {
    const was = userTexts(services, before);
    const now = userTexts(services, after);
    const available = count([...now.strings, ...now.comments]);
    const lost: string[] = [];
    for (const text of [...was.strings, ...was.comments]) {
        const left = available.get(text) ?? 0;
        if (left > 0) available.set(text, left - 1);
        else if (!now.comments.some(comment => comment.includes(text))) lost.push(text);
    }
    return lost;
}

/** Where an offset of the original text ends up after the edits. */
function mapOffset(offset: number, edits: ReadonlyArray<{ start: number; end: number; length: number }>): number {
    let shift = 0;
    for (const edit of edits) {
        if (edit.start < offset && offset < edit.end) return edit.start + shift;
        if (edit.end <= offset) shift += edit.length - (edit.end - edit.start);
    }
    return offset + shift;
}

async function checkAction(services: Services, document: LangiumDocument, action: CodeAction | Command, label: string): Promise<void> {
    const before = document.textDocument.getText();
    const edits: TextEdit[] = editsOf(action, document.uri.toString());
    if (edits.length === 0) return;
    const after = applyEdits(before, edits);
    const where = `${label} "${action.title}"`;

    const lost = lostUserText(services, before, after);
    if (lost.length) throw new Error(`${where} lost user text: ${JSON.stringify(lost)}\n--- after ---\n${after}`);

    const offsets = edits
        .map(e => ({ start: document.textDocument.offsetAt(e.range.start), end: document.textDocument.offsetAt(e.range.end), length: e.newText.length }))
        .sort((a, b) => a.start - b.start);
    const targets = ('diagnostics' in action ? action.diagnostics ?? [] : []).map(d => ({
        code: diagnosticCode(d),
        offset: mapOffset(document.textDocument.offsetAt(d.range.start), offsets),
    }));

    await withDocument(services, after, async fixed => {
        const errorsBefore = syntaxErrorCount(document);
        const errorsAfter = syntaxErrorCount(fixed);
        if (errorsAfter > errorsBefore) {
            const messages = [...fixed.parseResult.lexerErrors, ...fixed.parseResult.parserErrors].map(e => e.message);
            throw new Error(`${where} introduced syntax errors (${errorsBefore} → ${errorsAfter}): ${messages.join('; ')}\n--- after ---\n${after}`);
        }
        for (const target of targets) {
            const still = (fixed.diagnostics ?? []).find(d => diagnosticCode(d) === target.code && fixed.textDocument.offsetAt(d.range.start) === target.offset);
            if (still) throw new Error(`${where} did not remove ${target.code} at offset ${target.offset}: "${still.message}"\n--- after ---\n${after}`);
        }
    });
}

/**
 * At most this many diagnostics of one code are fixed one by one per input. A mutation that repeats a field
 * thousands of times on one line gave 4,618 duplicate-field warnings, and checking each fix rebuilds the whole
 * text: one such input took 7 minutes in the long mode. Further diagnostics of the same code get the same fix
 * at another place; fix-all below still covers all of them at once.
 */
const FIXES_PER_CODE = 25;

export async function everyFixKeepsText(services: Services, text: string): Promise<void> {
    await withDocument(services, text, async document => {
        const fixed = new Map<string, number>();
        for (const diagnostic of [...(document.diagnostics ?? [])]) {
            const code = diagnosticCode(diagnostic);
            const count = fixed.get(code) ?? 0;
            if (count >= FIXES_PER_CODE) continue;
            fixed.set(code, count + 1);
            for (const action of codeActionsFor(services, document, diagnostic)) {
                // "Suppress …" is the same edit for every diagnostic of a code: checked on the first one only.
                if ('kind' in action && action.kind === SUPPRESS_KIND && count > 0) continue;
                await checkAction(services, document, action, `quick fix for ${code}`);
            }
        }
        const fixAll = fixAllFor(services, document);
        if (fixAll) await checkAction(services, document, fixAll, 'fix all');
    });
}

