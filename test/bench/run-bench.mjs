#!/usr/bin/env node
// `npm run bench`: the scale benchmark of issue 12. It generates, in a temporary folder,
//   - corpora of 1,000 and 10,000 orders made from the bundled good examples (order numbers varied;
//     every fifth order imports the example template library, which is copied beside them), and
//   - a workspace of 500 files holding one order of about 2,000 lines,
// then measures, in one run on this machine:
//   1. lint / parse-only over 1,000 orders, in process (the core: test/bench/core.ts);
//   2. CLI lint of 10,000 orders / CLI lint of 1,000 orders (wall clock, the CLI bundle as a process);
//   3. peak memory (max RSS) of the CLI linting 10,000 orders;
//   4. a one-character edit in the 2,000-line order, sent to the bundled language server over stdio,
//      to its new diagnostics, / the parse time of that file alone.
// It prints a table and writes JSON (--json <file>, default .bench/results.json). Figures are ratios
// within one run because these machines are shared and noisy; nothing here is a test assertion.
//
//   npm run bench [-- --repeats 3] [--small 1000] [--large 10000] [--skip-large] [--json file] [--keep]
//                 [--only core,cli,typing] [--cli path/to/bin/sanction.cjs]
// --only runs just those parts (`--only cli`: CLI wall clock and peak memory, 1,000 and 10,000 orders);
// --cli measures another build of the CLI (a copy of bin/ and dist/ kept from before a change).
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import { nodeBinary, repoRoot, runTypeScriptMain } from '../scripts/run-ts.mjs';

const { values: options } = parseArgs({
    options: {
        repeats: { type: 'string', default: '3' },
        small: { type: 'string', default: '1000' },
        large: { type: 'string', default: '10000' },
        'skip-large': { type: 'boolean', default: false },
        edits: { type: 'string', default: '5' },
        json: { type: 'string', default: path.join(repoRoot, '.bench', 'results.json') },
        keep: { type: 'boolean', default: false },
        only: { type: 'string' },
        cli: { type: 'string' }
    }
});
const PARTS = ['core', 'cli', 'typing'];
const only = options.only === undefined ? PARTS : options.only.split(',').map(part => part.trim());
for (const part of only) {
    if (!PARTS.includes(part)) {
        console.error(`bench: unknown part '${part}' for --only (parts: ${PARTS.join(', ')})`);
        process.exit(2);
    }
}
const repeats = Math.max(1, Number(options.repeats));
const examplesDir = path.join(repoRoot, 'examples');
const cliLauncher = options.cli ? path.resolve(options.cli) : path.join(repoRoot, 'packages', 'cli', 'bin', 'sanction.cjs');
const serverBundle = path.join(repoRoot, 'packages', 'vscode', 'dist', 'server.cjs');
/** The server's pause before the slow checks, as its source states it (only for the table's wording). */
const SLOW_PAUSE_MS = Number(/SLOW_CHECK_DELAY_MS = (\d+)/.exec(fs.readFileSync(path.join(repoRoot, 'language', 'src', 'lsp', 'slow-checks.ts'), 'utf8'))?.[1] ?? NaN);
const needed = [
    ...(only.includes('cli') ? [path.join(path.dirname(cliLauncher), '..', 'dist', 'sanction.cjs')] : []),
    ...(only.includes('typing') ? [serverBundle] : [])
];
for (const built of needed) {
    if (!fs.existsSync(built)) {
        console.error(`bench: ${path.relative(repoRoot, path.resolve(built))} is missing; run \`npm run build\` first`);
        process.exit(2);
    }
}

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const log = message => process.stderr.write(`bench: ${message}\n`);

// ---- corpora --------------------------------------------------------------------------------------

/** The good examples at the top of examples/, split into those that import the library and the rest. */
function exampleOrders() {
    const texts = fs.readdirSync(examplesDir)
        .filter(name => name.endsWith('.sanction'))
        .sort()
        .map(name => fs.readFileSync(path.join(examplesDir, name), 'utf8'));
    const importing = texts.filter(text => /^import\s+"library\//m.test(text));
    const plain = texts.filter(text => !/^import\s/m.test(text));
    if (importing.length === 0 || plain.length === 0) {
        throw new Error('bench: examples/ needs at least one order importing "library/…" and one importing nothing');
    }
    return { importing, plain };
}

function varied(text, i) {
    return text.replace(/^order "([^"]+)"/m, (_, id) => `order "${id}-${i}"`);
}

/** Writes `count` orders into `dir` (100 per subfolder, each subfolder with its own copy-free import path). */
function writeCorpus(dir, count, { importing, plain }) {
    fs.mkdirSync(dir, { recursive: true });
    fs.cpSync(path.join(examplesDir, 'library'), path.join(dir, 'library'), { recursive: true });
    for (let i = 0; i < count; i++) {
        const source = i % 5 === 0 ? importing[(i / 5) % importing.length] : plain[i % plain.length];
        // Orders sit next to library/, so the examples' own `import "library/…"` lines resolve.
        fs.writeFileSync(path.join(dir, `order-${String(i).padStart(5, '0')}.sanction`), varied(source, i));
    }
}

const CONDITION_TEXTS = [
    'You must tell your responsible officer of any change of address within 2 working days',
    'You must attend every appointment your responsible officer arranges at the probation office named above',
    'You must not contact the complainant, directly or through another person, by any means',
    'You must not enter the licensed premises named in the attached schedule',
    'You must stay at the approved address between 21:00 and 06:00 every night'
];

/** A workspace of `files` files, one of which is an order of about `lines` lines; returns the big file's path. */
function writeWorkspace(dir, files, lines, orders) {
    writeCorpus(dir, files - 1, orders);
    const base = orders.plain[0].split('\n');
    const breachAt = base.findIndex(line => line.startsWith('on breach:'));
    const conditions = Array.from({ length: Math.max(0, lines - base.length) }, (_, i) =>
        `condition "${CONDITION_TEXTS[i % CONDITION_TEXTS.length]} (paragraph ${i + 1})", for 6 months.`);
    const text = [...base.slice(0, breachAt), ...conditions, ...base.slice(breachAt)].join('\n');
    const big = path.join(dir, 'big-order.sanction');
    fs.writeFileSync(big, varied(text, 'big'));
    return big;
}

// ---- measurements ---------------------------------------------------------------------------------

async function coreTimes(corpus, bigFile) {
    const out = path.join(work, `core-${path.basename(corpus)}.json`);
    const status = await runTypeScriptMain(path.join(repoRoot, 'test', 'bench', 'core.ts'),
        [out, corpus, String(repeats), ...(bigFile ? [bigFile] : [])], { nodeArgs: ['--max-old-space-size=8192'] });
    if (status !== 0) {
        throw new Error(`bench: the in-process run on ${corpus} failed (exit ${status})`);
    }
    return JSON.parse(fs.readFileSync(out, 'utf8'));
}

/** Runs the CLI on `corpus` once; returns wall-clock ms and the child's max RSS in MB. */
function cliRun(corpus) {
    const rssFile = path.join(work, 'maxrss.txt');
    const hook = path.join(work, 'maxrss-hook.cjs');
    fs.writeFileSync(hook, `process.on('exit', () => require('node:fs').writeFileSync(${JSON.stringify(rssFile)}, String(process.resourceUsage().maxRSS)));\n`);
    const start = performance.now();
    const run = spawnSync(nodeBinary(), ['-r', hook, cliLauncher, 'lint', '.', '--format', 'json', '--output-file', path.join(work, 'lint.json')],
        { cwd: corpus, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const ms = performance.now() - start;
    if (run.status !== 0 && run.status !== 1) {
        throw new Error(`bench: the CLI exited ${run.status} on ${corpus}: ${run.stderr.split('\n')[0]}`);
    }
    return { ms, maxRssMB: Number(fs.readFileSync(rssFile, 'utf8')) / 1024 };
}

/** Opens the big order in the bundled server (workspace `dir`), makes `edits` one-character edits, times each to its diagnostics. */
async function typingTimes(dir, bigFile, edits) {
    const child = spawn(nodeBinary(), [serverBundle, '--stdio'], { cwd: dir, stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const uri = pathToFileURL(bigFile).href;
    let waiter;
    let publishedForBig = 0;
    connection.onNotification('textDocument/publishDiagnostics', params => {
        if (params.uri === uri) {
            publishedForBig++;
            waiter?.(params);
        }
    });
    connection.onRequest('workspace/configuration', params => params.items.map(() => null));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('window/workDoneProgress/create', () => null);
    child.stderr.resume();
    connection.listen();
    const next = timeoutMs => new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('bench: no diagnostics from the server within the time limit')), timeoutMs);
        waiter = params => { clearTimeout(timer); waiter = undefined; resolve(params); };
    });
    const rootUri = pathToFileURL(dir).href;
    await connection.sendRequest('initialize', { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: 'bench' }], capabilities: {} });
    await connection.sendNotification('initialized', {});
    const text = fs.readFileSync(bigFile, 'utf8');
    const first = next(600_000);
    await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'sanction', version: 1, text } });
    await first;
    // Let the workspace's initial build settle: wait until nothing is published for the file for 2 s.
    for (;;) {
        const seen = publishedForBig;
        await new Promise(resolve => setTimeout(resolve, 2000));
        if (seen === publishedForBig) {
            break;
        }
    }
    const lines = text.split('\n');
    const line = lines.findIndex((l, i) => i > lines.length / 2 && l.startsWith('condition "'));
    // Each edit publishes twice: the fast checks at once (with the slow findings of the lines it did
    // not touch), then every check once the server has been idle for its pause (lsp/slow-checks.ts).
    const times = [];
    const completeTimes = [];
    for (let i = 0; i < edits; i++) {
        const character = 'condition "'.length + 4 + i;
        const published = next(120_000);
        const start = performance.now();
        await connection.sendNotification('textDocument/didChange', {
            textDocument: { uri, version: i + 2 },
            contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: 'x' }]
        });
        await published;
        times.push(performance.now() - start);
        await next(120_000);
        completeTimes.push(performance.now() - start);
        await new Promise(resolve => setTimeout(resolve, 300));
    }
    try {
        await connection.sendRequest('shutdown');
        await connection.sendNotification('exit');
    } catch { /* the process is killed below */ }
    setTimeout(() => child.kill(), 2000).unref();
    connection.dispose();
    return { times, completeTimes };
}

// ---- the run ----------------------------------------------------------------------------------------

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-bench-'));
const small = Number(options.small);
const large = Number(options.large);
const results = {
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGB: Math.round(os.totalmem() / 2 ** 30), node: process.versions.node, loadAverage: os.loadavg().map(l => Math.round(l * 100) / 100) },
    date: new Date().toISOString(),
    repeats
};
try {
    const orders = exampleOrders();
    log(`generating corpora in ${work}`);
    const smallDir = path.join(work, `orders-${small}`);
    writeCorpus(smallDir, small, orders);
    const wsDir = path.join(work, 'workspace-500');
    const bigFile = only.includes('core') || only.includes('typing') ? writeWorkspace(wsDir, 500, 2000, orders) : undefined;

    let core;
    if (only.includes('core')) {
        log(`in process: parse, build and lint ${small} orders, ${repeats} times`);
        core = await coreTimes(smallDir, bigFile);
        results.core = core;
    }

    if (only.includes('cli')) {
        log(`CLI${options.cli ? ` (${options.cli})` : ''}: lint ${small} orders, ${repeats} times`);
        results.cliSmall = Array.from({ length: repeats }, () => cliRun(smallDir));
        if (!options['skip-large']) {
            const largeDir = path.join(work, `orders-${large}`);
            writeCorpus(largeDir, large, orders);
            log(`CLI: lint ${large} orders (once)`);
            results.cliLarge = [cliRun(largeDir)];
        }
    }

    if (only.includes('typing')) {
        log(`server over stdio: ${options.edits} one-character edits in a 2,000-line order in a 500-file workspace`);
        const typing = await typingTimes(wsDir, bigFile, Number(options.edits));
        results.typingMs = typing.times;
        results.typingCompleteMs = typing.completeTimes;
    }

    const ratio = (a, b) => Math.round((a / b) * 100) / 100;
    const rows = [
        ...(core ? [[`lint / parse-only, ${small} orders (in process)`, '<= 1.3x', `${ratio(median(core.lintMs), median(core.parseMs))}x`,
            `parse ${Math.round(median(core.parseMs))} ms, parse+link ${Math.round(median(core.buildMs))} ms, lint ${Math.round(median(core.lintMs))} ms`]] : []),
        ...(results.cliSmall ? [
            [`CLI lint ${small} orders`, '', `${Math.round(median(results.cliSmall.map(r => r.ms)))} ms`,
                `peak memory ${Math.round(median(results.cliSmall.map(r => r.maxRssMB)))} MB (median of ${results.cliSmall.length})`]
        ] : []),
        ...(results.cliLarge ? [
            [`CLI lint ${large} / ${small} orders`, `<= ${Math.round((large / small) * 1.05 * 10) / 10}x`, `${ratio(results.cliLarge[0].ms, median(results.cliSmall.map(r => r.ms)))}x`,
                `${Math.round(median(results.cliSmall.map(r => r.ms)))} ms vs ${Math.round(results.cliLarge[0].ms)} ms`],
            [`peak memory, CLI lint of ${large} orders`, '<= 300 MB', `${Math.round(results.cliLarge[0].maxRssMB)} MB`,
                `${small} orders: ${Math.round(median(results.cliSmall.map(r => r.maxRssMB)))} MB`]
        ] : []),
        ...(results.typingMs && core ? [['one-character edit to diagnostics / parse of the file', '<= 2x', `${ratio(median(results.typingMs), median(core.bigFile.parseMs))}x`,
            `edit ${Math.round(median(results.typingMs))} ms (median of ${results.typingMs.length}), parse ${Math.round(median(core.bigFile.parseMs))} ms, ${core.bigFile.lines} lines`]] : []),
        ...(results.typingMs && !core ? [['one-character edit to diagnostics', '', `${Math.round(median(results.typingMs))} ms`,
            `median of ${results.typingMs.length} (--only without core: no parse time to compare with)`]] : []),
        ...(results.typingCompleteMs ? [['the same edit to every check\'s findings (slow checks after the pause)', '', `${Math.round(median(results.typingCompleteMs))} ms`,
            `median of ${results.typingCompleteMs.length}, the server's pause of ${SLOW_PAUSE_MS} ms included`]] : [])
    ];
    results.table = rows.map(([measure, goal, measured, detail]) => ({ measure, goal, measured, detail }));
    console.log('| measure | goal | measured | detail |\n|---|---|---|---|');
    for (const row of rows) {
        console.log(`| ${row.join(' | ')} |`);
    }
    console.log(`\n${results.machine.cpus} cores (${results.machine.cpuModel}), ${results.machine.memoryGB} GiB, Node ${results.machine.node}, load average at start ${results.machine.loadAverage.join(' ')}`);
    fs.mkdirSync(path.dirname(options.json), { recursive: true });
    fs.writeFileSync(options.json, `${JSON.stringify(results, null, 2)}\n`);
    log(`wrote ${path.relative(process.cwd(), options.json)}`);
} finally {
    if (!options.keep) {
        fs.rmSync(work, { recursive: true, force: true });
    }
}
