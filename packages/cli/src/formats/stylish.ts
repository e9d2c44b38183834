import { styles } from '../colors.js';
import { severityStyle, summaryLine } from './summary.js';
import { suppressionLines } from './suppressions.js';
import type { LintFormat } from './format.js';

export { summaryLine } from './summary.js';

/**
 * ESLint's grouped layout: for each file with findings, its path, then one indented line per finding
 * (`line:col  severity  message  check-id`, columns aligned within the file), a blank line; then the
 * summary. Only the summary when there is nothing to report.
 */
export const stylish: LintFormat = {
    name: 'stylish',
    description: 'grouped by file, as ESLint\'s stylish, for people',
    format(report, context) {
        const s = styles(context.color);
        const out: string[] = [];
        for (const file of report.files) {
            if (file.findings.length === 0) {
                continue;
            }
            const rows = file.findings.map(finding => ({
                where: `${finding.range.start.line}:${finding.range.start.column}`,
                severity: finding.severity,
                message: finding.message.replace(/\s*\r?\n\s*/g, ' '),
                id: finding.checkId
            }));
            const whereWidth = Math.max(...rows.map(row => row.where.length));
            const severityWidth = Math.max(...rows.map(row => row.severity.length));
            out.push(s.underline(file.path));
            for (const row of rows) {
                const severity = severityStyle(s, row.severity)(row.severity) + ' '.repeat(severityWidth - row.severity.length);
                out.push(`  ${s.dim(row.where.padEnd(whereWidth))}  ${severity}  ${row.message}  ${s.dim(row.id)}`);
            }
            out.push('');
        }
        out.push(summaryLine(report.summary, s), ...suppressionLines(report, s));
        return out.join('\n') + '\n';
    }
};
