/**
 * Stems: the Snowball stemmers for English, French and German (the ports kept in NLP.js,
 * `@nlpjs/lang-en-min`, `@nlpjs/lang-fr`, `@nlpjs/lang-de`: plain JavaScript, no Node imports, no
 * native code, so the browser build and the extension bundle take them as they are). Only the
 * stemmer files are imported, not the languages' tokenizers, stop words or sentiment lexicons.
 *
 * A vocabulary entry written `=house` (see phrase.ts) matches every word with the same stem:
 * "house", "houses", "house's"; "Ort", "Orte", "Orten", "Ortes"; "établissement", "établissements".
 * `=*stätte` matches a German compound whose last element has that stem ("Spielstätten").
 */
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerFr from '@nlpjs/lang-fr/src/stemmer-fr.js';
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de.js';
import type { TextLanguage } from './language.js';
import grammar from './vocabulary/grammar.json' with { type: 'json' };

interface SnowballStemmer {
    stemWord(word: string): string;
}

const STEMMERS: Record<TextLanguage, new () => SnowballStemmer> = { en: StemmerEn, fr: StemmerFr, de: StemmerDe };

export type Stemmer = (word: string) => string;

const cache = new Map<TextLanguage, Stemmer>();

/** The stem of a word in a language (lower-cased first; memoised per language). */
export function stemmerFor(language: TextLanguage): Stemmer {
    let stem = cache.get(language);
    if (!stem) {
        const snowball = new STEMMERS[language]();
        const memo = new Map<string, string>();
        stem = (word: string) => {
            const lower = word.toLowerCase();
            let result = memo.get(lower);
            if (result === undefined) {
                result = snowball.stemWord(lower);
                if (memo.size > 20000) {
                    memo.clear();
                }
                memo.set(lower, result);
            }
            return result;
        };
        cache.set(language, stem);
    }
    return stem;
}

const DERIVED = new Map<TextLanguage, RegExp | undefined>();
const NEGATING = new Map<TextLanguage, readonly string[]>();
const ADJECTIVE_ENDINGS = new Map<TextLanguage, readonly string[]>();

/** The endings of an adjective's inflected forms (grammar.json `adjective-ending`). */
function adjectiveEndings(language: TextLanguage): readonly string[] {
    let endings = ADJECTIVE_ENDINGS.get(language);
    if (!endings) {
        endings = grammarWords(language, 'adjective-ending');
        ADJECTIVE_ENDINGS.set(language, endings);
    }
    return endings;
}

type GrammarSections = { [language in TextLanguage]?: Record<string, readonly string[]> };

/** The words of one grammar.json list in a language, lower case (read from the file itself: vocabulary.ts, which compiles the lists, needs this module). */
function grammarWords(language: TextLanguage, list: string): string[] {
    const section = (grammar as GrammarSections)[language];
    return (section?.[list] ?? []).flatMap(entry => entry.split('|')).map(word => word.trim().toLowerCase()).filter(Boolean);
}

/**
 * The endings of verb forms and derived words that the stemmer reduces to another word's stem
 * (grammar.json `derived-ending`, English only), as the end of a word; none in a language without
 * them.
 */
function derivedEnding(language: TextLanguage): RegExp | undefined {
    if (!DERIVED.has(language)) {
        const endings = grammarWords(language, 'derived-ending');
        DERIVED.set(language, endings.length > 0 ? new RegExp(`(?:${endings.map(ending => ending.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`) : undefined);
    }
    return DERIVED.get(language);
}

/** The prefixes that make an adjective its contrary (grammar.json `negating-prefix`: "un", "in", "dé"), longest first. */
export function negatingPrefixes(language: TextLanguage): readonly string[] {
    let prefixes = NEGATING.get(language);
    if (!prefixes) {
        prefixes = grammarWords(language, 'negating-prefix').sort((a, b) => b.length - a.length);
        NEGATING.set(language, prefixes);
    }
    return prefixes;
}

/**
 * Whether a word is an inflection of a listed form: the same stem and, in English, not a verb's
 * "-ed" or "-ing" form nor an adjective or adverb in "-al", "-ly", "-able", "-ible" unless the
 * listed form is one ("housed" is not a house, "personal" not a person, "reasonable" not a reason;
 * the endings are grammar.json's `derived-ending`). A listed form starting with `*` stands for the
 * last element of a German compound.
 *
 * `adjective` (the notation's `=!form`): the listed form is an adjective or adverb whose contrary
 * is as evaluative as itself. The word is then the listed form itself, or with one of the endings
 * an adjective takes in the language (grammar.json `adjective-ending`: none in English, "-e",
 * "-s", "-es" in French, "-e", "-en", "-er", "-es", "-em" in German), and may carry a negating
 * prefix (`negating-prefix`: "inadequate", "unangemessenen", "déraisonnables"). No stemming: an
 * adjective's stem is shared by words that are no adjectives ("respect", "respectful"; "reason",
 * "reasonable"). Irregular forms are listed ("excessif|excessive").
 */
export function isInflectionOf(word: string, listed: string, language: TextLanguage, adjective = false): boolean {
    const lower = word.toLowerCase();
    if (adjective) {
        if (sameAdjective(lower, listed, language)) {
            return true;
        }
        return negatingPrefixes(language).some(prefix =>
            lower.length > prefix.length + 2 && lower.startsWith(prefix) && sameAdjective(lower.slice(prefix.length), listed, language));
    }
    const stem = stemmerFor(language);
    const derived = derivedEnding(language);
    if (derived && derived.test(lower) && !derived.test(listed)) {
        return false;
    }
    if (listed.startsWith('*')) {
        // The last element, stemmed on its own ("Therapiesitzungen": "sitzungen" → "sitzung"; the
        // whole word's stem differs, its regions being longer).
        const tail = listed.slice(1);
        const target = stem(tail);
        const head = tail.slice(0, 2);
        for (let i = 1; i < lower.length - 1; i++) {
            if (lower.startsWith(head, i) && stem(lower.slice(i)) === target) {
                return true;
            }
        }
        return false;
    }
    return stem(lower) === stem(listed);
}

/** An adjective's form: the listed form with one of the language's adjective endings, or none. */
function sameAdjective(lower: string, listed: string, language: TextLanguage): boolean {
    if (!lower.startsWith(listed)) {
        return false;
    }
    const ending = lower.slice(listed.length);
    return ending === '' || adjectiveEndings(language).includes(ending);
}
