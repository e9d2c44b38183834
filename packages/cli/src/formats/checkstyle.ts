import type { ReportFinding } from '../report.js';
import type { LintFormat } from './format.js';
import { xml, XML_DECLARATION } from './xml.js';

const SEVERITY: Record<ReportFinding['severity'], string> = { error: 'error', warning: 'warning', info: 'info', hint: 'info' };

/**
 * Checkstyle XML (Jenkins warnings-ng and other report readers): a `<file>` per file linted, by
 * absolute path as ESLint writes it, an `<error>` per finding with `source` `sanction.<check-id>`.
 */
export const checkstyle: LintFormat = {
    name: 'checkstyle',
    description: 'Checkstyle XML, for Jenkins and report readers',
    format(report) {
        const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
        for (const file of report.files) {
            if (file.findings.length === 0) {
                lines.push(`  <file name="${xml(file.absolutePath)}"/>`);
                continue;
            }
            lines.push(`  <file name="${xml(file.absolutePath)}">`);
            for (const finding of file.findings) {
                const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
                lines.push(`    <error line="${finding.range.start.line}" column="${finding.range.start.column}" severity="${SEVERITY[finding.severity]}" message="${xml(message)}" source="${xml(`sanction.${finding.checkId}`)}"/>`);
            }
            lines.push('  </file>');
        }
        lines.push('</checkstyle>');
        return lines.join('\n') + '\n';
    }
};
