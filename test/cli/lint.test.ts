import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, fixtures, repoRoot, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);

/** Lines of stdout, without the final newline. */
const lines = (stdout: string) => stdout.replace(/\n$/, '').split('\n');

const UNKNOWN_TEMPLATE = "orders/more/unknown-template.sanction:17:7  error  Unknown template 'home-curfew': define it in this file or import the file that defines it.  [unresolved-reference]";
const NO_ORDER_DURATION = 'orders/no-duration.sanction:4:7  error  The order states no duration, so it lasts for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one, e.g. `in force for 12 months.` (Rules 21 and 23)  [missing-duration]';
const NO_REQUIREMENT_DURATION = 'orders/no-duration.sanction:15:1  error  This supervision requirement has no duration of its own and the order states none, so it runs for a time nobody has fixed; Rules 21 and 23 ask that a sanction have a fixed duration: state one for the order, e.g. `in force for 12 months.`, or for the supervision requirement, e.g. `for 6 months` (Rules 21 and 23)  [missing-duration]';

describe('sanction lint: compact output (the default)', () => {
    it('prints one line per finding and a summary for a folder', () => {
        const result = sanction(['lint', 'orders']);
        expect(lines(result.stdout)).toEqual([
            UNKNOWN_TEMPLATE,
            NO_ORDER_DURATION,
            NO_REQUIREMENT_DURATION,
            '',
            '3 problems (3 errors, 0 warnings, 0 infos) in 2 of 3 files'
        ]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
    });

    it('searches folders recursively but skips node_modules, dot-folders and other files', () => {
        // orders/node_modules/… and orders/.drafts/… hold broken orders; orders/README.txt is no order.
        const result = sanction(['lint', 'orders']);
        expect(result.stdout).not.toContain('SKIPPED');
        expect(result.stdout).not.toContain('node_modules');
        expect(result.stdout).not.toContain('.drafts');
        expect(result.stdout).toMatch(/in 2 of 3 files\n$/);
    });

    it('says so when there is nothing to report', () => {
        const result = sanction(['lint', 'orders/clean.sanction']);
        expect(result.stdout).toBe('No problems in 1 file.\n');
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
    });

    it('reports syntax errors with their position', () => {
        const result = sanction(['lint', 'syntax/unfinished.sanction']);
        expect(lines(result.stdout)).toEqual([
            "syntax/unfinished.sanction:6:12  error  Expected '.' to end the sentence after the quoted text: the next line starts a new sentence.  [syntax-error]",
            '',
            '1 problem (1 error, 0 warnings, 0 infos) in 1 of 1 file'
        ]);
        expect(result.code).toBe(1);
    });

    it('prints paths relative to the working directory', () => {
        const result = sanction(['lint', 'fixtures/orders/no-duration.sanction'], { cwd: path.dirname(fixtures) });
        expect(lines(result.stdout)[0]).toBe(`fixtures/${NO_ORDER_DURATION}`);
        const outside = sanction(['lint', path.join(fixtures, 'orders/no-duration.sanction')], { cwd: path.join(fixtures, 'imports') });
        expect(lines(outside.stdout)[0]).toBe(`../${NO_ORDER_DURATION}`);
    });

    it('sorts files by path and lints a file given twice once', () => {
        const result = sanction(['lint', 'orders/no-duration.sanction', 'orders/more', './orders/no-duration.sanction', 'orders/more/unknown-template.sanction']);
        expect(lines(result.stdout)).toEqual([
            UNKNOWN_TEMPLATE,
            NO_ORDER_DURATION,
            NO_REQUIREMENT_DURATION,
            '',
            '3 problems (3 errors, 0 warnings, 0 infos) in 2 of 2 files'
        ]);
    });
});

describe('sanction lint: globs', () => {
    it('expands a glob (given quoted, so the CLI expands it) with the same skipping as folders', () => {
        const result = sanction(['lint', 'orders/**/*.sanction']);
        expect(lines(result.stdout)).toEqual([
            UNKNOWN_TEMPLATE,
            NO_ORDER_DURATION,
            NO_REQUIREMENT_DURATION,
            '',
            '3 problems (3 errors, 0 warnings, 0 infos) in 2 of 3 files'
        ]);
        expect(result.code).toBe(1);
    });

    it('lints only the files a glob matches', () => {
        const result = sanction(['lint', '**/clean.sanction']);
        expect(result.stdout).toBe('No problems in 1 file.\n');
        expect(result.code).toBe(0);
    });

    it('treats a glob that matches nothing as unreadable input', () => {
        const result = sanction(['lint', 'orders/**/*.order']);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('sanction: cannot read orders/**/*.order: no .sanction files match\n');
        expect(result.code).toBe(2);
    });
});

describe('sanction lint: imports', () => {
    it('resolves templates imported from a file not given on the command line, and reports only the files given', () => {
        const result = sanction(['lint', 'imports/order.sanction']);
        expect(result.stdout).toBe('No problems in 1 file.\n');
        expect(result.code).toBe(0);
    });

    it('resolves imports when the imported file is given too', () => {
        const result = sanction(['lint', 'imports/order.sanction', 'imports/library/curfew.sanction']);
        expect(result.stdout).toBe('No problems in 2 files.\n');
        expect(result.code).toBe(0);
    });

    it('reports a missing import as a finding of the order, not as unreadable input', () => {
        const result = sanction(['lint', 'imports/missing-import.sanction']);
        expect(lines(result.stdout)).toEqual([
            "imports/missing-import.sanction:4:8  error  Cannot find the imported file 'library/gone.sanction': check the path, which is relative to this file  [unresolved-import]",
            "imports/missing-import.sanction:19:7  error  Unknown template 'home-curfew': define it in this file or import the file that defines it.  [unresolved-reference]",
            '',
            '2 problems (2 errors, 0 warnings, 0 infos) in 1 of 1 file'
        ]);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(1);
    });
});

describe('sanction lint: warnings, --max-warnings, --quiet and --check', () => {
    const asWarnings = ['--check', 'missing-duration=warning'];

    it('exits 0 when there are only warnings', () => {
        const result = sanction(['lint', 'orders/no-duration.sanction', ...asWarnings]);
        expect(lines(result.stdout)).toEqual([
            NO_ORDER_DURATION.replace('  error  ', '  warning  '),
            NO_REQUIREMENT_DURATION.replace('  error  ', '  warning  '),
            '',
            '2 problems (0 errors, 2 warnings, 0 infos) in 1 of 1 file'
        ]);
        expect(result.code).toBe(0);
    });

    it('exits 0 with as many warnings as --max-warnings allows', () => {
        const result = sanction(['lint', 'orders/no-duration.sanction', ...asWarnings, '--max-warnings', '2']);
        expect(result.stderr).toBe('');
        expect(result.code).toBe(0);
    });

    it('exits 1 with more warnings than --max-warnings allows, and says why on stderr', () => {
        const result = sanction(['lint', 'orders/no-duration.sanction', ...asWarnings, '--max-warnings=1']);
        expect(result.stdout).toMatch(/^2 problems \(0 errors, 2 warnings, 0 infos\) in 1 of 1 file$/m);
        expect(result.stderr).toBe('sanction: too many warnings: 2 (maximum 1)\n');
        expect(result.code).toBe(1);
    });

    it('--quiet shows errors only, and --max-warnings still counts the warnings it hides', () => {
        const quiet = sanction(['lint', 'orders', ...asWarnings, '--quiet']);
        expect(lines(quiet.stdout)).toEqual([UNKNOWN_TEMPLATE, '', '1 problem (1 error, 0 warnings, 0 infos) in 1 of 3 files']);
        expect(quiet.code).toBe(1);

        const onlyWarnings = sanction(['lint', 'orders/no-duration.sanction', ...asWarnings, '-q']);
        expect(onlyWarnings.stdout).toBe('No problems in 1 file.\n');
        expect(onlyWarnings.code).toBe(0);

        const tooMany = sanction(['lint', 'orders/no-duration.sanction', ...asWarnings, '-q', '--max-warnings', '0']);
        expect(tooMany.stdout).toBe('No problems in 1 file.\n');
        expect(tooMany.stderr).toBe('sanction: too many warnings: 2 (maximum 0)\n');
        expect(tooMany.code).toBe(1);
    });

    it('counts infos without failing, and can turn a check off', () => {
        const infos = sanction(['lint', 'orders/no-duration.sanction', '--check', 'missing-duration=info']);
        expect(infos.stdout).toMatch(/^2 problems \(0 errors, 0 warnings, 2 infos\) in 1 of 1 file$/m);
        expect(infos.code).toBe(0);

        const off = sanction(['lint', 'orders/no-duration.sanction', '--check', 'missing-duration=off']);
        expect(off.stdout).toBe('No problems in 1 file.\n');
        expect(off.code).toBe(0);
    });
});

describe('sanction lint: unreadable input (exit 2, one line on stderr, nothing on stdout)', () => {
    let scratch: string;
    beforeAll(() => {
        scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-cli-'));
    });
    afterAll(() => {
        fs.rmSync(scratch, { recursive: true, force: true });
    });

    it('a missing file', () => {
        const result = sanction(['lint', 'orders/clean.sanction', 'orders/missing.sanction']);
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe('sanction: cannot read orders/missing.sanction: no such file\n');
        expect(result.code).toBe(2);
    });

    it('one line per unreadable input, in the order given', () => {
        const result = sanction(['lint', 'nowhere.sanction', 'orders/README.txt', 'orders/no-such-folder/']);
        expect(result.stderr).toBe([
            'sanction: cannot read nowhere.sanction: no such file',
            'sanction: cannot read orders/README.txt: not a .sanction file',
            'sanction: cannot read orders/no-such-folder: no such file',
            ''
        ].join('\n'));
        expect(result.code).toBe(2);
    });

    it('a folder with no .sanction files', () => {
        const empty = path.join(scratch, 'empty');
        fs.mkdirSync(empty);
        const result = sanction(['lint', 'empty'], { cwd: scratch });
        expect(result.stderr).toBe('sanction: cannot read empty: no .sanction files in this folder\n');
        expect(result.code).toBe(2);
    });

    it('a file that may not be read', () => {
        // Root reads files whatever their mode, so as root the CLI runs as the unprivileged user
        // 'nobody' (65534). The repository may sit in a folder nobody cannot enter, so that run uses
        // copies of Node and of the self-contained CLI bundle in the scratch folder.
        const asRoot = process.getuid?.() === 0;
        const locked = path.join(scratch, 'locked.sanction');
        fs.copyFileSync(path.join(fixtures, 'orders/clean.sanction'), locked);
        fs.chmodSync(locked, 0o000);
        let asNobody = {};
        if (asRoot) {
            fs.chmodSync(scratch, 0o755);
            const node = path.join(scratch, 'node');
            const bundle = path.join(scratch, 'sanction.cjs');
            fs.copyFileSync(process.execPath, node);
            fs.copyFileSync(path.join(repoRoot, 'packages/cli/dist/sanction.cjs'), bundle);
            fs.chmodSync(node, 0o755);
            fs.chmodSync(bundle, 0o644);
            asNobody = { uid: 65534, node, bin: bundle };
        }
        try {
            const result = sanction(['lint', 'locked.sanction'], { cwd: scratch, ...asNobody });
            expect(result.stdout).toBe('');
            expect(result.stderr).toBe('sanction: cannot read locked.sanction: permission denied\n');
            expect(result.code).toBe(2);
        } finally {
            fs.chmodSync(locked, 0o644);
        }
    });
});

/** What follows the message of every internal error. */
const PLEASE_REPORT = ' (a fault in sanction, not in the input: please report it at https://github.com/sanction-orders/sanction-orders/issues; SANCTION_DEBUG=1 shows the stack)';

describe('sanction lint: internal errors', () => {
    // The hook replaces JSON.stringify with a function that throws, inside the child process only.
    const hook = ['--require', path.join(fixtures, 'hooks/throw-on-stringify.cjs')];

    it('prints one line and exits 2', () => {
        const result = sanction(['lint', 'orders/clean.sanction', '--format', 'json'], { nodeArgs: hook });
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe(`sanction: internal error: stringify exploded${PLEASE_REPORT}\n`);
        expect(result.code).toBe(2);
    });

    it('adds the stack with SANCTION_DEBUG=1', () => {
        const result = sanction(['lint', 'orders/clean.sanction', '--format', 'json'], { nodeArgs: hook, env: { SANCTION_DEBUG: '1' } });
        const [first, ...rest] = lines(result.stderr);
        expect(first).toBe(`sanction: internal error: stringify exploded${PLEASE_REPORT}`);
        expect(rest.join('\n')).toMatch(/^Error: stringify exploded\n[\s\S]*\n {4}at /);
        expect(result.code).toBe(2);
    });
});

describe('sanction lint: usage errors (exit 2)', () => {
    it.each([
        [['lint'], 'no files, folders or globs given'],
        [['lint', 'orders', '--format', 'xml'], "unknown format 'xml' (formats: compact, stylish, json, sarif, github, junit, checkstyle, gitlab)"],
        [['lint', 'orders', '--fromat', 'json'], "unknown option '--fromat' (did you mean --format?)"],
        [['lint', 'orders', '--format', 'sarf'], "unknown format 'sarf' (did you mean sarif?) (formats: compact, stylish, json, sarif, github, junit, checkstyle, gitlab)"],
        [['lint', 'orders', '--check', 'vage-term=off'], "unknown check 'vage-term' (did you mean vague-term?); 'sanction checks' lists them"],
        [['lint', 'orders', '--format'], "option '--format' needs a value"],
        [['lint', 'orders', '--max-warnings', 'many'], "option '--max-warnings' needs a whole number of 0 or more, not 'many'"],
        [['lint', 'orders', '--check', 'no-such-check=off'], "unknown check 'no-such-check'; 'sanction checks' lists them"],
        [['lint', 'orders', '--check', 'missing-duration=loud'], "unknown severity 'loud' for check 'missing-duration' (error, warning, info, hint, off)"],
        [['lint', 'orders', '--check', 'missing-duration'], "option '--check' needs <id>=<severity>, not 'missing-duration'"]
    ])('%j', (args, message) => {
        const result = sanction(args);
        expect(result.stdout).toBe('');
        // One line: the problem, and where the usage is.
        expect(result.stderr).toBe(`sanction: ${message}; see 'sanction lint --help'\n`);
        expect(result.code).toBe(2);
    });
});

describe('sanction lint: configuration', () => {
    const scratchRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-cli-config-'));
    const order = 'order "X".\nmade on 2026-01-01.\n';

    it('applies the nearest sanction.config.json and lets --check win over it', () => {
        const dir = path.join(scratchRoot, 'quiet');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'sanction.config.json'), JSON.stringify({ checks: { 'missing-duration': 'off', 'missing-appeal-right': 'off' } }));
        fs.writeFileSync(path.join(dir, 'a.sanction'), order);
        const quiet = sanction(['lint', '--format', 'json', 'a.sanction'], { cwd: dir });
        const ids = (JSON.parse(quiet.stdout).files[0].findings as Array<{ checkId: string }>).map(f => f.checkId);
        expect(ids).not.toContain('missing-duration');
        const loud = sanction(['lint', '--format', 'json', '--check', 'missing-duration=error', 'a.sanction'], { cwd: dir });
        expect((JSON.parse(loud.stdout).files[0].findings as Array<{ checkId: string }>).map(f => f.checkId)).toContain('missing-duration');
        expect(loud.code).toBe(1);
    });

    it('reports a faulty configuration file with its file, position and key, and exits 2', () => {
        const dir = path.join(scratchRoot, 'broken');
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, 'sanction.config.json'), '{\n  "profile": "narnia"\n}\n');
        fs.writeFileSync(path.join(dir, 'a.sanction'), order);
        const result = sanction(['lint', 'a.sanction'], { cwd: dir });
        expect(result.stdout).toBe('');
        expect(result.stderr).toBe("sanction: invalid configuration: sanction.config.json:2:3: 'profile': must be one of 'coe', 'england-wales', 'france', 'germany'\n");
        expect(result.code).toBe(2);
    });

    it('rejects an unknown --profile as a usage error', () => {
        const result = sanction(['lint', '--profile', 'narnia', 'orders/clean.sanction']);
        expect(result.stderr.split('\n')[0]).toBe("sanction: unknown profile 'narnia' (profiles: coe, england-wales, france, germany); see 'sanction lint --help'");
        expect(result.code).toBe(2);
    });
});
