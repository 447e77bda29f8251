import { catalogue, counted, format, t } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import type { Finding } from './finding.js';
import type { RuleCode } from './rules.js';

/** Items as a sentence lists them: "a", "a and b", "a, b and c". */
function listInWords(items: readonly string[], locale: Locale): string {
    if (items.length < 2) return items.join('');
    return `${items.slice(0, -1).join(', ')}${catalogue(locale).mistakes.and}${items[items.length - 1]}`;
}

/** A rule's message in the locale, filled in with the finding's parameters (those that are catalogue keys localised first, in order). */
export function ruleMessage(locale: Locale, code: RuleCode, finding: Pick<Finding, 'params' | 'localParams' | 'counted'>): string {
    const params: Record<string, string | number> = { ...finding.params };
    for (const [key, noun] of Object.entries(finding.counted ?? {})) {
        if (typeof params[key] === 'number') params[key] = counted(locale, noun, params[key]);
    }
    for (const [key, value] of Object.entries(finding.localParams ?? {})) {
        // Filled in with the parameters so far, so that one may use a localised one before it ("{month} {year} has 28 days").
        params[key] = typeof value === 'string' ? t(locale, value, params) : listInWords(value.map(k => t(locale, k, params)), locale);
    }
    return format(catalogue(locale).rules[code].message, params);
}
