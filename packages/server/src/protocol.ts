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

/**
 * The summary of an open plan, sent by the server right after the plan's diagnostics, to a client that says at
 * `initialize` that it wants it (SUMMARY_NOTIFICATION_CAPABILITY under `capabilities.experimental`): its status line
 * then changes with the markers, with no request after each change.
 */
export const SUMMARY_NOTIFICATION = 'pop/summaryChanged';
export const SUMMARY_NOTIFICATION_CAPABILITY = 'popSummaryNotification';

export interface SummaryNotificationParams extends SummaryResult {
    readonly uri: string;
}

export const RENDER_REQUEST = 'pop/render';

export interface TeamOverviewParams {
    /** The workspace folders' URIs: files are shown relative to them. */
    readonly folders?: readonly string[];
    /** For a webview: the script and style run under the nonce, resources under cspSource. */
    readonly preview?: boolean;
    readonly nonce?: string;
    readonly cspSource?: string;
    readonly locale?: 'en' | 'nl';
}

export interface TeamOverviewResult {
    readonly html: string;
    /** How many plans the overview shows. */
    readonly plans: number;
}

export interface DueParams {
    readonly folders?: readonly string[];
    /** Days ahead that count as due. */
    readonly within?: number;
    readonly locale?: 'en' | 'nl';
}

export interface DueResult {
    readonly items: ReadonlyArray<{
        readonly uri: string;
        /** 0-based, for the editor. */
        readonly line: number;
        readonly date: string;
        readonly overdue: boolean;
        /** What is due, in the requested language. */
        readonly label: string;
        /** When, relative to today ("3 days late"), and whose plan. */
        readonly detail: string;
        readonly file: string;
    }>;
    readonly within: number;
}

export const TEAM_OVERVIEW_REQUEST = 'pop/teamOverview';
export const DUE_REQUEST = 'pop/due';
