/**
 * The names of currencies in a language, from the platform's own data (`Intl.supportedValuesOf`
 * and `Intl.DisplayNames`, the CLDR names every current engine ships: Node, Electron, browsers),
 * so that "20 000 dirhams", "500 Kronen" or "1 200 roupies" read as an amount without a list of
 * ours. Only the head noun of each name is kept: "dirham" of "Moroccan Dirham", "dirham
 * marocain", "Marokkanischer Dirham". Where the language puts adjectives before the noun
 * (grammar.json `adjective-position`), the noun ends the name (a German compound's last element:
 * "VAE-Dirham"); where after, it begins it, after any adjective that still precedes it
 * (`currency-adjective`: "nouveau shekel"). Codes in X (gold, special
 * drawing rights, test codes) name no currency a court fixes an amount in. An engine without the
 * data gives no names: the lexicon's own `currency` list still holds.
 */
import type { TextLanguage } from './language.js';
import grammar from './vocabulary/grammar.json' with { type: 'json' };

type GrammarSections = { [language in TextLanguage]?: Record<string, readonly string[]> };

/** A head noun: three or more Latin letters, not an acronym. */
const NOUN = /^\p{Script=Latin}{3,}$/u;

const cache = new Map<TextLanguage, readonly string[]>();

/** The head nouns of the currencies' names in a language, lower case, each once, in code order. */
export function currencyNouns(language: TextLanguage): readonly string[] {
    let nouns = cache.get(language);
    if (!nouns) {
        nouns = readNouns(language);
        cache.set(language, nouns);
    }
    return nouns;
}

function readNouns(language: TextLanguage): string[] {
    let codes: string[];
    let names: Intl.DisplayNames;
    try {
        codes = Intl.supportedValuesOf('currency');
        names = new Intl.DisplayNames([language], { type: 'currency', fallback: 'none' });
    } catch {
        return [];
    }
    const section = (grammar as GrammarSections)[language];
    const nounFirst = (section?.['adjective-position'] ?? []).includes('after');
    const before = new Set((section?.['currency-adjective'] ?? []).flatMap(entry => entry.split('|')).map(word => word.trim().toLowerCase()));
    const nouns = new Set<string>();
    for (const code of codes) {
        if (code.startsWith('X')) {
            continue;
        }
        const name = names.of(code);
        if (!name) {
            continue;
        }
        const words = name.replace(/\([^)]*\)/gu, ' ').split(/[\s\u2010-\u2011-]+/u).filter(Boolean);
        const noun = nounFirst ? words.find(word => !before.has(word.toLowerCase())) : words[words.length - 1];
        if (noun && NOUN.test(noun) && noun !== noun.toUpperCase()) {
            nouns.add(noun.toLowerCase());
        }
    }
    return [...nouns];
}
