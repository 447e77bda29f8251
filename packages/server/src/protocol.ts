/**
 * The custom requests the POP language server answers besides LSP. Client and server both import these
 * types, so the names and shapes cannot drift apart. Nothing here may import 'vscode'.
 */
export interface SummaryParams {
    readonly uri: string;
}

/** How far a plan is: how many of its goals are complete SMART goals, and its problem counts. */
export interface SummaryResult {
    readonly smart: number;
    readonly total: number;
    readonly errors: number;
    readonly warnings: number;
    /** The locale of the plan's messages. */
    readonly locale: 'en' | 'nl';
}

export interface RenderParams {
    readonly uri: string;
    /** Rendered for a webview: scripts allowed under the nonce, resources under cspSource. */
    readonly preview?: boolean;
    readonly nonce?: string;
    readonly cspSource?: string;
    readonly locale?: 'en' | 'nl';
}

export interface RenderResult {
    readonly html: string;
}

export const SUMMARY_REQUEST = 'pop/summary';
export const RENDER_REQUEST = 'pop/render';
