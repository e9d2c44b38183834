/**
 * How the extension's words reach the drafter in the display language, with no `vscode` import so
 * that unit tests can run what the extension runs: a `Translate` function is `vscode.l10n.t` in the
 * extension (its messages are the keys of l10n/bundle.l10n.*.json) and `english` in the tests.
 */

/**
 * Gives an English message in the display language, with `{0}`, `{1}`… replaced by the arguments
 * given in order, or `{name}` by the property of that name: the two forms of `vscode.l10n.t`.
 */
export interface Translate {
    (message: string, ...args: Array<string | number | boolean>): string;
    (message: string, args: Record<string, string | number>): string;
}

/** Places the arguments as `vscode.l10n.t` does; a placeholder with no argument stays as written. */
export function format(message: string, args: ReadonlyArray<unknown>): string {
    const named = args.length === 1 && typeof args[0] === 'object' && args[0] !== null ? args[0] as Record<string, unknown> : undefined;
    return message.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
        const value = named ? named[name] : /^\d+$/.test(name) ? args[Number(name)] : undefined;
        return value === undefined ? whole : String(value);
    });
}

/** The messages as written, arguments placed: what `vscode.l10n.t` gives when no translation is loaded. */
export const english: Translate = (message: string, ...args: unknown[]) => format(message, args);

/**
 * Whether a count takes the singular ("one") form in a language: 1 in English, 0 and 1 in French.
 * English's rule when the runtime's Intl does not know the language.
 */
export function singularRule(language: string): (count: number) => boolean {
    try {
        const rules = new Intl.PluralRules(language);
        return count => rules.select(count) === 'one';
    } catch {
        return count => count === 1;
    }
}
