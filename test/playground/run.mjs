#!/usr/bin/env node
/**
 * The playground in a real browser: `npm run test:playground`.
 *
 * Type-checks and builds the playground (packages/playground; SANCTION_PLAYGROUND_NO_BUILD=1 skips
 * the build), serves dist/ from the package's own static server on 127.0.0.1 and a free port, and
 * drives Debian's chromium (headless, through playwright-core, with the flags of the real-editor
 * suite: test/e2e/run.mjs) to:
 *   1. load the page and wait for the default example's diagnostics (time to first diagnostics);
 *   2. enter an order (order.sanction here: pasted, with its duration clause typed key by key) and
 *      check the findings' check ids, Rules and positions, in the findings panel and in Monaco's
 *      markers (code and docs link);
 *   3. check the hover, a quick fix (the open-ended duration's), completion, formatting and
 *      semantic tokens;
 *   4. check the control burden and the outline;
 *   5. open a share link in a fresh page and check that the order and the profile came back;
 *   6. open every example of the menu and check that it gives the findings its header declares
 *      (the profile of its folder, imports of the template library), as test/examples.test.ts does
 *      for the core;
 *   7. take a screenshot (an example with its findings, a hover open): packages/playground/screenshot.png.
 * Also measures the JavaScript the page loads (main, workers) and fails when the page reports an
 * error or asks for anything outside the local server.
 *
 * chromium comes from apt when missing (as the e2e tool chain does); SANCTION_PLAYGROUND_CHROMIUM
 * names another binary. SANCTION_PLAYGROUND_TIMEOUT: overall seconds (default 300).
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';

const here = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(here, '../..');
const packageDir = path.join(repoRoot, 'packages', 'playground');
const chromiumPath = process.env.SANCTION_PLAYGROUND_CHROMIUM || '/usr/bin/chromium';
const timeout = Number(process.env.SANCTION_PLAYGROUND_TIMEOUT || 300) * 1000;
const started = Date.now();
const log = message => console.log(`[playground ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);

const failures = [];
function check(condition, what, detail) {
    if (condition) {
        log(`ok    ${what}`);
    } else {
        failures.push(what);
        log(`FAIL  ${what}${detail === undefined ? '' : `\n        ${typeof detail === 'string' ? detail : JSON.stringify(detail)}`}`);
    }
}

function ensureChromium() {
    if (fs.existsSync(chromiumPath)) {
        return;
    }
    const root = process.getuid?.() === 0;
    const sudo = !root && spawnSync('sudo', ['-n', 'true']).status === 0;
    if (!root && !sudo) {
        throw new Error(`${chromiumPath} is missing, and this user cannot install packages: run \`sudo apt-get install -y chromium\``);
    }
    log('installing chromium with apt-get (about 1 minute)');
    const apt = args => spawnSync(sudo ? 'sudo' : 'apt-get', sudo ? ['apt-get', ...args] : args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    apt(['update', '-q']);
    if (apt(['install', '-y', '-q', 'chromium']).status !== 0 || !fs.existsSync(chromiumPath)) {
        throw new Error('apt-get could not install chromium');
    }
}

async function main() {
    ensureChromium();
    log('type-checking packages/playground (tsc -p packages/playground/tsconfig.json)');
    const tsc = spawnSync(process.execPath, [path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(packageDir, 'tsconfig.json'), '--noEmit'], { stdio: 'inherit' });
    if (tsc.status !== 0) {
        throw new Error('the playground does not type-check');
    }
    if (!process.env.SANCTION_PLAYGROUND_NO_BUILD) {
        log('building packages/playground');
        const build = spawnSync(process.execPath, ['esbuild.mjs'], { cwd: packageDir, stdio: 'inherit' });
        if (build.status !== 0) {
            throw new Error('the playground build failed');
        }
    }
    const { startServer } = await import(path.join(packageDir, 'serve.mjs'));
    const server = await startServer({ port: 0 });
    const { chromium } = createRequire(path.join(packageDir, 'package.json'))('playwright-core');
    const profileDir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-playground-'));
    const context = await chromium.launchPersistentContext(profileDir, {
        executablePath: chromiumPath,
        headless: true,
        viewport: { width: 1280, height: 760 },
        permissions: ['clipboard-read', 'clipboard-write'],
        env: { ...process.env, XDG_CONFIG_HOME: path.join(profileDir, 'xdg-config'), XDG_CACHE_HOME: path.join(profileDir, 'xdg-cache') },
        args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
            '--disable-sync', '--no-first-run']
    });
    try {
        await run(context, server.url);
    } finally {
        await context.close().catch(() => undefined);
        await server.close();
        fs.rmSync(profileDir, { recursive: true, force: true });
    }
}

async function run(context, url) {
    const page = context.pages()[0] ?? await context.newPage();
    const problems = [];
    const scripts = new Map();
    const watch = p => {
        p.on('pageerror', error => problems.push(`page error: ${error.message}`));
        p.on('console', message => {
            if (message.type() === 'error') {
                problems.push(`console error: ${message.text()}`);
            }
        });
        p.on('request', request => {
            if (!request.url().startsWith(url) && !request.url().startsWith('data:') && !request.url().startsWith('blob:')) {
                problems.push(`remote request: ${request.url()}`);
            }
        });
        p.on('response', async response => {
            if (response.url().endsWith('.js')) {
                const sent = Number((await response.allHeaders())['content-length'] ?? 0);
                scripts.set(new URL(response.url()).pathname, Math.max(sent, scripts.get(new URL(response.url()).pathname) ?? 0));
            }
        });
    };
    watch(page);
    page.setDefaultTimeout(30_000);

    // 1. The default example, and the time to its first diagnostics.
    const loadStart = Date.now();
    await page.goto(url);
    await page.waitForFunction(() => document.body.dataset.firstDiagnosticsMs !== undefined);
    const loaded = Date.now() - loadStart;
    const firstDiagnostics = Number(await page.evaluate(() => document.body.dataset.firstDiagnosticsMs));
    const timing = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0];
        return { domContentLoaded: Math.round(navigation.domContentLoadedEventEnd), load: Math.round(navigation.loadEventEnd) };
    });
    log(`first diagnostics ${firstDiagnostics - timing.load} ms after the page's load event (${firstDiagnostics} ms after the navigation began, load at ${timing.load} ms; ${loaded} ms measured from here)`);

    // 2. Type an order: paste it without its duration clause (line 10), then type that clause key by
    // key. (Typing a whole file would go through auto-indent and accept suggestions on Enter.)
    const order = fs.readFileSync(path.join(here, 'order.sanction'), 'utf8');
    const lines = order.split('\n');
    const typedClause = lines[9];
    const pasted = [...lines.slice(0, 9), '', ...lines.slice(10)].join('\n');
    await page.selectOption('#example', '');
    await page.click('#editor .view-lines');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.evaluate(t => navigator.clipboard.writeText(t), pasted);
    await page.keyboard.press('Control+V');
    const text = () => page.evaluate(() => window.playground.editor.getModel().getValue());
    check(await text() === pasted, 'an order pasted into the editor');
    await page.evaluate(() => window.playground.editor.setPosition({ lineNumber: 10, column: 1 }));
    const typedAt = Date.now();
    await page.keyboard.type(typedClause, { delay: 5 });
    await page.keyboard.press('Escape');
    const lastKey = Date.now();
    const typed = await text();
    const at = [...order].findIndex((c, i) => typed[i] !== c);
    check(typed === order, 'a clause typed into it', `differs at ${at}: ${JSON.stringify(order.slice(Math.max(0, at - 20), at + 20))} typed as ${JSON.stringify(typed.slice(Math.max(0, at - 20), at + 20))}`);
    const findings = () => page.$$eval('#findings .finding', items => items.map(i => ({
        check: i.dataset.check, line: Number(i.dataset.line), column: Number(i.dataset.column), rules: i.dataset.rules,
        link: i.querySelector('a.check')?.getAttribute('href') ?? ''
    })));
    const expected = [
        { check: 'missing-complaint-route', line: 1, column: 7, rules: '28,93' },
        { check: 'no-early-termination', line: 1, column: 7, rules: '72' },
        { check: 'open-ended-duration', line: 10, column: 10, rules: '21,23' }
    ];
    const sameFindings = (list, wanted) => JSON.stringify(list.map(({ check, line, column, rules }) => ({ check, line, column, rules }))
        .sort((a, b) => a.line - b.line || a.check.localeCompare(b.check))) === JSON.stringify(wanted);
    // The server checks as the clause is typed: wait for the findings of the whole order.
    let found = await findings();
    while (!sameFindings(found, expected) && Date.now() - typedAt < 15_000) {
        await page.waitForTimeout(50);
        found = await findings();
    }
    log(`diagnostics of the typed order ${Date.now() - lastKey} ms after the last key (typing ${typedClause.length} keys took ${lastKey - typedAt} ms)`);
    check(sameFindings(found, expected), 'findings panel: check ids, Rules and positions', found);
    check(found.every(f => f.link === `https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/${f.check}.md`), 'each finding links to its check page', found.map(f => f.link));
    const markers = await page.evaluate(() => {
        const { monaco, editor } = window.playground;
        return monaco.editor.getModelMarkers({ resource: editor.getModel().uri }).map(m => ({
            code: typeof m.code === 'object' ? m.code.value : m.code, target: typeof m.code === 'object' ? m.code.target.toString() : '',
            line: m.startLineNumber, column: m.startColumn, message: m.message
        }));
    });
    const ended = markers.find(m => m.code === 'open-ended-duration');
    check(markers.length === 3 && ended?.line === 10 && ended.column === 10 && /\(Rules 21 and 23\)$/.test(ended.message)
        && ended.target.endsWith('/docs/checks/open-ended-duration.md'), 'Monaco markers: code, docs link, position and cited Rules', markers);

    // 3a. Hover: over `unpaid work` (line 12).
    await page.evaluate(() => {
        const { editor } = window.playground;
        editor.setPosition({ lineNumber: 12, column: 15 });
        editor.focus();
        editor.getAction('editor.action.showHover').run();
    });
    const hover = await page.waitForSelector('.monaco-hover .hover-contents, .monaco-hover .markdown-hover', { state: 'visible' })
        .then(h => h.innerText()).catch(() => '');
    check(hover.trim().length > 0 && /unpaid work/i.test(hover), 'hover over a requirement explains it', hover.slice(0, 300));
    await page.keyboard.press('Escape');

    // 3b. Quick fix: the open-ended duration.
    await page.evaluate(() => {
        const { editor } = window.playground;
        editor.setPosition({ lineNumber: 10, column: 12 });
        editor.focus();
    });
    await page.keyboard.press('Control+Period');
    const menu = await page.waitForSelector('.action-widget .monaco-list-row.action', { state: 'visible' }).catch(() => undefined);
    const titles = menu ? await page.$$eval('.action-widget .monaco-list-row.action', rows => rows.map(r => r.textContent?.trim() ?? '')) : [];
    log(`quick fixes offered: ${JSON.stringify(titles)}`);
    check(titles.length > 0, 'quick fixes are offered for the open-ended duration');
    if (titles.length > 0) {
        await page.keyboard.press('Enter');
        await page.waitForFunction(() => !window.playground.editor.getModel().getLineContent(10).includes('until further order')).catch(() => undefined);
        const line10 = await page.evaluate(() => window.playground.editor.getModel().getLineContent(10));
        check(!line10.includes('until further order'), 'the quick fix changed the duration', line10);
        await page.waitForFunction(() => document.querySelector('#findings .finding[data-check="open-ended-duration"]') === null).catch(() => undefined);
        check(!(await findings()).some(f => f.check === 'open-ended-duration'), 'after the fix, the open-ended-duration finding is gone', await findings());
    }

    // 3c. Completion: `requirement ` on a new line offers the requirement kinds.
    await page.evaluate(() => {
        const { editor } = window.playground;
        const model = editor.getModel();
        const end = model.getLineCount();
        editor.executeEdits('test', [{ range: { startLineNumber: end, startColumn: model.getLineMaxColumn(end), endLineNumber: end, endColumn: model.getLineMaxColumn(end) }, text: '\nrequirement ' }]);
        editor.setPosition({ lineNumber: end + 1, column: 13 });
        editor.focus();
    });
    await page.keyboard.press('Control+Space');
    const suggestions = await page.waitForSelector('.suggest-widget .monaco-list-row', { state: 'visible' })
        .then(() => page.$$eval('.suggest-widget .monaco-list-row', rows => rows.map(r => r.getAttribute('aria-label') ?? r.textContent ?? '')))
        .catch(() => []);
    check(suggestions.some(s => /curfew|unpaid work|supervision/.test(s)), 'completion offers requirement kinds', suggestions.slice(0, 8));
    await page.keyboard.press('Escape');
    // ... and at the start of a clause, the extension's snippets too.
    await page.keyboard.press('Home');
    await page.keyboard.press('Shift+End');
    await page.keyboard.press('Delete');
    await page.keyboard.type('comm');
    await page.keyboard.press('Control+Space');
    const snippets = await page.waitForSelector('.suggest-widget .monaco-list-row', { state: 'visible' })
        .then(() => page.$$eval('.suggest-widget .monaco-list-row', rows => rows.map(r => r.getAttribute('aria-label') ?? r.textContent ?? '')))
        .catch(() => []);
    check(snippets.some(s => /community order/i.test(s)), 'completion offers the snippets at the start of a clause', snippets.slice(0, 8));
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
        const model = window.playground.editor.getModel();
        const end = model.getLineCount();
        model.pushEditOperations([], [{ range: { startLineNumber: end - 1, startColumn: model.getLineMaxColumn(end - 1), endLineNumber: end, endColumn: model.getLineMaxColumn(end) }, text: '' }], () => null);
    });

    // 3d. Formatting: a line indented by mistake comes back to the margin.
    await page.evaluate(() => {
        const { editor } = window.playground;
        editor.executeEdits('test', [{ range: { startLineNumber: 12, startColumn: 1, endLineNumber: 12, endColumn: 1 }, text: '      ' }]);
    });
    const requirementLine = () => window.playground.editor.getModel().getLinesContent().find(l => l.includes('requirement unpaid work'));
    await page.click('#format');
    await page.waitForFunction(() => window.playground.editor.getModel().getLinesContent().find(l => l.includes('requirement unpaid work'))?.startsWith('requirement'), undefined, { timeout: 10_000 }).catch(() => undefined);
    const formatted = await page.evaluate(requirementLine);
    check(formatted?.startsWith('requirement'), 'Format puts an indented clause back at the margin', formatted);

    // 3e. Semantic tokens, with the legend the server announced.
    const tokens = await page.evaluate(async () => {
        const { bridge, editor } = window.playground;
        const answer = await bridge.connection.sendRequest('textDocument/semanticTokens/full', { textDocument: { uri: editor.getModel().uri.toString() } });
        return answer?.data?.length ?? 0;
    });
    check(tokens > 0, 'the server sends semantic tokens', tokens);

    // 4. Control burden and outline.
    const burden = await page.textContent('#burden');
    check(/PG-2026-001: [\d.]+ points/.test(burden ?? ''), 'the control burden is shown', burden);
    const outline = await page.textContent('#outline');
    check((outline ?? '').includes('PG-2026-001'), 'the outline lists the order', outline);

    // 5. Share link: order and profile.
    await page.selectOption('#profile', 'germany');
    await page.click('#share');
    const link = await page.inputValue('#share-link');
    const shared = await text();
    check(/#order=.+&profile=germany$/.test(link), 'the share link holds the order and the profile', link);
    const second = await context.newPage();
    watch(second);
    await second.goto(link);
    await second.waitForFunction(() => document.body.dataset.firstDiagnosticsMs !== undefined);
    check(await second.evaluate(() => window.playground.editor.getModel().getValue()) === shared, 'the share link brings the order back');
    check(await second.inputValue('#profile') === 'germany', 'the share link brings the profile back');

    // 6. Every example of the menu gives the findings its header declares (as test/examples.test.ts
    // asks of the CLI's core): the profile of its folder's sanction.config.json, and the template
    // library from the worker's in-memory file system.
    const examples = await second.$$eval('#example option', options => options.map(o => o.value).filter(Boolean));
    const examplesDir = path.join(repoRoot, 'examples');
    let matching = 0;
    for (const example of examples) {
        const header = fs.readFileSync(path.join(examplesDir, example), 'utf8').split('\n').filter(line => line.startsWith('//'));
        const wanted = header.map(line => /^\/\/\s*expect\s+([a-z-]+)\s+at\s+line\s+(\d+)\s*$/.exec(line)).filter(Boolean)
            .map(m => `${m[1]} at line ${m[2]}`).sort();
        await second.selectOption('#example', example);
        const actualOf = () => second.evaluate(() => {
            const { bridge, editor } = window.playground;
            const list = bridge.diagnostics.get(editor.getModel().uri.toString());
            return list ? list.map(d => `${d.code} at line ${d.range.start.line + 1}`).sort() : undefined;
        });
        const began = Date.now();
        let actual = await actualOf();
        while (JSON.stringify(actual) !== JSON.stringify(wanted) && Date.now() - began < 10_000) {
            await second.waitForTimeout(50);
            actual = await actualOf();
        }
        if (JSON.stringify(actual) === JSON.stringify(wanted)) {
            matching++;
        } else {
            check(false, `example ${example} gives the findings its header declares`, { wanted, actual });
        }
    }
    check(examples.length >= 20 && matching === examples.length, `all ${examples.length} examples of the menu give the findings their headers declare (${matching} do)`);
    const profileOf = async example => { await second.selectOption('#example', example); return second.inputValue('#profile'); };
    check(await profileOf('bad/england-wales/over-the-limit.sanction') === 'england-wales' && await profileOf('bad/durations.sanction') === 'coe',
        'an example sets the profile its folder\'s sanction.config.json names');

    // 7. Screenshot: an example with findings, the hover of one open.
    await second.setViewportSize({ width: 1200, height: 675 });
    await second.selectOption('#example', 'bad/durations.sanction');
    await second.waitForFunction(() => document.querySelector('#findings .finding[data-check="open-ended-duration"]') !== null);
    await second.evaluate(() => {
        const { editor } = window.playground;
        editor.setPosition({ lineNumber: 20, column: 15 });
        editor.focus();
        editor.getAction('editor.action.showHover').run();
    });
    await second.waitForSelector('.monaco-hover', { state: 'visible' }).catch(() => undefined);
    await second.waitForTimeout(500);
    const screenshot = path.join(packageDir, 'screenshot.png');
    await second.screenshot({ path: screenshot });
    log(`screenshot: ${path.relative(repoRoot, screenshot)} (${(fs.statSync(screenshot).size / 1024).toFixed(0)} KB)`);
    await second.close();

    // Budget: the JavaScript the page loaded.
    const dist = path.join(packageDir, 'dist');
    const sizes = [...scripts.keys()].sort().map(name => {
        const file = path.join(dist, name);
        const bytes = fs.readFileSync(file);
        return { name, kb: bytes.length / 1024, gzipKb: gzipSync(bytes).length / 1024, sentKb: scripts.get(name) / 1024 };
    });
    const total = sizes.reduce((sum, s) => sum + s.kb, 0);
    const gzipTotal = sizes.reduce((sum, s) => sum + s.gzipKb, 0);
    for (const s of sizes) {
        log(`script ${s.name}: ${s.kb.toFixed(0)} KB (${s.gzipKb.toFixed(0)} KB gzipped; ${s.sentKb.toFixed(0)} KB sent)`);
    }
    const sentTotal = sizes.reduce((sum, s) => sum + s.sentKb, 0);
    log(`JavaScript in all: ${(total / 1024).toFixed(2)} MB (${(gzipTotal / 1024).toFixed(2)} MB gzipped; ${(sentTotal / 1024).toFixed(2)} MB sent by the server)`);
    check(sizes.some(s => s.name.endsWith('server.worker.js')), 'the language server runs in a Web Worker');
    const csp = /http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(fs.readFileSync(path.join(dist, 'index.html'), 'utf8'))?.[1] ?? '';
    check(csp.includes("default-src 'none'") && !/https?:|\*/.test(csp), 'the page has a Content-Security-Policy with nothing remote', csp);
    check(problems.length === 0, 'no page errors, console errors or remote requests', problems);
}

const timer = setTimeout(() => {
    console.error(`[playground] timed out after ${timeout / 1000} s`);
    process.exit(1);
}, timeout);
try {
    await main();
} catch (error) {
    failures.push(String(error?.stack ?? error));
    console.error(error);
}
clearTimeout(timer);
log(failures.length === 0 ? 'passed' : `FAILED: ${failures.length} check(s)`);
process.exit(failures.length === 0 ? 0 : 1);
