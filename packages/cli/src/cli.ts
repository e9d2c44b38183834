import { checksCommand } from './commands/checks.js';
import { explainCommand } from './commands/explain.js';
import { renderCommand } from './commands/render.js';
import { noticeCommand } from './commands/notice.js';
import { initCommand } from './commands/init.js';
import type { Command } from './commands/command.js';
import { lintCommand } from './commands/lint.js';
import { ConfigError, InputError, OutputError, UsageError } from './errors.js';
import { EXIT, type ExitCode, type Io } from './io.js';
import { parseCommandArgs, type OptionSpecs } from './args.js';
import { didYouMean } from './suggest.js';
import { TOOL_NAME, TOOL_VERSION } from './version.js';

export const COMMANDS: readonly Command[] = [lintCommand, checksCommand, explainCommand, initCommand, renderCommand, noticeCommand];

const USAGE = 'sanction <command> [options]';

const TOP_LEVEL_OPTIONS = {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' }
} as const satisfies OptionSpecs;

/** Where to report an internal error. */
export const ISSUES_URL = 'https://github.com/sanction-orders/sanction-orders/issues';

export const HELP = `Usage: ${USAGE}

Lints criminal sanction orders (.sanction files) against Recommendation CM/Rec(2017)3 of
the Council of Europe (European Rules on community sanctions and measures).

Commands:
${COMMANDS.map(command => `  ${command.name.padEnd(10)}${command.summary}`).join('\n')}
  help       show the help of a command: sanction help lint

Options:
  -h, --help     show this help
  -v, --version  show the version

Examples:
  sanction lint orders
  sanction lint "orders/**/*.sanction" --format json > findings.json
  sanction lint orders --max-warnings 0
  sanction lint orders --format sarif --output-file sanction.sarif
  sanction lint orders --fix-dry-run
  sanction checks
  sanction explain vague-term
  sanction explain rule 23

Exit codes: 0 no errors; 1 errors, or more warnings than --max-warnings;
2 usage error, unreadable input, invalid configuration or internal error.

Set SANCTION_DEBUG=1 to see the stack of an internal error.
`;

function commandNamed(name: string): Command | undefined {
    return COMMANDS.find(command => command.name === name);
}

/**
 * Runs one command line and returns its exit code; never throws. Usage errors, unreadable input
 * and internal errors are reported on stderr in one line each (a usage error adds how to get help).
 */
export async function run(argv: readonly string[], io: Io): Promise<ExitCode> {
    try {
        return await dispatch(argv, io);
    } catch (error) {
        return reportFailure(error, io);
    }
}

async function dispatch(argv: readonly string[], io: Io): Promise<ExitCode> {
    const [first, ...rest] = argv;
    if (first === undefined) {
        throw new UsageError('no command given');
    }
    if (first === '-h' || first === '--help') {
        io.stdout(HELP);
        return EXIT.ok;
    }
    if (first === '-v' || first === '--version') {
        io.stdout(`${TOOL_VERSION}\n`);
        return EXIT.ok;
    }
    if (first === 'help') {
        return help(rest, io);
    }
    if (first.startsWith('-')) {
        // Through the parser, for its "did you mean --version?"; a known option here comes first.
        parseCommandArgs('', [first], TOP_LEVEL_OPTIONS);
        throw new UsageError(`unexpected option '${first}'`);
    }
    const command = commandNamed(first);
    if (!command) {
        throw new UsageError(`unknown command '${first}'${didYouMean(first, COMMANDS.map(c => c.name))}`);
    }
    return command.run(rest, io);
}

function help(argv: readonly string[], io: Io): ExitCode {
    if (argv.length === 0) {
        io.stdout(HELP);
        return EXIT.ok;
    }
    const command = commandNamed(argv[0]);
    if (!command || argv.length > 1) {
        throw new UsageError(command ? `unexpected argument '${argv[1]}'` : `unknown command '${argv[0]}'`);
    }
    io.stdout(command.help);
    return EXIT.ok;
}

/**
 * Reports a failure on stderr and returns exit code 2: a usage error in one line (with the help to
 * read), each configuration problem and each unreadable input in one line, and anything else as an
 * internal error in one line asking for a report (its stack only with SANCTION_DEBUG=1).
 */
export function reportFailure(error: unknown, io: Io): ExitCode {
    if (error instanceof UsageError) {
        const command = error.command ? commandNamed(error.command) : undefined;
        const more = command ? `${TOOL_NAME} ${command.name} --help` : `${TOOL_NAME} --help`;
        io.stderr(`${TOOL_NAME}: ${error.message}; see '${more}'\n`);
        return EXIT.failure;
    }
    if (error instanceof ConfigError) {
        io.stderr(error.problems.map(problem => `${TOOL_NAME}: invalid configuration: ${problem}\n`).join(''));
        return EXIT.failure;
    }
    if (error instanceof InputError) {
        io.stderr(error.unreadable.map(u => `${TOOL_NAME}: cannot read ${u.path}: ${u.reason}\n`).join(''));
        return EXIT.failure;
    }
    if (error instanceof OutputError) {
        io.stderr(`${TOOL_NAME}: ${error.message}\n`);
        return EXIT.failure;
    }
    io.stderr(`${TOOL_NAME}: ${internalErrorLine(error)}\n`);
    if (io.env.SANCTION_DEBUG === '1' && error instanceof Error && error.stack) {
        io.stderr(`${error.stack}\n`);
    }
    return EXIT.failure;
}

/** "internal error: …; please report it …": one line, never the input's text beyond the message. */
export function internalErrorLine(error: unknown): string {
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
    const debug = 'SANCTION_DEBUG=1 shows the stack';
    return `internal error: ${message} (a fault in sanction, not in the input: please report it at ${ISSUES_URL}; ${debug})`;
}
