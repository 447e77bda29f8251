/**
 * The hover text of a goal's statement: what the reader read in it, in the plan's language.
 * "Gelezen: streefwaarde 5 kilo · deadline 1 juni (2027-06-01)" / "Read: target 5 kilo · deadline 1 June (2027-06-01)".
 */
import { catalogue, format } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import { formatDate } from '../model/values.js';
import type { GoalReading } from '../statement/goal.js';
import { quantityText } from './fixes/measurable.js';

export function describeReading(read: GoalReading, locale: Locale): string {
    const texts = catalogue(locale).statement;
    const shown = (value: Parameters<typeof quantityText>[0]) => quantityText(value, { locale, keywords: locale }).shown;
    const parts: string[] = [];
    const numeric = read.targets.filter(c => c.kind !== 'binary');
    if (numeric.length > 0) {
        parts.push(format(texts.target, { value: numeric.map(shown).join(texts.or) }));
        const withBaseline = numeric.find(c => c.baseline);
        if (withBaseline?.baseline) parts.push(format(texts.baseline, { value: shown(withBaseline.baseline) }));
    } else if (read.reading.results.length > 0) {
        parts.push(format(texts.result, { value: read.reading.results.map(r => r.object ?? r.text).join(texts.or) }));
    }
    const { reading } = read;
    if (numeric.length === 0) {
        for (const criterion of reading.criteria) {
            if (criterion.kind !== 'halving' && criterion.kind !== 'doubling') parts.push(format(texts.criterion, { words: criterion.text }));
        }
    }
    for (const { date, day } of read.starts) parts.push(format(texts.start, { date: `${date.text} (${formatDate(day)})` }));
    for (const { date, day } of read.deadlines) parts.push(format(texts.deadline, { date: `${date.text} (${formatDate(day)})` }));
    if (!reading.concrete) {
        const wishes = reading.comparatives.filter(c => !c.inPurpose);
        if (wishes.length > 0) parts.push(format(texts.aspiration, { words: wishes.map(w => w.text).join("', '") }));
    }
    if (reading.vagueThatCounts.length > 0) parts.push(format(texts.vague, { words: reading.vagueThatCounts.map(v => v.text).join("', '") }));
    return parts.length > 0 ? format(texts.read, { parts: parts.join(texts.separator) }) : texts.nothing;
}
