import { describe, expect, test } from 'vitest';
import { addresses, clockTimes, names, sentences, statesDailyHours } from '../../language/src/validation/text/features.js';

const texts = (text: string, spans: Array<{ start: number; end: number }>) => spans.map(s => text.slice(s.start, s.end));

describe('text features', () => {
    test('sentences end at ; and at a full stop before a capital, not after an abbreviation', () => {
        const text = 'Do not contact Ms. Mills; report to Dr. Jones at 10 p.m. Monday. Then stop.';
        expect(texts(text, sentences(text))).toEqual(['Do not contact Ms. Mills;', ' report to Dr. Jones at 10 p.m. Monday.', ' Then stop.']);
    });

    test.each([
        ['en', 'from 19:00 to 07:00', ['19:00', '07:00']],
        ['en', 'between 8 pm and 6 am', ['8 pm', '6 am']],
        ['en', 'between 10 p.m. and 5 a.m.', ['10 p.m.', '5 a.m.']],
        ['fr', 'de 20h à 6h30', ['20h', '6h30']],
        ['de', 'zwischen 8 und 12 Uhr', ['8', '12 Uhr']],
        ['de', 'von 22:00 bis 6:00 Uhr', ['22:00', '6:00 Uhr']]
    ] as const)('clock times (%s) in %j', (language, text, expected) => {
        expect(texts(text, clockTimes(text, language))).toEqual(expected);
        expect(statesDailyHours(text, language)).toBe(true);
    });

    test('a date or a count of hours is not a clock time', () => {
        expect(clockTimes('for 12 months from 2026-03-14, 120 hours', 'en')).toEqual([]);
    });

    test.each([
        ['en', 'live at 4 Wellgreen Road, Stirling', '4 Wellgreen Road'],
        ['en', 'be inside 22 Birch Close, Swindon SN2 1PQ', '22 Birch Close'],
        ['fr', 'au 8 avenue Foch à Metz', '8 avenue Foch à Metz'],
        ['de', 'bei NEUSTART, Stockhofstraße 9, 4020 Linz', 'Stockhofstraße 9']
    ] as const)('addresses (%s) in %j', (language, text, expected) => {
        expect(texts(text, addresses(text, language))).toContain(expected);
    });

    test.each([
        ['en', 'Attend the Thinking Skills Programme at the probation office.', 'Thinking Skills Programme'],
        ['en', 'with the team at Royal Cornhill Hospital, Aberdeen', 'Royal Cornhill Hospital'],
        ['fr', 'au centre hospitalier de Sainte-Anne, à Paris', 'Sainte-Anne'],
        ['de', 'bei der Psychosozialen Beratungsstelle Innsbruck zu', 'Psychosozialen Beratungsstelle Innsbruck'],
        ['de', 'beim Tierheim Bremen-Hemelingen zu leisten', 'Tierheim Bremen-Hemelingen']
    ] as const)('names (%s) in %j', (language, text, expected) => {
        expect(texts(text, names(text, language))).toContain(expected);
    });

    test('the first word of a sentence, weekdays and common words are not names', () => {
        expect(texts('Report every Monday.', names('Report every Monday.', 'en'))).toEqual([]);
        expect(texts('Der Verurteilte hat sich zu melden.', names('Der Verurteilte hat sich zu melden.', 'de'))).toEqual([]);
    });
});
