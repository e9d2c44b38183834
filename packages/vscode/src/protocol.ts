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

/**
 * Render the order of an open document as HTML, from the server's current parse of it: the same
 * renderer as `sanction render --to html`. The live preview asks for it as the drafter types.
 */
export const RENDER_HTML_REQUEST = 'sanction/renderHtml';

export interface RenderHtmlParams {
    /** The document's URI, as the client opened it. */
    uri: string;
}

/** Either the rendered order, or why it cannot be rendered now, in one line. */
export type RenderHtmlResult = RenderedHtml | NotRendered;

export interface RenderedHtml {
    kind: 'rendered';
    /** A whole HTML document, as `sanction render --to html` writes it (every value escaped; no script, no remote resource). */
    html: string;
    /** "Order <case reference>". */
    title: string;
    /** The document version rendered (the server's copy of the text). */
    version: number;
    /** Findings of the document by severity: `sanction render` refuses an order with errors, the preview shows it with them. */
    errors: number;
    warnings: number;
    /** The first error, as "line 4, open-ended-duration", when there is one. */
    firstError?: string;
}

export interface NotRendered {
    kind: 'not-rendered';
    /** One line saying why, and what to do: "line 4 does not parse: …; the preview follows once it does". */
    reason: string;
}
