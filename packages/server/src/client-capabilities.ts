/**
 * What the server sends, fitted to what the client said at `initialize` it can show. POP's services answer as for
 * VS Code (Markdown hovers, a tree of symbols, diagnostics that link to their rule's docs); a client that cannot
 * show one of these gets plain text, a flat list, or no link. Done where Langium's answers leave for the client,
 * so that the services, and what the server announces at `initialize` (capabilities.ts), stay the same for all.
 */
import type {
    ClientCapabilities, Connection, Diagnostic, DocumentSymbol, Hover, MarkedString, MarkupContent, SymbolInformation,
} from 'vscode-languageserver';
import { markdownToPlainText } from './markdown-to-plain-text.js';

/**
 * Property descriptors for the connection Langium is given (language-server.ts): they wrap the hover and symbol
 * handlers Langium registers, and the diagnostics it sends, where the client needs it; none for a client like VS Code.
 */
export function fitToClient(connection: Connection, capabilities: ClientCapabilities): PropertyDescriptorMap {
    const fitted: PropertyDescriptorMap = {};
    const textDocument = capabilities.textDocument;
    if (!textDocument?.hover?.contentFormat?.includes('markdown')) {
        fitted.onHover = {
            value: (handler: Parameters<Connection['onHover']>[0]) => connection.onHover(async (...args) => {
                const hover = await handler(...args);
                return isHover(hover) ? plainHover(hover) : hover;
            }),
        };
    }
    if (textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport !== true) {
        fitted.onDocumentSymbol = {
            value: (handler: Parameters<Connection['onDocumentSymbol']>[0]) => connection.onDocumentSymbol(async (...args) => {
                const symbols = await handler(...args);
                return Array.isArray(symbols) ? flatSymbols(args[0].textDocument.uri, symbols) : symbols;
            }),
        };
    }
    if (textDocument?.publishDiagnostics?.codeDescriptionSupport !== true) {
        fitted.sendDiagnostics = {
            value: (params: Parameters<Connection['sendDiagnostics']>[0]) =>
                connection.sendDiagnostics({ ...params, diagnostics: params.diagnostics.map(withoutCodeDescription) }),
        };
    }
    return fitted;
}

function isHover(value: unknown): value is Hover {
    return typeof value === 'object' && value !== null && 'contents' in value;
}

/** The hover as plain text: Markdown, and MarkedStrings (Markdown too, or code), become what a reader sees. */
function plainHover(hover: Hover): Hover {
    const parts: Array<MarkupContent | MarkedString> = Array.isArray(hover.contents) ? hover.contents : [hover.contents];
    const text = parts.map(part => {
        if (typeof part === 'string') return markdownToPlainText(part);
        if ('kind' in part) return part.kind === 'markdown' ? markdownToPlainText(part.value) : part.value;
        return part.value;
    }).filter(Boolean).join('\n\n');
    return { ...hover, contents: { kind: 'plaintext', value: text } };
}

/** A tree of symbols as the flat list older clients show: each symbol in the order of the tree, under its parent's name. */
function flatSymbols(uri: string, symbols: ReadonlyArray<DocumentSymbol | SymbolInformation>): SymbolInformation[] {
    const flat: SymbolInformation[] = [];
    const visit = (symbol: DocumentSymbol | SymbolInformation, container: string | undefined): void => {
        if ('location' in symbol) {
            flat.push(symbol);
            return;
        }
        flat.push({
            name: symbol.name,
            kind: symbol.kind,
            ...(symbol.tags ? { tags: symbol.tags } : {}),
            location: { uri, range: symbol.range },
            ...(container === undefined ? {} : { containerName: container }),
        });
        for (const child of symbol.children ?? []) visit(child, symbol.name);
    };
    for (const symbol of symbols) visit(symbol, undefined);
    return flat;
}

function withoutCodeDescription(diagnostic: Diagnostic): Diagnostic {
    if (diagnostic.codeDescription === undefined) return diagnostic;
    const { codeDescription: _left, ...rest } = diagnostic;
    return rest;
}
