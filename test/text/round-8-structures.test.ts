import { describe, expect, test } from 'vitest';
import { analyseText } from '../../language/src/validation/clarity/analyse.js';
import type { TextLanguage } from '../../language/src/validation/text/language.js';
import { isInflectionOf } from '../../language/src/validation/text/lemma.js';
import { finds, judgement, delegation, run } from './structure-cases.js';

/**
 * Issue 10, round 8, from the misses and false alarms of the untuned probe-conditions-15.tsv (its
 * first-run figures are in docs/checks/vagueness-evaluation.md), written in other courts' words,
 * not from its rows. Every case fails without its mechanism except those marked `guard`:
 * evaluative adjectives by lemma with their contraries (`=!` entries, grammar.json
 * `negating-prefix` and `adjective-ending`); the scope of a delegation: the order itself as the
 * instrument (delegation.json `own-instrument-*`), the verbs of compliance, the recipient named
 * after the phrase; the person as the subject is no class (clarity/reading.ts); amounts in any
 * currency the platform names (text/currency.ts).
 */

describe('an evaluative adjective in a form or a contrary never listed', () => {
    run([
        { language: 'en', text: 'The offender shall not act irresponsibly towards the children in his care.', finds: judgement('irresponsibly') },
        { language: 'en', text: 'Do not speak discourteously to the staff of the Elm House hostel.', finds: judgement('discourteously') },
        { language: 'fr', text: 'Le condamné s\'abstiendra de tout propos inapproprié à l\'égard de ses voisins.', finds: judgement('inapproprié') },
        { language: 'fr', text: 'La probationnaire évitera toute tenue indécente sur son lieu de travail.', finds: judgement('indécente') },
        { language: 'de', text: 'Sie hat ungehöriges Verhalten gegenüber dem Personal des Wohnheims zu unterlassen.', finds: judgement('ungehöriges') },
        { language: 'de', text: 'Er hat unvernünftige Geldausgaben zu vermeiden.', finds: judgement('unvernünftige') }
    ]);

    // No stemming for adjectives: the noun or verb that shares an adjective's stem is not it.
    test.each([
        ['en', 'inadequate', 'adequate', true],
        ['en', 'unsuitable', 'suitable', true],
        ['en', 'respect', 'respectful', false],
        ['en', 'accept', 'acceptable', false],
        ['en', 'reasons', 'reasonable', false],
        ['en', 'appropriation', 'appropriate', false],
        ['fr', 'inadéquates', 'adéquat', true],
        ['fr', 'déraisonnable', 'raisonnable', true],
        ['fr', 'police', 'poli', false],
        ['de', 'unangemessenen', 'angemessen', true],
        ['de', 'Geeignetheit', 'geeignet', false]
    ] as const)('%s: "%s" is a form of the adjective "%s": %s', (language, word, listed, expected) => {
        expect(isInflectionOf(word, listed, language as TextLanguage, true)).toBe(expected);
    });
});

describe('the scope of a delegation: the order\'s own terms, the verbs of compliance', () => {
    run([
        // The instructions are the order's own: nothing is handed to anyone.
        { language: 'en', text: 'You must comply with the requirements of this order.', passes: true },
        { language: 'fr', text: 'Le condamné doit se conformer aux prescriptions du présent jugement.', passes: true },
        { language: 'de', text: 'Er hat die im Bewährungsbeschluss genannten Weisungen zu befolgen.', passes: true },
        { language: 'de', text: 'Er hat den Weisungen dieses Beschlusses nachzukommen.', passes: true },
        // The order is mentioned, but the directions are the supervisor's.
        { language: 'en', text: 'You must comply with the directions of your supervisor under this order.', finds: delegation('comply with the directions'), guard: true },
        // Instructions followed with a verb of compliance not listed before.
        { language: 'de', text: 'Die Verurteilte hat sich an die Weisungen der Bewährungshelferin zu halten.', finds: delegation('Weisungen der Bewährungshelferin zu halten') },
        // A guard: incorporation ("respecter les consignes") read it before.
        { language: 'fr', text: 'La condamnée devra respecter les consignes de son conseiller pénitentiaire.', finds: delegation('respecter les consignes'), guard: true },
        { language: 'fr', text: 'Le condamné doit suivre les instructions du service pénitentiaire.', finds: delegation('suivre les instructions') }
    ]);

    // Who receives the power, for the message: named right after the phrase (the German case names
    // it inside the phrase: a guard).
    test.each([
        ['en', 'The offender must comply with the directions of the court.', 'the court'],
        ['fr', 'Le condamné doit se conformer aux instructions du tribunal.', 'the court'],
        ['de', 'Der Verurteilte hat den Weisungen des Gerichts Folge zu leisten.', 'the court'],
        ['en', 'You must follow the directions of your therapist.', 'the provider']
    ] as const)('%s: %s → %s', (language, text, who) => {
        const issue = analyseText(text, language).find(i => i.check === 'unbounded-discretion');
        expect(issue?.data?.who).toBe(who);
    });
});

describe('a class the qualifier speaks of, not the person the order is about', () => {
    run([
        { language: 'en', text: 'The offender must avoid any person who is likely to supply drugs.', finds: finds('undefined-place-or-person', 'speculative', 'speculativePeople', 'person who is likely to supply drugs') },
        { language: 'en', text: 'The offender must not engage in any conduct that is likely to cause a fight.', finds: finds('vague-term', 'speculative', 'speculative', 'that is likely to cause a fight') },
        { language: 'fr', text: 'Le condamné évitera tout individu susceptible de lui procurer des stupéfiants.', finds: finds('undefined-place-or-person', 'speculative', 'speculativePeople', 'individu susceptible de lui procurer des stupéfiants'), guard: true },
        { language: 'de', text: 'Der Proband hat Personen zu meiden, die ihm Drogen beschaffen könnten.', finds: finds('undefined-place-or-person', 'speculative', 'speculativePeople', 'Personen zu meiden, die ihm Drogen beschaffen könnten'), guard: true }
    ]);
});

describe('an amount in a currency the lexicon does not list', () => {
    run([
        { language: 'fr', text: 'Le condamné doit verser à la victime la somme de 12 000 dirhams avant le 1er mars 2027.', passes: true },
        { language: 'fr', text: 'Le condamné doit indemniser la victime à hauteur de 3 000 roupies.', passes: true },
        { language: 'en', text: 'Pay compensation of 5,000 Kenyan shillings to the victim by 1 May 2027.', passes: true },
        { language: 'de', text: 'Er hat an den Geschädigten 500 dänische Kronen Schadensersatz zu zahlen.', passes: true },
        { language: 'de', text: 'Er hat an den Geschädigten Schadensersatz zu zahlen.', finds: finds('missing-parameters', 'compensation', 'duty', 'Schadensersatz'), guard: true },
        { language: 'en', text: 'Pay compensation to the victim.', finds: finds('missing-parameters', 'compensation', 'duty', 'Pay compensation'), guard: true }
    ]);
});
