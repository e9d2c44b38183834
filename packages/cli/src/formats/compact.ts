import { styles } from '../colors.js';
import { severityStyle, summaryLine } from './summary.js';
import { suppressionLines } from './suppressions.js';
import type { LintFormat } from './format.js';

/**
 * One line per finding, `path:line:col  severity  message  [check-id]`, then a blank line and a
 * summary; only the summary when there is nothing to report. The default format.
 */
export const compact: LintFormat = {
    name: 'compact',
    description: 'one line per finding, path:line:col first, and a summary (default)',
    format(report, context) {
        const s = styles(context.color);
        const lines: string[] = [];
        for (const file of report.files) {
            for (const finding of file.findings) {
                const where = `${file.path}:${finding.range.start.line}:${finding.range.start.column}`;
                const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
                lines.push(`${where}  ${severityStyle(s, finding.severity)(finding.severity)}  ${message}  ${s.dim(`[${finding.checkId}]`)}`);
            }
        }
        if (lines.length > 0) {
            lines.push('');
        }
        lines.push(summaryLine(report.summary, s), ...suppressionLines(report, s));
        return lines.join('\n') + '\n';
    }
};
