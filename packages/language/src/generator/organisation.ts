/** A file of shared organisation goals: rendered as the list that development goals can support. */
import type { Organisation } from '../generated/ast.js';
import { lineAttr, type RenderContext, uid, writtenDate } from './context.js';
import { html, type Html } from '../html/escape.js';

export function organisationPage(organisation: Organisation, ctx: RenderContext, asAppendix: boolean): Html {
    const t = ctx.texts.organisation;
    const id = uid(ctx, 'organisation');
    const title = organisation.title || t.heading;
    const heading = asAppendix ? html`<h2 id="${id}">${title}</h2>` : html`<p class="kicker">${t.kicker}</p><h1 id="${id}">${title}</h1>`;
    return html`<section class="organisation" aria-labelledby="${id}"${lineAttr(organisation)}>
${heading}
${organisation.goals.length === 0 ? html`<p class="muted">${t.none}</p>` : html`<div class="table-wrap" tabindex="0" role="region" aria-label="${t.caption}"><table>
<caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.goal}</th><th scope="col">${t.name}</th><th scope="col">${t.deadline}</th></tr></thead>
<tbody>${organisation.goals.map(g => html`<tr${lineAttr(g)}><th scope="row">${g.title || g.name}</th><td><code>${g.name}</code></td><td class="nowrap">${writtenDate(ctx, g.deadline) ?? html`<span class="muted">—</span>`}</td></tr>`)}</tbody>
</table></div>`}
</section>`;
}
