import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import Ajv04 from 'ajv-draft-04';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { getRule } from '../../language/src/rules/catalogue.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { describeWithShared, readShared } from '../shared.js';
import { buildCli, fixtures, repoRoot, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);
// Each test runs the bin a few times, on a machine that may be busy.
vi.setConfig({ testTimeout: 30_000 });

/** What the JSON format says about the same files: the reference for the CI formats. */
function jsonFindings(args: string[]) {
    const output = JSON.parse(sanction(['lint', '--format', 'json', ...args]).stdout);
    return output.files.flatMap((file: { path: string; findings: Array<{ checkId: string; severity: string; message: string; rules: number[]; fingerprint: string; range: { start: { line: number; column: number }; end: { line: number; column: number } } }> }) =>
        file.findings.map(finding => ({ path: file.path, ...finding })));
}

/** Fixture paths as SARIF, GitHub and GitLab give them: relative to the repository root. */
const fromRoot = (p: string) => `test/cli/fixtures/${p}`;

interface SarifResult {
    ruleId: string;
    ruleIndex: number;
    level: string;
    message: { text: string };
    locations: Array<{ physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }>;
    partialFingerprints: Record<string, string>;
    properties: { rules: number[] };
}

describe('sanction lint --format sarif', () => {
    it('writes SARIF 2.1.0 with every check as a rule and every finding as a result', () => {
        const result = sanction(['lint', '--format', 'sarif', 'orders']);
        expect(result.code).toBe(1);
        const sarif = JSON.parse(result.stdout);
        expect(sarif.version).toBe('2.1.0');
        expect(sarif.runs).toHaveLength(1);
        const { driver } = sarif.runs[0].tool;
        expect(driver.name).toBe('sanction');
        const ruleIds = driver.rules.map((rule: { id: string }) => rule.id);
        expect(ruleIds).toEqual(ALL_CHECKS.map(check => check.id));
        expect(ruleIds).toEqual(expect.arrayContaining(['syntax-error', 'unresolved-reference']));
        expect(driver.rules.find((rule: { id: string }) => rule.id === 'missing-duration')).toMatchObject({
            name: 'MissingDuration',
            shortDescription: { text: 'Sanction or requirement without a fixed duration.' },
            helpUri: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md',
            defaultConfiguration: { level: 'error' },
            properties: { rules: [21, 23], family: 'B. Duration' }
        });

        const expected = jsonFindings(['orders']);
        const results: SarifResult[] = sarif.runs[0].results;
        expect(results).toHaveLength(expected.length);
        results.forEach((r, i) => {
            const f = expected[i];
            expect(r.ruleId).toBe(f.checkId);
            expect(driver.rules[r.ruleIndex].id).toBe(f.checkId);
            expect(r.level).toBe(({ error: 'error', warning: 'warning', info: 'note', hint: 'note' } as Record<string, string>)[f.severity]);
            // SARIF wants sentences: the message with a full stop.
            expect(r.message.text).toBe(/[.!?]$/.test(f.message) ? f.message : `${f.message}.`);
            expect(r.properties.rules).toEqual(f.rules);
            expect(r.locations[0].physicalLocation.artifactLocation).toEqual({ uri: fromRoot(f.path), uriBaseId: '%SRCROOT%' });
            expect(r.locations[0].physicalLocation.region).toEqual({
                startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column
            });
            expect(r.partialFingerprints['sanctionFindingHash/v1']).toBe(f.fingerprint);
        });
        expect(sarif.runs[0].originalUriBaseIds).toEqual({ '%SRCROOT%': { uri: pathToFileURL(repoRoot).href + '/' } });
        expect(sarif.runs[0].invocations).toEqual([{ executionSuccessful: true, exitCode: 1, workingDirectory: { uri: pathToFileURL(fixtures).href + '/' } }]);
    });

    it('gives every rule a full description and help in text and Markdown: what it finds, the Rules with our summaries, how to fix and silence', () => {
        const { driver } = JSON.parse(sanction(['lint', '--format', 'sarif', 'orders/clean.sanction']).stdout).runs[0].tool;
        for (const rule of driver.rules as Array<{ id: string; fullDescription: { text: string }; help: { text: string; markdown: string } }>) {
            const check = ALL_CHECKS.find(c => c.id === rule.id)!;
            expect(rule.fullDescription.text.startsWith(check.summary), rule.id).toBe(true);
            expect(rule.help.markdown, rule.id).toContain('## How to fix');
            expect(rule.help.markdown, rule.id).toContain('## How to silence');
            expect(rule.help.markdown, rule.id).not.toContain('<!--');
            expect(rule.help.markdown, rule.id).not.toMatch(/\]\((?!https?:)/);
            expect(rule.help.text, rule.id).not.toMatch(/\*\*|<!--|```/);
            for (const number of check.rules) {
                expect(rule.help.markdown, rule.id).toContain(`**Rule ${number}**`);
                expect(rule.help.markdown, rule.id).toContain(getRule(number)!.summary);
            }
            if (!check.raisedBy || check.raisedBy === 'suppressions') {
                expect(rule.help.markdown, rule.id).toContain(`// sanction-ignore ${check.id} -- <the court's reason>`);
                expect(rule.help.text, rule.id).toContain(`// sanction-ignore ${check.id} -- <the court's reason>`);
            }
        }
        const duration = driver.rules.find((rule: { id: string }) => rule.id === 'missing-duration');
        expect(duration.fullDescription.text).toBe(`${ALL_CHECKS.find(c => c.id === 'missing-duration')!.summary} It rests on Rules 21 and 23 of CM/Rec(2017)3.`);
        expect(duration.help.markdown).toContain('An order with no `in force …` sentence');
        expect(duration.help.markdown).toContain('The quick fix inserts');
        expect(duration.help.markdown).toContain('[Our summaries of all 105 Rules](https://github.com/sanction-orders/sanction-orders/blob/main/docs/rules.md)');
    });

    it('keeps fingerprints when lines move, and makes URIs relative to the repository root, percent-encoded, from any folder', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-sarif-'));
        try {
            fs.mkdirSync(path.join(dir, '.git'));
            fs.mkdirSync(path.join(dir, 'orders/sub'), { recursive: true });
            const text = fs.readFileSync(path.join(fixtures, 'orders/no-duration.sanction'), 'utf8');
            fs.writeFileSync(path.join(dir, 'orders/my order.sanction'), text);
            fs.writeFileSync(path.join(dir, 'orders/ordre-été.sanction'), `// moved down\n\n${text}`);
            const run = (cwd: string, args: string[] = []) => JSON.parse(sanction(['lint', '-f', 'sarif', ...args, path.join(dir, 'orders')], { cwd }).stdout).runs[0];
            const fromSub = run(path.join(dir, 'orders/sub'));
            const uris = fromSub.results.map((r: SarifResult) => r.locations[0].physicalLocation.artifactLocation.uri);
            expect(uris).toEqual(['orders/my%20order.sanction', 'orders/my%20order.sanction', 'orders/ordre-%C3%A9t%C3%A9.sanction', 'orders/ordre-%C3%A9t%C3%A9.sanction']);
            expect(fromSub.originalUriBaseIds['%SRCROOT%'].uri).toBe(pathToFileURL(dir).href + '/');
            expect(run(dir)).toEqual({ ...fromSub, invocations: [{ ...fromSub.invocations[0], workingDirectory: { uri: pathToFileURL(dir).href + '/' } }] });
            const prints = fromSub.results.map((r: SarifResult) => r.partialFingerprints['sanctionFindingHash/v1']);
            const lines = fromSub.results.map((r: SarifResult) => r.locations[0].physicalLocation.region.startLine);
            expect(lines[2]).toBe(lines[0] + 2);
            expect(prints[2]).toBe(prints[0]);
            expect(prints[3]).toBe(prints[1]);
            expect(prints[0]).not.toBe(prints[1]);
            // --root (or --sarif-root) names the root; a file outside it gets an absolute file: URI, never ../
            const rooted = run(dir, ['--sarif-root', path.join(dir, 'orders')]);
            expect(rooted.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20order.sanction');
            const outside = run(dir, ['--root', path.join(dir, 'orders/sub')]);
            expect(outside.results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: pathToFileURL(path.join(dir, 'orders/my order.sanction')).href });
            // With no repository, the working directory, or the folder holding every file linted.
            fs.rmdirSync(path.join(dir, '.git'));
            const noGit = run(path.join(dir, 'orders/sub'));
            expect(noGit.results.map((r: SarifResult) => r.locations[0].physicalLocation.artifactLocation.uri)).toEqual(['my%20order.sanction', 'my%20order.sanction', 'ordre-%C3%A9t%C3%A9.sanction', 'ordre-%C3%A9t%C3%A9.sanction']);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 30_000);

    it.each([
        [['lint', '-f', 'sarif', '--fromat', 'x', 'orders'], "unknown option '--fromat' (did you mean --format?)."],
        [['lint', '--format=sarif', 'missing.sanction'], 'cannot read missing.sanction: no such file.'],
        [['lint', '-f', 'sarif'], 'no files, folders or globs given.']
    ])('writes a valid empty run for a run that failed: %j', (args, notification) => {
        const result = sanction(args);
        expect(result.code).toBe(2);
        expect(result.stderr).toMatch(/^sanction: /);
        const run = JSON.parse(result.stdout).runs[0];
        expect(run.results).toEqual([]);
        expect(run.tool.driver.rules).toHaveLength(ALL_CHECKS.length);
        expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, exitCode: 2, toolExecutionNotifications: [{ level: 'error', message: { text: notification } }] });
    });

    it('reports too many warnings as a tool notification', () => {
        const result = sanction(['lint', '-f', 'sarif', '--check', 'missing-duration=warning', '--max-warnings', '0', 'orders/no-duration.sanction']);
        expect(result.code).toBe(1);
        expect(JSON.parse(result.stdout).runs[0].invocations[0]).toMatchObject({ executionSuccessful: true, exitCode: 1, toolExecutionNotifications: [{ level: 'error', message: { text: 'too many warnings: 2 (maximum 0).' } }] });
    });
});

describeWithShared('SARIF against the official schema', ['schemas/sarif-2.1.0/sarif-schema-2.1.0.json'], 'The SARIF schema validations', () => {
    const schema = JSON.parse(readShared('schemas/sarif-2.1.0/sarif-schema-2.1.0.json'));
    const ajv = new Ajv04({ allErrors: true, strict: false });
    const uriReference = /^([A-Za-z][A-Za-z0-9+.-]*:)?([A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]]|%[0-9A-Fa-f]{2})*$/;
    ajv.addFormat('uri', { type: 'string', validate: (value: string) => uriReference.test(value) && /^[A-Za-z][A-Za-z0-9+.-]*:/.test(value) });
    ajv.addFormat('uri-reference', { type: 'string', validate: (value: string) => uriReference.test(value) });
    ajv.addFormat('date-time', { type: 'string', validate: (value: string) => !Number.isNaN(Date.parse(value)) });
    const validate = ajv.compile(schema);
    const check = (text: string) => {
        const log = JSON.parse(text);
        expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
        return log;
    };

    it('validates real output: findings of every kind, a clean file, a failed run', () => {
        check(sanction(['lint', '-f', 'sarif', 'orders', 'syntax', 'imports']).stdout);
        check(sanction(['lint', '-f', 'sarif', 'orders/clean.sanction']).stdout);
        check(sanction(['lint', '-f', 'sarif', '--nope']).stdout);
    }, 30_000);

    it('rejects what a URI may not hold (the check above means something)', () => {
        const log = check(sanction(['lint', '-f', 'sarif', 'orders/no-duration.sanction']).stdout);
        log.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri = 'orders/my order.sanction';
        expect(validate(log)).toBe(false);
    });

    it('validates names that need percent-encoding', () => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-sarif-'));
        try {
            const text = fs.readFileSync(path.join(fixtures, 'orders/no-duration.sanction'), 'utf8');
            fs.writeFileSync(path.join(dir, 'my order.sanction'), text);
            fs.writeFileSync(path.join(dir, 'ordre-été #1.sanction'), text);
            check(sanction(['lint', '-f', 'sarif', '.'], { cwd: dir }).stdout);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    });
});

/**
 * The SARIF multitool (npm @microsoft/sarif-multitool, a devDependency of the CLI: a self-contained
 * .NET executable for this platform), with and without GitHub's rules; SARIF_MULTITOOL names another.
 */
function installedMultitool(): string | undefined {
    const platform = { linux: 'linux', darwin: 'darwin', win32: 'win32' }[process.platform as string];
    const candidate = platform && path.join(repoRoot, `node_modules/@microsoft/sarif-multitool-${platform}/Sarif.Multitool${platform === 'win32' ? '.exe' : ''}`);
    return candidate && fs.existsSync(candidate) ? candidate : undefined;
}
const multitool = process.env.SARIF_MULTITOOL ?? installedMultitool();
if (multitool) describe('SARIF multitool validate', () => {
    it.each([
        [[] as string[], ['orders', 'syntax', 'imports'], 1],
        [['--rule-kind', 'Ghas'], ['orders', 'syntax', 'imports'], 1],
        [['--rule-kind', 'Ghas'], ['--fromat', 'x', 'orders'], 2]
    ])('finds no error or warning %j in the log of %j', (extra, args, code) => {
        const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-multitool-'));
        try {
            const input = path.join(dir, 'in.sarif');
            const output = path.join(dir, 'out.sarif');
            expect(sanction(['lint', '-f', 'sarif', '-o', input, ...args]).code).toBe(code);
            execFileSync(multitool!, ['validate', input, '-o', output, '--level', 'Error', 'Warning', ...extra], { stdio: 'pipe' });
            const results = JSON.parse(fs.readFileSync(output, 'utf8')).runs[0].results ?? [];
            expect(results.map((r: { ruleId: string; message: { arguments?: string[] } }) => `${r.ruleId} ${r.message.arguments?.join(' ')}`)).toEqual([]);
        } finally {
            fs.rmSync(dir, { recursive: true, force: true });
        }
    }, 120_000);
});
else {
    console.warn('NOTE: the SARIF multitool validation was not run: install the devDependencies (npm @microsoft/sarif-multitool) or set SARIF_MULTITOOL to its executable.');
}

describe('sanction lint --format github', () => {
    it('writes one workflow command per finding, in the order of the JSON output', () => {
        const result = sanction(['lint', '--format', 'github', 'orders']);
        expect(result.code).toBe(1);
        const lines = result.stdout.trimEnd().split('\n');
        const expected = jsonFindings(['orders']);
        expect(lines).toHaveLength(expected.length);
        lines.forEach((line, i) => {
            const f = expected[i];
            const command = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' }[f.severity as 'error'];
            expect(line).toBe(`::${command} file=${fromRoot(f.path)},line=${f.range.start.line},col=${f.range.start.column},endLine=${f.range.end.line},endColumn=${f.range.end.column},title=sanction ${f.checkId}::${f.message}`);
        });
    });

    it('escapes what workflow commands cannot carry', () => {
        const result = sanction(['lint', '--format', 'github', 'syntax']);
        for (const line of result.stdout.trimEnd().split('\n')) {
            const [, properties, message] = /^::\w+ ([^:]*)::(.*)$/.exec(line) ?? [];
            expect(properties, line).toBeDefined();
            expect(message).not.toMatch(/[\r\n]/);
        }
    });

    it('writes nothing for clean files', () => {
        const result = sanction(['lint', '--format', 'github', 'orders/clean.sanction']);
        expect(result.stdout).toBe('');
        expect(result.code).toBe(0);
    });
});
