/**
 * Keeps the language services in step with the client's 'pop' settings: on start-up and on every
 * workspace/didChangeConfiguration, the settings are read, checked and pushed into the Settings service,
 * and every validated or open document is validated again so the change shows without a reload.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { t, type PopServices, type PopSettings, type SeveritySetting } from '@pop-lang/language';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];
const LOCALES: readonly string[] = ['auto', 'en', 'nl'];

interface SettingsProblem {
    readonly setting: string;
    readonly value: string;
}

/**
 * Turns the raw 'pop' section (as VS Code sends it: nested objects) into PopSettings. Values a user
 * mistyped are left out and reported, so one bad entry does not throw away the good ones.
 */
function readPopSection(raw: unknown): { settings: PopSettings; problems: SettingsProblem[] } {
    const section = isRecord(raw) ? raw : {};
    const problems: SettingsProblem[] = [];

    let locale: PopSettings['locale'] = 'auto';
    if (section.locale !== undefined && section.locale !== null && section.locale !== '') {
        if (typeof section.locale === 'string' && LOCALES.includes(section.locale)) locale = section.locale as PopSettings['locale'];
        else problems.push({ setting: 'pop.locale', value: JSON.stringify(section.locale) });
    }

    const severity: Record<string, SeveritySetting> = {};
    if (isRecord(section.severity)) {
        for (const [code, value] of Object.entries(section.severity)) {
            if (typeof value === 'string' && SEVERITIES.includes(value)) severity[code] = value as SeveritySetting;
            else problems.push({ setting: `pop.severity["${code}"]`, value: JSON.stringify(value) });
        }
    }

    const specific = isRecord(section.specific) ? section.specific : {};
    const rawWords = specific.vagueWords ?? section['specific.vagueWords'];
    const vagueWords: string[] = [];
    if (Array.isArray(rawWords)) {
        for (const word of rawWords) {
            if (typeof word === 'string' && word.trim() !== '') vagueWords.push(word.trim());
            else problems.push({ setting: 'pop.specific.vagueWords', value: JSON.stringify(word) });
        }
    }

    let today: string | undefined;
    if (typeof section.today === 'string' && section.today.trim() !== '') {
        const value = section.today.trim();
        if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) today = value;
        else problems.push({ setting: 'pop.today', value: JSON.stringify(section.today) });
    }

    return { settings: { locale, severity, vagueWords, today }, problems };
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function watchSettings(connection: Connection, shared: LangiumSharedServices, pop: PopServices): void {
    const configuration = shared.workspace.ConfigurationProvider;
    let reported = '';
    let canPull = false;

    const update = (raw: unknown): void => {
        const { settings, problems } = readPopSection(raw);
        // A setting the user got wrong is worth one message, not one per keystroke in settings.json.
        const key = JSON.stringify(problems);
        if (problems.length > 0 && key !== reported) {
            const locale = settings.locale === 'auto' ? 'en' : settings.locale;
            for (const problem of problems) {
                void connection.window.showWarningMessage(t(locale, 'extension.badSetting', { ...problem }));
            }
        }
        reported = key;
        pop.pop.Settings.update(settings);
    };

    const pull = async (): Promise<unknown> => {
        if (!canPull) return undefined;
        try {
            const [section] = await connection.workspace.getConfiguration([{ section: 'pop' }]);
            return section;
        } catch (error) {
            connection.console.error(`Could not read the 'pop' settings: ${error instanceof Error ? error.message : String(error)}`);
            return undefined;
        }
    };

    // Builds run one at a time under the workspace lock. Holding it until the user's settings are in keeps
    // the first diagnostics from showing with the defaults and then flickering to the user's severities.
    let settingsArrived: () => void = () => undefined;
    const firstSettings = new Promise<void>(resolve => { settingsArrived = resolve; });
    shared.lsp.LanguageServer.onInitialize(params => {
        canPull = params.capabilities.workspace?.configuration ?? false;
        void shared.workspace.WorkspaceLock.write(() => firstSettings);
    });
    shared.lsp.LanguageServer.onInitialized(async () => {
        try {
            update(await pull());
        } finally {
            settingsArrived();
        }
    });

    configuration.onConfigurationSectionUpdate(change => {
        if (change.section !== 'pop') return;
        update(change.configuration);
        void revalidate(shared);
    });

    // Some clients announce a change without its content (the "pull model"): then ask for the section.
    connection.onDidChangeConfiguration(async change => {
        const settings: unknown = change.settings;
        if (isRecord(settings) && 'pop' in settings) {
            configuration.updateConfiguration(change);
        } else {
            configuration.updateConfiguration({ settings: { pop: await pull() } });
        }
    });
}

/**
 * Checks the documents again with the new settings. Taking the write lock cancels the build that is running; the
 * update at the end finishes the documents that build left unchecked.
 */
export async function revalidate(shared: LangiumSharedServices): Promise<void> {
    const { TextDocuments, LangiumDocuments, DocumentBuilder, WorkspaceLock } = shared.workspace;
    await WorkspaceLock.write(async token => {
        // Chosen inside the lock, so that a document validated by the build that was running is checked again too.
        const open = new Set(TextDocuments.keys());
        const documents: LangiumDocument[] = LangiumDocuments.all
            .filter(doc => doc.state >= DocumentState.Validated || open.has(doc.uri.toString()))
            .toArray();
        for (const document of documents) DocumentBuilder.resetToState(document, DocumentState.IndexedReferences);
        await DocumentBuilder.build(documents, { validation: true }, token);
        await DocumentBuilder.update([], [], token);
    });
}
