import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { loadCorpus } from '../fuzz/corpus.js';
import { InputGenerator } from '../fuzz/generate.js';
import { fuzzServices, runPipeline } from '../fuzz/pipeline.js';
import { openFailureOf } from './open-failures.js';

/**
 * A short fuzz run CI can afford: a fixed seed and a fixed number of inputs (not a time budget, so
 * that every machine runs the same inputs for a given state of the examples and docs), each through
 * every provider. Failures that ./open-failures.ts lists as known are tolerated; anything else fails,
 * printed with its input index: `npm run fuzz -- --seed 20260611 --show <index>` shows the input and
 * what fails, and a longer run (`npm run fuzz -- --seconds 600 --seed 1`) minimises and saves failures
 * under ./regressions.
 *
 * The per-call limit is 5 s here (the fuzzer's is 2 s), so that a busy machine does not fail it.
 * SANCTION_FUZZ_INPUTS sets another number of inputs.
 */
const SEED = 20260611;
const INPUTS = Number(process.env.SANCTION_FUZZ_INPUTS ?? 1000);

describe('a short seeded fuzz run', () => {
    test(`${INPUTS} inputs of seed ${SEED}: no crash, internal error, hang, or broken formatting, fix or rename`, async () => {
        const generator = new InputGenerator(SEED, fuzzServices().Grammar, loadCorpus(resolve(__dirname, '../..')));
        const failures: string[] = [];
        for (let index = 0; index < INPUTS; index++) {
            const input = generator.generate(index);
            for (const failure of await runPipeline(input.text, { callLimitMs: 5000 })) {
                if (!openFailureOf(failure)) {
                    failures.push(`input ${index} (${input.origin}): ${failure.kind} (${failure.stage}): ${failure.message}${failure.frames?.[0] ? ` at ${failure.frames[0]}` : ''}`);
                }
            }
        }
        expect(failures.slice(0, 20), `${failures.length} failures`).toEqual([]);
    }, 600_000);
});
