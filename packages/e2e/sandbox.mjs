// A throw-away world for one run: its own HOME, XDG folders, TMPDIR, VS Code profile,
// extensions folder and a copy of the examples as the workspace. Removing this one
// folder removes everything the run wrote.
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fixed "today" so deadline checks (overdue, deadline soon) give the same diagnostics every run. */
export const TODAY = '2027-06-01';

const SETTINGS = {
    // Restricted Mode can keep the extension from activating.
    'security.workspace.trust.enabled': false,
    'security.workspace.trust.startupPrompt': 'never',
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'workbench.welcomePage.walkthroughs.openOnInstall': false,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    'workbench.enableExperiments': false,
    'workbench.reduceMotion': 'on',
    'workbench.editor.enablePreview': false,
    'chat.disableAIFeatures': true,
    'chat.commandCenter.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'git.enabled': false,
    'window.restoreWindows': 'none',
    'files.autoSave': 'off',
    'editor.cursorBlinking': 'solid',
    'editor.minimap.enabled': false,
    'editor.stickyScroll.enabled': false,
    'editor.hover.delay': 200,
    'editor.quickSuggestions': { other: false, comments: false, strings: false },
    'pop.today': TODAY,
};

export function createSandbox(examplesDir) {
    const root = mkdtempSync(join(tmpdir(), 'pop-e2e-'));
    const dirs = {
        root,
        home: join(root, 'home'),
        config: join(root, 'xdg-config'),
        data: join(root, 'xdg-data'),
        cache: join(root, 'xdg-cache'),
        state: join(root, 'xdg-state'),
        tmp: join(root, 'tmp'),
        userData: join(root, 'user-data'),
        extensions: join(root, 'extensions'),
        workspace: join(root, 'workspace'),
    };
    for (const dir of Object.values(dirs)) mkdirSync(dir, { recursive: true });
    mkdirSync(join(dirs.userData, 'User'), { recursive: true });
    writeFileSync(join(dirs.userData, 'User', 'settings.json'), JSON.stringify(SETTINGS, null, 4));
    cpSync(examplesDir, dirs.workspace, { recursive: true });
    return {
        ...dirs,
        /** The environment every child process gets: nothing it writes lands in the real home or /tmp. */
        env(extra = {}) {
            return {
                PATH: process.env.PATH,
                LANG: 'C.UTF-8',
                HOME: dirs.home,
                XDG_CONFIG_HOME: dirs.config,
                XDG_DATA_HOME: dirs.data,
                XDG_CACHE_HOME: dirs.cache,
                XDG_STATE_HOME: dirs.state,
                XDG_RUNTIME_DIR: dirs.tmp,
                TMPDIR: dirs.tmp,
                ...extra,
            };
        },
        remove() {
            rmSync(root, { recursive: true, force: true, maxRetries: 3 });
        },
    };
}
