/**
 * The CLI as a CI job meets it (issue 13): `npm pack` the CLI once for this file, install the tarball
 * offline into an empty folder, and run the installed `sanction` bin (node_modules/.bin/sanction) as a
 * child process on copies of the fixture tree test/cli/fixtures/installed/, outside any repository.
 * Every format is checked against its exact expected text (or, for JSON, its exact parsed structure),
 * and so are --output-file, the baseline, --report-suppressions, --fix and --fix-dry-run, the cache,
 * shards, stdin and the exit codes. SARIF is validated against the official schema in ../shared.
 *
 * The fixture tree:
 *   orders/complete.sanction     no findings
 *   orders/fixable.sanction      a warning and an info, each with a fix that guesses nothing
 *   orders/no-duration.sanction  two errors (missing-duration), one fix that guesses a figure
 *   suppressed/suppressed.sanction  a suppression with a reason and one without
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { describeWithShared, readShared } from '../shared.js';
import { fixtures, repoRoot, sanction, type RunResult } from './helpers.js';

const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
const FIXTURE = path.join(fixtures, 'installed');

let dir: string;
let bin: string;
let workspaces = 0;

beforeAll(() => {
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-installed-')));
    // prepack builds the bundle.
    const tarball = execFileSync(npm, ['pack', '--silent', '--pack-destination', dir], { cwd: path.join(repoRoot, 'packages/cli'), encoding: 'utf8' }).trim().split('\n').pop()!;
    const project = path.join(dir, 'project');
    fs.mkdirSync(project);
    fs.writeFileSync(path.join(project, 'package.json'), '{ "name": "court-templates", "version": "1.0.0", "private": true }\n');
    execFileSync(npm, ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', path.join(dir, tarball)], { cwd: project, stdio: 'pipe' });
    bin = path.join(project, 'node_modules/.bin/sanction');
}, 180_000);

afterAll(() => {
    if (dir) {
        fs.rmSync(dir, { recursive: true, force: true });
    }
});

// Each test runs the installed bin several times, on a machine that may be busy.
vi.setConfig({ testTimeout: 60_000 });

/** A fresh copy of fixture folders (default: orders) in a folder of its own, outside any repository. */
function workspace(...folders: string[]): string {
    const cwd = path.join(dir, `work-${++workspaces}`);
    fs.mkdirSync(cwd);
    for (const folder of folders.length ? folders : ['orders']) {
        fs.cpSync(path.join(FIXTURE, folder), path.join(cwd, folder), { recursive: true });
    }
    return cwd;
}

/** The installed sanction, run in `cwd`. */
function run(cwd: string, args: string[], input?: string): RunResult {
    return sanction(args, { bin, cwd, ...(input !== undefined ? { input } : {}) });
}

const read = (cwd: string, file: string) => fs.readFileSync(path.join(cwd, file), 'utf8');
const fixture = (file: string) => fs.readFileSync(path.join(FIXTURE, file), 'utf8');

/** Every file under a folder, relative, sorted. */
function listing(folder: string): string[] {
    return (fs.readdirSync(folder, { recursive: true, encoding: 'utf8' }) as string[])
        .filter(name => fs.statSync(path.join(folder, name)).isFile())
        .map(name => name.split(path.sep).join('/'))
        .sort();
}

// The findings of `orders`, as the core reports them: written once here, laid out by each format below.
const MINOR = 'Minor non-compliance leads to revocation, which sends small lapses to the procedure that ends the measure; Rule 64 asks that they be dealt with promptly by discretionary means or an administrative procedure: write `minor non-compliance leads to a formal warning.`, and keep revocation for significant non-compliance (Rule 64)';
const WRITING = 'The order does not state whether the notice is given in writing; Rule 61 gives the person the information in writing where needed: consider stating it, e.g. `notice in English, in writing.` (Rule 61)';
const ORDER_TERM = 'The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.` (Rules 21 and 23)';
const MEASURE_TERM = 'This supervision requirement has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the supervision requirement, e.g. `for 6 months` (Rules 21 and 23)';
const NO_REASON = "This suppression gives no reason: say why the court keeps this wording, after '--' (a few words at least); until then it silences nothing";

const FIXABLE = 'orders/fixable.sanction';
const NO_DURATION = 'orders/no-duration.sanction';
const COMPLETE = 'orders/complete.sanction';

const COMPACT = [
    `${FIXABLE}:22:33  warning  ${MINOR}  [minor-breach-escalation]`,
    `${FIXABLE}:31:3  info  ${WRITING}  [missing-language]`,
    `${NO_DURATION}:4:7  error  ${ORDER_TERM}  [missing-duration]`,
    `${NO_DURATION}:15:1  error  ${MEASURE_TERM}  [missing-duration]`,
    '',
    '4 problems (2 errors, 1 warning, 1 info) in 2 of 3 files',
    ''
].join('\n');

/** What --fix leaves: missing-duration's only fix guesses a term. */
const UNSAFE_LEFT = 'sanction: not fixed: 1 finding has only fixes that guess or leave a placeholder (missing-duration); apply them in the editor\n';

describe('every --format, from the installed CLI', () => {
    let cwd: string;
    beforeAll(() => {
        cwd = workspace();
    });

    it('compact (the default): one line per finding, then the summary', () => {
        expect(run(cwd, ['lint', 'orders'])).toEqual({ code: 1, stdout: COMPACT, stderr: '' });
        expect(run(cwd, ['lint', '--format', 'compact', 'orders']).stdout).toBe(COMPACT);
    });

    it('stylish: grouped by file, columns aligned within a file', () => {
        expect(run(cwd, ['lint', '-f', 'stylish', 'orders'])).toEqual({
            code: 1,
            stderr: '',
            stdout: [
                FIXABLE,
                `  22:33  warning  ${MINOR}  minor-breach-escalation`,
                `  31:3   info     ${WRITING}  missing-language`,
                '',
                NO_DURATION,
                `  4:7   error  ${ORDER_TERM}  missing-duration`,
                `  15:1  error  ${MEASURE_TERM}  missing-duration`,
                '',
                '4 problems (2 errors, 1 warning, 1 info) in 2 of 3 files',
                ''
            ].join('\n')
        });
    });

    it('github: one workflow command per finding, nothing for a clean file', () => {
        expect(run(cwd, ['lint', '-f', 'github', 'orders'])).toEqual({
            code: 1,
            stderr: '',
            stdout: [
                `::warning file=${FIXABLE},line=22,col=33,endLine=22,endColumn=43,title=sanction minor-breach-escalation::${MINOR}`,
                `::notice file=${FIXABLE},line=31,col=3,endLine=31,endColumn=21,title=sanction missing-language::${WRITING}`,
                `::error file=${NO_DURATION},line=4,col=7,endLine=4,endColumn=22,title=sanction missing-duration::${ORDER_TERM}`,
                `::error file=${NO_DURATION},line=15,col=1,endLine=15,endColumn=12,title=sanction missing-duration::${MEASURE_TERM}`,
                ''
            ].join('\n')
        });
        expect(run(cwd, ['lint', '-f', 'github', COMPLETE])).toEqual({ code: 0, stdout: '', stderr: '' });
    });

    it('junit: a test case per file, a failure per finding', () => {
        const failure = (type: string, message: string, line: string) => `      <failure type="${type}" message="${message}">${line}</failure>`;
        expect(run(cwd, ['lint', '-f', 'junit', 'orders'])).toEqual({
            code: 1,
            stderr: '',
            stdout: [
                '<?xml version="1.0" encoding="utf-8"?>',
                '<testsuites name="sanction" tests="3" failures="4" errors="0" time="0">',
                '  <testsuite name="sanction lint" tests="3" failures="4" errors="0" skipped="0" time="0">',
                `    <testcase classname="sanction" name="${COMPLETE}" file="${COMPLETE}" time="0"/>`,
                `    <testcase classname="sanction" name="${FIXABLE}" file="${FIXABLE}" time="0">`,
                failure('minor-breach-escalation', MINOR, `${FIXABLE}:22:33  warning  ${MINOR}  [minor-breach-escalation]`),
                failure('missing-language', WRITING, `${FIXABLE}:31:3  info  ${WRITING}  [missing-language]`),
                '    </testcase>',
                `    <testcase classname="sanction" name="${NO_DURATION}" file="${NO_DURATION}" time="0">`,
                failure('missing-duration', ORDER_TERM, `${NO_DURATION}:4:7  error  ${ORDER_TERM}  [missing-duration]`),
                failure('missing-duration', MEASURE_TERM, `${NO_DURATION}:15:1  error  ${MEASURE_TERM}  [missing-duration]`),
                '    </testcase>',
                '  </testsuite>',
                '</testsuites>',
                ''
            ].join('\n')
        });
    });

    it('checkstyle: a file element per file (absolute path), an error per finding', () => {
        const error = (line: number, column: number, severity: string, message: string, check: string) =>
            `    <error line="${line}" column="${column}" severity="${severity}" message="${message}" source="sanction.${check}"/>`;
        expect(run(cwd, ['lint', '-f', 'checkstyle', 'orders'])).toEqual({
            code: 1,
            stderr: '',
            stdout: [
                '<?xml version="1.0" encoding="utf-8"?>',
                '<checkstyle version="4.3">',
                `  <file name="${path.join(cwd, COMPLETE)}"/>`,
                `  <file name="${path.join(cwd, FIXABLE)}">`,
                error(22, 33, 'warning', MINOR, 'minor-breach-escalation'),
                error(31, 3, 'info', WRITING, 'missing-language'),
                '  </file>',
                `  <file name="${path.join(cwd, NO_DURATION)}">`,
                error(4, 7, 'error', ORDER_TERM, 'missing-duration'),
                error(15, 1, 'error', MEASURE_TERM, 'missing-duration'),
                '  </file>',
                '</checkstyle>',
                ''
            ].join('\n')
        });
    });

    it('gitlab: a Code Quality issue per finding, with distinct fingerprints', () => {
        const result = run(cwd, ['lint', '-f', 'gitlab', 'orders']);
        expect(result.code).toBe(1);
        const issue = (check: string, description: string, fingerprint: string, severity: string, file: string, line: number) =>
            ({ type: 'issue', check_name: check, description, categories: ['Style'], fingerprint, severity, location: { path: file, lines: { begin: line, end: line } } });
        expect(JSON.parse(result.stdout)).toEqual([
            issue('minor-breach-escalation', MINOR, '4bf23be5e50c94844a913e7c4b8bc742', 'minor', FIXABLE, 22),
            issue('missing-language', WRITING, '202c561e6414a80c6a0f9f5ad0925dc8', 'info', FIXABLE, 31),
            issue('missing-duration', ORDER_TERM, 'e3551c059c8212139f39a2be54849081', 'major', NO_DURATION, 4),
            issue('missing-duration', MEASURE_TERM, '9c32bea18955a64ddaf37ef934067d7b', 'major', NO_DURATION, 15)
        ]);
        expect(JSON.parse(run(cwd, ['lint', '-f', 'gitlab', COMPLETE]).stdout)).toEqual([]);
    });

    it('json: the whole document', () => {
        const result = run(cwd, ['lint', '-f', 'json', 'orders']);
        expect(result.code).toBe(1);
        const at = (line: number, column: number, endLine: number, endColumn: number) => ({ start: { line, column }, end: { line: endLine, column: endColumn } });
        const docs = (id: string) => `https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/${id}.md`;
        const burden = {
            total: 18.5,
            ceiling: 47,
            seriousness: 'moderate',
            breakdown: [
                { kind: 'unpaid work', points: 12, basis: '120 hours × 0.1' },
                { kind: 'reporting', points: 6.5, basis: 'weekly (1 a week) × 26.1 weeks (6 months) = 26.1 appointments × 0.25' }
            ]
        };
        expect(JSON.parse(result.stdout)).toEqual({
            version: 1,
            tool: { name: 'sanction', version: JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).version },
            files: [
                { path: COMPLETE, findings: [], orders: [{ caseReference: 'CR-2026-00417', range: at(3, 1, 34, 62), burden }] },
                {
                    path: FIXABLE,
                    findings: [
                        {
                            checkId: 'minor-breach-escalation', messageId: 'minor', rules: [64], severity: 'warning', message: MINOR,
                            range: at(22, 33, 22, 43), docsUrl: docs('minor-breach-escalation'), fingerprint: '3fe26d095bd2bc7ce36abb6e81a40de4',
                            fixes: [{ title: 'Deal with minor non-compliance by a formal warning', edits: [{ range: at(22, 33, 22, 43), newText: 'a formal warning' }] }]
                        },
                        {
                            checkId: 'missing-language', messageId: 'writing', rules: [61], severity: 'info', message: WRITING,
                            range: at(31, 3, 31, 21), docsUrl: docs('missing-language'), fingerprint: '903ee2c180fb53409698ddba369c058b',
                            fixes: [{ title: 'Give the notice in writing', edits: [{ range: at(31, 20, 31, 20), newText: ', in writing' }] }]
                        }
                    ],
                    orders: [{ caseReference: 'CR-2026-00417', range: at(4, 1, 35, 62), burden }]
                },
                {
                    path: NO_DURATION,
                    findings: [
                        {
                            checkId: 'missing-duration', messageId: 'orderWithoutTerm', rules: [21, 23], severity: 'error', message: ORDER_TERM,
                            range: at(4, 7, 4, 22), docsUrl: docs('missing-duration'), fingerprint: '2b6acc4b32b7d993ae0672e1803889dd',
                            fixes: [{ title: 'Add a duration to the order ("in force for 12 months"; set the real period)', edits: [{ range: at(4, 23, 4, 23), newText: '\nin force for 12 months.' }] }]
                        },
                        {
                            checkId: 'missing-duration', messageId: 'measureWithoutTerm', rules: [21, 23], severity: 'error', message: MEASURE_TERM,
                            range: at(15, 1, 15, 12), docsUrl: docs('missing-duration'), fingerprint: '78af0ead322671ecc7fd20a6985df7fb'
                        }
                    ],
                    orders: [{
                        caseReference: 'CR-2026-00512',
                        range: at(4, 1, 31, 62),
                        burden: { total: 0, ceiling: 47, seriousness: 'moderate', breakdown: [{ kind: 'reporting', points: 0, basis: 'no fixed duration: not weighed' }] }
                    }]
                }
            ],
            summary: { files: 3, filesWithProblems: 2, problems: 4, errors: 2, warnings: 1, infos: 1, hints: 0 }
        });
    });

    it('sarif: every check a rule, every finding a result, URIs relative to %SRCROOT%', () => {
        const result = run(cwd, ['lint', '-f', 'sarif', 'orders']);
        expect(result.code).toBe(1);
        const log = JSON.parse(result.stdout);
        expect(log.version).toBe('2.1.0');
        expect(log.runs).toHaveLength(1);
        const { tool, ...rest } = log.runs[0];
        const checks = JSON.parse(run(cwd, ['checks', '--format', 'json']).stdout) as Array<{ id: string }>;
        const ids = tool.driver.rules.map((rule: { id: string }) => rule.id);
        // Every check, in the order of `sanction checks`.
        expect(ids).toEqual(checks.map(check => check.id));
        for (const rule of tool.driver.rules) {
            expect(rule.fullDescription.text, rule.id).not.toBe('');
            expect(rule.help.markdown, rule.id).toContain('## How to silence');
            expect(rule.helpUri, rule.id).toBe(`https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/${rule.id}.md`);
        }
        const folder = `${pathToFileURL(cwd).href}/`;
        const sarifResult = (ruleId: string, level: string, message: string, file: string, region: number[], fingerprint: string, properties: object) => ({
            ruleId,
            ruleIndex: ids.indexOf(ruleId),
            level,
            message: { text: `${message}.` },
            locations: [{ physicalLocation: { artifactLocation: { uri: file, uriBaseId: '%SRCROOT%' }, region: { startLine: region[0], startColumn: region[1], endLine: region[2], endColumn: region[3] } } }],
            partialFingerprints: { 'sanctionFindingHash/v1': fingerprint },
            properties
        });
        expect(rest).toEqual({
            invocations: [{ executionSuccessful: true, exitCode: 1, workingDirectory: { uri: folder } }],
            originalUriBaseIds: { '%SRCROOT%': { uri: folder } },
            columnKind: 'utf16CodeUnits',
            results: [
                sarifResult('minor-breach-escalation', 'warning', MINOR, FIXABLE, [22, 33, 22, 43], '3fe26d095bd2bc7ce36abb6e81a40de4', { rules: [64], messageId: 'minor' }),
                sarifResult('missing-language', 'note', WRITING, FIXABLE, [31, 3, 31, 21], '903ee2c180fb53409698ddba369c058b', { rules: [61], messageId: 'writing' }),
                sarifResult('missing-duration', 'error', ORDER_TERM, NO_DURATION, [4, 7, 4, 22], '2b6acc4b32b7d993ae0672e1803889dd', { rules: [21, 23], messageId: 'orderWithoutTerm' }),
                sarifResult('missing-duration', 'error', MEASURE_TERM, NO_DURATION, [15, 1, 15, 12], '78af0ead322671ecc7fd20a6985df7fb', { rules: [21, 23], messageId: 'measureWithoutTerm' })
            ]
        });
    });

    it('an unknown format is a usage error', () => {
        expect(run(cwd, ['lint', '-f', 'yaml', 'orders'])).toEqual({
            code: 2,
            stdout: '',
            stderr: "sanction: unknown format 'yaml' (formats: compact, stylish, json, sarif, github, junit, checkstyle, gitlab); see 'sanction lint --help'\n"
        });
    });
});

describeWithShared('SARIF of the installed CLI against the official schema', ['schemas/sarif-2.1.0/sarif-schema-2.1.0.json'], 'The installed CLI\'s SARIF schema validations', () => {
    const schema = JSON.parse(readShared('schemas/sarif-2.1.0/sarif-schema-2.1.0.json'));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    // RFC 3986 characters only: a space or an unencoded é in a URI fails.
    const uriReference = /^([A-Za-z][A-Za-z0-9+.-]*:)?([A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
    ajv.addFormat('uri', { type: 'string', validate: (value: string) => uriReference.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) });
    ajv.addFormat('uri-reference', { type: 'string', validate: (value: string) => uriReference.test(value) });
    ajv.addFormat('date-time', { type: 'string', validate: (value: string) => !Number.isNaN(Date.parse(value)) });
    const validate = ajv.compile(schema);
    const valid = (text: string) => {
        const log = JSON.parse(text);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        return log;
    };

    it('validates the log of findings, of a clean file, of a failed run and of names that need encoding', () => {
        const cwd = workspace('orders', 'suppressed');
        valid(run(cwd, ['lint', '-f', 'sarif', 'orders', 'suppressed']).stdout);
        valid(run(cwd, ['lint', '-f', 'sarif', COMPLETE]).stdout);
        const failed = valid(run(cwd, ['lint', '-f', 'sarif', 'orders/missing.sanction']).stdout);
        expect(failed.runs[0].invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2 });
        fs.copyFileSync(path.join(cwd, NO_DURATION), path.join(cwd, 'orders/ordre été #2.sanction'));
        const encoded = valid(run(cwd, ['lint', '-f', 'sarif', 'orders/ordre été #2.sanction']).stdout);
        expect(encoded.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('orders/ordre%20%C3%A9t%C3%A9%20%232.sanction');
        // And the validation can fail: a URI with a space is refused.
        encoded.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'orders/ordre été.sanction';
        expect(validate(encoded)).toBe(false);
    });
});

/** The SARIF multitool (the CLI's @microsoft/sarif-multitool dev dependency), or the one SARIF_MULTITOOL names. */
function multitool(): string | undefined {
    if (process.env.SARIF_MULTITOOL) {
        return process.env.SARIF_MULTITOOL;
    }
    const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform as string];
    const candidate = platform && path.join(repoRoot, `node_modules/@microsoft/sarif-multitool-${platform}/Sarif.Multitool${platform === 'win32' ? '.exe' : ''}`);
    return candidate && fs.existsSync(candidate) ? candidate : undefined;
}
const sarifMultitool = multitool();
if (sarifMultitool) {
    describe('SARIF of the installed CLI and the SARIF multitool', () => {
        it('finds no error or warning, with GitHub\'s rules too, in a log of findings and in a failed run\'s', () => {
            const cwd = workspace('orders', 'suppressed');
            for (const args of [['orders', 'suppressed'], ['orders/missing.sanction']]) {
                run(cwd, ['lint', '-f', 'sarif', '-o', 'in.sarif', ...args]);
                for (const extra of [[], ['--rule-kind', 'Ghas']]) {
                    fs.rmSync(path.join(cwd, 'out.sarif'), { force: true });
                    execFileSync(sarifMultitool, ['validate', path.join(cwd, 'in.sarif'), '-o', path.join(cwd, 'out.sarif'), '--level', 'Error', 'Warning', ...extra], { stdio: 'pipe' });
                    const results = JSON.parse(read(cwd, 'out.sarif')).runs[0].results ?? [];
                    expect(results.map((r: { ruleId: string; message: { arguments?: string[] } }) => `${r.ruleId} ${r.message.arguments?.join(' ')}`), `${args} ${extra}`).toEqual([]);
                }
            }
        }, 180_000);
    });
} else {
    console.warn('NOTE: the SARIF multitool validation of the installed CLI was not run: install the devDependencies (npm @microsoft/sarif-multitool) or set SARIF_MULTITOOL.');
}

describe('exit codes 0, 1 and 2', () => {
    let cwd: string;
    beforeAll(() => {
        cwd = workspace();
    });

    it('0: no errors (warnings and infos allowed)', () => {
        expect(run(cwd, ['lint', COMPLETE])).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
        expect(run(cwd, ['lint', '-q', FIXABLE])).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
        expect(run(cwd, ['lint', FIXABLE]).code).toBe(0);
    });

    it('1: errors, or more warnings than --max-warnings', () => {
        expect(run(cwd, ['lint', NO_DURATION]).code).toBe(1);
        const tooMany = run(cwd, ['lint', '--max-warnings', '0', FIXABLE]);
        expect(tooMany.code).toBe(1);
        expect(tooMany.stderr).toBe('sanction: too many warnings: 1 (maximum 0)\n');
        expect(run(cwd, ['lint', '--max-warnings', '1', FIXABLE]).code).toBe(0);
    });

    it('2: a usage error, unreadable input, an invalid configuration; one line on stderr, nothing on stdout', () => {
        expect(run(cwd, ['lint', '--fromat', 'json', 'orders'])).toEqual({ code: 2, stdout: '', stderr: "sanction: unknown option '--fromat' (did you mean --format?); see 'sanction lint --help'\n" });
        expect(run(cwd, ['lint'])).toEqual({ code: 2, stdout: '', stderr: "sanction: no files, folders or globs given; see 'sanction lint --help'\n" });
        expect(run(cwd, ['lint', 'orders/missing.sanction'])).toEqual({ code: 2, stdout: '', stderr: 'sanction: cannot read orders/missing.sanction: no such file\n' });
        expect(run(cwd, ['lnit', 'orders'])).toEqual({ code: 2, stdout: '', stderr: "sanction: unknown command 'lnit' (did you mean init, lint?); see 'sanction --help'\n" });
        const bad = workspace();
        fs.writeFileSync(path.join(bad, 'orders/sanction.config.json'), '{ "profile": "narnia" }\n');
        const config = run(bad, ['lint', '-f', 'json', 'orders']);
        expect(config.code).toBe(2);
        expect(config.stdout).toBe('');
        expect(config.stderr).toBe("sanction: invalid configuration: orders/sanction.config.json:1:3: 'profile': must be one of 'coe', 'england-wales', 'france', 'germany'\n");
    });
});

describe('--output-file', () => {
    it('writes the report to the file (creating its folder), not to stdout, whatever the findings', () => {
        const cwd = workspace();
        expect(run(cwd, ['lint', '-o', 'reports/lint.txt', 'orders'])).toEqual({ code: 1, stdout: '', stderr: '' });
        expect(read(cwd, 'reports/lint.txt')).toBe(COMPACT);
        expect(run(cwd, ['lint', '--output-file', 'reports/clean.json', '-f', 'json', COMPLETE])).toEqual({ code: 0, stdout: '', stderr: '' });
        expect(JSON.parse(read(cwd, 'reports/clean.json')).summary).toEqual({ files: 1, filesWithProblems: 0, problems: 0, errors: 0, warnings: 0, infos: 0, hints: 0 });
        // Written atomically: no temporary file is left beside it.
        expect(listing(path.join(cwd, 'reports'))).toEqual(['clean.json', 'lint.txt']);
    });

    it('on failure: sarif and junit write a report of it, the other formats leave an older file as it was', () => {
        const cwd = workspace();
        const sarif = run(cwd, ['lint', '-f', 'sarif', '-o', 'out.sarif', 'orders/missing.sanction']);
        expect(sarif).toEqual({ code: 2, stdout: '', stderr: 'sanction: cannot read orders/missing.sanction: no such file\n' });
        const log = JSON.parse(read(cwd, 'out.sarif'));
        expect(log.runs[0].results).toEqual([]);
        expect(log.runs[0].invocations[0]).toMatchObject({
            executionSuccessful: false,
            exitCode: 2,
            toolExecutionNotifications: [{ level: 'error', message: { text: 'cannot read orders/missing.sanction: no such file.' } }]
        });
        expect(run(cwd, ['lint', '-f', 'junit', '-o', 'out.xml', '--nope', 'orders']).code).toBe(2);
        expect(read(cwd, 'out.xml')).toContain('<error');
        fs.writeFileSync(path.join(cwd, 'out.json'), 'older\n');
        expect(run(cwd, ['lint', '-f', 'json', '-o', 'out.json', 'orders/missing.sanction']).code).toBe(2);
        expect(read(cwd, 'out.json')).toBe('older\n');
        expect(listing(cwd).filter(name => !name.startsWith('orders/'))).toEqual(['out.json', 'out.sarif', 'out.xml']);
    });
});

describe('--baseline and --write-baseline', () => {
    it('old findings do not count, moved lines stay old, new findings count, gone findings are reported', () => {
        const cwd = workspace();
        const written = run(cwd, ['lint', '--baseline', 'baseline.json', '--write-baseline', 'orders']);
        expect(written).toEqual({ code: 0, stdout: '', stderr: 'sanction: wrote 4 findings to baseline.json\n' });
        expect(JSON.parse(read(cwd, 'baseline.json')).findings.map((entry: { path: string; checkId: string; line: number }) => `${entry.path}:${entry.line} ${entry.checkId}`)).toEqual([
            `${FIXABLE}:22 minor-breach-escalation`,
            `${FIXABLE}:31 missing-language`,
            `${NO_DURATION}:4 missing-duration`,
            `${NO_DURATION}:15 missing-duration`
        ]);

        // Nothing new: exit 0, though the errors are still there.
        expect(run(cwd, ['lint', '--baseline', 'baseline.json', 'orders'])).toEqual({
            code: 0,
            stdout: 'No problems in 3 files.\n',
            stderr: 'sanction: 4 findings are in the baseline and not reported; 0 are gone from it\n'
        });

        // Lines added above the findings: they are still old.
        fs.writeFileSync(path.join(cwd, NO_DURATION), `// Moved down by three lines.\n\n\n${read(cwd, NO_DURATION)}`);
        expect(run(cwd, ['lint', '--baseline', 'baseline.json', 'orders']).code).toBe(0);

        // A new file with the same faults: its findings are new, and only they are reported.
        fs.copyFileSync(path.join(FIXTURE, NO_DURATION), path.join(cwd, 'orders/new.sanction'));
        // fixable.sanction fixed: its two findings are gone from the baseline.
        fs.copyFileSync(path.join(FIXTURE, 'expected/fixable.fixed.sanction'), path.join(cwd, FIXABLE));
        expect(run(cwd, ['lint', '--baseline', 'baseline.json', 'orders'])).toEqual({
            code: 1,
            stdout: [
                `orders/new.sanction:4:7  error  ${ORDER_TERM}  [missing-duration]`,
                `orders/new.sanction:15:1  error  ${MEASURE_TERM}  [missing-duration]`,
                '',
                '2 problems (2 errors, 0 warnings, 0 infos) in 1 of 4 files',
                ''
            ].join('\n'),
            stderr: [
                'sanction: 2 findings are in the baseline and not reported; 2 are gone from it (--write-baseline shrinks it)',
                `sanction: gone from the baseline: ${FIXABLE}:22  minor-breach-escalation`,
                `sanction: gone from the baseline: ${FIXABLE}:31  missing-language`,
                ''
            ].join('\n')
        });

        // Shrinking it: the new findings and the moved ones, at their new lines.
        expect(run(cwd, ['lint', '--baseline', 'baseline.json', '--write-baseline', 'orders']).stderr).toBe('sanction: wrote 4 findings to baseline.json\n');
        expect(JSON.parse(read(cwd, 'baseline.json')).findings.map((entry: { path: string; line: number }) => `${entry.path}:${entry.line}`)).toEqual([
            'orders/new.sanction:4', 'orders/new.sanction:15', `${NO_DURATION}:7`, `${NO_DURATION}:18`
        ]);
        expect(run(cwd, ['lint', '--baseline', 'baseline.json', 'orders']).code).toBe(0);
    });

    it('old warnings do not count toward --max-warnings either', () => {
        const cwd = workspace();
        expect(run(cwd, ['lint', '--baseline', 'b.json', '--write-baseline', FIXABLE]).code).toBe(0);
        expect(run(cwd, ['lint', '--max-warnings', '0', FIXABLE]).code).toBe(1);
        expect(run(cwd, ['lint', '--max-warnings', '0', '--baseline', 'b.json', FIXABLE]).code).toBe(0);
    });
});

describe('--report-suppressions', () => {
    const REASON = 'the court reads the order to the person with an interpreter';

    it('lists every suppression comment with its reason after the summary (compact and stylish)', () => {
        const cwd = workspace('suppressed');
        const file = 'suppressed/suppressed.sanction';
        const suppressions = [
            '2 suppressions:',
            `${file}:31  missing-language  -- ${REASON}`,
            `${file}:34  vague-term  (no reason: silences nothing)`,
            ''
        ];
        expect(run(cwd, ['lint', '--report-suppressions', 'suppressed'])).toEqual({
            code: 0,
            stderr: '',
            stdout: [
                `${file}:34:1  warning  ${NO_REASON}  [invalid-suppression]`,
                '',
                '1 problem (0 errors, 1 warning, 0 infos) in 1 of 1 file',
                '',
                ...suppressions
            ].join('\n')
        });
        expect(run(cwd, ['lint', '-f', 'stylish', '--report-suppressions', 'suppressed']).stdout).toBe([
            file,
            `  34:1  warning  ${NO_REASON}  invalid-suppression`,
            '',
            '1 problem (0 errors, 1 warning, 0 infos) in 1 of 1 file',
            '',
            ...suppressions
        ].join('\n'));
        // Without the option, no list.
        expect(run(cwd, ['lint', 'suppressed']).stdout).not.toContain('suppressions');
    });

    it('gives each file its suppressions in json', () => {
        const cwd = workspace('suppressed', 'orders');
        const output = JSON.parse(run(cwd, ['lint', '-f', 'json', '--report-suppressions', COMPLETE, 'suppressed']).stdout);
        expect(output.files.map((file: { path: string; suppressions: unknown }) => [file.path, file.suppressions])).toEqual([
            [COMPLETE, []],
            ['suppressed/suppressed.sanction', [
                { line: 31, checkIds: ['missing-language'], reason: REASON, appliesTo: 32 },
                { line: 34, checkIds: ['vague-term'], reason: '', appliesTo: 35 }
            ]]
        ]);
        expect(JSON.parse(run(cwd, ['lint', '-f', 'json', 'suppressed']).stdout).files[0].suppressions).toBeUndefined();
    });
});

describe('--fix and --fix-dry-run', () => {
    const FIXED = fixture('expected/fixable.fixed.sanction');

    it('--fix applies the safe fixes byte for byte, leaves the rest, says what it did, and a second run changes nothing', () => {
        const cwd = workspace();
        const before = { complete: read(cwd, COMPLETE), noDuration: read(cwd, NO_DURATION) };
        const result = run(cwd, ['lint', '--fix', 'orders']);
        expect(result.stderr).toBe(`sanction: fixed ${FIXABLE}: 2 fixes (minor-breach-escalation, missing-language)\n${UNSAFE_LEFT}`);
        // The report and the exit code are about what is left: no-duration's errors.
        expect(result.stdout).toBe([
            `${NO_DURATION}:4:7  error  ${ORDER_TERM}  [missing-duration]`,
            `${NO_DURATION}:15:1  error  ${MEASURE_TERM}  [missing-duration]`,
            '',
            '2 problems (2 errors, 0 warnings, 0 infos) in 1 of 3 files',
            ''
        ].join('\n'));
        expect(result.code).toBe(1);
        expect(read(cwd, FIXABLE)).toBe(FIXED);
        expect(read(cwd, COMPLETE)).toBe(before.complete);
        expect(read(cwd, NO_DURATION)).toBe(before.noDuration);
        expect(listing(cwd)).toEqual([COMPLETE, FIXABLE, NO_DURATION]);

        const again = run(cwd, ['lint', '--fix', 'orders']);
        expect(again).toEqual({ ...result, stderr: UNSAFE_LEFT });
        expect(read(cwd, FIXABLE)).toBe(FIXED);
        expect(read(cwd, NO_DURATION)).toBe(before.noDuration);
    });

    it('--fix keeps CRLF line ends and every byte it does not fix', () => {
        const cwd = workspace();
        const crlf = (text: string) => text.replace(/\n/g, '\r\n');
        fs.writeFileSync(path.join(cwd, 'crlf.sanction'), crlf(fixture(FIXABLE)));
        expect(run(cwd, ['lint', '--fix', 'crlf.sanction'])).toEqual({
            code: 0,
            stdout: 'No problems in 1 file.\n',
            stderr: 'sanction: fixed crlf.sanction: 2 fixes (minor-breach-escalation, missing-language)\n'
        });
        expect(read(cwd, 'crlf.sanction')).toBe(crlf(FIXED));
    });

    it('--fix-dry-run prints the unified diff and writes nothing', () => {
        const cwd = workspace();
        const result = run(cwd, ['lint', '--fix-dry-run', 'orders']);
        expect(result).toEqual({
            code: 1,
            stderr: UNSAFE_LEFT,
            stdout: [
                `--- a/${FIXABLE}`,
                `+++ b/${FIXABLE}`,
                '@@ -19,7 +19,7 @@',
                ' requirement supervision, reporting weekly at "Exeter Probation Office, 3 Barnfield Road", for 6 months.',
                ' ',
                ' on breach:',
                '-  minor non-compliance leads to revocation.',
                '+  minor non-compliance leads to a formal warning.',
                '   significant non-compliance leads to referral to the deciding authority.',
                '   hearing before "Exeter Crown Court" with legal assistance and access to the documents.',
                '   credit for time complied.',
                '@@ -28,7 +28,7 @@',
                ' rights:',
                '   appeal to "Court of Appeal (Criminal Division)" within 28 days.',
                '   complaints to "Probation Service complaints team, South West".',
                '-  notice in English.',
                '+  notice in English, in writing.',
                ' ',
                ' costs borne by the state.',
                ' ',
                ''
            ].join('\n')
        });
        expect(read(cwd, FIXABLE)).toBe(fixture(FIXABLE));
        expect(listing(cwd)).toEqual([COMPLETE, FIXABLE, NO_DURATION]);
        // The report of what would be left goes to --output-file only.
        expect(run(cwd, ['lint', '--fix-dry-run', '-o', 'left.txt', COMPLETE, FIXABLE])).toMatchObject({ code: 0, stderr: '' });
        expect(read(cwd, 'left.txt')).toBe('No problems in 2 files.\n');
        // Nothing to fix: an empty diff.
        expect(run(cwd, ['lint', '--fix-dry-run', COMPLETE])).toEqual({ code: 0, stdout: '', stderr: '' });
    });
});

describe('--cache', () => {
    /** Empties the findings kept in the cache: a run that then reports none read them from it. */
    function forgeCache(file: string): void {
        const cache = JSON.parse(fs.readFileSync(file, 'utf8'));
        expect(Object.keys(cache.entries)).toHaveLength(3);
        for (const entry of Object.values(cache.entries) as Array<{ findings: unknown[] }>) {
            expect(entry.findings).toBeInstanceOf(Array);
            entry.findings = [];
        }
        fs.writeFileSync(file, JSON.stringify(cache));
    }

    it('a second run reads the cache; a changed file is linted again, the others still come from the cache', () => {
        const cwd = workspace();
        expect(run(cwd, ['lint', '--cache', 'orders'])).toEqual({ code: 1, stdout: COMPACT, stderr: '' });
        const cacheFile = path.join(cwd, '.sanctioncache');
        expect(fs.existsSync(cacheFile)).toBe(true);
        // Unchanged: the same report, from the cache.
        expect(run(cwd, ['lint', '--cache', 'orders'])).toEqual({ code: 1, stdout: COMPACT, stderr: '' });
        forgeCache(cacheFile);
        expect(run(cwd, ['lint', '--cache', 'orders'])).toEqual({ code: 0, stdout: 'No problems in 3 files.\n', stderr: '' });
        // Without --cache, the truth.
        expect(run(cwd, ['lint', 'orders']).stdout).toBe(COMPACT);
        // fixable.sanction changes (a comment at the end): it alone is linted again.
        fs.appendFileSync(path.join(cwd, FIXABLE), '// reviewed\n');
        expect(run(cwd, ['lint', '--cache', 'orders'])).toEqual({
            code: 0,
            stderr: '',
            stdout: [
                `${FIXABLE}:22:33  warning  ${MINOR}  [minor-breach-escalation]`,
                `${FIXABLE}:31:3  info  ${WRITING}  [missing-language]`,
                '',
                '2 problems (0 errors, 1 warning, 1 info) in 1 of 3 files',
                ''
            ].join('\n')
        });
        // Other options (another check severity) are another configuration: everything is linted again.
        expect(run(cwd, ['lint', '--cache', '--check', 'vague-term=off', 'orders']).stdout).toBe(COMPACT);
    });

    it('--cache-location keeps it elsewhere', () => {
        const cwd = workspace();
        expect(run(cwd, ['lint', '--cache', '--cache-location', 'tmp/lint-cache.json', 'orders']).code).toBe(1);
        expect(fs.existsSync(path.join(cwd, 'tmp/lint-cache.json'))).toBe(true);
        expect(fs.existsSync(path.join(cwd, '.sanctioncache'))).toBe(false);
    });
});

describe('--shard', () => {
    /** The share the documentation gives a file: a SHA-256 of its path from the root, mod n. */
    const shareOf = (file: string, count: number) => (createHash('sha256').update(file).digest().readUInt32BE(0) % count) + 1;

    it('the shares of n partition the files, each share the same on every run, as documented', () => {
        const cwd = workspace();
        const text = read(cwd, COMPLETE);
        for (let i = 1; i <= 9; i++) {
            fs.writeFileSync(path.join(cwd, `orders/court-${i}.sanction`), text);
        }
        const all = JSON.parse(run(cwd, ['lint', '-f', 'json', 'orders']).stdout).files.map((file: { path: string }) => file.path) as string[];
        expect(all).toHaveLength(12);
        const share = (i: number, n: number) => {
            const result = run(cwd, ['lint', '-f', 'json', '--shard', `${i}/${n}`, 'orders']);
            expect(result.code).toBeLessThan(2);
            return JSON.parse(result.stdout).files.map((file: { path: string }) => file.path) as string[];
        };
        expect(share(1, 1)).toEqual(all);
        for (const n of [2, 3]) {
            const shares = Array.from({ length: n }, (_, k) => share(k + 1, n));
            // A partition: every file in exactly one share.
            expect(shares.flat().sort()).toEqual([...all].sort());
            expect(new Set(shares.flat()).size).toBe(all.length);
            // The documented assignment (the working directory is the root here: no .git above it).
            shares.forEach((files, k) => expect(files).toEqual(all.filter(file => shareOf(file, n) === k + 1)));
            // Deterministic: the same again.
            expect(share(1, n)).toEqual(shares[0]);
        }
        // Only the shard's files count toward the exit code.
        const withErrors = shareOf(NO_DURATION, 3);
        expect(run(cwd, ['lint', '--shard', `${withErrors}/3`, 'orders']).code).toBe(1);
        const without = [1, 2, 3].find(i => i !== withErrors && i !== shareOf(FIXABLE, 3));
        if (without !== undefined) {
            expect(run(cwd, ['lint', '--max-warnings', '0', '--shard', `${without}/3`, 'orders']).code).toBe(0);
        }
        expect(run(cwd, ['lint', '--shard', '4/3', 'orders'])).toEqual({ code: 2, stdout: '', stderr: "sanction: option '--shard' needs <i>/<n> with 1 <= i <= n, not '4/3'; see 'sanction lint --help'\n" });
    });
});

describe('--stdin and --stdin-filename', () => {
    it('lints the text on stdin as the file named, with the exit code of its findings', () => {
        const cwd = workspace();
        expect(run(cwd, ['lint', '--stdin', '--stdin-filename', 'orders/piped.sanction'], fixture(NO_DURATION))).toEqual({
            code: 1,
            stderr: '',
            stdout: [
                `orders/piped.sanction:4:7  error  ${ORDER_TERM}  [missing-duration]`,
                `orders/piped.sanction:15:1  error  ${MEASURE_TERM}  [missing-duration]`,
                '',
                '2 problems (2 errors, 0 warnings, 0 infos) in 1 of 1 file',
                ''
            ].join('\n')
        });
        expect(run(cwd, ['lint', '--stdin'], fixture(COMPLETE))).toEqual({ code: 0, stdout: 'No problems in 1 file.\n', stderr: '' });
        const json = JSON.parse(run(cwd, ['lint', '-f', 'json', '--stdin'], fixture(FIXABLE)).stdout);
        expect(json.files.map((file: { path: string; findings: Array<{ checkId: string }> }) => [file.path, file.findings.map(f => f.checkId)]))
            .toEqual([['stdin.sanction', ['minor-breach-escalation', 'missing-language']]]);
        // --fix-dry-run on stdin: the diff, named after --stdin-filename; nothing is written.
        const diff = run(cwd, ['lint', '--fix-dry-run', '--stdin', '--stdin-filename', 'orders/piped.sanction'], fixture(FIXABLE));
        expect(diff.stdout).toMatch(/^--- a\/orders\/piped\.sanction\n\+\+\+ b\/orders\/piped\.sanction\n@@ -19,7 \+19,7 @@\n/);
        expect(fs.existsSync(path.join(cwd, 'orders/piped.sanction'))).toBe(false);
    });

    it('refuses files with --stdin, --fix on stdin, and --stdin-filename without --stdin', () => {
        const cwd = workspace();
        expect(run(cwd, ['lint', '--stdin', 'orders'], '')).toEqual({ code: 2, stdout: '', stderr: "sanction: unexpected argument 'orders' (--stdin lints stdin, not files); see 'sanction lint --help'\n" });
        expect(run(cwd, ['lint', '--stdin', '--fix'], '').code).toBe(2);
        expect(run(cwd, ['lint', '--stdin-filename', 'a.sanction', 'orders']).code).toBe(2);
        expect(run(cwd, ['lint', '--stdin', '--stdin-filename', 'notes.txt'], '')).toEqual({ code: 2, stdout: '', stderr: "sanction: option '--stdin-filename' needs a .sanction file name, not 'notes.txt'; see 'sanction lint --help'\n" });
    });
});
