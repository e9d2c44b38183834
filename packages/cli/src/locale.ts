import { LOCALES, localeOf, type Locale } from '@sanction-orders/language/i18n/locale.js';
import { UsageError } from './errors.js';

/** The `--locale` option of the commands that print findings. */
export const LOCALE_DESCRIPTION = `language of the findings and fix titles: ${LOCALES.join(' or ')} (default: from LC_ALL, LC_MESSAGES or LANG, else en)`;

/**
 * The language the findings are printed in: `--locale` if given (a language the product has no
 * texts for is a usage error there), else the first of LC_ALL, LC_MESSAGES and LANG that is set,
 * as POSIX programs read them (there, an unknown language is English, silently).
 */
export function cliLocale(option: string | undefined, env: Readonly<Record<string, string | undefined>>, command: string): Locale {
    if (option !== undefined) {
        const locale = localeOf(option);
        const language = option.trim().split(/[-_.@]/, 1)[0]!.toLowerCase();
        if (locale !== language) {
            throw new UsageError(`--locale ${option}: the findings exist in ${LOCALES.join(' and ')} only`, command);
        }
        return locale;
    }
    const tag = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find(value => value !== undefined && value !== '');
    return localeOf(tag);
}
