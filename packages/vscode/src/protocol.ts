/**
 * The requests of our own between the extension and the language server, beside the LSP ones.
 * Other editors can send them too: the server answers them whatever the client.
 */

/** Check every `.sanction` file of the workspace folders, open or not, and publish the diagnostics. */
export const LINT_WORKSPACE_REQUEST = 'sanction/lintWorkspace';

/** What the server found, counted like the CLI's summary line. */
export interface LintWorkspaceResult {
    /** `.sanction` files checked (those of the workspace folders, and the open ones). */
    files: number;
    filesWithProblems: number;
    problems: number;
    errors: number;
    warnings: number;
    infos: number;
    hints: number;
    /** How many files were checked under each jurisdiction profile (the setting, or sanction.config.json). */
    profiles: Record<string, number>;
}
