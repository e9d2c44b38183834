import * as fs from 'node:fs';
import * as path from 'node:path';
import { createTwoFilesPatch } from 'diff';
import { ALL_CHECKS, createSanctionCoreServices, type Finding, type SanctionConfig, type SeveritySetting } from '@sanction-orders/language';
import { lintFiles } from '@sanction-orders/language/core/lint.js';
import { readSuppressions } from '@sanction-orders/language/core/suppressions.js';
import { CONFIG_FILE_NAME, formatConfigProblem, parseConfig, PROFILE_IDS, type ConfigProblem } from '@sanction-orders/language/config/config-file.js';
import { URI } from 'langium';
import type { Import } from '@sanction-orders/language/generated/ast.js';
import { MANIFEST_FILE_NAME } from '@sanction-orders/language/library/manifest.js';
import { lintLibrary, type LibraryFinding, type LibraryLintResult } from '@sanction-orders/language/library/lint-library.js';
import { defineProgram, helpOf, nonNegativeInteger, parseWith, type OptionSpecs, type ParsedValues } from '../args.js';
import { useColor } from '../colors.js';
import { ConfigError, describeFsError, InputError, InternalError, OutputError, UsageError, type Unreadable } from '../errors.js';
import { decodeText, DEFAULT_MAX_FILE_SIZE, describeReadFailure, formatSize, GuardedFileSystemProvider, parseSize, readTextFile, RefusedInput } from '../read.js';
import { applyFixes, unsafeOnly } from '../fix.js';
import { DEFAULT_LINT_FORMAT, LINT_FORMATS, lintFormat, type FormatContext, type LintFormat, type ToolNotification } from '../formats/index.js';
import { ignoreMatcher, IGNORE_FILE_NAME } from '../ignores.js';
import { resolveInputs } from '../inputs.js';
import { didYouMean } from '../suggest.js';
import { EXIT, type ExitCode, type Io } from '../io.js';
import { commonRoot, displayPath, repositoryRoot } from '../paths.js';
import { progressOn, showProgress, type Progress } from '../progress.js';
import { HeapKeeper } from '../heap.js';
import { matchBaseline, readBaseline, writeBaseline } from '../baseline.js';
import { cacheKey, CACHE_FILE_NAME, LintCache } from '../cache.js';
import { createHash } from 'node:crypto';
import { buildReport, countSeverities, filterReport, ordersOf, toReportRange, type LintedFile, type LintReport, type ReportFinding } from '../report.js';
import { jsonOutput } from '../formats/json.js';
import { TOOL_NAME, TOOL_VERSION } from '../version.js';
import { writeFileAtomic } from '../write.js';
import type { Command } from './command.js';
import { cliLocale, LOCALE_DESCRIPTION } from '../locale.js';

const USAGE = 'sanction lint [options] <files|folders|globs...>';

const formatList = LINT_FORMATS.map(format => `  ${format.name.padEnd(10)} ${format.description}`).join('\n');

const OUTPUT = 'Output:';
const CONFIGURATION = 'Configuration:';
const FILES = 'Files:';
const ADOPTING = 'Adopting on a library that is not clean yet:';
const SPEED = 'Speed:';
const FIXING = 'Fixing:';
const INPUTS = 'Bad input:';

/** The options of `sanction lint`, as data: commander parses them and lays out the help from them. */
export const LINT_OPTIONS = {
    format: { type: 'string', short: 'f', value: 'name', group: OUTPUT, description: `output format (default ${DEFAULT_LINT_FORMAT}):\n${formatList}` },
    'output-file': { type: 'string', short: 'o', value: 'file', group: OUTPUT, description: 'write the report to a file (atomically) instead of stdout' },
    root: { type: 'string', value: 'folder', group: OUTPUT, description: 'the repository root that sarif, github and gitlab paths are relative to (default: the nearest folder above with a .git, else the working directory)' },
    'sarif-root': { type: 'string', value: 'folder', group: OUTPUT, description: 'the same as --root' },
    color: { type: 'boolean', group: OUTPUT, description: 'colour on (default: on a terminal, unless NO_COLOR is set; FORCE_COLOR turns it on)' },
    'no-color': { type: 'boolean', group: OUTPUT, description: 'colour off' },
    'report-suppressions': { type: 'boolean', group: OUTPUT, description: 'list every // sanction-ignore comment with its reason (compact, stylish and json)' },
    'max-warnings': { type: 'string', value: 'n', group: OUTPUT, description: 'exit with 1 when there are more than n warnings' },
    quiet: { type: 'boolean', short: 'q', group: OUTPUT, description: 'report errors only (--max-warnings still counts warnings)' },
    locale: { type: 'string', value: 'tag', group: OUTPUT, description: LOCALE_DESCRIPTION },
    config: { type: 'string', short: 'c', value: 'file', group: CONFIGURATION, description: `use this configuration file for every order, instead of the nearest ${CONFIG_FILE_NAME} above each` },
    'no-config': { type: 'boolean', group: CONFIGURATION, description: 'use no configuration file (the defaults and the options here)' },
    'print-config': { type: 'string', value: 'file', group: CONFIGURATION, description: 'print the configuration that applies to a file, and exit' },
    profile: { type: 'string', short: 'p', value: 'id', group: CONFIGURATION, description: `jurisdiction profile, overriding the configuration: ${PROFILE_IDS.join(', ')}` },
    check: { type: 'string', multiple: true, value: 'id>=<severity', group: CONFIGURATION, description: 'run a check at another severity (error, warning, info, hint) or turn it off (off); repeatable: --check vague-term=off' },
    'ignore-pattern': { type: 'string', multiple: true, value: 'pattern', group: FILES, description: 'do not lint files matching it (gitignore syntax, relative to the working directory); repeatable' },
    'ignore-path': { type: 'string', value: 'file', group: FILES, description: `read ignore patterns from this file instead of ${IGNORE_FILE_NAME}` },
    'no-ignore': { type: 'boolean', group: FILES, description: 'lint ignored files too' },
    library: { type: 'string', value: 'dir', group: FILES, description: `lint a template library on its own (a folder with ${MANIFEST_FILE_NAME}): every template under every profile its manifest names (or --profile), at its defaults and at the extremes of each parameter; no files are given then` },
    stdin: { type: 'boolean', group: FILES, description: 'lint the text on stdin instead of files' },
    'stdin-filename': { type: 'string', value: 'file', group: FILES, description: 'the path the text on stdin is linted as (for imports, the configuration and the report); default stdin.sanction' },
    'max-file-size': { type: 'string', value: 'size', group: INPUTS, description: `refuse files larger than this: bytes, or with kB or MB (default ${formatSize(DEFAULT_MAX_FILE_SIZE)}; also maxFileSize in the configuration)` },
    baseline: { type: 'string', value: 'file', group: ADOPTING, description: 'report only findings not in this baseline; say which of its findings are gone (so it can shrink)' },
    'write-baseline': { type: 'boolean', group: ADOPTING, description: 'write the findings to the --baseline file, and exit 0' },
    shard: { type: 'string', value: 'i>/<n', group: ADOPTING, description: 'lint only the i-th of n shares of the files (1 <= i <= n), the same share on every machine: split a large tree across CI jobs' },
    cache: { type: 'boolean', group: SPEED, description: 'lint only files whose text, configuration or imports changed since the last --cache run (and with another sanction version)' },
    'cache-location': { type: 'string', value: 'file', group: SPEED, description: `where the cache is kept (default ${CACHE_FILE_NAME})` },
    progress: { type: 'boolean', group: SPEED, description: 'show progress on stderr (default: on a terminal, for long runs)' },
    'no-progress': { type: 'boolean', group: SPEED, description: 'never show progress' },
    fix: { type: 'boolean', group: FIXING, description: 'apply the safe fixes (those that guess nothing), lint again until nothing more can be fixed, write the files atomically, and say what changed' },
    'fix-dry-run': { type: 'boolean', group: FIXING, description: 'the same without writing: print the changes as a unified diff' },
    help: { type: 'boolean', short: 'h', description: 'show this help' }
} as const satisfies OptionSpecs;

const AFTER = `Files imported with \`import "…"\` are read too, so templates resolve, but only the files
given are reported. The nearest ${CONFIG_FILE_NAME} above each file applies to it (profile,
check severities, control-burden ceilings); --profile and --check win over it.
${IGNORE_FILE_NAME} in the working directory lists files not to lint (gitignore syntax).

Exit codes:
  0  no errors (and no more warnings than --max-warnings allows)
  1  errors found, or more warnings than --max-warnings allows
  2  usage error, unreadable input, invalid configuration, or internal error
     (nothing is written, except that sarif and junit write a report of the failure)
`;

/** The commander program of `sanction lint` (a fresh one each time: a program parses once). */
export function lintProgram() {
    return defineProgram({
        name: 'lint',
        usage: '[options] <files|folders|globs...>',
        description: 'Checks sanction orders against Recommendation CM/Rec(2017)3 and reports what it finds.',
        arguments: [['inputs', '.sanction files; folders, searched recursively for .sanction files (node_modules and dot-folders are skipped); globs such as "orders/**/*.sanction" (quote them)']],
        options: LINT_OPTIONS,
        after: AFTER
    });
}

/** Where the report goes, as far as it can be told from the raw arguments (before they parse). */
interface Target {
    format?: LintFormat;
    outputFile?: string;
}

/** `--format`/`-f` and `--output-file`/`-o` from raw arguments, for reporting a failed run. */
function scanTarget(argv: readonly string[], cwd: string): Target {
    let formatName: string | undefined;
    let outputFile: string | undefined;
    for (let i = 0; i < argv.length; i++) {
        const arg = argv[i];
        if (arg === '--') {
            break;
        }
        const take = (long: string, short: string): string | undefined => {
            if (arg === long || arg === short) {
                return argv[i + 1];
            }
            if (arg.startsWith(`${long}=`)) {
                return arg.slice(long.length + 1);
            }
            if (arg.startsWith(short) && arg.length > 2 && !arg.startsWith('--')) {
                return arg.slice(2);
            }
            return undefined;
        };
        formatName = take('--format', '-f') ?? formatName;
        outputFile = take('--output-file', '-o') ?? outputFile;
    }
    return {
        format: lintFormat(formatName ?? DEFAULT_LINT_FORMAT),
        ...(outputFile && !outputFile.startsWith('-') ? { outputFile: path.resolve(cwd, outputFile) } : {})
    };
}

function failureNotifications(error: unknown): ToolNotification[] {
    if (error instanceof UsageError) {
        return [{ level: 'error', message: error.message }];
    }
    if (error instanceof InputError) {
        return error.unreadable.map(u => ({ level: 'error' as const, message: `cannot read ${u.path}: ${u.reason}` }));
    }
    if (error instanceof OutputError) {
        return [{ level: 'error', message: error.message }];
    }
    if (error instanceof ConfigError) {
        return error.problems.map(problem => ({ level: 'error' as const, message: `invalid configuration: ${problem}` }));
    }
    const message = error instanceof Error ? error.message : String(error);
    return [{ level: 'error', message: `internal error: ${message.split('\n')[0]}` }];
}

function emit(io: Io, outputFile: string | undefined, text: string): void {
    if (outputFile) {
        try {
            writeFileAtomic(outputFile, text);
        } catch (error) {
            throw new OutputError(displayPath(outputFile, io.cwd), describeFsError(error));
        }
    } else if (text !== '') {
        io.stdout(text);
    }
}

export const lintCommand: Command = {
    name: 'lint',
    summary: 'check .sanction files and report findings',
    usage: USAGE,
    get help() {
        return helpOf(lintProgram());
    },
    async run(argv, io) {
        try {
            return await lint(argv, io);
        } catch (error) {
            // A failed run still leaves a valid document where the format's readers expect one
            // (SARIF: a run with no results whose invocation failed), not a 0-byte file.
            const target = scanTarget(argv, io.cwd);
            if (target.format?.failure) {
                const context: FormatContext = {
                    color: false,
                    tool: { name: TOOL_NAME, version: TOOL_VERSION },
                    cwd: io.cwd,
                    root: repositoryRoot(io.cwd),
                    exitCode: EXIT.failure,
                    notifications: failureNotifications(error)
                };
                try {
                    emit(io, target.outputFile, target.format.failure(context));
                } catch {
                    // The error that stopped the run is the one to report.
                }
            }
            throw error;
        }
    }
};

type Values = ParsedValues<typeof LINT_OPTIONS>;

/** Fresh services that read files through the CLI's guarded reader (at most `maxFileSize` bytes). */
export function createLintServices(maxFileSize: number): Services {
    const fileSystem = new GuardedFileSystemProvider(maxFileSize);
    const { Sanction } = createSanctionCoreServices({ fileSystemProvider: () => fileSystem });
    fileSystems.set(Sanction, fileSystem);
    return Sanction;
}

/** One file to lint: where it is and, for stdin and fixed text, its text in memory. */
export interface Source {
    absolutePath: string;
    text?: string;
}

async function lint(argv: readonly string[], io: Io): Promise<ExitCode> {
    const { values, positionals } = parseWith('lint', lintProgram(), LINT_OPTIONS, argv);
    if (values.help) {
        io.stdout(helpOf(lintProgram()));
        return EXIT.ok;
    }
    const formatName = values.format ?? DEFAULT_LINT_FORMAT;
    const format = lintFormat(formatName);
    if (!format) {
        const names = LINT_FORMATS.map(f => f.name).join(', ');
        throw new UsageError(`unknown format '${formatName}'${didYouMean(formatName, LINT_FORMATS.map(f => f.name))} (formats: ${names})`, 'lint');
    }
    const maxWarnings = values['max-warnings'] === undefined
        ? undefined
        : nonNegativeInteger('lint', '--max-warnings', values['max-warnings']);
    const checks = checkSettings(values.check ?? []);
    const profile = values.profile;
    if (profile !== undefined && !PROFILE_IDS.includes(profile)) {
        throw new UsageError(`unknown profile '${profile}' (profiles: ${PROFILE_IDS.join(', ')})`, 'lint');
    }
    exclusive(values, ['config', 'no-config']);
    exclusive(values, ['fix', 'fix-dry-run']);
    exclusive(values, ['color', 'no-color']);
    exclusive(values, ['progress', 'no-progress']);
    exclusive(values, ['root', 'sarif-root']);
    exclusive(values, ['stdin', 'print-config']);
    if (values['write-baseline'] && values.baseline === undefined) {
        throw new UsageError("option '--write-baseline' needs --baseline <file>", 'lint');
    }
    const shard = values.shard === undefined ? undefined : parseShard(values.shard);
    const baselineFile = values.baseline === undefined ? undefined : path.resolve(io.cwd, values.baseline);
    const baseline = baselineFile && !values['write-baseline'] ? readBaseline(baselineFile, io.cwd) : undefined;
    if (values.stdin && values.fix) {
        throw new UsageError("option '--fix' cannot write to stdin: use --fix-dry-run to see the changes", 'lint');
    }
    if (values['stdin-filename'] !== undefined && !values.stdin) {
        throw new UsageError("option '--stdin-filename' needs --stdin", 'lint');
    }
    const overrides: Partial<SanctionConfig> = { checks, ...(profile ? { profile } : {}) };
    let maxFileSize = values['max-file-size'] === undefined ? undefined : fileSizeOption(values['max-file-size']);
    let progress: Progress | undefined;
    const fixedConfig = values.config !== undefined ? readConfigFile(values.config, io.cwd) : values['no-config'] ? { problems: [] } : undefined;
    const locale = cliLocale(values.locale, io.env, 'lint');
    const services = () => {
        const Sanction = createLintServices(maxFileSize ?? DEFAULT_MAX_FILE_SIZE);
        Sanction.sanction.locale.set(locale);
        if (progress) {
            progressOf.set(Sanction, progress);
        }
        Sanction.sanction.config.setOverrides(overrides);
        if (fixedConfig) {
            // Every document gets the one configuration (--config) or none (--no-config).
            (Sanction.sanction.config as unknown as { fileFor(folder: URI): typeof fixedConfig }).fileFor = () => fixedConfig;
        }
        return Sanction;
    };
    // No --max-file-size: the configuration's maxFileSize, as it applies in the working directory.
    maxFileSize ??= services().sanction.config.resolve(URI.file(path.join(io.cwd, 'stdin.sanction'))).config.maxFileSize;

    if (values.library !== undefined) {
        return lintLibraryFolder(values, positionals, io, services, format, maxWarnings);
    }

    if (values['print-config'] !== undefined) {
        if (positionals.length > 0) {
            throw new UsageError(`unexpected argument '${positionals[0]}' (--print-config takes one file)`, 'lint');
        }
        const file = path.resolve(io.cwd, values['print-config']);
        const resolved = services().sanction.config.resolve(URI.file(file));
        if (resolved.problems.length > 0) {
            throw new ConfigError(resolved.problems.map(problem => formatConfigProblem({ ...problem, file: displayPath(problem.file, io.cwd) })));
        }
        const printed = {
            file: resolved.file ? displayPath(resolved.file.fsPath, io.cwd) : null,
            profile: resolved.config.profile,
            checks: resolved.config.checks,
            ceilings: resolved.config.ceilings ?? {},
            ...(resolved.config.libraries ? { libraries: resolved.config.libraries } : {}),
            ...(resolved.config.maxFileSize !== undefined ? { maxFileSize: resolved.config.maxFileSize } : {})
        };
        emit(io, values['output-file'] && path.resolve(io.cwd, values['output-file']), JSON.stringify(printed, null, 2) + '\n');
        return EXIT.ok;
    }

    let sources: Source[];
    const extensions = services().LanguageMetaData.fileExtensions;
    if (values.stdin) {
        if (positionals.length > 0) {
            throw new UsageError(`unexpected argument '${positionals[0]}' (--stdin lints stdin, not files)`, 'lint');
        }
        const name = values['stdin-filename'] ?? 'stdin.sanction';
        if (!extensions.some(extension => name.endsWith(extension))) {
            throw new UsageError(`option '--stdin-filename' needs a ${extensions.join(', ')} file name, not '${name}'`, 'lint');
        }
        if (!io.readStdin) {
            throw new UsageError('stdin cannot be read here', 'lint');
        }
        const bytes = await io.readStdin();
        let text: string;
        try {
            if (bytes.length > (maxFileSize ?? DEFAULT_MAX_FILE_SIZE)) {
                throw new RefusedInput(`too large: ${formatSize(bytes.length)} (the limit is ${formatSize(maxFileSize ?? DEFAULT_MAX_FILE_SIZE)}; --max-file-size raises it)`);
            }
            text = decodeText(bytes);
        } catch (error) {
            throw new InputError([{ path: 'stdin', reason: error instanceof Error ? error.message : String(error) }]);
        }
        sources = [{ absolutePath: path.resolve(io.cwd, name), text }];
    } else {
        if (positionals.length === 0) {
            throw new UsageError('no files, folders or globs given', 'lint');
        }
        const ignored = ignoreMatcher(io.cwd, { ignorePath: values['ignore-path'], patterns: values['ignore-pattern'] ?? [], noIgnore: values['no-ignore'] });
        const files = await resolveInputs(positionals, io.cwd, extensions, ignored,
            shown => io.stderr(`${TOOL_NAME}: ${shown} is ignored (${values['ignore-pattern']?.length ? '--ignore-pattern or ' : ''}${IGNORE_FILE_NAME}); --no-ignore lints it\n`));
        if (files.length === 0) {
            throw new InputError([{ path: positionals.join(' '), reason: 'every file given is ignored (--no-ignore lints them)' }]);
        }
        const root = repositoryRoot(io.cwd);
        sources = files
            .filter(file => !shard || shardOf(displayPath(file, root), shard.count) === shard.index)
            .map(absolutePath => ({ absolutePath }));
    }

    const progressOption = values.progress ? true : values['no-progress'] ? false : undefined;
    if (showProgress({ option: progressOption, stderrIsTTY: io.stderrIsTTY, env: io.env, files: sources.length })) {
        progress = progressOn(io);
    }
    const useCache = values.cache && !values.fix && !values['fix-dry-run'] && !values.stdin;
    const keep: Keep = { texts: Boolean(values.fix || values['fix-dry-run'] || values['report-suppressions']), imports: Boolean(useCache) };
    let pass = useCache
        ? await lintWithCache(services(), sources, io, path.resolve(io.cwd, values['cache-location'] ?? CACHE_FILE_NAME), keep)
        : await lintSources(services(), sources, io, keep);
    if (values.fix || values['fix-dry-run']) {
        const original = new Map(pass.linted.map(file => [file.absolutePath, file.text ?? '']));
        const applied = new Map<string, string[]>();
        for (let round = 0; round < 10; round++) {
            let changed = false;
            const next: Source[] = pass.linted.map(file => {
                const result = applyFixes(file.text ?? '', file.findings);
                if (result.text !== file.text && result.applied.length > 0) {
                    changed = true;
                    applied.set(file.absolutePath, [...(applied.get(file.absolutePath) ?? []), ...result.applied.map(a => a.checkId)]);
                    return { absolutePath: file.absolutePath, text: result.text };
                }
                return { absolutePath: file.absolutePath, text: file.text };
            });
            if (!changed) {
                break;
            }
            pass = await lintSources(services(), next, io, keep);
        }
        const changedFiles = pass.linted.filter(file => file.text !== original.get(file.absolutePath));
        if (values['fix-dry-run']) {
            const diff = changedFiles.map(file => {
                const shown = displayPath(file.absolutePath, io.cwd);
                return createTwoFilesPatch(`a/${shown}`, `b/${shown}`, original.get(file.absolutePath) ?? '', file.text ?? '', undefined, undefined, { context: 3 })
                    .replace(/^=+\n/, '');
            }).join('');
            io.stdout(diff);
        } else {
            for (const file of changedFiles) {
                const shown = displayPath(file.absolutePath, io.cwd);
                const current = fs.readFileSync(file.absolutePath, 'utf8');
                if (current !== original.get(file.absolutePath)) {
                    io.stderr(`${TOOL_NAME}: not fixed ${shown}: it changed while it was being linted\n`);
                    continue;
                }
                writeFileAtomic(file.absolutePath, file.text ?? '');
                const ids = applied.get(file.absolutePath) ?? [];
                io.stderr(`${TOOL_NAME}: fixed ${shown}: ${ids.length} ${ids.length === 1 ? 'fix' : 'fixes'} (${[...new Set(ids)].join(', ')})\n`);
            }
        }
        // What --fix leaves to the drafter: findings whose every fix guesses or leaves a placeholder.
        const left = pass.linted.flatMap(file => unsafeOnly(file.findings));
        if (left.length > 0) {
            const ids = [...new Set(left.map(finding => finding.checkId))].sort();
            io.stderr(`${TOOL_NAME}: not fixed: ${left.length} ${left.length === 1 ? 'finding has' : 'findings have'} only fixes that guess or leave a placeholder (${ids.join(', ')}); apply them in the editor\n`);
        }
    }

    const linted = pass.linted;
    let full = buildReport(linted, io.cwd);
    if (baselineFile && values['write-baseline']) {
        const count = writeBaseline(full, baselineFile, io.cwd);
        io.stderr(`${TOOL_NAME}: wrote ${count} ${count === 1 ? 'finding' : 'findings'} to ${displayPath(baselineFile, io.cwd)}\n`);
        return EXIT.ok;
    }
    if (baseline && baselineFile) {
        const match = matchBaseline(baseline, baselineFile, full);
        full = filterReport(full, (finding, file) => !match.isOld(finding, file));
        const gone = match.gone();
        if (match.old > 0 || gone.length > 0) {
            io.stderr(`${TOOL_NAME}: ${match.old} ${match.old === 1 ? 'finding is' : 'findings are'} in the baseline and not reported; ${gone.length} ${gone.length === 1 ? 'is' : 'are'} gone from it${gone.length ? ' (--write-baseline shrinks it)' : ''}\n`);
        }
        for (const entry of gone) {
            io.stderr(`${TOOL_NAME}: gone from the baseline: ${entry.path}:${entry.line}  ${entry.checkId}\n`);
        }
    }
    let report = values.quiet ? filterReport(full, finding => finding.severity === 'error') : full;
    if (values['report-suppressions']) {
        const texts = new Map(linted.map(file => [file.absolutePath, file.text ?? '']));
        report = {
            ...report,
            files: report.files.map(file => ({
                ...file,
                suppressions: readSuppressions(texts.get(file.absolutePath) ?? '').map(suppression => ({
                    line: suppression.line + 1,
                    checkIds: suppression.ids,
                    reason: suppression.reason,
                    appliesTo: suppression.target === undefined ? null : suppression.target + 1
                }))
            }))
        };
    }
    const { code, outputFile, context } = outcomeOf(values, io, report.summary.errors, countSeverities(full.files.flatMap(file => file.findings)).warning,
        maxWarnings, linted.map(file => file.absolutePath));
    const text = format.format(report, context);
    if (values['fix-dry-run'] && !outputFile) {
        // The diff is stdout; the report of what would be left goes only to --output-file.
        return code;
    }
    emit(io, outputFile, text);
    return code;
}

/**
 * How a lint run ends, whatever it linted (files or a library): the exit code (errors, or more
 * warnings than --max-warnings, said on stderr and as a tool notification), the output file, and
 * the context the formats write with.
 */
function outcomeOf(values: Values, io: Io, errors: number, warnings: number, maxWarnings: number | undefined, absolutePaths: readonly string[]): { code: ExitCode; outputFile?: string; context: FormatContext } {
    const notifications: ToolNotification[] = [];
    let code: ExitCode = errors > 0 ? EXIT.problems : EXIT.ok;
    if (maxWarnings !== undefined && warnings > maxWarnings) {
        io.stderr(`${TOOL_NAME}: too many warnings: ${warnings} (maximum ${maxWarnings})\n`);
        notifications.push({ level: 'error', message: `too many warnings: ${warnings} (maximum ${maxWarnings})` });
        code = EXIT.problems;
    }
    const outputFile = values['output-file'] !== undefined ? path.resolve(io.cwd, values['output-file']) : undefined;
    const rootOption = values.root ?? values['sarif-root'];
    const context: FormatContext = {
        color: useColor(outputFile ? false : io.stdoutIsTTY, io.env, values.color ? true : values['no-color'] ? false : undefined),
        tool: { name: TOOL_NAME, version: TOOL_VERSION },
        cwd: io.cwd,
        // The repository's root; when files lie outside it, the folder that holds them all, so every
        // URI is relative to it (never `../`). An explicit --root is kept as given.
        root: rootOption !== undefined ? path.resolve(io.cwd, rootOption) : commonRoot(repositoryRoot(io.cwd), absolutePaths),
        exitCode: code,
        notifications
    };
    return { code, outputFile, context };
}

/** `--shard 2/4`: the second of four shares. */
function parseShard(value: string): { index: number; count: number } {
    const match = /^(\d+)\/(\d+)$/.exec(value.trim());
    const index = match ? Number(match[1]) : NaN;
    const count = match ? Number(match[2]) : NaN;
    if (!match || count < 1 || index < 1 || index > count) {
        throw new UsageError(`option '--shard' needs <i>/<n> with 1 <= i <= n, not '${value}'`, 'lint');
    }
    return { index, count };
}

/** Which share (1 to n) a file belongs to: from a hash of its path, so adding a file moves no other. */
export function shardOf(relativePath: string, count: number): number {
    return (createHash('sha256').update(relativePath).digest().readUInt32BE(0) % count) + 1;
}

function exclusive(values: Values, names: ReadonlyArray<keyof Values>): void {
    const given = names.filter(name => values[name] !== undefined && values[name] !== false);
    if (given.length > 1) {
        throw new UsageError(`options ${given.map(name => `'--${String(name)}'`).join(' and ')} cannot be used together`, 'lint');
    }
}

/** `--config <file>`: read and check it; its problems are configuration errors (exit 2). */
function readConfigFile(file: string, cwd: string): { file: URI; config: Partial<SanctionConfig>; problems: ConfigProblem[] } {
    const absolute = path.resolve(cwd, file);
    let text: string;
    try {
        text = readTextFile(absolute, DEFAULT_MAX_FILE_SIZE);
    } catch (error) {
        throw new InputError([{ path: displayPath(absolute, cwd), reason: describeReadFailure(error) }]);
    }
    const parsed = parseConfig(text, displayPath(absolute, cwd), new Set(ALL_CHECKS.map(check => check.id)));
    if (!parsed.config) {
        throw new ConfigError(parsed.problems.map(formatConfigProblem));
    }
    return { file: URI.file(absolute), config: parsed.config, problems: [] };
}

export type Services = ReturnType<typeof createSanctionCoreServices>['Sanction'];

/** What lintSources keeps of each linted document: plain data, nothing of its syntax tree. */
interface Inspected {
    text?: string;
    orders: ReturnType<typeof ordersOf>;
    imports?: string[];
}

/** Files linted between two progress reports. */
const PROGRESS_STEP = 50;

/** The progress each set of services reports to, when progress is shown. */
const progressOf = new WeakMap<Services, Progress>();

/** The reader each set of services reads through, for telling refused input from internal errors. */
const fileSystems = new WeakMap<Services, GuardedFileSystemProvider>();

/** `--max-file-size 8MB`. */
function fileSizeOption(value: string): number {
    const bytes = parseSize(value);
    if (bytes === undefined) {
        throw new UsageError(`option '--max-file-size' needs a size such as 4MB, 512kB or 100000, not '${value}'`, 'lint');
    }
    return bytes;
}

function checkConfigProblems(Sanction: Services, sources: readonly Source[], io: Io): void {
    const problems = new Set<string>();
    for (const source of sources) {
        for (const problem of Sanction.sanction.config.resolve(URI.file(source.absolutePath)).problems) {
            problems.add(formatConfigProblem({ ...problem, file: displayPath(problem.file, io.cwd) }));
        }
    }
    if (problems.size > 0) {
        throw new ConfigError([...problems]);
    }
}

/**
 * Files the document imports, directly or through others (those that could be read), and the
 * manifest of every library they come from: a manifest's minimum language version decides whether
 * its templates are used, so a changed manifest must relint the order (`--cache`).
 */
function importsOf(Sanction: Services, uri: URI): string[] {
    const documents = Sanction.shared.workspace.LangiumDocuments;
    const seen = new Set<string>([uri.toString()]);
    const found: string[] = [];
    const queue = [uri];
    while (queue.length > 0) {
        const document = documents.getDocument(queue.shift()!);
        if (!document) {
            continue;
        }
        for (const imp of (document.parseResult.value as { imports?: readonly Import[] }).imports ?? []) {
            const library = Sanction.sanction.imports.target(imp, document.uri).library;
            const manifest = library && path.join(library.root.fsPath, MANIFEST_FILE_NAME);
            if (manifest && !seen.has(manifest)) {
                seen.add(manifest);
                found.push(manifest);
            }
        }
        for (const imported of Sanction.sanction.imports.importedUris(document)) {
            if (!seen.has(imported.toString())) {
                seen.add(imported.toString());
                found.push(imported.fsPath);
                queue.push(imported);
            }
        }
    }
    return found;
}

/**
 * `--cache`: files whose text, configuration (with the command line's overrides) and imports are
 * as they were at the last run, with the same version of sanction, take their findings from the
 * cache; the others are linted and their results kept for the next run.
 */
async function lintWithCache(Sanction: Services, sources: readonly Source[], io: Io, cacheFile: string, keep: Keep): Promise<{ linted: Array<LintedFile & { text?: string }> }> {
    checkConfigProblems(Sanction, sources, io);
    const cache = LintCache.open(cacheFile);
    const hits: Array<LintedFile & { text?: string }> = [];
    const misses: Array<{ source: Source; key: string }> = [];
    for (const source of sources) {
        let text: string;
        try {
            text = readTextFile(source.absolutePath, fileSystems.get(Sanction)?.maxSize ?? DEFAULT_MAX_FILE_SIZE);
        } catch (error) {
            throw new InputError([{ path: displayPath(source.absolutePath, io.cwd), reason: describeReadFailure(error) }]);
        }
        const key = cacheKey(TOOL_VERSION, Sanction.sanction.config.forDocument(URI.file(source.absolutePath)), text);
        const entry = cache.get(source.absolutePath, key);
        if (entry) {
            hits.push({ absolutePath: source.absolutePath, findings: entry.findings, ...(keep.texts || entry.findings.length > 0 ? { text } : {}), ...(entry.orders ? { orders: entry.orders } : {}) });
        } else {
            misses.push({ source: { absolutePath: source.absolutePath, text }, key });
        }
    }
    let linted: Array<LintedFile & { text?: string; imports?: string[] }> = [];
    if (misses.length > 0) {
        linted = (await lintSources(Sanction, misses.map(miss => miss.source), io, { ...keep, imports: true })).linted;
        linted.forEach((file, i) => cache.set(file.absolutePath, misses[i].key, file.imports ?? [], file.findings, file.orders));
    }
    try {
        cache.save();
    } catch (error) {
        io.stderr(`${TOOL_NAME}: cannot write the cache ${displayPath(cacheFile, io.cwd)}: ${describeFsError(error)}\n`);
    }
    return { linted: [...hits, ...linted] };
}

/** What a pass keeps of each file beyond its findings and orders, which the report needs. */
export interface Keep {
    /** Every file's text (--fix, --report-suppressions); else only the texts of files with findings, for their fingerprints. */
    texts: boolean;
    /** The files each imports (--cache). */
    imports: boolean;
}

/** Files linted together before their documents are released: a batch bounds what is held. */
export const LINT_BATCH_SIZE = 50;

/** How far the heap may grow between two full collections of a run (see HeapKeeper). */
const HEAP_SLACK = 8 * 1024 * 1024;

/**
 * Lints the sources with fresh services: those with a text in memory are linted as that text (stdin,
 * fixed text), the others are read from disk; imports are read from disk either way.
 *
 * In batches: each batch's documents (with their index entries and cached configuration) are
 * released once their findings are taken as plain data, unless a loaded file imports them; files
 * only imported (libraries, shared templates) stay loaded. So memory is bounded by a batch, the
 * imported files and the report, not by the tree.
 */
export async function lintSources(Sanction: Services, sources: readonly Source[], io: Io, keep: Keep): Promise<{ linted: Array<LintedFile & { text?: string; imports?: string[] }> }> {
    const fileSystem = fileSystems.get(Sanction);
    for (const source of sources) {
        if (source.text !== undefined) {
            if (!fileSystem) {
                throw new InternalError('no reader for text held in memory');
            }
            // Read when its batch loads it (a document parses as it is made).
            fileSystem.texts.set(source.absolutePath, source.text);
        }
    }
    checkConfigProblems(Sanction, sources, io);
    // With progress shown, in smaller batches, each reported.
    const progress = progressOf.get(Sanction);
    const uris = sources.map(source => URI.file(source.absolutePath));
    const step = progress ? Math.min(PROGRESS_STEP, LINT_BATCH_SIZE) : LINT_BATCH_SIZE;
    const documents = Sanction.shared.workspace.LangiumDocuments;
    const results: Awaited<ReturnType<typeof lintFiles<Inspected>>> = [];
    const heap = new HeapKeeper(HEAP_SLACK);
    for (let start = 0; start < uris.length; start += step) {
        const batch = uris.slice(start, start + step);
        const found = await lintFiles(Sanction, batch, {
            batchSize: step,
            inspect: (document): Inspected => {
                const findings = document.diagnostics?.length ?? 0;
                return {
                    ...(keep.texts || findings > 0 ? { text: document.textDocument.getText() } : {}),
                    orders: ordersOf(document, Sanction.sanction.config.forDocument(document.uri)),
                    ...(keep.imports ? { imports: importsOf(Sanction, document.uri) } : {})
                };
            }
        });
        // Copied: a string cut from a document (a case reference, a quote in a message) would
        // otherwise hold the document's whole text after its syntax tree is gone.
        results.push(...found.map(result => ({
            ...result,
            findings: structuredClone(result.findings),
            ...(result.inspected ? { inspected: structuredClone(result.inspected) } : {})
        })));
        for (const uri of batch) {
            if (!documents.hasDocument(uri)) {
                Sanction.sanction.config.forgetDocument(uri);
            }
        }
        heap.collect();
        progress?.update(results.length, uris.length);
    }
    progress?.end();
    // A file the reader refused is unreadable input; any other failure to load a file it could
    // read (the parser overflowing the stack on deep input) is ours: an internal error.
    const refused = fileSystem?.refused;
    const failed = results.filter(result => result.unreadable !== undefined);
    const internal = failed.find(result => refused && !refused.has(result.uri.toString()));
    if (internal) {
        throw new InternalError(`while linting ${displayPath(internal.uri.fsPath, io.cwd)}: ${internal.unreadable}`);
    }
    const unreadable: Unreadable[] = failed
        .map(result => ({ path: displayPath(result.uri.fsPath, io.cwd), reason: refused?.get(result.uri.toString()) ?? result.unreadable! }));
    if (unreadable.length > 0) {
        throw new InputError(unreadable);
    }
    const linted = results.map(result => ({
        absolutePath: result.uri.fsPath,
        findings: result.findings as Finding[],
        ...(result.inspected ?? {})
    }));
    return { linted };
}

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
            throw new UsageError(`unknown check '${id}'${didYouMean(id, ALL_CHECKS.map(check => check.id))}; 'sanction checks' lists them`, 'lint');
        }
        if (!SETTINGS.includes(setting as SeveritySetting)) {
            throw new UsageError(`unknown severity '${setting}' for check '${id}' (${SETTINGS.join(', ')})`, 'lint');
        }
        settings[id] = setting as SeveritySetting;
    }
    return settings;
}

/** Options that lint given files, which `--library` (a library on its own) does not take. */
const NOT_WITH_LIBRARY = ['stdin', 'stdin-filename', 'print-config', 'fix', 'fix-dry-run', 'baseline', 'write-baseline', 'shard', 'cache', 'report-suppressions'] as const;

/**
 * `sanction lint --library <dir>`: every template of the library applied in a generated order
 * under each profile of its manifest (or --profile), at its defaults and at the extremes of its
 * parameters (language/src/library/lint-library.ts). Each finding is shown in the template's file
 * with the template, the profile and the arguments that raised it; the exit code is lint's.
 */
async function lintLibraryFolder(values: Values, positionals: readonly string[], io: Io, services: () => Services, format: LintFormat, maxWarnings: number | undefined): Promise<ExitCode> {
    if (positionals.length > 0) {
        throw new UsageError(`unexpected argument '${positionals[0]}' (--library lints the library's own files, not files given)`, 'lint');
    }
    for (const name of NOT_WITH_LIBRARY) {
        if (values[name] !== undefined && values[name] !== false) {
            throw new UsageError(`option '--${name}' cannot be used with '--library'`, 'lint');
        }
    }
    const root = path.resolve(io.cwd, values.library!);
    const checks = checkSettings(values.check ?? []);
    const result = await lintLibrary(services, root, {
        overrides: { checks },
        ...(values.profile ? { profiles: [values.profile] } : {})
    });
    if (result.problems.length > 0) {
        if (result.problemKind === 'manifest') {
            throw new ConfigError(result.problems.map(problem => problem.replace(root, displayPath(root, io.cwd))));
        }
        throw new InputError([{ path: displayPath(root, io.cwd), reason: result.problems.join('; ') }]);
    }
    const { report, details } = libraryReport(result, io.cwd);
    const shown = values.quiet ? filterReport(report, finding => finding.severity === 'error') : report;
    const { code, outputFile, context } = outcomeOf(values, io, shown.summary.errors, countSeverities(report.files.flatMap(file => file.findings)).warning,
        maxWarnings, report.files.map(file => file.absolutePath));
    let text: string;
    if (format.name === 'json') {
        // lint's JSON document, each finding with what raised it, and the library linted.
        const document = jsonOutput(shown, context) as { files: Array<{ findings: Array<Record<string, unknown>> }> };
        document.files.forEach((file, i) => file.findings.forEach((finding, j) => Object.assign(finding, details.get(shown.files[i].findings[j]))));
        text = JSON.stringify({
            ...document,
            library: {
                name: result.manifest?.name,
                version: result.manifest?.version,
                path: displayPath(result.root, io.cwd),
                profiles: result.profiles,
                templates: result.templates.length,
                orders: result.orders
            }
        }, null, 2) + '\n';
    } else {
        text = format.format(shown, context);
    }
    emit(io, outputFile, text);
    return code;
}

/** What the JSON output adds to a finding of `--library`. */
interface LibraryDetails {
    template: string | null;
    profile: string;
    /** The arguments that raised it; null when every argument set tried did (or for a file's own finding). */
    arguments: Record<string, string> | null;
    varied: string[] | null;
    at: LibraryFinding['at'];
}

/** The library's findings as a lint report of its files (every .sanction file, with or without findings). */
function libraryReport(result: LibraryLintResult, cwd: string): { report: LintReport; details: Map<ReportFinding, LibraryDetails> } {
    const details = new Map<ReportFinding, LibraryDetails>();
    const byFile = new Map<string, ReportFinding[]>();
    for (const template of result.templates) {
        byFile.set(template.file, []);
    }
    for (const finding of result.findings) {
        const heading = result.templates.find(t => t.file === finding.file && t.name === finding.template);
        const range = finding.at === 'apply' && heading ? heading.range : finding.range;
        const reported: ReportFinding = {
            checkId: finding.checkId,
            ...(finding.messageId ? { messageId: finding.messageId } : {}),
            rules: finding.rules,
            severity: finding.severity,
            message: `${libraryContext(finding)}: ${finding.message}`,
            range: toReportRange(range),
            docsUrl: finding.docsUrl ?? null
        };
        details.set(reported, {
            template: finding.template ?? null,
            profile: finding.profile,
            arguments: finding.arguments ?? null,
            varied: finding.varied ?? null,
            at: finding.at
        });
        byFile.set(finding.file, [...(byFile.get(finding.file) ?? []), reported]);
    }
    const files = [...byFile.entries()]
        .map(([absolutePath, findings]) => ({
            path: displayPath(absolutePath, cwd),
            absolutePath,
            findings: findings.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.column - b.range.start.column)
        }))
        .sort((a, b) => a.path.localeCompare(b.path));
    // filterReport keeping everything counts the summary.
    return { report: filterReport({ files, summary: { files: 0, filesWithProblems: 0, problems: 0, errors: 0, warnings: 0, infos: 0, hints: 0 } }, () => true), details };
}

/** `evening-curfew under england-wales with start 00:00, end 23:59`, and the like. */
function libraryContext(finding: LibraryFinding): string {
    if (!finding.template) {
        return `the file under ${finding.profile}`;
    }
    const values = !finding.arguments
        ? 'whatever the arguments'
        : finding.varied && finding.varied.length > 0
            ? `with ${finding.varied.map(name => `${name} ${finding.arguments![name]}`).join(', ')}`
            : 'at its defaults';
    const where = finding.at === 'apply' ? ' (in the order applying it)' : '';
    return `${finding.template} under ${finding.profile} ${values}${where}`;
}
