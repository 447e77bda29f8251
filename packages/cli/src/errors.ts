import { t, type PopLocale } from '@pop-lang/language';

/** A problem with how POP was called or with its input files: one line on stderr, exit code 2. */
export class CliError extends Error {
    constructor(message: string) {
        super(message);
    }
}

/** The locale of the CLI's own messages: --locale if given, otherwise the environment's language. */
export function cliLocale(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): PopLocale {
    const index = argv.findIndex(a => a === '--locale' || a.startsWith('--locale='));
    const value = index < 0 ? undefined : argv[index].includes('=') ? argv[index].split('=')[1] : argv[index + 1];
    if (value === 'nl' || value === 'en') return value;
    const lang = env.LC_ALL || env.LC_MESSAGES || env.LANG || env.LANGUAGE || '';
    return lang.toLowerCase().startsWith('nl') ? 'nl' : 'en';
}

export function cliError(locale: PopLocale, key: string, params?: Record<string, string | number>): CliError {
    return new CliError(t(locale, `cli.${key}`, params));
}
