import { EmptyFileSystem } from 'langium';
import { describe, expect, test } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lintText } from '../../language/src/core/lint.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';

/*
 * The checks of group A (language/src/i18n/fr/checks-a.ts) in French: for real order texts, the
 * exact French message of each finding, with its citation, and the French titles of its fixes.
 * The inputs are the English tests' (test/checks/); each message id of each check is met at least once.
 */

const services = createSanctionCoreServices(EmptyFileSystem).Sanction;
services.sanction.locale.set('fr');

interface Expected {
    messageId: string;
    message: string;
    fixes?: string[];
}

interface Case {
    name: string;
    code: string;
    /** The jurisdiction profile to lint under (as sanction.config.json would choose it). */
    profile?: string;
    findings: Expected[];
}

/** The findings of one check, in French. */
async function frenchFindings(checkId: string, code: string, profile?: string): Promise<Expected[]> {
    services.sanction.config.setOverrides(profile ? { profile } : {});
    try {
        const findings = (await lintText(services, code)).findings.filter(f => f.checkId === checkId);
        return findings.map(f => ({
            messageId: f.messageId ?? '',
            message: f.message,
            ...(f.fixes?.length ? { fixes: f.fixes.map(fix => fix.title) } : {})
        }));
    } finally {
        services.sanction.config.setOverrides({});
    }
}

/** One order with each case of a profile's consent rule: no consent, residential, refused, consented, free text, partial. */
const UNDER_PROFILES = `order "T-1".
made on 2026-03-14.
in force for 12 months.
requirement drug treatment, provided by "Exeter Drug Service".
requirement mental health treatment, provided by "Wonford House", residential.
requirement mental health treatment, provided by "Dr A. Patel", non-residential, consent refused.
requirement alcohol treatment, provided by "Y", consent informed and explicit, given.
condition "Undergo psychiatric treatment".
requirement alcohol treatment, provided by "Z", consent given.
`;

const CASES: Record<string, Case[]> = {
    'missing-appeal-right': [
        {
            name: 'an order with no rights',
            code: 'order "F-1".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noRights',
                    message: 'L\'ordonnance n\'énonce aucun droit et n\'indique donc pas à la personne comment former un recours ; la Règle 25 donne à la personne le droit de contester la décision devant une autorité judiciaire : envisagez d\'ajouter `rights:` avec une ligne telle que `appeal to "Crown Court" within 28 days.` (Règles 25 et 28)',
                    fixes: ['Ajouter une section des droits avec une voie de recours (nommez la juridiction et vérifiez le délai)'] }
            ]
        },
        {
            name: 'rights that do not include an appeal',
            code: 'order "F-2".\nin force for 12 months.\nrights:\n  complaints to "Probation Service complaints team".\n  notice in Polish, in writing.\n',
            findings: [
                { messageId: 'noAppeal',
                    message: 'Les droits énoncés dans l\'ordonnance n\'indiquent pas comment former un recours ; la Règle 25 donne à la personne le droit de contester la décision devant une autorité judiciaire : envisagez d\'ajouter une ligne telle que `appeal to "Crown Court" within 28 days.` (Règles 25 et 28)',
                    fixes: ['Ajouter une voie de recours aux droits (nommez la juridiction et vérifiez le délai)'] }
            ]
        }
    ],
    'missing-complaint-route': [
        {
            name: 'an order with no complaints route',
            code: 'order "F-1".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noComplaintRoute',
                    message: 'L\'ordonnance n\'indique pas où la personne peut se plaindre de la manière dont elle est exécutée ; la Règle 93 lui ouvre une voie de plainte impartiale et simple contre ce que l\'autorité chargée de l\'exécution décide ou omet de décider, et la Règle 28 demande qu\'elle soit informée de ses droits : envisagez de l\'indiquer, p. ex. `complaints to "Probation Service complaints team".` (Règles 28 et 93)',
                    fixes: ['Indiquer où adresser les plaintes (vérifiez l\'organisme)'] }
            ]
        }
    ],
    'missing-language': [
        {
            name: 'a person with no language',
            code: 'order "L-1".\nwritten in English.\nperson "Ana Popescu", convicted.\nin force for 6 months.\nrights:\n  notice in English, in writing.\n',
            findings: [
                { messageId: 'noLanguage',
                    message: 'L\'ordonnance n\'indique pas quelle langue la personne comprend ; la Règle 61 donne à la personne une information claire sur la mesure, son but et ses conditions, dans une langue qu\'elle comprend : envisagez de l\'indiquer, p. ex. `person "Ana Popescu", understands Polish.` (Règle 61)' }
            ]
        },
        {
            name: 'no person and no notice',
            code: 'order "L-1".\nwritten in English.\nin force for 6 months.\n',
            findings: [
                { messageId: 'noPerson',
                    message: 'L\'ordonnance ne nomme aucune personne, ni donc aucune langue qu\'elle comprend ; la Règle 61 donne à la personne une information claire sur la mesure, son but et ses conditions, dans une langue qu\'elle comprend : envisagez d\'ajouter la personne, p. ex. `person "A. Nowak", understands Polish.` (Règle 61)' },
                { messageId: 'noNotice',
                    message: 'L\'ordonnance n\'indique pas que la personne en reçoit notification dans une langue qu\'elle comprend ; la Règle 61 lui donne cette information avant le début de l\'exécution, par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer dans les droits, p. ex. `notice in "…", in writing.` (Règle 61)' }
            ]
        },
        {
            name: 'no notice: the fix names the language',
            code: 'order "L-1".\nwritten in English.\nperson "A", understands English.\nin force for 6 months.\nrights:\n  appeal to "Court" within 28 days.\n',
            findings: [
                { messageId: 'noNotice',
                    message: 'L\'ordonnance n\'indique pas que la personne en reçoit notification dans une langue qu\'elle comprend ; la Règle 61 lui donne cette information avant le début de l\'exécution, par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer dans les droits, p. ex. `notice in English, in writing.` (Règle 61)',
                    fixes: ['Notifier en anglais, par écrit (vérifiez que la notification a été faite)'] }
            ]
        },
        {
            name: 'a notice in languages the person is not recorded as understanding',
            code: 'order "L-1".\nwritten in English.\nperson "A", understands Polish and Romanian, interpreter needed.\nin force for 6 months.\nrights:\n  notice in English and German, in writing.\n',
            findings: [
                { messageId: 'notUnderstood',
                    message: 'La notification est faite en anglais et en allemand, alors que l\'ordonnance indique seulement que la personne comprend le polonais et le roumain ; la Règle 61 demande que la personne soit informée dans une langue qu\'elle comprend : faites-la dans l\'une de ses langues, p. ex. `notice in Polish, in writing.` (Règle 61)',
                    fixes: ['Faire aussi la notification en polonais (vérifiez qu\'elle a été faite)'] }
            ]
        },
        {
            name: 'an interpreter needed, and the notice only in the order\'s language',
            code: 'order "L-1".\nwritten in English.\nperson "A", understands Italian and English, interpreter needed.\nin force for 6 months.\nrights:\n  notice in English, in writing.\n',
            findings: [
                { messageId: 'interpreterOther',
                    message: 'La personne a besoin d\'un interprète, mais la notification n\'est faite qu\'en anglais, la langue dans laquelle l\'ordonnance est rédigée ; la Règle 61 demande que la personne soit informée dans une langue qu\'elle comprend : faites-la aussi en italien, p. ex. `notice in English and Italian, in writing.` (Règle 61)',
                    fixes: ['Faire aussi la notification en italien (vérifiez qu\'elle a été faite)'] }
            ]
        },
        {
            name: 'an interpreter needed, and no other language named',
            code: 'order "L-1".\nwritten in English.\nperson "A", understands English, interpreter needed.\nin force for 6 months.\nrights:\n  notice in English, in writing.\n',
            findings: [
                { messageId: 'interpreterUnnamed',
                    message: 'La personne a besoin d\'un interprète, mais la notification n\'est faite qu\'en anglais, la langue dans laquelle l\'ordonnance est rédigée ; la Règle 61 demande que la personne soit informée dans une langue qu\'elle comprend : indiquez la langue dans laquelle elle lui est faite, p. ex. `notice in English and Polish, in writing.` (Règle 61)' }
            ]
        },
        {
            name: 'an interpreter needed, and the notice not in writing',
            code: 'order "L-1".\nwritten in English.\nperson "A", understands Polish, interpreter needed.\nin force for 6 months.\nrights:\n  notice in Polish.\n',
            findings: [
                { messageId: 'writingInterpreter',
                    message: 'L\'ordonnance n\'indique pas que la notification est faite par écrit, et la personne a besoin d\'un interprète, si bien que l\'ordonnance elle-même ne lui fournit aucune information écrite qu\'elle puisse lire ; la Règle 61 donne à la personne cette information par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer, p. ex. `notice in Polish, in writing.` (Règle 61)',
                    fixes: ['Faire la notification par écrit'] }
            ]
        },
        {
            name: 'the order not in the person\'s language, and the notice not in writing',
            code: 'order "L-1".\nwritten in English.\nperson "A", understands German.\nin force for 6 months.\nrights:\n  notice in German.\n',
            findings: [
                { messageId: 'writingUnreadable',
                    message: 'L\'ordonnance n\'indique pas que la notification est faite par écrit, et elle est rédigée en anglais sans que rien n\'indique que la personne comprenne cette langue, si bien que l\'ordonnance elle-même ne lui fournit aucune information écrite qu\'elle puisse lire ; la Règle 61 donne à la personne cette information par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer, p. ex. `notice in German, in writing.` (Règle 61)',
                    fixes: ['Faire la notification par écrit'] }
            ]
        },
        {
            name: 'the order does not say its language, and the notice is not said to be in writing',
            code: 'order "L-2".\nperson "A", understands Polish.\nrights:\n  notice in Polish.\n',
            findings: [
                { messageId: 'writing',
                    message: 'L\'ordonnance n\'indique pas si la notification est faite par écrit ; la Règle 61 donne à la personne cette information par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer, p. ex. `notice in Polish, in writing.` (Règle 61)',
                    fixes: ['Faire la notification par écrit'] }
            ]
        },
        {
            name: 'a language the French does not name',
            code: 'order "L-3".\nwritten in English.\nperson "A", understands "Scottish Gaelic".\nin force for 6 months.\nrights:\n  appeal to "Court" within 28 days.\n',
            findings: [
                { messageId: 'noNotice',
                    message: 'L\'ordonnance n\'indique pas que la personne en reçoit notification dans une langue qu\'elle comprend ; la Règle 61 lui donne cette information avant le début de l\'exécution, par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer dans les droits, p. ex. `notice in Scottish Gaelic, in writing.` (Règle 61)',
                    fixes: ['Notifier en Scottish Gaelic, par écrit (vérifiez que la notification a été faite)'] }
            ]
        }
    ],
    'missing-hearing': [
        {
            name: 'revocation with no hearing, and words that exclude it',
            code: 'order "H-1".\ndecided by "Exeter Crown Court".\nin force for 12 months.\non breach:\n  significant non-compliance leads to revocation.\n  "The order may be revoked without a hearing."\n',
            findings: [
                { messageId: 'noHearing',
                    message: 'L\'inobservation peut entraîner la révocation, et l\'ordonnance n\'indique pas que la personne est entendue au préalable ; la Règle 69 donne à la personne, avant une modification ou une révocation, la possibilité de consulter les pièces et de présenter sa défense, ainsi que le droit à l\'assistance d\'un avocat : envisagez de l\'indiquer, p. ex. `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Règle 69)',
                    fixes: ['Ajouter une audition avec l\'assistance d\'un avocat et l\'accès aux pièces'] },
                { messageId: 'excluded',
                    message: '"without a hearing" prive la personne d\'une audition avant que la mesure soit modifiée ou révoquée ; la Règle 69 donne à la personne la possibilité de consulter les pièces et de présenter sa défense au préalable, ainsi que le droit à l\'assistance d\'un avocat : reformulez ce passage, et indiquez `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Règle 69)' }
            ]
        },
        {
            name: 'a bare hearing',
            code: 'order "H-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to additional requirements.\n  hearing.\n',
            findings: [
                { messageId: 'incomplete',
                    message: 'L\'audition que prévoit l\'ordonnance ne donne pas à la personne l\'assistance d\'un avocat ni l\'accès aux pièces ; la Règle 69 donne à la personne, avant une modification ou une révocation, la possibilité de consulter les pièces et de présenter sa défense, ainsi que le droit à l\'assistance d\'un avocat : envisagez de l\'indiquer, p. ex. `hearing with legal assistance and access to the documents.` (Règle 69)',
                    fixes: ['Prévoir pour l\'audition l\'assistance d\'un avocat et l\'accès aux pièces'] }
            ]
        },
        {
            name: 'a hearing without legal assistance',
            code: 'order "H-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to revocation.\n  hearing before "Exeter Crown Court", access to the documents.\n',
            findings: [
                { messageId: 'incomplete',
                    message: 'L\'audition que prévoit l\'ordonnance ne donne pas à la personne l\'assistance d\'un avocat ; la Règle 69 donne à la personne, avant une modification ou une révocation, la possibilité de consulter les pièces et de présenter sa défense, ainsi que le droit à l\'assistance d\'un avocat : envisagez de l\'indiquer, p. ex. `hearing before "Exeter Crown Court" with legal assistance and access to the documents.` (Règle 69)',
                    fixes: ['Prévoir pour l\'audition l\'assistance d\'un avocat et l\'accès aux pièces'] }
            ]
        }
    ],
    'missing-breach-consequences': [
        {
            name: 'no breach section',
            code: 'order "B-1".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noSection',
                    message: 'L\'ordonnance n\'indique pas ce qui se passe si la personne ne respecte pas ses obligations ; la Règle 15 demande que les conséquences de l\'inobservation soient énoncées aussi clairement que les conditions, et la Règle 62 donne à la personne le droit de les connaître : envisagez de les indiquer, p. ex. `on breach:` avec `minor non-compliance leads to a warning.` et `significant non-compliance leads to referral to the deciding authority.` (Règles 15 et 62)',
                    fixes: ['Ajouter une section des manquements (vérifiez les conséquences)'] }
            ]
        },
        {
            name: 'a breach section with no consequence',
            code: 'order "B-1".\nin force for 12 months.\non breach:\n  credit for time complied.\n',
            findings: [
                { messageId: 'noConsequence',
                    message: 'La section des manquements n\'indique aucune conséquence de l\'inobservation ; la Règle 15 demande que les conséquences de l\'inobservation soient énoncées aussi clairement que les conditions, et la Règle 62 donne à la personne le droit de les connaître : envisagez de les indiquer, p. ex. `minor non-compliance leads to a warning.` et `significant non-compliance leads to referral to the deciding authority.` (Règles 15 et 62)',
                    fixes: ['Indiquer les conséquences de l\'inobservation (vérifiez-les)'] }
            ]
        },
        {
            name: 'only minor non-compliance',
            code: 'order "B-1".\nin force for 12 months.\non breach:\n  minor non-compliance leads to a warning.\n',
            findings: [
                { messageId: 'minorOnly',
                    message: 'La section des manquements n\'indique que ce qu\'entraîne une inobservation mineure ; la Règle 62 donne à la personne le droit de savoir quand l\'inobservation peut la ramener devant l\'autorité de décision : envisagez de l\'indiquer, p. ex. `significant non-compliance leads to referral to the deciding authority.` (Règles 15 et 62)',
                    fixes: ['Indiquer ce qu\'entraîne une inobservation importante (vérifiez-le)'] }
            ]
        }
    ],
    'missing-compliance-credit': [
        {
            name: 'revocation with no credit',
            code: 'order "C-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to revocation.\n',
            findings: [
                { messageId: 'noCreditOnRevocation',
                    message: 'L\'inobservation peut entraîner la révocation, et l\'ordonnance n\'indique pas que le temps pendant lequel la personne a respecté ses obligations est pris en compte ; la Règle 70 demande que, lorsqu\'une révocation est envisagée, il soit tenu compte de la mesure dans laquelle la personne a respecté ses obligations et de la manière dont elle l\'a fait : envisagez de l\'indiquer, p. ex. `credit for time complied.` (Règle 70)',
                    fixes: ['Prendre en compte le temps d\'exécution accompli'] }
            ]
        },
        {
            name: 'recall to prison with no credit',
            code: 'order "C-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to recall to prison.\n',
            findings: [
                { messageId: 'noCreditOnCustody',
                    message: 'L\'inobservation peut entraîner la réincarcération, et l\'ordonnance n\'indique pas que le temps pendant lequel la personne a respecté ses obligations est pris en compte ; la Règle 70 dit qu\'un respect satisfaisant devrait être déduit de la durée de toute peine de prison : envisagez de l\'indiquer, p. ex. `credit for time complied.` (Règle 70)',
                    fixes: ['Prendre en compte le temps d\'exécution accompli'] }
            ]
        },
        {
            name: 'credit denied',
            code: 'order "C-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to revocation.\n  no credit for time complied.\n',
            findings: [
                { messageId: 'creditDenied',
                    message: 'L\'ordonnance refuse de prendre en compte le temps d\'exécution accompli, alors que l\'inobservation peut entraîner la révocation ; la Règle 70 demande que le respect des obligations soit pris en compte lorsqu\'une révocation est envisagée, et dit qu\'un respect satisfaisant devrait être déduit de la durée de toute peine de prison : écrivez plutôt `credit for time complied.` (Règle 70)',
                    fixes: ['Prendre en compte le temps d\'exécution accompli'] }
            ]
        }
    ],
    'minor-breach-escalation': [
        {
            name: 'minor non-compliance to a warning, revocation or imprisonment',
            code: 'order "M-1".\nin force for 12 months.\non breach:\n  minor non-compliance leads to a warning, revocation or imprisonment.\n',
            findings: [
                { messageId: 'minor',
                    message: 'Une inobservation mineure entraîne la révocation, ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative : écrivez `minor non-compliance leads to a formal warning.`, et réservez la révocation à l\'inobservation importante (Règle 64)',
                    fixes: ['Supprimer la révocation et l\'emprisonnement en cas d\'inobservation mineure'] },
                { messageId: 'minor',
                    message: 'Une inobservation mineure entraîne l\'emprisonnement, ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative : écrivez `minor non-compliance leads to a formal warning.`, et réservez l\'emprisonnement à l\'inobservation importante (Règle 64)',
                    fixes: ['Supprimer la révocation et l\'emprisonnement en cas d\'inobservation mineure'] }
            ]
        },
        {
            name: 'minor non-compliance to revocation alone',
            code: 'order "M-1".\nin force for 12 months.\non breach:\n  minor non-compliance leads to revocation.\n',
            findings: [
                { messageId: 'minor',
                    message: 'Une inobservation mineure entraîne la révocation, ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative : écrivez `minor non-compliance leads to a formal warning.`, et réservez la révocation à l\'inobservation importante (Règle 64)',
                    fixes: ['Traiter l\'inobservation mineure par un avertissement formel'] }
            ]
        },
        {
            name: 'any non-compliance to custody in quoted wording',
            code: 'order "M-1".\nin force for 12 months.\non breach:\n  any non-compliance leads to "a short spell in custody".\n',
            findings: [
                { messageId: 'any',
                    message: 'Toute inobservation, même mineure, entraîne "a short spell in custody", ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative : écrivez à côté `minor non-compliance leads to a formal warning.`, ou réservez "a short spell in custody" à l\'inobservation importante (Règle 64)',
                    fixes: ['Traiter l\'inobservation mineure par un avertissement formel'] }
            ]
        },
        {
            name: 'a quoted consequence with "and" in it, dropped with revocation',
            code: 'order "M-2".\nin force for 12 months.\non breach:\n  minor non-compliance leads to a warning, revocation or "arrest and custody".\n',
            findings: [
                { messageId: 'minor',
                    message: 'Une inobservation mineure entraîne la révocation, ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative : écrivez `minor non-compliance leads to a formal warning.`, et réservez la révocation à l\'inobservation importante (Règle 64)',
                    fixes: ['Supprimer la révocation et "arrest and custody" en cas d\'inobservation mineure'] },
                { messageId: 'minor',
                    message: 'Une inobservation mineure entraîne "arrest and custody", ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative : écrivez `minor non-compliance leads to a formal warning.`, et réservez "arrest and custody" à l\'inobservation importante (Règle 64)',
                    fixes: ['Supprimer la révocation et "arrest and custody" en cas d\'inobservation mineure'] }
            ]
        }
    ],
    'automatic-imprisonment': [
        {
            name: 'leads automatically to imprisonment',
            code: 'order "A-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads automatically to imprisonment.\n',
            findings: [
                { messageId: 'automatic',
                    message: 'La règle de manquement fait suivre automatiquement l\'inobservation d\'un emprisonnement ; la Règle 12 déconseille de convertir automatiquement une sanction en emprisonnement, et la Règle 67 réserve la révocation à une autorité de décision, après un examen approfondi des faits : écrivez `significant non-compliance leads to referral to the deciding authority.` (Règles 12 et 67)',
                    fixes: ['Renvoyer plutôt le manquement à l\'autorité de décision'] }
            ]
        },
        {
            name: 'leads straight to imprisonment',
            code: 'order "A-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to imprisonment.\n',
            findings: [
                { messageId: 'direct',
                    message: 'La règle de manquement envoie la personne en prison sans que l\'autorité de décision statue entre-temps ; la Règle 12 déconseille de convertir automatiquement une sanction en emprisonnement, et la Règle 67 réserve la révocation à une autorité de décision, après un examen approfondi des faits : écrivez `significant non-compliance leads to referral to the deciding authority.` (Règles 12 et 67)',
                    fixes: ['Renvoyer plutôt le manquement à l\'autorité de décision'] }
            ]
        },
        {
            name: 'a breach statement that imprisons by itself',
            code: 'order "A-1".\nin force for 12 months.\non breach:\n  "You will be imprisoned if you breach the order.".\n',
            findings: [
                { messageId: 'wording',
                    message: '"will be imprisoned" fait suivre l\'inobservation d\'une incarcération sans décision ; la Règle 12 déconseille de convertir automatiquement une sanction en emprisonnement, et la Règle 67 réserve la révocation à une autorité de décision, après un examen approfondi des faits : écrivez `significant non-compliance leads to referral to the deciding authority.` (Règles 12 et 67)' }
            ]
        }
    ],
    'conditional-release': [
        {
            name: 'recall in an order of no stated form',
            code: 'order "CO-1".\nin force for 12 months.\non breach:\n  significant non-compliance leads to recall to prison.\n',
            findings: [
                { messageId: 'recallUnstated',
                    message: 'L\'ordonnance n\'indique pas qu\'il s\'agit d\'une libération conditionnelle, et pourtant la réincarcération renvoie la personne en prison ; la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison : si la personne a été libérée de prison de manière anticipée, écrivez `order "CO-1", conditional release.` ; sinon, écrivez `significant non-compliance leads to referral to the deciding authority.` (Règle 12)',
                    fixes: ['Indiquer que l\'ordonnance est une libération conditionnelle (seulement si la personne a été libérée de prison)', 'Renvoyer plutôt le manquement à l\'autorité de décision'] }
            ]
        },
        {
            name: 'recall in a community order',
            code: 'order "CO-1", community order.\nin force for 12 months.\non breach:\n  significant non-compliance leads to recall to prison.\n',
            findings: [
                { messageId: 'recall',
                    message: 'L\'ordonnance est une peine appliquée dans la communauté, qui ne libère personne de prison, et pourtant la réincarcération traite la personne comme libérée de prison ; la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison : écrivez `significant non-compliance leads to referral to the deciding authority.` (Règle 12)',
                    fixes: ['Renvoyer plutôt le manquement à l\'autorité de décision'] }
            ]
        },
        {
            name: 'recall among a suspended sentence\'s options',
            code: 'order "CO-1", suspended sentence.\nin force for 12 months.\non breach:\n  the deciding authority may order modification or recall to prison.\n',
            findings: [
                { messageId: 'recall',
                    message: 'L\'ordonnance est une peine avec sursis, qui ne libère personne de prison, et pourtant la réincarcération traite la personne comme libérée de prison ; la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison : écrivez `significant non-compliance leads to referral to the deciding authority.` (Règle 12)',
                    fixes: ['Laisser plutôt l\'autorité de décision révoquer la mesure'] }
            ]
        },
        {
            name: 'recall wording in a quoted consequence of a probation order',
            code: 'order "CO-1", probation.\nin force for 12 months.\non breach:\n  significant non-compliance leads to "being sent back to prison".\n',
            findings: [
                { messageId: 'recall',
                    message: 'L\'ordonnance est une mesure de probation, qui ne libère personne de prison, et pourtant "being sent back to prison" traite la personne comme libérée de prison ; la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison : écrivez `significant non-compliance leads to referral to the deciding authority.` (Règle 12)',
                    fixes: ['Renvoyer plutôt le manquement à l\'autorité de décision'] }
            ]
        },
        {
            name: 'recall brought in by a template, in a community order',
            code: 'template warned():\n  condition "If you miss an appointment you will be returned to prison".\norder "CO-2", community order.\napply warned.\n',
            findings: [
                { messageId: 'templateRecall',
                    message: 'L\'ordonnance est une peine appliquée dans la communauté, qui ne libère personne de prison, et pourtant la condition apportée par \'warned\' parle de "returned to prison", traitant ainsi la personne comme libérée de prison ; la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison : appliquez un modèle qui n\'en parle pas, et écrivez `significant non-compliance leads to referral to the deciding authority.` (Règle 12)' }
            ]
        },
        {
            name: 'recall brought in by a template, in an order of no stated form',
            code: 'template warned():\n  condition "If you miss an appointment you will be returned to prison".\norder "CO-3".\napply warned.\n',
            findings: [
                { messageId: 'templateRecallUnstated',
                    message: 'L\'ordonnance n\'indique pas qu\'il s\'agit d\'une libération conditionnelle, et pourtant la condition apportée par \'warned\' parle de "returned to prison", ce qui renvoie la personne en prison ; la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison : si la personne a été libérée de prison de manière anticipée, écrivez `order "CO-3", conditional release.` ; sinon, appliquez un modèle qui n\'en parle pas (Règle 12)',
                    fixes: ['Indiquer que l\'ordonnance est une libération conditionnelle (seulement si la personne a été libérée de prison)'] }
            ]
        }
    ],
    'no-early-termination': [
        {
            name: 'no early termination, with the deciding authority and half the term',
            code: 'order "E-1".\ndecided by "Exeter Crown Court".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noEarlyTermination',
                    message: 'L\'ordonnance n\'indique pas qu\'il peut y être mis fin de manière anticipée ; la Règle 72 donne à la personne la possibilité d\'une fin anticipée décidée par l\'autorité de décision une fois qu\'elle a respecté ses conditions et que celles-ci ne servent plus leur but, et lui permet de la demander : envisagez de l\'indiquer, p. ex. `early termination by "Exeter Crown Court" after 6 months, when "all requirements are met".` (Règle 72)',
                    fixes: ['Indiquer comment il peut être mis fin à l\'ordonnance de manière anticipée (vérifiez l\'autorité et le délai)'] }
            ]
        }
    ],
    'extension-without-review': [
        {
            name: 'an extendable order with no review',
            code: 'order "F-1".\nin force for 12 months, extendable by up to 6 months.\n',
            findings: [
                { messageId: 'orderWithoutReview',
                    message: 'L\'ordonnance peut être prolongée mais ne prévoit aucun réexamen régulier, si bien que rien ne permet de vérifier si la prolongation reste nécessaire ; la Règle 23 demande qu\'une sanction prolongeable soit réexaminée régulièrement par l\'autorité de décision : indiquez à quel intervalle, p. ex. `in force for 12 months, extendable by up to 6 months, reviewed every 3 months.` (Règle 23)',
                    fixes: ['Ajouter un intervalle de réexamen (", reviewed every 6 months" ; indiquez l\'intervalle réel)'] }
            ]
        },
        {
            name: 'an extendable requirement and condition with no review',
            code: 'order "F-3".\nin force for 12 months.\nrequirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months, extendable by up to 1 month.\ncondition "Live at 1 Road", for 6 months, extendable.\n',
            findings: [
                { messageId: 'measureWithoutReview',
                    message: 'Cette obligation « curfew » peut être prolongée, et ni elle ni l\'ordonnance ne prévoient de réexamen régulier ; la Règle 23 demande qu\'une sanction prolongeable soit réexaminée régulièrement par l\'autorité de décision : indiquez à quel intervalle, p. ex. `extendable by up to 1 month, reviewed every 1 month` (Règle 23)',
                    fixes: ['Ajouter un intervalle de réexamen (", reviewed every 6 months" ; indiquez l\'intervalle réel)'] },
                { messageId: 'measureWithoutReview',
                    message: 'Cette condition peut être prolongée, et ni elle ni l\'ordonnance ne prévoient de réexamen régulier ; la Règle 23 demande qu\'une sanction prolongeable soit réexaminée régulièrement par l\'autorité de décision : indiquez à quel intervalle, p. ex. `extendable by up to 1 month, reviewed every 1 month` (Règle 23)',
                    fixes: ['Ajouter un intervalle de réexamen (", reviewed every 6 months" ; indiquez l\'intervalle réel)'] }
            ]
        },
        {
            name: 'a template\'s extendable requirement',
            code: 'template extendable-curfew(address: text, length: duration):\n  requirement curfew, at address, from 19:00 to 07:00, for length, extendable by up to 1 month.\n\norder "F-5".\nin force for 12 months.\napply extendable-curfew with address "1 Road", length 2 months.\n',
            findings: [
                { messageId: 'templateMeasureWithoutReview',
                    message: 'L\'obligation « curfew » apportée par \'extendable-curfew\' peut être prolongée, et ni elle ni l\'ordonnance ne prévoient de réexamen régulier ; la Règle 23 demande qu\'une sanction prolongeable soit réexaminée régulièrement par l\'autorité de décision : indiquez à quel intervalle l\'ordonnance est réexaminée, p. ex. `in force for 12 months, reviewed every 3 months.` (Règle 23)',
                    fixes: ['Ajouter un intervalle de réexamen à l\'ordonnance (", reviewed every 6 months" ; indiquez l\'intervalle réel)'] }
            ]
        }
    ],
    'missing-authority': [
        {
            name: 'neither authority named',
            code: 'order "F-1".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noDecidingAuthority',
                    message: 'L\'ordonnance n\'indique pas son autorité de décision ; la Règle 16 confie à la loi le soin de désigner les autorités qui prononcent, modifient et révoquent une sanction ou une mesure, et nommer celle qui a statué permet à la personne de savoir qui peut modifier l\'ordonnance : envisagez de l\'indiquer, p. ex. `decided by "Exeter Crown Court".` (Règle 16)',
                    fixes: ['Nommer l\'autorité de décision'] },
                { messageId: 'noImplementingAuthority',
                    message: 'L\'ordonnance n\'indique pas l\'autorité chargée de son exécution ; la Règle 17 confie à la loi le soin de désigner les autorités qui exécutent les sanctions et mesures, et nommer celle qui intervient permet à la personne de savoir qui exécute l\'ordonnance : envisagez de l\'indiquer, p. ex. `implemented by "Probation Service, South West region".` (Règle 17)',
                    fixes: ['Nommer l\'autorité chargée de l\'exécution'] }
            ]
        }
    ],
    'missing-legal-basis': [
        {
            name: 'no legal basis',
            code: 'order "F-1".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noLegalBasis',
                    message: 'L\'ordonnance n\'indique pas la loi en vertu de laquelle elle est rendue ; la Règle 14 confie à la loi le soin de régir les sanctions et mesures qui existent, leur durée et leurs modalités d\'exécution, et la citer permet à la personne de vérifier l\'ordonnance au regard de celle-ci : envisagez de l\'indiquer, p. ex. `under "Sentencing Act 2020, section 200".` (Règle 14)',
                    fixes: ['Citer la loi en vertu de laquelle l\'ordonnance est rendue'] }
            ]
        },
        {
            name: 'an empty legal basis',
            code: 'order "F-1".\nunder "".\nin force for 12 months.\n',
            findings: [
                { messageId: 'emptyLegalBasis',
                    message: 'La base légale de l\'ordonnance ne nomme aucune loi ; la Règle 14 confie à la loi le soin de régir les sanctions et mesures qui existent, leur durée et leurs modalités d\'exécution, et la citer permet à la personne de vérifier l\'ordonnance au regard de celle-ci : envisagez de nommer la loi et la disposition, p. ex. `under "Sentencing Act 2020, section 200".` (Règle 14)' }
            ]
        }
    ],
    'missing-seriousness': [
        {
            name: 'no offence: one fix per level',
            code: 'order "S-1".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noOffence',
                    message: 'L\'ordonnance n\'indique ni l\'infraction ni sa gravité ; les Règles 3 et 22 donnent à la personne une ordonnance dont les exigences et la durée correspondent à la gravité de l\'infraction, ce qu\'aucun lecteur ne peut vérifier sans elle : envisagez de l\'indiquer, p. ex. `offence "Criminal damage", seriousness moderate.` (Règles 3 et 22)',
                    fixes: ['Ajouter l\'infraction, de gravité « minor » (mineure), puis la décrire', 'Ajouter l\'infraction, de gravité « moderate » (moyenne), puis la décrire', 'Ajouter l\'infraction, de gravité « serious » (grave), puis la décrire', 'Ajouter l\'infraction, de gravité « very serious » (très grave), puis la décrire'] }
            ]
        },
        {
            name: 'an offence with no seriousness',
            code: 'order "S-1".\noffence "Theft".\nin force for 12 months.\n',
            findings: [
                { messageId: 'noSeriousness',
                    message: 'L\'ordonnance n\'indique pas la gravité de l\'infraction "Theft" ; les Règles 3 et 22 donnent à la personne une ordonnance dont les exigences et la durée correspondent à la gravité de l\'infraction, ce qu\'aucun lecteur ne peut vérifier sans elle : envisagez de l\'indiquer, p. ex. `offence "Theft", seriousness moderate.` (Règles 3 et 22)',
                    fixes: ['Indiquer la gravité de l\'infraction : « minor » (mineure)', 'Indiquer la gravité de l\'infraction : « moderate » (moyenne)', 'Indiquer la gravité de l\'infraction : « serious » (grave)', 'Indiquer la gravité de l\'infraction : « very serious » (très grave)'] }
            ]
        }
    ],
    'suspect-without-consent': [
        {
            name: 'a suspect with no consent',
            code: 'order "P-1".\nmade on 2026-02-02.\nperson "Luca Marino", suspect.\nin force for 3 months.\n',
            findings: [
                { messageId: 'noConsent',
                    message: 'L\'ordonnance ne consigne aucun consentement du suspect à la mesure ; la Règle 59 demande que le consentement d\'un suspect soit obtenu avant qu\'une mesure lui soit imposée avant le jugement ou à la place d\'une décision sur la peine, sauf disposition contraire de la loi : consignez-le, p. ex. `consent given on 2026-02-02, in writing.`, ou citez la loi qui en dispose autrement, p. ex. `under "Code de procédure pénale, article 138".` (Règle 59)',
                    fixes: ['Consigner le consentement du suspect (vérifiez qu\'il a été donné, et la date)'] }
            ]
        },
        {
            name: 'a pre-trial measure with no consent',
            code: 'order "P-1", pre-trial measure.\nmade on 2026-02-02.\nperson "Luca Marino".\nin force for 3 months.\n',
            findings: [
                { messageId: 'noConsent',
                    message: 'L\'ordonnance ne consigne aucun consentement de la personne à la mesure ; la Règle 59 demande que le consentement d\'un suspect soit obtenu avant qu\'une mesure lui soit imposée avant le jugement ou à la place d\'une décision sur la peine, sauf disposition contraire de la loi : consignez-le, p. ex. `consent given on 2026-02-02, in writing.`, ou citez la loi qui en dispose autrement, p. ex. `under "Code de procédure pénale, article 138".` (Règle 59)',
                    fixes: ['Consigner le consentement du suspect (vérifiez qu\'il a été donné, et la date)'] }
            ]
        },
        {
            name: 'a suspect who refused',
            code: 'order "P-1", pre-trial measure.\nperson "Luca Marino", suspect.\nconsent refused.\nin force for 3 months.\n',
            findings: [
                { messageId: 'refused',
                    message: 'L\'ordonnance impose la mesure bien que le refus de consentement du suspect soit consigné ; la Règle 59 demande que le consentement d\'un suspect soit obtenu au préalable, sauf disposition contraire de la loi : citez la loi qui permet la mesure sans consentement, p. ex. `under "Code de procédure pénale, article 138".`, ou consignez le consentement s\'il est donné plus tard, p. ex. `consent given on 2026-02-02, in writing.` (Règle 59)' }
            ]
        }
    ],
    'treatment-without-consent': [
        {
            name: 'treatment under the Rules alone',
            code: UNDER_PROFILES,
            findings: [
                { messageId: 'noConsent',
                    message: 'Cette obligation « drug treatment » ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'noConsent',
                    message: 'Cette obligation « mental health treatment » ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'refused',
                    message: 'Cette obligation « mental health treatment » est imposée bien que le refus de consentement de la personne soit consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne : vérifiez si le droit applicable à l\'ordonnance fait du consentement une condition, et envisagez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)' },
                { messageId: 'noConsent',
                    message: 'Cette condition, qui impose un traitement ("Undergo psychiatric treatment"), ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'partial',
                    message: 'Cette obligation « alcohol treatment » repose sur un consentement consigné comme donné, mais non comme éclairé et exprès ; la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès : si c\'était le cas, indiquez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner le consentement comme éclairé et exprès (vérifiez qu\'il l\'était)'] }
            ]
        },
        {
            name: 'treatment brought in by templates',
            code: 'template drug-rehab(provider: text):\n  requirement drug treatment, provided by provider, non-residential.\n\ntemplate counselling(wording: text = "Attend alcohol counselling every week"):\n  condition wording.\n\norder "T-1".\nmade on 2026-03-14.\nin force for 12 months.\napply drug-rehab with provider "Exeter Drug Service".\napply counselling.\n',
            findings: [
                { messageId: 'noConsent',
                    message: 'L\'obligation « drug treatment » apportée par \'drug-rehab\' ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner dans l\'ordonnance un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'noConsent',
                    message: 'La condition apportée par \'counselling\', qui impose un traitement ("Attend alcohol counselling"), ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner dans l\'ordonnance un consentement éclairé et exprès (vérifiez la date)'] }
            ]
        },
        {
            name: 'under england-wales: expressed willingness',
            profile: 'england-wales',
            code: UNDER_PROFILES,
            findings: [
                { messageId: 'noConsentWillingness',
                    message: 'Cette obligation « drug treatment » ne s\'accompagne d\'aucun consentement consigné, et le droit d\'Angleterre et du pays de Galles exige que la personne ait exprimé sa volonté de s\'y conformer (Sentencing Act 2020, Sch. 9 Part 10, non vérifié) ; la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'noConsentWillingness',
                    message: 'Cette obligation « mental health treatment » ne s\'accompagne d\'aucun consentement consigné, et le droit d\'Angleterre et du pays de Galles exige que la personne ait exprimé sa volonté de s\'y conformer (Sentencing Act 2020, Sch. 9 Part 9, non vérifié) ; la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'refusedWillingness',
                    message: 'Cette obligation « mental health treatment » est imposée bien que le refus de consentement de la personne soit consigné, et le droit d\'Angleterre et du pays de Galles exige que la personne ait exprimé sa volonté de s\'y conformer (Sentencing Act 2020, Sch. 9 Part 9, non vérifié) ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur un consentement libre et éclairé : choisissez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)' },
                { messageId: 'noConsent',
                    message: 'Cette condition, qui impose un traitement ("Undergo psychiatric treatment"), ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'partial',
                    message: 'Cette obligation « alcohol treatment » repose sur un consentement consigné comme donné, mais non comme éclairé et exprès ; la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès : si c\'était le cas, indiquez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner le consentement comme éclairé et exprès (vérifiez qu\'il l\'était)'] }
            ]
        },
        {
            name: 'under france: the law does not require consent',
            profile: 'france',
            code: UNDER_PROFILES,
            findings: [
                { messageId: 'noConsentNotRequired',
                    message: 'Cette obligation « drug treatment » ne s\'accompagne d\'aucun consentement consigné ; le droit français n\'exige pas de consentement (Code pénal, art. 132-45, 3°), mais la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne : envisagez de le consigner, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'noConsentNotRequired',
                    message: 'Cette obligation « mental health treatment » ne s\'accompagne d\'aucun consentement consigné ; le droit français n\'exige pas de consentement (Code pénal, art. 132-45, 3°), mais la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne : envisagez de le consigner, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'refusedNotRequired',
                    message: 'Cette obligation « mental health treatment » est imposée bien que le refus de consentement de la personne soit consigné ; le droit français n\'exige pas de consentement (Code pénal, art. 132-45, 3°), mais la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur un consentement libre et éclairé : envisagez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)' },
                { messageId: 'noConsent',
                    message: 'Cette condition, qui impose un traitement ("Undergo psychiatric treatment"), ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'partial',
                    message: 'Cette obligation « alcohol treatment » repose sur un consentement consigné comme donné, mais non comme éclairé et exprès ; la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès : si c\'était le cas, indiquez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner le consentement comme éclairé et exprès (vérifiez qu\'il l\'était)'] }
            ]
        },
        {
            name: 'under germany: consent in the cases the law names',
            profile: 'germany',
            code: UNDER_PROFILES,
            findings: [
                { messageId: 'noConsentConditional',
                    message: 'Cette obligation « drug treatment » ne s\'accompagne d\'aucun consentement consigné ; le droit allemand exige le consentement de la personne lorsque la règle de conduite impose une cure de désintoxication (Entziehungskur) ou un traitement comportant une intervention corporelle (StGB § 56c(3) Nr. 1), et la Règle 57 demande que ce consentement soit éclairé et exprès : si c\'est le cas ici, consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'noConsentRequired',
                    message: 'Cette obligation « mental health treatment » ne s\'accompagne d\'aucun consentement consigné, et le droit allemand exige le consentement de la personne (StGB § 56c(3) Nr. 2) ; la Règle 57 demande que ce consentement soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'refusedConditional',
                    message: 'Cette obligation « mental health treatment » est imposée bien que le refus de consentement de la personne soit consigné ; le droit allemand exige son consentement lorsque le traitement comporte une intervention corporelle (StGB § 56c(3) Nr. 1), et la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur un consentement libre et éclairé : si c\'est le cas ici, choisissez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)' },
                { messageId: 'noConsent',
                    message: 'Cette condition, qui impose un traitement ("Undergo psychiatric treatment"), ne s\'accompagne d\'aucun consentement consigné ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne, et la Règle 57 que le consentement, lorsqu\'il est requis, soit éclairé et exprès : consignez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règles 5 et 57)',
                    fixes: ['Consigner un consentement éclairé et exprès (vérifiez la date)'] },
                { messageId: 'partial',
                    message: 'Cette obligation « alcohol treatment » repose sur un consentement consigné comme donné, mais non comme éclairé et exprès ; la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès : si c\'était le cas, indiquez-le, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 57)',
                    fixes: ['Consigner le consentement comme éclairé et exprès (vérifiez qu\'il l\'était)'] }
            ]
        },
        {
            name: 'under germany: a residential treatment the person refused',
            profile: 'germany',
            code: 'order "T-1".\nmade on 2026-03-14.\nin force for 12 months.\nrequirement alcohol treatment, provided by "Fachklinik", residential, consent refused.\n',
            findings: [
                { messageId: 'refusedRequired',
                    message: 'Cette obligation « alcohol treatment » est imposée bien que le refus de consentement de la personne soit consigné, et le droit allemand exige son consentement (StGB § 56c(3) Nr. 2) ; la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur un consentement libre et éclairé : choisissez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, p. ex. `consent informed and explicit, given on 2026-03-10` (Règle 5)' }
            ]
        }
    ]
};

for (const [checkId, cases] of Object.entries(CASES)) {
    describe(checkId, () => {
        for (const { name, code, profile, findings } of cases) {
            test(name, async () => {
                expect(await frenchFindings(checkId, code, profile)).toEqual(findings);
            });
        }
    });
}

test('the cases meet every message of every check of the group', () => {
    for (const [checkId, cases] of Object.entries(CASES)) {
        const check = ALL_CHECKS.find(c => c.id === checkId);
        expect(check, checkId).toBeDefined();
        const met = new Set(cases.flatMap(c => c.findings.map(f => f.messageId)));
        expect([...met].sort(), checkId).toEqual(Object.keys(check!.messages).sort());
    }
    expect(Object.keys(CASES).sort()).toEqual([
        'automatic-imprisonment', 'conditional-release', 'extension-without-review', 'minor-breach-escalation',
        'missing-appeal-right', 'missing-authority', 'missing-breach-consequences', 'missing-complaint-route',
        'missing-compliance-credit', 'missing-hearing', 'missing-language', 'missing-legal-basis',
        'missing-seriousness', 'no-early-termination', 'suspect-without-consent', 'treatment-without-consent'
    ]);
});
