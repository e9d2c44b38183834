/**
 * The options CI engineers expect of a linter (issue 13), run on the built bin: --output-file,
 * the formats end to end, colour, --fix / --fix-dry-run, --stdin, ignore files, --config.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { buildCli, fixtures, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);
// Each test runs the bin a few times, on a machine that may be busy.
vi.setConfig({ testTimeout: 30_000 });

const NO_DURATION = fs.readFileSync(path.join(fixtures, 'orders/no-duration.sanction'), 'utf8');
const CLEAN = fs.readFileSync(path.join(fixtures, 'orders/clean.sanction'), 'utf8');

let dirs: string[] = [];
afterEach(() => {
    dirs.forEach(dir => fs.rmSync(dir, { recursive: true, force: true }));
    dirs = [];
});

/** A temporary folder with these files (path → text). */
function folder(files: Record<string, string>): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-options-'));
    dirs.push(dir);
    for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
    }
    return dir;
}

const listing = (dir: string) => fs.readdirSync(dir, { recursive: true }).map(String).sort();

describe('--output-file', () => {
    it('writes the report to the file, not stdout, also when there are findings (exit 1); creates its folder; leaves no temporary file', () => {
        const dir = folder({ 'a.sanction': NO_DURATION });
        const result = sanction(['lint', '-f', 'json', '--output-file', 'reports/out.json', 'a.sanction'], { cwd: dir });
        expect(result.code).toBe(1);
        expect(result.stdout).toBe('');
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'reports/out.json'), 'utf8')).summary.errors).toBe(2);
        expect(listing(dir)).toEqual(['a.sanction', 'reports', 'reports/out.json']);
        // -o is the short form; an existing file is replaced.
        expect(sanction(['lint', '-o', 'reports/out.json', 'a.sanction'], { cwd: dir }).code).toBe(1);
        expect(fs.readFileSync(path.join(dir, 'reports/out.json'), 'utf8')).toMatch(/^a\.sanction:4:7  error/);
    });

    it('writes a SARIF log of the failure for a usage error, and leaves formats without one alone', () => {
        const dir = folder({ 'a.sanction': NO_DURATION, 'old.json': '{"old":true}\n' });
        const sarif = sanction(['lint', '-f', 'sarif', '-o', 'out.sarif', '--max-warnings', 'lots', 'a.sanction'], { cwd: dir });
        expect(sarif.code).toBe(2);
        expect(sarif.stdout).toBe('');
        expect(sarif.stderr).toMatch(/^sanction: option '--max-warnings' needs a whole number/);
        const log = JSON.parse(fs.readFileSync(path.join(dir, 'out.sarif'), 'utf8'));
        expect(log.runs[0]).toMatchObject({ results: [], invocations: [{ executionSuccessful: false, exitCode: 2 }] });

        const json = sanction(['lint', '-f', 'json', '-o', 'old.json', '--nope', 'a.sanction'], { cwd: dir });
        expect(json.code).toBe(2);
        expect(fs.readFileSync(path.join(dir, 'old.json'), 'utf8')).toBe('{"old":true}\n');
        expect(listing(dir)).toEqual(['a.sanction', 'old.json', 'out.sarif']);
    });

    it('says so in one line when the file cannot be written, and exits 2', () => {
        const dir = folder({ 'a.sanction': NO_DURATION, 'file': '' });
        const result = sanction(['lint', '-o', 'file/out.txt', 'a.sanction'], { cwd: dir });
        expect(result.stderr).toBe('sanction: cannot write file/out.txt: a file is in the way of a folder it needs\n');
        expect(result.code).toBe(2);
        expect(listing(dir)).toEqual(['a.sanction', 'file']);
    });

    it('writes a JUnit report with an error for unreadable input', () => {
        const dir = folder({});
        expect(sanction(['lint', '-f', 'junit', '-o', 'junit.xml', 'missing.sanction'], { cwd: dir }).code).toBe(2);
        expect(fs.readFileSync(path.join(dir, 'junit.xml'), 'utf8')).toContain('<error message="cannot read missing.sanction: no such file"/>');
    });
});

describe('formats end to end', () => {
    it('stylish groups by file; compact is the default', () => {
        const stylish = sanction(['lint', '-f', 'stylish', 'orders']);
        expect(stylish.code).toBe(1);
        expect(stylish.stdout.split('\n').slice(0, 3)).toEqual([
            'orders/more/unknown-template.sanction',
            "  17:7  error  Unknown template 'home-curfew': define it in this file or import the file that defines it.  unresolved-reference",
            ''
        ]);
        expect(stylish.stdout).toMatch(/\n3 problems \(3 errors, 0 warnings, 0 infos\) in 2 of 3 files\n$/);
        expect(sanction(['lint', 'orders']).stdout).toBe(sanction(['lint', '-f', 'compact', 'orders']).stdout);
    }, 30_000);

    it('junit, checkstyle and gitlab describe the same findings', () => {
        const junit = sanction(['lint', '-f', 'junit', 'orders']).stdout;
        expect(junit.match(/<testcase /g)).toHaveLength(3);
        expect(junit.match(/<failure /g)).toHaveLength(3);
        const checkstyle = sanction(['lint', '-f', 'checkstyle', 'orders']).stdout;
        expect(checkstyle.match(/<error /g)).toHaveLength(3);
        expect(checkstyle).toContain(`<file name="${path.join(fixtures, 'orders/no-duration.sanction')}">`);
        const gitlab = JSON.parse(sanction(['lint', '-f', 'gitlab', 'orders']).stdout);
        expect(gitlab.map((issue: { check_name: string; location: { path: string; lines: { begin: number } } }) => [issue.check_name, issue.location.path, issue.location.lines.begin])).toEqual([
            ['unresolved-reference', 'test/cli/fixtures/orders/more/unknown-template.sanction', 17],
            ['missing-duration', 'test/cli/fixtures/orders/no-duration.sanction', 4],
            ['missing-duration', 'test/cli/fixtures/orders/no-duration.sanction', 15]
        ]);
        expect(JSON.parse(sanction(['lint', '-f', 'gitlab', 'orders/clean.sanction']).stdout)).toEqual([]);
    }, 30_000);

    it('colours piped output only with FORCE_COLOR or --color, and --no-color wins over FORCE_COLOR', () => {
        const ansi = /\u001b\[/;
        expect(sanction(['lint', 'orders']).stdout).not.toMatch(ansi);
        expect(sanction(['lint', 'orders'], { env: { FORCE_COLOR: '1' } }).stdout).toMatch(ansi);
        expect(sanction(['lint', 'orders'], { env: { FORCE_COLOR: '0' } }).stdout).not.toMatch(ansi);
        expect(sanction(['lint', '--color', 'orders'], { env: { NO_COLOR: '1' } }).stdout).toMatch(ansi);
        expect(sanction(['lint', '--no-color', 'orders'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
        expect(sanction(['lint', '-f', 'json', 'orders'], { env: { FORCE_COLOR: '1' } }).stdout).not.toMatch(ansi);
        expect(sanction(['lint', '--color', '--no-color', 'orders']).code).toBe(2);
    }, 30_000);
});

/**
 * An order with two findings whose fixes guess nothing (minor-breach-escalation: "a formal warning";
 * missing-language: ", in writing") and, in NO_DURATION, findings whose fix guesses a figure
 * ("in force for 12 months"), which --fix leaves alone.
 */
const FIXABLE = CLEAN
    .replace('minor non-compliance leads to a formal warning.', 'minor non-compliance leads to revocation.')
    .replace('notice in English, in writing.', 'notice in English.');
const UNSAFE_LEFT = 'sanction: not fixed: 1 finding has only fixes that guess or leave a placeholder (missing-duration); apply them in the editor';

describe('--fix and --fix-dry-run', () => {
    it('--fix-dry-run prints the safe fixes as a unified diff and writes nothing', () => {
        const dir = folder({ 'a.sanction': FIXABLE, 'b.sanction': NO_DURATION });
        const result = sanction(['lint', '--fix-dry-run', 'a.sanction', 'b.sanction'], { cwd: dir });
        expect(result.stdout).toMatch(/^--- a\/a\.sanction\n\+\+\+ b\/a\.sanction\n@@ /);
        expect(result.stdout).toContain('\n-  minor non-compliance leads to revocation.\n+  minor non-compliance leads to a formal warning.\n');
        expect(result.stdout).toContain('\n-  notice in English.\n+  notice in English, in writing.\n');
        // The guessed duration is not applied, so b.sanction has no diff.
        expect(result.stdout).not.toContain('b.sanction');
        expect(result.stdout).not.toContain('in force for 12 months');
        expect(result.stderr).toBe(`${UNSAFE_LEFT}\n`);
        expect(fs.readFileSync(path.join(dir, 'a.sanction'), 'utf8')).toBe(FIXABLE);
        // what remains after the fixes decides the exit code: b.sanction's missing duration
        expect(result.code).toBe(1);
    });

    it('--fix applies only safe fixes, keeps every other byte, says what it changed, and is idempotent', () => {
        const dir = folder({ 'a.sanction': FIXABLE, 'b.sanction': NO_DURATION, 'clean.sanction': CLEAN });
        const result = sanction(['lint', '--fix', '.'], { cwd: dir });
        expect(result.stderr.split('\n')).toEqual([
            'sanction: fixed a.sanction: 2 fixes (minor-breach-escalation, missing-language)',
            UNSAFE_LEFT,
            ''
        ]);
        expect(result.code).toBe(1);
        // Exactly the fixed text, nothing else changed; the file whose fix guesses is untouched.
        expect(fs.readFileSync(path.join(dir, 'a.sanction'), 'utf8')).toBe(CLEAN);
        expect(fs.readFileSync(path.join(dir, 'b.sanction'), 'utf8')).toBe(NO_DURATION);
        expect(fs.readFileSync(path.join(dir, 'clean.sanction'), 'utf8')).toBe(CLEAN);
        expect(listing(dir)).toEqual(['a.sanction', 'b.sanction', 'clean.sanction']);
        const again = sanction(['lint', '--fix', '.'], { cwd: dir });
        expect(again.stderr).toBe(`${UNSAFE_LEFT}\n`);
        expect(fs.readFileSync(path.join(dir, 'a.sanction'), 'utf8')).toBe(CLEAN);
        expect(fs.readFileSync(path.join(dir, 'b.sanction'), 'utf8')).toBe(NO_DURATION);
    });

    it('--fix cannot write stdin and cannot go with --fix-dry-run', () => {
        expect(sanction(['lint', '--fix', '--stdin'], { input: '' }).stderr).toMatch(/^sanction: option '--fix' cannot write to stdin/);
        expect(sanction(['lint', '--fix', '--fix-dry-run', 'orders']).stderr).toMatch(/^sanction: options '--fix' and '--fix-dry-run' cannot be used together/);
    });
});

describe('--stdin', () => {
    it('lints stdin as the file --stdin-filename names, imports and configuration included', () => {
        const order = fs.readFileSync(path.join(fixtures, 'imports/order.sanction'), 'utf8');
        const asImporter = sanction(['lint', '--stdin', '--stdin-filename', 'imports/piped.sanction'], { input: order });
        expect(asImporter.stdout).toBe('No problems in 1 file.\n');
        expect(asImporter.code).toBe(0);
        const elsewhere = sanction(['lint', '-f', 'json', '--stdin', '--stdin-filename', 'orders/piped.sanction'], { input: order });
        const output = JSON.parse(elsewhere.stdout);
        expect(output.files.map((file: { path: string }) => file.path)).toEqual(['orders/piped.sanction']);
        expect(output.files[0].findings.map((f: { checkId: string }) => f.checkId)).toContain('unresolved-import');
        expect(sanction(['lint', '--stdin'], { input: NO_DURATION }).stdout).toMatch(/^stdin\.sanction:4:7  error/);
    });

    it('rejects files with --stdin, and a file name of another kind', () => {
        expect(sanction(['lint', '--stdin', 'orders'], { input: '' }).stderr).toMatch(/^sanction: unexpected argument 'orders'/);
        expect(sanction(['lint', '--stdin', '--stdin-filename', 'x.txt'], { input: '' }).stderr).toMatch(/^sanction: option '--stdin-filename' needs a \.sanction file name/);
        expect(sanction(['lint', '--stdin-filename', 'x.sanction', 'orders']).stderr).toMatch(/^sanction: option '--stdin-filename' needs --stdin/);
    });
});

describe('ignoring files', () => {
    const tree = () => folder({
        'orders/a.sanction': NO_DURATION,
        'orders/drafts/b.sanction': NO_DURATION,
        'orders/old/c.sanction': NO_DURATION,
        'orders/clean.sanction': CLEAN,
        '.sanctionignore': '# drafts are not ready\norders/drafts/\n'
    });
    const files = (dir: string, args: string[]) =>
        JSON.parse(sanction(['lint', '-f', 'json', ...args], { cwd: dir }).stdout).files.map((file: { path: string }) => file.path);

    it('skips what .sanctionignore and --ignore-pattern list (gitignore syntax); --no-ignore lints everything', () => {
        const dir = tree();
        expect(files(dir, ['orders'])).toEqual(['orders/a.sanction', 'orders/clean.sanction', 'orders/old/c.sanction']);
        expect(files(dir, ['--ignore-pattern', 'old', 'orders'])).toEqual(['orders/a.sanction', 'orders/clean.sanction']);
        expect(files(dir, ['--ignore-pattern', '*.sanction', '--ignore-pattern', '!clean.sanction', 'orders'])).toEqual(['orders/clean.sanction']);
        expect(files(dir, ['--no-ignore', 'orders'])).toEqual(['orders/a.sanction', 'orders/clean.sanction', 'orders/drafts/b.sanction', 'orders/old/c.sanction']);
        expect(files(dir, ['orders/**/*.sanction'])).toEqual(['orders/a.sanction', 'orders/clean.sanction', 'orders/old/c.sanction']);
    }, 30_000);

    it('says so for a file named on the command line that is ignored, and fails when everything is', () => {
        const dir = tree();
        const named = sanction(['lint', 'orders/drafts/b.sanction', 'orders/clean.sanction'], { cwd: dir });
        expect(named.stderr).toBe('sanction: orders/drafts/b.sanction is ignored (.sanctionignore); --no-ignore lints it\n');
        expect(named.stdout).toBe('No problems in 1 file.\n');
        const all = sanction(['lint', 'orders/drafts'], { cwd: dir });
        expect(all.stderr).toBe('sanction: cannot read orders/drafts: every file in this folder is ignored (--no-ignore lints them)\n');
        expect(all.code).toBe(2);
    });

    it('reads another ignore file with --ignore-path', () => {
        const dir = tree();
        fs.writeFileSync(path.join(dir, 'ci.ignore'), 'old/\n');
        expect(files(dir, ['--ignore-path', 'ci.ignore', 'orders'])).toEqual(['orders/a.sanction', 'orders/clean.sanction', 'orders/drafts/b.sanction']);
        expect(sanction(['lint', '--ignore-path', 'none', 'orders'], { cwd: dir }).stderr).toBe('sanction: cannot read none: no such file\n');
    });
});

describe('--config, --no-config, --print-config', () => {
    const tree = () => folder({
        'orders/a.sanction': NO_DURATION,
        'orders/sanction.config.json': '{ "checks": { "missing-duration": "warning" } }\n',
        'strict.json': '{ "checks": { "missing-duration": "info" } }\n',
        'bad.json': '{ "checks": { "no-such-check": "off" } }\n'
    });
    const severities = (dir: string, args: string[]) =>
        JSON.parse(sanction(['lint', '-f', 'json', ...args, 'orders'], { cwd: dir }).stdout).files[0].findings.map((f: { severity: string }) => f.severity);

    it('-c/--config uses one file for every order; --no-config none; --check still wins', () => {
        const dir = tree();
        expect(severities(dir, [])).toEqual(['warning', 'warning']);
        expect(severities(dir, ['-c', 'strict.json'])).toEqual(['info', 'info']);
        expect(severities(dir, ['--config', 'strict.json', '--check', 'missing-duration=error'])).toEqual(['error', 'error']);
        expect(severities(dir, ['--no-config'])).toEqual(['error', 'error']);
        expect(sanction(['lint', '-c', 'strict.json', '--no-config', 'orders'], { cwd: dir }).code).toBe(2);
    }, 30_000);

    it('reports a bad or missing --config file and exits 2', () => {
        const dir = tree();
        const bad = sanction(['lint', '-c', 'bad.json', 'orders'], { cwd: dir });
        expect(bad.stderr).toMatch(/^sanction: invalid configuration: bad\.json:1:\d+: 'checks\.no-such-check': unknown check/);
        expect(bad.code).toBe(2);
        expect(sanction(['lint', '-c', 'none.json', 'orders'], { cwd: dir }).stderr).toBe('sanction: cannot read none.json: no such file\n');
    });

    it('--print-config prints what applies to a file', () => {
        const dir = tree();
        const printed = sanction(['lint', '--print-config', 'orders/a.sanction'], { cwd: dir });
        expect(printed.code).toBe(0);
        expect(JSON.parse(printed.stdout)).toEqual({ file: 'orders/sanction.config.json', profile: 'coe', checks: { 'missing-duration': 'warning' }, ceilings: {} });
        const overridden = JSON.parse(sanction(['lint', '--print-config', 'orders/a.sanction', '-c', 'strict.json', '-p', 'france'], { cwd: dir }).stdout);
        expect(overridden).toEqual({ file: 'strict.json', profile: 'france', checks: { 'missing-duration': 'info' }, ceilings: {} });
        expect(JSON.parse(sanction(['lint', '--print-config', 'x.sanction', '--no-config'], { cwd: dir }).stdout).file).toBeNull();
    });
});

describe('--baseline and --write-baseline', () => {
    it('reports only findings not in the baseline, keeps old ones old when lines move, and says which are gone', () => {
        const dir = folder({ 'orders/a.sanction': NO_DURATION, 'orders/b.sanction': NO_DURATION });
        const written = sanction(['lint', '--baseline', 'ci/baseline.json', '--write-baseline', 'orders'], { cwd: dir });
        expect(written.code).toBe(0);
        expect(written.stderr).toBe('sanction: wrote 4 findings to ci/baseline.json\n');
        const baseline = JSON.parse(fs.readFileSync(path.join(dir, 'ci/baseline.json'), 'utf8'));
        expect(baseline.findings.map((entry: { path: string; checkId: string }) => [entry.path, entry.checkId])).toEqual([
            ['../orders/a.sanction', 'missing-duration'], ['../orders/a.sanction', 'missing-duration'],
            ['../orders/b.sanction', 'missing-duration'], ['../orders/b.sanction', 'missing-duration']
        ]);

        const same = sanction(['lint', '--baseline', 'ci/baseline.json', 'orders'], { cwd: dir });
        expect(same.code).toBe(0);
        expect(same.stdout).toBe('No problems in 2 files.\n');
        expect(same.stderr).toBe('sanction: 4 findings are in the baseline and not reported; 0 are gone from it\n');

        // a.sanction: lines added above (its findings stay old), one more requirement without a duration (new);
        // b.sanction: fixed.
        fs.writeFileSync(path.join(dir, 'orders/a.sanction'), `// reviewed\n\n${NO_DURATION}requirement unpaid work, 40 hours.\n`);
        fs.writeFileSync(path.join(dir, 'orders/b.sanction'), CLEAN);
        const changed = sanction(['lint', '-f', 'json', '--baseline', 'ci/baseline.json', 'orders'], { cwd: dir });
        expect(changed.code).toBe(1);
        const output = JSON.parse(changed.stdout);
        expect(output.files[0].findings.map((f: { checkId: string; range: { start: { line: number } } }) => [f.checkId, f.range.start.line])).toEqual([['missing-duration', NO_DURATION.split('\n').length + 2]]);
        expect(output.summary.problems).toBe(1);
        expect(changed.stderr.split('\n')).toEqual([
            'sanction: 2 findings are in the baseline and not reported; 2 are gone from it (--write-baseline shrinks it)',
            'sanction: gone from the baseline: ../orders/b.sanction:4  missing-duration',
            'sanction: gone from the baseline: ../orders/b.sanction:15  missing-duration',
            ''
        ]);
    }, 30_000);

    it('needs a baseline file that exists, and --baseline for --write-baseline', () => {
        const dir = folder({ 'a.sanction': NO_DURATION, 'bad.json': '[]' });
        expect(sanction(['lint', '--baseline', 'none.json', 'a.sanction'], { cwd: dir }).stderr).toBe('sanction: cannot read none.json: no such file (--write-baseline writes it)\n');
        expect(sanction(['lint', '--baseline', 'bad.json', 'a.sanction'], { cwd: dir }).stderr).toBe('sanction: cannot read bad.json: not a baseline of sanction (version 1)\n');
        expect(sanction(['lint', '--write-baseline', 'a.sanction'], { cwd: dir }).stderr).toMatch(/^sanction: option '--write-baseline' needs --baseline <file>; see 'sanction lint --help'\n$/);
    });
});

describe('--shard', () => {
    it('splits the files into n shares, each file in exactly one, the same on every run', () => {
        const names = Array.from({ length: 8 }, (_, i) => `orders/o${i}.sanction`);
        const dir = folder(Object.fromEntries(names.map(name => [name, CLEAN])));
        const share = (i: number) => JSON.parse(sanction(['lint', '-f', 'json', '--shard', `${i}/3`, 'orders'], { cwd: dir }).stdout).files.map((file: { path: string }) => file.path);
        const shares = [share(1), share(2), share(3)];
        expect(shares.flat().sort()).toEqual(names);
        expect(share(2)).toEqual(shares[1]);
        for (const bad of ['0/3', '4/3', '1/0', 'half']) {
            expect(sanction(['lint', '--shard', bad, 'orders'], { cwd: dir }).stderr).toMatch(/^sanction: option '--shard' needs <i>\/<n> with 1 <= i <= n/);
        }
    }, 30_000);
});

describe('--report-suppressions', () => {
    const SUPPRESSED = [
        '// sanction-ignore missing-duration -- the statute fixes the term in section 12 of the Act',
        NO_DURATION.replace(/\n$/, ''),
        '// sanction-ignore vague-term',
        'condition "Be good", for 12 months.',
        ''
    ].join('\n');

    it('lists every suppression comment with its reason, in the text formats and in JSON (which the schema accepts)', async () => {
        const dir = folder({ 's.sanction': SUPPRESSED, 'clean.sanction': CLEAN });
        const text = sanction(['lint', '--report-suppressions', '.'], { cwd: dir });
        const tail = text.stdout.split('\n').slice(-4);
        expect(tail).toEqual([
            '2 suppressions:',
            's.sanction:1  missing-duration  -- the statute fixes the term in section 12 of the Act',
            `s.sanction:${NO_DURATION.split('\n').length + 1}  vague-term  (no reason: silences nothing)`,
            ''
        ]);
        const { schemaValidator, repoRoot } = await import('./helpers.js');
        const validate = schemaValidator().compile(JSON.parse(fs.readFileSync(path.join(repoRoot, 'docs/schema/lint-output.schema.json'), 'utf8')));
        const output = JSON.parse(sanction(['lint', '-f', 'json', '--report-suppressions', '.'], { cwd: dir }).stdout);
        expect(validate(output), JSON.stringify(validate.errors)).toBe(true);
        expect(output.files.map((file: { suppressions: unknown[] }) => file.suppressions.length)).toEqual([0, 2]);
        // the first line after the comment that is neither blank nor a comment
        const firstSentence = SUPPRESSED.split('\n').findIndex((line, i) => i > 0 && line.trim() !== '' && !line.trim().startsWith('//')) + 1;
        expect(output.files[1].suppressions[0]).toEqual({ line: 1, checkIds: ['missing-duration'], reason: 'the statute fixes the term in section 12 of the Act', appliesTo: firstSentence });
        expect(sanction(['lint', '-f', 'json', '.'], { cwd: dir }).stdout).not.toContain('"suppressions"');
    });
});

describe('sanction init', () => {
    it('writes a starter sanction.config.json that the linter reads, and does not overwrite one without --force', () => {
        const dir = folder({ 'orders/a.sanction': CLEAN });
        const result = sanction(['init', 'orders', '-p', 'germany'], { cwd: dir });
        expect(result.code).toBe(0);
        expect(result.stderr).toBe('sanction: wrote orders/sanction.config.json\n');
        const config = JSON.parse(fs.readFileSync(path.join(dir, 'orders/sanction.config.json'), 'utf8'));
        expect(config.profile).toBe('germany');
        expect(fs.existsSync(path.resolve(dir, 'orders', config.$schema))).toBe(true);
        expect(JSON.parse(sanction(['lint', '--print-config', 'orders/a.sanction'], { cwd: dir }).stdout).profile).toBe('germany');
        const again = sanction(['init', 'orders'], { cwd: dir });
        expect(again.code).toBe(2);
        expect(again.stderr.split('\n')[0]).toBe("sanction: orders/sanction.config.json exists already (--force replaces it); see 'sanction init --help'");
        expect(sanction(['init', 'orders', '--force'], { cwd: dir }).code).toBe(0);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'orders/sanction.config.json'), 'utf8')).profile).toBe('coe');
        expect(sanction(['init', '-p', 'mars'], { cwd: dir }).stderr.split('\n')[0]).toBe("sanction: unknown profile 'mars' (profiles: coe, england-wales, france, germany); see 'sanction init --help'");
    });
});

describe('--cache', () => {
    /** Empties the findings kept in the cache: a run that then reports none read them from the cache. */
    const forgeCache = (file: string) => {
        const cache = JSON.parse(fs.readFileSync(file, 'utf8'));
        for (const entry of Object.values(cache.entries) as Array<{ findings: unknown[] }>) {
            entry.findings = [];
        }
        fs.writeFileSync(file, JSON.stringify(cache));
    };

    it('takes unchanged files from the cache, and lints again what changed: the text, an import, the configuration, the options', () => {
        const library = fs.readFileSync(path.join(fixtures, 'imports/library/curfew.sanction'), 'utf8');
        const order = fs.readFileSync(path.join(fixtures, 'imports/order.sanction'), 'utf8');
        const dir = folder({ 'a.sanction': NO_DURATION, 'order.sanction': order, 'library/curfew.sanction': library });
        const lint = (...args: string[]) => sanction(['lint', '--cache', ...args, 'a.sanction', 'order.sanction'], { cwd: dir });
        const first = lint();
        expect(first.code).toBe(1);
        expect(fs.existsSync(path.join(dir, '.sanctioncache'))).toBe(true);
        expect(lint().stdout).toBe(first.stdout);

        forgeCache(path.join(dir, '.sanctioncache'));
        expect(lint().stdout).toBe('No problems in 2 files.\n');
        // --check changes the configuration a file is linted with
        expect(lint('--check', 'missing-duration=warning').stdout).toMatch(/2 problems \(0 errors, 2 warnings/);

        forgeCache(path.join(dir, '.sanctioncache'));
        fs.appendFileSync(path.join(dir, 'a.sanction'), '\n');
        expect(lint().stdout).toBe(first.stdout);

        // the imported library loses its template: the order is linted again
        forgeCache(path.join(dir, '.sanctioncache'));
        fs.writeFileSync(path.join(dir, 'library/curfew.sanction'), '// emptied\n');
        expect(lint().stdout).toMatch(/order\.sanction:\d+:\d+  error  Unknown template/);

        // a configuration file appears
        forgeCache(path.join(dir, '.sanctioncache'));
        fs.writeFileSync(path.join(dir, 'sanction.config.json'), '{ "checks": { "missing-duration": "info" } }\n');
        expect(lint().stdout).toMatch(/infos\)/);
    });

    it('lints an order again when the manifest of a library it imports by name changes', () => {
        const library = fs.readFileSync(path.join(fixtures, 'imports/library/curfew.sanction'), 'utf8');
        const order = fs.readFileSync(path.join(fixtures, 'imports/order.sanction'), 'utf8').replace('import "library/curfew.sanction".', 'import "court-lib/curfew".');
        const manifest = (minimum: string) => JSON.stringify({ name: 'court-lib', version: '1.0.0', description: 'Test library', profiles: ['coe'], minimumLanguageVersion: minimum });
        const dir = folder({
            'order.sanction': order,
            'lib/curfew.sanction': library,
            'lib/sanction-library.json': manifest('0.1.0'),
            'sanction.config.json': JSON.stringify({ libraries: { 'court-lib': 'lib' } })
        });
        const lint = () => sanction(['lint', '--cache', 'order.sanction'], { cwd: dir });
        expect(lint().stdout).toBe('No problems in 1 file.\n');
        // The manifest now asks for a later language version: the library's templates are refused.
        fs.writeFileSync(path.join(dir, 'lib/sanction-library.json'), manifest('99.0.0'));
        const after = lint();
        expect(after.code).toBe(1);
        expect(after.stdout).toMatch(/order\.sanction:3:8  error  .*99\.0\.0.*\[unresolved-import\]/);
    });

    it('keeps the cache where --cache-location says, and ignores a broken one', () => {
        const dir = folder({ 'a.sanction': NO_DURATION, 'broken': 'not json' });
        expect(sanction(['lint', '--cache', '--cache-location', 'tmp/cache.json', 'a.sanction'], { cwd: dir }).code).toBe(1);
        expect(fs.existsSync(path.join(dir, 'tmp/cache.json'))).toBe(true);
        expect(sanction(['lint', '--cache', '--cache-location', 'broken', 'a.sanction'], { cwd: dir }).code).toBe(1);
        expect(JSON.parse(fs.readFileSync(path.join(dir, 'broken'), 'utf8')).version).toBe(1);
    });
});
