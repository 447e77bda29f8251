import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { PopLocale, SeveritySetting } from '@pop-lang/language';
import { isRuleCode, parseDate, RULE_CODES } from '@pop-lang/language';
import { cliError } from './errors.js';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Parses a command's arguments; every mistake becomes a one-line, localised CliError. */
export function parseCommandArgs(command: string, args: string[], options: Options, locale: PopLocale) {
    try {
        return parseArgs({ args, options, allowPositionals: true, strict: true });
    } catch (error) {
        const message = (error as Error).message;
        const code = (error as { code?: string }).code;
        const option = /'(-[^' ]+)/.exec(message)?.[1] ?? message;
        if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') throw cliError(locale, 'unknownOption', { option, command });
        if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') throw cliError(locale, 'missingValue', { option: option.split(' ')[0] });
        throw cliError(locale, 'badOption', { option: command, detail: message });
    }
}

export function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], option: string, locale: PopLocale): T | undefined {
    if (value === undefined) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    throw cliError(locale, 'badValue', { value, option, expected: allowed.join(', ') });
}

export function dateOption(value: string | undefined, option: string, locale: PopLocale): string | undefined {
    if (value === undefined) return undefined;
    if (parseDate(value) === undefined) throw cliError(locale, 'badValue', { value, option, expected: 'YYYY-MM-DD' });
    return value;
}

export function countOption(value: string | undefined, option: string, locale: PopLocale): number | undefined {
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw cliError(locale, 'badValue', { value, option, expected: '0, 1, 2, …' });
    return Number(value);
}

const SEVERITIES = ['error', 'warning', 'info', 'hint', 'off'] as const;

/** "--rule smart.time-bound=off": a rule code or a prefix of one, and a severity. */
export function ruleOptions(values: string[] | undefined, locale: PopLocale): Record<string, SeveritySetting> {
    const result: Record<string, SeveritySetting> = {};
    for (const value of values ?? []) {
        const [key, severity] = value.split('=');
        if (!key || !severity || !(SEVERITIES as readonly string[]).includes(severity)) {
            throw cliError(locale, 'badValue', { value, option: '--rule', expected: 'CODE=error|warning|info|hint|off' });
        }
        if (key !== '*' && !isRuleCode(key) && !isRulePrefix(key)) throw cliError(locale, 'unknownRule', { code: key });
        result[key] = severity as SeveritySetting;
    }
    return result;
}

/** "smart", "smart.time-bound": every leading part of a rule code names a group of rules. */
const RULE_PREFIXES = new Set(RULE_CODES.flatMap(code => {
    const parts = code.split('.');
    return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join('.'));
}));

function isRulePrefix(key: string): boolean {
    return RULE_PREFIXES.has(key);
}

/**
 * The --rule values of pop fix (and pop check --fix): CODE=SEVERITY sets a severity as in pop check, a bare CODE (or
 * prefix such as "smart.time-bound") limits the fixes to those rules.
 */
export function fixRuleOptions(values: string[] | undefined, locale: PopLocale): { severities: string[]; include: (code: string) => boolean } {
    const severities = (values ?? []).filter(value => value.includes('='));
    const only = (values ?? []).filter(value => !value.includes('='));
    for (const code of only) {
        if (!isRuleCode(code) && !isRulePrefix(code)) throw cliError(locale, 'unknownRule', { code });
    }
    return {
        severities,
        include: only.length === 0 ? () => true : code => only.some(rule => code === rule || code.startsWith(rule + '.')),
    };
}
