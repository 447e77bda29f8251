/**
 * Findings a suppression comment accepts. They are not open problems, so the scorecard leaves them out; the reader
 * still sees under the goal what was accepted, and the comment's reason.
 */
import type { Goal } from '../generated/ast.js';
import { catalogue, format } from '../i18n/catalogue.js';
import { ruleMessage } from '../validation/rule-message.js';
import { RULES } from '../validation/rules.js';
import type { RenderContext } from './context.js';
import { html, type Html } from './escape.js';

export function acceptedFindings(goal: Goal, ctx: RenderContext): Html | '' {
    const accepted = ctx.judgement.suppressed.filter(s => s.finding.goal === goal);
    if (accepted.length === 0) return '';
    const texts = catalogue(ctx.locale);
    return html`<ul class="accepted muted">${accepted.map(({ finding, directive }) => {
        const criterion = RULES[finding.code].criterion;
        const note = directive.reason ? format(texts.suppressions.render.accepted, { reason: directive.reason }) : texts.suppressions.render.acceptedWithoutReason;
        return html`<li data-criterion="${criterion}" data-code="${finding.code}"><span class="which">${texts.criteria[criterion].name}:</span> ${ruleMessage(ctx.locale, finding.code, finding)} <em>${note}</em></li>`;
    })}</ul>
`;
}
