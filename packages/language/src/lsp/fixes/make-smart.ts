/** "Make this goal SMART": every part a SMART goal still lacks, added in one edit. */
import type { TextEdit } from 'vscode-languageserver';
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { kw, valueKeyword } from '../../keywords.js';
import { goalKind, goalScope } from '../../model/plan.js';
import { formatDate } from '../../model/values.js';
import { hasFeasibility } from '../../validation/checks/realistic.js';
import type { RuleCode } from '../../validation/rules.js';
import { addAcceptance } from './acceptable.js';
import { insertLinesInBlock, quote, replaceProperty } from './edits.js';
import type { Fix, FixContext } from './fix.js';
import { targetLines } from './measurable.js';
import { defaultDate, statementDate } from './time-bound.js';

/** The diagnostics "make SMART" removes: the parts it adds. Wording (vague, comparative) and overdue goals need a person. */
export const MAKE_SMART_RESOLVES: ReadonlySet<string> = new Set<RuleCode>([
    'smart.specific.missing', 'smart.measurable.no-target', 'smart.measurable.no-method',
    'smart.acceptable.missing', 'smart.acceptable.no-employee', 'smart.acceptable.no-team',
    'smart.realistic.missing', 'smart.time-bound.no-start', 'smart.time-bound.no-end',
]);

/** Every part a SMART goal still lacks, added in one edit. Also turns an ER goal into a SMART one. */
export function makeSmart(goal: Goal, ctx: FixContext): Fix {
    const k = (id: Parameters<typeof kw>[0]) => kw(id, ctx.keywords);
    const lines: string[] = [];
    const edits: TextEdit[] = [];
    if (goal.kind && goalKind(goal) !== 'smart') {
        const edit = replaceProperty(ctx.document, goal, 'kind', valueKeyword('kind', 'smart', ctx.keywords));
        if (edit) edits.push(edit);
    }
    if (!goal.specific?.trim()) lines.push(`${k('specific')} ${quote(t(ctx.locale, 'templates.specific'))}`);
    if (!goal.target) lines.push(...targetLines(goal, ctx));
    if (!goal.method?.trim()) lines.push(`${k('method')} ${quote(t(ctx.locale, 'templates.method'))}`);
    if (goal.acceptedBy.length === 0) {
        const parties = goalScope(goal) === 'team' ? ['team', 'manager'] as const : ['employee', 'manager'] as const;
        lines.push(`${k('acceptable')} ${k('acceptableBy')} ${parties.map(p => valueKeyword('party', p, ctx.keywords)).join(', ')}`);
    } else {
        const acceptance = addAcceptance(goal, ctx);
        if (acceptance) edits.push(...acceptance.edits);
    }
    if (!hasFeasibility(goal) && goal.actions.length === 0) lines.push(`${k('realistic')} ${quote(t(ctx.locale, 'templates.realistic'))}`);
    // The dates the statement names come first ("vanaf 1 maart", "voor 1 juli"), then the defaults.
    const start = goal.start === undefined ? statementDate(goal, 'start', ctx) ?? defaultDate(goal, 'start', ctx.today) : undefined;
    if (start !== undefined) lines.push(`${k('start')} ${formatDate(start)}`);
    if (goal.end === undefined) {
        const own = statementDate(goal, 'end', ctx);
        const fallback = start !== undefined ? Math.max(defaultDate(goal, 'end', ctx.today), start) : defaultDate(goal, 'end', ctx.today);
        lines.push(`${k('end')} ${formatDate(own !== undefined && (start === undefined || own >= start) ? own : fallback)}`);
    }
    const insert = insertLinesInBlock(ctx.document, goal, lines);
    const title = t(ctx.locale, 'fixes.makeSmart', { goal: goal.name });
    // Half a fix would still claim every part: when the lines have no place (a goal missing its braces), offer nothing.
    if (lines.length > 0 && !insert) return { title, edits: [], preferred: false };
    if (insert) edits.push(insert);
    return { title, edits, preferred: false };
}
