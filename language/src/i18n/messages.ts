import { fillMessage, type Check, type MessageData } from '../core/check.js';
import type { Fix } from '../core/finding.js';
import type { Locale } from './locale.js';
import type { Translation } from './translation.js';
import { translateByPattern } from './pattern.js';
import { FRENCH } from './fr/index.js';

const TRANSLATIONS: Readonly<Record<Exclude<Locale, 'en'>, Translation>> = { fr: FRENCH };

/** The translation for a locale; English has none, it is the checks' own text. */
export function translationOf(locale: Locale): Translation | undefined {
    return locale === 'en' ? undefined : TRANSLATIONS[locale];
}

/**
 * A check's message in the locale, filled from the finding's data; `undefined` when the locale is
 * English or the translation lacks the message (the caller then shows the English one: a drafter
 * never gets an empty message, and a test holds every message id to a translation).
 */
export function localMessage(check: Check, messageId: string, data: MessageData | undefined, locale: Locale): string | undefined {
    const texts = translationOf(locale)?.checks[check.id];
    const template = texts?.messages[messageId];
    if (template === undefined) {
        return undefined;
    }
    const values = texts!.values;
    if (!values || !data) {
        return fillMessage(template, data);
    }
    const local: Record<string, string | number> = { ...data };
    for (const [name, put] of Object.entries(values)) {
        const value = data[name];
        if (value !== undefined) {
            local[name] = put(String(value), data);
        }
    }
    return fillMessage(template, local);
}

/** A check's title in the locale. */
export function localTitle(check: Pick<Check, 'id' | 'title'>, locale: Locale): string {
    return translationOf(locale)?.checks[check.id]?.title ?? check.title;
}

/** "(Rule 15)" / "(Règle 15)": the citation a finding's message ends with, without the brackets. */
export function localCitation(rules: readonly number[], provisions: readonly string[] | undefined, locale: Locale, english: (rules: readonly number[]) => string): string {
    const translation = translationOf(locale);
    const parts: string[] = [];
    if (rules.length > 0) {
        parts.push(translation ? translation.citeRules(rules) : english(rules));
    }
    for (const provision of provisions ?? []) {
        parts.push(translation ? translation.citeProvision(provision) : `CM/Rec(2017)3, ${provision}`);
    }
    return parts.join('; ');
}

/** A message raised outside the check's `messages` (parser, linker, suppressions), in the locale if a pattern has it. */
export function localRaisedMessage(check: Pick<Check, 'id'>, message: string, locale: Locale): string {
    const patterns = translationOf(locale)?.checks[check.id]?.patterns;
    return patterns ? translateByPattern(message, patterns) ?? message : message;
}

/**
 * A quick fix's title in the locale. Fix titles are written in English where the fix is built,
 * some with values in them ("Give the notice in French too"); the translation lists each title as a
 * pattern with those values as placeholders. A title no pattern matches stays in English.
 */
export function localFixTitle(title: string, locale: Locale): string {
    const translation = translationOf(locale);
    return translation ? translateByPattern(title, translation.fixTitles) ?? title : title;
}

/** The fixes with their titles in the locale. */
export function localFixes(fixes: Fix[] | undefined, locale: Locale): Fix[] | undefined {
    return !fixes || locale === 'en' ? fixes : fixes.map(fix => ({ ...fix, title: localFixTitle(fix.title, locale) }));
}
