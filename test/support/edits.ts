/** Applying what code actions and formatters return, and what any edit of theirs must keep: the user's own text. */
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CodeAction, Command, TextEdit } from 'vscode-languageserver';
import { isClosedString } from '../../packages/language/src/pop-lexer.js';
import type { Services } from './services.js';

/** Applies edits as an editor does; overlapping edits make vscode-languageserver-textdocument throw, which is a bug. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
    const scratch = TextDocument.create('file:///scratch.pop', 'pop', 0, text);
    return TextDocument.applyEdits(scratch, [...edits]);
}

/** The edits an action makes to the document at `uri` (POP's actions only ever edit the file they were asked about). */
export function editsOf(action: CodeAction | Command, uri: string): TextEdit[] {
    if (!('edit' in action) || !action.edit) return [];
    const changes = action.edit.changes ?? {};
    for (const other of Object.keys(changes)) {
        if (other !== uri) throw new Error(`action "${action.title}" edits another file: ${other}`);
    }
    if (action.edit.documentChanges) throw new Error(`action "${action.title}" uses documentChanges, which the tests do not expect`);
    return changes[uri] ?? [];
}

/**
 * The string literals and the comments of a text, as the language's lexer sees them. A string whose closing quote is
 * missing is counted with it, so that adding the quote keeps its text.
 */
export function userTexts(services: Services, text: string): { strings: string[]; comments: string[] } {
    const result = services.Pop.parser.Lexer.tokenize(text);
    const strings = result.tokens.filter(t => t.tokenType.name === 'STRING').map(t => (isClosedString(t.image) ? t.image : closed(t.image)));
    const comments = (result.hidden ?? []).filter(t => /COMMENT/.test(t.tokenType.name)).map(t => t.image);
    return { strings, comments };
}

/** A string without its closing quote as it reads closed: a final lone backslash stays a backslash. */
function closed(image: string): string {
    const content = image.trimEnd();
    return /(^|[^\\])(\\\\)*\\$/.test(content) ? `${content}\\"` : `${content}"`;
}

/** Every string literal and comment of a text, in one list. */
export function userText(services: Services, text: string): string[] {
    const { strings, comments } = userTexts(services, text);
    return [...strings, ...comments];
}
