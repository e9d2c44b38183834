import type { Fix } from './finding.js';

// Which fixes may be applied unattended (`sanction lint --fix`, and any shell that applies fixes
// without asking). The rule lives in the core so that every shell reads a fix's safety the same way.

/** Text that stands for something the drafter has to write: "…", "...", `<name>`, `${1:…}`, `$1`. */
const PLACEHOLDER = /\u2026|\.\.\.|<[^<>\n]*>|\$\{\d+|\$\d/;
/** A quoted text the fix would insert (not an escaped quote inside a string it edits). */
const NEW_QUOTED_TEXT = /(^|[^\\])["\u201C\u201D]/;
/** A figure: a duration, date, time or count that the fix would have to guess. */
const FIGURE = /\d/;

/** Why a fix is not safe for `--fix` to apply unattended, or undefined when it is safe. */
export function unsafeReason(fix: Fix): string | undefined {
    const text = fix.edits.map(edit => edit.newText).join('\n');
    if (PLACEHOLDER.test(text)) {
        return 'it leaves a placeholder';
    }
    if (fix.safe === true) {
        return undefined;
    }
    if (fix.safe === false) {
        return 'it is marked as guessing';
    }
    if (NEW_QUOTED_TEXT.test(text)) {
        return 'it inserts a text the drafter has to write';
    }
    if (FIGURE.test(text)) {
        return 'it inserts a figure it cannot know';
    }
    return undefined;
}

/**
 * Whether `--fix` may apply a fix: the fix's own `safe` mark, else the default rule (see `Fix.safe`
 * in the core): no placeholder, no quoted text to write, no figure. A placeholder is never safe.
 */
export function isSafeFix(fix: Fix): boolean {
    return unsafeReason(fix) === undefined;
}
