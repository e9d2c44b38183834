import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildRecord, diffRecord, parseRecord, serialiseRecord, textHash, type RecordableRow } from './records.js';
import { score } from './scores.js';
import { main } from './vagueness.js';

const CHECKS = ['vague-term', 'missing-parameters'];

function row(id: string, label: 'vague' | 'precise', predicted: 'vague' | 'precise', checks: string[] = predicted === 'vague' ? ['vague-term'] : []): RecordableRow {
    return { id, label, text: `text of ${id}`, predicted, findings: checks.map(checkId => ({ checkId, message: `${checkId} on ${id}` })) };
}

describe('verdict records', () => {
    const before = [row('R10', 'vague', 'vague'), row('R2', 'vague', 'precise'), row('R3', 'precise', 'precise'), row('R4', 'precise', 'vague'), row('R5', 'vague', 'vague')];
    const record = buildRecord('set.tsv', '2026-12-02', CHECKS, score(before), before);

    test('one line per row, sorted by id (numeric), text kept only as a hash; round-trips', () => {
        const text = serialiseRecord(record);
        const lines = text.split('\n');
        expect(lines.filter(line => /^ {4}"R\d+": \{.*\},?$/.test(line)).map(line => line.trim().slice(1, line.trim().indexOf('"', 1))))
            .toEqual(['R2', 'R3', 'R4', 'R5', 'R10']);
        expect(text).not.toContain('text of R2');
        expect(record.rows.R2.text).toBe(textHash('text of R2'));
        expect(record.overall).toEqual({ n: 5, precision: 0.667, recall: 0.667, f1: 0.667 });
        expect(parseRecord(text)).toEqual(record);
        expect(() => parseRecord('{"file": "x"}')).toThrow(/not a verdict record/);
    });

    test('nothing changed: an empty diff', () => {
        expect(diffRecord(record, before)).toMatchObject({ changed: [], findingsChanged: [], relabelled: [], reworded: [], added: [], removed: [] });
    });

    test('lists verdict changes as fixed or broken, with the findings before and after', () => {
        const after = [
            row('R10', 'vague', 'precise'),                    // broken: a vague row no longer found
            row('R2', 'vague', 'vague', ['missing-parameters']), // fixed
            row('R3', 'precise', 'precise'),
            row('R4', 'precise', 'vague', ['missing-parameters']), // same verdict, other check
            { ...row('R5', 'vague', 'vague'), text: 'reworded' },
            row('R6', 'precise', 'precise')                     // new row
        ];
        const diff = diffRecord(record, after);
        expect(diff.changed).toEqual([
            { id: 'R10', label: 'vague', text: 'text of R10', before: 'vague', after: 'precise', effect: 'broken', findingsBefore: [{ checkId: 'vague-term', message: 'vague-term on R10' }], findings: [] },
            { id: 'R2', label: 'vague', text: 'text of R2', before: 'precise', after: 'vague', effect: 'fixed', findingsBefore: [], findings: [{ checkId: 'missing-parameters', message: 'missing-parameters on R2' }] }
        ]);
        expect(diff.findingsChanged).toEqual([{ id: 'R4', before: ['vague-term'], after: ['missing-parameters'] }]);
        expect(diff.reworded).toEqual(['R5']);
        expect(diff.added).toEqual(['R6']);
        expect(diff.removed).toEqual([]);
    });

    test('relabelled rows and rows gone from the data', () => {
        const after = [row('R10', 'vague', 'vague'), row('R2', 'precise', 'precise'), row('R3', 'vague', 'precise'), row('R4', 'precise', 'vague')];
        const diff = diffRecord(record, after);
        // R2 and R3: same verdict, label changed in the data.
        expect(diff.changed).toEqual([]);
        expect(diff.relabelled).toEqual([{ id: 'R2', before: 'vague', after: 'precise' }, { id: 'R3', before: 'precise', after: 'vague' }]);
        expect(diff.removed).toEqual(['R5']);
        const relabelledAndChanged = diffRecord(record, [row('R3', 'vague', 'vague')]);
        expect(relabelledAndChanged.changed).toMatchObject([{ id: 'R3', label: 'vague', labelBefore: 'precise', before: 'precise', after: 'vague', effect: 'fixed' }]);
    });
});

describe('the command line over several files, with records', () => {
    let dir: string | undefined;
    afterEach(() => {
        vi.restoreAllMocks();
        if (dir) {
            rmSync(dir, { recursive: true, force: true });
        }
    });

    async function run(argv: string[], root: string): Promise<{ code: number; out: string }> {
        const lines: string[] = [];
        vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => { lines.push(args.join(' ')); });
        vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => { lines.push(args.join(' ')); });
        const code = await main(argv, root);
        vi.restoreAllMocks();
        return { code, out: lines.join('\n') };
    }

    test('reports each file and all together, marks the tuned-on file, records verdicts and lists what changed', async () => {
        dir = mkdtempSync(join(tmpdir(), 'sanction-eval-test-'));
        const root = join(dir, 'repo');
        mkdirSync(join(root, 'test', 'eval'), { recursive: true });
        writeFileSync(join(root, 'test', 'eval', 'tuned-on.json'), JSON.stringify({ files: { 'seen.tsv': 'developed on it' } }));
        const header = 'id\tlabel\tcategory\tlang\ttext\tsource';
        const seen = join(dir, 'seen.tsv');
        const unseen = join(dir, 'unseen.tsv');
        writeFileSync(seen, [header,
            'S1\tvague\tother\ten\tBe of good behaviour.\tN.Y. Penal Law s 65.10(2)(b) [verbatim]',
            'S2\tprecise\tplaces\ten\tDo not enter the Tesco Extra store at Chapel Level, Kirkcaldy.\t[constructed]'].join('\n'));
        writeFileSync(unseen, [header,
            'U1\tvague\tcurfew\tde\tDer Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.\tStGB (Austria) s 51(2) [adapted]',
            'U2\tprecise\tplaces\ten\tDo not enter the Blue Moon bar at 4 Quay Street, Exeter.\tN.Y. Penal Law s 65.10(2)(c) [adapted]'].join('\n'));
        const records = join(dir, 'records');

        const first = await run([seen, unseen, '--records', records, '--record'], root);
        expect(first.code).toBe(0);
        expect(first.out).toMatch(/input: .*seen\.tsv\nTUNED ON: the checks were tuned on this file[^\n]*\n {2}\(test\/eval\/tuned-on\.json: developed on it\)/);
        expect(first.out).toMatch(/input: .*unseen\.tsv\nNOT TUNED ON/);
        expect(first.out).toMatch(/input: seen\.tsv \+ unseen\.tsv\nPARTLY TUNED ON: 2 of these 4 rows/);
        expect(first.out).toMatch(/changed since the last record: no record yet/);
        expect(first.out).toMatch(/all files together +partly +4 {2}1\.000 {2}1\.000/);
        const recorded = parseRecord(readFileSync(join(records, 'unseen.json'), 'utf8'));
        expect(Object.keys(recorded.rows)).toEqual(['U1', 'U2']);
        expect(recorded.rows.U1.verdict).toBe('vague');

        // A record in which both rows had the wrong verdict: this run shows both as fixed, with the findings.
        recorded.rows.U1 = { ...recorded.rows.U1, verdict: 'precise', findings: [] };
        recorded.rows.U2 = { ...recorded.rows.U2, verdict: 'vague', findings: [{ checkId: 'vague-term', message: 'old finding' }] };
        writeFileSync(join(records, 'unseen.json'), serialiseRecord(recorded));
        const second = await run([seen, unseen, '--records', records], root);
        expect(second.out).toMatch(/changed since the last record \([^)]*unseen\.json, \d{4}-\d\d-\d\d: P 1\.000 R 1\.000 F1 1\.000 on 2 rows\): 2 verdict\(s\) — 2 fixed, 0 broken/);
        expect(second.out).toMatch(/ {2}U1 \[vague\] precise → vague {2}FIXED {2}Der Verurteilte[^\n]*\n {6}now vague-term: /);
        expect(second.out).toMatch(/ {2}U2 \[precise\] vague → precise {2}FIXED {2}Do not enter the Blue Moon[^\n]*\n {6}was vague-term: old finding/);
        expect(second.out).toMatch(/seen\.tsv +yes +2 .* none/);
        expect(second.out).toMatch(/unseen\.tsv +no +2 .* 2 fixed, 0 broken/);

        const marked = await run([unseen, '--records', records, '--tuned-on', 'unseen.tsv', '--json'], root);
        const json = JSON.parse(marked.out) as { files: Array<{ tuned: { on: boolean }; changes: { changed: unknown[] } }>; combined?: unknown };
        expect(json.files).toHaveLength(1);
        expect(json.combined).toBeUndefined();
        expect(json.files[0].tuned.on).toBe(true);
        expect(json.files[0].changes.changed).toHaveLength(2);
    }, 60_000);

    test('a missing file is an error', async () => {
        const { code, out } = await run(['/no/such/file.tsv'], '/no/repo');
        expect(code).toBe(2);
        expect(out).toMatch(/no such file: \/no\/such\/file\.tsv/);
    });
});
