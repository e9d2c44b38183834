import { describe } from 'vitest';
import { finds, run } from './structure-cases.js';

/**
 * Issue 10, round 7, from the misses of the untuned probe-conditions-14.tsv (its first-run figures
 * are in docs/checks/vagueness-evaluation.md): a way-of-life standard whose German head noun is
 * inflected (structure 2, lemmas), and a German class defined by what might happen in a
 * verb-final relative clause. English and French had both already (guards).
 */

describe('a standard of the person\'s way of life, its head noun inflected', () => {
    run([
        { language: 'de', text: 'Er hat sich eines ordentlichen Lebenswandels zu befleißigen.', finds: finds('vague-term', 'evaluative', 'judgement', 'ordentlichen Lebenswandels') },
        { language: 'de', text: 'Er hat sich um die Herstellung geordneter Verhältnisse zu kümmern.', finds: finds('vague-term', 'evaluative', 'judgement', 'geordneter Verhältnisse'), guard: true },
        { language: 'en', text: 'The probationer shall lead an industrious life.', finds: finds('vague-term', 'evaluative', 'judgement', 'lead an industrious life'), guard: true }
    ]);
});

describe('a class defined by what might happen, in a German verb-final relative clause', () => {
    run([
        { language: 'de', text: 'Er hat Orte zu meiden, an denen er in Versuchung geraten könnte.', finds: finds('undefined-place-or-person', 'speculative', 'speculativePlaces', 'Orte zu meiden, an denen er in Versuchung geraten könnte') },
        { language: 'de', text: 'Er darf keine Gegenstände besitzen, mit denen er Fahrzeuge aufbrechen könnte.', finds: finds('vague-term', 'speculative', 'speculative', 'denen er Fahrzeuge aufbrechen könnte') },
        { language: 'en', text: 'Avoid places where you might be tempted to drink.', finds: finds('undefined-place-or-person', 'speculative', 'speculativePlaces', 'places where you might be tempted to drink'), guard: true }
    ]);
});
