import type { CheckTexts, TextPattern } from '../translation.js';

/** The French of a group of checks: their messages and titles, and the titles of their quick fixes. */
export interface TranslationGroup {
    readonly checks: Readonly<Record<string, CheckTexts>>;
    readonly fixTitles: readonly TextPattern[];
}
