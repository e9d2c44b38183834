import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';
import { buildCli, repoRoot, sanction, schemaValidator } from './helpers.js';

beforeAll(buildCli, 60_000);

describe('sanction checks', () => {
    it('--format json lists every check with its id, Rules, severity, family and title', () => {
        const result = sanction(['checks', '--format', 'json']);
        expect(result.code).toBe(0);
        const listed = JSON.parse(result.stdout);
        const schema = JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs/schema/checks-output.schema.json'), 'utf8'));
        const validate = schemaValidator().compile(schema);
        expect(validate(listed), JSON.stringify(validate.errors, null, 2)).toBe(true);

        expect(listed.map((check: { id: string }) => check.id)).toEqual(ALL_CHECKS.map(check => check.id));
        expect(listed.find((check: { id: string }) => check.id === 'missing-duration')).toEqual({
            id: 'missing-duration',
            title: 'Sanction or requirement without a fixed duration',
            severity: 'error',
            family: 'duration',
            familyTitle: 'B. Duration',
            rules: [21, 23],
            kind: 'contravenes',
            messages: {
                orderWithoutTerm: expect.any(String),
                measureWithoutTerm: expect.any(String),
                templateMeasureWithoutTerm: expect.any(String),
                parameterWithoutValue: expect.any(String)
            },
            summary: expect.any(String),
            docsUrl: 'https://github.com/sanction-orders/sanction-orders/blob/main/docs/checks/missing-duration.md'
        });
        for (const check of ALL_CHECKS) {
            const entry = listed.find((item: { id: string }) => item.id === check.id);
            expect(entry).toMatchObject({ id: check.id, rules: [...check.rules], severity: check.severity, family: check.family, title: check.title });
            expect(entry.kind).toBe(check.kind);
            expect(entry.messages).toEqual({ ...check.messages });
        }
        expect(listed.find((check: { id: string }) => check.id === 'missing-appeal-right').kind).toBe('silent');
    });

    it('prints a table by default', () => {
        const result = sanction(['checks']);
        expect(result.code).toBe(0);
        const [header, ...rows] = result.stdout.replace(/\n$/, '').split('\n');
        expect(header).toMatch(/^ID +SEVERITY +KIND +FAMILY +RULES +TITLE$/);
        expect(rows).toHaveLength(ALL_CHECKS.length);
        expect(rows).toContainEqual(expect.stringMatching(/^missing-duration +error +contravenes +duration +21, 23 +Sanction or requirement without a fixed duration$/));
        expect(rows).toContainEqual(expect.stringMatching(/^missing-appeal-right +warning +silent +rights +25, 28 +No right of appeal stated$/));
        expect(rows).toContainEqual(expect.stringMatching(/^syntax-error +error +- +language +- +Sentence the parser cannot read$/));
    });

    it('rejects unknown formats and arguments', () => {
        const format = sanction(['checks', '--format', 'yaml']);
        expect(format.stderr).toBe("sanction: unknown format 'yaml' (formats: text, json); see 'sanction checks --help'\n");
        expect(format.code).toBe(2);
        expect(sanction(['checks', 'missing-duration']).code).toBe(2);
    });
});

describe('sanction: help, version and usage', () => {
    const version = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).version;

    it('--version and -v print the version', () => {
        expect(sanction(['--version'])).toEqual({ code: 0, stdout: `${version}\n`, stderr: '' });
        expect(sanction(['-v']).stdout).toBe(`${version}\n`);
    });

    it('--help lists the commands', () => {
        const result = sanction(['--help']);
        expect(result.code).toBe(0);
        expect(result.stdout).toMatch(/^Usage: sanction <command> \[options\]\n/);
        expect(result.stdout).toMatch(/^ {2}lint {6}check \.sanction files/m);
        expect(result.stdout).toMatch(/^ {2}checks {4}list every check/m);
        expect(sanction(['help']).stdout).toBe(result.stdout);
    });

    it('each command has its help', () => {
        for (const args of [['lint', '--help'], ['help', 'lint'], ['lint', '-h']]) {
            const result = sanction(args);
            expect(result.code).toBe(0);
            expect(result.stdout).toMatch(/^Usage: sanction lint \[options\] <files\|folders\|globs\.\.\.>\n/);
            expect(result.stdout).toContain('--max-warnings');
            expect(result.stdout).toContain('Exit codes:');
        }
        expect(sanction(['checks', '--help']).stdout).toMatch(/^Usage: sanction checks/);
    });

    it.each([
        [[], 'no command given'],
        [['frobnicate'], "unknown command 'frobnicate'"],
        [['--frobnicate'], "unknown option '--frobnicate'"],
        [['--versoin'], "unknown option '--versoin' (did you mean --version?)"],
        [['help', 'frobnicate'], "unknown command 'frobnicate'"],
        [['lnit', 'orders'], "unknown command 'lnit' (did you mean init, lint?)"]
    ])('%j is a usage error', (args, message) => {
        const result = sanction(args);
        expect(result).toEqual({
            code: 2,
            stdout: '',
            stderr: `sanction: ${message}; see 'sanction --help'\n`
        });
    });
});
