/**
 * A short seeded run of the stdio fuzzer (test/fuzz/stdio.ts) against the bundled language server
 * (packages/vscode/dist/server.cjs, started once as `node server.cjs --stdio`): the in-process
 * fuzzer's inputs of a fixed seed, each opened, asked every request the server offers, edited and
 * closed. No server exit, no error response, no request answered late, no document left without
 * diagnostics, nothing logged as failed. A fixed number of inputs (about 30 s here), so every
 * machine runs the same ones; SANCTION_STDIO_FUZZ_INPUTS sets another number. A failure is shown with
 * its input index: `npm run fuzz:stdio -- --seed 20260611 --show <index>`.
 *
 * The limits are 5 s a request and 10 s for diagnostics here (the fuzzer's are 2 s and 5 s), and a
 * slow answer counts only if it is slow again when asked again, so that a busy CI machine does not
 * fail the run.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadCorpus } from './corpus.js';
import { InputGenerator } from './generate.js';
import { fuzzServices } from './pipeline.js';
import { runOverStdio, StdioServer, stdioFuzz, type StdioOptions } from './stdio.js';

const ROOT = resolve(__dirname, '../..');
const EXTENSION = join(ROOT, 'packages', 'vscode');
const BUNDLE = join(EXTENSION, 'dist', 'server.cjs');
const SEED = 20260611;
const INPUTS = Number(process.env.SANCTION_STDIO_FUZZ_INPUTS ?? 800);
const LIMITS: StdioOptions = { callLimitMs: 5000, diagnosticsLimitMs: 10_000, killAfterMs: 30_000 };

/** The newest modification time of the files under `dir` (the bundle is rebuilt when a source is newer). */
function newest(dir: string): number {
    if (!existsSync(dir)) {
        return 0;
    }
    return readdirSync(dir).reduce((max, name) => {
        const path = join(dir, name);
        const stat = statSync(path);
        return Math.max(max, stat.isDirectory() ? newest(path) : stat.mtimeMs);
    }, 0);
}

let server: StdioServer;

beforeAll(() => {
    // Built when missing, or older than the sources it is built from (a stale bundle tests old code).
    const sources = Math.max(newest(join(ROOT, 'language', 'src')), newest(join(EXTENSION, 'src')));
    if (!existsSync(BUNDLE) || statSync(BUNDLE).mtimeMs < sources) {
        execFileSync('npm', ['run', 'build', '--workspace', 'packages/vscode'], { cwd: ROOT, stdio: 'pipe' });
    }
    expect(existsSync(BUNDLE)).toBe(true);
    server = new StdioServer(BUNDLE);
}, 120_000);

afterAll(async () => {
    await server?.stop();
});

describe('the stdio fuzzer against the bundled server', () => {
    test('it reports what it is meant to: an unknown method answered with an error, and diagnostics later than the limit', async () => {
        await server.ensureStarted();
        const unknown = await server.request('sanction/noSuchRequest', {}, LIMITS);
        expect(unknown.kind).toBe('error');
        expect(unknown.kind === 'error' ? unknown.error.code : undefined).toBe(-32601);
        // 2,000 conditions take far more than 1 ms to check.
        const input = `order "X".\nmade on 2026-01-01.\n${'requirement unpaid work, 120 hours, completed within 12 months.\n'.repeat(2000)}`;
        const failures = await runOverStdio(server, input, { ...LIMITS, diagnosticsLimitMs: 1 });
        expect(failures.map(f => f.signature)).toContain('no-diagnostics|didOpen');
        expect(server.starts).toBe(1);
    }, 120_000);

    test(`${INPUTS} inputs of seed ${SEED}: the server never exits, answers every request without an error and in time, and publishes diagnostics`, async () => {
        const generator = new InputGenerator(SEED, fuzzServices().Grammar, loadCorpus(ROOT));
        const lines: string[] = [];
        const summary = await stdioFuzz(server, generator, {
            ...LIMITS, seed: SEED, start: 0, seconds: Infinity, inputs: INPUTS, minimise: false, minimiseSeconds: 0, maxSaves: 0, log: line => lines.push(line)
        }, ROOT);
        const failures = summary.failures.map(f => `input ${f.firstInput} (${f.origin}) and ${f.inputs - 1} more: ${f.kind} (${f.request}): ${f.message}`);
        expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
        expect(summary.inputs).toBe(INPUTS);
        // The server started once (for the test above) and never again: it did not exit, nor was it killed.
        expect(server.starts).toBe(1);
        expect(summary.restarts).toBe(0);
        // Every input had its symbols, folding and formatting asked for, and some hover and completion.
        expect(summary.perRequest['textDocument/foldingRange']?.count).toBeGreaterThanOrEqual(INPUTS);
        expect(summary.perRequest['textDocument/formatting']?.count).toBeGreaterThanOrEqual(INPUTS);
        expect(summary.perRequest['textDocument/hover']?.count).toBeGreaterThan(INPUTS);
        expect(summary.perRequest['textDocument/completion']?.count).toBeGreaterThan(INPUTS);
        expect(summary.perRequest['textDocument/codeAction']?.count).toBeGreaterThan(INPUTS);
        // It still shuts down as a client asks it to.
        expect(await server.stop()).toBe(true);
    }, 600_000);
});
