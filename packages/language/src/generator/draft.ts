/**
 * The draft notice: while a plan has problems that matter or is not signed, the page says plainly that it is not
 * yet an agreement, at the top. In print the label is also in every page's top margin (shell.ts).
 */
import { plural } from '../i18n/catalogue.js';
import type { DraftState } from '../validation/draft.js';
import type { RenderContext } from './context.js';
import { html, type Html } from '../html/escape.js';

export function draftNotice(state: DraftState, ctx: RenderContext): Html | '' {
    if (!state.draft) return '';
    const t = ctx.texts.draft;
    const reasons: Html[] = [];
    if (state.problems > 0) reasons.push(html`<li>${plural(ctx.locale, t.problems, state.problems)}</li>`);
    if (!state.signed) reasons.push(html`<li>${t.unsigned}</li>`);
    return html`<aside class="notice draft-notice" role="note">
<p class="draft-heading"><strong>${t.heading}</strong></p>
<ul>${reasons}</ul>
</aside>`;
}
