import { describe, expect, test } from 'vitest';
import { compilePhraseSource, foldCase, PhraseSet, tokenize } from '../../language/src/validation/text/phrase.js';
import { allLists, vocabularyFor } from '../../language/src/validation/text/vocabulary.js';

const find = (patterns: string[], text: string, lexicon = {}) => new PhraseSet(patterns, lexicon).find(text).map(m => m.text);

describe('phrase patterns', () => {
    test('=word matches the word and its inflections (same Snowball stem), per language', () => {
        const lemmas = (patterns: string[], text: string, language: 'en' | 'fr' | 'de') =>
            new PhraseSet(patterns, {}, vocabularyFor(language).inflection).find(text).map(m => m.text);
        expect(lemmas(['=house'], 'a house, two houses, the house\'s roof, housed, housing', 'en')).toEqual(['house', 'houses', 'house']);
        expect(lemmas(['=person|individual'], 'persons, individuals, personal', 'en')).toEqual(['persons', 'individuals']);
        expect(lemmas(['=établissement'], 'un établissement, des établissements', 'fr')).toEqual(['établissement', 'établissements']);
        expect(lemmas(['=mineur'], 'un mineur, des mineures', 'fr')).toEqual(['mineur', 'mineures']);
        expect(lemmas(['=ort|haus'], 'des Ortes, an Orten, die Häuser, ortsüblich', 'de')).toEqual(['Ortes', 'Orten', 'Häuser']);
        expect(lemmas(['=*stätte'], 'Spielstätten, Stätte', 'de')).toEqual(['Spielstätten']);
        expect(lemmas(['=member ~3 gang'], 'a member of a gang; members of the gang', 'en')).toEqual(['member of a gang', 'members of the gang']);
        // Without a stemmer, only the listed form.
        expect(find(['=house'], 'house, houses')).toEqual(['house']);
    });

    test('match whole words, ignoring case', () => {
        expect(find(['as directed'], 'Report As Directed.')).toEqual(['As Directed']);
        expect(find(['direct'], 'directed, indirect, direct')).toEqual(['direct']);
    });

    test('* stands for letters, | for single words, {…} for phrases, ? for an optional token', () => {
        expect(find(['behav*'], 'behaviour, behave')).toEqual(['behaviour', 'behave']);
        expect(find(['*stätten'], 'Vergnügungsstätten')).toEqual(['Vergnügungsstätten']);
        expect(find(['officer|supervisor'], 'the supervisor')).toEqual(['supervisor']);
        expect(find(['{comply with|abide by} instructions'], 'abide by instructions')).toEqual(['abide by instructions']);
        expect(find(['the? court'], 'court; the court')).toEqual(['court', 'the court']);
    });

    test('~N skips up to N words, which may follow commas', () => {
        expect(find(['as ~3 directs'], 'as your officer directs')).toEqual(['as your officer directs']);
        expect(find(['as ~1 directs'], 'as your officer directs')).toEqual([]);
        expect(find(['report ~2 weekly'], 'report, in person weekly')).toEqual(['report, in person weekly']);
        expect(find(['~ ltd'], 'Acme Ltd')).toEqual(['Acme Ltd']);
    });

    test('<name> refers to a lexicon list; <digits> to a number', () => {
        const lexicon = { num: ['<digits>', 'one|two'], unit: ['hours|days'] };
        expect(find(['<num> <unit>'], '120 hours, two days, 1,000 days', lexicon)).toEqual(['120 hours', 'two days', '1,000 days']);
    });

    test('quoted text is matched as written, and elided words join the next', () => {
        expect(find(["etc|'etc.'"], 'knives, etc.')).toEqual(['etc.']);
        expect(find(["sans l'|la autorisation"], "sans l'autorisation")).toEqual(["sans l'autorisation"]);
        expect(find(["sans l'|la autorisation"], 'sans l\u2019autorisation')).toEqual(['sans l\u2019autorisation']);
    });

    test('prefers the longest match at one place, and reports no overlaps', () => {
        expect(find(['as directed', 'as directed by the court'], 'as directed by the court')).toEqual(['as directed by the court']);
    });

    test('tokenize keeps groups and quoted text whole', () => {
        expect(tokenize("{a b|c} 'u. a.' d?")).toEqual(['{a b|c}', "'u. a.'", 'd?']);
    });

    test('folding case keeps every offset', () => {
        const text = 'İstanbul Straße \u2019';
        expect(foldCase(text)).toHaveLength(text.length);
    });

    test('malformed patterns are errors', () => {
        expect(() => compilePhraseSource('<nothing>')).toThrow(/Unknown lexicon list/);
        expect(() => compilePhraseSource('{a b')).toThrow(/Unbalanced/);
    });

    test('every list of the vocabulary compiles', () => {
        for (const { family, language, list } of allLists()) {
            expect(() => vocabularyFor(language).get(family, list), `${family}/${language}/${list}`).not.toThrow();
        }
    });
});
