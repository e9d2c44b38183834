import type { LintReport } from '../report.js';

export interface FormatContext {
    /** Whether the output may use ANSI colour (only the human-readable formats do). */
    readonly color: boolean;
    readonly tool: { readonly name: string; readonly version: string };
}

/**
 * An output format of `sanction lint`. A format turns the report into the complete text written to
 * stdout; it decides nothing about findings or exit codes. New formats (SARIF, JUnit) go next to
 * these and are listed in `formats/index.ts`.
 */
export interface LintFormat {
    readonly name: string;
    readonly description: string;
    format(report: LintReport, context: FormatContext): string;
}
