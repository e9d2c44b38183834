/**
 * The languages the product speaks to a drafter. English is the language the checks are written
 * in; every other language is a translation held as data in this folder, keyed by check and
 * message id, so a check is still written once.
 */
export type Locale = 'en' | 'fr';

export const LOCALES: readonly Locale[] = ['en', 'fr'];

export const DEFAULT_LOCALE: Locale = 'en';

/**
 * The product's locale for a language tag or a POSIX locale name, as an editor, `--locale` or
 * `LANG` give it: "fr", "fr-CH", "fr_BE.UTF-8" and "FR" are French; anything else ("de", "C",
 * "POSIX", "", undefined) is English, the language every message exists in.
 */
export function localeOf(tag: string | undefined): Locale {
    const language = (tag ?? '').trim().split(/[-_.@]/, 1)[0]!.toLowerCase();
    return (LOCALES as readonly string[]).includes(language) ? language as Locale : DEFAULT_LOCALE;
}

/**
 * The locale the language services speak. One per service container: the language server sets
 * it from the client's `initialize` request, the CLI from `--locale` or the environment.
 */
export class LocaleSetting {
    current: Locale = DEFAULT_LOCALE;

    set(tag: string | undefined): Locale {
        this.current = localeOf(tag);
        return this.current;
    }
}
