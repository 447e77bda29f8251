import { t, type Catalogue, type PopLocale } from '@pop-lang/language';

/** A problem with how POP was called or with its input files: one line on stderr, exit code 2. */
export class CliError extends Error {
    constructor(message: string) {
        super(message);
    }
}

/**
 * The language the environment asks for: the first of LC_ALL, LC_MESSAGES, LANG and LANGUAGE that names one.
 * Unset or empty variables, and C or POSIX (which name no language, and are what containers and CI set), are passed
 * over, so that LANG=nl_NL.UTF-8 counts beside LC_ALL=C.UTF-8. Any language other than Dutch means English.
 */
export function environmentLocale(env: NodeJS.ProcessEnv = process.env): PopLocale | undefined {
    for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
        // LANGUAGE may be a list, "nl:en".
        const value = (env[name] ?? '').split(':')[0].trim().toLowerCase();
        if (value === '' || /^(c|posix)([._@]|$)/.test(value)) continue;
        return value.startsWith('nl') ? 'nl' : 'en';
    }
    return undefined;
}

/** The locale of the CLI's messages before any file is read: --locale if given, else the environment's, else English. */
export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PopLocale {
    const index = argv.findIndex(a => a === '--locale' || a.startsWith('--locale='));
    const value = index < 0 ? undefined : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
    if (value === 'nl' || value === 'en') return value;
    return environmentLocale(env) ?? 'en';
}

/**
 * The locale of the CLI's own lines once the settings are known (the summary, pop explain), chosen as the messages
 * are: --locale, else the .poprc.json's locale, else the environment's; where neither names one, the language of
 * the plans, when they are all in one, as their messages are; else English.
 */
export function outputLocale(settingsLocale: PopLocale | 'auto' | undefined, plansLocales: readonly PopLocale[] = [], env: NodeJS.ProcessEnv = process.env): PopLocale {
    if (settingsLocale === 'nl' || settingsLocale === 'en') return settingsLocale;
    const fromEnvironment = environmentLocale(env);
    if (fromEnvironment) return fromEnvironment;
    const languages = new Set(plansLocales);
    return languages.size === 1 ? [...languages][0] : 'en';
}

/** The CLI's messages that are one text (not a pair of plural forms). */
type CliMessage = { [K in keyof Catalogue['cli']]: Catalogue['cli'][K] extends string ? K : never }[keyof Catalogue['cli']];

export function cliError(locale: PopLocale, key: CliMessage, params?: Record<string, string | number>): CliError {
    return new CliError(t(locale, `cli.${key}`, params));
}
