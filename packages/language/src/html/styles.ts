/**
 * The stylesheet, inline in every rendered page: the plan document and the team overview. Colours are custom
 * properties so that one set of rules serves the light look, the dark look (the reader's system setting, or the
 * VS Code theme in the preview) and print.
 */
const LIGHT = `
    --bg: #ffffff; --fg: #1b1f24; --muted: #545d68; --border: #c9d1d9; --rule: #e3e8ee; --subtle: #f5f7fa;
    --accent: #0a58a8; --ok: #17692e; --ok-bg: #dcf5e3; --bad: #a8261b; --bad-bg: #fde8e6; --warn-bg: #fff4d6; --warn: #6e4c00;
    --bar-goal: #2d6cb0; --bar-long: #5a4aa8; --bar-action: #8db3de; --review: #b06d00; --today: #c0185a; --period: #eaf2fb;
    --track: #e3e8ee;`;

const DARK = `
    --bg: #16191e; --fg: #e4e9ef; --muted: #a2acb8; --border: #3b434d; --rule: #2c333c; --subtle: #1e232a;
    --accent: #75b6ff; --ok: #62d37a; --ok-bg: #143821; --bad: #ff8a80; --bad-bg: #43181a; --warn-bg: #3a2f10; --warn: #f1cf74;
    --bar-goal: #4f8fd8; --bar-long: #8a7be0; --bar-action: #34567d; --review: #e6b450; --today: #ff6fa6; --period: #1b2633;
    --track: #2c333c;`;

/** In the preview the page takes its base colours and fonts from VS Code; the palette only adds the signal colours. */
const VSCODE_BASE = `
    --bg: var(--vscode-editor-background, #ffffff);
    --fg: var(--vscode-editor-foreground, #1b1f24);
    --muted: var(--vscode-descriptionForeground, #545d68);
    --accent: var(--vscode-textLink-foreground, #0a58a8);
    --font: var(--vscode-font-family, system-ui, sans-serif);`;

const RULES = `
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body {
    margin: 0; background: var(--bg); color: var(--fg);
    font: 15px/1.5 var(--font, system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif);
    overflow-wrap: break-word;
}
main { max-width: 56rem; margin: 0 auto; padding: 2rem 1.5rem 3rem; }
h1, h2, h3, h4 { line-height: 1.25; margin: 0; }
figure { margin: 0; }
code { font-family: ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace; font-size: .88em; }
h1 { font-size: 1.9rem; margin: .15rem 0 1rem; }
h2 { font-size: 1.3rem; margin: 2.2rem 0 .8rem; padding-bottom: .3rem; border-bottom: 2px solid var(--rule); }
h3 { font-size: 1.15rem; }
h4 { font-size: .8rem; margin: 1.1rem 0 .4rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
p { margin: .4rem 0; }
a { color: var(--accent); }
.kicker { margin: 0; font-size: .8rem; letter-spacing: .08em; text-transform: uppercase; color: var(--muted); }
.muted { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
.nowrap { white-space: nowrap; }

.facts { display: grid; grid-template-columns: repeat(auto-fit, minmax(11rem, 1fr)); gap: .6rem 1.5rem; margin: 0 0 1rem; }
.facts div { border-left: 3px solid var(--rule); padding-left: .6rem; }
.facts dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .05em; color: var(--muted); }
.facts dd { margin: 0; font-weight: 600; }
.as-of { font-size: .85rem; color: var(--muted); margin: 0 0 1rem; }

table { width: 100%; border-collapse: collapse; margin: .4rem 0 .8rem; font-size: .9rem; }
caption { text-align: left; font-size: .8rem; color: var(--muted); padding-bottom: .3rem; caption-side: top; }
th, td { padding: .35rem .5rem; border-bottom: 1px solid var(--rule); vertical-align: top; text-align: left; }
thead th { border-bottom: 2px solid var(--border); font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); font-weight: 600; }
tbody th { font-weight: 600; }
tfoot th, tfoot td { border-top: 2px solid var(--border); border-bottom: 0; font-weight: 700; }
/* Focusable (tabindex), so that a keyboard can scroll a table wider than a narrow preview. */
.table-wrap { overflow-x: auto; }
.table-wrap:focus-visible { outline: 2px solid currentColor; outline-offset: 2px; }

.badges { display: flex; flex-wrap: wrap; gap: .35rem; margin: .45rem 0 .2rem; padding: 0; list-style: none; }
.badge { display: inline-block; border: 1px solid var(--border); border-radius: 999px; padding: .05rem .6rem; font-size: .78rem; white-space: nowrap; }
.badge.smart-complete { background: var(--ok-bg); color: var(--ok); border-color: var(--ok); font-weight: 700; }
.badge.smart-partial { background: var(--bad-bg); color: var(--bad); border-color: var(--bad); font-weight: 700; }
.badge.kind-er { background: var(--warn-bg); color: var(--warn); border-color: var(--warn); font-weight: 700; }
.badge.kind-magie { font-weight: 700; }
.over { color: var(--bad); font-weight: 700; }

.letters { display: inline-flex; gap: .2rem; }
.letter { display: inline-flex; align-items: center; justify-content: center; min-width: 1.5rem; height: 1.5rem; padding: 0 .3rem;
    border-radius: .35rem; font-weight: 700; font-size: .8rem; border: 1.5px solid; }
.letter.met { background: var(--ok); border-color: var(--ok); color: var(--bg); }
.letter.unmet { background: var(--bad-bg); border-color: var(--bad); color: var(--bad); }
.er-label { font-weight: 700; color: var(--warn); }

.notice { border: 1px solid var(--warn); background: var(--warn-bg); color: var(--fg); border-radius: .4rem; padding: .7rem 1rem; margin: 0 0 1.2rem; }
.notice ul { margin: .3rem 0 0; padding-left: 1.2rem; }
.empty-page { text-align: center; padding: 4rem 1rem; }

.starting-points { display: grid; grid-template-columns: repeat(auto-fit, minmax(19rem, 1fr)); gap: 1rem 1.5rem; }
.starting-points > section { border-top: 3px solid var(--rule); padding-top: .5rem; }
.starting-points h3 { font-size: 1rem; margin: 0 0 .3rem; }
.starting-points h4 { margin: .6rem 0 .1rem; }
.starting-points ul { margin: .2rem 0; padding-left: 1.1rem; }

.goal { border: 1px solid var(--border); border-radius: .6rem; padding: 1rem 1.2rem .6rem; margin: 0 0 1.4rem; }
.goal.kind-er { border-style: dashed; }
.goal > header { border-bottom: 1px solid var(--rule); padding-bottom: .5rem; margin-bottom: .3rem; }
.goal .statement { font-size: 1.02rem; margin: .6rem 0; padding: .5rem .8rem; background: var(--subtle); border-left: 3px solid var(--accent); border-radius: 0 .3rem .3rem 0; }
.goal .statement.missing { border-left-color: var(--bad); color: var(--muted); font-style: italic; }
.derived { font-size: .9rem; margin: .3rem 0; }
.body-preview .goal[data-line] { cursor: pointer; }
.body-preview .goal[data-line]:hover { border-color: var(--accent); }

.scorecard { list-style: none; margin: .3rem 0; padding: 0; display: flex; flex-wrap: wrap; gap: .4rem; }
.scorecard > li { display: inline-flex; align-items: center; gap: .3rem; padding: .12rem .45rem .12rem .15rem; border-radius: .45rem; border: 1px solid; font-size: .82rem; }
.scorecard .letter { min-width: 1.3rem; height: 1.3rem; font-size: .75rem; }
.scorecard > li.met { border-color: var(--ok); color: var(--ok); background: var(--ok-bg); }
.scorecard > li.unmet { border-color: var(--bad); color: var(--bad); background: var(--bad-bg); }
.scorecard .criterion { font-weight: 600; }
.score-summary { font-size: .85rem; color: var(--muted); margin: .1rem 0 .3rem; }

.draft-notice { border-width: 2px; }
.draft-heading { font-size: 1.15rem; margin: 0; text-transform: uppercase; letter-spacing: .04em; }

.review-appendix { margin-top: 3rem; border-top: 3px double var(--border); padding-top: .6rem; }
.review-appendix h3 { font-size: 1rem; margin: 1rem 0 .3rem; }
.advice, .review-appendix .accepted { margin: .3rem 0 .2rem; padding: 0; list-style: none; font-size: .9rem; }
.advice > li, .review-appendix .accepted > li { border-left: 3px solid var(--warn); padding: .15rem 0 .15rem .6rem; margin: .3rem 0; }
.advice .which { font-weight: 700; }

.details { display: grid; grid-template-columns: minmax(8rem, 12rem) 1fr; gap: .25rem 1rem; margin: .2rem 0; font-size: .92rem; }
.details dt { color: var(--muted); }
.details dd { margin: 0; }

.progress { display: grid; grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr)); gap: .2rem 1rem; margin: .2rem 0 .4rem; }
.progress dt { font-size: .75rem; text-transform: uppercase; letter-spacing: .04em; color: var(--muted); }
.progress dd { margin: 0; font-weight: 600; }
.progress dd .when { font-weight: 400; font-size: .85rem; white-space: nowrap; }
progress.bar { -webkit-appearance: none; appearance: none; display: block; width: 100%; height: .8rem; border: 0; border-radius: 999px;
    background: var(--track); color: var(--ok); overflow: hidden; margin: .3rem 0 .2rem; }
progress.bar::-webkit-progress-bar { background: var(--track); border-radius: 999px; }
progress.bar::-webkit-progress-value { background: var(--ok); border-radius: 999px; }
progress.bar::-moz-progress-bar { background: var(--ok); border-radius: 999px; }
.bar-label { font-size: .85rem; color: var(--muted); margin: 0 0 .4rem; }

.supports { margin: .2rem 0; padding-left: 1.1rem; }

.timeline svg { display: block; width: 100%; height: auto; }
.timeline .legend { display: flex; flex-wrap: wrap; gap: .3rem 1.2rem; font-size: .82rem; color: var(--muted); margin: .4rem 0 0; padding: 0; list-style: none; }
.timeline .legend svg { display: inline-block; width: 1.6rem; height: .8rem; vertical-align: middle; margin-right: .3rem; }
.tl-text { fill: var(--fg); font-size: 12px; font-family: inherit; }
.tl-text.goal-label { font-weight: 600; }
.tl-muted { fill: var(--muted); font-size: 11px; }
.tl-reversed { fill: var(--bad); font-weight: 600; }
.tl-grid { stroke: var(--rule); stroke-width: 1; }
.tl-axis { stroke: var(--border); stroke-width: 1; }
.tl-period { fill: var(--period); }
.tl-goal { fill: var(--bar-goal); }
.tl-goal.long { fill: var(--bar-long); }
.tl-action { fill: var(--bar-action); }
.tl-review { fill: var(--review); stroke: var(--bg); stroke-width: 1; }
.tl-today { stroke: var(--today); stroke-width: 1.5; stroke-dasharray: 4 3; }
.tl-today-label { fill: var(--today); font-size: 10px; font-weight: 700; }

.sign-off table td.line { border-bottom: 1px solid var(--fg); min-width: 9rem; height: 2.6rem; }
.sign-off .signed { color: var(--ok); font-weight: 600; }
.fingerprint-line { margin: .8rem 0 .1rem; font-size: .9rem; }
.fingerprint-label { font-weight: 600; }
.fingerprint { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; font-size: .85rem; word-spacing: .2em; overflow-wrap: anywhere; }
.fingerprint-help { font-size: .8rem; margin: 0; }
footer.meta { margin-top: 2.5rem; font-size: .8rem; color: var(--muted); border-top: 1px solid var(--rule); padding-top: .6rem; }

@media (max-width: 40rem) {
    main { padding: 1rem .8rem 2rem; }
    .details { grid-template-columns: 1fr; }
    .details dd { margin-bottom: .4rem; }
}
`;

const PRINT = `
@page { size: A4; margin: 16mm 14mm 18mm; }
@media print {
    :root, body { ${LIGHT} }
    body { font-size: 10pt; background: #fff; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    main { max-width: none; padding: 0; }
    h1 { font-size: 20pt; }
    h2 { font-size: 14pt; break-after: avoid; margin-top: 1.4rem; }
    h3, h4, caption { break-after: avoid; }
    .goal { break-inside: auto; border-color: #c9d1d9; }
    /* Tables may run on to the next page (rows stay whole, headers repeat): kept whole, a long one left page 1 half empty. */
    .goal > header, .scorecard, .progress-block, .supports-block, figure, .sign-off, .facts, .notice { break-inside: avoid; }
    tr { break-inside: avoid; }
    thead { display: table-header-group; }
    tfoot { display: table-row-group; }
    .table-wrap { overflow: visible; }
    .timeline { break-inside: avoid; }
    .sign-off { break-before: auto; }
    a { color: inherit; text-decoration: none; }
    .screen-only { display: none; }
    .review-appendix { break-before: page; margin-top: 0; }
}
`;

export function stylesheet(mode: 'file' | 'preview'): string {
    if (mode === 'preview') {
        // VS Code marks the webview's body with the theme kind; the signal colours follow it.
        return `:root { ${LIGHT} }
body { ${LIGHT} ${VSCODE_BASE} }
body.vscode-dark, body.vscode-high-contrast:not(.vscode-high-contrast-light) { ${DARK} ${VSCODE_BASE} }
body { padding: 0; }
${RULES}${PRINT}`;
    }
    return `:root { color-scheme: light dark; ${LIGHT} }
@media (prefers-color-scheme: dark) { :root { ${DARK} } }
${RULES}${PRINT}`;
}
