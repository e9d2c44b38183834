import { ALL_CHECKS, createSanctionCoreServices, type SeveritySetting } from '@sanction-orders/language';
import { lintFiles } from '@sanction-orders/language/core/lint.js';
import { URI } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { nonNegativeInteger, parseCommandArgs } from '../args.js';
import { useColor } from '../colors.js';
import { ConfigError, InputError, UsageError, type Unreadable } from '../errors.js';
import { formatConfigProblem, PROFILE_IDS } from '@sanction-orders/language/config/config-file.js';
import { DEFAULT_LINT_FORMAT, LINT_FORMATS, lintFormat } from '../formats/index.js';
import { resolveInputs } from '../inputs.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { displayPath } from '../paths.js';
import { buildReport, countSeverities, ordersOf, type LintedFile } from '../report.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import type { Command } from './command.js';

const USAGE = 'sanction lint [options] <files|folders|globs...>';

const OPTIONS = {
    format: { type: 'string', short: 'f' },
    'max-warnings': { type: 'string' },
    quiet: { type: 'boolean', short: 'q' },
    check: { type: 'string', short: 'c', multiple: true },
    profile: { type: 'string', short: 'p' },
    help: { type: 'boolean', short: 'h' }
} as const;

const formatList = LINT_FORMATS.map(format => `                          ${format.name.padEnd(9)} ${format.description}`).join('\n');

const HELP = `Usage: ${USAGE}

Checks sanction orders against Recommendation CM/Rec(2017)3 and reports what it finds.

Arguments:
  files                   .sanction files
  folders                 searched recursively for .sanction files (node_modules and
                          dot-folders are skipped)
  globs                   patterns such as "orders/**/*.sanction" (quote them)

Files imported with \`import "…"\` are read too, so templates resolve, but only the files
given are reported.

Options:
  -f, --format <name>     output format:
${formatList}
      --max-warnings <n>  exit with 1 when there are more than n warnings
  -q, --quiet             report errors only (--max-warnings still counts warnings)
  -p, --profile <id>      jurisdiction profile, overriding sanction.config.json:
                          ${PROFILE_IDS.join(', ')}
  -c, --check <id>=<severity>
                          run a check at another severity (error, warning, info, hint)
                          or turn it off (off); repeatable: --check vague-term=off
  -h, --help              show this help

Configuration: the nearest sanction.config.json above each file applies to it
(profile, check severities, control-burden ceilings); --profile and --check win over it.

Exit codes:
  0  no errors (and no more warnings than --max-warnings allows)
  1  errors found, or more warnings than --max-warnings allows
  2  usage error, unreadable input, invalid configuration, or internal error
     (nothing is written to stdout)
`;

export const lintCommand: Command = {
    name: 'lint',
    summary: 'check .sanction files and report findings',
    usage: USAGE,
    help: HELP,
    async run(argv, io) {
        const { values, positionals } = parseCommandArgs('lint', argv, OPTIONS);
        if (values.help) {
            io.stdout(HELP);
            return EXIT.ok;
        }
        const formatName = values.format ?? DEFAULT_LINT_FORMAT;
        const format = lintFormat(formatName);
        if (!format) {
            const names = LINT_FORMATS.map(f => f.name).join(', ');
            throw new UsageError(`unknown format '${formatName}' (formats: ${names})`, 'lint');
        }
        const maxWarnings = values['max-warnings'] === undefined
            ? undefined
            : nonNegativeInteger('lint', '--max-warnings', values['max-warnings']);
        const checks = checkSettings(values.check ?? []);
        if (positionals.length === 0) {
            throw new UsageError('no files, folders or globs given', 'lint');
        }

        const profile = values.profile;
        if (profile !== undefined && !PROFILE_IDS.includes(profile)) {
            throw new UsageError(`unknown profile '${profile}' (profiles: ${PROFILE_IDS.join(', ')})`, 'lint');
        }

        const { Sanction } = createSanctionCoreServices(NodeFileSystem);
        Sanction.sanction.config.setOverrides({ checks, ...(profile ? { profile } : {}) });
        const files = await resolveInputs(positionals, io.cwd, Sanction.LanguageMetaData.fileExtensions);
        const problems = new Set<string>();
        for (const file of files) {
            for (const problem of Sanction.sanction.config.resolve(URI.file(file)).problems) {
                problems.add(formatConfigProblem({ ...problem, file: displayPath(problem.file, io.cwd) }));
            }
        }
        if (problems.size > 0) {
            throw new ConfigError([...problems]);
        }
        const results = await lintFiles(Sanction, files.map(file => URI.file(file)));

        const unreadable: Unreadable[] = results
            .filter(result => result.unreadable !== undefined)
            .map(result => ({ path: displayPath(result.uri.fsPath, io.cwd), reason: result.unreadable! }));
        if (unreadable.length > 0) {
            throw new InputError(unreadable);
        }

        const linted: LintedFile[] = results.map(result => {
            const document = Sanction.shared.workspace.LangiumDocuments.getDocument(result.uri);
            return {
                absolutePath: result.uri.fsPath,
                findings: result.findings,
                ...(document ? { orders: ordersOf(document, Sanction.sanction.config.forDocument(result.uri)) } : {})
            };
        });
        const report = buildReport(linted, io.cwd, { quiet: values.quiet });
        io.stdout(format.format(report, {
            color: useColor(io.stdoutIsTTY, io.env),
            tool: { name: TOOL_NAME, version: TOOL_VERSION }
        }));

        return exitCode(report.summary.errors, countSeverities(linted.flatMap(file => file.findings)).warning, maxWarnings, io);
    }
};

const SETTINGS: readonly SeveritySetting[] = ['error', 'warning', 'info', 'hint', 'off'];

/** `--check id=severity` values, checked against the checks the core has. */
function checkSettings(values: readonly string[]): Record<string, SeveritySetting> {
    const settings: Record<string, SeveritySetting> = {};
    for (const value of values) {
        const match = /^([^=]+)=(.*)$/.exec(value);
        if (!match) {
            throw new UsageError(`option '--check' needs <id>=<severity>, not '${value}'`, 'lint');
        }
        const [, id, setting] = match.map(part => part.trim());
        if (!ALL_CHECKS.some(check => check.id === id)) {
            throw new UsageError(`unknown check '${id}' (see 'sanction checks')`, 'lint');
        }
        if (!SETTINGS.includes(setting as SeveritySetting)) {
            throw new UsageError(`unknown severity '${setting}' for check '${id}' (${SETTINGS.join(', ')})`, 'lint');
        }
        settings[id] = setting as SeveritySetting;
    }
    return settings;
}

function exitCode(errors: number, warnings: number, maxWarnings: number | undefined, io: Io): ExitCode {
    let code: ExitCode = errors > 0 ? EXIT.problems : EXIT.ok;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
        io.stderr(`sanction: too many warnings: ${warnings} (maximum ${maxWarnings})\n`);
        code = EXIT.problems;
    }
    return code;
}
