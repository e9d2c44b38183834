import type { MessageData } from '../core/check.js';

/** A check's texts in another language. */
export interface CheckTexts {
    /** The check's title (docs, hovers, `sanction checks`). */
    readonly title: string;
    /** Every message of the check, by the same ids and with the same `{{placeholders}}` as in English. */
    readonly messages: Readonly<Record<string, string>>;
    /**
     * How a placeholder's value is put into this language, by placeholder name, for values the
     * check builds in English ("This curfew requirement", "12 months"). A value quoted from the
     * order (a phrase, a name) is the drafter's own text and is not listed: it is shown as written.
     */
    readonly values?: Readonly<Record<string, (english: string, data: MessageData) => string>>;
    /** For a check raised by the parser, the linker or the suppression pass: its messages as patterns. */
    readonly patterns?: readonly TextPattern[];
}

/**
 * A text built in English with values in it, as a pattern: the English with its values as
 * `{{placeholders}}`, and its translation. Used for quick-fix titles and for the messages that are
 * raised outside the checks' `messages` (the parser's, the linker's, the suppression pass's).
 */
export interface TextPattern {
    readonly en: string;
    readonly text: string;
    /** How a placeholder's value is put into this language (see CheckTexts.values). */
    readonly values?: Readonly<Record<string, (english: string) => string>>;
}

/** Everything the product says, in one language other than English. */
export interface Translation {
    /** By check id. */
    readonly checks: Readonly<Record<string, CheckTexts>>;
    readonly fixTitles: readonly TextPattern[];
    /** "Règle 15", "Règles 15 et 30". */
    citeRules(numbers: readonly number[]): string;
    /** The citation of an unnumbered part: "CM/Rec(2017)3, Champ d'application". */
    citeProvision(provision: string): string;
}
