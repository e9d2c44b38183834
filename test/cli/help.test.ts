/**
 * The help of every command is generated from its commander option data (as `lint --help` is), so
 * it lists every option the command parses and nothing else; and docs/cli.md describes every option
 * that any command's help lists, so the documentation cannot fall behind the CLI.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
// The check pages are embedded by the bundler; the help does not read them.
vi.mock('virtual:check-docs', () => ({ default: {} }));
import { helpOf, parseWith, type OptionSpecs } from '../../packages/cli/src/args.js';
import { COMMANDS } from '../../packages/cli/src/cli.js';
import { checksProgram, CHECKS_OPTIONS } from '../../packages/cli/src/commands/checks.js';
import { explainProgram, EXPLAIN_OPTIONS } from '../../packages/cli/src/commands/explain.js';
import { initProgram, INIT_OPTIONS } from '../../packages/cli/src/commands/init.js';
import { lintProgram, LINT_OPTIONS } from '../../packages/cli/src/commands/lint.js';
import { noticeProgram, NOTICE_OPTIONS } from '../../packages/cli/src/commands/notice.js';
import { buildCli, repoRoot, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);

type Program = ReturnType<typeof lintProgram>;
const GENERATED: ReadonlyArray<readonly [string, () => Program, OptionSpecs]> = [
    ['lint', lintProgram, LINT_OPTIONS],
    ['checks', checksProgram, CHECKS_OPTIONS],
    ['init', initProgram, INIT_OPTIONS],
    ['explain', explainProgram, EXPLAIN_OPTIONS],
    ['notice', noticeProgram, NOTICE_OPTIONS]
];

/** The option lines of a help text, as their flags: `-f, --format <name>`, `--force`. */
function optionFlags(help: string): string[] {
    return help.split('\n')
        .map(line => /^ {2}((?:-\w, )?--[\w-]+(?: <\S+)?)(?: {2,}|$)/.exec(line)?.[1])
        .filter((flags): flags is string => flags !== undefined);
}

/** The long option of each option line: `--format`. */
function longOptions(help: string): string[] {
    return optionFlags(help).map(flags => /--[\w-]+/.exec(flags)![0]);
}

describe('each command\'s help is generated from its option data', () => {
    it.each(GENERATED.map(([name, program, options]) => [name, program, options] as const))('%s --help is the commander help of its options', (name, program, options) => {
        const printed = sanction([name, '--help']);
        expect(printed.code).toBe(0);
        expect(printed.stderr).toBe('');
        // What the bin prints is the help laid out from the data, whichever way it is asked for.
        expect(printed.stdout).toBe(helpOf(program()));
        expect(sanction([name, '-h']).stdout).toBe(printed.stdout);
        expect(sanction(['help', name]).stdout).toBe(printed.stdout);
        expect(printed.stdout).toMatch(new RegExp(`^Usage: sanction ${name} \\[options\\]`));
        // Every option the command parses is listed, in the order of the data, and nothing else.
        expect(longOptions(printed.stdout)).toEqual(Object.keys(options).map(option => `--${option}`));
    });

    it('lists the options of checks, init and explain with their short forms and values', () => {
        expect(optionFlags(sanction(['checks', '--help']).stdout)).toEqual(['-f, --format <name>', '-h, --help']);
        expect(optionFlags(sanction(['init', '--help']).stdout)).toEqual(['-p, --profile <id>', '--force', '-h, --help']);
        expect(optionFlags(sanction(['explain', '--help']).stdout)).toEqual(['-h, --help']);
    });

    it.each(GENERATED.map(([name, program, options]) => [name, program, options] as const))('%s accepts every option its help lists, and refuses others', (name, program, options) => {
        for (const flags of optionFlags(helpOf(program()))) {
            const long = /--[\w-]+/.exec(flags)![0];
            const short = /^-(\w),/.exec(flags)?.[1];
            const value = flags.includes('<') ? ['x'] : [];
            for (const option of [long, ...(short ? [`-${short}`] : [])]) {
                const parsed = parseWith(name, program(), options, [option, ...value]);
                expect(parsed.values[long.slice(2)], `${name} ${option}`).toEqual(value.length ? (options[long.slice(2)].multiple ? ['x'] : 'x') : true);
            }
        }
        expect(() => parseWith(name, program(), options, ['--no-such-option'])).toThrow("unknown option '--no-such-option'");
    });

    it('the help of checks, init and explain says what each does', () => {
        expect(sanction(['checks', '--help']).stdout).toContain('Lists every check: its id, default severity, kind');
        const init = sanction(['init', '--help']).stdout;
        expect(init).toContain('Arguments:\n  folder ');
        expect(init).toContain('coe, england-wales, france, germany');
        const explain = sanction(['explain', '--help']).stdout;
        expect(explain).toContain('Arguments:\n  topic ');
        expect(explain).toMatch(/\nExamples:\n {2}sanction explain vague-term\n {2}sanction explain rule 23\n$/);
    });
});

describe('docs/cli.md describes every option of every command', () => {
    const doc = fs.readFileSync(path.join(repoRoot, 'docs/cli.md'), 'utf8');
    /** `--name` inside a code span of the doc, not as part of a longer option (`--fix` in `--fix-dry-run`). */
    const documented = (option: string) => new RegExp(`\`[^\`\\n]*${option}(?![\\w-])[^\`\\n]*\``).test(doc);

    it.each(COMMANDS.map(command => [command.name] as const))('every option `sanction %s --help` lists is in docs/cli.md', name => {
        const options = longOptions(sanction([name, '--help']).stdout);
        expect(options.length).toBeGreaterThan(0);
        expect(options.filter(option => !documented(option))).toEqual([]);
        expect(doc).toMatch(new RegExp(`^## \`sanction ${name}[ \`]`, 'm'));
    });

    it('lint --help has the options the check above relies on (it can fail)', () => {
        const options = longOptions(sanction(['lint', '--help']).stdout);
        expect(options).toEqual(Object.keys(LINT_OPTIONS).map(option => `--${option}`));
        expect(documented('--fix-dry-run')).toBe(true);
        expect(documented('--no-such-option')).toBe(false);
    });

    it('the top-level options, and the current Node.js and publishing facts', () => {
        expect(longOptions(sanction(['--help']).stdout)).toEqual(['--help', '--version']);
        expect(documented('--version')).toBe(true);
        const engines = JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).engines.node as string;
        expect(engines).toBe('>=22');
        expect(doc).toContain('Node.js 22 or later');
        expect(doc).not.toMatch(/Node(\.js)? 20 or later|still `private`/);
    });
});
