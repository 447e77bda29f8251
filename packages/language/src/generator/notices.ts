/** What the reader is told when the plan could not be read in full, or not at all. */
import type { LangiumDocument } from 'langium';
import { format, plural } from '../i18n/catalogue.js';
import { checkSyntax } from '../validation/checks/syntax.js';
import type { RenderContext } from './context.js';
import { html, type Html } from '../html/escape.js';

const SHOWN = 5;

export interface SyntaxProblem { line: number; message: string }

/** The syntax errors as the diagnostics word them, read from the parse result so that no validation is needed. */
export function syntaxProblems(document: LangiumDocument, ctx: Pick<RenderContext, 'locale'>): SyntaxProblem[] {
    const problems: SyntaxProblem[] = [];
    checkSyntax(document, ctx.locale, problem => problems.push({ line: problem.range.start.line, message: problem.message }));
    return problems.sort((a, b) => a.line - b.line);
}

export function syntaxNotice(problems: readonly SyntaxProblem[], ctx: RenderContext): Html {
    if (problems.length === 0) return html``;
    const t = ctx.texts.notices;
    return html`<aside class="notice syntax-notice" role="note" data-syntax-errors="${problems.length}">
<p><strong>${plural(ctx.locale, t.syntaxErrorCount, problems.length)}</strong></p>
<ul>${problems.slice(0, SHOWN).map(p => html`<li>${format(t.line, { line: p.line + 1, message: p.message })}</li>`)}</ul>
${problems.length > SHOWN ? html`<p>${format(t.more, { count: problems.length - SHOWN })}</p>` : ''}
</aside>`;
}

export function emptyPage(notice: Html, ctx: RenderContext): Html {
    const t = ctx.texts.notices;
    return html`${notice}<section class="empty-page" role="status">
<h1>${t.emptyTitle}</h1>
<p>${t.empty}</p>
<p class="muted">${t.emptyHint}</p>
</section>`;
}
