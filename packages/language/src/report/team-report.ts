/**
 * The team overview as data: one row per plan, the alignment with the organisation goals, and totals per manager
 * and for everything. A pure function of built documents, shared by `pop report` (HTML, JSON, CSV), the language
 * server (the VS Code overview) and a browser build; docs/report-schema.json describes its JSON form.
 */
import type { LangiumDocument } from 'langium';
import { isOrganisation, isPlan, type Document, type Goal, type OrgGoal, type Plan } from '../generated/ast.js';
import { documentLocale } from '../i18n/locale.js';
import { canonical, type Locale, type PartyValue, type StatusValue } from '../keywords.js';
import { actionTotals, facilitationOf, goalKind, goalStatus } from '../model/plan.js';
import { isPlanSigned, isSigned } from '../model/sign-off.js';
import { formatDate, parseDate, parseMoney, parseNumber } from '../model/values.js';
import type { PopServices } from '../pop-module.js';
import { scorecard } from '../validation/scorecard.js';

/** Bumped when a field changes meaning or goes away; new fields do not bump it. */
const REPORT_SCHEMA_VERSION = 1;

/** One file the report was asked about. */
export interface ReportSource {
    /** The file as the reader should see it (relative to the working directory, or the workspace). */
    readonly file: string;
    /** The file's URI, for an editor to open it. */
    readonly uri?: string;
    /** The built (validated) document; absent when the file could not be read. */
    readonly document?: LangiumDocument<Document>;
    /** Why the file could not be read, in the report's language. */
    readonly unreadable?: string;
    /** Where the plan's own rendered page is, relative to the report (pop report --out-dir). */
    readonly page?: string;
}

export interface TeamReportOptions {
    readonly locale: Locale;
    /** Today, as days since 1970-01-01. */
    readonly today: number;
}

interface Place { readonly file: string; readonly uri?: string; /** 1-based. */ readonly line: number }

type SignOffState = 'signed' | 'partly-signed' | 'unsigned';
type PlanNote = 'syntax-errors' | 'duplicate-employee' | 'no-employee' | 'no-manager' | 'no-period' | 'no-goals';

export interface Money3 { readonly facilitated: number | null; readonly planned: number; readonly spent: number }

export interface Problems { readonly error: number; readonly warning: number; readonly info: number; readonly hint: number }

type StatusCounts = Readonly<Record<StatusValue | 'none', number>>;

interface GoalRow extends Place {
    readonly name: string;
    readonly title: string;
    readonly kind: 'smart' | 'magie' | 'er';
    readonly status: StatusValue | null;
    /** Every SMART letter met (false for MAGIE and ER goals). */
    readonly smartComplete: boolean;
    readonly start: string | null;
    readonly end: string | null;
    readonly overdue: boolean;
    /** The organisation goals it supports, by name, as written. */
    readonly supports: readonly string[];
}

interface Signature {
    readonly party: PartyValue | null;
    /** The party as written, when it is none of the known ones. */
    readonly partyText: string;
    readonly name: string;
    /** Only a signature with a date counts as signed. */
    readonly date: string | null;
}

interface DatedGoal { readonly date: string; readonly goal: string; readonly title: string; readonly line: number }

export interface PlanRow extends Place {
    /** Unique within the report: the file, and the plan's number when the file holds several. */
    readonly id: string;
    readonly title: string;
    readonly employee: string | null;
    readonly role: string | null;
    readonly manager: string | null;
    /** The language the plan is written in. */
    readonly language: Locale;
    readonly period: { readonly start: string | null; readonly end: string | null };
    readonly smart: { readonly complete: number; readonly total: number };
    readonly goalsByStatus: StatusCounts;
    readonly overdue: readonly DatedGoal[];
    readonly nextDeadline: DatedGoal | null;
    readonly nextReview: DatedGoal | null;
    readonly budget: Money3;
    readonly hours: Money3;
    readonly signOff: { readonly state: SignOffState; readonly signatures: readonly Signature[] };
    readonly problems: Problems;
    readonly syntaxErrors: number;
    readonly notes: readonly PlanNote[];
    /** The plan's own rendered page, relative to the report, when it was rendered beside it. */
    readonly page: string | null;
    readonly goals: readonly GoalRow[];
}

export interface Supporter {
    readonly plan: string;
    readonly employee: string | null;
    readonly goal: string;
    readonly title: string;
    readonly status: StatusValue | null;
    readonly file: string;
    readonly uri?: string;
    readonly line: number;
}

export interface OrganisationGoalRow {
    readonly name: string;
    readonly title: string;
    readonly deadline: string | null;
    readonly declaredIn: readonly Place[];
    /** Goals of the reported plans that support it; cancelled goals do not count. */
    readonly supporters: readonly Supporter[];
}

export interface Totals {
    readonly plans: number;
    readonly goals: number;
    readonly smartComplete: number;
    readonly overdue: number;
    readonly goalsByStatus: StatusCounts;
    readonly signed: number;
    readonly budget: Money3;
    readonly hours: Money3;
    readonly problems: Problems;
}

interface ManagerTotals extends Totals {
    /** Null for the plans that name no manager. */
    readonly manager: string | null;
}

interface UnreadFile {
    readonly file: string;
    readonly uri?: string;
    /** 'unreadable': not read at all; 'no-plan': read, but no plan or organisation goals could be found in it. */
    readonly kind: 'unreadable' | 'no-plan';
    readonly reason: string | null;
}

export interface TeamReport {
    readonly schemaVersion: number;
    readonly today: string;
    readonly locale: Locale;
    readonly files: number;
    readonly plans: readonly PlanRow[];
    readonly unread: readonly UnreadFile[];
    readonly duplicateEmployees: ReadonlyArray<{ readonly employee: string; readonly plans: readonly string[] }>;
    readonly languages: Readonly<Record<Locale, number>>;
    readonly organisationGoals: readonly OrganisationGoalRow[];
    /** The names of the organisation goals no reported goal supports. */
    readonly unsupportedOrganisationGoals: readonly string[];
    /** Goals that support no organisation goal (cancelled goals left out). */
    readonly goalsWithoutOrganisationGoal: readonly Supporter[];
    readonly managers: readonly ManagerTotals[];
    readonly totals: Totals;
}

const STATUSES: ReadonlyArray<StatusValue | 'none'> = ['todo', 'doing', 'done', 'cancelled', 'none'];

/** Open goals are those still to be reached: not done, not cancelled. */
export function isOpen(status: StatusValue | undefined | null): boolean {
    return status !== 'done' && status !== 'cancelled';
}

export function teamReport(sources: readonly ReportSource[], services: PopServices, options: TeamReportOptions): TeamReport {
    const { today, locale } = options;
    const plans: PlanRow[] = [];
    const unread: UnreadFile[] = [];
    const goalNodes = new Map<Goal, { row: PlanRow; goal: GoalRow }>();
    for (const source of sources) {
        if (!source.document) {
            unread.push({ file: source.file, uri: source.uri, kind: 'unreadable', reason: source.unreadable ?? null });
            continue;
        }
        const root = source.document.parseResult.value;
        const items = root?.items ?? [];
        // Error recovery can make a plan out of the word 'plan' in any text: a plan with nothing in it is no plan.
        const filePlans = items.filter(isPlan).filter(plan => plan.title || plan.employee || plan.manager || plan.goals.length > 0 || !hasSyntaxErrors(source.document!));
        if (filePlans.length === 0 && !items.some(isOrganisation)) {
            unread.push({ file: source.file, uri: source.uri, kind: 'no-plan', reason: null });
            continue;
        }
        filePlans.forEach((plan, index) => {
            const row = planRow(source, plan, filePlans.length > 1 ? index : undefined, services, options);
            plans.push(row);
            plan.goals.forEach((goal, i) => goalNodes.set(goal, { row, goal: row.goals[i] }));
        });
    }
    markDuplicates(plans);
    const duplicateEmployees = duplicatesOf(plans);
    const organisationGoals = alignment(sources, services, goalNodes);
    const supporterOf = (row: PlanRow, goal: GoalRow): Supporter => ({
        plan: row.id, employee: row.employee, goal: goal.name, title: goal.title, status: goal.status, file: row.file, uri: row.uri, line: goal.line,
    });
    const known = new Set(organisationGoals.map(o => o.name));
    const goalsWithoutOrganisationGoal = plans.flatMap(row => row.goals
        .filter(goal => goal.status !== 'cancelled' && !goal.supports.some(name => known.has(name)))
        .map(goal => supporterOf(row, goal)));
    const languages = { en: 0, nl: 0 };
    for (const row of plans) languages[row.language]++;
    return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        today: formatDate(today),
        locale,
        files: sources.length,
        plans,
        unread,
        duplicateEmployees,
        languages,
        organisationGoals,
        unsupportedOrganisationGoals: organisationGoals.filter(o => o.supporters.length === 0).map(o => o.name),
        goalsWithoutOrganisationGoal,
        managers: managerTotals(plans),
        totals: totalsOf(plans),
    };
}

function planRow(source: ReportSource, plan: Plan, index: number | undefined, services: PopServices, options: TeamReportOptions): PlanRow {
    const document = source.document!;
    const judgement = services.pop.Analysis.judge(document);
    const { today } = options;
    const goals: GoalRow[] = plan.goals.map(goal => {
        const status = goalStatus(goal) ?? null;
        const end = parseDate(goal.end);
        return {
            file: source.file, uri: source.uri, line: lineOf(goal),
            name: goal.name ?? '',
            title: goal.title || goal.name || '',
            kind: goalKind(goal),
            status,
            smartComplete: goalKind(goal) === 'smart' && scorecard(goal, judgement, options.locale).complete,
            start: isoOrNull(goal.start),
            end: isoOrNull(goal.end),
            overdue: end !== undefined && end < today && isOpen(status),
            supports: goal.supports.map(ref => ref.$refText).filter(Boolean),
        };
    });
    const byStatus = countStatuses(goals.map(g => g.status));
    // A cancelled goal is counted under goalsByStatus only, not in the SMART counts.
    const pursued = goals.filter(g => g.status !== 'cancelled');
    const dated = (date: string, goal: Goal): DatedGoal => ({ date, goal: goal.name ?? '', title: goal.title || goal.name || '', line: lineOf(goal) });
    const overdue = plan.goals.filter((_, i) => goals[i].overdue).map(goal => dated(isoOrNull(goal.end)!, goal))
        .sort((a, b) => a.date.localeCompare(b.date));
    let nextDeadline: DatedGoal | null = null;
    let nextReview: DatedGoal | null = null;
    for (const goal of plan.goals) {
        const status = goalStatus(goal);
        const end = parseDate(goal.end);
        if (end !== undefined && end >= today && isOpen(status) && (!nextDeadline || formatDate(end) < nextDeadline.date)) nextDeadline = dated(formatDate(end), goal);
        if (status === 'cancelled') continue;
        for (const review of goal.reviews) {
            const day = parseDate(review.date);
            if (day !== undefined && day >= today && (!nextReview || formatDate(day) < nextReview.date)) {
                nextReview = { ...dated(formatDate(day), goal), line: lineOf(review) };
            }
        }
    }
    const facilitated = facilitationOf(plan);
    const planned = actionTotals(plan);
    const spent = spentOf(plan);
    const signatures: Signature[] = (plan.signOff?.signatures ?? []).map(s => {
        const party = canonical('party', s.party) ?? null;
        return { party: party === 'self' ? 'employee' : party, partyText: s.party ?? '', name: s.name ?? '', date: isoOrNull(s.date) };
    });
    const syntaxErrors = document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length;
    const notes: PlanNote[] = [];
    if (syntaxErrors > 0) notes.push('syntax-errors');
    if (!plan.employee?.trim()) notes.push('no-employee');
    if (!plan.manager?.trim()) notes.push('no-manager');
    if (!isoOrNull(plan.period?.start) || !isoOrNull(plan.period?.end)) notes.push('no-period');
    if (plan.goals.length === 0) notes.push('no-goals');
    return {
        id: index === undefined ? source.file : `${source.file}#${index + 1}`,
        file: source.file, uri: source.uri, line: lineOf(plan),
        title: plan.title ?? '',
        employee: textOrNull(plan.employee),
        role: textOrNull(plan.role),
        manager: textOrNull(plan.manager),
        language: documentLocale(document),
        period: { start: isoOrNull(plan.period?.start), end: isoOrNull(plan.period?.end) },
        smart: { complete: pursued.filter(g => g.smartComplete).length, total: pursued.length },
        goalsByStatus: byStatus,
        overdue,
        nextDeadline,
        nextReview,
        budget: { facilitated: facilitated.budget ?? null, planned: planned.cost, spent: spent.cost },
        hours: { facilitated: facilitated.hours ?? null, planned: planned.hours, spent: spent.hours },
        signOff: { state: signOffState(plan), signatures },
        problems: problemsIn(document, plan),
        syntaxErrors,
        notes,
        page: source.page ?? null,
        goals,
    };
}

function hasSyntaxErrors(document: LangiumDocument): boolean {
    return document.parseResult.lexerErrors.length + document.parseResult.parserErrors.length > 0;
}

/** Signed as the plan page says it is (isPlanSigned); partly signed while some, not all, lines have their date. */
function signOffState(plan: Plan): SignOffState {
    if (isPlanSigned(plan)) return 'signed';
    return (plan.signOff?.signatures ?? []).some(isSigned) ? 'partly-signed' : 'unsigned';
}

/** What the plan's finished actions cost: the part of the planned money and hours already spent. */
function spentOf(plan: Plan): { cost: number; hours: number } {
    const spent = { cost: 0, hours: 0 };
    for (const goal of plan.goals) {
        for (const action of goal.actions) {
            if (goalStatus(action) !== 'done') continue;
            spent.cost += parseMoney(action.cost) ?? 0;
            spent.hours += action.hours !== undefined ? parseNumber(action.hours) ?? 0 : 0;
        }
    }
    return spent;
}

/** The document's diagnostics that fall within the plan (all of them when it is the file's only plan). */
function problemsIn(document: LangiumDocument<Document>, plan: Plan): Problems {
    const counts = { error: 0, warning: 0, info: 0, hint: 0 };
    const plans = document.parseResult.value.items.filter(isPlan);
    const range = plan.$cstNode?.range;
    for (const d of document.diagnostics ?? []) {
        if (plans.length > 1 && range && (d.range.start.line < range.start.line || d.range.start.line > range.end.line)) continue;
        const severity = d.severity ?? 1;
        if (severity === 1) counts.error++;
        else if (severity === 2) counts.warning++;
        else if (severity === 3) counts.info++;
        else counts.hint++;
    }
    return counts;
}

function employeeKey(name: string | null): string | undefined {
    const key = name?.trim().replace(/\s+/g, ' ').toLowerCase();
    return key || undefined;
}

function markDuplicates(plans: PlanRow[]): void {
    const counts = new Map<string, number>();
    for (const row of plans) {
        const key = employeeKey(row.employee);
        if (key) counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    for (const row of plans) {
        const key = employeeKey(row.employee);
        if (key && counts.get(key)! > 1) (row.notes as PlanNote[]).push('duplicate-employee');
    }
}

function duplicatesOf(plans: readonly PlanRow[]): TeamReport['duplicateEmployees'] {
    const groups = new Map<string, PlanRow[]>();
    for (const row of plans) {
        const key = employeeKey(row.employee);
        if (!key) continue;
        const list = groups.get(key) ?? [];
        list.push(row);
        groups.set(key, list);
    }
    return [...groups.values()].filter(list => list.length > 1).map(list => ({ employee: list[0].employee!.trim().replace(/\s+/g, ' '), plans: list.map(r => r.id) }));
}

/**
 * Every organisation goal the workspace declares (in a shared organisation file or in a plan's starting points),
 * by name, with the reported goals that support it. A name declared twice is one goal, declared in two places.
 */
function alignment(sources: readonly ReportSource[], services: PopServices, goals: ReadonlyMap<Goal, { row: PlanRow; goal: GoalRow }>): OrganisationGoalRow[] {
    const byName = new Map<string, { name: string; title: string; deadline: string | null; declaredIn: Place[]; supporters: Supporter[] }>();
    const fileOf = new Map(sources.map(s => [s.uri ?? s.document?.uri.toString(), s]));
    const declare = (goal: OrgGoal, documentUri: string) => {
        if (!goal.name) return;
        let entry = byName.get(goal.name);
        if (!entry) byName.set(goal.name, (entry = { name: goal.name, title: goal.title || goal.name, deadline: isoOrNull(goal.deadline), declaredIn: [], supporters: [] }));
        const source = fileOf.get(documentUri);
        entry.declaredIn.push({ file: source?.file ?? displayUri(documentUri), uri: documentUri, line: lineOf(goal) });
        if (entry.deadline === null) entry.deadline = isoOrNull(goal.deadline);
    };
    const documents = services.shared.workspace.LangiumDocuments;
    const seen = new Set<string>();
    const visit = (document: LangiumDocument) => {
        const uri = document.uri.toString();
        if (seen.has(uri)) return;
        seen.add(uri);
        for (const item of (document.parseResult.value as Document | undefined)?.items ?? []) {
            if (isOrganisation(item)) item.goals.forEach(g => declare(g, uri));
            else if (isPlan(item)) item.startingPoints?.orgGoals.forEach(g => declare(g, uri));
        }
    };
    // The reported files first, so that their declarations come first; then the rest of the workspace.
    for (const source of sources) if (source.document) visit(source.document);
    for (const document of documents.all) visit(document);
    for (const [goal, { row, goal: goalRow }] of goals) {
        if (goalRow.status === 'cancelled') continue;
        const names = new Set(goal.supports.map(ref => ref.$refText));
        for (const name of names) {
            byName.get(name)?.supporters.push({
                plan: row.id, employee: row.employee, goal: goalRow.name, title: goalRow.title, status: goalRow.status,
                file: row.file, uri: row.uri, line: goalRow.line,
            });
        }
    }
    return [...byName.values()];
}

function displayUri(uri: string): string {
    const path = uri.replace(/^file:\/\//, '');
    try {
        return decodeURIComponent(path);
    } catch {
        return path;
    }
}

function managerTotals(plans: readonly PlanRow[]): ManagerTotals[] {
    const groups = new Map<string, { manager: string | null; rows: PlanRow[] }>();
    for (const row of plans) {
        const key = employeeKey(row.manager) ?? '';
        let group = groups.get(key);
        if (!group) groups.set(key, (group = { manager: row.manager?.trim() || null, rows: [] }));
        group.rows.push(row);
    }
    return [...groups.values()]
        .sort((a, b) => (a.manager === null ? 1 : b.manager === null ? -1 : a.manager.localeCompare(b.manager)))
        .map(({ manager, rows }) => ({ manager, ...totalsOf(rows) }));
}

function totalsOf(plans: readonly PlanRow[]): Totals {
    const byStatus: Record<StatusValue | 'none', number> = { todo: 0, doing: 0, done: 0, cancelled: 0, none: 0 };
    const sum = (pick: (row: PlanRow) => Money3): Money3 => {
        const given = plans.map(pick).filter(m => m.facilitated !== null);
        return {
            facilitated: given.length === 0 ? null : given.reduce((n, m) => n + m.facilitated!, 0),
            planned: plans.reduce((n, row) => n + pick(row).planned, 0),
            spent: plans.reduce((n, row) => n + pick(row).spent, 0),
        };
    };
    const problems = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const row of plans) {
        for (const status of STATUSES) byStatus[status] += row.goalsByStatus[status];
        problems.error += row.problems.error;
        problems.warning += row.problems.warning;
        problems.info += row.problems.info;
        problems.hint += row.problems.hint;
    }
    return {
        plans: plans.length,
        goals: plans.reduce((n, row) => n + row.smart.total, 0),
        smartComplete: plans.reduce((n, row) => n + row.smart.complete, 0),
        overdue: plans.reduce((n, row) => n + row.overdue.length, 0),
        goalsByStatus: byStatus,
        signed: plans.filter(row => row.signOff.state === 'signed').length,
        budget: sum(row => row.budget),
        hours: sum(row => row.hours),
        problems,
    };
}

function countStatuses(statuses: ReadonlyArray<StatusValue | null>): StatusCounts {
    const counts: Record<StatusValue | 'none', number> = { todo: 0, doing: 0, done: 0, cancelled: 0, none: 0 };
    for (const status of statuses) counts[status ?? 'none']++;
    return counts;
}

/** A real date as YYYY-MM-DD (parseDate reads only that form); null for a missing or impossible one. */
/** A date as YYYY-MM-DD, however it was written (01-02-2027 is reported as date.format, and means 2027-02-01). */
function isoOrNull(text: string | undefined): string | null {
    const day = parseDate(text);
    return day === undefined ? null : formatDate(day);
}

function textOrNull(text: string | undefined): string | null {
    return text?.trim() ? text : null;
}

function lineOf(node: { $cstNode?: { range: { start: { line: number } } } }): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}
