/**
 * `pop verify plan.pop --fingerprint HEX`: whether a plan's text is still the text that was signed, by the
 * fingerprint its signed page shows. Only the file is parsed: nothing is validated or linked, so it is quick.
 */
import { EmptyFileSystem, URI } from 'langium';
import { createPopServices, documentFingerprint, documentLocale, groupedFingerprint, parseFingerprint, t, type Document, type PopLocale } from '@pop-lang/language';
import { oneOf, parseCommandArgs } from './args.js';
import type { Io } from './check.js';
import { compilersFor } from './compiler-tiers.js';
import { CliError, cliError, outputLocale } from './errors.js';
import { collectFiles, readSource } from './files.js';

export async function verify(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('verify', args, {
        fingerprint: { type: 'string' },
        format: { type: 'string' },
        locale: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
    }, locale);
    if (values.help) {
        io.stdout(t(locale, 'cli.verifyUsage') + '\n');
        return 0;
    }
    const chosenLocale = oneOf(values.locale as string | undefined, ['nl', 'en'] as const, '--locale', locale);
    if (chosenLocale) locale = chosenLocale;
    const outputFormat = oneOf(values.format as string | undefined, ['text', 'json'] as const, '--format', locale) ?? 'text';
    const written = values.fingerprint as string | undefined;
    const expected = written === undefined ? undefined : parseFingerprint(written);
    if (written !== undefined && expected === undefined) throw new CliError(t(locale, 'cli.badFingerprint', { value: written }));
    if (positionals.length === 0) throw cliError(locale, 'noInput', { command: 'verify' });
    const files = collectFiles(positionals, locale, io.cwd);
    if (files.length !== 1) throw new CliError(t(locale, 'cli.verifyOneFile', { count: files.length }));
    const source = readSource(files[0], locale, io.cwd);

    compilersFor(source.text.length);
    const services = createPopServices(EmptyFileSystem);
    const document = services.shared.workspace.LangiumDocumentFactory.fromString<Document>(source.text, URI.file(source.path));
    const actual = documentFingerprint(document, services.Pop);
    // Without --locale, the plan's own language, as pop check words its messages.
    if (!chosenLocale) locale = outputLocale(undefined, [documentLocale(document)]);
    const matches = expected === undefined ? undefined : expected === actual;

    if (outputFormat === 'json') {
        io.stdout(JSON.stringify({ file: source.display, fingerprint: actual, expected: expected ?? null, matches: matches ?? null }, null, 2) + '\n');
    } else if (expected === undefined) {
        io.stdout(t(locale, 'cli.verifyFingerprint', { path: source.display, fingerprint: groupedFingerprint(actual) }) + '\n');
    } else if (matches) {
        io.stdout(t(locale, 'cli.verifyMatch', { path: source.display, fingerprint: groupedFingerprint(actual) }) + '\n');
    } else {
        io.stdout(t(locale, 'cli.verifyMismatch', { path: source.display, expected: groupedFingerprint(expected), actual: groupedFingerprint(actual) }) + '\n');
    }
    return matches === false ? 1 : 0;
}
