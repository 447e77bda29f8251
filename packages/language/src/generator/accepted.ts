/**
 * Findings a suppression comment accepts. They are not open problems, so the scorecard leaves them out; the reader
 * still sees under the goal what was accepted, and the comment's reason.
 */
import type { Goal } from '../generated/ast.js';
import { catalogue, format } from '../i18n/catalogue.js';
import { ruleMessage } from '../validation/rule-message.js';
import { RULES } from '../validation/rules.js';
import type { RenderContext } from './context.js';
import type { Writer } from './writer.js';

export function writeAcceptedFindings(w: Writer, goal: Goal, ctx: RenderContext): void {
    const { suppressed } = ctx.judgement;
    if (suppressed.length === 0) return;
    const accepted = suppressed.filter(s => s.finding.goal === goal);
    if (accepted.length === 0) return;
    const texts = catalogue(ctx.locale);
    w.raw('<ul class="accepted muted">');
    for (const { finding, directive } of accepted) {
        const criterion = RULES[finding.code].criterion;
        w.raw('<li data-criterion="').text(criterion).raw('" data-code="').text(finding.code).raw('"><span class="which">')
            .text(texts.criteria[criterion].name).raw(':</span> ').text(ruleMessage(ctx.locale, finding.code, finding)).raw(' <em>')
            .text(directive.reason ? format(texts.suppressions.render.accepted, { reason: directive.reason }) : texts.suppressions.render.acceptedWithoutReason)
            .raw('</em></li>');
    }
    w.raw('</ul>\n');
}
