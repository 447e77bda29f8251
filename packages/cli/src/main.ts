import { t } from '@pop-lang/language';
import { check, type Io } from './check.js';
import { fitCompilersToInput } from './compiler-tiers.js';
import { CliError, cliLocale } from './errors.js';
import { explain } from './explain.js';
import { fix } from './fix.js';
import { init } from './init.js';
import { render } from './render.js';
import { calendar } from './calendar.js';
import { due } from './due.js';
import { teamReportCommand } from './team-report.js';
import { verify } from './verify.js';

type Command = (args: string[], locale: ReturnType<typeof cliLocale>, io: Io) => Promise<number>;

/** The commands. */
export const COMMANDS: Record<string, Command> = { check, explain, fix, init, render, report: teamReportCommand, calendar, due, verify };

declare const POP_VERSION: string | undefined;

export async function run(argv: string[], io: Io): Promise<number> {
    const locale = cliLocale(argv);
    const [command, ...rest] = argv;
    try {
        if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
            io.stdout(t(locale, 'cli.usage') + '\n');
            return command === undefined ? 2 : 0;
        }
        if (command === '--version' || command === '-v') {
            io.stdout(io.version + '\n');
            return 0;
        }
        const handler = COMMANDS[command];
        if (!handler) throw new CliError(t(locale, 'cli.unknownCommand', { command }));
        return await handler(rest, locale, io);
    } catch (error) {
        if (error instanceof CliError) {
            io.stderr(`pop: ${error.message}\n`);
            return 2;
        }
        // Never a stack trace for users; POP_DEBUG=1 shows it for us.
        if (process.env.POP_DEBUG) io.stderr(`${(error as Error).stack}\n`);
        io.stderr(`pop: ${t(locale, 'cli.internalError', { message: (error as Error).message ?? String(error) })}\n`);
        return 2;
    }
}

export async function main(): Promise<void> {
    fitCompilersToInput();
    const io: Io = {
        stdout: text => process.stdout.write(text),
        stderr: text => process.stderr.write(text),
        color: !!process.stdout.isTTY && !process.env.NO_COLOR,
        cwd: process.cwd(),
        version: typeof POP_VERSION === 'string' ? POP_VERSION : '0.0.0-dev',
    };
    const code = await run(process.argv.slice(2), io);
    process.exitCode = code;
}
