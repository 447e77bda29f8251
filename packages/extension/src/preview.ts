import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

/** Placeholder until the preview lands: the client calls this so that wiring the preview needs no other change. */
export function registerPreview(_context: vscode.ExtensionContext, _client: LanguageClient): void {
    // Intentionally empty.
}
