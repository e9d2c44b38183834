import type { TextLanguage } from '../text/language.js';
import { PhraseSet, type Lexicon } from '../text/phrase.js';
import { compilePhrases, toolkitLexicon } from '../vocabulary/load.js';
import generalData from './vocabulary/general.json' with { type: 'json' };

/**
 * The vocabularies of the family G checks are data: one JSON file per check under `vocabulary/`,
 * plus `general.json` for how sentences are built. Each file has an entry per language (`en`
 * first; `fr` and `de` hold a few entries so far). A list a language does not have falls back to
 * English; a lexicon list (<name> in a pattern) falls back the same way.
 *
 * The files are compiled as every vocabulary is (vocabulary/load.ts): phrase patterns (text/phrase.ts) over the
 * toolkit's lexicon of the language (text/vocabulary/lexicon.json: `<num>`, `<weekday>`, … ; this
 * family's lists of the same name take precedence), with the toolkit's lemmas (text/lemma.ts)
 * behind `=` tokens: `=benefit` matches "benefits" and "benefit's". Only the per-language fallback
 * to English and the nested entry shapes are this family's own.
 */

export type Modality = 'oblige' | 'forbid' | 'permit' | 'exempt';
export const MODALITIES: readonly Modality[] = ['oblige', 'forbid', 'permit', 'exempt'];

export type LexiconData = Readonly<Record<string, readonly string[]>>;

/** A vocabulary file: an `about` line and one entry per language. */
export type VocabularyFile<E> = { readonly about: string } & { readonly [L in TextLanguage]?: E };

export interface GeneralEntry {
    lexicon?: LexiconData;
    negators?: readonly string[];
    pseudoNegators?: readonly string[];
    modal?: Partial<Record<Modality, readonly string[]>>;
    /** Modal phrases that put an obligation on the person through someone else ("require him to"). */
    causative?: readonly string[];
    boundaries?: readonly string[];
    asides?: readonly string[];
    /** Words that may open an imperative sentence before its verb ("and", "please"); none: no imperative test. */
    imperativeLead?: readonly string[];
    protective?: readonly string[];
    triggers?: readonly string[];
}

const GENERAL = generalData as unknown as VocabularyFile<GeneralEntry>;

/** An entry's list for a language, or English's when the language has none. */
export function listOf<E, K extends keyof E>(file: VocabularyFile<E>, language: TextLanguage, key: K): E[K] | undefined {
    const own = file[language]?.[key];
    return own !== undefined ? own : file.en?.[key];
}

const LANGUAGE = Symbol('language');

/** A lexicon that knows its language, so that the phrase sets compiled over it get that language's lemmas. */
export type VocabularyLexicon = Lexicon & { readonly [LANGUAGE]?: TextLanguage };

/**
 * The lexicon for a language: the text toolkit's, then English, then the language's own, then a
 * check's lists on top.
 */
export function lexiconFor(language: TextLanguage, extra?: VocabularyFile<{ lexicon?: LexiconData }>): VocabularyLexicon {
    return {
        ...toolkitLexicon(language, GENERAL.en?.lexicon, GENERAL[language]?.lexicon, extra?.en?.lexicon, extra?.[language]?.lexicon),
        [LANGUAGE]: language
    };
}

/** A list of patterns compiled over a lexicon, with the lemmas of the lexicon's language. */
export function phraseSet(patterns: readonly string[], lexicon: VocabularyLexicon): PhraseSet {
    const language = lexicon[LANGUAGE];
    // A lexicon not made by lexiconFor has no language: its patterns match listed forms only.
    return language ? compilePhrases(patterns, lexicon, language) : new PhraseSet(patterns, lexicon);
}

/** The compiled general vocabulary of one language. */
export interface GeneralVocabulary {
    readonly language: TextLanguage;
    readonly lexicon: VocabularyLexicon;
    readonly negators: PhraseSet;
    /** Phrases with a negative word that negate nothing: "no later than", "without delay". */
    readonly pseudoNegators: PhraseSet;
    /** Every modal phrase in one set, so overlapping phrases resolve to the longest. */
    readonly modals: PhraseSet;
    readonly modalityOf: ReadonlyMap<string, Modality>;
    readonly causative: PhraseSet;
    readonly boundaries: PhraseSet;
    readonly asides: PhraseSet;
    readonly imperativeLead?: PhraseSet;
    readonly protective: PhraseSet;
    readonly triggers: PhraseSet;
    readonly person: PhraseSet;
    readonly authority: PhraseSet;
}

const generalCache = new Map<TextLanguage, GeneralVocabulary>();

export function generalVocabulary(language: TextLanguage): GeneralVocabulary {
    let vocabulary = generalCache.get(language);
    if (!vocabulary) {
        const lexicon = lexiconFor(language);
        const set = (key: Exclude<keyof GeneralEntry, 'lexicon' | 'modal'>) => phraseSet(listOf(GENERAL, language, key) ?? [], lexicon);
        const modal = listOf(GENERAL, language, 'modal') ?? {};
        const modalityOf = new Map<string, Modality>();
        for (const modality of MODALITIES) {
            for (const pattern of modal[modality] ?? []) {
                modalityOf.set(pattern, modality);
            }
        }
        vocabulary = {
            language,
            lexicon,
            negators: set('negators'),
            pseudoNegators: set('pseudoNegators'),
            modals: phraseSet([...modalityOf.keys()], lexicon),
            modalityOf,
            causative: set('causative'),
            boundaries: set('boundaries'),
            asides: set('asides'),
            imperativeLead: GENERAL[language]?.imperativeLead ? set('imperativeLead') : undefined,
            protective: set('protective'),
            triggers: set('triggers'),
            person: phraseSet(['<person>'], lexicon),
            authority: phraseSet(['<authority>'], lexicon)
        };
        generalCache.set(language, vocabulary);
    }
    return vocabulary;
}

/**
 * Compiles the pattern lists of a check's vocabulary for each language on first use. `compile`
 * turns the language's entry (with English fallbacks) into whatever the check needs.
 */
export function compiledVocabulary<E extends { lexicon?: LexiconData }, C>(
    file: VocabularyFile<E>,
    compile: (entry: (key: keyof E) => E[keyof E] | undefined, lexicon: VocabularyLexicon, language: TextLanguage) => C
): (language: TextLanguage) => C {
    const cache = new Map<TextLanguage, C>();
    return language => {
        let compiled = cache.get(language);
        if (!compiled) {
            compiled = compile(key => listOf(file, language, key), lexiconFor(language, file), language);
            cache.set(language, compiled);
        }
        return compiled;
    };
}
