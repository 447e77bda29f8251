/**
 * Keeps the language services in step with the user's 'pop' settings. They come in layers, weakest first:
 * - the project's .poprc.json, for a file opened without a workspace folder (found as `pop check` finds it);
 * - the client's `initializationOptions.pop`, read at `initialize`, for clients that have no settings of their own;
 * - the client's 'pop' settings, pulled on start-up and on every workspace/didChangeConfiguration.
 * A setting one layer gives wins over the layers below it; severities merge per code and vague words add up.
 * Every change is checked, pushed into the Settings service, and every validated or open document is validated
 * again so the change shows without a reload. Nothing here touches the file system: the Node-only workspace
 * manager reads the .poprc.json and hands its text over.
 */
import { DocumentState, type LangiumDocument } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver';
import { t, type PopLocale, type PopServices, type PopSettings, type SeveritySetting } from '@pop-lang/language';

const SEVERITIES: readonly string[] = ['error', 'warning', 'info', 'hint', 'off'];
const LOCALES: readonly string[] = ['en', 'nl'];

interface SettingsProblem {
    readonly setting: string;
    readonly value: string;
}

/** The settings one layer gives; what it leaves out (or sets to 'auto' or '') falls through to the layer below. */
interface GivenSettings {
    readonly locale?: PopLocale;
    readonly today?: string;
    readonly severity: Readonly<Record<string, SeveritySetting>>;
    readonly vagueWords: readonly string[];
}

const NOTHING_GIVEN: GivenSettings = { severity: {}, vagueWords: [] };

/** How a layer names a setting in a warning, e.g. `pop.severity["plan.unsigned"]`; `entry` is a severity's code. */
type SettingName = (setting: 'locale' | 'today' | 'severity' | 'vagueWords', entry?: string) => string;

const settingName = (prefix: string): SettingName => (setting, entry) =>
    `${prefix}${setting === 'vagueWords' ? 'specific.vagueWords' : setting}${entry === undefined ? '' : `["${entry}"]`}`;
const CLIENT_SETTING = settingName('pop.');
const INITIAL_SETTING = settingName('initializationOptions.pop.');

/**
 * Reads a raw 'pop' section (as VS Code sends it: nested objects). Values a user mistyped are left out and
 * reported, so one bad entry does not throw away the good ones.
 */
function readPopSection(raw: unknown, name: SettingName): { given: GivenSettings; problems: SettingsProblem[] } {
    const section = isRecord(raw) ? raw : {};
    const problems: SettingsProblem[] = [];

    let locale: PopLocale | undefined;
    if (section.locale !== undefined && section.locale !== null && section.locale !== '' && section.locale !== 'auto') {
        if (typeof section.locale === 'string' && LOCALES.includes(section.locale)) locale = section.locale as PopLocale;
        else problems.push({ setting: name('locale'), value: JSON.stringify(section.locale) });
    }

    const severity: Record<string, SeveritySetting> = {};
    if (isRecord(section.severity)) {
        for (const [code, value] of Object.entries(section.severity)) {
            if (typeof value === 'string' && SEVERITIES.includes(value)) severity[code] = value as SeveritySetting;
            else problems.push({ setting: name('severity', code), value: JSON.stringify(value) });
        }
    }

    const specific = isRecord(section.specific) ? section.specific : {};
    const rawWords = specific.vagueWords ?? section['specific.vagueWords'];
    const vagueWords: string[] = [];
    if (Array.isArray(rawWords)) {
        for (const word of rawWords) {
            if (typeof word === 'string' && word.trim() !== '') vagueWords.push(word.trim());
            else problems.push({ setting: name('vagueWords'), value: JSON.stringify(word) });
        }
    }

    let today: string | undefined;
    if (typeof section.today === 'string' && section.today.trim() !== '') {
        const value = section.today.trim();
        if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) today = value;
        else problems.push({ setting: name('today'), value: JSON.stringify(section.today) });
    }

    return { given: { locale, severity, vagueWords, today }, problems };
}

/** The settings of the layers together, weakest first. */
function merge(layers: readonly GivenSettings[]): PopSettings {
    let locale: PopSettings['locale'] = 'auto';
    let today: string | undefined;
    let severity: Record<string, SeveritySetting> = {};
    const vagueWords = new Set<string>();
    for (const layer of layers) {
        locale = layer.locale ?? locale;
        today = layer.today ?? today;
        severity = { ...severity, ...layer.severity };
        for (const word of layer.vagueWords) vagueWords.add(word);
    }
    return { locale, today, severity, vagueWords: [...vagueWords] };
}

function isRecord(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export interface SettingsSync {
    /**
     * Takes the text of a project's .poprc.json (`file` names it in warnings) as the weakest layer. Returns whether
     * the settings changed; the caller then validates the documents again (it is inside a build already).
     */
    useProjectConfig(file: string, text: string | Error): boolean;
}

export function watchSettings(connection: Connection, shared: LangiumSharedServices, pop: PopServices): SettingsSync {
    const configuration = shared.workspace.ConfigurationProvider;
    const layers = { project: NOTHING_GIVEN, initial: NOTHING_GIVEN, client: NOTHING_GIVEN };
    /** Per layer, the problems last reported: a setting the user got wrong is worth one message, not one per keystroke. */
    const reported = { project: '', initial: '', client: '' };
    let canPull = false;

    const warn = (layer: keyof typeof layers, problems: readonly SettingsProblem[]): void => {
        const key = JSON.stringify(problems);
        if (problems.length > 0 && key !== reported[layer]) {
            const locale = messageLocale();
            for (const problem of problems) void connection.window.showWarningMessage(t(locale, 'extension.badSetting', { ...problem }));
        }
        reported[layer] = key;
    };
    const messageLocale = (): PopLocale => {
        const { locale } = merge([layers.project, layers.initial, layers.client]);
        return locale === 'auto' ? 'en' : locale;
    };
    /** Puts a layer in and returns whether the settings changed. */
    const use = (layer: keyof typeof layers, given: GivenSettings): boolean => {
        const before = JSON.stringify(merge([layers.project, layers.initial, layers.client]));
        layers[layer] = given;
        const settings = merge([layers.project, layers.initial, layers.client]);
        if (JSON.stringify(settings) === before) return false;
        pop.pop.Settings.update(settings);
        return true;
    };
    const update = (raw: unknown): void => {
        const { given, problems } = readPopSection(raw, CLIENT_SETTING);
        use('client', given);
        warn('client', problems);
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
        const options: unknown = params.initializationOptions;
        const { given, problems } = readPopSection(isRecord(options) ? options.pop : undefined, INITIAL_SETTING);
        use('initial', given);
        warn('initial', problems);
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

    return {
        useProjectConfig(file, text) {
            let raw: unknown;
            try {
                if (text instanceof Error) throw text;
                raw = JSON.parse(text);
                if (!isRecord(raw)) throw new Error(t(messageLocale(), 'extension.configNotObject'));
            } catch (error) {
                const reason = error instanceof Error ? error.message : String(error);
                void connection.window.showWarningMessage(t(messageLocale(), 'extension.badConfigFile', { file, reason }));
                return false;
            }
            // The file's shape is the CLI's: vagueWords at the top, not under 'specific'.
            const { given, problems } = readPopSection({ ...raw, specific: { vagueWords: raw.vagueWords } }, (setting, entry) =>
                `${setting}${entry === undefined ? '' : `["${entry}"]`} (${file})`);
            const changed = use('project', given);
            warn('project', problems);
            return changed;
        },
    };
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
