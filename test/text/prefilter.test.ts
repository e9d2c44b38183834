/**
 * `PhraseSet` skips a pattern when none of the literal texts its matches must contain occurs in the
 * text (`requiredLiterals` in phrase.ts). The skip is only sound if those literals really are in
 * every match: here every list of every vocabulary file is run over a corpus of real wording with
 * and without the skip, and the matches must be the same.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { PhraseSet, requiredLiterals, type Lexicon } from '../../language/src/validation/text/phrase.js';
import { TEXT_LANGUAGES, type TextLanguage } from '../../language/src/validation/text/language.js';
import { allLists, vocabularyFor } from '../../language/src/validation/text/vocabulary.js';
import { lexiconFor } from '../../language/src/validation/protected/vocabulary.js';
import { REPO_ROOT, SHARED } from '../shared.js';

/** Texts to match: the probe sets' conditions, the development sets when present, the examples' strings. */
function corpus(): string[] {
    const texts: string[] = [];
    const tsvText = (file: string) => readFileSync(file, 'utf8').split('\n').slice(1)
        .map(line => line.split('\t')).filter(cells => cells.length >= 3).map(cells => cells[2]);
    const evalDir = join(REPO_ROOT, 'test', 'eval');
    for (const name of readdirSync(evalDir).filter(name => name.endsWith('.tsv'))) {
        texts.push(...tsvText(join(evalDir, name)));
    }
    for (const name of ['conditions-dev.tsv', 'conditions-dev-2.tsv']) {
        try {
            texts.push(...tsvText(join(SHARED, 'data', name)));
        } catch {
            // Optional: the probe sets and examples alone are a sufficient corpus.
        }
    }
    const examples = join(REPO_ROOT, 'examples');
    for (const entry of readdirSync(examples, { recursive: true, encoding: 'utf8' })) {
        if (entry.endsWith('.sanction')) {
            texts.push(...[...readFileSync(join(examples, entry), 'utf8').matchAll(/"((?:[^"\\]|\\.)*)"/g)].map(m => m[1]));
        }
    }
    // Curly apostrophes, capitals and accents, which the folding must treat alike in both paths.
    texts.push('L’agent de probation l’estime nécessaire', 'DON’T CONTACT ANY VICTIM', 'Häuser, Spielstätten und Orte');
    return texts;
}

const TEXTS = corpus();

/** The texts on which the two ways of matching differ (none expected). */
function differences(patterns: readonly string[], lexicon: Lexicon, language: TextLanguage): string[] {
    const inflection = vocabularyFor(language).inflection;
    const filtered = new PhraseSet(patterns, lexicon, inflection);
    const reference = new PhraseSet(patterns, lexicon, inflection, { prefilter: false });
    const show = (set: PhraseSet, text: string) => set.findAll(text).map(m => `${m.start}-${m.end} ${m.pattern}`).join('; ');
    return TEXTS.filter(text => show(filtered, text) !== show(reference, text) || filtered.test(text) !== reference.test(text))
        .map(text => `${patterns.join(' | ').slice(0, 80)} on "${text}"`);
}

describe('required literals of a pattern', () => {
    test('come from the required token whose shortest literal is longest', () => {
        expect(requiredLiterals('as ~3 <who> directs', { who: ['officer', 'the court'] })).toEqual(['directs']);
        expect(requiredLiterals('{comply with|follow} instructions')).toEqual(['instructions']);
        expect(requiredLiterals('{comply with|follow} orders')).toEqual(['comply', 'follow']);
        expect(requiredLiterals('the? court')).toEqual(['court']);
        expect(requiredLiterals('behav*')).toEqual(['behav']);
        expect(requiredLiterals('*stätten')).toEqual(['stätten']);
        expect(requiredLiterals("'z. B.'")).toEqual(['z. b.']);
        expect(requiredLiterals('<who>', { who: ['officer', 'the court'] })).toEqual(['officer', 'court']);
    });

    test('are unknown where a match has no fixed text: lemmas, numbers, skipped words, optional tokens only', () => {
        expect(requiredLiterals('=person|individual')).toBeUndefined();
        expect(requiredLiterals('<digits>')).toBeUndefined();
        expect(requiredLiterals('<num>', { num: ['<digits>', 'one'] })).toBeUndefined();
        expect(requiredLiterals('~3')).toBeUndefined();
        expect(requiredLiterals('the? court?')).toBeUndefined();
        expect(requiredLiterals('*')).toBeUndefined();
    });

    test('a skipped pattern would not have matched', () => {
        const set = new PhraseSet(['as ~3 directs', 'behav*']);
        expect(set.find('report as your officer directs').map(m => m.text)).toEqual(['as your officer directs']);
        expect(set.find('good behaviour').map(m => m.text)).toEqual(['behaviour']);
        expect(set.find('nothing here')).toEqual([]);
    });
});

describe('the skip changes no match of any vocabulary list', () => {
    test(`the clarity vocabulary (${allLists().length} lists) over ${TEXTS.length} texts`, () => {
        const found: string[] = [];
        for (const { family, language, list } of allLists()) {
            const vocabulary = vocabularyFor(language);
            const lexicon = { ...vocabulary.lists('lexicon'), ...vocabulary.lists(family) };
            found.push(...differences(vocabulary.lists(family)[list] ?? [], lexicon, language));
        }
        expect(found).toEqual([]);
    }, 120_000);

    test('the vocabularies of the other checks (protected/ and vocabulary/)', () => {
        const folders = ['protected/vocabulary', 'vocabulary'].map(folder => join(REPO_ROOT, 'language', 'src', 'validation', folder));
        let compared = 0;
        const found: string[] = [];
        for (const folder of folders) {
            for (const name of readdirSync(folder).filter(name => name.endsWith('.json'))) {
                const file = JSON.parse(readFileSync(join(folder, name), 'utf8'));
                for (const language of TEXT_LANGUAGES) {
                    const section = file[language];
                    if (!section || typeof section !== 'object') {
                        continue;
                    }
                    const lexicon = lexiconFor(language, file);
                    for (const patterns of stringLists(section)) {
                        let compiles = true;
                        try {
                            new PhraseSet(patterns, lexicon);
                        } catch {
                            compiles = false; // not a list of patterns (a list of names, say)
                        }
                        if (compiles) {
                            found.push(...differences(patterns, lexicon, language));
                            compared++;
                        }
                    }
                }
            }
        }
        expect(found).toEqual([]);
        expect(compared).toBeGreaterThan(50);
    }, 120_000);
});

/** Every array of strings inside a vocabulary section, at any depth. */
function stringLists(value: unknown): string[][] {
    if (Array.isArray(value)) {
        return value.every(item => typeof item === 'string') ? [value as string[]] : value.flatMap(stringLists);
    }
    if (value && typeof value === 'object') {
        return Object.values(value).flatMap(stringLists);
    }
    return [];
}
