import { describe, expect, test } from 'vitest';
import { noticeKeywords } from '../../language/src/validation/checks/missing-language.js';
import { clockTimes, names, negatedSpans, sentences } from '../../language/src/validation/text/features.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../../language/src/validation/text/language.js';
import { VOCABULARY_FILES, vocabularyFor } from '../../language/src/validation/text/vocabulary.js';

/**
 * The words of the formats text/features.ts reads in code (issue 10: words belong in vocabulary
 * lists, not in regular expressions) live in vocabulary/formats.json: every entry of each list
 * drives the format it belongs to. The lists are read in every language's text, as the expressions
 * they replace were (the sentence splitter knows no language).
 */
const words = (language: TextLanguage, list: string) => [...vocabularyFor(language).words('formats', list)];
const everyLanguage = (list: string) => TEXT_LANGUAGES.flatMap(language => words(language, list).map(word => [language, word] as const));
const texts = (text: string, spans: ReadonlyArray<{ start: number; end: number }>) => spans.map(span => text.slice(span.start, span.end));

describe('abbreviations: a full stop after one ends no sentence', () => {
    test.each([
        'Report to Mr. Smith on Monday.',
        'Keine Waffen, z.B. Messer oder Äxte, mitführen.',
        'Se présenter chez Mme. Martin.',
        'Comply with s. 3 of the Act.'
    ])('one sentence: %s', text => {
        expect(sentences(text)).toHaveLength(1);
    });

    test('a word that is no abbreviation ends the sentence', () => {
        expect(texts('Stay at home. Report weekly.', sentences('Stay at home. Report weekly.'))).toEqual(['Stay at home.', ' Report weekly.']);
    });

    test.each(everyLanguage('abbreviation'))('%s: every entry of the list is read: "%s."', (_language, word) => {
        expect(sentences(`See ${word}. Next one.`)).toHaveLength(1);
    });
});

describe('abbreviated titles: the name after one does not start a sentence', () => {
    test.each(everyLanguage('title-abbreviation'))('%s: "%s. Smith" is one name', (_language, title) => {
        const text = `Do not contact ${title.toUpperCase().slice(0, 1)}${title.slice(1)}. Smith today.`;
        expect(texts(text, names(text, 'en'))).toEqual([`${title.toUpperCase().slice(0, 1)}${title.slice(1)}. Smith`]);
    });

    test('a word that is no title: the name after its full stop starts a sentence', () => {
        const text = 'Do not contact Xy. Smith today.';
        expect(texts(text, names(text, 'en'))).toEqual(['Xy']);
    });
});

describe('German acronyms are common nouns, not names', () => {
    test.each(words('de', 'acronym'))('"%s"', acronym => {
        expect(names(`Er hat das ${acronym.toUpperCase()} zu nutzen.`, 'de')).toEqual([]);
    });

    test('a word in capitals that is no listed acronym is a name', () => {
        const text = 'Er hat das NEUSTART zu besuchen.';
        expect(texts(text, names(text, 'de'))).toEqual(['NEUSTART']);
    });
});

describe('clock units', () => {
    test.each(everyLanguage('clock-unit'))('%s: "22 %s" is a clock time', (_language, unit) => {
        expect(texts(`um 22 ${unit} zu Hause`, clockTimes(`um 22 ${unit} zu Hause`, 'de'))).toEqual([`22 ${unit}`]);
    });

    test.each(everyLanguage('twelve-hour').flatMap(([language, mark]) => [[language, mark], [language, mark.replace(/\./g, '')]]))('%s: "8 %s" is a clock time, with or without full stops', (_language, mark) => {
        expect(texts(`be home by 8 ${mark} daily`, clockTimes(`be home by 8 ${mark} daily`, 'en'))).toEqual([`8 ${mark}`]);
    });

    test.each(everyLanguage('clock-suffix'))('%s: "20:00 %s" is a clock time, "20 %s" a length', (_language, unit) => {
        expect(clockTimes(`from 20:00 ${unit}`, 'en')).toHaveLength(1);
        expect(clockTimes(`for 20 ${unit}`, 'en')).toEqual([]);
    });

    test('a clock word that is a unit is no time alone', () => {
        expect(clockTimes('Uhr', 'de')).toEqual([]);
        expect(clockTimes('heures', 'fr')).toEqual([]);
        expect(texts('until midnight', clockTimes('until midnight', 'en'))).toEqual(['midnight']);
    });

    test.each(TEXT_LANGUAGES)('%s: the first hour of a range is a time too, with every word of the range', language => {
        for (const from of words(language, 'time-range-from')) {
            for (const to of words(language, 'time-range-to')) {
                const text = `${from} 8 ${to} 10 pm`;
                expect(texts(text, clockTimes(text, language)), text).toEqual(['8', '10 pm']);
            }
        }
    });
});

describe('names and negations', () => {
    test.each(everyLanguage('name-connector'))('%s: "%s" may sit inside a name', (_language, connector) => {
        const text = `Do not enter Royal ${connector} Cornhill today.`;
        expect(texts(text, names(text, 'en')), text).toEqual([`Royal ${connector} Cornhill`]);
    });

    test.each(everyLanguage('clause-break'))('%s: "%s" ends the clause a negation governs', (_language, conjunction) => {
        const text = `Do not drink alcohol ${conjunction} report weekly.`;
        const [span] = negatedSpans(text, 'en', { start: 0, end: text.length });
        expect(text.slice(span.start, span.end)).toBe('not drink alcohol');
    });
});

test('every entry of formats.json has a note on its class', () => {
    const file = VOCABULARY_FILES.formats;
    for (const language of TEXT_LANGUAGES) {
        for (const [list, entries] of Object.entries(file[language])) {
            for (const entry of entries) {
                expect(file.notes[`${language}/${list}: ${entry}` as keyof typeof file.notes], `${language}/${list}: ${entry}`).toBeTypeOf('string');
            }
        }
    }
});

test('the words a bare language name cannot be are the notice clause\'s keywords, read from the grammar', () => {
    expect([...noticeKeywords()].sort()).toEqual(['and', 'in', 'notice', 'writing']);
});
