import type { TextLanguage } from './language.js';
import { TEXT_LANGUAGES } from './language.js';
import { currencyNouns } from './currency.js';
import { isInflectionOf } from './lemma.js';
import { PhraseSet, type InflectionTest, type Lexicon } from './phrase.js';
import lexicon from './vocabulary/lexicon.json' with { type: 'json' };
import evaluative from './vocabulary/evaluative.json' with { type: 'json' };
import conditional from './vocabulary/conditional.json' with { type: 'json' };
import openFrequency from './vocabulary/open-frequency.json' with { type: 'json' };
import openTime from './vocabulary/open-time.json' with { type: 'json' };
import openNotice from './vocabulary/open-notice.json' with { type: 'json' };
import openExtent from './vocabulary/open-extent.json' with { type: 'json' };
import openList from './vocabulary/open-list.json' with { type: 'json' };
import placeholder from './vocabulary/placeholder.json' with { type: 'json' };
import speculative from './vocabulary/speculative.json' with { type: 'json' };
import delegation from './vocabulary/delegation.json' with { type: 'json' };
import bounds from './vocabulary/bounds.json' with { type: 'json' };
import termsOfArt from './vocabulary/terms-of-art.json' with { type: 'json' };
import knowledge from './vocabulary/knowledge.json' with { type: 'json' };
import persons from './vocabulary/persons.json' with { type: 'json' };
import places from './vocabulary/places.json' with { type: 'json' };
import frames from './vocabulary/frames.json' with { type: 'json' };
import slots from './vocabulary/slots.json' with { type: 'json' };
import objects from './vocabulary/objects.json' with { type: 'json' };
import formats from './vocabulary/formats.json' with { type: 'json' };
import grammar from './vocabulary/grammar.json' with { type: 'json' };

/**
 * The vocabulary of the text analysis: one JSON file per pattern family, each with a section per
 * language, each section a set of named lists of phrase patterns (see phrase.ts for the notation).
 * A pattern may use the lists of lexicon.json and the lists of its own file as <name>.
 */
type LanguageSection = Readonly<Record<string, readonly string[]>>;
export type FamilyFile = { readonly about: string } & { readonly [language in TextLanguage]?: LanguageSection };

export const VOCABULARY_FILES = {
    lexicon, evaluative, conditional, 'open-frequency': openFrequency, 'open-time': openTime, 'open-notice': openNotice,
    'open-extent': openExtent, 'open-list': openList, placeholder, speculative, delegation, bounds,
    'terms-of-art': termsOfArt, knowledge, persons, places, frames, slots, objects, formats, grammar
} as const satisfies Record<string, FamilyFile>;

export type FamilyName = keyof typeof VOCABULARY_FILES;

/** The frames file also says which requirement kind each free-text duty stands for. */
export interface FrameInfo {
    kind: string;
    label: string;
    also?: string[];
    why?: string;
}
export const FRAMES: Readonly<Record<string, FrameInfo>> = frames.frames;

/** Compiled phrase sets of one language, by family and list, compiled on first use. */
export class LanguageVocabulary {
    private readonly cache = new Map<string, PhraseSet>();
    /** Whether a word is an inflection of a listed form, for `=` tokens (lemma.ts). */
    readonly inflection: InflectionTest;

    constructor(readonly language: TextLanguage) {
        this.inflection = (word, listed, adjective) => isInflectionOf(word, listed, language, adjective);
    }

    private lexiconSection: LanguageSection | undefined;

    /**
     * The raw lists of a family in this language. The lexicon's `currency` also holds the names of
     * currencies the platform knows (currency.ts), as one `=` entry: any inflection of a listed noun.
     */
    lists(family: FamilyName): LanguageSection {
        const section = (VOCABULARY_FILES[family] as FamilyFile)[this.language] ?? {};
        if (family !== 'lexicon') {
            return section;
        }
        if (!this.lexiconSection) {
            const nouns = currencyNouns(this.language);
            this.lexiconSection = nouns.length > 0 ? { ...section, currency: [...(section.currency ?? []), `=${nouns.join('|')}`] } : section;
        }
        return this.lexiconSection;
    }

    /** The lists a pattern of a family may refer to: the lexicon's, then the family's own. */
    private lexiconFor(family: FamilyName): Lexicon {
        return { ...this.lists('lexicon'), ...this.lists(family) };
    }

    /** One list of a family, compiled. An absent list is an empty set. */
    get(family: FamilyName, list = 'patterns'): PhraseSet {
        const key = `${family}/${list}`;
        let set = this.cache.get(key);
        if (!set) {
            set = new PhraseSet(this.lists(family)[list] ?? [], this.lexiconFor(family), this.inflection);
            this.cache.set(key, set);
        }
        return set;
    }

    /** An ad hoc pattern over the lexicon ("<num> <distunit>"), compiled once. */
    pattern(source: string): PhraseSet {
        const key = `pattern/${source}`;
        let set = this.cache.get(key);
        if (!set) {
            set = new PhraseSet([source], this.lists('lexicon'), this.inflection);
            this.cache.set(key, set);
        }
        return set;
    }

    /** Words of a list that is one alternation of single words ("a|b|c"), lower case. */
    words(family: FamilyName, list: string): Set<string> {
        return new Set((this.lists(family)[list] ?? []).flatMap(entry => entry.replace(/^=!?/, '').split('|')).map(word => word.trim().toLowerCase()));
    }
}

const VOCABULARIES = new Map<TextLanguage, LanguageVocabulary>();

export function vocabularyFor(language: TextLanguage): LanguageVocabulary {
    let vocabulary = VOCABULARIES.get(language);
    if (!vocabulary) {
        vocabulary = new LanguageVocabulary(language);
        VOCABULARIES.set(language, vocabulary);
    }
    return vocabulary;
}

/**
 * The words of a list in every language, the languages in order (en, fr, de), each language's in
 * its own order: for the formats and function words read in a text whatever its language.
 */
export function wordsInEveryLanguage(family: FamilyName, list: string): string[] {
    return [...new Set(TEXT_LANGUAGES.flatMap(language => [...vocabularyFor(language).words(family, list)]))];
}

/** A text matched as written in a regular expression. */
export function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An alternation of words matched as written; an empty list matches nothing. */
export function literally(words: readonly string[]): string {
    return words.length > 0 ? words.map(escapeRegExp).join('|') : '(?!)';
}

/** Every (family, language, list) in the vocabulary, for tests that compile them all. */
export function allLists(): Array<{ family: FamilyName; language: TextLanguage; list: string }> {
    const result: Array<{ family: FamilyName; language: TextLanguage; list: string }> = [];
    for (const family of Object.keys(VOCABULARY_FILES) as FamilyName[]) {
        for (const language of TEXT_LANGUAGES) {
            for (const list of Object.keys((VOCABULARY_FILES[family] as FamilyFile)[language] ?? {})) {
                result.push({ family, language, list });
            }
        }
    }
    return result;
}
