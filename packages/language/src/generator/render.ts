/**
 * Plan in, HTML out: the document a manager reads, prints and signs. A pure function of the built document,
 * the services' settings and the options, shared by `pop render`, the language server and the tests.
 */
import type { LangiumDocument } from 'langium';
import { isOrganisation, isPlan, type Document, type Plan } from '../generated/ast.js';
import { format } from '../i18n/catalogue.js';
import { localeOf } from '../i18n/locale.js';
import type { Locale } from '../keywords.js';
import { todayDay } from '../model/values.js';
import type { PopServices } from '../pop-module.js';
import { createContext, type RenderContext, type RenderMode } from './context.js';
import { html, join, type Html } from '../html/escape.js';
import { goalsSection } from './goal.js';
import { facilitation, planHeader } from './header.js';
import { emptyPage, syntaxNotice, syntaxProblems } from './notices.js';
import { organisationPage } from './organisation.js';
import { overview } from './overview.js';
import { createNonce, isValidNonce } from '../html/preview.js';
import { documentShell } from './shell.js';
import { signOff, type SignedText } from './sign-off.js';
import { reviewAppendix } from './review.js';
import { draftNotice } from './draft.js';
import { documentFingerprint } from '../model/fingerprint.js';
import { draftState, type DraftState } from '../validation/draft.js';
import { startingPoints } from './starting-points.js';
import { timeline } from './timeline.js';

export interface RenderOptions {
    /** The language of headings and labels; by default the plan's own (see localeOf). */
    readonly locale?: Locale;
    /** Today (YYYY-MM-DD) for the timeline marker; by default the 'today' setting, then the clock. */
    readonly today?: string;
    /** 'preview' adds the VS Code webview's policy and script, and follows the editor's theme. */
    readonly mode?: RenderMode;
    /** The preview's nonce (base64); a fresh one is made when absent or malformed. */
    readonly nonce?: string;
    /** The webview's cspSource, allowed for styles and images in the preview's policy. */
    readonly cspSource?: string;
}

export function renderHtml(document: LangiumDocument<Document>, services: PopServices, options: RenderOptions = {}): string {
    const settings = services.pop.Settings.current;
    const locale = options.locale ?? localeOf(document, settings);
    const today = todayDay(options.today ?? settings.today);
    const mode = options.mode ?? 'file';
    const ctx = createContext(locale, today, services.pop.Analysis.judge(document), mode);
    const root = document.parseResult.value;
    const items = root?.items ?? [];
    const plans = items.filter(isPlan);
    const organisations = items.filter(isOrganisation);
    const notice = syntaxNotice(syntaxProblems(document, ctx), ctx);

    let body: Html;
    let title: string;
    const drafts = plans.map(plan => draftState(document, plan, ctx.judgement));
    if (plans.length > 0) {
        const text: SignedText = { fingerprint: documentFingerprint(document, services), file: fileName(document) };
        const bodies = plans.map((plan, i) => planBody(plan, drafts[i], text, ctx));
        body = html`${notice}${join(bodies, html`<hr class="plan-separator">`)}${organisations.map(o => organisationPage(o, ctx, true))}`;
        title = format(ctx.texts.documentTitle, { title: plans[0].title || ctx.texts.untitled });
    } else if (organisations.length > 0) {
        body = html`${notice}${organisations.map((o, i) => organisationPage(o, ctx, i > 0))}`;
        title = organisations[0].title || ctx.texts.organisation.heading;
    } else {
        body = emptyPage(notice, ctx);
        title = ctx.texts.notices.emptyTitle;
    }
    return documentShell({
        lang: locale,
        title,
        body,
        mode,
        nonce: mode === 'preview' ? (isValidNonce(options.nonce) ? options.nonce : createNonce()) : undefined,
        cspSource: options.cspSource,
        draft: drafts.some(d => d.draft),
        draftLabel: ctx.texts.draft.label,
    });
}

/** The file's name as the reader knows it ("sam.pop"), for the sign-off's `pop verify` line. */
function fileName(document: LangiumDocument): string {
    return document.uri.path.split('/').pop() || 'plan.pop';
}

/**
 * Whether it is a draft first, then who and what, the verdicts at a glance and the calendar, the substance, the
 * signatures, and last, apart from the plan, the check's advice for the talk before signing.
 */
function planBody(plan: Plan, draft: DraftState, text: SignedText, ctx: RenderContext): Html {
    return html`<article class="plan" data-draft="${String(draft.draft)}">
${draftNotice(draft, ctx)}
${planHeader(plan, ctx)}
${facilitation(plan, ctx)}
${overview(plan, ctx)}
${timeline(plan, ctx)}
${startingPoints(plan, ctx)}
${goalsSection(plan, ctx)}
${signOff(plan, ctx, text)}
${reviewAppendix(plan, ctx)}
</article>`;
}
