import { createHash } from 'node:crypto';
import type { LangiumDocument } from 'langium';
import type { Finding, Fix, SanctionConfig, Severity } from '@sanction-orders/language';
import { orderBurdens, type OrderBurden } from '@sanction-orders/language/model/burden.js';
import { comparePaths, displayPath } from './paths.js';
import { lineStarts } from './positions.js';

/**
 * The result of a lint run, in the shape every output format starts from. Positions are 1-based
 * (what editors and terminals show); `end` is exclusive, the column just after the last character.
 * Columns count UTF-16 code units, as LSP does.
 */
export interface ReportPosition {
    line: number;
    column: number;
}

export interface ReportRange {
    start: ReportPosition;
    end: ReportPosition;
}

export interface ReportFix {
    title: string;
    preferred?: boolean;
    edits: Array<{ range: ReportRange; newText: string }>;
}

export interface ReportFinding {
    checkId: string;
    /** Which of the check's messages (`sanction checks --format json` lists them); absent for syntax and reference errors. */
    messageId?: string;
    rules: number[];
    provisions?: string[];
    severity: Severity;
    message: string;
    range: ReportRange;
    /** The check's documentation page; null only where a finding has none. */
    docsUrl: string | null;
    fixes?: ReportFix[];
    /**
     * Stable across line moves and edits elsewhere in the file: a hash of the check id, message id,
     * the text the finding covers (whitespace collapsed) and which occurrence of that triple in the
     * file it is. Absent when the shell did not give the file's text.
     */
    fingerprint?: string;
}

/** One line of an order's control burden (language/src/model/burden.ts, docs/proportionality.md). */
export interface ReportBurdenItem {
    kind: string;
    points: number;
    basis: string;
}

/**
 * An order of a file with its control burden, so that a court can compare orders and templates:
 * the total, the ceiling for the stated seriousness (the configuration's, else the model's) and how
 * each item was counted. `ceiling` and `seriousness` are null when no offence states a seriousness.
 */
export interface ReportOrder {
    caseReference: string;
    /** The whole order, from `order` to the end of its last clause. */
    range: ReportRange;
    burden: {
        total: number;
        ceiling: number | null;
        seriousness: string | null;
        breakdown: ReportBurdenItem[];
    };
}

/** A `// sanction-ignore <ids> -- <reason>` comment (`--report-suppressions`). */
export interface ReportSuppression {
    /** 1-based line of the comment. */
    line: number;
    checkIds: string[];
    /** The reason given; empty when there is none (the comment then silences nothing). */
    reason: string;
    /** 1-based line of the sentence it applies to; null at the end of the file. */
    appliesTo: number | null;
}

export interface ReportFile {
    /** Relative to the working directory, `/`-separated. */
    path: string;
    /** For formats that need it (SARIF artifact URIs); not part of the JSON output. */
    absolutePath: string;
    findings: ReportFinding[];
    /** The file's orders and their control burden; absent when the shell did not give them. */
    orders?: ReportOrder[];
    /** The file's suppression comments, with `--report-suppressions`. */
    suppressions?: ReportSuppression[];
}

export interface ReportSummary {
    /** Files linted. */
    files: number;
    /** Files with at least one finding shown. */
    filesWithProblems: number;
    /** Findings shown, of every severity. */
    problems: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
}

export interface LintReport {
    files: ReportFile[];
    summary: ReportSummary;
}

export interface LintedFile {
    absolutePath: string;
    findings: readonly Finding[];
    /** The text that was linted, for fingerprints. */
    text?: string;
    /** The orders of the file with their control burden (`ordersOf`). */
    orders?: readonly OrderBurden[];
}

/**
 * The control burden of each order of a linted document, with the ceilings of the document's
 * configuration (`ceilings` in sanction.config.json over the model's defaults).
 */
export function ordersOf(document: LangiumDocument, config?: Pick<SanctionConfig, 'ceilings'>): OrderBurden[] {
    return orderBurdens(document.parseResult.value, config);
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2, hint: 3 };

export function buildReport(linted: readonly LintedFile[], cwd: string, options: { quiet?: boolean } = {}): LintReport {
    const files = linted
        .map(file => ({
            path: displayPath(file.absolutePath, cwd),
            absolutePath: file.absolutePath,
            findings: withFingerprints(file.findings.map(toReportFinding).sort(compareFindings), file.text)
                .filter(finding => !options.quiet || finding.severity === 'error'),
            ...(file.orders ? { orders: file.orders.map(toReportOrder) } : {})
        }))
        .sort((a, b) => comparePaths(a.path, b.path));
    return { files, summary: summarize(files) };
}

export function countSeverities(findings: Iterable<{ severity: Severity }>): Record<Severity, number> {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0, hint: 0 };
    for (const finding of findings) {
        counts[finding.severity]++;
    }
    return counts;
}

/** The report with only the findings `keep` keeps, and its summary counted again. */
export function filterReport(report: LintReport, keep: (finding: ReportFinding, file: ReportFile) => boolean): LintReport {
    const files = report.files.map(file => ({ ...file, findings: file.findings.filter(finding => keep(finding, file)) }));
    return { files, summary: summarize(files) };
}

function summarize(files: readonly ReportFile[]): ReportSummary {
    const counts = countSeverities(files.flatMap(file => file.findings));
    return {
        files: files.length,
        filesWithProblems: files.filter(file => file.findings.length > 0).length,
        problems: counts.error + counts.warning + counts.info + counts.hint,
        errors: counts.error,
        warnings: counts.warning,
        infos: counts.info,
        hints: counts.hint
    };
}

function toReportFinding(finding: Finding): ReportFinding {
    return {
        checkId: finding.checkId,
        ...(finding.messageId ? { messageId: finding.messageId } : {}),
        rules: [...finding.rules],
        ...(finding.provisions?.length ? { provisions: [...finding.provisions] } : {}),
        severity: finding.severity,
        message: finding.message,
        range: toReportRange(finding.range),
        docsUrl: finding.docsUrl ?? null,
        ...(finding.fixes?.length ? { fixes: finding.fixes.map(toReportFix) } : {})
    };
}

function toReportOrder(order: OrderBurden): ReportOrder {
    return {
        caseReference: order.caseReference,
        range: toReportRange(order.range),
        burden: {
            total: order.burden.total,
            ceiling: order.burden.ceiling,
            seriousness: order.burden.seriousness,
            breakdown: order.burden.breakdown.map(item => ({ kind: item.kind, points: item.points, basis: item.basis }))
        }
    };
}

function toReportFix(fix: Fix): ReportFix {
    return {
        title: fix.title,
        ...(fix.preferred !== undefined ? { preferred: fix.preferred } : {}),
        edits: fix.edits.map(edit => ({ range: toReportRange(edit.range), newText: edit.newText }))
    };
}

export function toReportRange(range: Finding['range']): ReportRange {
    return {
        start: { line: range.start.line + 1, column: range.start.character + 1 },
        end: { line: range.end.line + 1, column: range.end.character + 1 }
    };
}

function compareFindings(a: ReportFinding, b: ReportFinding): number {
    return a.range.start.line - b.range.start.line
        || a.range.start.column - b.range.start.column
        || SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]
        || comparePaths(a.checkId, b.checkId)
        || comparePaths(a.message, b.message);
}

/** The text a 1-based, end-exclusive range covers. */
export function coveredText(text: string, range: ReportRange, starts = lineStarts(text)): string {
    const offset = (position: ReportPosition) =>
        Math.min(text.length, (starts[position.line - 1] ?? text.length) + position.column - 1);
    return text.slice(offset(range.start), offset(range.end));
}

/** Sets each finding's fingerprint (findings in position order, so occurrence indexes are stable). */
function withFingerprints(findings: ReportFinding[], text: string | undefined): ReportFinding[] {
    if (text === undefined) {
        return findings;
    }
    const starts = lineStarts(text);
    const seen = new Map<string, number>();
    return findings.map(finding => {
        const covered = coveredText(text, finding.range, starts).replace(/\s+/g, ' ').trim();
        const key = [finding.checkId, finding.messageId ?? '', covered].join('\u0000');
        const occurrence = seen.get(key) ?? 0;
        seen.set(key, occurrence + 1);
        const fingerprint = createHash('sha256').update(`${key}\u0000${occurrence}`).digest('hex').slice(0, 32);
        return { ...finding, fingerprint };
    });
}
