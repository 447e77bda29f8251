import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expandSnippet, planSnippet, t, type PopLocale } from '@pop-lang/language';
import { parseCommandArgs } from './args.js';
import { writeError } from './atomic-write.js';
import { settingsFrom, workspaceLocale, type Io } from './check.js';
import { cliError } from './errors.js';
import { displayPath } from './files.js';

/**
 * `pop init [file]`: a starter plan, the template of VS Code's "POP: New Plan" with its placeholders filled in by
 * their defaults, in the locale of --locale, the .poprc.json or the environment, dated today (or --today).
 */
export async function init(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('init', args, {
        locale: { type: 'string' },
        today: { type: 'string' },
        config: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'cli.initUsage') + '\n');
        return 0;
    }
    if (positionals.length > 1) throw cliError(locale, 'initOneFile', { count: positionals.length });
    const settings = settingsFrom(values, locale, io.cwd);
    // The plan is written in the language the messages are in.
    locale = workspaceLocale(settings);
    const name = positionals[0] ?? t(locale, 'cli.initDefaultFile');
    if (!name.endsWith('.pop')) throw cliError(locale, 'notPop', { path: name });
    const file = path.resolve(io.cwd, name);
    const today = settings.today === undefined ? new Date() : new Date(`${settings.today}T00:00:00`);
    const text = expandSnippet(planSnippet(locale, today));
    try {
        // 'wx' creates the file or fails if anything is there: nothing is ever overwritten, not even in a race.
        writeFileSync(file, text, { encoding: 'utf8', flag: 'wx' });
    } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'EEXIST') throw cliError(locale, 'initExists', { path: name });
        throw writeError(error, file, locale, io.cwd);
    }
    io.stdout(t(locale, 'cli.initWritten', { path: displayPath(file, io.cwd) }) + '\n');
    return 0;
}
