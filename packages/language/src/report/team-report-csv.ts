/**
 * The team overview as CSV for spreadsheets: one row per plan (and one per file that could not be read), with a
 * byte order mark so that Excel reads UTF-8, and the separator and decimal mark of the locale (';' and ',' in Dutch).
 */
import { catalogue } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import type { PlanRow, TeamReport } from './team-report.js';

const BOM = '\uFEFF';

export function teamReportCsv(report: TeamReport): string {
    const locale = report.locale;
    const separator = locale === 'nl' ? ';' : ',';
    const c = catalogue(locale).team.csv;
    const header = [
        c.file, c.title, c.employee, c.role, c.manager, c.language, c.periodStart, c.periodEnd, c.smartComplete, c.goals,
        c.todo, c.doing, c.done, c.cancelled, c.noStatus, c.overdue, c.nextDeadline, c.nextDeadlineGoal, c.nextReview,
        c.budgetFacilitated, c.budgetPlanned, c.budgetSpent, c.hoursFacilitated, c.hoursPlanned, c.hoursSpent,
        c.signOff, c.signedBy, c.errors, c.warnings, c.infos, c.notes,
    ];
    const lines = [header, ...report.plans.map(row => planCells(row, locale))];
    for (const file of report.unread) {
        const cells: Cell[] = header.map(() => null);
        cells[0] = file.file;
        cells[header.length - 1] = file.reason ?? c.unreadable;
        lines.push(cells);
    }
    // RFC 4180 ends records with CRLF; Excel and LibreOffice read it on every system.
    return BOM + lines.map(cells => cells.map(cell => csvField(cell, separator, locale)).join(separator)).join('\r\n') + '\r\n';
}

type Cell = string | number | null;

function planCells(row: PlanRow, locale: Locale): Cell[] {
    const t = catalogue(locale).team;
    const s = row.goalsByStatus;
    const signedBy = row.signOff.signatures.filter(sig => sig.date !== null).map(sig => `${sig.name} (${sig.date})`).join(', ');
    return [
        row.id, row.title, row.employee, row.role, row.manager, row.language, row.period.start, row.period.end,
        row.smart.complete, row.smart.total, s.todo, s.doing, s.done, s.cancelled, s.none, row.overdue.length,
        row.nextDeadline?.date ?? null, row.nextDeadline?.title ?? null, row.nextReview?.date ?? null,
        row.budget.facilitated, row.budget.planned, row.budget.spent, row.hours.facilitated, row.hours.planned, row.hours.spent,
        t.signOff[row.signOff.state], signedBy, row.problems.error, row.problems.warning, row.problems.info + row.problems.hint,
        row.notes.map(n => t.notes[n]).join(', '),
    ];
}

/**
 * One field: numbers with the locale's decimal mark and no grouping; text quoted when it holds the separator, a
 * quote or a line break. Text that a spreadsheet would run as a formula (=, +, -, @ first) gets a leading
 * apostrophe, so that a name in a plan can never become a formula in HR's spreadsheet.
 */
function csvField(cell: Cell, separator: string, locale: Locale): string {
    if (cell === null) return '';
    if (typeof cell === 'number') {
        const text = Number.isInteger(cell) ? String(cell) : String(Math.round(cell * 100) / 100);
        return locale === 'nl' ? text.replace('.', ',') : text;
    }
    let text = /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
    if (text.includes(separator) || /["\r\n]/.test(text) || /^\s|\s$/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
    return text;
}
