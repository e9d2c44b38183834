import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { describeWithShared, sharedPath } from '../shared.js';
import { evaluate, parseTsv } from './vagueness.js';

/**
 * Guards the figures reported in docs/checks/vagueness-evaluation.md: the development set (beside
 * the repository) stays at or above the targets, and the project's own probe sets stay clean.
 */
const DEV = 'data/conditions-dev.tsv';
const PROBES = ['probe-conditions.tsv', 'probe-conditions-2.tsv', 'probe-conditions-3.tsv', 'probe-conditions-4.tsv', 'probe-conditions-5.tsv', 'probe-conditions-6.tsv'];

describeWithShared('vagueness targets on the development set', [DEV], 'The vagueness targets on the development set (test/eval/vagueness-targets.test.ts)', () => {
    test('development set: precision and recall for "vague" at least 0.92', async () => {
        const { rows } = parseTsv(readFileSync(sharedPath(DEV), 'utf8'));
        const report = await evaluate(rows);
        expect(report.harnessNoise).toEqual([]);
        expect(report.overall.precision).toBeGreaterThanOrEqual(0.92);
        expect(report.overall.recall).toBeGreaterThanOrEqual(0.92);
    }, 60_000);
});

describe('vagueness targets on the probe sets', () => {
    test.each(PROBES)('probe set %s: F1 at least 0.95', async file => {
        const { rows } = parseTsv(readFileSync(resolve(__dirname, file), 'utf8'));
        const report = await evaluate(rows);
        expect(report.overall.f1).toBeGreaterThanOrEqual(0.95);
    }, 60_000);
});
