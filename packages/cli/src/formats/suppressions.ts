import type { Styles } from '../colors.js';
import type { LintReport } from '../report.js';

/**
 * `--report-suppressions` in the text formats: every `// sanction-ignore` comment with its reason,
 * `path:line  check-ids  -- reason` (a court's record of where it departs from what a check asks).
 */
export function suppressionLines(report: LintReport, s: Styles): string[] {
    const files = report.files.filter(file => file.suppressions !== undefined);
    if (files.length === 0) {
        return [];
    }
    const rows = files.flatMap(file => file.suppressions!.map(suppression =>
        `${file.path}:${suppression.line}  ${suppression.checkIds.join(', ') || '(no check)'}  ${suppression.reason ? `-- ${suppression.reason}` : s.red('(no reason: silences nothing)')}`));
    const count = rows.length;
    return ['', s.bold(`${count} ${count === 1 ? 'suppression' : 'suppressions'}${count ? ':' : '.'}`), ...rows];
}
