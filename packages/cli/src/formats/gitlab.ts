import { createHash } from 'node:crypto';
import { pathUnderRoot } from '../paths.js';
import type { LintReport, ReportFinding } from '../report.js';
import type { FormatContext, LintFormat } from './format.js';

/** GitLab's Code Quality severities. */
const SEVERITY: Record<ReportFinding['severity'], string> = { error: 'major', warning: 'minor', info: 'info', hint: 'info' };

/**
 * GitLab Code Quality report (a subset of the Code Climate format): a JSON array with one issue per
 * finding, its path relative to the repository root, its first line, and a fingerprint unique in the
 * report and stable across line moves (the finding's fingerprint with the path).
 */
export function gitlabIssues(report: LintReport, context: Pick<FormatContext, 'root'>): unknown[] {
    return report.files.flatMap(file => {
        const where = pathUnderRoot(file.absolutePath, context.root) ?? file.absolutePath.split('\\').join('/');
        return file.findings.map(finding => ({
            type: 'issue',
            check_name: finding.checkId,
            description: finding.message.replace(/\s*\r?\n\s*/g, ' '),
            categories: ['Style'],
            fingerprint: createHash('md5')
                .update([where, finding.fingerprint ?? `${finding.checkId}\u0000${finding.range.start.line}\u0000${finding.range.start.column}\u0000${finding.message}`].join('\u0000'))
                .digest('hex'),
            severity: SEVERITY[finding.severity],
            location: {
                path: where,
                lines: { begin: finding.range.start.line, end: finding.range.end.line }
            }
        }));
    });
}

export const gitlab: LintFormat = {
    name: 'gitlab',
    description: 'GitLab Code Quality report (JSON)',
    format(report, context) {
        return JSON.stringify(gitlabIssues(report, context), null, 2) + '\n';
    }
};
