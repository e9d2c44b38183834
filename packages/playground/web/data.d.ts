/** Built into the bundles by esbuild.mjs (the `playground:data` plugin). */
declare module 'playground:data' {
    /** Every example order, by its path under examples/, with the profile its folder's sanction.config.json names. */
    export const EXAMPLES: Array<{ path: string; profile: string; text: string }>;
    /** The keyword pattern of the TextMate grammar (a regular expression's source). */
    export const KEYWORDS: string;
    /** The template library's path under examples/, and its text. */
    export const LIBRARY_PATH: string;
    export const LIBRARY_TEXT: string;
    /** The extension's snippets (VS Code's snippet file format). */
    export const SNIPPETS: Record<string, { prefix: string | string[]; body: string | string[]; description?: string }>;
}
