import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { buildCli, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);

/** What the JSON format says about the same files: the reference for the CI formats. */
function jsonFindings(args: string[]) {
    const output = JSON.parse(sanction(['lint', '--format', 'json', ...args]).stdout);
    return output.files.flatMap((file: { path: string; findings: Array<{ checkId: string; severity: string; message: string; rules: number[]; range: { start: { line: number; column: number }; end: { line: number; column: number } } }> }) =>
        file.findings.map(finding => ({ path: file.path, ...finding })));
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
            name: 'Sanction or requirement without a fixed duration',
            helpUri: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md',
            defaultConfiguration: { level: 'error' },
            properties: { rules: [21, 23], family: 'B. Duration' }
        });

        const expected = jsonFindings(['orders']);
        const results = sarif.runs[0].results;
        expect(results).toHaveLength(expected.length);
        results.forEach((r: { ruleId: string; ruleIndex: number; level: string; message: { text: string }; locations: Array<{ physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }>; properties: { rules: number[] } }, i: number) => {
            const f = expected[i];
            expect(r.ruleId).toBe(f.checkId);
            expect(driver.rules[r.ruleIndex].id).toBe(f.checkId);
            expect(r.level).toBe(({ error: 'error', warning: 'warning', info: 'note', hint: 'note' } as Record<string, string>)[f.severity]);
            expect(r.message.text).toBe(f.message);
            expect(r.properties.rules).toEqual(f.rules);
            expect(r.locations[0].physicalLocation.artifactLocation.uri).toBe(f.path);
            expect(r.locations[0].physicalLocation.region).toEqual({
                startLine: f.range.start.line, startColumn: f.range.start.column, endLine: f.range.end.line, endColumn: f.range.end.column
            });
        });
    });
});

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
            expect(line).toBe(`::${command} file=${f.path},line=${f.range.start.line},col=${f.range.start.column},endLine=${f.range.end.line},endColumn=${f.range.end.column},title=sanction ${f.checkId}::${f.message}`);
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
