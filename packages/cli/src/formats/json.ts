import type { LintReport } from '../report.js';
import type { FormatContext, LintFormat } from './format.js';

/**
 * Version of the JSON output. It changes only when a field is removed or changes meaning; new
 * optional fields may appear within a version. Schema: docs/schema/lint-output.schema.json.
 */
export const JSON_OUTPUT_VERSION = 1;

/** The JSON document, with its keys in a fixed order. */
export function jsonOutput(report: LintReport, context: FormatContext): unknown {
    return {
        version: JSON_OUTPUT_VERSION,
        tool: { name: context.tool.name, version: context.tool.version },
        files: report.files.map(file => ({
            path: file.path,
            findings: file.findings.map(finding => ({
                checkId: finding.checkId,
                ...(finding.messageId ? { messageId: finding.messageId } : {}),
                rules: finding.rules,
                ...(finding.provisions ? { provisions: finding.provisions } : {}),
                severity: finding.severity,
                message: finding.message,
                range: finding.range,
                docsUrl: finding.docsUrl,
                ...(finding.fingerprint ? { fingerprint: finding.fingerprint } : {}),
                ...(finding.fixes ? { fixes: finding.fixes } : {})
            })),
            ...(file.suppressions ? { suppressions: file.suppressions } : {}),
            ...(file.orders ? {
                orders: file.orders.map(order => ({
                    caseReference: order.caseReference,
                    range: order.range,
                    burden: {
                        total: order.burden.total,
                        ceiling: order.burden.ceiling,
                        seriousness: order.burden.seriousness,
                        breakdown: order.burden.breakdown.map(item => ({ kind: item.kind, points: item.points, basis: item.basis }))
                    }
                }))
            } : {})
        })),
        summary: report.summary
    };
}

export const json: LintFormat = {
    name: 'json',
    description: 'one JSON document (docs/schema/lint-output.schema.json), for tools',
    format(report, context) {
        return JSON.stringify(jsonOutput(report, context), null, 2) + '\n';
    }
};
