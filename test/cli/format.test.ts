/**
 * The output formats in-process: what a child process cannot easily show (colour on a terminal)
 * and the wording of summaries.
 */
import { describe, expect, it } from 'vitest';
import { useColor } from '../../packages/cli/src/colors.js';
import { checkstyle } from '../../packages/cli/src/formats/checkstyle.js';
import { compact } from '../../packages/cli/src/formats/compact.js';
import type { FormatContext } from '../../packages/cli/src/formats/format.js';
import { gitlab } from '../../packages/cli/src/formats/gitlab.js';
import { junit } from '../../packages/cli/src/formats/junit.js';
import { stylish, summaryLine } from '../../packages/cli/src/formats/stylish.js';
import { xml } from '../../packages/cli/src/formats/xml.js';
import type { LintReport, ReportSummary } from '../../packages/cli/src/report.js';
import { buildReport } from '../../packages/cli/src/report.js';

const tool = { name: 'sanction', version: '0.0.0' };
const base = { tool, cwd: '/orders', root: '/', exitCode: 1, notifications: [] };
const ctx = (color: boolean): FormatContext => ({ ...base, color });

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

describe('compact', () => {
    it('puts findings in order, one line each, with 1-based positions', () => {
        expect(compact.format(report, ctx(false))).toBe([
            'a.sanction:1:7  error  No duration (Rules 21 and 23)  [missing-duration]',
            'a.sanction:3:5  warning  Vague wording (Rules 15 and 30)  [vague-term]',
            '',
            '2 problems (1 error, 1 warning, 0 infos) in 1 of 1 file',
            ''
        ].join('\n'));
    });

    it('colours severities and the summary only when asked', () => {
        const coloured = compact.format(report, ctx(true));
        expect(coloured).toContain('\u001b[31merror\u001b[39m');
        expect(coloured).toContain('\u001b[33mwarning\u001b[39m');
        expect(coloured).toContain('\u001b[2m[vague-term]\u001b[22m');
        expect(compact.format(report, ctx(false))).not.toContain('\u001b[');
    });

    it('uses colour on a terminal unless NO_COLOR is set; FORCE_COLOR and --color/--no-color win', () => {
        expect(useColor(true, {})).toBe(true);
        expect(useColor(false, {})).toBe(false);
        expect(useColor(true, { NO_COLOR: '1' })).toBe(false);
        expect(useColor(true, { NO_COLOR: '' })).toBe(true);
        expect(useColor(false, { FORCE_COLOR: '1' })).toBe(true);
        expect(useColor(false, { FORCE_COLOR: '' })).toBe(true);
        expect(useColor(true, { FORCE_COLOR: '0' })).toBe(false);
        expect(useColor(true, { FORCE_COLOR: 'false' })).toBe(false);
        expect(useColor(false, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
        expect(useColor(false, { NO_COLOR: '1' }, true)).toBe(true);
        expect(useColor(true, { FORCE_COLOR: '1' }, false)).toBe(false);
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
        const text = json.format(fixed, ctx(true));
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

const two: LintReport = buildReport([
    ...report.files.map(file => ({ absolutePath: file.absolutePath, findings: [
        { checkId: 'vague-term', rules: [15, 30], severity: 'warning' as const, message: 'Vague\n  wording (Rules 15 and 30)', range: { start: { line: 2, character: 4 }, end: { line: 2, character: 9 } } },
        { checkId: 'missing-duration', rules: [21, 23], severity: 'error' as const, message: 'No duration <"&\'> (Rules 21 and 23)', range: { start: { line: 10, character: 0 }, end: { line: 10, character: 12 } } }
    ] })),
    { absolutePath: '/orders/clean.sanction', findings: [] }
], '/orders');

describe('stylish', () => {
    it('groups findings under their file, columns aligned, as ESLint does', () => {
        expect(stylish.format(two, ctx(false))).toBe([
            'a.sanction',
            '  3:5   warning  Vague wording (Rules 15 and 30)  vague-term',
            '  11:1  error    No duration <"&\'> (Rules 21 and 23)  missing-duration',
            '',
            '2 problems (1 error, 1 warning, 0 infos) in 1 of 2 files',
            ''
        ].join('\n'));
        expect(stylish.format(buildReport([{ absolutePath: '/orders/clean.sanction', findings: [] }], '/orders'), ctx(false))).toBe('No problems in 1 file.\n');
    });

    it('underlines the file and colours severities only when asked', () => {
        const coloured = stylish.format(two, ctx(true));
        expect(coloured).toContain('\u001b[4ma.sanction\u001b[24m');
        expect(coloured).toContain('\u001b[31merror\u001b[39m');
    });
});

describe('junit', () => {
    it('writes a test case per file and a failure per finding, escaped', () => {
        const text = junit.format(two, ctx(false));
        expect(text.startsWith('<?xml version="1.0" encoding="utf-8"?>\n<testsuites name="sanction" tests="2" failures="2"')).toBe(true);
        expect(text).toContain('<testcase classname="sanction" name="clean.sanction" file="clean.sanction" time="0"/>');
        expect(text.match(/<failure /g)).toHaveLength(2);
        expect(text).toContain('<failure type="missing-duration" message="No duration &lt;&quot;&amp;&apos;&gt; (Rules 21 and 23)">a.sanction:11:1  error');
        expect(junit.failure!({ ...ctx(false), exitCode: 2, notifications: [{ level: 'error', message: "unknown option '--x'" }] }))
            .toContain('<error message="unknown option &apos;--x&apos;"/>');
    });
});

describe('checkstyle', () => {
    it('writes a file element per file, by absolute path, and an error per finding', () => {
        const text = checkstyle.format(two, ctx(false));
        expect(text).toContain('<checkstyle version="4.3">');
        expect(text).toContain('<file name="/orders/clean.sanction"/>');
        expect(text).toContain('<error line="3" column="5" severity="warning" message="Vague wording (Rules 15 and 30)" source="sanction.vague-term"/>');
    });
});

describe('gitlab', () => {
    it('writes Code Quality issues with path, line, severity and a unique fingerprint', () => {
        const issues = JSON.parse(gitlab.format(two, { ...ctx(false), root: '/' }));
        expect(issues).toHaveLength(2);
        expect(issues[0]).toMatchObject({ check_name: 'vague-term', description: 'Vague wording (Rules 15 and 30)', severity: 'minor', location: { path: 'orders/a.sanction', lines: { begin: 3 } } });
        expect(issues[1]).toMatchObject({ check_name: 'missing-duration', severity: 'major', location: { path: 'orders/a.sanction', lines: { begin: 11 } } });
        expect(new Set(issues.map((issue: { fingerprint: string }) => issue.fingerprint)).size).toBe(2);
    });
});

describe('xml', () => {
    it('escapes markup and drops what XML 1.0 cannot hold', () => {
        expect(xml('a<b>&"\'\u0001\n')).toBe('a&lt;b&gt;&amp;&quot;&apos;&#10;');
    });
});

describe('fingerprints', () => {
    const text = 'order "A".\nrequirement curfew.\n';
    const moved = '// a comment\n\norder "A".\nrequirement curfew.\n';
    const finding = (line: number) => ({ checkId: 'missing-duration', messageId: 'orderWithoutTerm', rules: [21], severity: 'error' as const, message: 'm', range: { start: { line, character: 6 }, end: { line, character: 9 } } });
    it('stay the same when the line moves, and differ between occurrences of the same text', () => {
        const [a] = buildReport([{ absolutePath: '/o/a.sanction', findings: [finding(0)], text }], '/o').files[0].findings;
        const [b] = buildReport([{ absolutePath: '/o/a.sanction', findings: [finding(2)], text: moved }], '/o').files[0].findings;
        expect(a.fingerprint).toMatch(/^[0-9a-f]{32}$/);
        expect(b.fingerprint).toBe(a.fingerprint);
        const twice = buildReport([{ absolutePath: '/o/a.sanction', findings: [finding(0), finding(4)], text: text + moved }], '/o').files[0].findings;
        expect(twice[0].fingerprint).toBe(a.fingerprint);
        expect(twice[1].fingerprint).not.toBe(a.fingerprint);
    });
});
