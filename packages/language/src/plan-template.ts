/**
 * The template of a new plan, for VS Code's "POP: New Plan" (as a snippet) and `pop init` (expanded): keywords
 * from the keyword table, placeholder texts from the message catalogue, and real dates, so a new plan parses at
 * once and the user only fills in the blanks.
 */
import { catalogue, format } from './i18n/catalogue.js';
import { kw, valueKeyword, type Locale } from './keywords.js';

/** Snippet syntax gives '$', '}' and '\' a meaning; placeholder texts must not. */
function escape(text: string): string {
    return text.replace(/[$}\\]/g, ch => `\\${ch}`);
}

function isoDate(date: Date): string {
    const pad = (n: number) => String(n).padStart(2, '0');
    return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The same day some months later, clamped to the month's end (31 January + 1 month = 28/29 February). */
function addMonths(date: Date, months: number): Date {
    const target = new Date(date.getFullYear(), date.getMonth() + months, 1);
    const lastDay = new Date(target.getFullYear(), target.getMonth() + 1, 0).getDate();
    return new Date(target.getFullYear(), target.getMonth(), Math.min(date.getDate(), lastDay));
}

export interface PlanDates {
    readonly today: string;
    readonly periodEnd: string;
    readonly goalEnd: string;
}

/** The plan runs a year from today; the first goal's deadline is three months away. */
export function planDates(today: Date): PlanDates {
    const yearLater = addMonths(today, 12);
    yearLater.setDate(yearLater.getDate() - 1);
    return { today: isoDate(today), periodEnd: isoDate(yearLater), goalEnd: isoDate(addMonths(today, 3)) };
}

export function planSnippet(locale: Locale, today: Date): string {
    const text = catalogue(locale).extension.newPlan;
    const k = (id: Parameters<typeof kw>[0]) => kw(id, locale);
    const dates = planDates(today);
    let stop = 0;
    const field = (value: string) => `\${${++stop}:${escape(value)}}`;
    const title = field(format(text.title, { year: today.getFullYear(), name: text.employee }));
    const employee = field(text.employee);
    const orgGoal = field(text.orgGoalName);
    return [
        `${k('plan')} "${title}" {`,
        `    ${k('employee')} "${employee}"`,
        `    ${k('role')} "${field(text.role)}"`,
        `    ${k('manager')} "${field(text.manager)}"`,
        `    ${k('period')} ${dates.today} ${k('to')} ${dates.periodEnd}`,
        `    ${k('facilities')} ${k('budget')} € ${field(text.budget)} ${k('hours')} ${field(text.hours)}`,
        `    ${k('language')} ${locale}`,
        '',
        `    ${k('startingPoints')} {`,
        `        ${k('orgGoal')} ${orgGoal} "${field(text.orgGoalTitle)}" ${k('by')} ${dates.periodEnd}`,
        `        ${k('currentRole')} "${field(text.currentRole)}"`,
        `        ${k('futureRole')} "${field(text.futureRole)}"`,
        `        ${k('functioning')} "${field(text.functioning)}"`,
        `        ${k('careerWishes')} "${field(text.careerWishes)}"`,
        '    }',
        '',
        `    ${k('goal')} ${field(text.goalName)} "${field(text.goalTitle)}" {`,
        `        ${k('specific')} "${field(text.specific)}"`,
        `        ${k('measurable')} ${field('1')} ${field(text.unit)}`,
        `        ${k('method')} "${field(text.method)}"`,
        `        ${k('acceptable')} ${k('acceptableBy')} ${valueKeyword('party', 'employee', locale)}, ${valueKeyword('party', 'manager', locale)}`,
        `        ${k('realistic')} "${field(text.realistic)}"`,
        `        ${k('start')} ${dates.today}`,
        `        ${k('end')} ${dates.goalEnd}`,
        // Mirrors the organisation goal's name, so renaming it once updates the reference too.
        `        ${k('supports')} \${${orgGoal.slice(2, orgGoal.indexOf(':'))}}`,
        `        ${k('action')} ${valueKeyword('actionType', 'course', locale)} "${field(text.actionTitle)}"`,
        '    }$0',
        '}',
        '',
    ].join('\n');
}

/** The text a snippet produces when every placeholder keeps its default: what tests parse. */
export function expandSnippet(snippet: string): string {
    const defaults = new Map<string, string>();
    let previous: string;
    let text = snippet;
    do {
        previous = text;
        text = text.replace(/\$\{(\d+):((?:\\.|[^\\{}$])*)\}/g, (_, n: string, value: string) => {
            const plain = value.replace(/\\(.)/g, '$1');
            defaults.set(n, plain);
            return plain;
        });
    } while (text !== previous);
    return text
        .replace(/\$\{(\d+)\}/g, (_, n: string) => defaults.get(n) ?? '')
        .replace(/\$\d+/g, '');
}
