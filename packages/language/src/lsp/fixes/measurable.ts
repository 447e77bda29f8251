/**
 * Fixes for smart.measurable.*. The target comes from the statement as the reader reads it: one code action per
 * candidate, preferred (and so part of fix-all) only when the reading is unambiguous; never a number the statement
 * does not say. A range fills the baseline too; a result done or not done gets a binary target ("1 diploma").
 */
import type { Goal } from '../../generated/ast.js';
import { t } from '../../i18n/catalogue.js';
import { keywordLanguage, kw, type Locale } from '../../keywords.js';
import { readGoal } from '../../statement/goal.js';
import type { CandidateValue, TargetCandidate } from '../../statement/index.js';
import { insertAfterProperty, quote } from './edits.js';
import { addTemplate, insertFix, onGoal, type Fix, type FixContext, type RuleFixes } from './fix.js';

export const measurableFixes: RuleFixes = {
    'smart.measurable.no-target': onGoal((goal, ctx) => addTargets(goal, ctx)),
    'smart.measurable.no-unit': onGoal((goal, ctx) => [addUnit(goal, ctx)]),
    'smart.measurable.no-method': onGoal((goal, ctx) => [addTemplate(goal, 'method', 'templates.method', 'fixes.addMethod', ctx)]),
};

/** The Unit rule accepts these keywords as they are; any other keyword is written as a string. */
const KEYWORD_UNITS = /^(hours|uren|goal|doel|review|training|coaching|team)$/;
const ID = /^[A-Za-z_\u00C0-\u024F][\w\u00C0-\u024F'’-]*$/;

/** A unit as the grammar takes it: a plain word, or a string ("van de 10 klanten", "3 op"). */
function unitText(unit: string): string {
    return ID.test(unit) && !(keywordLanguage(unit) && !KEYWORD_UNITS.test(unit)) ? unit : quote(unit);
}

/** A number as the grammar's NUMBER takes it: as the statement wrote it when that fits, else plain digits. */
function numberText(value: CandidateValue, locale: Locale): string {
    if (value.digits && /^\d+([.,]\d+)?$/.test(value.digits)) return value.digits;
    const plain = String(Math.round(value.value * 1000) / 1000);
    return locale === 'nl' ? plain.replace('.', ',') : plain;
}

/** The candidate in the plan's syntax ("4 presentaties", "85%", "€ 500", "1 diploma") and as a reader sees it. */
export function quantityText(value: CandidateValue, ctx: Pick<FixContext, 'locale' | 'keywords'>): { written: string; shown: string } {
    const number = numberText(value, ctx.keywords);
    if (value.kind === 'percent') return { written: `${number}%`, shown: `${number}%` };
    // The plan's money is in euros; another currency is written as a unit ("45000 GBP").
    if (value.kind === 'money') return value.currency ? { written: `${number} ${value.currency}`, shown: `${number} ${value.currency}` } : { written: `€ ${number}`, shown: `€ ${number}` };
    const unit = value.unit ?? (value.kind === 'binary' ? t(ctx.locale, 'statement.units.result') : value.kind === 'grade' ? t(ctx.locale, 'statement.units.grade') : undefined);
    if (!unit) return { written: number, shown: number };
    return { written: `${number} ${unitText(unit)}`, shown: `${number} ${unit}` };
}

function targetFix(goal: Goal, candidate: TargetCandidate, preferred: boolean, ctx: FixContext): Fix {
    const target = quantityText(candidate, ctx);
    const lines = [`${kw('measurable', ctx.keywords)} ${target.written}`];
    let title = candidate.kind === 'binary'
        ? t(ctx.locale, 'statement.fixes.binaryTarget', { target: target.shown })
        : t(ctx.locale, 'fixes.addTargetFromStatement', { target: target.shown });
    if (candidate.baseline && !goal.baseline) {
        const baseline = quantityText(candidate.baseline, ctx);
        lines.push(`${kw('baseline', ctx.keywords)} ${baseline.written}`);
        title = t(ctx.locale, 'statement.fixes.targetAndBaseline', { target: target.shown, baseline: baseline.shown });
    }
    return insertFix(goal, lines, title, preferred, ctx);
}

/** One fix per target the statement offers, the unambiguous one preferred; a template target when it offers none. */
export function addTargets(goal: Goal, ctx: FixContext): Fix[] {
    const read = readGoal(goal, ctx.today);
    if (read && read.targets.length > 0) {
        return read.targets.map(candidate => targetFix(goal, candidate, candidate === read.preferredTarget, ctx));
    }
    return [insertFix(goal, [`${kw('measurable', ctx.keywords)} 1 ${quote(t(ctx.locale, 'templates.target'))}`], t(ctx.locale, 'fixes.addTargetTemplate'), false, ctx)];
}

/** The lines "make SMART" writes for the target: the statement's only candidate (with its baseline), else a template. */
export function targetLines(goal: Goal, ctx: FixContext): string[] {
    const read = readGoal(goal, ctx.today);
    const only = read?.targets.length === 1 ? read.targets[0] : undefined;
    if (!only) return [`${kw('measurable', ctx.keywords)} 1 ${quote(t(ctx.locale, 'templates.target'))}`];
    const lines = [`${kw('measurable', ctx.keywords)} ${quantityText(only, ctx).written}`];
    if (only.baseline && !goal.baseline) lines.push(`${kw('baseline', ctx.keywords)} ${quantityText(only.baseline, ctx).written}`);
    return lines;
}

/** The unit the statement gives the target's number ("meetbaar 4" with "4 presentaties" in the statement). */
function addUnit(goal: Goal, ctx: FixContext): Fix {
    const read = readGoal(goal, ctx.today);
    const value = goal.target?.value;
    const matching = read?.targets.filter(c => c.unit && c.kind !== 'binary' && value !== undefined && numberMatches(c, value)) ?? [];
    const unit = matching.length === 1 ? unitText(matching[0].unit!) : quote(t(ctx.locale, 'templates.target'));
    // A blank unit string ("") is the user's to fill in: writing a second unit after it would not parse.
    const edit = goal.target?.unit === undefined ? insertAfterProperty(ctx.document, goal.target!, 'value', ` ${unit}`) : undefined;
    return { title: t(ctx.locale, 'fixes.addTargetTemplate'), edits: edit ? [edit] : [], preferred: matching.length === 1 };
}

function numberMatches(candidate: TargetCandidate, written: string): boolean {
    const value = Number(written.replace(',', '.'));
    return Number.isFinite(value) && Math.abs(value - candidate.value) < 1e-9;
}
