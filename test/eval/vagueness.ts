/**
 * Evaluation of the vague-condition checks (family A, "clarity") on labelled conditions.
 *
 * Reads TSVs with a header row and at least the columns `id`, `label` (vague / precise) and `text`
 * (optional `lang`, `category` and `source`; other columns are ignored). Each text is wrapped as a
 * free-text condition in an order that raises no finding of its own, linted by the real checks
 * through `lintText`, and predicted vague when any check of the clarity family reports on the
 * condition.
 *
 *   node test/eval/run-vagueness.mjs [file.tsv …] [--lang fr] [--json] [--split | --no-split]
 *                                    [--record] [--records dir] [--tuned-on file]
 *
 * Default input: both development sets beside the repository, <repo>/../shared/data/conditions-dev.tsv
 * and conditions-dev-2.tsv. Each file is reported on its own (whole set, by category, by language,
 * by provenance, by source with the leave-one-source-out mean, rows changed since its record), then
 * all files together. `--lang` is the language of rows with no `lang` value (default en). `--split`
 * reports the held-out rows of holdout.ts separately (on by default for conditions-dev.tsv).
 * `--record` writes test/eval/records/<file-stem>.json, the verdicts later runs are compared with.
 * `--tuned-on` marks a file as tuned on for this run, besides those listed in test/eval/tuned-on.json.
 * `--json` prints the same report as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { lintText } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { normaliseLanguage } from '../../language/src/validation/text/language.js';
import { leaveOneSourceOut, provenanceOf, sourceGroup, type Fold, type FoldSummary } from './folds.js';
import { HOLDOUT_SEED, HOLDOUT_SHARE, holdoutIds } from './holdout.js';
import { buildRecord, diffRecord, parseRecord, serialiseRecord, type RecordDiff, type RecordedFinding } from './records.js';
import { score, type Scores } from './scores.js';

export { score, type Scores } from './scores.js';

export interface Row {
    id: string;
    label: 'vague' | 'precise';
    text: string;
    lang?: string;
    category?: string;
    /** The `source` cell: a citation and a provenance tag (../shared/data/README.md). */
    source?: string;
}

export interface RowResult extends Row {
    language: string;
    predicted: 'vague' | 'precise';
    /** Findings of the clarity family on the condition: check id and message. */
    findings: RecordedFinding[];
    heldOut: boolean;
    /** The fold of the row: the jurisdiction its source cites (folds.ts). */
    sourceGroup: string;
    /** verbatim, verbatim-recalled, adapted, constructed or (none). */
    provenance: string;
    /** The row's file is one the checks were tuned on. */
    tuned: boolean;
    /** The row's file name, when the report covers files. */
    file?: string;
}

export interface Report {
    input: string;
    family: string;
    checks: string[];
    /** Whether the checks were tuned on this input, and how (test/eval/tuned-on.json). */
    tuned: { on: boolean | 'partly'; note?: string };
    overall: Scores;
    split?: { seed: number; share: number; tuning: Scores; heldOut: Scores };
    byCategory: Record<string, Scores>;
    byLanguage: Record<string, Scores>;
    byProvenance: Record<string, Scores>;
    /** Leave-one-source-out: one fold per jurisdiction or source, and the mean over folds. */
    bySource: FoldSummary;
    /** Citations no rule of folds.ts maps to a jurisdiction (each is a fold of its own). */
    unmappedSources: string[];
    byCheck: Record<string, number>;
    /** Per file: the rows whose verdict changed since the last record (absent: no record). */
    changes?: RecordDiff;
    /** Per file: the record compared with, and whether it exists. */
    record?: { path: string; exists: boolean; written?: boolean };
    misses: RowResult[];
    falseAlarms: RowResult[];
    /** Findings the wrapping order raised by itself (should be none). */
    harnessNoise: string[];
    skipped: string[];
}

const FAMILY = 'clarity';
const CLARITY_CHECKS = ALL_CHECKS.filter(check => check.family === FAMILY).map(check => check.id);

// ---------------------------------------------------------------------------------------------
// Input
// ---------------------------------------------------------------------------------------------

/** Parses a TSV with a header; returns the rows with a known label and the reasons others were skipped. */
export function parseTsv(content: string, defaultLang?: string): { rows: Row[]; skipped: string[] } {
    const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/).filter(line => line.trim() !== '');
    if (lines.length === 0) {
        return { rows: [], skipped: ['empty file'] };
    }
    const header = lines[0].split('\t').map(column => column.trim().toLowerCase());
    for (const required of ['id', 'label', 'text']) {
        if (!header.includes(required)) {
            throw new Error(`the TSV has no "${required}" column (columns: ${header.join(', ')})`);
        }
    }
    const rows: Row[] = [];
    const skipped: string[] = [];
    lines.slice(1).forEach((line, index) => {
        const cells = line.split('\t');
        const get = (column: string) => {
            const at = header.indexOf(column);
            return at >= 0 ? (cells[at] ?? '').trim() : '';
        };
        const id = get('id') || `row-${index + 2}`;
        const label = get('label').toLowerCase();
        const text = get('text');
        if (label !== 'vague' && label !== 'precise') {
            skipped.push(`${id}: label "${get('label')}" is neither vague nor precise`);
            return;
        }
        if (!text) {
            skipped.push(`${id}: no text`);
            return;
        }
        rows.push({
            id, label, text,
            lang: get('lang') || defaultLang || undefined,
            category: get('category') || undefined,
            source: get('source') || undefined
        });
    });
    return { rows, skipped };
}

// ---------------------------------------------------------------------------------------------
// The wrapping order
// ---------------------------------------------------------------------------------------------

const LANGUAGE_NAMES: Record<string, string> = { en: 'English', fr: 'French', de: 'German' };

/** The order a condition is checked in: compliant in everything else. */
export function wrapCondition(text: string, lang?: string): { order: string; line: number } {
    const code = normaliseLanguage(lang);
    // The condition's own language: the English name for a known language, else the value as written.
    const name = code ? LANGUAGE_NAMES[code] : lang && /^[A-Za-z][A-Za-z-]*$/.test(lang) ? lang : undefined;
    const literal = `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
    const before = `order "EVAL-0001".
made on 2026-03-14.
decided by "Exeter Crown Court".
implemented by "Probation Service, South West region".
under "Sentencing Act 2020, section 200 and Schedule 9".
written in English.
person "Alex Morgan", convicted, born on 1991-07-02, understands English, no interpreter needed.
offence "Criminal damage to a bus shelter", seriousness moderate.
in force for 12 months, reviewed every 6 months.
early termination by "Exeter Crown Court" after 6 months, when "all requirements are met".
`;
    const after = `
on breach:
  minor non-compliance leads to a formal warning.
  significant non-compliance leads to referral to the deciding authority.
  hearing before "Exeter Crown Court" with legal assistance and access to the documents.
  credit for time complied.
  the deciding authority may order a warning, modification or revocation.
rights:
  appeal to "Court of Appeal (Criminal Division)" within 28 days.
  complaints to "Probation Service complaints team, South West".
  notice in English, in writing.
costs borne by the state.
`;
    const condition = `condition ${literal}${name ? ` in ${name}` : ''}.`;
    return { order: before + condition + after, line: before.split('\n').length - 1 };
}

// ---------------------------------------------------------------------------------------------
// Scoring
// ---------------------------------------------------------------------------------------------

function groupScores(results: RowResult[], key: (row: RowResult) => string): Record<string, Scores> {
    const groups = new Map<string, RowResult[]>();
    for (const row of results) {
        const k = key(row);
        groups.set(k, [...(groups.get(k) ?? []), row]);
    }
    return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, rows]) => [k, score(rows)]));
}

export interface EvaluateOptions {
    input?: string;
    split?: boolean;
    skipped?: string[];
    /** The checks were tuned on these rows' file (default false). */
    tuned?: boolean;
    /** How they were tuned on it (from test/eval/tuned-on.json). */
    tunedNote?: string;
    /** The rows' file name, kept on each result. */
    file?: string;
}

/** Lints each row in the wrapping order and keeps the clarity family's findings on its condition. */
export async function lintRows(rows: Row[], options: Pick<EvaluateOptions, 'tuned' | 'file'> = {}): Promise<{ results: RowResult[]; noise: string[] }> {
    const services = createSanctionCoreServices(EmptyFileSystem).Sanction;
    const heldOutIds = holdoutIds(rows.map(row => row.id));
    const results: RowResult[] = [];
    const noise = new Set<string>();
    for (const row of rows) {
        const { order, line } = wrapCondition(row.text, row.lang);
        const { findings } = await lintText(services, order);
        const onCondition = (finding: Finding) => finding.range.start.line === line;
        for (const finding of findings) {
            if (!onCondition(finding)) {
                noise.add(`${finding.checkId}: ${finding.message}`);
            }
        }
        const clarity = findings.filter(finding => onCondition(finding) && CLARITY_CHECKS.includes(finding.checkId));
        results.push({
            ...row,
            language: normaliseLanguage(row.lang) ?? row.lang ?? 'en',
            predicted: clarity.length > 0 ? 'vague' : 'precise',
            findings: clarity.map(finding => ({ checkId: finding.checkId, message: finding.message })),
            heldOut: heldOutIds.has(row.id),
            sourceGroup: sourceGroup(row.source).group,
            provenance: provenanceOf(row.source),
            tuned: options.tuned ?? false,
            ...(options.file ? { file: options.file } : {})
        });
    }
    return { results, noise: [...noise] };
}

/** The report on rows already linted (one file's, or several files' together). */
export function buildReport(results: RowResult[], options: EvaluateOptions & { noise?: string[] } = {}): Report {
    const byCheck: Record<string, number> = Object.fromEntries(CLARITY_CHECKS.map(id => [id, 0]));
    for (const result of results) {
        for (const id of new Set(result.findings.map(f => f.checkId))) {
            byCheck[id] = (byCheck[id] ?? 0) + 1;
        }
    }
    const tunedRows = results.filter(r => r.tuned).length;
    const unmapped = new Set(results.filter(r => !sourceGroup(r.source).mapped).map(r => r.sourceGroup));
    return {
        input: options.input ?? '(rows)',
        family: FAMILY,
        checks: CLARITY_CHECKS,
        tuned: {
            on: tunedRows === 0 ? false : tunedRows === results.length ? true : 'partly',
            ...(options.tunedNote ? { note: options.tunedNote } : {})
        },
        overall: score(results),
        ...(options.split ? {
            split: {
                seed: HOLDOUT_SEED,
                share: HOLDOUT_SHARE,
                tuning: score(results.filter(r => !r.heldOut)),
                heldOut: score(results.filter(r => r.heldOut))
            }
        } : {}),
        byCategory: groupScores(results, row => row.category ?? '(none)'),
        byLanguage: groupScores(results, row => row.language),
        byProvenance: groupScores(results, row => row.provenance),
        bySource: leaveOneSourceOut(results),
        unmappedSources: [...unmapped].sort(),
        byCheck,
        misses: results.filter(r => r.label === 'vague' && r.predicted === 'precise'),
        falseAlarms: results.filter(r => r.label === 'precise' && r.predicted === 'vague'),
        harnessNoise: options.noise ?? [],
        skipped: options.skipped ?? []
    };
}

export async function evaluate(rows: Row[], options: EvaluateOptions = {}): Promise<Report> {
    const { results, noise } = await lintRows(rows, options);
    return buildReport(results, { ...options, noise });
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

const f3 = (x: number) => x.toFixed(3);
const opt3 = (x: number | undefined) => (x === undefined ? '  —  ' : f3(x));

function scoreLine(name: string, s: Scores): string {
    return `${name.padEnd(24)} n=${String(s.n).padStart(4)}  P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  acc ${f3(s.accuracy)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`;
}

function foldLine(fold: Fold, showTuned: boolean): string {
    const s = fold.scores;
    const name = fold.source.length > 28 ? `${fold.source.slice(0, 27)}…` : fold.source;
    const tuned = showTuned ? `  tuned-on rows ${fold.tunedRows}/${s.n}` : '';
    return `${name.padEnd(28)} n=${String(s.n).padStart(4)}  P ${opt3(fold.precision)}  R ${opt3(fold.recall)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})${tuned}`;
}

/** What "not tuned on that source" can mean here; printed above every fold table. */
export const FOLD_CAVEAT = [
    'Nothing is fitted per fold: the checks are hand-written rules, so each fold is the same fixed checks scored on',
    "that source's rows. A fold is unseen only if the checks were never tuned on the file its rows come from."
];

function tunedBanner(report: Report): string {
    if (report.tuned.on === true) {
        return [
            'TUNED ON: the checks were tuned on this file, so its figures and its folds are not a measure on unseen wording.',
            ...(report.tuned.note ? [`  (test/eval/tuned-on.json: ${report.tuned.note})`] : [])
        ].join('\n');
    }
    if (report.tuned.on === 'partly') {
        const unseen = report.overall.n - report.bySource.folds.reduce((sum, fold) => sum + fold.tunedRows, 0);
        return `PARTLY TUNED ON: ${report.overall.n - unseen} of these ${report.overall.n} rows come from files the checks were tuned on, ${unseen} from files they were not (see "tuned-on rows" per fold).`;
    }
    return 'NOT TUNED ON: no file of these rows is listed in test/eval/tuned-on.json; its figures are a measure on wording the tuning did not see.';
}

function formatFolds(out: string[], summary: FoldSummary, showTuned: boolean): void {
    const m = summary.mean;
    out.push(`by source — leave-one-source-out, ${m.folds} fold${m.folds === 1 ? '' : 's'}`);
    FOLD_CAVEAT.forEach(line => out.push(`  ${line}`));
    for (const fold of summary.folds) {
        out.push(`  ${foldLine(fold, showTuned)}`);
    }
    const without = (defined: number, what: string) => (defined < m.folds ? `; ${m.folds - defined} fold(s) ${what}` : '');
    out.push(`  ${'mean over folds'.padEnd(28)} P ${opt3(m.precision)} over ${m.foldsWithPrecision} fold${m.foldsWithPrecision === 1 ? '' : 's'}${without(m.foldsWithPrecision, 'with no finding left out')}`);
    out.push(`  ${''.padEnd(28)} R ${opt3(m.recall)} over ${m.foldsWithRecall} fold${m.foldsWithRecall === 1 ? '' : 's'}${without(m.foldsWithRecall, 'with no vague row left out')}`);
    if (m.worstPrecision || m.worstRecall) {
        out.push(`  ${'worst fold'.padEnd(28)} P ${opt3(m.worstPrecision?.value)} — ${m.worstPrecision?.source ?? 'none'};   R ${opt3(m.worstRecall?.value)} — ${m.worstRecall?.source ?? 'none'}`);
    }
}

function formatChanges(out: string[], report: Report): void {
    const record = report.record;
    if (!record) {
        return;
    }
    out.push('');
    if (!record.exists || !report.changes) {
        out.push(`changed since the last record: no record yet (${record.path}); --record writes one`);
        return;
    }
    const d = report.changes;
    const o = d.overallBefore;
    out.push(`changed since the last record (${record.path}, ${d.recorded}: P ${f3(o.precision)} R ${f3(o.recall)} F1 ${f3(o.f1)} on ${o.n} rows): ${d.changed.length} verdict(s)${d.changed.length > 0 ? ` — ${d.changed.filter(c => c.effect === 'fixed').length} fixed, ${d.changed.filter(c => c.effect === 'broken').length} broken` : ''}`);
    for (const change of d.changed) {
        const relabel = change.labelBefore ? ` (labelled ${change.labelBefore} in the record)` : '';
        out.push(`  ${change.id} [${change.label}${relabel}] ${change.before} → ${change.after}  ${change.effect.toUpperCase()}  ${change.text}`);
        const shown = change.after === 'vague' ? change.findings : change.findingsBefore;
        const prefix = change.after === 'vague' ? 'now' : 'was';
        for (const finding of shown) {
            out.push(`      ${prefix} ${finding.checkId}: ${finding.message}`);
        }
    }
    if (d.findingsChanged.length > 0) {
        out.push(`  same verdict, other checks reporting: ${d.findingsChanged.length}`);
        d.findingsChanged.forEach(c => out.push(`    ${c.id}: ${c.before.join(', ') || '(none)'} → ${c.after.join(', ') || '(none)'}`));
    }
    if (d.relabelled.length > 0) {
        out.push(`  relabelled in the data since the record: ${d.relabelled.map(r => `${r.id} ${r.before} → ${r.after}`).join('; ')}`);
    }
    if (d.reworded.length > 0) {
        out.push(`  text changed in the data since the record: ${d.reworded.join(', ')}`);
    }
    if (d.added.length > 0) {
        out.push(`  rows not in the record: ${d.added.join(', ')}`);
    }
    if (d.removed.length > 0) {
        out.push(`  recorded rows no longer in the data: ${d.removed.join(', ')}`);
    }
}

export function formatReport(report: Report, options: { rows?: boolean } = {}): string {
    const listRows = options.rows ?? true;
    const out: string[] = [];
    const o = report.overall;
    out.push(`Vagueness evaluation — family "${report.family}" (${report.checks.join(', ')})`);
    out.push(`input: ${report.input}`);
    out.push(tunedBanner(report));
    out.push('');
    out.push(`precision (vague) ${f3(o.precision)}   recall (vague) ${f3(o.recall)}   F1 ${f3(o.f1)}   on ${o.n} rows`);
    out.push('');
    out.push('confusion matrix        predicted vague   predicted precise');
    out.push(`  labelled vague        ${String(o.tp).padStart(15)}   ${String(o.fn).padStart(17)}`);
    out.push(`  labelled precise      ${String(o.fp).padStart(15)}   ${String(o.tn).padStart(17)}`);
    if (report.split) {
        out.push('');
        out.push(`held-out split (seed ${report.split.seed}, ${Math.round(report.split.share * 100)}% of ids set aside before tuning)`);
        out.push(`  ${scoreLine('tuning rows', report.split.tuning)}`);
        out.push(`  ${scoreLine('held-out rows', report.split.heldOut)}`);
    }
    out.push('');
    out.push('by language');
    for (const [name, s] of Object.entries(report.byLanguage)) {
        out.push(`  ${scoreLine(name, s)}`);
    }
    out.push('');
    formatFolds(out, report.bySource, report.tuned.on === 'partly');
    if (report.unmappedSources.length > 0) {
        out.push(`  note: ${report.unmappedSources.length} citation(s) map to no jurisdiction (extend SOURCE_RULES in test/eval/folds.ts): ${report.unmappedSources.join('; ')}`);
    }
    out.push('');
    out.push('by provenance (source tag)');
    for (const [name, s] of Object.entries(report.byProvenance)) {
        out.push(`  ${scoreLine(name, s)}`);
    }
    out.push('');
    out.push('by category');
    for (const [name, s] of Object.entries(report.byCategory)) {
        out.push(`  ${scoreLine(name, s)}`);
    }
    out.push('');
    out.push('conditions each check reported on');
    for (const [id, count] of Object.entries(report.byCheck)) {
        out.push(`  ${id.padEnd(28)} ${count}`);
    }
    formatChanges(out, report);
    const describe = (row: RowResult) => {
        const lines = [`  ${row.id}${row.heldOut && report.split ? ' (held-out)' : ''} [${row.language}${row.category ? `, ${row.category}` : ''}] ${row.text}`];
        for (const finding of row.findings) {
            lines.push(`      ${finding.checkId}: ${finding.message}`);
        }
        return lines.join('\n');
    };
    out.push('');
    out.push(`misses (labelled vague, no finding): ${report.misses.length}`);
    if (listRows) {
        report.misses.forEach(row => out.push(describe(row)));
    }
    out.push('');
    out.push(`false alarms (labelled precise, reported): ${report.falseAlarms.length}`);
    if (listRows) {
        report.falseAlarms.forEach(row => out.push(describe(row)));
    }
    if (report.harnessNoise.length > 0) {
        out.push('');
        out.push('warning: the wrapping order raised findings of its own (ignored for scoring):');
        report.harnessNoise.forEach(line => out.push(`  ${line}`));
    }
    if (report.skipped.length > 0) {
        out.push('');
        out.push(`skipped rows: ${report.skipped.length}`);
        report.skipped.forEach(line => out.push(`  ${line}`));
    }
    return out.join('\n');
}

/** A run over one or more files: each file's report, and with several files, all of them together. */
export interface Run {
    /** The list of files the checks were tuned on, as read. */
    tunedOnRecord: { path: string; files: string[] };
    files: Report[];
    combined?: Report;
}

function tunedCell(on: Report['tuned']['on']): string {
    return on === true ? 'yes' : on === 'partly' ? 'partly' : 'no';
}

export function formatSummary(run: Run): string {
    const reports = [...run.files, ...(run.combined ? [run.combined] : [])];
    const out = ['summary (P, R for "vague"; mean P, mean R over leave-one-source-out folds)'];
    out.push(`  ${'input'.padEnd(26)} ${'tuned on'.padEnd(8)} ${'rows'.padStart(5)}  P      R      F1     folds  mean P  mean R   changed since record`);
    for (const report of reports) {
        const name = report === run.combined ? 'all files together' : path.basename(report.input);
        const o = report.overall;
        const m = report.bySource.mean;
        const changed = report === run.combined ? '' : !report.changes ? 'no record' : report.changes.changed.length === 0 ? 'none'
            : `${report.changes.changed.filter(c => c.effect === 'fixed').length} fixed, ${report.changes.changed.filter(c => c.effect === 'broken').length} broken`;
        out.push(`  ${name.padEnd(26)} ${tunedCell(report.tuned.on).padEnd(8)} ${String(o.n).padStart(5)}  ${f3(o.precision)}  ${f3(o.recall)}  ${f3(o.f1)}  ${String(m.folds).padStart(5)}  ${opt3(m.precision)}   ${opt3(m.recall)}    ${changed}`);
    }
    out.push(`  files the checks were tuned on (${run.tunedOnRecord.path}): ${run.tunedOnRecord.files.join(', ') || '(none)'}`);
    return out.join('\n');
}

export function formatRun(run: Run): string {
    const parts = run.files.map(report => formatReport(report));
    if (run.combined) {
        parts.push(formatReport(run.combined, { rows: false }));
    }
    parts.push(formatSummary(run));
    const rule = `\n\n${'='.repeat(100)}\n\n`;
    return parts.join(rule);
}

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

export interface Options {
    inputs: string[];
    lang?: string;
    json: boolean;
    /** Held-out split for every file (true), none (false), or conditions-dev.tsv only (undefined). */
    split?: boolean;
    /** Write each file's verdicts to the records directory after the run. */
    record: boolean;
    /** Where the records are (default <repo>/test/eval/records). */
    records: string;
    /** Files marked as tuned on for this run, besides those in test/eval/tuned-on.json. */
    tunedOn: string[];
}

/** The development sets beside the repository: ../shared/data/conditions-dev.tsv and conditions-dev-2.tsv. */
export function defaultInputs(repoRoot: string): string[] {
    return ['conditions-dev.tsv', 'conditions-dev-2.tsv'].map(name => path.resolve(repoRoot, '..', 'shared', 'data', name));
}

export function parseArgs(argv: string[], repoRoot: string): Options {
    const inputs: string[] = [];
    const tunedOn: string[] = [];
    let lang: string | undefined;
    let json = false;
    let split: boolean | undefined;
    let record = false;
    let records = path.join(repoRoot, 'test', 'eval', 'records');
    const value = (i: number, option: string) => {
        const next = argv[i];
        if (next === undefined || next.startsWith('--')) {
            throw new Error(`${option} needs a value`);
        }
        return next;
    };
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json') {
            json = true;
        } else if (arg === '--lang') {
            lang = value(++i, arg);
        } else if (arg.startsWith('--lang=')) {
            lang = arg.slice('--lang='.length);
        } else if (arg === '--split') {
            split = true;
        } else if (arg === '--no-split') {
            split = false;
        } else if (arg === '--record') {
            record = true;
        } else if (arg === '--records') {
            records = path.resolve(value(++i, arg));
        } else if (arg.startsWith('--records=')) {
            records = path.resolve(arg.slice('--records='.length));
        } else if (arg === '--tuned-on') {
            tunedOn.push(value(++i, arg));
        } else if (arg.startsWith('--tuned-on=')) {
            tunedOn.push(arg.slice('--tuned-on='.length));
        } else if (arg === '--input') {
            inputs.push(value(++i, arg));
        } else if (arg === '--help' || arg === '-h') {
            throw new HelpRequested();
        } else if (arg.startsWith('--')) {
            throw new Error(`unknown option ${arg}`);
        } else {
            inputs.push(arg);
        }
    }
    return {
        inputs: inputs.length > 0 ? inputs.map(input => path.resolve(input)) : defaultInputs(repoRoot),
        lang, json, split, record, records, tunedOn
    };
}

class HelpRequested extends Error {}

const USAGE = `usage: node test/eval/run-vagueness.mjs [file.tsv …] [--lang en|fr|de] [--json] [--split|--no-split]
                                   [--record] [--records dir] [--tuned-on file]
  file.tsv     columns id, label (vague/precise), text; optional lang, category, source
               (default: ../shared/data/conditions-dev.tsv and ../shared/data/conditions-dev-2.tsv);
               several files are reported one by one, then together
  --lang       language of rows without a lang value (default en)
  --json       print the report as JSON
  --split      report the held-out rows (test/eval/holdout.ts) separately (default: conditions-dev.tsv only)
  --record     after the run, write each file's verdicts to <records>/<file-stem>.json; every run lists
               the rows whose verdict changed since that record
  --records    the records directory (default test/eval/records)
  --tuned-on   mark a file as tuned on for this run (repeatable), besides test/eval/tuned-on.json`;

/** The files listed in test/eval/tuned-on.json: file name → how the checks were tuned on it. */
export function readTunedOn(file: string): Record<string, string> {
    if (!fs.existsSync(file)) {
        return {};
    }
    const value = JSON.parse(fs.readFileSync(file, 'utf8')) as { files?: Record<string, string> };
    return value.files ?? {};
}

const today = () => new Date().toISOString().slice(0, 10);

/** A path as printed: relative to the working directory when inside it. */
function shownPath(file: string): string {
    const relative = path.relative(process.cwd(), file);
    return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

export async function main(argv: string[], repoRoot: string): Promise<number> {
    let options: Options;
    try {
        options = parseArgs(argv, repoRoot);
    } catch (error) {
        if (error instanceof HelpRequested) {
            console.log(USAGE);
            return 0;
        }
        console.error(`${(error as Error).message}\n${USAGE}`);
        return 2;
    }
    const missing = options.inputs.filter(input => !fs.existsSync(input));
    if (missing.length > 0) {
        console.error(missing.map(input => `no such file: ${input}`).join('\n'));
        return 2;
    }
    const tunedOnPath = path.join(repoRoot, 'test', 'eval', 'tuned-on.json');
    let tunedOn: Record<string, string>;
    try {
        tunedOn = readTunedOn(tunedOnPath);
    } catch (error) {
        console.error(`${tunedOnPath}: ${(error as Error).message}`);
        return 2;
    }
    const extra = new Set(options.tunedOn.map(file => path.basename(file)));
    const [devOne] = defaultInputs(repoRoot);
    const reports: Report[] = [];
    const allResults: RowResult[] = [];
    const allNoise = new Set<string>();
    const allSkipped: string[] = [];
    const toWrite: Array<{ file: string; content: string }> = [];
    for (const input of options.inputs) {
        const name = path.basename(input);
        let parsed: ReturnType<typeof parseTsv>;
        try {
            parsed = parseTsv(fs.readFileSync(input, 'utf8'), options.lang);
        } catch (error) {
            console.error(`${input}: ${(error as Error).message}`);
            return 2;
        }
        const tuned = name in tunedOn || extra.has(name);
        const note = tunedOn[name] ?? (extra.has(name) ? 'marked with --tuned-on' : undefined);
        const { results, noise } = await lintRows(parsed.rows, { tuned, file: name });
        const report = buildReport(results, {
            input, split: options.split ?? input === devOne, skipped: parsed.skipped, tuned, tunedNote: note, file: name, noise
        });
        const recordPath = path.join(options.records, `${name.replace(/\.[^.]*$/, '')}.json`);
        report.record = { path: shownPath(recordPath), exists: fs.existsSync(recordPath) };
        if (report.record.exists) {
            try {
                report.changes = diffRecord(parseRecord(fs.readFileSync(recordPath, 'utf8')), results);
            } catch (error) {
                console.error(`${recordPath}: ${(error as Error).message}`);
                return 2;
            }
        }
        if (options.record) {
            toWrite.push({ file: recordPath, content: serialiseRecord(buildRecord(name, today(), CLARITY_CHECKS, report.overall, results)) });
            report.record.written = true;
        }
        reports.push(report);
        allResults.push(...results);
        noise.forEach(line => allNoise.add(line));
        allSkipped.push(...parsed.skipped.map(line => `${name} ${line}`));
    }
    const run: Run = {
        tunedOnRecord: { path: shownPath(tunedOnPath), files: [...Object.keys(tunedOn), ...extra].filter((f, i, all) => all.indexOf(f) === i) },
        files: reports,
        ...(reports.length > 1 ? {
            combined: buildReport(allResults, { input: reports.map(r => path.basename(r.input)).join(' + '), skipped: allSkipped, noise: [...allNoise] })
        } : {})
    };
    console.log(options.json ? JSON.stringify(run, null, 2) : formatRun(run));
    for (const { file, content } of toWrite) {
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, content);
        if (!options.json) {
            console.log(`recorded: ${shownPath(file)}`);
        }
    }
    return 0;
}
