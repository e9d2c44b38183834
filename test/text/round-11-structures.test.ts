import { describe } from 'vitest';
import { finds, run } from './structure-cases.js';

/**
 * Issue 10, round 11 (figures in docs/checks/vagueness-evaluation.md), in words of our own: a
 * relative adverb of place makes a category of places of whatever noun it follows, so that the
 * head noun need not be a listed one. Every case fails without its change except those marked
 * `guard`.
 */

const places = (phrase: string) => finds('undefined-place-or-person', 'places', 'places', phrase);

describe('a relative adverb of place makes a category of any noun it follows', () => {
    run([
        { language: 'en', text: 'Do not go into any yard where scrap metal is bought for cash.', finds: places('yard where scrap metal is bought') },
        { language: 'en', text: 'Do not enter any garage or lock-up where stolen car parts are kept.', finds: places('lock-up where stolen car parts are kept') },
        { language: 'en', text: 'You must not visit any flat(s) where cannabis is grown.', finds: places('flat(s) where cannabis is grown') },
        { language: 'fr', text: 'Il ne devra pénétrer dans aucun entrepôt où sont stockées des marchandises volées.', finds: places('entrepôt où sont stockées des marchandises volées') },
        { language: 'de', text: 'Er darf keinen Keller betreten, wo Diebesgut gelagert wird.', finds: places('Keller betreten, wo Diebesgut gelagert wird') },
        { language: 'de', text: 'Er darf keine Scheunen, wo Hehlerware umgeschlagen wird, betreten.', finds: places('Scheunen, wo Hehlerware umgeschlagen wird') },
        // Knowledge defines the class; a singular with a definite article is one place the case identifies.
        { language: 'en', text: 'Do not enter any yard where you know scrap metal is bought for cash.', passes: true, guard: true },
        { language: 'en', text: 'Do not return to the house where the offence took place, 4 Elm Row, Leeds.', passes: true, guard: true },
        { language: 'fr', text: 'Il ne retournera pas dans la maison où les faits ont été commis, 3 rue Haute à Namur.', passes: true, guard: true },
        // A time noun is no place.
        { language: 'en', text: 'Tell your officer by 10:00 of any day where you cannot attend work.', passes: true, guard: true }
    ]);
});

describe('"where" and "wo" that open a condition are no relative of place', () => {
    run([
        { language: 'de', text: 'Er nimmt an Gesprächen teil, wo nötig.', finds: finds('vague-term', 'conditional', 'openTrigger', 'wo nötig') },
        { language: 'en', text: 'Attend the sessions at 4 Mill Lane, Leeds, where possible.', finds: finds('vague-term', 'conditional', 'ownMeasure', 'where possible'), guard: true }
    ]);
});

describe('"Haus" ends like a German plural and is singular', () => {
    run([
        { language: 'de', text: 'Er darf das Haus, wo die Tat begangen wurde, Hauptstraße 3 in Kassel, nicht betreten.', passes: true }
    ]);
});
