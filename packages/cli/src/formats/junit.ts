import type { LintFormat } from './format.js';
import { xml, XML_DECLARATION } from './xml.js';

/**
 * JUnit XML, for CI test reports (GitLab, Jenkins, Azure DevOps): one test case per file linted,
 * which passes when the file has no findings and has one `<failure>` per finding otherwise.
 */
export const junit: LintFormat = {
    name: 'junit',
    description: 'JUnit XML: a test case per file, a failure per finding',
    format(report) {
        const failures = report.summary.problems;
        const lines = [
            XML_DECLARATION,
            `<testsuites name="sanction" tests="${report.files.length}" failures="${failures}" errors="0" time="0">`,
            `  <testsuite name="sanction lint" tests="${report.files.length}" failures="${failures}" errors="0" skipped="0" time="0">`
        ];
        for (const file of report.files) {
            const name = xml(file.path);
            if (file.findings.length === 0) {
                lines.push(`    <testcase classname="sanction" name="${name}" file="${name}" time="0"/>`);
                continue;
            }
            lines.push(`    <testcase classname="sanction" name="${name}" file="${name}" time="0">`);
            for (const finding of file.findings) {
                const where = `${file.path}:${finding.range.start.line}:${finding.range.start.column}`;
                const message = finding.message.replace(/\s*\r?\n\s*/g, ' ');
                lines.push(`      <failure type="${xml(finding.checkId)}" message="${xml(message)}">${xml(`${where}  ${finding.severity}  ${message}  [${finding.checkId}]`)}</failure>`);
            }
            lines.push('    </testcase>');
        }
        lines.push('  </testsuite>', '</testsuites>');
        return lines.join('\n') + '\n';
    },
    failure(context) {
        const message = context.notifications.map(n => n.message).join('; ') || 'the lint did not run to the end';
        return [
            XML_DECLARATION,
            '<testsuites name="sanction" tests="1" failures="0" errors="1" time="0">',
            '  <testsuite name="sanction lint" tests="1" failures="0" errors="1" skipped="0" time="0">',
            `    <testcase classname="sanction" name="sanction lint" time="0"><error message="${xml(message)}"/></testcase>`,
            '  </testsuite>',
            '</testsuites>'
        ].join('\n') + '\n';
    }
};
