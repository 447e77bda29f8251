import { catalogue, isRuleCode, RULES, RULE_CODES, ruleDocsUrl, t, type PopLocale } from '@pop-lang/language';
import { parseCommandArgs } from './args.js';
import { settingsFrom, workspaceLocale, type Io } from './check.js';
import { cliError } from './errors.js';

/** pop explain [code]: a rule's documentation offline, or the list of every rule. */
export async function explain(args: string[], locale: PopLocale, io: Io): Promise<number> {
    const { values, positionals } = parseCommandArgs('explain', args, { locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, locale);
    // As for the other commands: --locale, the .poprc.json, the environment.
    const shown = workspaceLocale(settingsFrom({ locale: values.locale }, locale, io.cwd));
    const texts = catalogue(shown).rules;
    if (values.help || positionals.length === 0) {
        const width = Math.max(...RULE_CODES.map(c => c.length));
        io.stdout(RULE_CODES.map(code => `${code.padEnd(width)}  ${RULES[code].severity.padEnd(7)}  ${texts[code].doc.split(/(?<=\.)\s/)[0]}\n`).join(''));
        return 0;
    }
    for (const code of positionals) {
        if (!isRuleCode(code)) throw cliError(shown, 'unknownRule', { code });
        // The severity is written as the setting that changes it takes it ("warning"); the criterion in words.
        const criterion = catalogue(shown).criteria[RULES[code].criterion].name;
        io.stdout(`${t(shown, 'cli.ruleHeading', { code, severity: RULES[code].severity, criterion })}\n\n${texts[code].doc}\n\n${t(shown, 'cli.ruleDocs', { url: ruleDocsUrl(code) })}\n`);
    }
    return 0;
}
