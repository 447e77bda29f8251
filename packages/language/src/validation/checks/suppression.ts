/** Suppression comments that do nothing, or not what they say: suppression.* */
import type { Document } from '../../generated/ast.js';
import type { Report } from '../finding.js';
import { isKnownCode, isSuppressibleCode, type SuppressionCode, type SuppressionDirective } from '../suppressions.js';

/**
 * Each suppression comment, after the suppressions were applied (`used` holds what matched something): one without a
 * code, a code that names no rule, a code that names only rules that cannot be suppressed, and one that suppressed
 * nothing. A stale suppression would hide the next real problem on its line, so it is reported like a problem.
 */
export function checkSuppressions(
    root: Document, directives: readonly SuppressionDirective[], used: ReadonlySet<SuppressionCode | SuppressionDirective>, report: Report,
): void {
    for (const directive of directives) {
        const keyword = { start: directive.keywordStart, end: directive.keywordEnd };
        if (directive.codes.length === 0) {
            const params = { directive: directive.keyword, code: '', written: directive.keyword };
            if (directive.kind !== 'enable') report({ code: 'suppression.missing-code', node: root, offset: keyword, params });
            // A bare pop-enable ends every open block; it is unused only when none was open.
            else if (!used.has(directive)) report({ code: 'suppression.unused', node: root, offset: keyword, params, localParams: { why: 'suppressions.unused.enable' } });
            continue;
        }
        for (const entry of directive.codes) {
            const offset = { start: entry.start, end: entry.end };
            const params = { directive: directive.keyword, code: entry.code, written: `${directive.keyword} ${entry.code}` };
            if (!isKnownCode(entry.code)) report({ code: 'suppression.unknown-code', node: root, offset, params });
            else if (!isSuppressibleCode(entry.code)) report({ code: 'suppression.not-suppressible', node: root, offset, params });
            else if (!used.has(entry)) {
                const why = directive.kind === 'enable' ? 'suppressions.unused.enable' : 'suppressions.unused.disable';
                report({ code: 'suppression.unused', node: root, offset, params, localParams: { why } });
            }
        }
    }
}
