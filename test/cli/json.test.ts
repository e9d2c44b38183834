import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, repoRoot, sanction, schemaValidator } from './helpers.js';

beforeAll(buildCli, 60_000);

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs/schema/lint-output.schema.json'), 'utf8'));
const cliVersion = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).version;
const validate = schemaValidator().compile(schema);

function lintJson(args: string[]) {
    const result = sanction(['lint', '--format', 'json', ...args]);
    const output = JSON.parse(result.stdout);
    const valid = validate(output);
    expect(validate.errors ?? [], JSON.stringify(validate.errors, null, 2)).toEqual([]);
    expect(valid).toBe(true);
    return { ...result, output };
}

describe('sanction lint --format json', () => {
    it('writes one document that matches docs/schema/lint-output.schema.json', () => {
        const { output, code, stderr } = lintJson(['orders', 'syntax', 'imports']);
        expect(code).toBe(1);
        expect(stderr).toBe('');
        expect(output.version).toBe(1);
        expect(output.tool).toEqual({ name: 'sanction', version: cliVersion });
        expect(output.files.map((file: { path: string }) => file.path)).toEqual([
            'imports/library/curfew.sanction',
            'imports/missing-import.sanction',
            'imports/order.sanction',
            'orders/clean.sanction',
            'orders/more/unknown-template.sanction',
            'orders/no-duration.sanction',
            'syntax/unfinished.sanction'
        ]);
        expect(output.summary).toEqual({ files: 7, filesWithProblems: 4, problems: 6, errors: 6, warnings: 0, infos: 0, hints: 0 });
    });

    it('gives each finding its check, Rules, severity, message, 1-based range and docs link', () => {
        const { output } = lintJson(['orders/no-duration.sanction', 'orders/clean.sanction']);
        // Fixes are the check's to propose (and may change); format.test.ts pins how they are written.
        const withoutFixes = output.files.map((file: { path: string; findings: Array<Record<string, unknown>> }) => ({
            path: file.path,
            findings: file.findings.map(({ fixes: _fixes, ...finding }) => finding)
        }));
        expect(withoutFixes).toEqual([
            { path: 'orders/clean.sanction', findings: [] },
            {
                path: 'orders/no-duration.sanction',
                findings: [
                    {
                        checkId: 'missing-duration',
                        rules: [21, 23],
                        severity: 'error',
                        message: 'The order states no duration: add how long it is in force ("in force for 12 months.") (Rules 21 and 23)',
                        // `order "CR-2026-00512".` on line 4: the case reference, quotes included; end is exclusive.
                        range: { start: { line: 4, column: 7 }, end: { line: 4, column: 22 } },
                        docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md'
                    },
                    {
                        checkId: 'missing-duration',
                        rules: [21, 23],
                        severity: 'error',
                        message: 'This supervision requirement has no fixed duration and the order states none (Rules 21 and 23)',
                        range: { start: { line: 15, column: 1 }, end: { line: 15, column: 12 } },
                        docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md'
                    }
                ]
            }
        ]);
    });

    it('gives syntax errors and unresolved references no Rules and a null docs link', () => {
        const { output } = lintJson(['syntax/unfinished.sanction', 'orders/more/unknown-template.sanction']);
        const findings = output.files.flatMap((file: { findings: unknown[] }) => file.findings);
        expect(findings).toEqual([
            expect.objectContaining({ checkId: 'unresolved-reference', rules: [], docsUrl: null, range: { start: { line: 17, column: 7 }, end: { line: 17, column: 18 } } }),
            expect.objectContaining({ checkId: 'syntax-error', rules: [], docsUrl: null, range: { start: { line: 7, column: 1 }, end: { line: 7, column: 12 } } })
        ]);
    });

    it('lists clean files with no findings, and exits 0', () => {
        const { output, code } = lintJson(['orders/clean.sanction', 'imports/order.sanction']);
        expect(output.files).toEqual([
            { path: 'imports/order.sanction', findings: [] },
            { path: 'orders/clean.sanction', findings: [] }
        ]);
        expect(output.summary).toEqual({ files: 2, filesWithProblems: 0, problems: 0, errors: 0, warnings: 0, infos: 0, hints: 0 });
        expect(code).toBe(0);
    });

    it('with --quiet, lists and counts errors only', () => {
        const { output } = lintJson(['orders', '--check', 'missing-duration=warning', '--quiet']);
        expect(output.summary).toEqual({ files: 3, filesWithProblems: 1, problems: 1, errors: 1, warnings: 0, infos: 0, hints: 0 });
    });

    it('keeps stdout for JSON: the --max-warnings message goes to stderr', () => {
        const { output, stderr, code } = lintJson(['orders/no-duration.sanction', '--check', 'missing-duration=warning', '--max-warnings', '0']);
        expect(output.summary.warnings).toBe(2);
        expect(stderr).toBe('sanction: too many warnings: 2 (maximum 0)\n');
        expect(code).toBe(1);
    });

    it('writes nothing to stdout when input is unreadable', () => {
        const result = sanction(['lint', '--format', 'json', 'orders/missing.sanction']);
        expect(result.stdout).toBe('');
        expect(result.code).toBe(2);
    });

    it('the schema rejects what the format never writes', () => {
        const { output } = lintJson(['orders/no-duration.sanction']);
        const broken = structuredClone(output);
        broken.files[0].findings[0].range.start.line = 0;
        broken.files[0].findings[0].extra = true;
        expect(validate(broken)).toBe(false);
        expect(validate({ ...output, version: 2 })).toBe(false);
    });
});
