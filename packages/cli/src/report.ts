import type { Diagnostic } from 'vscode-languageserver';
import {
    catalogue, counted, format, isRuleCode, RULES, RULE_CODES, ruleDocsUrl, type PopLocale,
} from '@pop-lang/language';

type SeverityName = 'error' | 'warning' | 'info' | 'hint';
const SEVERITY_NAMES: Record<number, SeverityName> = { 1: 'error', 2: 'warning', 3: 'info', 4: 'hint' };

/** One problem, as every output format reports it: positions are 1-based, the end exclusive. */
export interface Problem {
    file: string;
    line: number;
    column: number;
    endLine: number;
    endColumn: number;
    severity: SeverityName;
    code: string;
    message: string;
    /** Set on a problem a suppression comment accepts; only SARIF lists those. */
    suppression?: { justification?: string };
}

export function toProblem(file: string, diagnostic: Diagnostic): Problem {
    return {
        file,
        line: diagnostic.range.start.line + 1,
        column: diagnostic.range.start.character + 1,
        endLine: diagnostic.range.end.line + 1,
        endColumn: diagnostic.range.end.character + 1,
        severity: SEVERITY_NAMES[diagnostic.severity ?? 1],
        code: String(diagnostic.code ?? ''),
        message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    };
}

/**
 * By file, as the user's locale sorts names, then line, column and code. The first localeCompare loads the locale's
 * collation, about 9 ms of CPU, so it is left to problems in different files; codes are lower-case ASCII, which
 * sorts the same either way.
 */
export function compareProblems(a: Problem, b: Problem): number {
    return (a.file === b.file ? 0 : a.file.localeCompare(b.file)) || a.line - b.line || a.column - b.column
        || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

export interface Counts { errors: number; warnings: number; infos: number }

export function count(problems: readonly Problem[]): Counts {
    return {
        errors: problems.filter(p => p.severity === 'error').length,
        warnings: problems.filter(p => p.severity === 'warning').length,
        infos: problems.filter(p => p.severity === 'info' || p.severity === 'hint').length,
    };
}

/** The counts as the summary lines write them: "1 error", "2 warnings", "0 infos", and "3 files" when given. */
export function countedProblems(locale: PopLocale, counts: Counts, files?: number): Record<string, string> {
    const words: Record<string, string> = {
        errors: counted(locale, 'errors', counts.errors),
        warnings: counted(locale, 'warnings', counts.warnings),
        infos: counted(locale, 'infos', counts.infos),
    };
    if (files !== undefined) words.files = counted(locale, 'files', files);
    return words;
}

/**
 * "2 errors, 1 warning, 0 infos in 3 files (4 suppressed)." The suppressed problems are counted apart, so that a
 * clean run still says that something was accepted rather than never found.
 */
export function summaryLine(locale: PopLocale, counts: Counts, files: number, suppressed: number): string {
    const params = { ...countedProblems(locale, counts, files), suppressed: counted(locale, 'suppressed', suppressed) };
    const messages = catalogue(locale).cli;
    const clean = counts.errors + counts.warnings + counts.infos === 0;
    if (suppressed === 0) return format(clean ? messages.clean : messages.summary, params);
    return format(clean ? messages.cleanSuppressed : messages.summarySuppressed, params);
}

const COLORS: Record<SeverityName, string> = { error: '\x1b[31m', warning: '\x1b[33m', info: '\x1b[36m', hint: '\x1b[2m' };

/** Like a compiler: file:line:col severity code message. */
export function formatText(problems: readonly Problem[], color: boolean): string {
    return problems.map(p => {
        const severity = color ? `${COLORS[p.severity]}${p.severity}\x1b[0m` : p.severity;
        const code = color ? `\x1b[2m${p.code}\x1b[0m` : p.code;
        return `${p.file}:${p.line}:${p.column} ${severity} ${code} ${oneLine(p.message)}\n`;
    }).join('');
}

function oneLine(text: string): string {
    return text.replace(/[\r\n]+/g, ' ');
}

export function formatJson(problems: readonly Problem[]): string {
    return JSON.stringify(problems, null, 2) + '\n';
}

const GITHUB_COMMAND: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** A workflow command's message: '%', CR and LF would end or garble the command. */
function githubData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A workflow command's property value: also ':' and ',', which separate the properties. */
function githubProperty(text: string): string {
    return githubData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** GitHub Actions workflow commands: each problem becomes an annotation on its lines of the pull request. */
export function formatGithub(problems: readonly Problem[]): string {
    return problems.map(p => {
        const properties = [
            `file=${githubProperty(p.file.split('\\').join('/'))}`,
            `line=${p.line}`, `col=${p.column}`, `endLine=${p.endLine}`, `endColumn=${p.endColumn}`,
            `title=${githubProperty(p.code)}`,
        ].join(',');
        return `::${GITHUB_COMMAND[p.severity]} ${properties}::${githubData(p.message)}\n`;
    }).join('');
}

const SARIF_LEVEL: Record<SeverityName, string> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

/** SARIF 2.1.0, the format code-scanning services read; every rule carries its help link. */
export function formatSarif(problems: readonly Problem[], locale: PopLocale, version: string): string {
    const texts = catalogue(locale).rules;
    const rules = RULE_CODES.map(code => ({
        id: code,
        shortDescription: { text: texts[code].doc.split(/(?<=\.)\s/)[0] },
        fullDescription: { text: texts[code].doc },
        helpUri: ruleDocsUrl(code),
        help: { text: `${texts[code].doc}\n${ruleDocsUrl(code)}` },
        defaultConfiguration: { level: SARIF_LEVEL[RULES[code].severity] },
        properties: { criterion: RULES[code].criterion },
    }));
    const index = new Map(RULE_CODES.map((code, i) => [code as string, i]));
    const results = problems.map(p => ({
        ruleId: p.code,
        ...(isRuleCode(p.code) ? { ruleIndex: index.get(p.code) } : {}),
        level: SARIF_LEVEL[p.severity],
        message: { text: p.message },
        ...(p.suppression ? { suppressions: [{ kind: 'inSource', status: 'accepted', ...(p.suppression.justification ? { justification: p.suppression.justification } : {}) }] } : {}),
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: p.file.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
                region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
            },
        }],
    }));
    const log = {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: { driver: { name: 'pop', informationUri: ruleDocsUrl(''), semanticVersion: version, rules } },
            originalUriBaseIds: { '%SRCROOT%': { uri: pathToUri(process.cwd()) } },
            results,
        }],
    };
    return JSON.stringify(log, null, 2) + '\n';
}

function pathToUri(folder: string): string {
    const normal = folder.split('\\').join('/');
    return `file://${normal.startsWith('/') ? '' : '/'}${normal}${normal.endsWith('/') ? '' : '/'}`;
}
