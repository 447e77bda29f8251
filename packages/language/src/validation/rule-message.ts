import { catalogue, format, t } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import type { Finding } from './finding.js';
import type { RuleCode } from './rules.js';

/** A rule's message in the locale, filled in with the finding's parameters (those that are catalogue keys localised first). */
export function ruleMessage(locale: Locale, code: RuleCode, finding: Pick<Finding, 'params' | 'localParams'>): string {
    const params: Record<string, string | number> = { ...finding.params };
    for (const [key, catalogueKey] of Object.entries(finding.localParams ?? {})) params[key] = t(locale, catalogueKey);
    return format(catalogue(locale).rules[code].message, params);
}
