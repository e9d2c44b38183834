import { describe, expect, it } from 'vitest';
import type { Consequence } from '../../language/src/generated/ast.js';
import { isCustodialOutcome, isEnding, isRecall, opensRevocation, recallPhraseIn, speaksOfEnding } from '../../language/src/model/breach.js';
import { ids, lint } from '../helpers.js';

/**
 * Breach wording is read through the toolkit from vocabulary/breach.json, in English, French and
 * German (issue 10: free text is read one way). The English rows are the behaviour the regular
 * expressions had; the French and German ones are read only since the move.
 */

/** A free-text consequence (`leads to "…"`), as the parser builds it. */
function wording(text: string): Consequence {
    return { $type: 'Consequence', text, heard: false } as unknown as Consequence;
}

type Reading = 'recall' | 'custody' | 'ending' | 'opens' | 'none';

/** What each wording is read as: the strongest of recall ⊂ custody ⊂ ending ⊂ opens revocation. */
function readingOf(text: string): Reading {
    const consequence = wording(text);
    return isRecall(consequence) ? 'recall'
        : isCustodialOutcome(consequence) ? 'custody'
            : isEnding(consequence) ? 'ending'
                : opensRevocation(consequence) ? 'opens'
                    : 'none';
}

describe('free-text breach consequences, in three languages', () => {
    it.each([
        ['en', 'being recalled to prison for the rest of the sentence', 'recall'],
        ['en', 'revocation of the licence and return to prison', 'recall'],
        ['en', 'custody for the rest of the term', 'custody'],
        ['en', 'the order is revoked', 'ending'],
        ['en', 'the order may be varied or re-sentencing', 'opens'],
        ['en', 'no imprisonment', 'none'],
        ['en', 'a warning without revocation', 'none'],
        ['en', 'a further appointment', 'none'],
        ['fr', 'réincarcération immédiate', 'recall'],
        ['fr', 'retour en détention pour le reliquat de la peine', 'recall'],
        ['fr', 'révocation de la libération conditionnelle', 'recall'],
        ['fr', "mise à exécution de l'emprisonnement", 'custody'],
        ['fr', 'une peine privative de liberté', 'custody'],
        ['fr', 'révocation du sursis', 'ending'],
        ['fr', 'modification des obligations', 'opens'],
        ['fr', 'pas d\'emprisonnement', 'none'],
        ['fr', 'un avertissement sans révocation', 'none'],
        ['fr', 'un nouveau rendez-vous', 'none'],
        ['de', 'Rückkehr in den Vollzug', 'recall'],
        ['de', 'Widerruf der Strafrestaussetzung', 'recall'],
        ['de', 'Vollstreckung der Ersatzfreiheitsstrafe', 'custody'],
        ['de', 'Haft', 'custody'],
        ['de', 'Widerruf der Strafaussetzung', 'ending'],
        ['de', 'Änderung der Weisungen', 'opens'],
        ['de', 'keine Freiheitsstrafe', 'none'],
        ['de', 'eine Verwarnung ohne Widerruf', 'none'],
        ['de', 'Haftung für Schäden', 'none'],
        ['de', 'ein weiterer Termin', 'none']
    ] as const)('%s: "%s" is read as %s', (_language, text, expected) => {
        expect(readingOf(text)).toBe(expected);
    });
});

describe('recall wording in a text, with its place', () => {
    it.each([
        ['en', 'If you breach your licence conditions you will be recalled to prison.', 'recalled to prison'],
        ['en', 'If the work is not done the person will be recalled.', 'recalled'],
        ['en', 'A breach means you are sent back to custody.', 'sent back to custody'],
        ['fr', 'En cas de manquement, vous serez réincarcéré.', 'réincarcéré'],
        ['fr', 'Tout manquement entraîne le retour en prison.', 'retour en prison'],
        ['de', 'Bei einem Verstoß werden Sie in den Vollzug zurückgeführt.', 'in den Vollzug zurückgeführt'],
        ['de', 'Ein Verstoß führt zur Rückkehr ins Gefängnis.', 'Rückkehr ins Gefängnis']
    ] as const)('%s: %s', (_language, text, phrase) => {
        const found = recallPhraseIn(text);
        expect(found?.phrase).toBe(phrase);
        expect(text.slice(found?.start, found?.end)).toBe(phrase);
    });

    it.each([
        ['en', 'You will not be recalled to prison: a breach goes back to the court.'],
        ['en', 'Your supervisor may recall the tag for maintenance.'],
        ['fr', 'Vous ne serez pas réincarcéré sans décision du juge.'],
        ['fr', 'Le service peut rappeler la convocation.'],
        ['de', 'Sie werden nicht in den Vollzug zurückgeführt.'],
        ['de', 'Die Bewährungshilfe ruft Sie zurück.']
    ] as const)('%s: no recall in "%s"', (_language, text) => {
        expect(recallPhraseIn(text)).toBeUndefined();
    });

    it.each([
        ['en', 'The order will be revoked after a hearing.', true],
        ['fr', 'La mesure peut être révoquée ou modifiée.', true],
        ['de', 'Die Weisung kann geändert oder widerrufen werden.', true],
        ['en', 'You must attend every appointment.', false],
        ['fr', 'Vous devez vous présenter à chaque convocation.', false],
        ['de', 'Sie müssen jeden Termin wahrnehmen.', false]
    ] as const)('%s: "%s" speaks of ending the measure: %s', (_language, text, expected) => {
        expect(speaksOfEnding(text)).toBe(expected);
    });
});

describe('the breach checks read French and German consequences', () => {
    const order = (form: string, consequence: string) =>
        `order "CO-1", ${form}.\nwritten in French.\nin force for 12 months.\non breach:\n  significant non-compliance leads to "${consequence}".\n`;

    it.each([
        ['fr', 'réincarcération immédiate', 'conditional-release@5:39-5:66'],
        ['de', 'Rückkehr in den Vollzug', 'conditional-release@5:39-5:64']
    ] as const)('%s: recall wording in a community order is reported by conditional-release', async (_language, consequence, finding) => {
        expect(ids(await lint(order('community order', consequence)), 'conditional-release')).toEqual([finding]);
    });

    it.each([
        ['fr', "l'emprisonnement", 'missing-compliance-credit@5:39-5:57'],
        ['de', 'Vollstreckung der Freiheitsstrafe', 'missing-compliance-credit@5:39-5:74']
    ] as const)('%s: custody in free text asks for credit for time complied', async (_language, consequence, finding) => {
        expect(ids(await lint(order('community order', consequence)), 'missing-compliance-credit')).toEqual([finding]);
    });
});
