import type { LangiumDocument } from 'langium';
import type { Finding, Fix, SanctionConfig, Severity } from '@sanction-orders/language';
import { orderBurdens, type OrderBurden } from '@sanction-orders/language/model/burden.js';
import { comparePaths, displayPath } from './paths.js';

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

export interface ReportFile {
    /** Relative to the working directory, `/`-separated. */
    path: string;
    /** For formats that need it (SARIF artifact URIs); not part of the JSON output. */
    absolutePath: string;
    findings: ReportFinding[];
    /** The file's orders and their control burden; absent when the shell did not give them. */
    orders?: ReportOrder[];
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
            findings: file.findings
                .filter(finding => !options.quiet || finding.severity === 'error')
                .map(toReportFinding)
                .sort(compareFindings),
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
