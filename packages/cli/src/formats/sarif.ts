import { ALL_CHECKS, checkDocsUrl, FAMILY_TITLES } from '@sanction-orders/language';
import type { LintReport, ReportFinding } from '../report.js';
import type { FormatContext, LintFormat } from './format.js';

/**
 * SARIF 2.1.0, the format code-scanning services read (GitHub code scanning among them). Every
 * check is a rule of the tool, with its docs link and the Rules of CM/Rec(2017)3 it cites as
 * properties; every finding is a result pointing at its file and range (1-based, as in SARIF).
 */
const LEVEL: Record<ReportFinding['severity'], 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note', hint: 'note' };

export function sarifOutput(report: LintReport, context: FormatContext): unknown {
    const rules = [
        ...ALL_CHECKS.map(check => ({
            id: check.id,
            name: check.title,
            shortDescription: { text: check.summary },
            helpUri: checkDocsUrl(check.id),
            defaultConfiguration: { level: LEVEL[check.severity] },
            properties: { rules: [...check.rules], family: FAMILY_TITLES[check.family], ...(check.kind ? { kind: check.kind } : {}), ...(check.provisions ? { provisions: [...check.provisions] } : {}) }
        }))
    ];
    const index = new Map(rules.map((rule, i) => [rule.id, i]));
    const results = report.files.flatMap(file => file.findings.map(finding => ({
        ruleId: finding.checkId,
        ...(index.has(finding.checkId) ? { ruleIndex: index.get(finding.checkId) } : {}),
        level: LEVEL[finding.severity],
        message: { text: finding.message },
        locations: [{
            physicalLocation: {
                artifactLocation: { uri: file.path.split('\\').join('/'), uriBaseId: '%SRCROOT%' },
                region: {
                    startLine: finding.range.start.line,
                    startColumn: finding.range.start.column,
                    endLine: finding.range.end.line,
                    endColumn: finding.range.end.column
                }
            }
        }],
        properties: { rules: finding.rules, ...(finding.provisions ? { provisions: finding.provisions } : {}) }
    })));
    return {
        $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
        version: '2.1.0',
        runs: [{
            tool: {
                driver: {
                    name: context.tool.name,
                    version: context.tool.version,
                    informationUri: 'https://github.com/sanction-orders/sanction-orders',
                    rules
                }
            },
            results
        }]
    };
}

export const sarif: LintFormat = {
    name: 'sarif',
    description: 'SARIF 2.1.0, for code-scanning services',
    format(report, context) {
        return JSON.stringify(sarifOutput(report, context), null, 2) + '\n';
    }
};
