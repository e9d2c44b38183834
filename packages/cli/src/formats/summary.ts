import type { Severity } from '@sanction-orders/language';
import { styles, type Styles } from '../colors.js';
import type { ReportSummary } from '../report.js';

export function severityStyle(s: Styles, severity: Severity): (text: string) => string {
    switch (severity) {
        case 'error': return s.red;
        case 'warning': return s.yellow;
        case 'info': return s.blue;
        case 'hint': return s.dim;
    }
}

function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
    return `${count} ${count === 1 ? singular : pluralForm}`;
}

/** "3 problems (1 error, 2 warnings, 0 infos) in 2 of 9 files", or "No problems in 9 files." */
export function summaryLine(summary: ReportSummary, s: Styles = styles(false)): string {
    const files = plural(summary.files, 'file');
    if (summary.problems === 0) {
        return s.green(`No problems in ${files}.`);
    }
    const counts = [plural(summary.errors, 'error'), plural(summary.warnings, 'warning'), plural(summary.infos, 'info')];
    if (summary.hints > 0) {
        counts.push(plural(summary.hints, 'hint'));
    }
    const line = `${plural(summary.problems, 'problem')} (${counts.join(', ')}) in ${summary.filesWithProblems} of ${files}`;
    return s.bold(summary.errors > 0 ? s.red(line) : summary.warnings > 0 ? s.yellow(line) : line);
}
