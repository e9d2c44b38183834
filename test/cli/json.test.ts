import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintFiles } from '../../language/src/core/lint.js';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { jsonOutput } from '../../packages/cli/src/formats/json.js';
import { buildReport, ordersOf, type LintedFile } from '../../packages/cli/src/report.js';
import { buildCli, repoRoot, sanction, schemaValidator } from './helpers.js';

beforeAll(buildCli, 60_000);

const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs/schema/lint-output.schema.json'), 'utf8'));
const cliVersion = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).version;
const validate = schemaValidator().compile(schema);

function lintJson(args: string[], cwd?: string) {
    const result = sanction(['lint', '--format', 'json', ...args], cwd ? { cwd } : {});
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
            findings: file.findings.map(({ fixes: _fixes, fingerprint, ...finding }) => {
                expect(fingerprint).toMatch(/^[0-9a-f]{32}$/);
                return finding;
            })
        }));
        expect(withoutFixes).toEqual([
            { path: 'orders/clean.sanction', findings: [] },
            {
                path: 'orders/no-duration.sanction',
                findings: [
                    {
                        checkId: 'missing-duration',
                        messageId: 'orderWithoutTerm',
                        rules: [21, 23],
                        severity: 'error',
                        message: 'The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.` (Rules 21 and 23)',
                        // `order "CR-2026-00512".` on line 4: the case reference, quotes included; end is exclusive.
                        range: { start: { line: 4, column: 7 }, end: { line: 4, column: 22 } },
                        docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md'
                    },
                    {
                        checkId: 'missing-duration',
                        messageId: 'measureWithoutTerm',
                        rules: [21, 23],
                        severity: 'error',
                        message: 'This supervision requirement has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the supervision requirement, e.g. `for 6 months` (Rules 21 and 23)',
                        range: { start: { line: 15, column: 1 }, end: { line: 15, column: 12 } },
                        docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md'
                    }
                ]
            }
        ]);
    });

    it('gives syntax errors and unresolved references no Rules, no message id, and their docs pages', () => {
        const { output } = lintJson(['syntax/unfinished.sanction', 'orders/more/unknown-template.sanction']);
        const findings = output.files.flatMap((file: { findings: unknown[] }) => file.findings);
        expect(findings).toEqual([
            expect.objectContaining({ checkId: 'unresolved-reference', rules: [], docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/unresolved-reference.md', range: { start: { line: 17, column: 7 }, end: { line: 17, column: 18 } } }),
            expect.objectContaining({ checkId: 'syntax-error', rules: [], docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/syntax-error.md', range: { start: { line: 6, column: 12 }, end: { line: 6, column: 32 } } })
        ]);
        expect(findings.map((finding: { messageId?: string }) => finding.messageId)).toEqual([undefined, undefined]);
    });

    it('lists clean files with no findings, and exits 0', () => {
        const { output, code } = lintJson(['orders/clean.sanction', 'imports/order.sanction']);
        expect(output.files.map((file: { path: string; findings: unknown[] }) => ({ path: file.path, findings: file.findings }))).toEqual([
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

/**
 * Each file's orders with their control burden, so that a court can compare orders and templates.
 * The orders sit in a folder of their own, with a sanction.config.json that lowers the ceiling for
 * a minor offence to 20.
 */
describe('the orders of each file and their control burden', () => {
    let folder: string;

    const LIBRARY = `template home-curfew(address: text, length: duration = 3 months):
  requirement curfew, at address, from 19:00 to 07:00, on every day, for length.
  requirement electronic monitoring, of the curfew, for length.
`;
    const ORDERS = `import "library.sanction".

order "J-1".
offence "Shoplifting", seriousness minor.
in force for 6 months.
apply home-curfew with address "12 Acacia Road".
requirement unpaid work, 60 hours.

order "J-2".
in force for 6 months.
requirement supervision, reporting weekly.
`;

    /** What the JSON output gives for orders.sanction. */
    const EXPECTED_ORDERS = [
        {
            caseReference: 'J-1',
            range: { start: { line: 3, column: 1 }, end: { line: 7, column: 35 } },
            burden: {
                // 12 h × 7 × 13 weeks (3 months, the template's default) = 1095.8 h × 0.01; 0.5 × 13 weeks; 60 × 0.1
                total: 23.5,
                ceiling: 20,
                seriousness: 'minor',
                breakdown: [
                    { kind: 'curfew', points: 11, basis: '12 h a day × 7 days a week × 13 weeks (3 months) = 1095.8 curfew hours × 0.01' },
                    { kind: 'monitoring', points: 6.5, basis: 'monitoring of curfew: 0.5 a week × 13 weeks (3 months)' },
                    { kind: 'unpaid work', points: 6, basis: '60 hours × 0.1' }
                ]
            }
        },
        {
            caseReference: 'J-2',
            range: { start: { line: 9, column: 1 }, end: { line: 11, column: 43 } },
            burden: {
                total: 6.5,
                ceiling: null,
                seriousness: null,
                breakdown: [
                    { kind: 'reporting', points: 6.5, basis: 'weekly (1 a week) × 26.1 weeks (6 months, the order\'s term) = 26.1 appointments × 0.25' }
                ]
            }
        }
    ];

    beforeAll(() => {
        folder = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-burden-'));
        fs.writeFileSync(path.join(folder, 'sanction.config.json'), JSON.stringify({ ceilings: { minor: 20 } }));
        fs.writeFileSync(path.join(folder, 'library.sanction'), LIBRARY);
        fs.writeFileSync(path.join(folder, 'orders.sanction'), ORDERS);
    });

    afterAll(() => {
        fs.rmSync(folder, { recursive: true, force: true });
    });

    it('are built from the linted documents, with the ceilings of their configuration, and match the schema', async () => {
        const services = createSanctionCoreServices(NodeFileSystem).Sanction;
        const uris = ['library.sanction', 'orders.sanction'].map(name => URI.file(path.join(folder, name)));
        const results = await lintFiles(services, uris);
        const linted: LintedFile[] = results.map(result => ({
            absolutePath: result.uri.fsPath,
            findings: result.findings,
            orders: ordersOf(services.shared.workspace.LangiumDocuments.getDocument(result.uri)!, services.sanction.config.forDocument(result.uri))
        }));
        const output = jsonOutput(buildReport(linted, folder), { color: false, tool: { name: 'sanction', version: cliVersion }, cwd: folder, root: folder, exitCode: 0, notifications: [] }) as {
            files: Array<{ path: string; orders?: unknown[]; findings: Array<{ checkId: string; message: string }> }>;
        };
        expect(validate(output), JSON.stringify(validate.errors, null, 2)).toBe(true);
        expect(output.files.map(file => [file.path, file.orders])).toEqual([
            ['library.sanction', []],
            ['orders.sanction', EXPECTED_ORDERS]
        ]);
        // the same ceiling as control-intensity's finding
        expect(output.files[1].findings.filter(f => f.checkId === 'control-intensity').map(f => f.message)).toEqual([
            'The controls add up to 23.5 points (curfew 11, monitoring 6.5, unpaid work 6), above the ceiling of 20 that sanction.config.json sets on the model\'s points ' +
            'for a minor offence; Rules 3 and 22 ask that what an order demands match how serious the offence is, and Rule 60 that each condition answer the person\'s ' +
            'needs and risks: consider lightening the heaviest control, e.g. `from 21:00 to 06:00, for 3 months` for a curfew, or give the reason each control is needed (Rules 3, 22 and 60)'
        ]);
    });

    it('are written by sanction lint --format json, and the schema accepts them', () => {
        // Needs packages/cli/src/commands/lint.ts to pass each file's orders (`ordersOf`) to the report.
        const { output } = lintJson(['library.sanction', 'orders.sanction'], folder);
        expect(output.files.map((file: { path: string; orders?: unknown[] }) => [file.path, file.orders])).toEqual([
            ['library.sanction', []],
            ['orders.sanction', EXPECTED_ORDERS]
        ]);
    });

    it('the schema rejects a burden the format never writes', async () => {
        const order = structuredClone(EXPECTED_ORDERS[0]) as Record<string, unknown> & { burden: Record<string, unknown> };
        const document = (orders: unknown[]) => ({
            version: 1,
            tool: { name: 'sanction', version: cliVersion },
            files: [{ path: 'orders.sanction', findings: [], orders }],
            summary: { files: 1, filesWithProblems: 0, problems: 0, errors: 0, warnings: 0, infos: 0, hints: 0 }
        });
        expect(validate(document([order]))).toBe(true);
        expect(validate(document([{ ...order, burden: { ...order.burden, seriousness: 'grave' } }]))).toBe(false);
        expect(validate(document([{ ...order, burden: { ...order.burden, total: -1 } }]))).toBe(false);
        expect(validate(document([{ ...order, burden: { ...order.burden, breakdown: [{ kind: 'curfew', points: 1 }] } }]))).toBe(false);
        expect(validate(document([{ ...order, extra: true }]))).toBe(false);
    });
});
