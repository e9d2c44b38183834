import { describe, expect, test } from 'vitest';
import { currencyNouns } from '../../language/src/validation/text/currency.js';
import { vocabularyFor } from '../../language/src/validation/text/vocabulary.js';

/** text/currency.ts: the head nouns of the platform's currency names, read into the lexicon's `currency`. */
describe('currency nouns from the platform', () => {
    test.each([
        ['en', ['dirham', 'shilling', 'rupee', 'krone', 'franc', 'dollar']],
        // French: the noun begins the name, after a preceding adjective ("nouveau shekel").
        ['fr', ['dirham', 'roupie', 'couronne', 'franc', 'shekel']],
        // German: the last element of a compound ("VAE-Dirham").
        ['de', ['dirham', 'krone', 'franken', 'rupie', 'pfund']]
    ] as const)('%s holds %j', (language, nouns) => {
        expect(currencyNouns(language)).toEqual(expect.arrayContaining([...nouns]));
    });

    test.each(['en', 'fr', 'de'] as const)('%s: each noun is a lower-case word of three letters or more, no adjective, no acronym', language => {
        const nouns = currencyNouns(language);
        expect(nouns.length).toBeGreaterThan(50);
        for (const noun of nouns) {
            expect(noun).toMatch(/^\p{Script=Latin}{3,}$/u);
            expect(noun).toBe(noun.toLowerCase());
        }
        expect(nouns).not.toContain('nouveau');
        expect(nouns).not.toContain('cfa');
    });

    test.each([
        ['fr', '12 000 dirhams', true],
        ['fr', '3 000 roupies marocaines', true],
        ['en', '5,000 Kenyan shillings', true],
        ['en', '200 rupees', true],
        ['de', '500 dänische Kronen', true],
        ['de', '40 Franken', true],
        ['en', '20 hours', false],
        ['fr', '12 mois', false]
    ] as const)('%s: "%s" is an amount: %s', (language, text, expected) => {
        expect(vocabularyFor(language).get('slots', 'amount').test(text)).toBe(expected);
    });
});
