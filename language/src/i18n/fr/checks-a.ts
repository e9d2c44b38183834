import type { TranslationGroup } from './group.js';
import { fr, joinListFr } from './terms.js';

/*
 * Group A: rights, information, consent, breach and the order's framework. The values these
 * checks build in English are mostly the language's own words (a consequence `revocation`, a form
 * `suspended sentence`, a level `moderate`) or names the drafter wrote (a language, a court); the
 * adapters below put the first into French prose and leave the second as written. What the drafter
 * types (`…` in backticks) stays English: it is the syntax.
 */

// ---------------------------------------------------------------------------------------------
// Values the checks build in English
// ---------------------------------------------------------------------------------------------

/** "Cette obligation « curfew »" at the start of a sentence. */
function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The parts of an English list ("a, b and c", "a or b"), not splitting inside quoted text. */
function listParts(english: string): string[] {
    const parts: string[] = [];
    let current = '';
    let quoted = false;
    for (let i = 0; i < english.length; i++) {
        const char = english[i]!;
        if (char === '"') {
            quoted = !quoted;
        }
        const separator = quoted ? undefined : [', ', ' and ', ' or '].find(sep => english.startsWith(sep, i));
        if (separator) {
            parts.push(current);
            current = '';
            i += separator.length - 1;
            continue;
        }
        current += char;
    }
    parts.push(current);
    return parts;
}

/** A breach consequence as `consequenceName` (model/breach.ts) gives it, with its article; quoted wording stays. */
const CONSEQUENCES: Readonly<Record<string, string>> = {
    'warning': 'un avertissement',
    'formal warning': 'un avertissement formel',
    'referral to the deciding authority': 'un renvoi devant l\'autorité de décision',
    'revocation': 'la révocation',
    'modification': 'la modification',
    'additional requirements': 'des obligations supplémentaires',
    'additional requirement': 'une obligation supplémentaire',
    'imprisonment': 'l\'emprisonnement',
    'fine': 'une amende',
    'recall to prison': 'la réincarcération',
    'a report to the court': 'un rapport à la juridiction',
    'a written report to the court': 'un rapport écrit à la juridiction',
    'a report to the deciding authority': 'un rapport à l\'autorité de décision',
    'a written report to the deciding authority': 'un rapport écrit à l\'autorité de décision'
};

function consequence(english: string): string {
    return CONSEQUENCES[english.replace(/\s+/g, ' ').trim()] ?? english;
}

/** "revocation and imprisonment" (the consequences a fix drops, joined by " and "): « la révocation et l'emprisonnement ». */
function consequences(english: string): string {
    return joinListFr(listParts(english).map(consequence));
}

/** English, French and German under any of their names; other languages by their English name. */
const LANGUAGES: Readonly<Record<string, string>> = {
    en: 'anglais', fr: 'français', de: 'allemand',
    english: 'anglais', french: 'français', german: 'allemand', polish: 'polonais', spanish: 'espagnol',
    italian: 'italien', portuguese: 'portugais', dutch: 'néerlandais', romanian: 'roumain', russian: 'russe',
    ukrainian: 'ukrainien', turkish: 'turc', arabic: 'arabe', albanian: 'albanais', lithuanian: 'lituanien',
    latvian: 'letton', estonian: 'estonien', czech: 'tchèque', slovak: 'slovaque', hungarian: 'hongrois',
    bulgarian: 'bulgare', greek: 'grec', serbian: 'serbe', croatian: 'croate', bosnian: 'bosnien',
    slovenian: 'slovène', swedish: 'suédois', danish: 'danois', norwegian: 'norvégien', finnish: 'finnois',
    welsh: 'gallois', irish: 'irlandais', chinese: 'chinois', mandarin: 'mandarin', cantonese: 'cantonais',
    japanese: 'japonais', korean: 'coréen', vietnamese: 'vietnamien', urdu: 'ourdou', punjabi: 'pendjabi',
    hindi: 'hindi', bengali: 'bengali', gujarati: 'gujarati', tamil: 'tamoul', farsi: 'persan', persian: 'persan',
    dari: 'dari', pashto: 'pachto', kurdish: 'kurde', somali: 'somali', tigrinya: 'tigrigna', amharic: 'amharique',
    lingala: 'lingala', swahili: 'swahili', italiano: 'italien', español: 'espagnol', polski: 'polonais',
    français: 'français', francais: 'français', française: 'français', deutsch: 'allemand', anglais: 'anglais', allemand: 'allemand'
};

/** The French name of a language the drafter wrote ("Polish", "fr", "Deutsch"), or undefined for one not listed. */
function knownLanguage(name: string): string | undefined {
    const key = name.trim().toLowerCase();
    return LANGUAGES[key] ?? LANGUAGES[key.split(/[-_]/)[0]!];
}

/** A language name in French prose ("polonais"); a name not listed stays as written. */
function language(name: string): string {
    return knownLanguage(name) ?? name;
}

/** A language in French with its article, "le polonais", "l'anglais"; a name not listed stays as written, without one. */
function withArticle(name: string): string {
    const french = knownLanguage(name);
    if (!french) {
        return name;
    }
    return /^[aeiouyéh]/.test(french) && !french.startsWith('hongrois') ? `l'${french}` : `le ${french}`;
}

/** "Polish and English" (joinList) after "en": « polonais et en anglais » (the message writes the first "en"). */
function inLanguages(english: string): string {
    return listParts(english).map(language).reduce((text, next, i, all) => i === 0 ? next : `${text}${i === all.length - 1 ? ' et' : ','} en ${next}`, '');
}

/** "Polish and English" as what the person understands: « le polonais et l'anglais ». */
function languagesUnderstood(english: string): string {
    return joinListFr(listParts(english).map(withArticle));
}

/** missing-hearing: what the hearing lacks, after "ne donne pas à la personne". */
const MISSING: Readonly<Record<string, string>> = {
    'legal assistance': 'l\'assistance d\'un avocat',
    'access to the documents': 'l\'accès aux pièces',
    'legal assistance or access to the documents': 'l\'assistance d\'un avocat ni l\'accès aux pièces'
};

/** missing-hearing: the safeguard wording takes away, after "prive la personne". */
const SAFEGUARDS: Readonly<Record<string, string>> = {
    'a hearing': 'd\'une audition',
    'legal assistance': 'de l\'assistance d\'un avocat',
    'access to the documents': 'de l\'accès aux pièces'
};

/** conditional-release: the order's form (OrderForm, `probation` named "probation order"), as "L'ordonnance est …". */
const FORMS: Readonly<Record<string, string>> = {
    'community order': 'une peine appliquée dans la communauté',
    'suspended sentence': 'une peine avec sursis',
    'probation order': 'une mesure de probation',
    'pre-trial measure': 'une mesure avant jugement',
    'deferred sentence': 'un ajournement du prononcé de la peine'
};

/** extension-without-review: "curfew requirement" or "condition"; after "The" when a template brought it in. */
function extendable(english: string, data: Record<string, unknown>): string {
    const viaTemplate = data['template'] !== undefined;
    const kind = /^(.+) requirement$/.exec(english)?.[1];
    if (kind) {
        return `${viaTemplate ? 'L\'obligation' : 'Cette obligation'} « ${kind} »`;
    }
    return english === 'condition' ? (viaTemplate ? 'La condition' : 'Cette condition') : english;
}

/**
 * treatment-without-consent: the measure as the subject of the sentence ("This drug treatment
 * requirement", "The condition brought in by 'x', which requires treatment ("…"),"); all are feminine
 * in French, which the messages' participles rely on.
 */
function treatmentSubject(english: string): string {
    return capitalised(fr(english).replace(/, which requires treatment \(/g, ', qui impose un traitement ('));
}

/** The law a profile names (its `jurisdiction`), as the subject "le droit allemand exige …". */
const LAWS: Readonly<Record<string, string>> = {
    'England and Wales': 'le droit d\'Angleterre et du pays de Galles',
    'France': 'le droit français',
    'Germany': 'le droit allemand'
};

function law(jurisdiction: string): string {
    return LAWS[jurisdiction] ?? `le droit de ${fr(jurisdiction)}`;
}

/** A profile's citation (profiles/index.ts citationOf): the statute as written, "unverified" in French. */
function statute(english: string): string {
    return english.replace(/, unverified$/, ', non vérifié');
}

/** The cases a profile says the law requires consent in (lower-cased, without the full stop). */
const CONDITIONS: Readonly<Record<string, string>> = {
    'when the direction is to undergo a withdrawal treatment (Entziehungskur) or a treatment involving a bodily intervention':
        'lorsque la règle de conduite impose une cure de désintoxication (Entziehungskur) ou un traitement comportant une intervention corporelle',
    'when the treatment involves a bodily intervention': 'lorsque le traitement comporte une intervention corporelle',
    'when the checks involve a bodily intervention (for example a blood sample)':
        'lorsque les contrôles comportent une intervention corporelle (par exemple une prise de sang)',
    'only to live in a suitable home or institution; a direction on where to live otherwise needs no consent':
        'seulement pour résider dans un foyer ou un établissement adapté ; une autre règle de conduite sur le lieu de résidence ne requiert aucun consentement'
};

/** missing-seriousness: a level (`moderate`), in French with the keyword the fix writes. */
const LEVELS: Readonly<Record<string, string>> = {
    'minor': '« minor » (mineure)',
    'moderate': '« moderate » (moyenne)',
    'serious': '« serious » (grave)',
    'very serious': '« very serious » (très grave)'
};

function lookup(table: Readonly<Record<string, string>>): (english: string) => string {
    return english => table[english] ?? english;
}

// ---------------------------------------------------------------------------------------------
// The checks
// ---------------------------------------------------------------------------------------------

const RULE_25 = 'la Règle 25 donne à la personne le droit de contester la décision devant une autorité judiciaire';
const RULE_61 = 'la Règle 61 donne à la personne une information claire sur la mesure, son but et ses conditions, dans une langue qu\'elle comprend';
const RULE_61_ASKS = 'la Règle 61 demande que la personne soit informée dans une langue qu\'elle comprend';
const RULE_61_WRITING = 'la Règle 61 donne à la personne cette information par écrit lorsque c\'est nécessaire';
const RULE_69 = 'la Règle 69 donne à la personne, avant une modification ou une révocation, la possibilité de consulter les pièces et de présenter sa défense, ainsi que le droit à l\'assistance d\'un avocat';
const RULE_15_62 = 'la Règle 15 demande que les conséquences de l\'inobservation soient énoncées aussi clairement que les conditions, et la Règle 62 donne à la personne le droit de les connaître';
const BREACH_LINES = '`minor non-compliance leads to a warning.` et `significant non-compliance leads to referral to the deciding authority.`';
const RULE_64 = 'la Règle 64 demande qu\'ils soient traités rapidement, par une appréciation au cas par cas ou par une procédure administrative';
const RULE_12_67 = 'la Règle 12 déconseille de convertir automatiquement une sanction en emprisonnement, et la Règle 67 réserve la révocation à une autorité de décision, après un examen approfondi des faits';
const RULE_12_RECALL = 'la Règle 12 ne laisse la réincarcération possible qu\'en cas de libération conditionnelle d\'une peine de prison';
const REFER = '`significant non-compliance leads to referral to the deciding authority.`';
const RULE_23 = 'la Règle 23 demande qu\'une sanction prolongeable soit réexaminée régulièrement par l\'autorité de décision';
const RULE_14 = 'la Règle 14 confie à la loi le soin de régir les sanctions et mesures qui existent, leur durée et leurs modalités d\'exécution, et la citer permet à la personne de vérifier l\'ordonnance au regard de celle-ci';
const RULES_3_22 = 'les Règles 3 et 22 donnent à la personne une ordonnance dont les exigences et la durée correspondent à la gravité de l\'infraction, ce qu\'aucun lecteur ne peut vérifier sans elle';
const CONSENT_EXAMPLE = 'p. ex. `consent informed and explicit, given on 2026-03-10`';
const RULE_5 = 'la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur le consentement libre et éclairé de la personne';
const RULE_5_SHORT = 'la Règle 5 demande que le traitement respecte les normes éthiques adoptées au niveau international, qui reposent sur un consentement libre et éclairé';
const RULE_57 = 'la Règle 57 demande que le consentement, lorsqu\'il est requis, soit éclairé et exprès';
const REFUSED = '{{subject}} est imposée bien que le refus de consentement de la personne soit consigné';

/** French texts of the checks of group A (see index.ts for which checks each group holds). */
export const GROUP_A: TranslationGroup = {
    checks: {
        'missing-appeal-right': {
            title: 'Aucune voie de recours indiquée',
            messages: {
                noRights: `L'ordonnance n'énonce aucun droit et n'indique donc pas à la personne comment former un recours ; ${RULE_25} : envisagez d'ajouter \`rights:\` avec une ligne telle que \`appeal to "Crown Court" within 28 days.\``,
                noAppeal: `Les droits énoncés dans l'ordonnance n'indiquent pas comment former un recours ; ${RULE_25} : envisagez d'ajouter une ligne telle que \`appeal to "Crown Court" within 28 days.\``
            }
        },
        'missing-complaint-route': {
            title: 'Aucune voie de plainte indiquée',
            messages: {
                noComplaintRoute: 'L\'ordonnance n\'indique pas où la personne peut se plaindre de la manière dont elle est exécutée ; la Règle 93 lui ouvre une voie de plainte impartiale et simple contre ce que l\'autorité chargée de l\'exécution décide ou omet de décider, et la Règle 28 demande qu\'elle soit informée de ses droits : envisagez de l\'indiquer, p. ex. `complaints to "Probation Service complaints team".`'
            }
        },
        'missing-language': {
            title: 'Aucune langue comprise par la personne, ou aucune notification écrite',
            messages: {
                noLanguage: `L'ordonnance n'indique pas quelle langue la personne comprend ; ${RULE_61} : envisagez de l'indiquer, p. ex. \`person "{{name}}", understands Polish.\``,
                noPerson: `L'ordonnance ne nomme aucune personne, ni donc aucune langue qu'elle comprend ; ${RULE_61} : envisagez d'ajouter la personne, p. ex. \`person "A. Nowak", understands Polish.\``,
                noNotice: 'L\'ordonnance n\'indique pas que la personne en reçoit notification dans une langue qu\'elle comprend ; la Règle 61 lui donne cette information avant le début de l\'exécution, par écrit lorsque c\'est nécessaire : envisagez de l\'indiquer dans les droits, p. ex. `notice in {{language}}, in writing.`',
                notUnderstood: `La notification est faite en {{given}}, alors que l'ordonnance indique seulement que la personne comprend {{understood}} ; ${RULE_61_ASKS} : faites-la dans l'une de ses langues, p. ex. \`notice in {{language}}, in writing.\``,
                interpreterOther: `La personne a besoin d'un interprète, mais la notification n'est faite qu'en {{written}}, la langue dans laquelle l'ordonnance est rédigée ; ${RULE_61_ASKS} : faites-la aussi en {{other}}, p. ex. \`notice in {{writtenAs}} and {{otherAs}}, in writing.\``,
                interpreterUnnamed: `La personne a besoin d'un interprète, mais la notification n'est faite qu'en {{written}}, la langue dans laquelle l'ordonnance est rédigée ; ${RULE_61_ASKS} : indiquez la langue dans laquelle elle lui est faite, p. ex. \`notice in {{writtenAs}} and Polish, in writing.\``,
                writingInterpreter: `L'ordonnance n'indique pas que la notification est faite par écrit, et la personne a besoin d'un interprète, si bien que l'ordonnance elle-même ne lui fournit aucune information écrite qu'elle puisse lire ; ${RULE_61_WRITING} : envisagez de l'indiquer, p. ex. \`notice in {{language}}, in writing.\``,
                writingUnreadable: `L'ordonnance n'indique pas que la notification est faite par écrit, et elle est rédigée en {{written}} sans que rien n'indique que la personne comprenne cette langue, si bien que l'ordonnance elle-même ne lui fournit aucune information écrite qu'elle puisse lire ; ${RULE_61_WRITING} : envisagez de l'indiquer, p. ex. \`notice in {{language}}, in writing.\``,
                writing: `L'ordonnance n'indique pas si la notification est faite par écrit ; ${RULE_61_WRITING} : envisagez de l'indiquer, p. ex. \`notice in {{language}}, in writing.\``
            },
            // `language`, `writtenAs` and `otherAs` go into syntax and stay as the drafter wrote them.
            values: { given: inLanguages, understood: languagesUnderstood, written: language, other: language }
        },
        'missing-hearing': {
            title: 'Modification ou révocation sans audition équitable',
            messages: {
                noHearing: `L'inobservation peut entraîner {{consequence}}, et l'ordonnance n'indique pas que la personne est entendue au préalable ; ${RULE_69} : envisagez de l'indiquer, p. ex. \`{{hearing}}\``,
                incomplete: `L'audition que prévoit l'ordonnance ne donne pas à la personne {{missing}} ; ${RULE_69} : envisagez de l'indiquer, p. ex. \`{{hearing}}\``,
                excluded: '"{{phrase}}" prive la personne {{safeguard}} avant que la mesure soit modifiée ou révoquée ; la Règle 69 donne à la personne la possibilité de consulter les pièces et de présenter sa défense au préalable, ainsi que le droit à l\'assistance d\'un avocat : reformulez ce passage, et indiquez `{{hearing}}`'
            },
            values: { consequence, missing: lookup(MISSING), safeguard: lookup(SAFEGUARDS) }
        },
        'missing-breach-consequences': {
            title: 'Conséquences de l\'inobservation non indiquées',
            messages: {
                noSection: `L'ordonnance n'indique pas ce qui se passe si la personne ne respecte pas ses obligations ; ${RULE_15_62} : envisagez de les indiquer, p. ex. \`on breach:\` avec ${BREACH_LINES}`,
                noConsequence: `La section des manquements n'indique aucune conséquence de l'inobservation ; ${RULE_15_62} : envisagez de les indiquer, p. ex. ${BREACH_LINES}`,
                minorOnly: 'La section des manquements n\'indique que ce qu\'entraîne une inobservation mineure ; la Règle 62 donne à la personne le droit de savoir quand l\'inobservation peut la ramener devant l\'autorité de décision : envisagez de l\'indiquer, p. ex. `significant non-compliance leads to referral to the deciding authority.`'
            }
        },
        'missing-compliance-credit': {
            title: 'Temps d\'exécution accompli non pris en compte',
            messages: {
                noCreditOnCustody: 'L\'inobservation peut entraîner {{consequence}}, et l\'ordonnance n\'indique pas que le temps pendant lequel la personne a respecté ses obligations est pris en compte ; la Règle 70 dit qu\'un respect satisfaisant devrait être déduit de la durée de toute peine de prison : envisagez de l\'indiquer, p. ex. `credit for time complied.`',
                noCreditOnRevocation: 'L\'inobservation peut entraîner {{consequence}}, et l\'ordonnance n\'indique pas que le temps pendant lequel la personne a respecté ses obligations est pris en compte ; la Règle 70 demande que, lorsqu\'une révocation est envisagée, il soit tenu compte de la mesure dans laquelle la personne a respecté ses obligations et de la manière dont elle l\'a fait : envisagez de l\'indiquer, p. ex. `credit for time complied.`',
                creditDenied: 'L\'ordonnance refuse de prendre en compte le temps d\'exécution accompli, alors que l\'inobservation peut entraîner {{consequence}} ; la Règle 70 demande que le respect des obligations soit pris en compte lorsqu\'une révocation est envisagée, et dit qu\'un respect satisfaisant devrait être déduit de la durée de toute peine de prison : écrivez plutôt `credit for time complied.`'
            },
            values: { consequence }
        },
        'minor-breach-escalation': {
            title: 'Inobservation mineure sanctionnée par la révocation ou l\'emprisonnement',
            messages: {
                minor: `Une inobservation mineure entraîne {{consequence}}, ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; ${RULE_64} : écrivez \`minor non-compliance leads to a formal warning.\`, et réservez {{consequence}} à l'inobservation importante`,
                any: `Toute inobservation, même mineure, entraîne {{consequence}}, ce qui soumet de petits manquements à la procédure qui met fin à la mesure ; ${RULE_64} : écrivez à côté \`minor non-compliance leads to a formal warning.\`, ou réservez {{consequence}} à l'inobservation importante`
            },
            values: { consequence }
        },
        'automatic-imprisonment': {
            title: 'Manquement converti en emprisonnement sans décision',
            messages: {
                automatic: `La règle de manquement fait suivre automatiquement l'inobservation d'un emprisonnement ; ${RULE_12_67} : écrivez \`{{level}} non-compliance leads to referral to the deciding authority.\``,
                direct: `La règle de manquement envoie la personne en prison sans que l'autorité de décision statue entre-temps ; ${RULE_12_67} : écrivez \`{{level}} non-compliance leads to referral to the deciding authority.\``,
                wording: `"{{phrase}}" fait suivre l'inobservation d'une incarcération sans décision ; ${RULE_12_67} : écrivez ${REFER}`
            }
        },
        'conditional-release': {
            title: 'Réincarcération hors libération conditionnelle',
            messages: {
                recall: `L'ordonnance est {{form}}, qui ne libère personne de prison, et pourtant {{phrase}} traite la personne comme libérée de prison ; ${RULE_12_RECALL} : écrivez ${REFER}`,
                recallUnstated: `L'ordonnance n'indique pas qu'il s'agit d'une libération conditionnelle, et pourtant {{phrase}} renvoie la personne en prison ; ${RULE_12_RECALL} : si la personne a été libérée de prison de manière anticipée, écrivez \`{{header}}\` ; sinon, écrivez ${REFER}`,
                templateRecall: `L'ordonnance est {{form}}, qui ne libère personne de prison, et pourtant la condition apportée par '{{template}}' parle de {{phrase}}, traitant ainsi la personne comme libérée de prison ; ${RULE_12_RECALL} : appliquez un modèle qui n'en parle pas, et écrivez ${REFER}`,
                templateRecallUnstated: `L'ordonnance n'indique pas qu'il s'agit d'une libération conditionnelle, et pourtant la condition apportée par '{{template}}' parle de {{phrase}}, ce qui renvoie la personne en prison ; ${RULE_12_RECALL} : si la personne a été libérée de prison de manière anticipée, écrivez \`{{header}}\` ; sinon, appliquez un modèle qui n'en parle pas`
            },
            values: { form: lookup(FORMS), phrase: consequence }
        },
        'no-early-termination': {
            title: 'Aucune possibilité de fin anticipée',
            messages: {
                noEarlyTermination: 'L\'ordonnance n\'indique pas qu\'il peut y être mis fin de manière anticipée ; la Règle 72 donne à la personne la possibilité d\'une fin anticipée décidée par l\'autorité de décision une fois qu\'elle a respecté ses conditions et que celles-ci ne servent plus leur but, et lui permet de la demander : envisagez de l\'indiquer, p. ex. `{{line}}`'
            }
        },
        'extension-without-review': {
            title: 'Durée prolongeable sans réexamen',
            messages: {
                orderWithoutReview: `L'ordonnance peut être prolongée mais ne prévoit aucun réexamen régulier, si bien que rien ne permet de vérifier si la prolongation reste nécessaire ; ${RULE_23} : indiquez à quel intervalle, p. ex. \`in force for 12 months, extendable by up to 6 months, reviewed every 3 months.\``,
                measureWithoutReview: `{{measure}} peut être prolongée, et ni elle ni l'ordonnance ne prévoient de réexamen régulier ; ${RULE_23} : indiquez à quel intervalle, p. ex. \`extendable by up to 1 month, reviewed every 1 month\``,
                templateMeasureWithoutReview: `{{measure}} apportée par '{{template}}' peut être prolongée, et ni elle ni l'ordonnance ne prévoient de réexamen régulier ; ${RULE_23} : indiquez à quel intervalle l'ordonnance est réexaminée, p. ex. \`in force for 12 months, reviewed every 3 months.\``
            },
            values: { measure: extendable }
        },
        'missing-authority': {
            title: 'Autorité de décision ou d\'exécution non nommée',
            messages: {
                noDecidingAuthority: 'L\'ordonnance n\'indique pas son autorité de décision ; la Règle 16 confie à la loi le soin de désigner les autorités qui prononcent, modifient et révoquent une sanction ou une mesure, et nommer celle qui a statué permet à la personne de savoir qui peut modifier l\'ordonnance : envisagez de l\'indiquer, p. ex. `decided by "Exeter Crown Court".`',
                noImplementingAuthority: 'L\'ordonnance n\'indique pas l\'autorité chargée de son exécution ; la Règle 17 confie à la loi le soin de désigner les autorités qui exécutent les sanctions et mesures, et nommer celle qui intervient permet à la personne de savoir qui exécute l\'ordonnance : envisagez de l\'indiquer, p. ex. `implemented by "Probation Service, South West region".`'
            }
        },
        'missing-legal-basis': {
            title: 'Aucune base légale indiquée',
            messages: {
                noLegalBasis: `L'ordonnance n'indique pas la loi en vertu de laquelle elle est rendue ; ${RULE_14} : envisagez de l'indiquer, p. ex. \`under "Sentencing Act 2020, section 200".\``,
                emptyLegalBasis: `La base légale de l'ordonnance ne nomme aucune loi ; ${RULE_14} : envisagez de nommer la loi et la disposition, p. ex. \`under "Sentencing Act 2020, section 200".\``
            }
        },
        'missing-seriousness': {
            title: 'Gravité de l\'infraction non indiquée',
            messages: {
                noOffence: `L'ordonnance n'indique ni l'infraction ni sa gravité ; ${RULES_3_22} : envisagez de l'indiquer, p. ex. \`offence "Criminal damage", seriousness moderate.\``,
                noSeriousness: `L'ordonnance n'indique pas la gravité de l'infraction {{offence}} ; ${RULES_3_22} : envisagez de l'indiquer, p. ex. \`offence {{offence}}, seriousness moderate.\``
            }
        },
        'suspect-without-consent': {
            title: 'Mesure imposée à un suspect sans son consentement',
            messages: {
                noConsent: 'L\'ordonnance ne consigne aucun consentement {{who}} à la mesure ; la Règle 59 demande que le consentement d\'un suspect soit obtenu avant qu\'une mesure lui soit imposée avant le jugement ou à la place d\'une décision sur la peine, sauf disposition contraire de la loi : consignez-le, p. ex. `consent given on 2026-02-02, in writing.`, ou citez la loi qui en dispose autrement, p. ex. `under "Code de procédure pénale, article 138".`',
                refused: 'L\'ordonnance impose la mesure bien que le refus de consentement {{who}} soit consigné ; la Règle 59 demande que le consentement d\'un suspect soit obtenu au préalable, sauf disposition contraire de la loi : citez la loi qui permet la mesure sans consentement, p. ex. `under "Code de procédure pénale, article 138".`, ou consignez le consentement s\'il est donné plus tard, p. ex. `consent given on 2026-02-02, in writing.`'
            },
            values: { who: lookup({ suspect: 'du suspect', person: 'de la personne' }) }
        },
        'treatment-without-consent': {
            title: 'Traitement sans consentement éclairé et exprès',
            messages: {
                noConsent: `{{subject}} ne s'accompagne d'aucun consentement consigné ; ${RULE_5}, et la Règle 57 que le consentement, lorsqu'il est requis, soit éclairé et exprès : consignez-le, ${CONSENT_EXAMPLE}`,
                noConsentRequired: `{{subject}} ne s'accompagne d'aucun consentement consigné, et {{jurisdiction}} exige le consentement de la personne ({{statute}}) ; la Règle 57 demande que ce consentement soit éclairé et exprès : consignez-le, ${CONSENT_EXAMPLE}`,
                noConsentWillingness: `{{subject}} ne s'accompagne d'aucun consentement consigné, et {{jurisdiction}} exige que la personne ait exprimé sa volonté de s'y conformer ({{statute}}) ; ${RULE_57} : consignez-le, ${CONSENT_EXAMPLE}`,
                noConsentConditional: `{{subject}} ne s'accompagne d'aucun consentement consigné ; {{jurisdiction}} exige le consentement de la personne {{condition}} ({{statute}}), et la Règle 57 demande que ce consentement soit éclairé et exprès : si c'est le cas ici, consignez-le, ${CONSENT_EXAMPLE}`,
                noConsentNotRequired: `{{subject}} ne s'accompagne d'aucun consentement consigné ; {{jurisdiction}} n'exige pas de consentement ({{statute}}), mais ${RULE_5} : envisagez de le consigner, ${CONSENT_EXAMPLE}`,
                refused: `${REFUSED} ; ${RULE_5} : vérifiez si le droit applicable à l'ordonnance fait du consentement une condition, et envisagez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, ${CONSENT_EXAMPLE}`,
                refusedRequired: `${REFUSED}, et {{jurisdiction}} exige son consentement ({{statute}}) ; ${RULE_5_SHORT} : choisissez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, ${CONSENT_EXAMPLE}`,
                refusedWillingness: `${REFUSED}, et {{jurisdiction}} exige que la personne ait exprimé sa volonté de s'y conformer ({{statute}}) ; ${RULE_5_SHORT} : choisissez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, ${CONSENT_EXAMPLE}`,
                refusedConditional: `${REFUSED} ; {{jurisdiction}} exige son consentement {{condition}} ({{statute}}), et ${RULE_5_SHORT} : si c'est le cas ici, choisissez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, ${CONSENT_EXAMPLE}`,
                refusedNotRequired: `${REFUSED} ; {{jurisdiction}} n'exige pas de consentement ({{statute}}), mais ${RULE_5_SHORT} : envisagez une obligation que la personne accepte, ou consignez son consentement si elle le donne plus tard, ${CONSENT_EXAMPLE}`,
                partial: `{{subject}} repose sur un consentement consigné comme donné, mais non comme {{lacking}} ; ${RULE_57} : si c'était le cas, indiquez-le, ${CONSENT_EXAMPLE}`
            },
            values: {
                subject: treatmentSubject,
                jurisdiction: law,
                statute,
                condition: lookup(CONDITIONS),
                lacking: lookup({ 'informed': 'éclairé', 'explicit': 'exprès', 'informed and explicit': 'éclairé et exprès' })
            }
        }
    },
    fixTitles: [
        // missing-appeal-right, missing-complaint-route
        { en: 'Add an appeal line to the rights (name the court and check the time limit)', text: 'Ajouter une voie de recours aux droits (nommez la juridiction et vérifiez le délai)' },
        { en: 'Add a rights block with an appeal line (name the court and check the time limit)', text: 'Ajouter une section des droits avec une voie de recours (nommez la juridiction et vérifiez le délai)' },
        { en: 'Name where complaints go (check the body)', text: 'Indiquer où adresser les plaintes (vérifiez l\'organisme)' },
        // missing-language
        { en: 'Give notice in {{language}}, in writing (check it was given)', text: 'Notifier en {{language}}, par écrit (vérifiez que la notification a été faite)', values: { language } },
        { en: 'Give the notice in {{language}} too (check it was given)', text: 'Faire aussi la notification en {{language}} (vérifiez qu\'elle a été faite)', values: { language } },
        { en: 'Give the notice in writing', text: 'Faire la notification par écrit' },
        // missing-hearing
        { en: 'Add a hearing with legal assistance and access to the documents', text: 'Ajouter une audition avec l\'assistance d\'un avocat et l\'accès aux pièces' },
        { en: 'Give the hearing legal assistance and access to the documents', text: 'Prévoir pour l\'audition l\'assistance d\'un avocat et l\'accès aux pièces' },
        // missing-breach-consequences
        { en: 'Add a breach section (check the consequences)', text: 'Ajouter une section des manquements (vérifiez les conséquences)' },
        { en: 'State the consequences of non-compliance (check them)', text: 'Indiquer les conséquences de l\'inobservation (vérifiez-les)' },
        { en: 'Say what significant non-compliance leads to (check it)', text: 'Indiquer ce qu\'entraîne une inobservation importante (vérifiez-le)' },
        // missing-compliance-credit
        { en: 'Give credit for time complied', text: 'Prendre en compte le temps d\'exécution accompli' },
        // minor-breach-escalation
        { en: 'Deal with minor non-compliance by a formal warning', text: 'Traiter l\'inobservation mineure par un avertissement formel' },
        { en: 'Remove {{dropped}} for minor non-compliance', text: 'Supprimer {{dropped}} en cas d\'inobservation mineure', values: { dropped: consequences } },
        // automatic-imprisonment, conditional-release
        { en: 'Refer the breach to the deciding authority instead', text: 'Renvoyer plutôt le manquement à l\'autorité de décision' },
        { en: 'Remove the imprisonment', text: 'Supprimer l\'emprisonnement' },
        { en: 'Remove the recall to prison', text: 'Supprimer la réincarcération' },
        { en: 'Let the deciding authority revoke instead', text: 'Laisser plutôt l\'autorité de décision révoquer la mesure' },
        { en: 'State that the order is a conditional release (only if the person was released from prison)', text: 'Indiquer que l\'ordonnance est une libération conditionnelle (seulement si la personne a été libérée de prison)' },
        // no-early-termination
        { en: 'Say how the order can be ended early (check the authority and the period)', text: 'Indiquer comment il peut être mis fin à l\'ordonnance de manière anticipée (vérifiez l\'autorité et le délai)' },
        // extension-without-review
        { en: 'Add a review interval (", reviewed every 6 months"; set the real interval)', text: 'Ajouter un intervalle de réexamen (", reviewed every 6 months" ; indiquez l\'intervalle réel)' },
        { en: 'Add a review interval to the order (", reviewed every 6 months"; set the real interval)', text: 'Ajouter un intervalle de réexamen à l\'ordonnance (", reviewed every 6 months" ; indiquez l\'intervalle réel)' },
        // missing-authority, missing-legal-basis
        { en: 'Name the deciding authority', text: 'Nommer l\'autorité de décision' },
        { en: 'Name the implementing authority', text: 'Nommer l\'autorité chargée de l\'exécution' },
        { en: 'Cite the law the order is made under', text: 'Citer la loi en vertu de laquelle l\'ordonnance est rendue' },
        // missing-seriousness
        { en: 'State the offence\'s seriousness as {{level}}', text: 'Indiquer la gravité de l\'infraction : {{level}}', values: { level: lookup(LEVELS) } },
        { en: 'Add the offence, of {{level}} seriousness (then describe it)', text: 'Ajouter l\'infraction, de gravité {{level}}, puis la décrire', values: { level: lookup(LEVELS) } },
        // suspect-without-consent, treatment-without-consent
        { en: 'Record the suspect\'s consent (check that it was given, and the date)', text: 'Consigner le consentement du suspect (vérifiez qu\'il a été donné, et la date)' },
        { en: 'Record informed and explicit consent in the order (check the date)', text: 'Consigner dans l\'ordonnance un consentement éclairé et exprès (vérifiez la date)' },
        { en: 'Record informed and explicit consent (check the date)', text: 'Consigner un consentement éclairé et exprès (vérifiez la date)' },
        { en: 'Record the consent as informed and explicit (check that it was)', text: 'Consigner le consentement comme éclairé et exprès (vérifiez qu\'il l\'était)' }
    ]
};
