import { describe, expect, test } from 'vitest';
import { guessLanguage, normaliseLanguage } from '../../language/src/validation/text/language.js';
import { analyseText } from '../../language/src/validation/clarity/analyse.js';
import { covered } from '../helpers.js';
import { compliantOrder, conditionOrder, findingsOf } from './orders.js';

describe('languages', () => {
    test.each([
        ['English', 'en'], ['en', 'en'], ['ENG', 'en'], ['anglais', 'en'],
        ['French', 'fr'], ['fr', 'fr'], ['Français', 'fr'], ['francais', 'fr'], ['fr-BE', 'fr'], ['Französisch', 'fr'],
        ['German', 'de'], ['de', 'de'], ['Deutsch', 'de'], ['de-CH', 'de'], ['allemand', 'de'], ['"German"', 'de']
    ])('%s is %s', (name, code) => {
        expect(normaliseLanguage(name)).toBe(code);
    });

    test('a language without vocabulary is not normalised', () => {
        expect(normaliseLanguage('Polish')).toBeUndefined();
        expect(normaliseLanguage(undefined)).toBeUndefined();
    });

    test('an undeclared text is guessed from its short words, English when in doubt', () => {
        expect(guessLanguage('Der Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.')).toBe('de');
        expect(guessLanguage('Ne pas paraître dans la commune de Metz pendant deux ans.')).toBe('fr');
        expect(guessLanguage('Report to the probation office.')).toBe('en');
        expect(guessLanguage('Curfew.')).toBe('en');
    });

    test('the condition\'s own language wins over the order\'s', async () => {
        const german = 'Der Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.';
        const text = compliantOrder(`condition "${german}" in German.`, 'French');
        expect((await findingsOf(text, 'vague-term')).map(f => covered(text, f))).toEqual(['nachts']);
    });

    test('the order\'s language applies to its conditions', async () => {
        const text = compliantOrder('condition "Mener une vie ordonnée.".', 'Français');
        expect((await findingsOf(text, 'vague-term')).map(f => covered(text, f))).toEqual(['Mener une vie ordonnée']);
    });

    test('French and German words are not read as English, nor the other way round', () => {
        expect(analyseText('Be of good behaviour.', 'fr')).toEqual([]);
        expect(analyseText('Mener une vie ordonnée.', 'en')).toEqual([]);
    });

    test('an order in another language: the text is read in the language it looks like', async () => {
        const text = conditionOrder('Der Verurteilte hat bestimmte Orte zu meiden.', 'Polish');
        expect((await findingsOf(text, 'vague-term')).map(f => covered(text, f))).toEqual(['bestimmte Orte']);
    });
});
