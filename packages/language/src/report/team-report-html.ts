/**
 * The team overview as a page: self-contained, printable and accessible, with the plan pages' stylesheet and
 * policies. In the VS Code webview ('preview') a plan or goal opens in the editor when clicked.
 */
import { catalogue, counted, format, plural } from '../i18n/catalogue.js';
import type { Locale } from '../keywords.js';
import { html, trusted, type Html } from '../html/escape.js';
import { FILE_POLICY, previewPolicy, REPLACE_MAIN_FUNCTION } from '../html/preview.js';
import { stylesheet } from '../html/styles.js';
import { hours, money, readableDate } from './format.js';
import type { Money3, OrganisationGoalRow, PlanRow, Problems, Supporter, TeamReport, Totals } from './team-report.js';

type OverviewMode = 'file' | 'preview';

export interface OverviewHtmlOptions {
    readonly mode?: OverviewMode;
    /** Required for the preview: the nonce of its style and script. */
    readonly nonce?: string;
    readonly cspSource?: string;
}

type Texts = ReturnType<typeof catalogue>['team'];

interface View {
    readonly locale: Locale;
    readonly t: Texts;
    readonly r: ReturnType<typeof catalogue>['render'];
    readonly preview: boolean;
}

export function teamReportHtml(report: TeamReport, options: OverviewHtmlOptions = {}): string {
    const locale = report.locale;
    const view: View = { locale, t: catalogue(locale).team, r: catalogue(locale).render, preview: options.mode === 'preview' && !!options.nonce };
    const body = html`${header(report, view)}
${inputNotice(report, view)}
${plansSection(report, view)}
${resourcesSection(report, view)}
${alignmentSection(report, view)}
${managersSection(report, view)}
<footer class="meta">${format(view.t.footer, { files: counted(locale, 'files', report.files) })}</footer>`;
    return shell(view, format(view.t.documentTitle, { date: readableDate(locale, report.today) }), body, options);
}

/** The plan pages' shell, with the overview's own few rules and, in the preview, its own script. */
function shell(view: View, title: string, body: Html, options: OverviewHtmlOptions): string {
    const nonce = view.preview ? options.nonce! : undefined;
    const policy = nonce ? previewPolicy(nonce, options.cspSource) : FILE_POLICY;
    const nonceAttr = nonce ? html` nonce="${nonce}"` : '';
    return html`<!DOCTYPE html>
<html lang="${view.locale}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${policy}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="POP">
${nonce ? '' : html`<meta name="color-scheme" content="light dark">\n`}<title>${title}</title>
<style${nonceAttr}>
${trusted(stylesheet(nonce ? 'preview' : 'file'))}
${trusted(OVERVIEW_STYLES)}
</style>
</head>
<body class="${nonce ? 'body-preview' : 'body-file'} team-overview">
<main id="pop-root">
${body}
</main>
${nonce ? html`<script${nonceAttr}>
${trusted(OVERVIEW_SCRIPT)}
</script>
` : ''}</body>
</html>
`.value;
}

function header(report: TeamReport, view: View): Html {
    const { t } = view;
    const managers = report.managers.filter(m => m.manager !== null).length;
    const fact = (label: string, value: string, attention = false) =>
        html`<div><dt>${label}</dt><dd${attention ? html` class="over"` : ''}>${value}</dd></div>`;
    return html`<header class="plan-header">
<p class="kicker">${t.kicker}</p>
<h1>${t.title}</h1>
<dl class="facts">
${fact(t.facts.plans, String(report.totals.plans))}
${fact(t.facts.managers, String(managers))}
${fact(t.facts.smart, format(t.facts.smartValue, { complete: report.totals.smartComplete, total: report.totals.goals }))}
${fact(t.facts.overdue, String(report.totals.overdue), report.totals.overdue > 0)}
${fact(t.facts.signed, format(t.facts.signedValue, { signed: report.totals.signed, plans: report.totals.plans }))}
</dl>
<p class="as-of">${format(t.asOf, { date: readableDate(view.locale, report.today) })}</p>
</header>`;
}

/** What could not be read, or only in part, and other things about the input a reader should know. */
function inputNotice(report: TeamReport, view: View): Html {
    const { t, locale } = view;
    const items: Html[] = [];
    const unreadable = report.unread.length > 0 || report.plans.some(row => row.syntaxErrors > 0);
    for (const file of report.unread) {
        const text = file.kind === 'no-plan' ? format(t.notices.noPlan, { file: file.file })
            : file.reason ? file.reason.charAt(0).toUpperCase() + file.reason.slice(1)
            : format(t.notices.unreadableNoReason, { file: file.file });
        items.push(html`<li data-unread="${file.file}">${text}</li>`);
    }
    for (const row of report.plans) {
        if (row.syntaxErrors > 0) items.push(html`<li>${openable(view, row.uri, row.line, plural(locale, t.notices.syntaxErrors, row.syntaxErrors, { file: row.file }))}</li>`);
    }
    for (const duplicate of report.duplicateEmployees) {
        items.push(html`<li>${format(t.notices.duplicate, { employee: duplicate.employee, plans: duplicate.plans.join(', ') })}</li>`);
    }
    if (report.languages.en > 0 && report.languages.nl > 0) {
        items.push(html`<li>${format(t.notices.languages, { ...report.languages, language: t.notices.languageNames[locale] })}</li>`);
    }
    if (items.length === 0) return html``;
    return html`<aside class="notice" role="note" aria-labelledby="input-notice">
<p><strong id="input-notice">${unreadable ? t.notices.heading : t.notices.headingInfo}</strong></p>
<ul>${items}</ul>
</aside>`;
}

/** Text that opens a place in the editor (preview), or plain text (a file). */
function openable(view: View, uri: string | undefined, line: number, content: string | Html, extra?: { href?: string; title?: string }): Html {
    if (view.preview && uri) {
        return html`<a href="#" class="open" data-uri="${uri}" data-line="${line - 1}">${content}</a>`;
    }
    if (extra?.href) return html`<a href="${extra.href}"${extra.title ? html` title="${extra.title}"` : ''}>${content}</a>`;
    return typeof content === 'string' ? html`${content}` : content;
}

function dash(view: View): Html {
    return html`<span class="muted">${view.t.none}</span>`;
}

function dateCell(view: View, iso: string | null | undefined): Html {
    return iso ? html`${readableDate(view.locale, iso)}` : dash(view);
}

function period(view: View, row: PlanRow): Html {
    const { start, end } = row.period;
    if (!start && !end) return html`<span class="muted">${view.t.notGiven}</span>`;
    return html`${start ? readableDate(view.locale, start) : '…'} – ${end ? readableDate(view.locale, end) : '…'}`;
}

function statusList(view: View, counts: PlanRow['goalsByStatus']): Html {
    const parts: Html[] = [];
    for (const status of ['todo', 'doing', 'done', 'cancelled'] as const) {
        if (counts[status] > 0) parts.push(html`<li class="status-${status}">${counts[status]} ${view.r.statuses[status].toLowerCase()}</li>`);
    }
    if (counts.none > 0) parts.push(html`<li class="status-none">${counts.none} ${view.t.plans.noStatus}</li>`);
    return parts.length === 0 ? dash(view) : html`<ul class="inline-list">${parts}</ul>`;
}

function problemsCell(view: View, problems: Problems): Html {
    const { locale } = view;
    const parts: Html[] = [];
    if (problems.error > 0) parts.push(html`<li class="over">${counted(locale, 'errors', problems.error)}</li>`);
    if (problems.warning > 0) parts.push(html`<li>${counted(locale, 'warnings', problems.warning)}</li>`);
    const infos = problems.info + problems.hint;
    if (infos > 0) parts.push(html`<li class="muted">${counted(locale, 'infos', infos)}</li>`);
    return parts.length === 0 ? dash(view) : html`<ul class="inline-list">${parts}</ul>`;
}

function signOffCell(view: View, row: PlanRow): Html {
    const { t } = view;
    const { state, signatures } = row.signOff;
    const lines = signatures.map(s => {
        const party = s.party ? view.r.parties[s.party] : s.partyText;
        return html`<li>${s.date ? format(t.signOff.signature, { party, name: s.name, date: readableDate(view.locale, s.date) })
            : format(t.signOff.undated, { party, name: s.name })}</li>`;
    });
    return html`<span class="sign-state ${state}">${t.signOff[state]}</span>${lines.length > 0 ? html`<ul class="signatures">${lines}</ul>` : ''}`;
}

function employeeCell(view: View, row: PlanRow): Html {
    const { t } = view;
    const name = row.employee ?? row.title ?? t.noEmployee;
    const link = openable(view, row.uri, row.line, name, row.page ? { href: row.page, title: format(t.plans.openPage, { employee: name }) } : undefined);
    const notes = row.notes.filter(n => n !== 'no-manager' && n !== 'no-period');
    return html`<th scope="row" data-plan="${row.id}">${link}${row.role ? html`<span class="sub">${row.role}</span>` : ''}<span class="sub file">${row.file}</span>${notes.length > 0
        ? html`<span class="sub notes">${notes.map(n => t.notes[n]).join(', ')}</span>` : ''}</th>`;
}

function datedGoal(view: View, row: PlanRow, dated: PlanRow['nextDeadline']): Html {
    if (!dated) return dash(view);
    return html`<span class="nowrap">${readableDate(view.locale, dated.date)}</span><span class="sub">${openable(view, row.uri, dated.line, dated.title)}</span>`;
}

function overdueCell(view: View, row: PlanRow): Html {
    if (row.overdue.length === 0) return html`<span class="muted">0</span>`;
    return html`<span class="over">${row.overdue.length}</span><ul class="sub-list">${row.overdue.map(o =>
        html`<li>${openable(view, row.uri, o.line, o.title)} <span class="nowrap">(${readableDate(view.locale, o.date)})</span></li>`)}</ul>`;
}

function plansSection(report: TeamReport, view: View): Html {
    const { t } = view;
    const p = t.plans;
    if (report.plans.length === 0) {
        return html`<section class="team-plans" aria-labelledby="team-plans"><h2 id="team-plans">${p.heading}</h2><p class="muted">${p.none}</p></section>`;
    }
    const rows = sortedRows(report).map(row => html`<tr data-plan="${row.id}">
${employeeCell(view, row)}
<td>${row.manager ?? html`<span class="muted">${t.notGiven}</span>`}</td>
<td>${period(view, row)}</td>
<td class="num">${format(p.smartValue, row.smart)}</td>
<td>${statusList(view, row.goalsByStatus)}</td>
<td>${overdueCell(view, row)}</td>
<td>${datedGoal(view, row, row.nextDeadline)}</td>
<td>${datedGoal(view, row, row.nextReview)}</td>
<td>${signOffCell(view, row)}</td>
<td>${problemsCell(view, row.problems)}</td>
</tr>`);
    return html`<section class="team-plans" aria-labelledby="team-plans">
<h2 id="team-plans">${p.heading}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="team-plans"><table class="team-table">
<caption>${p.caption}</caption>
<thead><tr><th scope="col">${p.employee}</th><th scope="col">${p.manager}</th><th scope="col">${p.period}</th><th scope="col" class="num">${p.smart}</th><th scope="col">${p.goals}</th><th scope="col">${p.overdue}</th><th scope="col">${p.nextDeadline}</th><th scope="col">${p.nextReview}</th><th scope="col">${p.signOff}</th><th scope="col">${p.problems}</th></tr></thead>
<tbody>
${rows}
</tbody>
</table></div>
</section>`;
}

/** By manager, then employee: the order a manager reads their own team in. */
function sortedRows(report: TeamReport): PlanRow[] {
    const key = (s: string | null) => s?.trim().toLowerCase() ?? '\uffff';
    return [...report.plans].sort((a, b) => key(a.manager).localeCompare(key(b.manager)) || key(a.employee).localeCompare(key(b.employee)) || a.id.localeCompare(b.id));
}

function amount(view: View, value: number | null, show: (locale: Locale, n: number) => string): Html {
    return value === null ? html`<span class="muted">${view.t.notGiven}</span>` : html`${show(view.locale, value)}`;
}

function resourceCells(view: View, budget: Money3, time: Money3): Html {
    const over = (m: Money3) => m.facilitated !== null && m.planned > m.facilitated;
    const planned = (m: Money3, show: (locale: Locale, n: number) => string) => over(m)
        ? html`<span class="over" title="${view.t.resources.over}">${show(view.locale, m.planned)}</span>` : html`${show(view.locale, m.planned)}`;
    return html`<td class="num">${amount(view, budget.facilitated, money)}</td><td class="num">${planned(budget, money)}</td><td class="num">${money(view.locale, budget.spent)}</td>
<td class="num">${amount(view, time.facilitated, hours)}</td><td class="num">${planned(time, hours)}</td><td class="num">${hours(view.locale, time.spent)}</td>`;
}

function resourcesSection(report: TeamReport, view: View): Html {
    if (report.plans.length === 0) return html``;
    const r = view.t.resources;
    const rows = sortedRows(report).map(row => html`<tr><th scope="row">${row.employee ?? row.title}</th>
${resourceCells(view, row.budget, row.hours)}</tr>`);
    const tot = report.totals;
    return html`<section class="team-resources" aria-labelledby="team-resources">
<h2 id="team-resources">${r.heading}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="team-resources"><table>
<caption>${r.caption}</caption>
<thead><tr><th scope="col">${view.t.plans.employee}</th><th scope="col" class="num">${r.budgetFacilitated}</th><th scope="col" class="num">${r.budgetPlanned}</th><th scope="col" class="num">${r.budgetSpent}</th><th scope="col" class="num">${r.hoursFacilitated}</th><th scope="col" class="num">${r.hoursPlanned}</th><th scope="col" class="num">${r.hoursSpent}</th></tr></thead>
<tbody>
${rows}
</tbody>
<tfoot><tr><th scope="row">${view.t.managers.total}</th>${resourceCells(view, tot.budget, tot.hours)}</tr></tfoot>
</table></div>
</section>`;
}

function supporterItem(view: View, s: Supporter): Html {
    const status = s.status ? html` <span class="muted">(${view.r.statuses[s.status].toLowerCase()})</span>` : '';
    return html`<li>${openable(view, s.uri, s.line, format(view.t.alignment.supporter, { employee: s.employee ?? s.plan, goal: s.title }))}${status}</li>`;
}

function alignmentSection(report: TeamReport, view: View): Html {
    const a = view.t.alignment;
    const goals = report.organisationGoals;
    const unsupported = goals.filter(o => o.supporters.length === 0);
    const lead = goals.length === 0 ? html`<p class="muted">${a.noOrgGoals}</p>`
        : unsupported.length > 0 ? html`<div class="notice unsupported" role="note"><p><strong>${a.nobodyLead}</strong></p><ul>${unsupported.map(o => html`<li>${o.title} <code>${o.name}</code></li>`)}</ul></div>`
        : html`<p>${a.allSupported}</p>`;
    const row = (o: OrganisationGoalRow) => html`<tr data-org-goal="${o.name}"${o.supporters.length === 0 ? html` class="unsupported"` : ''}>
<th scope="row">${o.declaredIn[0] ? openable(view, o.declaredIn[0].uri, o.declaredIn[0].line, o.title) : o.title} <code>${o.name}</code></th>
<td class="nowrap">${dateCell(view, o.deadline)}</td>
<td>${o.supporters.length === 0 ? html`<strong class="over">${a.nobodyCell}</strong>` : html`<ul class="sub-list">${o.supporters.map(s => supporterItem(view, s))}</ul>`}</td>
</tr>`;
    const table = goals.length === 0 ? '' : html`<div class="table-wrap" tabindex="0" role="region" aria-labelledby="team-alignment"><table>
<caption>${a.caption}</caption>
<thead><tr><th scope="col">${a.orgGoal}</th><th scope="col">${a.deadline}</th><th scope="col">${a.supportedBy}</th></tr></thead>
<tbody>
${goals.map(row)}
</tbody>
</table></div>`;
    const unaligned = report.goalsWithoutOrganisationGoal;
    return html`<section class="team-alignment" aria-labelledby="team-alignment">
<h2 id="team-alignment">${a.heading}</h2>
${lead}
${table}
<h3 id="team-unaligned">${a.unalignedHeading}</h3>
${unaligned.length === 0 ? html`<p class="muted">${a.unalignedNone}</p>` : html`<ul class="unaligned" aria-labelledby="team-unaligned">${unaligned.map(s => supporterItem(view, s))}</ul>`}
</section>`;
}

function triple(view: View, m: Money3, show: (locale: Locale, n: number) => string): string {
    return `${m.facilitated === null ? view.t.none : show(view.locale, m.facilitated)} / ${show(view.locale, m.planned)} / ${show(view.locale, m.spent)}`;
}

function totalsCells(view: View, totals: Totals): Html {
    return html`<td class="num">${totals.plans}</td><td class="num">${totals.goals}</td><td class="num">${format(view.t.plans.smartValue, { complete: totals.smartComplete, total: totals.goals })}</td>
<td class="num">${totals.overdue > 0 ? html`<span class="over">${totals.overdue}</span>` : '0'}</td><td class="num">${format(view.t.facts.signedValue, { signed: totals.signed, plans: totals.plans })}</td>
<td class="num triple">${triple(view, totals.budget, money)}</td><td class="num triple">${triple(view, totals.hours, hours)}</td><td>${problemsCell(view, totals.problems)}</td>`;
}

function managersSection(report: TeamReport, view: View): Html {
    if (report.plans.length === 0) return html``;
    const m = view.t.managers;
    return html`<section class="team-managers" aria-labelledby="team-managers">
<h2 id="team-managers">${m.heading}</h2>
<div class="table-wrap" tabindex="0" role="region" aria-labelledby="team-managers"><table>
<caption>${m.caption}</caption>
<thead><tr><th scope="col">${m.manager}</th><th scope="col" class="num">${m.plans}</th><th scope="col" class="num">${m.goals}</th><th scope="col" class="num">${m.smart}</th><th scope="col" class="num">${m.overdue}</th><th scope="col" class="num">${m.signed}</th><th scope="col" class="num triple">${m.budget}</th><th scope="col" class="num triple">${m.hours}</th><th scope="col">${m.problems}</th></tr></thead>
<tbody>
${report.managers.map(manager => html`<tr data-manager="${manager.manager ?? ''}"><th scope="row">${manager.manager ?? html`<span class="muted">${view.t.noManager}</span>`}</th>
${totalsCells(view, manager)}</tr>`)}
</tbody>
<tfoot><tr><th scope="row">${m.total}</th>
${totalsCells(view, report.totals)}</tr></tfoot>
</table></div>
</section>`;
}

/**
 * The overview's additions to the plan pages' stylesheet: a wider page for wide tables, and landscape on paper.
 * A table too wide for the window scrolls in its own region, which takes the keyboard focus so it can be scrolled.
 */
const OVERVIEW_STYLES = `
.table-wrap[tabindex]:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.team-overview main { max-width: 84rem; }
.team-table td, .team-table th { font-size: .85rem; }
.num.triple { white-space: normal; }
.sub { display: block; font-weight: 400; font-size: .8rem; color: var(--muted); }
.sub.notes { color: var(--bad); font-weight: 600; }
.inline-list, .sub-list, .signatures { list-style: none; margin: 0; padding: 0; }
.sub-list li, .signatures li { font-size: .8rem; }
.sign-state { font-weight: 600; }
.sign-state.signed { color: var(--ok); }
.sign-state.unsigned, .sign-state.partly-signed { color: var(--bad); }
.notice.unsupported { border-color: var(--bad); background: var(--bad-bg); }
tr.unsupported th { color: var(--bad); }
.unaligned { padding-left: 1.1rem; }
.body-preview a.open { cursor: pointer; }
@media print {
    @page { size: A4 landscape; }
    .team-overview main { max-width: none; }
    /* A team's tables run over many pages: break between rows, not before the table. */
    .team-overview table, .team-overview .table-wrap { break-inside: auto; }
    .team-overview tr { break-inside: avoid; }
    .team-table td, .team-table th { font-size: 8pt; }
}
`;

/**
 * The webview's script: a click on a plan or goal asks the extension to open it ({ type: 'open', uri, line }),
 * and a newly computed page ({ type: 'update', html }) replaces the main part without a reload.
 */
const OVERVIEW_SCRIPT = `(function () {
    'use strict';
    const vscode = acquireVsCodeApi();
    ${REPLACE_MAIN_FUNCTION}
    document.addEventListener('click', function (event) {
        const target = event.target instanceof Element ? event.target.closest('a.open[data-uri]') : null;
        if (!target) return;
        event.preventDefault();
        vscode.postMessage({ type: 'open', uri: target.getAttribute('data-uri'), line: Number(target.getAttribute('data-line')) });
    });
    window.addEventListener('message', function (event) {
        const message = event.data;
        if (message && typeof message === 'object' && message.type === 'update' && typeof message.html === 'string') replaceMain(message.html);
    });
}());`;

