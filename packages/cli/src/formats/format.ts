import type { LintReport } from '../report.js';

/** A message of the tool about its own run (a configuration error, too many warnings). */
export interface ToolNotification {
    readonly level: 'error' | 'warning' | 'note';
    readonly message: string;
}

export interface FormatContext {
    /** Whether the output may use ANSI colour (only the human-readable formats do). */
    readonly color: boolean;
    readonly tool: { readonly name: string; readonly version: string };
    /** The working directory (paths of the report are relative to it). */
    readonly cwd: string;
    /**
     * The root that repository-relative formats (sarif, github, gitlab) make paths relative to:
     * `--root`, else the repository above the working directory, else the working directory.
     */
    readonly root: string;
    /** The exit code of the run (0, 1, or 2 when it did not run to the end). */
    readonly exitCode: number;
    /** What the tool has to say about its run, besides the findings. */
    readonly notifications: readonly ToolNotification[];
}

/**
 * An output format of `sanction lint`. A format turns the report into the complete text written to
 * stdout or `--output-file`; it decides nothing about findings or exit codes. Formats are listed in
 * `formats/index.ts`.
 */
export interface LintFormat {
    readonly name: string;
    readonly description: string;
    format(report: LintReport, context: FormatContext): string;
    /**
     * A document for a run that did not get to the end (usage error, unreadable input, bad
     * configuration), for formats whose readers want one rather than nothing (SARIF: a run with no
     * results and the error as a tool notification). Formats without it write nothing then.
     */
    failure?(context: FormatContext): string;
}
