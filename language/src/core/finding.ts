import type { Range } from 'vscode-languageserver-types';

/**
 * A finding is data. Every shell (language server, CLI, renderer, playground) renders the same
 * object; nothing about a finding is decided outside the core.
 */
export type Severity = 'error' | 'warning' | 'info' | 'hint';

/** A text edit a fix proposes; never applied without the drafter asking for it. */
export interface FixEdit {
    range: Range;
    newText: string;
}

export interface Fix {
    /** What the fix does, in the drafter's words: "Add a review interval". */
    title: string;
    edits: FixEdit[];
    /** The fix an editor may offer first. */
    preferred?: boolean;
    /**
     * Whether `sanction lint --fix` may apply the fix unattended: it guesses nothing and leaves no
     * placeholder. Unset, it is derived from the edits (core/fix-safety.ts `isSafeFix`): a fix
     * that inserts a placeholder ("…", `<…>`, a snippet tab stop), a quoted text the drafter has to
     * write, or a figure (a duration, date or count the fix cannot know) is not safe; others are.
     * `safe: false` marks a fix that guesses in another way; `safe: true` vouches for a figure, but
     * a placeholder is never safe.
     */
    safe?: boolean;
}

/** What a diagnostic carries in its `data` field, and what the CLI prints in JSON. */
export interface FindingData {
    checkId: string;
    /** Which of the check's messages (its `messages` by id); absent for syntax and reference errors. */
    messageId?: string;
    /** Rule numbers of CM/Rec(2017)3 the finding rests on. */
    rules: number[];
    /** Parts of the Recommendation that are not numbered Rules ("Scope and purpose"). */
    provisions?: string[];
    fixes?: Fix[];
}

export interface Finding extends FindingData {
    severity: Severity;
    /** The message shown to the drafter, ending with its citation: "… (Rule 15)". */
    message: string;
    range: Range;
    /** Link to the check's documentation page. */
    docsUrl?: string;
}

/** Where the documentation of checks lives; one place, so every shell links the same page. */
export const DOCS_BASE_URL = 'https://github.com/sanction-orders/sanction-orders/blob/main/docs';

export function checkDocsUrl(checkId: string): string {
    return `${DOCS_BASE_URL}/checks/${checkId}.md`;
}
