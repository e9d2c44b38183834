import type { TranslationGroup } from './group.js';
import { fr, joinListFr } from './terms.js';

/*
 * Group D: the clarity of conditions. Most findings come from the text analysis
 * (validation/clarity/), whatever the language of the condition (English, French or
 * German): the phrase at fault is quoted as written, the examples of what to write are code in
 * backticks and stay as the English writes them; what the analysis builds in English (who a
 * delegation hands the decision to, the name of a duty, the slots a requirement lacks) is put
 * into French by the adapters below.
 */

const RULE_15 = 'la Règle 15 demande que les conditions soient claires et explicites';
const RULES_15_71 = `${RULE_15}, et la Règle 71 laisse à l'autorité de décision le soin de les modifier`;

// ---------------------------------------------------------------------------------------------
// unbounded-discretion
// ---------------------------------------------------------------------------------------------

/** Who a delegation hands the decision to (analyse.ts RECIPIENTS and delegate()), as the subject of "décider". */
const RECIPIENTS: Readonly<Record<string, string>> = {
    'the court': 'la juridiction',
    'the provider': 'le prestataire',
    'the supervisor': 'l\'agent de probation',
    'the service': 'le service',
    'someone else': 'quelqu\'un d\'autre'
};

function recipient(english: string): string {
    return RECIPIENTS[english] ?? fr(english);
}

// ---------------------------------------------------------------------------------------------
// missing-parameters
// ---------------------------------------------------------------------------------------------

/**
 * The slots a requirement or a free-text duty lacks, with their article (the labels of
 * model/requirement-kinds.ts SLOT_SYNTAX and of analyse.ts TEXT_SLOTS).
 */
const SLOTS: Readonly<Record<string, string>> = {
    'number of hours': 'le nombre d\'heures',
    'completion period': 'le délai d\'exécution',
    'address or place': 'l\'adresse ou le lieu',
    'daily hours': 'les horaires quotidiens',
    'days of the week': 'les jours de la semaine',
    'frequency': 'la fréquence',
    'what is monitored': 'ce qui est surveillé',
    'area': 'la zone',
    'provider': 'le prestataire',
    'setting': 'le cadre',
    'number of sessions or days': 'le nombre de séances ou de jours',
    'person or class of persons': 'la personne ou la catégorie de personnes',
    'destination': 'la destination',
    'amount': 'le montant',
    'description': 'la description',
    'consent record': 'le consentement consigné',
    'victim involvement': 'la participation de la victime',
    'duration': 'la durée',
    'extension': 'la prolongation',
    'review interval': 'l\'intervalle de réexamen',
    'named programme or provider': 'le nom du programme ou du prestataire',
    'place or means of reporting': 'le lieu ou le mode de présentation'
};

function slot(label: string): string {
    return SLOTS[label] ?? `« ${label} »`;
}

/** "address or place and daily hours" (joinList of labels; no label has a comma or an "and"): "l'adresse ou le lieu et les horaires quotidiens". */
function slotList(english: string): string {
    return joinListFr(english.split(/, | and /).map(slot));
}

/**
 * What a requirement states or gets no value for. After "n'indique": "no daily hours" is "pas les
 * horaires quotidiens", "no address or place and no daily hours" "ni l'adresse ou le lieu ni les
 * horaires quotidiens". Without the "no"s (the `unbound` message), the list itself.
 */
function missingSlots(english: string): string {
    if (!/^no /.test(english)) {
        return slotList(english);
    }
    const labels = english.split(/, (?=no )| and (?=no )/).map(part => slot(part.replace(/^no /, '')));
    return labels.length === 1 ? `pas ${labels[0]}` : labels.map(label => `ni ${label}`).join(' ');
}

/** "This curfew", "This no contact requirement": the kind's keyword, in « » after "Cette obligation". */
function kindKeyword(english: string): string {
    return english.replace(/ requirement$/, '');
}

/** A free-text duty (vocabulary/frames.json labels), with its demonstrative, opening the sentence. */
const DUTIES: Readonly<Record<string, string>> = {
    'curfew': 'Ce couvre-feu',
    'residence requirement': 'Cette obligation de résidence',
    'reporting duty': 'Cette obligation de se présenter',
    'duty to receive visits': 'Cette obligation de recevoir des visites',
    'supervision': 'Cette obligation de suivi',
    'unpaid work': 'Ce travail non rémunéré',
    'programme': 'Ce programme',
    'treatment': 'Ce traitement',
    'activity requirement': 'Cette obligation de participer à des activités',
    'electronic monitoring': 'Cette surveillance électronique',
    'compensation': 'Cette indemnisation'
};

function duty(english: string): string {
    return DUTIES[english] ?? `Cette obligation « ${english} »`;
}

/** French texts of the checks of group D (see index.ts for which checks each group holds). */
export const GROUP_D: TranslationGroup = {
    checks: {
        'vague-term': {
            title: 'Formulation vague dans une condition',
            messages: {
                judgement: `"{{phrase}}" est un jugement de valeur, non un acte défini, si bien que la personne ne peut pas savoir à l'avance ce qui constitue un manquement ; ${RULE_15} : dites ce que la personne doit faire ou ne pas faire, p. ex. \`Do not contact Sarah Mills, directly or indirectly.\``,
                openTrigger: `"{{phrase}}" ne dit pas quand l'obligation s'applique ni qui en décide ; ${RULE_15} : indiquez l'événement ou la circonstance qui la déclenche, p. ex. \`when your officer gives you at least 48 hours' written notice\``,
                ownMeasure: `"{{phrase}}" laisse la personne juger de la part de l'obligation qu'elle remplit, si bien que tout ce qu'elle fait suffit ; ${RULE_15} : énoncez l'obligation entière, ou sa mesure, p. ex. \`Do not drink alcohol.\` ou \`at least 8 hours a week\``,
                noFrequency: `"{{phrase}}" n'indique aucune fréquence ; ${RULE_15} : dites à quelle fréquence, p. ex. \`once a week\``,
                noFrequencyOrEvent: `"{{phrase}}" ne fixe ni fréquence ni événement déclencheur ; ${RULE_15} : dites quand, p. ex. \`within 24 hours of any change\` ou \`every Monday\``,
                noLimit: `"{{phrase}}" ne fixe aucune limite ; ${RULE_15} : indiquez la quantité ou le nombre autorisé, p. ex. \`no more than 4 units a day\``,
                noThreshold: `"{{phrase}}" ne fixe aucun seuil, si bien que la personne ne peut pas savoir à partir de combien de fois c'est trop souvent ; ${RULE_15} : faites d'une seule visite un manquement, p. ex. \`enter or visit\`, ou dites à partir de combien de fois c'est trop souvent`,
                noHours: `"{{phrase}}" n'indique aucun horaire ; ${RULE_15} : donnez une heure de début et une heure de fin, p. ex. \`from 19:00 to 07:00\``,
                noNotice: `"{{phrase}}" ne fixe aucun délai de préavis ; ${RULE_15} : dites combien de temps avant, p. ex. \`at least 48 hours before\``,
                noExtent: `"{{phrase}}" n'indique ni distance, ni durée, ni limite ; ${RULE_15} : donnez un chiffre, une zone délimitée sur une carte ou les lieux par leur nom, p. ex. \`within 200 metres of 12 Acacia Road, Exeter\``,
                openList: `"{{phrase}}" laisse la liste ouverte ; ${RULE_15} : énumérez chaque élément, ou définissez la catégorie, p. ex. \`knives, axes and machetes\``,
                placeholder: `"{{phrase}}" est un champ à compléter resté dans le texte ; ${RULE_15} : remplacez-le par ce qu'il désigne, p. ex. \`12 Acacia Road, Exeter EX1 1AA\``,
                blank: `"{{phrase}}" est un blanc qui n'a jamais été rempli ; ${RULE_15} : nommez ce qu'il désigne dans l'ordonnance elle-même, p. ex. \`the Blue Moon bar, 4 Quay Street, Exeter\``,
                speculative: `"{{phrase}}" définit la catégorie par ce qui pourrait arriver ; ${RULE_15} : énumérez ce qui est visé, ou définissez-le, p. ex. \`any controlled drug within the meaning of the Misuse of Drugs Act 1971\``,
                undefinedObject: `"{{phrase}}" ne définit pas ce que vise l'interdiction, si bien que la personne ne peut pas savoir à l'avance quelles choses sont interdites ; ${RULE_15} : renvoyez à la loi qui les définit (\`any offensive weapon within the meaning of the Prevention of Crime Act 1953\`), énumérez-les (\`knives, axes and machetes\`), définissez-les par leur fonction et par ce que la personne sait (\`any article you know to be made for breaking into cars\`), ou nommez-les (\`any publication of the group "Northside Crew"\`)`
            }
        },
        'unbounded-discretion': {
            title: 'Pouvoir sans limite confié à l\'agent de probation',
            messages: {
                delegation: `"{{phrase}}" laisse {{who}} décider, sans limite, de ce que la personne doit faire, à quelle fréquence et pendant combien de temps ; ${RULES_15_71} : énoncez les conditions, ou encadrez la délégation, p. ex. \`not more than once a week and for no longer than 6 months\``,
                escape: `"{{phrase}}" laisse {{who}} remplacer les conditions énoncées ou en ajouter d'autres, sans limite ; ${RULES_15_71} : énoncez limitativement les horaires et les lieux, ou plafonnez les ajouts, p. ex. \`not more than once a week\``
            },
            values: { who: recipient }
        },
        'undefined-place-or-person': {
            title: 'Lieu ou personne défini seulement par une catégorie',
            messages: {
                people: `"{{phrase}}" est une catégorie de personnes, sans noms ni exigence de connaissance, si bien que la personne ne peut pas savoir qui est visé ; ${RULE_15} : nommez-les, ou limitez l'interdiction aux personnes dont elle sait qu'elles en font partie, p. ex. \`persons you know to be engaged in criminal activity\``,
                contactClass: `"{{phrase}}" est une catégorie de personnes sans exigence de connaissance, si bien que la personne ne peut pas savoir qui est visé ; ${RULE_15} : limitez l'interdiction aux personnes dont elle sait qu'elles en font partie, p. ex. \`with any person you know to be "a drug user"\``,
                movingPerson: `"{{phrase}}" dépend de l'endroit où se trouve quelqu'un d'autre, ce que la personne ne peut pas savoir ; ${RULE_15} : ajoutez une exigence de connaissance et ce qu'elle doit faire lorsqu'elle s'en rend compte, p. ex. \`Do not knowingly come within 100 metres of Ms Mills; if you become aware that you are, move away at once.\``,
                places: `"{{phrase}}" est une catégorie de lieux, sans liste, carte ni rayon, et sans exigence de connaissance ; ${RULE_15} : nommez les lieux ou indiquez-les sur une carte, ou limitez l'interdiction à ce que la personne sait, p. ex. \`places where you know drugs are sold\``,
                speculativePlaces: `"{{phrase}}" définit des lieux par ce qui pourrait s'y passer, sans liste, carte ni rayon ; ${RULE_15} : nommez-les ou indiquez-les sur une carte, p. ex. \`the area shown on the attached map\``,
                speculativePeople: `"{{phrase}}" définit des personnes par ce qu'elles pourraient faire, sans noms ni exigence de connaissance ; ${RULE_15} : nommez-les, ou limitez l'interdiction aux personnes dont la personne sait qu'elles en font partie, p. ex. \`any person you know to be supplying drugs\``,
                noBoundary: `"{{phrase}}" n'a pas de limite définie ; ${RULE_15} : donnez une carte, les rues qui en forment le périmètre ou un rayon, p. ex. \`the area bounded by William Street, Darlinghurst Road and Victoria Street\``
            }
        },
        'missing-parameters': {
            title: 'Obligation sans ses paramètres essentiels',
            messages: {
                requirement: `Cette obligation « {{kind}} » n'indique {{missing}} ; ${RULE_15} : ajoutez ce qui manque, p. ex. \`{{example}}\``,
                unbound: `Cette obligation « {{kind}} » du modèle '{{template}}' ne reçoit pas de valeur pour {{missing}} ; ${RULE_15} : donnez une valeur à {{parameters}}, p. ex. \`{{example}}\``,
                duty: `{{duty}} n'indique {{missing}} ; ${RULE_15} : ajoutez ce qui manque, p. ex. \`{{example}}\``,
                hoursRange: `{{duty}} indique une fourchette d'heures ("{{band}}"), et non le nombre d'heures à effectuer ; ${RULE_15} : indiquez le nombre d'heures, p. ex. \`{{example}}\``
            },
            values: { kind: kindKeyword, missing: missingSlots, duty, parameters: fr }
        }
    },
    fixTitles: [
        // unbounded-discretion (analyse.ts delegations)
        { en: 'Bound the delegation (edit the placeholder limits)', text: 'Encadrer la délégation (modifiez les limites proposées)' },
        // undefined-place-or-person: the words the fix inserts, which are English ("you know", "knowingly")
        { en: 'Add a knowledge requirement ("{{words}}")', text: 'Ajouter une exigence de connaissance ("{{words}}")' },
        // vague-term: the list marker removed, quoted from the condition
        { en: 'Close the list (remove "{{marker}}")', text: 'Fermer la liste (supprimer "{{marker}}")' },
        // missing-parameters: a free-text duty (analyse.ts duties), before the structured form, which would also match it
        { en: 'Add the missing {{slots}} (edit the example)', text: 'Ajouter ce qui manque : {{slots}} (modifiez l\'exemple)', values: { slots: slotList } },
        { en: 'Add the {{slots}} (edit the example)', text: 'Ajouter {{slots}} (modifiez l\'exemple)', values: { slots: slotList } }
    ]
};
