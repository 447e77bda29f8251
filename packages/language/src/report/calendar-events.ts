/**
 * The dates in plans as calendar events: goal deadlines, reviews, action start and end dates, and each plan's end.
 * Pure: `pop calendar` writes them as iCalendar. Each event's UID comes from the plan and the names in it, never
 * from a line number, so a calendar that imports the file again updates its events instead of doubling them.
 */
import type { LangiumDocument } from 'langium';
import { isPlan, type Document, type Plan } from '../generated/ast.js';
import { catalogue, format } from '../i18n/catalogue.js';
import { documentLocale } from '../i18n/locale.js';
import type { Locale } from '../keywords.js';
import { goalStatus } from '../model/plan.js';
import { formatDate, parseDate } from '../model/values.js';

type EventKind = 'goal-deadline' | 'review' | 'action-start' | 'action-end' | 'plan-end';

export interface PlanEvent {
    readonly uid: string;
    readonly kind: EventKind;
    /** YYYY-MM-DD: every event lasts the whole day. */
    readonly date: string;
    readonly summary: string;
    /** What has to be ready, and where the plan says so. */
    readonly description: string;
    readonly file: string;
    /** 1-based. */
    readonly line: number;
    /** file://…#L12 when the document has a file URI. */
    readonly url?: string;
    readonly locale: Locale;
}

export interface EventSource {
    readonly file: string;
    readonly document: LangiumDocument<Document>;
}

/** UIDs end in this domain, as RFC 5545 recommends, so they cannot clash with another program's. */
const UID_DOMAIN = 'pop.plan';

export function calendarEvents(sources: readonly EventSource[], options: { locale?: Locale } = {}): PlanEvent[] {
    const events: PlanEvent[] = [];
    const used = new Set<string>();
    for (const source of sources) {
        const locale = options.locale ?? documentLocale(source.document);
        for (const plan of source.document.parseResult.value?.items.filter(isPlan) ?? []) planEvents(source, plan, locale, used, events);
    }
    return events.sort((a, b) => a.date.localeCompare(b.date) || a.uid.localeCompare(b.uid));
}

function planEvents(source: EventSource, plan: Plan, locale: Locale, used: Set<string>, events: PlanEvent[]): void {
    const t = catalogue(locale).team.calendar;
    const employee = plan.employee?.trim() || plan.title || source.file;
    const planKey = `${plan.title ?? ''}\u0000${plan.employee ?? ''}`;
    const fileUri = source.document.uri.scheme === 'file' ? source.document.uri.toString() : undefined;
    const add = (kind: EventKind, dateText: string | undefined, keyParts: readonly string[], summary: string, what: string,
        node: { $cstNode?: { range: { start: { line: number } } } }) => {
        const day = parseDate(dateText);
        if (day === undefined) return;
        const line = (node.$cstNode?.range.start.line ?? 0) + 1;
        let uid = `${stableHash([planKey, kind, ...keyParts].join('\u0000'))}@${UID_DOMAIN}`;
        // The same names twice (two actions with one title): the later ones are numbered in order.
        for (let n = 2; used.has(uid); n++) uid = `${stableHash([planKey, kind, ...keyParts, String(n)].join('\u0000'))}@${UID_DOMAIN}`;
        used.add(uid);
        events.push({
            uid, kind, date: formatDate(day), summary, locale, file: source.file, line,
            description: `${what}\n${format(t.source, { file: source.file, line })}`,
            ...(fileUri ? { url: `${fileUri}#L${line}` } : {}),
        });
    };
    for (const goal of plan.goals) {
        if (goalStatus(goal) === 'cancelled') continue;
        const name = goal.name ?? '';
        const title = goal.title || name;
        add('goal-deadline', goal.end, [name], format(t.goalDeadline, { title }),
            format(t.goalDeadlineDescription, { goal: name, employee, specific: goal.specific ?? title }), goal);
        for (const review of goal.reviews) {
            add('review', review.date, [name, review.date ?? ''], format(t.review, { title }), format(t.reviewDescription, { goal: name, employee }), review);
        }
        for (const action of goal.actions) {
            if (goalStatus(action) === 'cancelled') continue;
            const actionTitle = action.title || action.type || '';
            const what = format(t.actionDescription, { goal: name, employee });
            add('action-start', action.start, [name, actionTitle], format(t.actionStart, { title: actionTitle }), what, action);
            add('action-end', action.end, [name, actionTitle], format(t.actionEnd, { title: actionTitle }), what, action);
        }
    }
    if (plan.period) add('plan-end', plan.period.end, [], format(t.planEnd, { title: plan.title || employee }), format(t.planEndDescription, { employee }), plan.period);
}

/** 64 bits of two FNV-1a hashes over the UTF-16 text, as 16 hex digits: stable across runs and platforms. */
function stableHash(text: string): string {
    let a = 0x811c9dc5;
    let b = 0x01000193 ^ 0x5bd1e995;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        a = Math.imul(a ^ c, 0x01000193);
        b = Math.imul(b ^ c, 0x0100019d);
    }
    return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}
