/**
 * What is due or overdue across plans: goal deadlines, reviews, and plans that have started without being signed.
 * Pure, shared by `pop due` and the editor's "Show Due and Overdue".
 */
import type { LangiumDocument } from 'langium';
import { isPlan, type Document, type Plan } from '../generated/ast.js';
import { catalogue, format } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { isPlanSigned } from '../model/sign-off.js';
import { formatDate, parseDate } from '../model/values.js';
import { isOpen } from './team-report.js';

type DueKind = 'goal-deadline' | 'review' | 'unsigned-plan';

export interface DueItem {
    readonly kind: DueKind;
    /** YYYY-MM-DD. */
    readonly date: string;
    /** Days from today: negative when it is past. */
    readonly days: number;
    readonly overdue: boolean;
    readonly file: string;
    readonly uri?: string;
    /** 1-based. */
    readonly line: number;
    readonly plan: string;
    readonly employee: string | null;
    /** The goal's name and title, for a deadline or a review. */
    readonly goal?: string;
    readonly title?: string;
}

export interface DueSource {
    readonly file: string;
    readonly uri?: string;
    readonly document: LangiumDocument<Document>;
}

export interface DueOptions {
    /** Today, as days since 1970-01-01. */
    readonly today: number;
    /** How many days ahead count as due. */
    readonly within: number;
}

/**
 * Open goals whose end date is past or within the window; reviews within the window, and earlier reviews that
 * record nothing (no measurement, no note: the conversation is still to be held); and plans whose period has
 * begun while employee and manager have not both signed with a date. Sorted by date, then place.
 */
export function dueItems(sources: readonly DueSource[], options: DueOptions): DueItem[] {
    const items: DueItem[] = [];
    for (const source of sources) {
        for (const plan of source.document.parseResult.value?.items.filter(isPlan) ?? []) collect(source, plan, options, items);
    }
    return items.sort((a, b) => a.date.localeCompare(b.date) || a.file.localeCompare(b.file) || a.line - b.line);
}

function collect(source: DueSource, plan: Plan, { today, within }: DueOptions, items: DueItem[]): void {
    const base = { file: source.file, uri: source.uri, plan: plan.title ?? '', employee: plan.employee?.trim() ? plan.employee : null };
    const add = (kind: DueKind, day: number, node: { $cstNode?: { range: { start: { line: number } } } }, overdue: boolean, goal?: { name?: string; title?: string }) => {
        items.push({
            kind, date: formatDate(day), days: day - today, overdue, ...base, line: (node.$cstNode?.range.start.line ?? 0) + 1,
            ...(goal ? { goal: goal.name ?? '', title: goal.title || goal.name || '' } : {}),
        });
    };
    for (const goal of plan.goals) {
        const status = goalStatus(goal);
        if (!isOpen(status)) continue;
        const end = parseDate(goal.end);
        if (end !== undefined && end <= today + within) add('goal-deadline', end, goal, end < today, goal);
        for (const review of goal.reviews) {
            const day = parseDate(review.date);
            if (day === undefined) continue;
            const held = review.measured !== undefined || (review.note ?? '') !== '';
            if (day >= today ? day <= today + within : !held) add('review', day, review, day < today, goal);
        }
    }
    const start = parseDate(plan.period?.start);
    const end = parseDate(plan.period?.end);
    if (start !== undefined && start <= today + within && (end === undefined || end >= today)) {
        if (!isPlanSigned(plan)) add('unsigned-plan', start, plan, start < today);
    }
}

/** What is due, in words: "Goal 'x' (Title) must be reached". */
export function dueText(item: DueItem, locale: Locale): string {
    const d = catalogue(locale).team.due;
    if (item.kind === 'unsigned-plan') return format(item.days > 0 ? d.unsignedBeforeStart : d.unsigned, { plan: item.plan });
    return format(item.kind === 'review' ? d.review : d.goalDeadline, { goal: item.goal ?? '', title: item.title ?? '' });
}
