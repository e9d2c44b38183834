import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runPipeline, type Failure } from '../fuzz/pipeline.js';
import { readRegressions } from '../fuzz/regression-file.js';
import { openFailureOf, OPEN_FAILURES, type OpenFailure } from './open-failures.js';

/**
 * Every failure the fuzzer found (`npm run fuzz`), minimised and saved in ./regressions, runs
 * through the same pipeline (every provider; hover and completion at every offset; every fix and
 * rename) and must not fail any more, except in the ways ./open-failures.ts lists as known and not
 * fixed yet. An entry there that no saved file shows any more has been fixed: the last test says
 * so, and the entry goes.
 *
 * A call counts as a hang here at 5 s rather than the fuzzer's 2 s, so that a busy CI machine does
 * not fail the run; a fixed hang takes milliseconds.
 */
const DIR = resolve(__dirname, 'regressions');
const regressions = readRegressions(DIR);
/** The open failures each file showed. */
const shown = new Map<string, Set<OpenFailure>>();

function describeFailure(failure: Failure): string {
    return `${failure.kind} (${failure.stage}): ${failure.message}${failure.frames?.[0] ? ` at ${failure.frames[0]}` : ''}`;
}

describe('fuzz regressions', () => {
    test('there are saved failures to run', () => {
        expect(regressions.length).toBeGreaterThan(0);
    });

    test.each(regressions.map(r => [r.file, r] as const))('%s', async (_file, regression) => {
        const failures = await runPipeline(regression.input, { thorough: true, callLimitMs: 5000 });
        const unexpected: string[] = [];
        const open = new Set<OpenFailure>();
        for (const failure of failures) {
            const known = openFailureOf(failure);
            if (known) {
                open.add(known);
            } else {
                unexpected.push(describeFailure(failure));
            }
        }
        shown.set(regression.file, open);
        expect(unexpected).toEqual([]);
    }, 120_000);

    test('each open failure still shows in the file that open-failures.ts names (else it is fixed: remove the entry)', () => {
        // Hangs are left out: whether a slow call passes 5 s depends on the machine.
        const fixed = OPEN_FAILURES
            .filter(open => open.file && open.kind !== 'hang' && shown.has(open.file) && !shown.get(open.file)!.has(open))
            .map(open => `${open.kind} ${open.match} no longer shows in ${open.file}`);
        expect(fixed).toEqual([]);
        const missing = OPEN_FAILURES.filter(open => open.file && !regressions.some(r => r.file === open.file)).map(open => open.file);
        expect(missing, 'files named in open-failures.ts').toEqual([]);
    });
});
