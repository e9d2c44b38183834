/**
 * The output formats in-process: what a child process cannot easily show (colour on a terminal)
 * and the wording of summaries.
 */
import { describe, expect, it } from 'vitest';
import { useColor } from '../../packages/cli/src/colors.js';
import { stylish, summaryLine } from '../../packages/cli/src/formats/stylish.js';
import type { LintReport, ReportSummary } from '../../packages/cli/src/report.js';
import { buildReport } from '../../packages/cli/src/report.js';

const tool = { name: 'sanction', version: '0.0.0' };

function summary(counts: Partial<ReportSummary>): ReportSummary {
    const base = { files: 1, filesWithProblems: 0, errors: 0, warnings: 0, infos: 0, hints: 0, ...counts };
    return { ...base, problems: base.errors + base.warnings + base.infos + base.hints };
}

const report: LintReport = buildReport([{
    absolutePath: '/orders/a.sanction',
    findings: [
        { checkId: 'vague-term', rules: [15, 30], severity: 'warning', message: 'Vague\n  wording (Rules 15 and 30)', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } } },
        { checkId: 'missing-duration', rules: [21, 23], severity: 'error', message: 'No duration (Rules 21 and 23)', range: { start: { line: 0, character: 6 }, end: { line: 0, character: 12 } } }
    ]
}], '/orders');

describe('stylish', () => {
    it('puts findings in order, one line each, with 1-based positions', () => {
        expect(stylish.format(report, { color: false, tool })).toBe([
            'a.sanction:1:7  error  No duration (Rules 21 and 23)  [missing-duration]',
            'a.sanction:3:5  warning  Vague wording (Rules 15 and 30)  [vague-term]',
            '',
            '2 problems (1 error, 1 warning, 0 infos) in 1 of 1 file',
            ''
        ].join('\n'));
    });

    it('colours severities and the summary only when asked', () => {
        const coloured = stylish.format(report, { color: true, tool });
        expect(coloured).toContain('\u001b[31merror\u001b[39m');
        expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
        expect(coloured).toContain('\u001b[2m[vague-term]\u001b[22m');
        expect(stylish.format(report, { color: false, tool })).not.toContain('\u001b[');
    });

    it('uses colour on a terminal unless NO_COLOR is set', () => {
        expect(useColor(true, {})).toBe(true);
        expect(useColor(false, {})).toBe(false);
        expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
        expect(useColor(true, { NO_COLOR: '' })).toBe(true);
    });

    it.each([
        [summary({ files: 9 }), 'No problems in 9 files.'],
        [summary({ files: 1 }), 'No problems in 1 file.'],
        [summary({ files: 9, filesWithProblems: 2, errors: 1, warnings: 2 }), '3 problems (1 error, 2 warnings, 0 infos) in 2 of 9 files'],
        [summary({ files: 2, filesWithProblems: 1, infos: 1 }), '1 problem (0 errors, 0 warnings, 1 info) in 1 of 2 files'],
        [summary({ files: 2, filesWithProblems: 1, warnings: 1, hints: 2 }), '3 problems (0 errors, 1 warning, 0 infos, 2 hints) in 1 of 2 files']
    ])('summary %#', (counts, line) => {
        expect(summaryLine(counts)).toBe(line);
    });
});

describe('json', () => {
    it('writes findings with 1-based ranges, fixes included, and keys in a fixed order', async () => {
        const { json } = await import('../../packages/cli/src/formats/json.js');
        const fixed = buildReport([{
            absolutePath: '/work/orders/b.sanction',
            findings: [{
                checkId: 'missing-duration',
                rules: [21, 23],
                provisions: ['Scope and purpose'],
                severity: 'error',
                message: 'No duration (Rules 21 and 23)',
                range: { start: { line: 3, character: 6 }, end: { line: 3, character: 21 } },
                docsUrl: 'https://example.org/docs/checks/missing-duration.md',
                fixes: [{ title: 'Add a duration', preferred: true, edits: [{ range: { start: { line: 3, character: 22 }, end: { line: 3, character: 22 } }, newText: '\nin force for 12 months.' }] }]
            }]
        }], '/work');
        const text = json.format(fixed, { color: true, tool });
        expect(text).not.toContain('\u001b[');
        expect(text.endsWith('}\n')).toBe(true);
        const output = JSON.parse(text);
        expect(Object.keys(output)).toEqual(['version', 'tool', 'files', 'summary']);
        expect(Object.keys(output.files[0].findings[0])).toEqual(['checkId', 'rules', 'provisions', 'severity', 'message', 'range', 'docsUrl', 'fixes']);
        expect(output.files[0]).toEqual({
            path: 'orders/b.sanction',
            findings: [{
                checkId: 'missing-duration',
                rules: [21, 23],
                provisions: ['Scope and purpose'],
                severity: 'error',
                message: 'No duration (Rules 21 and 23)',
                range: { start: { line: 4, column: 7 }, end: { line: 4, column: 22 } },
                docsUrl: 'https://example.org/docs/checks/missing-duration.md',
                fixes: [{ title: 'Add a duration', preferred: true, edits: [{ range: { start: { line: 4, column: 23 }, end: { line: 4, column: 23 } }, newText: '\nin force for 12 months.' }] }]
            }]
        });
    });
});
