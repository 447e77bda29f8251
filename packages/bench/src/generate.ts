/**
 * Deterministic benchmark input: plans of any number of goals, and a workspace of many small plans that all
 * refer to one shared file of organisation goals. The same arguments always give the same text, so runs on
 * different days and machines measure the same work.
 */

/** A small seeded generator (mulberry32): Math.random would make every run measure different text. */
function random(seed: number): () => number {
    let state = seed >>> 0;
    return () => {
        state = (state + 0x6d2b79f5) >>> 0;
        let t = state;
        t = Math.imul(t ^ (t >>> 15), t | 1);
        t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

type Lang = 'en' | 'nl';

const K = {
    en: {
        organisation: 'organisation', orgGoal: 'organisation-goal', by: 'by', employee: 'employee', role: 'role',
        manager: 'manager', period: 'period', to: 'to', language: 'language', reason: 'reason', goal: 'goal',
        horizon: 'horizon', long: 'long', short: 'short', specific: 'specific', measurable: 'measurable',
        baseline: 'baseline', method: 'method', acceptable: 'acceptable by', realistic: 'realistic', end: 'end',
        supports: 'supports', derivedFrom: 'derived-from', action: 'action', provider: 'provider', hours: 'hours',
        cost: 'cost', review: 'review', measured: 'measured', note: 'note', development: 'development',
        course: 'course', coaching: 'coaching', parties: 'employee, manager',
    },
    nl: {
        organisation: 'organisatie', orgGoal: 'organisatiedoel', by: 'uiterlijk', employee: 'medewerker', role: 'functie',
        manager: 'leidinggevende', period: 'periode', to: 'tot', language: 'taal', reason: 'aanleiding', goal: 'doel',
        horizon: 'termijn', long: 'lang', short: 'kort', specific: 'specifiek', measurable: 'meetbaar',
        baseline: 'nulmeting', method: 'methode', acceptable: 'acceptabel door', realistic: 'realistisch', end: 'eind',
        supports: 'draagt-bij-aan', derivedFrom: 'afgeleid-van', action: 'actie', provider: 'aanbieder', hours: 'uren',
        cost: 'kosten', review: 'voortgang', measured: 'gemeten', note: 'notitie', development: 'ontwikkeling',
        course: 'cursus', coaching: 'coaching', parties: 'medewerker, leidinggevende',
    },
} as const;

const SUBJECTS = ['presentations', 'customer calls', 'code reviews', 'reports', 'workshops', 'audits', 'interviews', 'tickets'];
const UNITS = ['presentations', 'calls', 'reviews', 'reports', 'workshops', 'audits', 'interviews', 'tickets'];
// Some statements are deliberately vague, so the Specific check finds something to report now and then.
const OPENERS = ['Gives', 'Handles', 'Prepares', 'Leads', 'Writes', 'Runs', 'Tries to handle more', 'Plans'];

export const ORG_GOAL_COUNT = 20;

export function orgGoalName(index: number): string {
    return `org-goal-${index + 1}`;
}

function pad(n: number): string {
    return String(n).padStart(2, '0');
}

function date(year: number, dayOfYear: number): string {
    const d = new Date(Date.UTC(year, 0, 1 + dayOfYear));
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The organisation block: ORG_GOAL_COUNT goals that plans can support. */
export function organisationText(lang: Lang = 'en'): string {
    const k = K[lang];
    const lines = [`${k.organisation} "Benchmark Care Group" {`];
    for (let i = 0; i < ORG_GOAL_COUNT; i++) {
        lines.push(`    ${k.orgGoal} ${orgGoalName(i)} "Organisation goal number ${i + 1}" ${k.by} ${date(2028, i * 7)}`);
    }
    lines.push('}');
    return lines.join('\n') + '\n';
}

export interface PlanOptions {
    goals: number;
    seed?: number;
    lang?: Lang;
    /** Declare the organisation goals in the same file (a single-file plan); otherwise they come from elsewhere. */
    withOrganisation?: boolean;
    /** Distinguishes the plans of a workspace. */
    label?: string;
}

export function goalName(index: number): string {
    return `goal-${index + 1}`;
}

/** The title of a goal, and the text an incremental edit replaces. */
export function goalTitle(index: number, revision = 0): string {
    return revision === 0 ? `Goal number ${index + 1}` : `Goal number ${index + 1}, revision ${revision}`;
}

/**
 * A plan with the given number of goals. Every fifth goal is long-term; the others derive from the last
 * long-term goal and support one or two organisation goals, and each has two actions and a review.
 */
export function planText(options: PlanOptions): string {
    const lang = options.lang ?? 'en';
    const k = K[lang];
    const next = random(options.seed ?? 1);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)];
    const out: string[] = [];
    if (options.withOrganisation) out.push(organisationText(lang));
    const person = options.label ?? 'Benchmark';
    out.push(`plan "PDP 2027 ${person}" {`);
    out.push(`    ${k.employee} "${person} Employee"`);
    out.push(`    ${k.role} "Team lead"`);
    out.push(`    ${k.manager} "${person} Manager"`);
    out.push(`    ${k.period} 2027-01-01 ${k.to} 2027-12-31`);
    out.push(`    ${k.language} ${lang}`);
    out.push(`    ${k.reason} ${k.development}`);
    let lastLong = -1;
    for (let i = 0; i < options.goals; i++) {
        const long = i % 5 === 0;
        const subject = Math.floor(next() * SUBJECTS.length);
        const target = 2 + Math.floor(next() * 20);
        const startDay = Math.floor(next() * 100);
        const endDay = startDay + 60 + Math.floor(next() * 200);
        out.push(`    ${k.goal} ${goalName(i)} "${goalTitle(i)}" {`);
        out.push(`        ${k.horizon} ${long ? k.long : k.short}`);
        out.push(`        ${k.specific} "${pick(OPENERS)} ${target} ${SUBJECTS[subject]} for the team every quarter"`);
        out.push(`        ${k.measurable} ${target} ${UNITS[subject]}`);
        out.push(`        ${k.baseline} ${Math.floor(target / 3)} ${UNITS[subject]}`);
        out.push(`        ${k.method} "Monthly report with feedback from the team"`);
        out.push(`        ${k.acceptable} ${k.parties}`);
        out.push(`        ${k.realistic} "A course first, then practice in the weekly team meeting"`);
        out.push(`        start ${date(2027, startDay)}`);
        out.push(`        ${k.end} ${date(2027, endDay)}`);
        const first = Math.floor(next() * ORG_GOAL_COUNT);
        const supported = next() < 0.5 ? orgGoalName(first) : `${orgGoalName(first)}, ${orgGoalName((first + 7) % ORG_GOAL_COUNT)}`;
        out.push(`        ${k.supports} ${supported}`);
        if (!long && lastLong >= 0) out.push(`        ${k.derivedFrom} ${goalName(lastLong)}`);
        out.push(`        ${k.action} ${k.course} "Course on ${SUBJECTS[subject]}" {`);
        out.push(`            ${k.provider} "Training Institute ${1 + Math.floor(next() * 9)}"`);
        out.push(`            start ${date(2027, startDay)}  ${k.end} ${date(2027, startDay + 30)}`);
        out.push(`            ${k.hours} ${8 + Math.floor(next() * 32)}  ${k.cost} € ${100 + Math.floor(next() * 900)}`);
        out.push('        }');
        out.push(`        ${k.action} ${k.coaching} "Coaching on ${SUBJECTS[subject]}"`);
        out.push(`        ${k.review} ${date(2027, startDay + 45)} {`);
        out.push(`            ${k.measured} ${Math.floor(target / 2)} ${UNITS[subject]}`);
        out.push(`            ${k.note} "Halfway; on track"`);
        out.push('        }');
        out.push('    }');
        if (long) lastLong = i;
    }
    out.push('}');
    return out.join('\n') + '\n';
}

export interface WorkspaceFile {
    /** A path relative to the workspace root. */
    path: string;
    text: string;
}

/** A workspace of `files` plans of `goalsPerFile` goals each, half English, half Dutch, and one shared organisation file. */
export function workspaceFiles(files: number, goalsPerFile: number): WorkspaceFile[] {
    const result: WorkspaceFile[] = [{ path: 'shared/organisation.pop', text: organisationText('nl') }];
    for (let i = 0; i < files; i++) {
        const lang: Lang = i % 2 === 0 ? 'en' : 'nl';
        result.push({
            path: `plans/plan-${String(i + 1).padStart(4, '0')}.pop`,
            text: planText({ goals: goalsPerFile, seed: 1000 + i, lang, label: `Employee ${i + 1}` }),
        });
    }
    return result;
}

/** The offsets of a goal's title string (without its quotes), for an incremental edit. */
export function titleRange(text: string, index: number, revision = 0): { start: number; end: number } {
    const needle = `"${goalTitle(index, revision)}"`;
    const at = text.indexOf(needle);
    if (at < 0) throw new Error(`goal ${index + 1} not found in the generated plan`);
    return { start: at + 1, end: at + needle.length - 1 };
}
