// What a user does in the VS Code window, as small steps that each wait for the screen to
// answer. Every wait has a timeout and says what did not appear.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

export const SHORT = 10_000;
export const LONG = 30_000;

export class StepFailure extends Error {}

function seconds(ms) {
    return `${Math.round(ms / 100) / 10} s`;
}

/** Waits until `locator` is visible; fails with "<what> did not appear within N s". */
export async function expectVisible(locator, what, timeout = SHORT) {
    try {
        await locator.first().waitFor({ state: 'visible', timeout });
    } catch {
        throw new StepFailure(`${what} did not appear within ${seconds(timeout)}`);
    }
    return locator.first();
}

export async function expectGone(locator, what, timeout = SHORT) {
    try {
        await locator.first().waitFor({ state: 'detached', timeout });
    } catch {
        throw new StepFailure(`${what} was still there after ${seconds(timeout)}`);
    }
}

/** Polls `probe` until it returns a truthy value; fails with the last value seen. */
export async function waitUntil(page, probe, what, timeout = SHORT) {
    const deadline = Date.now() + timeout;
    let last;
    while (Date.now() < deadline) {
        last = await probe();
        if (last) return last;
        await page.waitForTimeout(150);
    }
    throw new StepFailure(`${what} did not happen within ${seconds(timeout)}`);
}

/** A point of the window where no hover shows: the empty part of the activity bar. */
const NEUTRAL = { x: 24, y: 480 };

export class Workbench {
    constructor(page, screenshotDir) {
        this.page = page;
        this.screenshotDir = screenshotDir;
        mkdirSync(screenshotDir, { recursive: true });
    }

    async screenshot(name) {
        const path = join(this.screenshotDir, `${name}.png`);
        await this.page.screenshot({ path, animations: 'disabled' });
        return path;
    }

    /**
     * Closes whatever popup, palette or widget is open. Escape is pressed only while one is
     * showing: in an input (the Problems filter) Escape would clear what was typed.
     */
    async dismiss() {
        const popups = this.page.locator([
            '.quick-input-widget:visible', '.suggest-widget.visible', '.monaco-hover:visible',
            '.action-widget:visible', '.token-inspect-widget:visible', '.context-view .monaco-menu:visible',
        ].join(', '));
        for (let i = 0; i < 4 && (await popups.count()) > 0; i++) {
            await this.page.keyboard.press('Escape');
            await this.page.waitForTimeout(100);
        }
    }

    /** F1, type the command's title, pick the row whose label is exactly that title. */
    async runCommand(title, { opensPicker = false } = {}) {
        const page = this.page;
        await this.dismiss();
        await page.keyboard.press('F1');
        const input = await expectVisible(page.locator('.quick-input-widget input'), 'the command palette');
        await input.fill(`>${title}`);
        const row = page.locator('.quick-input-widget .monaco-list-row').filter({
            has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(title)}$`) }),
        });
        await expectVisible(row, `the command "${title}" in the command palette`);
        await row.first().click();
        // A command that asks for a choice shows its own list in the same place: the palette's rows are gone then.
        if (opensPicker) await expectGone(row, `the command "${title}" (after choosing it)`);
        else await expectGone(page.locator('.quick-input-widget:visible'), 'the command palette (after choosing a command)');
    }

    /** Opens a workspace file through Quick Open, picking the row for exactly that relative path. */
    async openFile(relativePath) {
        const page = this.page;
        const name = relativePath.split('/').pop();
        await this.dismiss();
        await this.restorePanel();
        await page.keyboard.press('Control+P');
        const input = await expectVisible(page.locator('.quick-input-widget input'), 'Quick Open');
        await input.fill(relativePath);
        const folder = relativePath.split('/').slice(0, -1).join('/');
        const row = page.locator('.quick-input-widget .monaco-list-row').filter({
            has: page.locator('.label-name', { hasText: new RegExp(`^${escapeRegExp(name)}$`) }),
        }).filter({ hasText: folder });
        // The first search after start-up waits for the file index, which takes long on a busy machine.
        await expectVisible(row, `"${relativePath}" in Quick Open`, LONG);
        await row.first().click();
        // The first file opened after start-up waits for the extension host too: on a busy machine, seconds.
        await expectVisible(page.locator(`.tab.active[data-resource-name="${name}"]`), `the active editor tab for ${name}`, LONG);
        await expectVisible(this.editor().locator('.view-line'), `the text of ${name} in the editor`, LONG);
    }

    /** The text editor of the active group (not the Problems panel's or a webview). */
    editor() {
        return this.page.locator('.editor-group-container.active .monaco-editor[data-uri]').first();
    }

    /** Moves the cursor with Go to Line (Ctrl+G), "line:column", both 1-based. */
    async goTo(line, column = 1) {
        const page = this.page;
        await this.dismiss();
        await this.focusEditor();
        await page.keyboard.press('Control+G');
        const input = await expectVisible(page.locator('.quick-input-widget input'), 'the Go to Line box');
        await input.fill(`:${line}:${column}`);
        await page.keyboard.press('Enter');
        await expectGone(page.locator('.quick-input-widget:visible'), 'the Go to Line box');
        await waitUntil(page, async () => {
            const text = await page.locator('.statusbar-item[id="status.editor.selection"]').first().textContent().catch(() => '');
            return new RegExp(`\\b${line}\\D+${column}\\b`).test(text ?? '');
        }, `the cursor moving to line ${line}, column ${column}`);
    }

    /** Focuses the editor by keyboard: a click could land on sticky scroll or a widget and move the cursor. */
    async focusEditor() {
        await this.restorePanel();
        await this.page.keyboard.press('Control+1');
        await waitUntil(this.page, () => this.editor().evaluate(e => e.classList.contains('focused')), 'the editor taking the keyboard focus (Ctrl+1)');
    }

    /** The rendered text of the visible editor lines, with Monaco's non-breaking spaces undone. */
    async visibleLines() {
        return this.editor().locator('.view-line').evaluateAll(lines => lines
            .map(line => ({ top: parseFloat(line.style.top) || 0, text: (line.textContent ?? '').replace(/\u00a0/g, ' ') }))
            .sort((a, b) => a.top - b.top)
            .map(line => line.text));
    }

    /**
     * The screen position of `word` in the visible line containing `lineText`, measured from
     * the rendered text itself so the mouse lands on the glyphs a user would point at.
     */
    async wordBox(lineText, word) {
        const editor = this.editor();
        const box = await editor.evaluate((root, { lineText, word }) => {
            for (const line of root.querySelectorAll('.view-line')) {
                const text = (line.textContent ?? '').replace(/\u00a0/g, ' ');
                if (!text.includes(lineText)) continue;
                const target = text.indexOf(word, text.indexOf(lineText));
                if (target < 0) continue;
                const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
                let offset = 0;
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                    const length = node.textContent.length;
                    if (target < offset + length) {
                        const range = document.createRange();
                        range.setStart(node, target - offset);
                        range.setEnd(node, Math.min(length, target - offset + word.length));
                        const rect = range.getBoundingClientRect();
                        return { x: rect.x, y: rect.y, width: rect.width, height: rect.height, className: node.parentElement?.className ?? '', color: getComputedStyle(node.parentElement).color };
                    }
                    offset += length;
                }
            }
            return undefined;
        }, { lineText, word });
        if (!box) throw new StepFailure(`"${word}" in a visible line containing "${lineText}" was not found in the editor`);
        return box;
    }

    /**
     * Hovers over a word until `hover` shows. A hover asked for while the server re-checks the file can be
     * cancelled, and Monaco does not ask again until the mouse moves; on a loaded machine the mouse's way there can
     * also raise another hover first. So each try starts with no hover on screen, and the last one asks with the
     * keyboard (Show or Focus Hover, at the cursor: the caller puts it on the word).
     */
    async hoverUntil(lineText, word, hover, what) {
        const attempts = 3;
        for (let attempt = 1; ; attempt++) {
            await this.page.mouse.move(NEUTRAL.x, NEUTRAL.y);
            await expectGone(this.page.locator('.monaco-hover:visible'), 'a hover from before', 3_000).catch(async () => this.dismiss());
            if (attempt < attempts) {
                await this.hoverWord(lineText, word);
            } else {
                await this.focusEditor();
                await this.page.keyboard.press('Control+K');
                await this.page.keyboard.press('Control+I');
            }
            try {
                return await expectVisible(hover, what, SHORT);
            } catch (error) {
                if (attempt >= attempts) throw error;
            }
        }
    }

    async hoverWord(lineText, word) {
        const box = await this.wordBox(lineText, word);
        await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 4 });
        return box;
    }

    /**
     * Shows the Problems panel filtered to one file (maximized, so the screenshot shows them)
     * and returns its problem rows once at least `atLeast` are listed. The panel stays open
     * and maximized until restorePanel().
     */
    async problemsFor(file, atLeast, what = `problems of ${file}`) {
        const page = this.page;
        await this.runCommand('Problems: Focus on Problems View');
        const panel = await expectVisible(page.locator('.markers-panel'), 'the Problems panel');
        if (!(await this.panelMaximized())) await this.runCommand('View: Toggle Maximized Panel');
        const filter = await expectVisible(page.locator('.viewpane-filter-container input:visible'), 'the filter box of the Problems panel');
        const glob = `**/${file}`;
        const name = file.split('/').pop();
        const folder = file.split('/').slice(-2, -1)[0] ?? '';
        // The filter is set again before every read: an Escape meant for a popup that showed meanwhile (a hover, a
        // suggestion) clears it when the filter box has the focus, and the list then shows every file.
        const read = async () => {
            if ((await filter.inputValue()) !== glob) await filter.fill(glob);
            return this.allProblemRows(panel, name, folder);
        };
        let found;
        try {
            await waitUntil(page, async () => Array.isArray(found = await read()) && found.length >= atLeast, what, LONG);
        } catch {
            const shown = Array.isArray(found) ? `${found.length} shown` : `it shows other files: ${found.others.join('; ')}`;
            throw new StepFailure(`${what}: ${atLeast} rows of ${file} did not appear in the Problems panel within ${LONG / 1000} s (${shown})`);
        }
        // Walking the list can reveal a problem in its editor, which un-maximizes the panel.
        if (!(await this.panelMaximized())) await this.runCommand('View: Toggle Maximized Panel');
        return found;
    }

    /**
     * Every row of the Problems list. The list is virtualized and cannot always be maximized
     * (a webview beside the editor keeps its size), so scroll through it, collecting rows by
     * index. A new filter takes a moment to apply: the rows count only when two passes agree
     * and every file heading among them is this file's.
     */
    async allProblemRows(panel, name, folder) {
        const rows = await this.readProblemsTwice(panel);
        if (!rows) return { others: ['the list was still changing'] };
        const others = fileHeadings(rows).filter(({ file, dir }) => file !== name || (folder && dir !== folder));
        if (others.length > 0) return { others: others.map(({ label }) => label) };
        return rows.filter(row => /^(Error|Warning|Info): /.test(row.label));
    }

    /** The rows of the Problems list, or undefined while two passes through it still differ. */
    async readProblemsTwice(panel) {
        const first = await this.scrollThroughProblems(panel);
        const second = await this.scrollThroughProblems(panel);
        const labels = rows => rows.map(row => row.label).join('\n');
        return labels(first) === labels(second) ? second : undefined;
    }

    /** Walks the list with the keyboard, reading each row as it takes the focus. */
    async scrollThroughProblems(panel) {
        const page = this.page;
        await this.runCommand('Problems: Focus on Problems View');
        await page.keyboard.press('Home');
        const focused = () => panel.locator('.monaco-list-rows .monaco-list-row.focused').evaluateAll(elements => elements.map(e => ({
            index: Number(e.dataset.index),
            label: e.getAttribute('aria-label') ?? '',
            text: (e.textContent ?? '').replace(/\u00a0/g, ' '),
        }))[0]);
        const rows = [];
        for (let i = 0; i < 500; i++) {
            const row = await focused();
            if (!row || rows.some(seen => seen.index === row.index)) break;
            rows.push(row);
            await page.keyboard.press('ArrowDown');
        }
        await page.keyboard.press('Home');
        return rows;
    }

    /**
     * The files the Problems panel lists problems for, unfiltered (an untitled document has no path a filter glob
     * could match); undefined while the list is still changing.
     */
    async problemFiles() {
        const page = this.page;
        await this.runCommand('Problems: Focus on Problems View');
        const panel = await expectVisible(page.locator('.markers-panel'), 'the Problems panel');
        const filter = await expectVisible(page.locator('.viewpane-filter-container input:visible'), 'the filter box of the Problems panel');
        if ((await filter.inputValue()) !== '') await filter.fill('');
        const rows = await this.readProblemsTwice(panel);
        return rows && fileHeadings(rows).map(({ file }) => file);
    }

    /** Folds or unfolds the explorer's file tree section by its header, as a user would click it. */
    async setFoldersSectionExpanded(expanded) {
        // The section is named after the workspace folder; its body leaves the DOM when folded.
        const header = this.page.locator('.explorer-viewlet .pane-header[aria-label^="Explorer Section:"]').first();
        await expectVisible(header, 'the header of the explorer\'s file tree');
        if ((await header.getAttribute('aria-expanded')) !== String(expanded)) await header.click();
        await waitUntil(this.page, async () => (await header.getAttribute('aria-expanded')) === String(expanded),
            `the explorer's file tree ${expanded ? 'unfolding' : 'folding'}`);
    }

    async panelMaximized() {
        const panel = this.page.locator('.part.panel').first();
        if (!(await panel.isVisible())) return false;
        const box = await panel.boundingBox();
        return !!box && box.height > (this.page.viewportSize()?.height ?? 900) * 0.6;
    }

    async restorePanel() {
        if (await this.panelMaximized()) await this.runCommand('View: Toggle Maximized Panel');
    }
}

/** The file headings among Problems rows ("3 problems in file plan.pop of folder nl"). */
function fileHeadings(rows) {
    return rows.map(row => ({ label: row.label, match: /problems? in file (.+?)(?: of folder (.+))?$/.exec(row.label) }))
        .filter(({ match }) => match)
        .map(({ label, match: [, file, dir] }) => ({ label, file, dir }));
}

export function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
