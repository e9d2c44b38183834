import { pathUnderRoot } from '../paths.js';
import type { LintReport, ReportFinding } from '../report.js';
import type { FormatContext, LintFormat } from './format.js';

/**
 * GitHub Actions workflow commands: one `::error` / `::warning` / `::notice` line per finding, which
 * the Actions runner turns into annotations on the pull request's files. Paths are relative to the
 * repository root (what the runner resolves them against), wherever the command runs.
 */
const COMMAND: Record<ReportFinding['severity'], string> = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };

/** Workflow-command escaping: properties and messages may not hold raw %, CR, LF (nor , or : in properties). */
function escapeData(text: string): string {
    return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
    return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function githubLines(report: LintReport, context: Pick<FormatContext, 'root'>): string[] {
    return report.files.flatMap(file => file.findings.map(finding => {
        const where = pathUnderRoot(file.absolutePath, context.root) ?? file.absolutePath.split('\\').join('/');
        const properties = [
            `file=${escapeProperty(where)}`,
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
    format(report, context) {
        const lines = githubLines(report, context);
        return lines.length ? lines.join('\n') + '\n' : '';
    }
};
