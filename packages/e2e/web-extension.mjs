// The web-only extension for the VS Code for the Web pass: the packaged files a browser can run (dist/web/*, the
// grammar, snippets, manifest) in an unpacked folder whose manifest has a `browser` entry and no `main`, so code-server
// can only run it in its web worker extension host, as vscode.dev and github.dev would.
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const FILES = [
    'package.nls.json', 'package.nls.nl.json', 'dist/web/extension.cjs', 'dist/web/server.js',
    'syntaxes/pop.tmLanguage.json', 'syntaxes/language-configuration.json', 'packages/extension/snippets/pop.json',
    'images/icon.png', 'README.md', 'LICENSE',
];

/** Writes the folder into `extensionsDir` as code-server names installed extensions; returns its path. */
export function installWebOnlyExtension(root, extensionsDir) {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    if (!manifest.browser) throw new Error('package.json has no "browser" entry: there is no web extension to install');
    const { main: _desktopEntry, scripts: _scripts, devDependencies: _dev, dependencies: _deps, ...webManifest } = manifest;
    const folder = join(extensionsDir, `${manifest.publisher}.${manifest.name}-${manifest.version}`);
    mkdirSync(folder, { recursive: true });
    for (const file of FILES) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        cpSync(join(root, file), join(folder, file));
    }
    writeFileSync(join(folder, 'package.json'), JSON.stringify(webManifest, null, 2));
    return folder;
}
