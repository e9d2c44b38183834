import { describe, expect, test } from 'vitest';
import { lint } from '../helpers.js';
import { holdoutIds } from './holdout.js';
import { evaluate, formatReport, parseArgs, parseTsv, score, wrapCondition } from './vagueness.js';

describe('vagueness evaluation harness', () => {
    test('reads a TSV by its header (source kept, other columns ignored); unknown labels are skipped', () => {
        const tsv = 'text\tid\tlabel\tsource\n"Be good."\tA1\tvague\tx\nReport weekly.\tA2\tPRECISE\ty\nSomething\tA3\tmaybe\tz\n';
        const { rows, skipped } = parseTsv(tsv, 'fr');
        expect(rows).toEqual([
            { id: 'A1', label: 'vague', text: '"Be good."', lang: 'fr', category: undefined, source: 'x' },
            { id: 'A2', label: 'precise', text: 'Report weekly.', lang: 'fr', category: undefined, source: 'y' }
        ]);
        expect(skipped).toEqual(['A3: label "maybe" is neither vague nor precise']);
        expect(() => parseTsv('id\tlabel\nA\tvague\n')).toThrow(/no "text" column/);
    });

    test('the wrapping order raises no finding of its own', async () => {
        const { order, line } = wrapCondition('Do not enter the Tesco Extra store at Chapel Level, Kirkcaldy.');
        // No language given: the order's `written in English.` applies.
        expect(order.split('\n')[line]).toBe('condition "Do not enter the Tesco Extra store at Chapel Level, Kirkcaldy.".');
        expect(await lint(order)).toEqual([]);
    });

    test('quotes and backslashes in a text are escaped; languages are named as the order writes them', async () => {
        const { order, line } = wrapCondition('Do not enter the "Blue Moon" bar \\ pub.', 'Deutsch');
        expect(order.split('\n')[line]).toBe('condition "Do not enter the \\"Blue Moon\\" bar \\\\ pub." in German.');
        expect((await lint(order)).filter(f => f.checkId === 'syntax-error')).toEqual([]);
    });

    test('scores precision, recall and F1 for "vague"', () => {
        const s = score([
            { label: 'vague', predicted: 'vague' }, { label: 'vague', predicted: 'precise' },
            { label: 'precise', predicted: 'vague' }, { label: 'precise', predicted: 'precise' }, { label: 'vague', predicted: 'vague' }
        ]);
        expect(s).toMatchObject({ n: 5, tp: 2, fn: 1, fp: 1, tn: 1 });
        expect(s.precision).toBeCloseTo(2 / 3);
        expect(s.recall).toBeCloseTo(2 / 3);
        expect(s.f1).toBeCloseTo(2 / 3);
    });

    test('runs the real checks and lists misses and false alarms with their messages', async () => {
        const { rows } = parseTsv([
            'id\tlabel\ttext\tlang\tcategory',
            'T1\tvague\tBe of good behaviour.\ten\tother',
            'T2\tprecise\tDo not enter the Tesco Extra store at Chapel Level, Kirkcaldy.\ten\tplaces',
            'T3\tvague\tDer Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.\tde\tcurfew',
            'T4\tprecise\tReport to the probation office as directed, not more than once a week and for no longer than 6 months, at 3 Barnfield Road, Exeter.\ten\treporting'
        ].join('\n'));
        const report = await evaluate(rows, { split: true });
        expect(report.overall).toMatchObject({ tp: 2, fp: 0, fn: 0, tn: 2, precision: 1, recall: 1 });
        expect(Object.keys(report.byLanguage)).toEqual(['de', 'en']);
        expect(report.byCategory.curfew).toMatchObject({ tp: 1 });
        expect(report.byCheck['vague-term']).toBe(2);
        expect(report.harnessNoise).toEqual([]);
        expect((report.split?.tuning.n ?? 0) + (report.split?.heldOut.n ?? 0)).toBe(4);
        const text = formatReport(report);
        expect(text).toMatch(/precision \(vague\) 1\.000 {3}recall \(vague\) 1\.000/);
        expect(text).toMatch(/misses \(labelled vague, no finding\): 0/);
    });

    test('the held-out split is fixed by the ids and the seed', () => {
        const ids = Array.from({ length: 180 }, (_, i) => `D${String(i + 1).padStart(3, '0')}`);
        const first = holdoutIds(ids);
        expect(first.size).toBe(45);
        expect([...holdoutIds([...ids].reverse())]).toEqual([...first]);
    });

    test('options: both development sets beside the repository by default, --lang, --json, --split, --record, --tuned-on', () => {
        const o = parseArgs([], '/repo/main');
        expect(o).toEqual({
            inputs: ['/repo/shared/data/conditions-dev.tsv', '/repo/shared/data/conditions-dev-2.tsv'],
            lang: undefined, json: false, split: undefined, record: false, records: '/repo/main/test/eval/records', tunedOn: []
        });
        expect(parseArgs(['/x.tsv', '--lang', 'fr', '--json'], '/repo/main')).toMatchObject({ inputs: ['/x.tsv'], lang: 'fr', json: true, split: undefined });
        expect(parseArgs(['/a.tsv', '/b.tsv', '--no-split', '--record', '--records', '/tmp/r', '--tuned-on', 'b.tsv', '--tuned-on=c.tsv'], '/repo/main'))
            .toMatchObject({ inputs: ['/a.tsv', '/b.tsv'], split: false, record: true, records: '/tmp/r', tunedOn: ['b.tsv', 'c.tsv'] });
        expect(() => parseArgs(['--bogus'], '/repo/main')).toThrow(/unknown option/);
        expect(() => parseArgs(['--tuned-on'], '/repo/main')).toThrow(/needs a value/);
    });
});
