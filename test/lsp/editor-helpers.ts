import type { LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Position } from 'vscode-languageserver';
import type { Document } from '../../packages/language/src/index.js';
import { applyEdits } from '../support/edits.js';
import { build, createServices, type Services } from '../support/services.js';

/** The text with one '|' marking the cursor, split into the text without it and the cursor position. */
export function cursor(marked: string): { text: string; position: Position; offset: number } {
    const offset = marked.indexOf('|');
    if (offset < 0) throw new Error('no cursor marker');
    const text = marked.slice(0, offset) + marked.slice(offset + 1);
    const document = TextDocument.create('file:///x.pop', 'pop', 0, text);
    return { text, position: document.positionAt(offset), offset };
}

export async function open(text: string, settings: Parameters<typeof createServices>[0] = {}): Promise<{ services: Services; document: LangiumDocument<Document> }> {
    const services = createServices(settings);
    const [document] = await build(services, text);
    return { services, document };
}

export async function format(text: string, options = { tabSize: 4, insertSpaces: true }): Promise<string> {
    const { services, document } = await open(text);
    const edits = await services.Pop.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options });
    return applyEdits(text, edits);
}

/** The text with all whitespace removed: what a formatter must never change. */
export function words(text: string): string {
    return text.replace(/\s+/g, '');
}
