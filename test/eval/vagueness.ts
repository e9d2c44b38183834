/**
 * Evaluation of the vague-condition checks (family A, "clarity") on labelled conditions.
 *
 * Reads a TSV with a header row and at least the columns `id`, `label` (vague / precise) and
 * `text` (optional `lang` and `category`; other columns are ignored). Each text is wrapped as a free-
 * text condition in an order that raises no finding of its own, linted by the real checks through
 * `lintText`, and predicted vague when any check of the clarity family reports on the condition.
 *
 *   node test/eval/run-vagueness.mjs [file.tsv] [--lang fr] [--json] [--split | --no-split]
 *
 * Default input: <repo>/../shared/data/conditions-dev.tsv. `--lang` is the language of rows with no
 * `lang` column or value (default en). `--split` reports the held-out rows of holdout.ts separately
 * (on by default for the default input). `--json` prints the same report as JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { EmptyFileSystem } from 'langium';
import { lintText } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { normaliseLanguage } from '../../language/src/validation/text/language.js';
import { HOLDOUT_SEED, HOLDOUT_SHARE, holdoutIds } from './holdout.js';

export interface Row {
    id: string;
    label: 'vague' | 'precise';
    text: string;
    lang?: string;
    category?: string;
}

export interface RowResult extends Row {
    language: string;
    predicted: 'vague' | 'precise';
    /** Findings of the clarity family on the condition: check id and message. */
    findings: Array<{ checkId: string; message: string }>;
    heldOut: boolean;
}

export interface Scores {
    n: number;
    tp: number;
    fp: number;
    fn: number;
    tn: number;
    precision: number;
    recall: number;
    f1: number;
    accuracy: number;
}

export interface Report {
    input: string;
    family: string;
    checks: string[];
    overall: Scores;
    split?: { seed: number; share: number; tuning: Scores; heldOut: Scores };
    byCategory: Record<string, Scores>;
    byLanguage: Record<string, Scores>;
    byCheck: Record<string, number>;
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
        rows.push({ id, label, text, lang: get('lang') || defaultLang || undefined, category: get('category') || undefined });
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

export function score(results: ReadonlyArray<Pick<RowResult, 'label' | 'predicted'>>): Scores {
    let tp = 0, fp = 0, fn = 0, tn = 0;
    for (const { label, predicted } of results) {
        if (predicted === 'vague') {
            label === 'vague' ? tp++ : fp++;
        } else {
            label === 'vague' ? fn++ : tn++;
        }
    }
    const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
    const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
    const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
    const n = results.length;
    return { n, tp, fp, fn, tn, precision, recall, f1, accuracy: n === 0 ? 0 : (tp + tn) / n };
}

function groupScores(results: RowResult[], key: (row: RowResult) => string): Record<string, Scores> {
    const groups = new Map<string, RowResult[]>();
    for (const row of results) {
        const k = key(row);
        groups.set(k, [...(groups.get(k) ?? []), row]);
    }
    return Object.fromEntries([...groups.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, rows]) => [k, score(rows)]));
}

export async function evaluate(rows: Row[], options: { input?: string; split?: boolean; skipped?: string[] } = {}): Promise<Report> {
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
            heldOut: heldOutIds.has(row.id)
        });
    }
    const byCheck: Record<string, number> = Object.fromEntries(CLARITY_CHECKS.map(id => [id, 0]));
    for (const result of results) {
        for (const id of new Set(result.findings.map(f => f.checkId))) {
            byCheck[id] = (byCheck[id] ?? 0) + 1;
        }
    }
    return {
        input: options.input ?? '(rows)',
        family: FAMILY,
        checks: CLARITY_CHECKS,
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
        byCheck,
        misses: results.filter(r => r.label === 'vague' && r.predicted === 'precise'),
        falseAlarms: results.filter(r => r.label === 'precise' && r.predicted === 'vague'),
        harnessNoise: [...noise],
        skipped: options.skipped ?? []
    };
}

// ---------------------------------------------------------------------------------------------
// Printing
// ---------------------------------------------------------------------------------------------

const f3 = (x: number) => x.toFixed(3);

function scoreLine(name: string, s: Scores): string {
    return `${name.padEnd(24)} n=${String(s.n).padStart(4)}  P ${f3(s.precision)}  R ${f3(s.recall)}  F1 ${f3(s.f1)}  acc ${f3(s.accuracy)}  (tp ${s.tp} fp ${s.fp} fn ${s.fn} tn ${s.tn})`;
}

export function formatReport(report: Report): string {
    const out: string[] = [];
    const o = report.overall;
    out.push(`Vagueness evaluation — family "${report.family}" (${report.checks.join(', ')})`);
    out.push(`input: ${report.input}`);
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
    out.push('by category');
    for (const [name, s] of Object.entries(report.byCategory)) {
        out.push(`  ${scoreLine(name, s)}`);
    }
    out.push('');
    out.push('by language');
    for (const [name, s] of Object.entries(report.byLanguage)) {
        out.push(`  ${scoreLine(name, s)}`);
    }
    out.push('');
    out.push('conditions each check reported on');
    for (const [id, count] of Object.entries(report.byCheck)) {
        out.push(`  ${id.padEnd(28)} ${count}`);
    }
    const describe = (row: RowResult) => {
        const lines = [`  ${row.id}${row.heldOut && report.split ? ' (held-out)' : ''} [${row.language}${row.category ? `, ${row.category}` : ''}] ${row.text}`];
        for (const finding of row.findings) {
            lines.push(`      ${finding.checkId}: ${finding.message}`);
        }
        return lines.join('\n');
    };
    out.push('');
    out.push(`misses (labelled vague, no finding): ${report.misses.length}`);
    report.misses.forEach(row => out.push(describe(row)));
    out.push('');
    out.push(`false alarms (labelled precise, reported): ${report.falseAlarms.length}`);
    report.falseAlarms.forEach(row => out.push(describe(row)));
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

// ---------------------------------------------------------------------------------------------
// Command line
// ---------------------------------------------------------------------------------------------

export interface Options {
    input: string;
    lang?: string;
    json: boolean;
    split: boolean;
}

export function parseArgs(argv: string[], repoRoot: string): Options {
    const defaultInput = path.resolve(repoRoot, '..', 'shared', 'data', 'conditions-dev.tsv');
    let input: string | undefined;
    let lang: string | undefined;
    let json = false;
    let split: boolean | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--json') {
            json = true;
        } else if (arg === '--lang') {
            lang = argv[++i];
        } else if (arg.startsWith('--lang=')) {
            lang = arg.slice('--lang='.length);
        } else if (arg === '--split') {
            split = true;
        } else if (arg === '--no-split') {
            split = false;
        } else if (arg === '--input') {
            input = argv[++i];
        } else if (arg === '--help' || arg === '-h') {
            throw new HelpRequested();
        } else if (arg.startsWith('--')) {
            throw new Error(`unknown option ${arg}`);
        } else {
            input = arg;
        }
    }
    const resolved = input ? path.resolve(input) : defaultInput;
    return { input: resolved, lang, json, split: split ?? resolved === defaultInput };
}

class HelpRequested extends Error {}

const USAGE = `usage: node test/eval/run-vagueness.mjs [file.tsv] [--lang en|fr|de] [--json] [--split|--no-split]
  file.tsv   columns id, label (vague/precise), text; optional lang, category (default: ../shared/data/conditions-dev.tsv)
  --lang     language of rows without a lang value (default en)
  --json     print the report as JSON
  --split    report the held-out rows (test/eval/holdout.ts) separately (default for the default input)`;

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
    if (!fs.existsSync(options.input)) {
        console.error(`no such file: ${options.input}`);
        return 2;
    }
    let parsed: ReturnType<typeof parseTsv>;
    try {
        parsed = parseTsv(fs.readFileSync(options.input, 'utf8'), options.lang);
    } catch (error) {
        console.error(`${options.input}: ${(error as Error).message}`);
        return 2;
    }
    const report = await evaluate(parsed.rows, { input: options.input, split: options.split, skipped: parsed.skipped });
    console.log(options.json ? JSON.stringify(report, null, 2) : formatReport(report));
    return 0;
}
