import type { LintReport, ReportFinding } from '../report.js';
import type { LintFormat } from './format.js';

/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per finding, which
 * the Actions runner turns into annotations on the pull request's files.
 */
const COMMAND: Record<ReportFinding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Workflow-command escaping: properties and messages may not hold raw %, CR, LF (nor , or : in properties). */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubLines(report: LintReport): string[] {
    return report.files.flatMap(file => file.findings.map(finding => {
        const properties = [
            `file=${escapeProperty(file.path.split('\\').join('/'))}`,
            `line=${finding.range.start.line}`,
            `col=${finding.range.start.column}`,
            `endLine=${finding.range.end.line}`,
            `endColumn=${finding.range.end.column}`,
            `title=${escapeProperty(`sanction ${finding.checkId}`)}`
        ].join(',');
        return `::${COMMAND[finding.severity]} ${properties}::${escapeData(finding.message)}`;
    }));
}

export const github: LintFormat = {
    name: 'github',
    description: 'GitHub Actions annotations (::error file=…::message)',
    format(report) {
        const lines = githubLines(report);
        return lines.length ? lines.join('\n') + '\n' : '';
    }
};
