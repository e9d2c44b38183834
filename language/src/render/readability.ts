/**
 * Flesch-type reading-ease scores for the person's notice, in the three languages the notice is
 * written in. Higher is easier; each scale runs roughly from 0 to 100.
 *
 * Formulas (ASL = average sentence length in words, ASW = average syllables per word):
 * - English, Flesch reading ease (R. Flesch, "A new readability yardstick", Journal of Applied
 *   Psychology 32, 1948): 206.835 − 1.015·ASL − 84.6·ASW.
 * - French, the Kandel–Moles adaptation (L. Kandel and A. Moles, "Application de l'indice de Flesch
 *   à la langue française", Cahiers d'études de radio-télévision 19, 1958): 207 − 1.015·ASL − 73.6·ASW.
 * - German, the Amstad adaptation (T. Amstad, "Wie verständlich sind unsere Zeitungen?",
 *   dissertation, Zürich 1978): 180 − ASL − 58.5·ASW.
 *
 * Why our own syllable counter: the kept npm packages we looked at count English only (`syllable`,
 * and `text-readability` and `flesch`, which build on it), and hyphenation patterns (`hyphen`) give
 * the places a word may be broken at the end of a line, not its syllables: the patterns never break
 * off one or two letters at either end ("area", "every" stay whole), so they undercount short words,
 * which a notice in plain language is full of. The counters below count groups of vowel letters
 * (a vowel group is one spoken syllable far more often than not) with each language's main
 * exception for silent letters; each word counts at least one syllable. They are estimates, as are
 * the formulas: good enough to tell a plain notice from a dense one, not to grade a text finely.
 *
 * Words are runs of letters (with inner apostrophes and hyphens); numbers, times and dates are not
 * words here, so figures do not move the score. Sentences end at ".", "!" or "?" before a space, or
 * at a line end.
 */

export type NoticeLang = 'en' | 'fr' | 'de';

export interface Readability {
    readonly lang: NoticeLang;
    /** The name of the formula: "Flesch reading ease", "Kandel–Moles", "Amstad". */
    readonly formula: string;
    readonly score: number;
    readonly words: number;
    readonly sentences: number;
    readonly syllables: number;
}

const FORMULA: Record<NoticeLang, string> = { en: 'Flesch reading ease', fr: 'Flesch (Kandel–Moles)', de: 'Flesch (Amstad)' };

/** Syllables of one English word: vowel groups (y counts as a vowel), less a silent final "e" or "-ed"/"-es" that adds none. */
export function englishSyllables(word: string): number {
    let w = word.toLowerCase().replace(/[^a-z]/g, '');
    if (w.length <= 3) return 1;
    // Silent endings: "make", "lives", "used" (but "table", "wanted", "boxes" keep theirs).
    w = w.replace(/(?:[^laeiouy]es|[^dtaeiouy]ed|[^laeiouy]e)$/, m => m.charAt(0));
    w = w.replace(/^y/, '');
    const groups = w.match(/[aeiouy]+/g);
    return Math.max(1, groups ? groups.length : 0);
}

/** Syllables of one French word: vowel groups, less a mute final "e", "es" or verbal "ent" after a consonant ("doivent", "faites"). */
export function frenchSyllables(word: string): number {
    let w = word.toLowerCase().replace(/[^a-zàâäéèêëîïôöùûüÿœæç]/g, '');
    if (w.length <= 2) return 1;
    w = w.replace(/([^aeiouyàâäéèêëîïôöùûüÿœæ])(?:e|es|ent)$/, '$1');
    const groups = w.match(/[aeiouyàâäéèêëîïôöùûüÿœæ]+/g);
    return Math.max(1, groups ? groups.length : 0);
}

/** Syllables of one German word: vowel groups (diphthongs and doubled vowels are one group), with "ie" + vowel ("Familie") split. */
export function germanSyllables(word: string): number {
    const w = word.toLowerCase().replace(/[^a-zäöüß]/g, '');
    const groups = w.match(/[aeiouyäöü]+/g) ?? [];
    let count = 0;
    for (const g of groups) {
        // "ie" followed by another vowel ("ien", "iea"), and "eu"/"ei"/"au" followed by a vowel, span two syllables.
        count += g.length >= 3 ? 2 : 1;
    }
    return Math.max(1, count);
}

const COUNTERS: Record<NoticeLang, (word: string) => number> = { en: englishSyllables, fr: frenchSyllables, de: germanSyllables };

/** The words of a text: runs of letters, with an apostrophe or hyphen inside ("don't", "aujourd'hui", "E-Mail"). */
export function wordsOf(text: string): string[] {
    return text.match(/\p{L}+(?:['’-]\p{L}+)*/gu) ?? [];
}

/** The number of sentences: pieces between sentence ends that hold at least one word. */
export function sentenceCount(text: string): number {
    return text.split(/[.!?]+(?=\s|$)|\n+/).filter(piece => wordsOf(piece).length > 0).length;
}

/** The reading-ease score of a text in one of the three languages, rounded to one decimal. */
export function readability(text: string, lang: NoticeLang): Readability {
    const words = wordsOf(text);
    const sentences = Math.max(1, sentenceCount(text));
    const count = COUNTERS[lang];
    // A word joined by an apostrophe or hyphen counts the syllables of its parts that have a vowel
    // ("l'ordre" is the syllables of "ordre"; "don't" those of "don").
    const syllables = words.reduce((sum, word) => sum + Math.max(1, word.split(/['’-]/)
        .filter(part => /[aeiouyàâäéèêëîïôöùûüÿœæ]/i.test(part)).reduce((s, part) => s + count(part), 0)), 0);
    const n = Math.max(1, words.length);
    const asl = n / sentences;
    const asw = syllables / n;
    const raw = lang === 'en' ? 206.835 - 1.015 * asl - 84.6 * asw
        : lang === 'fr' ? 207 - 1.015 * asl - 73.6 * asw
        : 180 - asl - 58.5 * asw;
    return { lang, formula: FORMULA[lang], score: Math.round(raw * 10) / 10, words: words.length, sentences, syllables };
}
