// The user's session, step by step. Expectations come from the plan files themselves and
// from `pop check` on the same workspace (the CLI shares the language core), so the test
// checks that the editor shows what the language says, not a copy of today's wording.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { LONG, SHORT, StepFailure, escapeRegExp, expectGone, expectVisible, waitUntil } from './workbench.mjs';

/** What differs between the Dutch and the English pass: file, and the words a user reads. */
export const PLANS = {
    nl: {
        file: 'nl/niet-smart.pop',
        endFix: /^Einddatum .+ toevoegen$/,
        keyword: 'meetbaar',
        goalKeyword: 'doel',
        supportsKeyword: 'draagt-bij-aan',
        endKeyword: 'eind',
        criterionHeading: /M\s*—\s*Meetbaar\./,
    },
    en: {
        file: 'en/not-smart.pop',
        endFix: /^Add end date .+$/,
        keyword: 'measurable',
        goalKeyword: 'goal',
        supportsKeyword: 'supports',
        endKeyword: 'end',
        criterionHeading: /M\s*—\s*Measurable\./,
    },
};

const END_CODE = 'smart.time-bound.no-end';

function diagnosticsOf(ctx, file) {
    return ctx.oracle.filter(d => d.file === file);
}

function lineOf(ctx, file, number) {
    return ctx.sources[file].split('\n')[number - 1];
}

/** Step 1: the file opens as a POP file, coloured by the grammar, with warning squiggles. */
export async function openPlan(ctx, plan) {
    const { wb, page } = ctx;
    await wb.openFile(plan.file);
    const mode = page.locator('.statusbar-item[id="status.editor.mode"]');
    await expectVisible(mode, 'the language indicator in the status bar');
    await waitUntil(page, async () => (await mode.first().textContent())?.trim() === ctx.languageName,
        `the status bar showing the language "${ctx.languageName}" (it shows "${(await mode.first().textContent())?.trim()}")`);

    // A goal keyword must be painted differently from the goal's name next to it.
    const goalLine = ctx.sources[plan.file].split('\n').find(l => /^\s*(doel|goal)\s+\S+/.test(l));
    const [, keyword, name] = /^\s*(doel|goal)\s+([^\s{"]+)/.exec(goalLine);
    const headline = goalLine.trim().split('"')[0].trim();
    await ctx.wb.goTo(ctx.sources[plan.file].split('\n').indexOf(goalLine) + 1, goalLine.indexOf(keyword) + 1);
    const keywordBox = await wb.wordBox(headline, keyword);
    const nameBox = await wb.wordBox(headline, name);
    if (keywordBox.color === nameBox.color) {
        throw new StepFailure(`keyword "${keyword}" and name "${name}" have the same colour (${keywordBox.color}): no syntax colouring`);
    }

    // The TextMate scopes themselves, as VS Code's token inspector reports them at the cursor.
    await wb.runCommand('Developer: Inspect Editor Tokens and Scopes');
    const inspector = await expectVisible(page.locator('.token-inspect-widget'), 'the token inspector');
    const scopes = await waitUntil(page, async () => {
        const text = await inspector.innerText();
        return /source\.pop/.test(text ?? '') && text;
    }, 'the token inspector listing the source.pop scope');
    // A grammar scope of its own (e.g. storage.type.pop), not just the file's source.pop.
    const scope = /\b((?!source\.)[a-z][\w-]*(?:\.[\w-]+)*\.pop)\b/.exec(scopes)?.[1];
    if (!scope) throw new StepFailure(`the token inspector shows no grammar scope for "${keyword}", only: ${scopes.slice(0, 300)}`);
    await ctx.shot('scopes');
    await wb.dismiss();

    const warnings = diagnosticsOf(ctx, plan.file).filter(d => d.severity === 'warning');
    if (warnings.length === 0) throw new StepFailure(`pop check reports no warnings in ${plan.file}; the example should break SMART rules`);
    await expectVisible(wb.editor().locator('.squiggly-warning'), `warning squiggles in ${plan.file}`, LONG);
    const squiggles = await wb.editor().locator('.squiggly-warning').count();
    return `language "${ctx.languageName}", "${keyword}" has scope ${scope} and colour ${keywordBox.color} vs name ${nameBox.color}, ${squiggles} squiggles on screen`;
}

/** Step 2: the Problems panel lists this file's problems with their codes and messages, and nothing else. */
export async function problemsListed(ctx, plan) {
    const { wb, page } = ctx;
    // Hints never show in the Problems panel; errors, warnings and infos do.
    const expected = diagnosticsOf(ctx, plan.file).filter(d => d.severity !== 'hint');
    let missing = expected;
    let extra = [];
    let lastRows = [];
    const deadline = Date.now() + LONG;
    while (Date.now() < deadline) {
        const rows = lastRows = await wb.problemsFor(plan.file, expected.length);
        missing = expected.filter(d => !rows.some(r => r.text.includes(d.message) && r.text.includes(d.code)));
        extra = rows.filter(r => !expected.some(d => r.text.includes(d.message)));
        if (missing.length === 0 && extra.length === 0) {
            return `${expected.length} problems listed with code and message, the same as pop check (e.g. ${expected.find(d => d.code.startsWith('smart.'))?.code})`;
        }
        await page.waitForTimeout(500);
    }
    if (missing.length > 0) {
        const near = lastRows.find(r => r.text.includes(missing[0].code));
        throw new StepFailure(`${missing.length} of ${expected.length} problems from pop check are not listed with code and message, e.g. ${missing[0].code}: "${missing[0].message}"${near ? `; the panel shows "${near.text}"` : ''}`);
    }
    throw new StepFailure(`the Problems panel lists ${extra.length} problem(s) that pop check does not report, e.g. "${extra[0].label}"`);
}

/** Step 3: hovering a squiggle shows its message; hovering a goal keyword explains the criterion. */
export async function hovers(ctx, plan) {
    const { wb, page } = ctx;
    const target = diagnosticsOf(ctx, plan.file).find(d => d.code === 'smart.measurable.no-method')
        ?? diagnosticsOf(ctx, plan.file).find(d => d.severity === 'warning');
    const line = lineOf(ctx, plan.file, target.line);
    const word = line.slice(target.column - 1, target.endLine === target.line ? target.endColumn - 1 : undefined).trim();
    // The cursor on the word, for a hover asked for with the keyboard.
    await wb.goTo(target.line, target.column);
    await wb.dismiss();
    const hover = page.locator('.monaco-hover:visible');
    await wb.hoverUntil(line.trim(), word, hover.filter({ hasText: target.message.slice(0, 40) }), `a hover with the message of ${target.code} over "${word}"`);
    await ctx.shot('warning-hover');

    await wb.dismiss();
    await page.mouse.move(20, 600);
    await expectGone(page.locator('.monaco-hover:visible'), 'the previous hover');
    const keywordLine = ctx.sources[plan.file].split('\n').findIndex(l => new RegExp(`^\\s*${plan.keyword}\\s`).test(l));
    if (keywordLine < 0) throw new StepFailure(`no "${plan.keyword}" line in ${plan.file}`);
    // The cursor on the keyword too, for a hover asked for with the keyboard.
    await wb.goTo(keywordLine + 1, lineOf(ctx, plan.file, keywordLine + 1).indexOf(plan.keyword) + 1);
    await wb.dismiss();
    const text = lineOf(ctx, plan.file, keywordLine + 1).trim();
    await wb.hoverUntil(text, plan.keyword, page.locator('.monaco-hover:visible').filter({ hasText: plan.criterionHeading }),
        `a hover explaining the criterion (${plan.criterionHeading}) over "${plan.keyword}"`);
    return `hover shows "${target.message.slice(0, 50)}…" and the criterion for "${plan.keyword}"`;
}

/** Step 4: Ctrl+. on the missing end date offers the fix; applying it adds the date and clears the warning. */
export async function quickFix(ctx, plan) {
    const { wb, page } = ctx;
    const target = diagnosticsOf(ctx, plan.file).find(d => d.code === END_CODE);
    if (!target) throw new StepFailure(`pop check reports no ${END_CODE} in ${plan.file}`);
    const before = await wb.problemsFor(plan.file, 1);
    if (!before.some(r => r.text.includes(target.message))) throw new StepFailure(`the Problems panel does not list "${target.message}" before the fix`);

    await wb.goTo(target.line, target.column);
    // While the server is still busy the editor may have no actions yet ("No code actions available"); a user
    // presses Ctrl+. again, and so does this step (it failed once that way).
    const menu = page.locator('.action-widget').filter({ has: page.locator('.monaco-list-row.action') });
    await waitUntil(page, async () => {
        await wb.dismiss();
        await page.keyboard.press('Control+.');
        return menu.first().waitFor({ state: 'visible', timeout: 3_000 }).then(() => true, () => false);
    }, 'the quick fix menu (Ctrl+.)', LONG);
    const item = menu.locator('.monaco-list-row.action').filter({ has: page.locator('.title', { hasText: plan.endFix }) });
    await expectVisible(item, `the quick fix ${plan.endFix} in the menu`);
    const title = (await item.first().locator('.title').textContent())?.trim();
    await ctx.shot('quick-fix-menu');
    await item.first().click();
    await expectGone(page.locator('.action-widget:visible'), 'the quick fix menu');

    // The goal's own lines (up to the next goal) must now hold an "end YYYY-MM-DD" line.
    const goalName = /'([^']+)'/.exec(target.message)?.[1];
    // Inlay hints render inside the line, right after the date ("2027-05-010 dagen").
    const endLine = new RegExp(`^\\s*${plan.endKeyword} \\d{4}-\\d{2}-\\d{2}`);
    const added = await waitUntil(page, async () => {
        const lines = await wb.visibleLines();
        const header = lines.findIndex(l => new RegExp(`^\\s*${plan.goalKeyword}\\s+${escapeRegExp(goalName)}\\b`).test(l));
        if (header < 0) return false;
        const next = lines.findIndex((l, i) => i > header && new RegExp(`^\\s*${plan.goalKeyword}\\s`).test(l));
        return lines.slice(header, next < 0 ? undefined : next).find(l => endLine.test(l))?.trim().slice(0, 15);
    }, `a new "${plan.endKeyword} YYYY-MM-DD" line in goal '${goalName}'`);
    await ctx.shot('fixed-text');
    await waitUntil(page, async () => {
        const rows = await wb.problemsFor(plan.file, 0);
        return !rows.some(r => r.text.includes(target.message));
    }, `the warning "${target.message}" leaving the Problems panel`, LONG);
    await ctx.shot('problems-after');
    await wb.goTo(target.line, target.column);
    return `applied "${title}": goal '${goalName}' now has "${added}" and its ${END_CODE} warning is gone`;
}

/** Step 5: Ctrl+Space on an empty line inside a goal lists the field keywords, and typing narrows them. */
export async function completion(ctx, plan) {
    const { wb, page } = ctx;
    const lines = ctx.sources[plan.file].split('\n');
    const goalStart = lines.findIndex(l => /^\s*doel\s+planning\b/.test(l));
    const inside = lines.findIndex((l, i) => i > goalStart && /^\s*meetbaar\b/.test(l));
    await wb.goTo(inside + 1, lines[inside].length + 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+Space');
    const suggest = await expectVisible(page.locator('.suggest-widget.visible'), 'the completion list (Ctrl+Space)');
    const rows = suggest.locator('.monaco-list-row .label-name');
    await expectVisible(rows, 'suggestions in the completion list');
    const first = await rows.allTextContents();
    const fields = ['acceptabel', 'eind', 'realistisch', 'start', 'specifiek'];
    if (!first.some(label => fields.includes(label.trim()))) {
        throw new StepFailure(`the completion list shows no goal field keyword; it shows: ${first.join(', ')}`);
    }
    await ctx.shot('completion-list');
    // "methode" is missing from this goal: typing its start must bring it up.
    await page.keyboard.type('met', { delay: 30 });
    await expectVisible(suggest.locator('.monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^methode$/ }) }),
        'the keyword "methode" in the completion list after typing "met"');
    const narrowed = await rows.allTextContents();
    await ctx.shot('completion-narrowed');
    await wb.dismiss();
    // Leave the plan as it was: drop the line typed into.
    await page.keyboard.press('Control+Shift+K');
    return `${first.length} suggestions (${first.slice(0, 4).join(', ')}, …); after "met": ${narrowed.join(', ')}`;
}

/** Step 6: the Outline view lists every goal of the plan. */
export async function outline(ctx, plan) {
    const { wb, page } = ctx;
    const goals = [...ctx.sources[plan.file].matchAll(/^\s*doel\s+([^\s{"]+)/gm)].map(m => m[1]);
    await wb.focusEditor();
    await wb.runCommand('Explorer: Focus on Outline View');
    const pane = page.locator('.pane').filter({ has: page.locator('.pane-header', { hasText: /^\s*outline/i }) });
    await expectVisible(pane.locator('.monaco-list-row'), 'rows in the Outline view');
    // Give the outline the sidebar's height, as a user would, by folding the file tree away.
    await wb.setFoldersSectionExpanded(false);
    await waitUntil(page, async () => {
        const text = (await pane.locator('.monaco-list-row').allTextContents()).join('\n');
        return goals.every(g => text.includes(g)) && text;
    }, `all ${goals.length} goals (${goals.join(', ')}) in the Outline view`);
    await page.waitForTimeout(300);
    return `all ${goals.length} goals listed: ${goals.join(', ')}`;
}

/** Step 7: POP: Render to HTML writes the .html, and it shows up in the explorer. */
export async function render(ctx, plan) {
    const { wb, page } = ctx;
    const htmlName = plan.file.split('/').pop().replace(/\.pop$/, '.html');
    await wb.focusEditor();
    await wb.runCommand('POP: Render to HTML');
    await waitUntil(page, async () => existsSync(join(ctx.sandbox.workspace, plan.file.replace(/\.pop$/, '.html'))),
        `${htmlName} on disk next to ${plan.file}`, LONG);
    await expectVisible(page.locator('.notification-toast').filter({ hasText: htmlName }), `a notification that ${htmlName} was written`);
    await wb.runCommand('View: Show Explorer');
    await wb.setFoldersSectionExpanded(true);
    await expectVisible(page.locator(`.explorer-folders-view .monaco-list-row[aria-label="${htmlName}"]`).or(
        page.locator(`.explorer-folders-view .monaco-list-row`).filter({ hasText: new RegExp(`^${escapeRegExp(htmlName)}$`) })),
    `${htmlName} in the explorer`);
    await ctx.shot('explorer');
    await wb.runCommand('Notifications: Clear All Notifications');
    return `${htmlName} written, announced and shown in the explorer`;
}

/** Step 8: the preview shows the plan and follows typing in the editor. */
export async function preview(ctx, plan) {
    const { wb, page } = ctx;
    await wb.openFile(plan.file);
    await wb.runCommand('POP: Open Preview to the Side');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const title = /^plan\s+"([^"]+)"/m.exec(ctx.sources[plan.file])[1];
    await expectVisible(frame.locator('body').filter({ hasText: title }), `the plan title "${title}" in the preview`, LONG);
    await ctx.shot('preview');

    const lines = ctx.sources[plan.file].split('\n');
    const planLine = lines.findIndex(l => l.startsWith('plan "'));
    const closingQuote = lines[planLine].lastIndexOf('"');
    await wb.goTo(planLine + 1, closingQuote + 1);
    const addition = ' (bijgewerkt)';
    await page.keyboard.type(addition, { delay: 20 });
    await expectVisible(frame.locator('body').filter({ hasText: `${title}${addition}` }), `the edited title "${title}${addition}" in the preview`, LONG);
    await ctx.shot('preview-updated');
    // Close the preview so the next pass starts from one editor group, as after step 1.
    await wb.focusEditor();
    await wb.runCommand('View: Close Editors in Other Groups');
    await expectGone(page.locator('iframe.webview'), 'the preview (after View: Close Editors in Other Groups)');
    return `preview shows "${title}" and follows the edit to "${title}${addition}"`;
}

/**
 * Step 12: a new plan that is never saved. Its problems are listed while it is open, and leave the Problems panel
 * when it is closed without saving. They must not come back: a plan with a reference that does not resolve is
 * checked again after every change anywhere, and a server that kept the closed plan published its problems again.
 */
export async function unsavedPlanClosed(ctx, plan) {
    const { wb, page } = ctx;
    await wb.runCommand('POP: New Plan');
    const tab = page.locator('.tab.active').filter({ hasText: /Untitled-\d+/ });
    await expectVisible(tab, 'the new plan in an untitled editor tab');
    const name = /Untitled-\d+/.exec(await tab.first().innerText())[0];
    // Leave the template's blanks (Escape) and add, before the plan's closing brace, a goal that supports an
    // organisation goal nobody declared.
    await wb.focusEditor();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Control+End');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Home');
    await page.keyboard.type(`${plan.goalKeyword} losse-eind "X" { ${plan.supportsKeyword} nergens `, { delay: 20 });
    await wb.dismiss();
    await waitUntil(page, async () => (await wb.problemFiles())?.includes(name), `problems of ${name} in the Problems panel`, LONG);
    await ctx.shot('listed');

    // Reading the Problems list reveals its rows in their editors: bring the new plan back to the front first.
    await wb.restorePanel();
    await page.locator('.tab').filter({ hasText: name }).first().click();
    await expectVisible(page.locator('.tab.active').filter({ hasText: name }), `${name} as the active editor again`);
    await wb.focusEditor();
    await page.keyboard.press('Control+W');
    const dialog = await expectVisible(page.locator('.monaco-dialog-box'), 'the dialog asking whether to save the new plan');
    await dialog.locator('.monaco-button', { hasText: /^Don.t Save$/ }).first().click();
    await expectGone(page.locator('.tab').filter({ hasText: name }), `the tab of ${name}`);
    let listed;
    await waitUntil(page, async () => (listed = await wb.problemFiles()) && !listed.includes(name),
        `the problems of ${name} leaving the Problems panel (it lists ${listed?.join(', ')})`, LONG);

    // A change elsewhere: a stray word at the end of another plan, a syntax error there. Once that error is listed,
    // the check it started is done, and the closed plan's problems have not come back.
    const other = plan.file.split('/').pop();
    await wb.openFile(plan.file);
    await wb.focusEditor();
    await page.keyboard.press('Control+End');
    await page.keyboard.type('\nzomaar', { delay: 20 });
    await wb.dismiss();
    await ctx.shot('typed-elsewhere');
    await waitUntil(page, async () => (await wb.problemsFor(plan.file, 1)).some(row => row.text.includes('syntax.unexpected-token')),
        `the syntax error typed at the end of ${plan.file} in the Problems panel`, LONG);
    listed = await wb.problemFiles();
    if (listed?.includes(name)) throw new StepFailure(`the problems of the closed ${name} came back after an edit to ${plan.file}: the panel lists ${listed.join(', ')}`);
    await ctx.shot('closed');
    await wb.restorePanel();
    return `${name} had problems listed; closed without saving, they left the Problems panel and stayed away after an edit to ${other} (the panel lists ${listed?.join(', ')})`;
}

/**
 * Web pass: the "Extension Host (Worker)" log, the web worker extension host's own, records POP's activation, so POP
 * ran in the worker (the extension has no `main`, and nothing else could have run it).
 */
export async function ranInWorker(ctx) {
    const { wb, page } = ctx;
    const manifest = JSON.parse(readFileSync(join(ctx.sandbox.extensions, readdirSync(ctx.sandbox.extensions).find(name => name.startsWith('pop-lang.')), 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`;
    if (manifest.main) throw new StepFailure(`the installed extension has a "main" entry (${manifest.main}): it is not web-only`);
    await wb.runCommand('Output: Show Output Channels...', { opensPicker: true });
    const input = await expectVisible(page.locator('.quick-input-widget input'), 'the list of output channels');
    await input.fill('Extension Host (Worker)');
    const row = page.locator('.quick-input-widget .monaco-list-row').filter({ has: page.locator('.label-name', { hasText: /^Extension Host \(Worker\)$/ }) });
    await expectVisible(row, 'the "Extension Host (Worker)" channel in the list');
    await row.first().click();
    const output = page.locator('.part.panel .monaco-editor .view-lines');
    const line = await waitUntil(page, async () => {
        const text = (await output.first().textContent().catch(() => '')) ?? '';
        return text.replace(/\u00a0/g, ' ').split(/(?=\d{4}-\d{2}-\d{2} \d{2}:\d{2})/).find(l => l.includes(id) && /activat/i.test(l));
    }, `a line about activating ${id} in the "Extension Host (Worker)" log`, LONG);
    await ctx.shot('worker-log');
    await wb.runCommand('View: Close Panel').catch(() => {});
    return `"Extension Host (Worker)" logs: ${line.trim().slice(0, 160)}`;
}

/** The window "POP: Show Due and Overdue" looks ahead (DUE_WITHIN_DAYS in packages/extension/src/team-overview.ts). */
export const DUE_WITHIN_DAYS = 14;

/** The files the earlier steps edited without saving: the views follow the editor, `pop` reads the disk. */
const EDITED = new Set(Object.values(PLANS).map(p => p.file));

/** `pop` names files as it was given them: `./en/example.pop` for `pop report .`. */
const relative = file => file.replace(/^\.\//, '');

async function cursorLine(page) {
    const text = await page.locator('.statusbar-item[id="status.editor.selection"]').first().textContent().catch(() => '');
    return Number(/(\d+)\D+\d+/.exec(text ?? '')?.[1]);
}

/**
 * Step 13: the team overview lists every plan `pop report` lists, and a click on a plan opens its file at the plan.
 */
export async function teamOverview(ctx) {
    const { wb, page } = ctx;
    await wb.runCommand('POP: Open Team Overview');
    const frame = page.frameLocator('iframe.webview').frameLocator('iframe#active-frame');
    const plans = ctx.report.plans.map(p => ({ ...p, file: relative(p.file) })).filter(p => !EDITED.has(p.file));
    if (plans.length === 0) throw new StepFailure('pop report lists no plans outside the edited files: nothing to look for');
    for (const plan of plans) {
        await expectVisible(frame.locator('body').filter({ hasText: plan.employee }), `${plan.employee} (${plan.file}) in the team overview`, LONG);
    }
    await ctx.shot('overview');

    const target = plans[0];
    const name = target.file.split('/').pop();
    const link = frame.locator(`a.open[data-uri$="/${target.file}"]`).first();
    await expectVisible(link, `a link to ${target.file} in the overview`);
    const line = Number(await link.getAttribute('data-line')) + 1;
    await link.click();
    await expectVisible(page.locator(`.tab.active[data-resource-name="${name}"]`), `${name} opened by the click in the overview`);
    await waitUntil(page, async () => await cursorLine(page) === line, `the cursor on line ${line} of ${name}, where the link points`);
    await ctx.shot('opened');
    return `${plans.length} plans shown (${plans.map(p => p.employee).join(', ')}); a click opened ${name} at line ${line}`;
}

/**
 * Step 14: the due list shows at least what `pop due` lists for one plan (the editor may hold more: step 4 added an
 * end date), overdue items marked, and Enter on the first row opens the file at the line the row names.
 */
export async function dueList(ctx) {
    const { wb, page } = ctx;
    const items = ctx.due.items.map(item => ({ ...item, file: relative(item.file) }));
    const file = items.find(item => !EDITED.has(item.file))?.file ?? PLANS.nl.file;
    const expected = items.filter(item => item.file === file);
    if (expected.length === 0) throw new StepFailure(`pop due lists nothing within ${DUE_WITHIN_DAYS} days for ${file}: nothing to look for`);
    // The command shows its own list where the palette was.
    await wb.runCommand('POP: Show Due and Overdue', { opensPicker: true });
    const input = await expectVisible(page.locator('.quick-input-widget input'), 'the due and overdue list', LONG);
    // Narrow the list to one plan by its employee (the rows' descriptions name the employee).
    await input.fill(expected[0].employee);
    const rows = page.locator('.quick-input-widget .monaco-list-row');
    await waitUntil(page, async () => await rows.count() >= expected.length,
        `at least ${expected.length} rows for ${expected[0].employee}, as pop due lists (the list shows ${await rows.count()})`, LONG);
    const labels = await rows.allInnerTexts();
    for (const item of expected) {
        if (!labels.some(label => label.includes(item.date))) throw new StepFailure(`no row dated ${item.date} (${item.kind}) for ${item.employee}; rows: ${labels.join(' | ')}`);
    }
    const overdueRows = await rows.filter({ has: page.locator('.codicon-warning') }).count();
    const overdue = expected.filter(item => item.overdue).length;
    if (overdueRows < overdue) throw new StepFailure(`${overdueRows} rows marked overdue, pop due says ${overdue}`);
    await ctx.shot('due');

    const [, target, line] = /(\S+\.pop):(\d+)/.exec(labels[0]) ?? [];
    if (!target) throw new StepFailure(`the first row names no file and line: ${labels[0]}`);
    const name = target.split('/').pop();
    await page.keyboard.press('Enter');
    await expectVisible(page.locator(`.tab.active[data-resource-name="${name}"]`), `${name} opened from the due list`);
    await waitUntil(page, async () => await cursorLine(page) === Number(line), `the cursor on line ${line} of ${name}`);
    await ctx.shot('opened');
    return `${labels.length} rows for ${expected[0].employee} (pop due: ${expected.length}, ${overdue} overdue; ${overdueRows} marked); Enter opened ${target} at line ${line}`;
}
