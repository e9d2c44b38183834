import { describe, expect, test } from 'vitest';
import { analyseText } from '../../language/src/validation/clarity/analyse.js';
import type { TextLanguage } from '../../language/src/validation/text/language.js';
import { vocabularyFor } from '../../language/src/validation/text/vocabulary.js';

/**
 * Word lists of the analysis moved from regular expressions in analyse.ts to the vocabulary
 * (issue 10: no regex vocabulary): in the lexicon, `naming` (the words that open the members of a
 * class right after it) and `pronoun` (third-person pronouns); in delegation.json, who a
 * delegation hands the decision to (`to-court`, `to-provider`, `to-supervisor`, `to-service`); in
 * open-list.json, the markers the quick fix removes (`closable`). Each language reads its own: the
 * expressions read every language's words in every text, so the German "also" (that is) closed an
 * English class.
 */
const found = (text: string, language: TextLanguage) => analyseText(text, language).map(i => `${i.check}/${i.messageId}: ${i.phrase}`);

describe('naming words close a class in their own language only', () => {
    test('en: "also" is no naming word in English: the class stays undefined', () => {
        expect(found('Do not possess any offensive material, also online.', 'en')).toEqual(['vague-term/undefinedObject: offensive material']);
    });

    test.each([
        ['en', 'Do not possess any offensive material, namely the leaflets seized on 3 May 2026.'],
        ['de', 'Er darf keine gefährlichen Gegenstände, also Messer und Äxte, mit sich führen.'],
        ['en', 'Do not contact children, namely Anna and Tom Smith.'],
        ['fr', 'Ne pas entrer en contact avec des personnes, à savoir Paul et Marie Dupont.'],
        ['de', 'Keinen Kontakt zu Personen, nämlich Anna und Tom Schmidt.']
    ] as const)('%s: a naming word after the class closes it: %s', (language, text) => {
        expect(found(text, language)).toEqual([]);
    });

    test.each([
        ['en', 'material, as follows: leaflets', 'as follows'],
        ['fr', "objets, c'est-à-dire des couteaux", "c'est-à-dire"],
        ['de', 'Gegenstände, d. h. Messer', 'd. h.']
    ] as const)('%s: the lexicon list reads "%s"', (language, text, word) => {
        expect(vocabularyFor(language).get('lexicon', 'naming').find(text).map(m => m.text)).toEqual([word]);
    });
});

describe('pronouns: a delegation to a pronoun hands the decision to someone else', () => {
    test.each([
        ['en', 'Attend such appointments as they may direct.', 'such appointments as they may direct'],
        ['fr', "Se rendre aux convocations qu'il fixera.", "qu'il fixera"],
        ['de', 'Er hat Termine wahrzunehmen, wie sie es bestimmt.', 'wie sie es bestimmt']
    ] as const)('%s: %s', (language, text, phrase) => {
        const issues = analyseText(text, language).filter(i => i.check === 'unbounded-discretion');
        expect(issues.map(i => [i.phrase, i.data.who])).toEqual([[phrase, 'someone else']]);
    });

    test.each([
        ['en', ['he', 'Her', 'them'], ['officer', 'here']],
        ['fr', ['il', 'Elles'], ['agent', 'ile']],
        ['de', ['er', 'Sie', 'es'], ['Gericht', 'erst']]
    ] as const)('%s: the lexicon list holds the pronouns and no other word', (language, pronouns, others) => {
        const list = vocabularyFor(language).get('lexicon', 'pronoun');
        expect(pronouns.map(word => list.find(word).map(m => m.text))).toEqual(pronouns.map(word => [word]));
        expect(others.flatMap(word => list.find(word))).toEqual([]);
    });
});

describe('who a delegation hands the decision to, named in the message', () => {
    test.each([
        ['en', 'Attend such treatment as the court directs.', 'the court'],
        ['en', 'Attend such sessions as the clinical team considers necessary.', 'the provider'],
        ['en', 'Attend such appointments as your officer directs.', 'the supervisor'],
        ['en', 'Attend such programmes as the department directs.', 'the service'],
        ['fr', 'Se soumettre aux soins que le juge estimera utiles.', 'the court'],
        ['fr', 'Se soumettre aux soins que le médecin estimera utiles.', 'the provider'],
        ['fr', "Se présenter aussi souvent que l'agent le décide.", 'the supervisor'],
        ['fr', 'Se présenter aussi souvent que le SPIP le décide.', 'the service'],
        ['de', 'Er hat sich so oft zu melden, wie das Gericht es bestimmt.', 'the court'],
        ['de', 'Er hat sich so oft zu melden, wie die Therapeutin es für nötig hält.', 'the provider'],
        ['de', 'Er hat sich so oft zu melden, wie der Bewährungshelfer es bestimmt.', 'the supervisor'],
        ['de', 'Er hat sich so oft zu melden, wie das Jugendamt es bestimmt.', 'the service']
    ] as const)('%s: %s -> %s', (language, text, who) => {
        expect(analyseText(text, language).filter(i => i.check === 'unbounded-discretion').map(i => i.data.who)).toEqual([who]);
    });
});

describe('the quick fix closes a list only where the marker stands alone', () => {
    test.each([
        ['en', 'Do not possess knives, axes, machetes and so on.', 'Close the list (remove "and so on")'],
        ['fr', 'Ne pas détenir de couteaux, haches, machettes, etc.', 'Close the list (remove "etc.")'],
        ['de', 'Er darf keine Messer, Äxte, Macheten usw. besitzen.', 'Close the list (remove "usw.")'],
        ['en', 'Do not possess knives, axes, including but not limited to machetes.', undefined]
    ] as const)('%s: %s', (language, text, title) => {
        const issues = analyseText(text, language).filter(i => i.messageId === 'openList');
        expect(issues.map(i => i.fix?.title)).toEqual([title]);
    });
});
