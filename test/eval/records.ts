/**
 * Recorded verdicts of the vagueness evaluation, so that a tuning round shows what it changed.
 *
 * `--record` writes `test/eval/records/<file-stem>.json`: for each row its label, the verdict of the
 * clarity checks, the ids and messages of their findings, and a short hash of its text (the text
 * itself stays in ../shared). Every run compares its verdicts with that record and lists the rows whose
 * verdict changed (fixed or broken), and, more briefly, rows whose findings changed under the same
 * verdict, rows relabelled or re-worded in the data, and rows added or removed.
 *
 * The file is JSON with one line per row, so that a committed record's diff reads row by row.
 */
import { createHash } from 'node:crypto';
import type { Scores, Verdict } from './scores.js';

export interface RecordedFinding {
    checkId: string;
    message: string;
}

export interface RecordedRow {
    label: Verdict;
    verdict: Verdict;
    findings: RecordedFinding[];
    /** The first 12 hex digits of the SHA-256 of the row's text. */
    text: string;
}

export interface VerdictRecord {
    /** The TSV's file name (not its path). */
    file: string;
    /** The day the record was written (YYYY-MM-DD). */
    recorded: string;
    checks: string[];
    overall: { n: number; precision: number; recall: number; f1: number };
    rows: Record<string, RecordedRow>;
}

/** What a record needs of a row result. */
export interface RecordableRow {
    id: string;
    label: Verdict;
    text: string;
    predicted: Verdict;
    findings: RecordedFinding[];
}

export function textHash(text: string): string {
    return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

export function buildRecord(file: string, recorded: string, checks: string[], overall: Scores, rows: readonly RecordableRow[]): VerdictRecord {
    const sorted = [...rows].sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
    return {
        file,
        recorded,
        checks: [...checks],
        overall: { n: overall.n, precision: round3(overall.precision), recall: round3(overall.recall), f1: round3(overall.f1) },
        rows: Object.fromEntries(sorted.map(row => [row.id, {
            label: row.label,
            verdict: row.predicted,
            findings: row.findings.map(({ checkId, message }) => ({ checkId, message })),
            text: textHash(row.text)
        }]))
    };
}

/** The record as committed: the header fields as usual, then one line per row. */
export function serialiseRecord(record: VerdictRecord): string {
    const head = [
        `  "file": ${JSON.stringify(record.file)}`,
        `  "recorded": ${JSON.stringify(record.recorded)}`,
        `  "checks": ${JSON.stringify(record.checks)}`,
        `  "overall": ${JSON.stringify(record.overall)}`
    ];
    const rows = Object.entries(record.rows).map(([id, row]) => `    ${JSON.stringify(id)}: ${JSON.stringify(row)}`);
    return `{\n${head.join(',\n')},\n  "rows": {\n${rows.join(',\n')}\n  }\n}\n`;
}

/** Reads a record; throws with a plain message when the JSON is not a record. */
export function parseRecord(content: string): VerdictRecord {
    const value = JSON.parse(content) as Partial<VerdictRecord>;
    if (typeof value !== 'object' || value === null || typeof value.rows !== 'object' || value.rows === null) {
        throw new Error('not a verdict record (no "rows" object)');
    }
    return value as VerdictRecord;
}

export interface RowChange {
    id: string;
    label: Verdict;
    text: string;
    before: Verdict;
    after: Verdict;
    /** `fixed` when the new verdict matches the label, `broken` when the old one did. */
    effect: 'fixed' | 'broken';
    findingsBefore: RecordedFinding[];
    findings: RecordedFinding[];
    /** The label in the record, when the data has relabelled the row since. */
    labelBefore?: Verdict;
}

export interface RecordDiff {
    file: string;
    recorded: string;
    overallBefore: VerdictRecord['overall'];
    /** Rows whose verdict changed. */
    changed: RowChange[];
    /** Rows with the same verdict whose set of reporting checks changed. */
    findingsChanged: Array<{ id: string; before: string[]; after: string[] }>;
    /** Rows whose label in the data differs from the record's (verdict unchanged). */
    relabelled: Array<{ id: string; before: Verdict; after: Verdict }>;
    /** Rows whose text in the data differs from the record's. */
    reworded: string[];
    added: string[];
    removed: string[];
}

const checkSet = (findings: readonly RecordedFinding[]) => [...new Set(findings.map(f => f.checkId))].sort();

/** Compares a run's rows with a record. */
export function diffRecord(record: VerdictRecord, rows: readonly RecordableRow[]): RecordDiff {
    const seen = new Set<string>();
    const diff: RecordDiff = {
        file: record.file,
        recorded: record.recorded,
        overallBefore: record.overall,
        changed: [],
        findingsChanged: [],
        relabelled: [],
        reworded: [],
        added: [],
        removed: []
    };
    for (const row of rows) {
        seen.add(row.id);
        const old = record.rows[row.id];
        if (!old) {
            diff.added.push(row.id);
            continue;
        }
        if (old.text !== undefined && old.text !== textHash(row.text)) {
            diff.reworded.push(row.id);
        }
        if (old.verdict !== row.predicted) {
            diff.changed.push({
                id: row.id,
                label: row.label,
                text: row.text,
                before: old.verdict,
                after: row.predicted,
                effect: row.predicted === row.label ? 'fixed' : 'broken',
                findingsBefore: old.findings ?? [],
                findings: row.findings,
                ...(old.label !== row.label ? { labelBefore: old.label } : {})
            });
            continue;
        }
        if (old.label !== row.label) {
            diff.relabelled.push({ id: row.id, before: old.label, after: row.label });
        }
        const before = checkSet(old.findings ?? []);
        const after = checkSet(row.findings);
        if (before.join() !== after.join()) {
            diff.findingsChanged.push({ id: row.id, before, after });
        }
    }
    diff.removed = Object.keys(record.rows).filter(id => !seen.has(id));
    return diff;
}
