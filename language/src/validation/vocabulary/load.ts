import type { TextLanguage } from '../text/language.js';
import { PhraseSet, type Lexicon } from '../text/phrase.js';
import { vocabularyFor } from '../text/vocabulary.js';

/**
 * The one way a vocabulary outside the toolkit's own files is compiled (this folder's files and
 * protected/vocabulary.ts alike): the toolkit's lexicon of the language under the file's own lists
 * (later layers win), and the toolkit's lemmas of the language behind `=` tokens.
 */
export function toolkitLexicon(language: TextLanguage, ...layers: ReadonlyArray<Lexicon | undefined>): Lexicon {
    return Object.assign({}, vocabularyFor(language).lists('lexicon'), ...layers.map(layer => layer ?? {}));
}

/** Phrase patterns compiled over a lexicon with the toolkit's lemmas of a language. */
export function compilePhrases(patterns: readonly string[], lexicon: Lexicon, language: TextLanguage): PhraseSet {
    return new PhraseSet(patterns, lexicon, vocabularyFor(language).inflection);
}

/**
 * The vocabulary of checks outside the clarity family, read the way the text toolkit reads its own
 * (`text/vocabulary.ts`): phrase patterns in the notation of `text/phrase.ts`, compiled once per
 * language, over the toolkit's lexicon (`<num>`, `<month>`, `<negation>`, …) plus the file's own
 * lists, with the toolkit's lemmas behind `=` tokens (`text/lemma.ts`).
 *
 * The toolkit's loader knows only its own files (a fixed registry in `text/vocabulary.ts`); this
 * adapter gives any file the same reading. When `text/vocabulary.ts` can load a file it is handed,
 * this adapter should become a call to it.
 *
 * A file: `about` (what the vocabulary is for and which check reads it), `classes` (for every list,
 * the general class of wording it stands for: a reviewer must be able to tell why each entry is
 * there), and a section per language the check reads, each a set of named lists.
 */
export interface ClassedVocabularyFile {
    readonly about: string;
    readonly classes: Readonly<Record<string, string>>;
    readonly en?: Readonly<Record<string, readonly string[]>>;
    readonly fr?: Readonly<Record<string, readonly string[]>>;
    readonly de?: Readonly<Record<string, readonly string[]>>;
}

export class CheckVocabulary {
    private readonly cache = new Map<string, PhraseSet>();

    constructor(readonly file: ClassedVocabularyFile, readonly language: TextLanguage) {}

    /** The raw lists of this language (none: an empty section). */
    lists(): Readonly<Record<string, readonly string[]>> {
        return this.file[this.language] ?? {};
    }

    /** What a pattern may refer to as `<name>`: the toolkit's lexicon, then the file's own lists. */
    lexicon(): Lexicon {
        return toolkitLexicon(this.language, this.lists());
    }

    /** One list, compiled (with lemmas); an absent list is an empty set. */
    get(list: string): PhraseSet {
        let set = this.cache.get(list);
        if (!set) {
            set = compilePhrases(this.lists()[list] ?? [], this.lexicon(), this.language);
            this.cache.set(list, set);
        }
        return set;
    }
}

/** A loader for one file: `words(language).get(list)`, each language compiled on first use. */
export function loadVocabulary(file: ClassedVocabularyFile): (language: TextLanguage) => CheckVocabulary {
    const cache = new Map<TextLanguage, CheckVocabulary>();
    return language => {
        let vocabulary = cache.get(language);
        if (!vocabulary) {
            vocabulary = new CheckVocabulary(file, language);
            cache.set(language, vocabulary);
        }
        return vocabulary;
    };
}
