import type { MessageData } from '../../core/check.js';
import type { TranslationGroup } from './group.js';
import { fr } from './terms.js';

/*
 * Group B: durations, control intensity, the person's age, dignity and discrimination. Several
 * messages quote a jurisdiction profile: the statute's citation stays as the profile writes it
 * (only our own ", unverified" is put into French), the jurisdiction and the lengths go through
 * `fr`. The requirement kinds and the order's forms are the language's keywords and stay in English,
 * in « », as terms.ts writes them. Every subject these messages name (l'ordonnance, l'obligation,
 * la condition) is feminine, which the French below relies on for its agreements.
 */

/** "Cette obligation « curfew »" at the start of a sentence. */
function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

/** A value put into French by `fr`, at the start of a sentence. */
function subject(english: string): string {
    return capitalised(fr(english));
}

/** Decimal commas in the figures of a French text: "8.6 mois" is "8,6 mois" (dates and times have no point). */
function decimalComma(text: string): string {
    return text.replace(/(\d)\.(\d)/g, '$1,$2');
}

/**
 * A jurisdiction after "en": fr's name, with the article French wants inside the name
 * ("en Angleterre et au pays de Galles"). Every jurisdiction shipped takes "en".
 */
function inJurisdiction(english: string): string {
    return fr(english).replace(/^Angleterre et pays de Galles$/, 'Angleterre et au pays de Galles');
}

/** A citation built with citationOf: the profile's text, with our ", unverified" in French. */
function citation(english: string): string {
    return english === 'no provision recorded' ? 'aucune disposition consignée' : english.replace(/, unverified$/, ', non vérifié');
}

/** A length as burden.ts describes it: "12 months", "6 months (182.6 days)", "2026-04-01 to 2028-10-01 (30 months)". */
function length(english: string): string {
    const range = /^(\d{4}-\d{2}-\d{2}) to (\d{4}-\d{2}-\d{2})(.*)$/s.exec(english);
    return decimalComma(range ? `du ${range[1]} au ${range[2]}${fr(range[3]!)}` : fr(english));
}

/** The seriousness the order states (the language's levels), after "une infraction". */
const SERIOUSNESS: Readonly<Record<string, string>> = {
    'minor': 'mineure',
    'moderate': 'de gravité moyenne',
    'serious': 'grave',
    'very serious': 'très grave'
};

function seriousness(english: string): string {
    return SERIOUSNESS[english] ?? `de gravité « ${english} »`;
}

// ---------------------------------------------------------------------------------------------
// duration-over-limit
// ---------------------------------------------------------------------------------------------

/**
 * The figure at fault, as a singular noun phrase so that one verb fits all ("dépasse", "n'atteint
 * pas"): "350 hours" is "Un total de 350 heures", "A term of 30 months" "Une durée de 30 mois". In
 * a template's finding it follows the requirement ("… : un total de 10 heures"), with a small letter.
 */
function figure(english: string, data: MessageData): string {
    const small = !!data.requirement;
    let m: RegExpExecArray | null;
    let out: string;
    if ((m = /^a term of (.+)$/is.exec(english))) {
        const of = length(m[1]!);
        out = of.startsWith('du ') ? `Une durée allant ${of}` : `Une durée de ${of}`;
    } else if ((m = /^a completion period of (.+)$/is.exec(english))) {
        out = `Un délai d'exécution de ${length(m[1]!)}`;
    } else if ((m = /^(\d+(?:\.\d+)?) hours? in 7 days \((\d+(?:\.\d+)?) hours? a day on (\d+) days?\)$/.exec(english))) {
        out = decimalComma(`Un total de ${fr(`${m[1]} hours`)} sur 7 jours (${fr(`${m[2]} hours`)} par jour, ${fr(`${m[3]} days`)} sur 7)`);
    } else if ((m = /^(\d+(?:\.\d+)?) (hours?) a day$/.exec(english))) {
        out = decimalComma(`Une plage horaire de ${fr(`${m[1]} ${m[2]}`)} par jour`);
    } else if (/^\d+(?:\.\d+)? (hours?|days?)$/.test(english)) {
        out = decimalComma(`Un total de ${fr(english)}`);
    } else {
        out = capitalised(decimalComma(fr(english)));
    }
    return small ? out.charAt(0).toLowerCase() + out.slice(1) : out;
}

/** The law's limit: "300 hours", "20 hours a day", "112 hours in any 7 days", "24 months (unverified)". */
function limit(english: string): string {
    const words = english
        .replace(/ in any 7 days\b/, ' sur toute période de 7 jours')
        .replace(/ a day\b/, ' par jour')
        .replace(/ \(unverified\)$/, ' (non vérifié)');
    return decimalComma(fr(words));
}

/**
 * What the limit is for: "an unpaid work requirement", "a curfew requirement (détention à domicile
 * sous surveillance électronique)", "a suspended sentence (suspended sentence order)", "an order".
 * The name in brackets is the profile's, and stays as it writes it.
 */
function limitedMeasure(english: string): string {
    if (english === 'an order') {
        return 'une ordonnance';
    }
    const kind = /^an? ([^()]+?) requirement(?: (\(.*\)))?$/s.exec(english);
    if (kind) {
        return `une obligation « ${kind[1]} »${kind[2] ? ` ${kind[2]}` : ''}`;
    }
    const form = /^an? ([^()]+?)(?: (\(.*\)))?$/s.exec(english);
    return form ? `une ordonnance « ${form[1]} »${form[2] ? ` ${form[2]}` : ''}` : fr(english);
}

// ---------------------------------------------------------------------------------------------
// missing-duration, requirement-outlives-order, unknown-requirement-kind
// ---------------------------------------------------------------------------------------------

/** missing-duration: "supervision requirement" is "obligation « supervision »", "condition" "condition". */
function measure(english: string): string {
    const kind = /^(.+) requirement$/s.exec(english);
    return kind ? `obligation « ${kind[1]} »` : english === 'condition' ? 'condition' : fr(english);
}

/** requirement-outlives-order: the requirement's end, a date or beyond any the calendar writes. */
function end(english: string): string {
    return english === 'beyond any calendar date' ? 'au-delà de toute date que le calendrier peut écrire' : `jusqu'au ${english}`;
}

/** unknown-requirement-kind: "a mediation requirement" is "une obligation « mediation »". */
function aRequirement(english: string): string {
    const kind = /^an? (.+) requirement$/s.exec(english);
    return kind ? `une obligation « ${kind[1]} »` : fr(english);
}

/** unknown-requirement-kind: the first sentence of the profile's note, which the profile writes in English. */
function profileNote(english: string): string {
    return english === 'the profile gives no reason' ? 'le profil ne donne pas de motif' : `le profil note : « ${english} »`;
}

// ---------------------------------------------------------------------------------------------
// control-intensity, stacked-controls
// ---------------------------------------------------------------------------------------------

/** The model's names for what it weighs (burden.ts measureBurden). */
const BURDEN_ITEMS: Readonly<Record<string, string>> = {
    'curfew': 'couvre-feu',
    'monitoring': 'surveillance électronique',
    'exclusion': 'interdiction de paraître',
    'unpaid work': 'travail non rémunéré',
    'reparation': 'réparation',
    'treatment': 'traitement',
    'programme': 'programme',
    'rehabilitation activity': 'activité de réinsertion',
    'residence': 'résidence',
    'no contact': 'interdiction de contact',
    'travel prohibition': 'interdiction de voyager à l\'étranger',
    'prohibited activity': 'activité interdite',
    'abstinence monitoring': 'contrôle de l\'abstinence',
    'reporting': 'présentations',
    'testing': 'dépistages'
};

/** "curfew 21.9, monitoring 13" is "couvre-feu 21,9 ; surveillance électronique 13" (the comma is the decimal's). */
function burdenItems(english: string): string {
    return english.split(', ').map(part => {
        const m = /^(.+) (\d+(?:\.\d+)?)$/s.exec(part);
        return m ? `${BURDEN_ITEMS[m[1]!] ?? m[1]} ${decimalComma(m[2]!)}` : part;
    }).join(' ; ');
}

/** The ceiling's basis, as burden-calibration.json words it. */
function ceilingBasis(english: string): string {
    const levels: Record<string, string> = { low: 'bas (low)', medium: 'moyen (medium)', high: 'élevé (high)' };
    const calibrated = /^calibrated on the (whole )?(low|medium|high) level of the Sentencing Council's Imposition guideline$/.exec(english);
    if (calibrated) {
        return `calibré sur ${calibrated[1] ? 'l\'ensemble du' : 'le'} niveau ${levels[calibrated[2]!]} de l'Imposition guideline du Sentencing Council`;
    }
    const derived = /^derived from the (whole )?(low|medium|high) level of the England and Wales Imposition guideline, as the Rules give no figures$/.exec(english);
    if (derived) {
        return `dérivé ${derived[1] ? 'de l\'ensemble du' : 'du'} niveau ${levels[derived[2]!]} de l'Imposition guideline d'Angleterre et du pays de Galles, les Règles ne donnant aucun chiffre`;
    }
    return english === 'the model' ? 'le modèle' : fr(english);
}

/** The stacking groups of burden-weights.json: their label, the risk they share and why they overlap. */
const STACK_TEXTS: Readonly<Record<string, string>> = {
    'movement control': 'contrôle des déplacements',
    'where the person is and goes': 'le lieu où se trouve la personne et ceux où elle va',
    'each keeps the person in a place, out of a place, or watched in one, so together they restrict the same freedom several times over':
        'chacune retient la personne dans un lieu, la tient hors d\'un lieu ou l\'y surveille, si bien qu\'ensemble elles restreignent plusieurs fois la même liberté',
    'contact control': 'contrôle des contacts',
    'the person approaching one named person': 'le fait que la personne s\'approche d\'une personne nommée',
    'a ban on contact and a ban on the area round the same person both keep the person away from them; the second adds little the first does not already forbid':
        'une interdiction de contact et une interdiction de la zone autour de cette même personne tiennent toutes deux la personne à l\'écart de celle-ci ; la seconde n\'ajoute guère à ce que la première interdit déjà',
    'alcohol control': 'contrôle de l\'alcool',
    'the person drinking': 'la consommation d\'alcool de la personne',
    'each watches or treats the same drinking, so together they bear on one habit several times over':
        'chacune surveille ou traite la même consommation, si bien qu\'ensemble elles pèsent plusieurs fois sur une seule habitude'
};

function stackText(english: string): string {
    return STACK_TEXTS[english] ?? english;
}

/** How burden.ts stackLabel names a requirement of a stack, as "l'obligation « … »". */
function stackLabel(english: string): string {
    let m: RegExpExecArray | null;
    if ((m = /^electronic monitoring of (the )?(.+)$/s.exec(english))) {
        const target = /^(curfew|exclusion|location|whereabouts|alcohol|attendance)$/.test(m[2]!) ? `\`of ${m[1] ?? ''}${m[2]}\`` : `portant sur « ${m[2]} »`;
        return `l'obligation « electronic monitoring » ${target}`;
    }
    if (english === 'reporting') {
        return 'l\'obligation « supervision » (présentations)';
    }
    if ((m = /^reporting (.+)$/s.exec(english))) {
        return `l'obligation « supervision » \`reporting ${m[1]}\``;
    }
    if ((m = /^no contact with (.*)$/s.exec(english))) {
        return `l'obligation « no contact » avec ${m[1]}`;
    }
    if (english === 'exclusion from an area round that person') {
        return 'l\'obligation « exclusion » d\'une zone autour de cette personne';
    }
    return `l'obligation « ${english} »`;
}

/** "Curfew (line 4), exclusion (line 6) and reporting daily (line 7)", each named as an obligation. */
function stackList(english: string): string {
    const items = [...english.matchAll(/(.+?) \(line (\d+)\)(?:, | and |$)/gs)];
    if (items.length === 0) {
        return capitalised(fr(english));
    }
    const named = items.map(([, label, line]) => `${stackLabel(label!.charAt(0).toLowerCase() + label!.slice(1))} (ligne ${line})`);
    const joined = named.length <= 1 ? named.join('') : `${named.slice(0, -1).join(', ')} et ${named[named.length - 1]}`;
    return capitalised(joined);
}

// ---------------------------------------------------------------------------------------------
// discriminatory-condition, juvenile-subject
// ---------------------------------------------------------------------------------------------

/** The grounds of Rule 6 (protected/grounds.ts labels), after "leur". */
const GROUNDS: Readonly<Record<string, string>> = {
    'race or colour': 'race ou couleur',
    'ethnic origin': 'origine ethnique',
    'nationality': 'nationalité',
    'gender': 'genre',
    'age': 'âge',
    'disability': 'handicap',
    'sexual orientation': 'orientation sexuelle',
    'language': 'langue',
    'religion': 'religion',
    'political opinion': 'opinion politique',
    'social status': 'condition sociale'
};

function years(english: string): string {
    return Number(english) <= 1 ? `${english} an` : `${english} ans`;
}

const RULE_14 = 'la Règle 14 demande que les types de sanctions et mesures soient réglementés par la loi';
const OUTLIVES = 'si bien qu\'on ne sait pas laquelle des deux fins s\'impose à la personne ; la Règle 15 demande que les obligations soient claires et explicites : ' +
    'faites finir l\'obligation avec l\'ordonnance ou avant, p. ex. `{{suggested}}`';
const FIXED = 'les Règles 21 et 23 demandent qu\'une sanction ait une durée déterminée';
const CONTROLS = 'les Règles 3 et 22 demandent que ce qu\'exige une ordonnance corresponde à la gravité de l\'infraction, ' +
    'et la Règle 60 que chaque condition réponde aux besoins et aux risques de la personne : ' +
    'envisagez d\'alléger le contrôle le plus lourd, p. ex. `from 21:00 to 06:00, for 3 months` pour un couvre-feu, ou indiquez pourquoi chaque contrôle est nécessaire';
const JUVENILE = 'le Champ d\'application et objet de ces Règles laisse les sanctions et mesures visant spécifiquement les mineurs à la Recommandation CM/Rec(2008)11, ' +
    'les Règles européennes du Conseil de l\'Europe pour les délinquants mineurs faisant l\'objet de sanctions ou de mesures : ' +
    'si cette ordonnance est une telle mesure, examinez-la aussi au regard de CM/Rec(2008)11';
const STATUTE = { jurisdiction: inJurisdiction, limit, what: limitedMeasure, figure, length, requirement: subject };

/** French texts of the checks of group B (see index.ts for which checks each group holds). */
export const GROUP_B: TranslationGroup = {
    checks: {
        'duration-over-limit': {
            title: 'Durée ou quantité hors des limites légales',
            messages: {
                orderOverMaximum: 'La durée de l\'ordonnance, {{length}}, dépasse le maximum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : fixez une durée dans ce maximum, p. ex. `in force for {{suggested}}.`',
                orderUnderMinimum: 'La durée de l\'ordonnance, {{length}}, n\'atteint pas le minimum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : fixez une durée au moins égale, p. ex. `in force for {{suggested}}.`',
                overMaximum: '{{figure}} dépasse le maximum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : restez dans ce maximum, p. ex. `{{suggested}}`',
                underMinimum: '{{figure}} n\'atteint pas le minimum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : atteignez au moins ce minimum, p. ex. `{{suggested}}`',
                templateOverMaximum: '{{requirement}} : {{figure}} dépasse le maximum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : restez dans ce maximum dans le modèle, p. ex. `{{suggested}}`',
                templateUnderMinimum: '{{requirement}} : {{figure}} n\'atteint pas le minimum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : atteignez au moins ce minimum dans le modèle, p. ex. `{{suggested}}`',
                inheritedOverMaximum: '{{requirement}} n\'a pas de durée propre : elle court donc pendant toute la durée de l\'ordonnance, {{length}}, ce qui dépasse le maximum légal de {{limit}} pour {{what}} en {{jurisdiction}} ({{statute}}) : donnez-lui une durée propre dans ce maximum, p. ex. `for {{suggested}}`'
            },
            values: STATUTE
        },
        'duration-vs-seriousness': {
            title: 'Ordonnance ou obligation longue au regard de la gravité de l\'infraction',
            messages: {
                orderLong: 'L\'ordonnance court {{runs}}, plus longtemps que les {{months}} mois que le modèle prévoit au plus pour une infraction {{seriousness}} ; ' +
                    'les Règles 3 et 22 demandent que la durée d\'une ordonnance corresponde à la gravité de l\'infraction : ' +
                    'envisagez une durée plus courte, p. ex. `in force for {{months}} months`, ou indiquez le motif de cette durée',
                orderLongMinimum: 'L\'ordonnance court {{runs}}, plus longtemps que {{months}} mois, la durée la plus courte que la loi permet en {{jurisdiction}} pour « {{form}} » ({{statute}} ; ' +
                    'le modèle prévoit au plus {{modelMonths}} mois pour une infraction {{seriousness}}) ; les Règles 3 et 22 demandent que la durée d\'une ordonnance corresponde à la gravité de l\'infraction : ' +
                    'envisagez la durée la plus courte que la loi permet, p. ex. `in force for {{months}} months`, ou indiquez le motif de cette durée',
                requirementLong: '{{requirement}} court {{runs}}, plus longtemps que les {{months}} mois que le modèle prévoit au plus pour une obligation « {{kind}} » en cas d\'infraction {{seriousness}} ; ' +
                    'les Règles 3 et 22 demandent que la durée d\'une obligation corresponde à la gravité de l\'infraction : ' +
                    'envisagez une durée plus courte, p. ex. `for {{months}} months`, ou indiquez pourquoi elle est nécessaire aussi longtemps'
            },
            values: { runs: english => decimalComma(fr(english)), requirement: subject, seriousness, jurisdiction: inJurisdiction, statute: citation }
        },
        'missing-duration': {
            title: 'Sanction ou obligation sans durée déterminée',
            messages: {
                orderWithoutTerm: `L'ordonnance n'indique aucune durée : elle dure donc un temps que personne n'a fixé ; ${FIXED} : indiquez-en une, p. ex. \`in force for 12 months.\``,
                measureWithoutTerm: `Cette {{measure}} n'a pas de durée propre et l'ordonnance n'en indique aucune : elle court donc pendant un temps que personne n'a fixé ; ${FIXED} : ` +
                    'indiquez-en une pour l\'ordonnance, p. ex. `in force for 12 months.`, ou pour celle-ci, p. ex. `for 6 months`',
                templateMeasureWithoutTerm: `Cette {{measure}}, apportée par '{{template}}', n'a pas de durée propre et l'ordonnance n'en indique aucune : elle court donc pendant un temps que personne n'a fixé ; ${FIXED} : ` +
                    'indiquez-en une pour l\'ordonnance, p. ex. `in force for 12 months.`',
                parameterWithoutValue: `Cette {{measure}}, apportée par '{{template}}', tient sa durée du paramètre de modèle '{{parameter}}', qui ne reçoit ici aucune valeur : sa durée n'est donc pas fixée ; ${FIXED} : ` +
                    'donnez une valeur au paramètre, p. ex. `{{parameter}} 6 months`'
            },
            values: { measure }
        },
        'open-ended-duration': {
            title: 'Durée indéterminée',
            messages: {
                openTerm: `{{subject}} court \`{{wording}}\`, ce qui ne lui donne aucune fin ; ${FIXED} : indiquez plutôt une durée ou une date de fin, p. ex. \`for 12 months\` ou \`until 2027-03-13\``,
                eventTerm: `{{subject}} court jusqu'à "{{event}}", ce qui la fait finir sur un événement que personne ne peut dater à l'avance ; ${FIXED} : indiquez plutôt une durée ou une date de fin, p. ex. \`for 12 months\` ou \`until 2027-03-13\``,
                openWording: `Le texte de la condition dit "{{wording}}", ce qui ne lui donne aucune fin que la personne puisse connaître ; ${FIXED} : ` +
                    'retirez cette fin ouverte du texte et donnez à la condition une durée ou une date de fin, p. ex. `condition "Live at 1 Road", for 6 months.`'
            },
            values: { subject }
        },
        'requirement-outlives-order': {
            title: 'Obligation qui court au-delà de la fin de l\'ordonnance',
            messages: {
                runsPastEnd: `{{requirement}} court pendant {{length}}, {{end}}, après la fin de l'ordonnance, le {{orderEnd}}, ${OUTLIVES}`,
                completedPastEnd: `{{requirement}} est à exécuter dans un délai de {{length}}, {{end}}, après la fin de l'ordonnance, le {{orderEnd}}, ${OUTLIVES}`,
                untilPastEnd: `{{requirement}} court {{end}}, après la fin de l'ordonnance, le {{orderEnd}}, ${OUTLIVES}`,
                runsLonger: `{{requirement}} court pendant {{length}}, plus longtemps que l'ordonnance, en vigueur pendant {{orderLength}}, ${OUTLIVES}`,
                completedLonger: `{{requirement}} est à exécuter dans un délai de {{length}}, plus long que l'ordonnance, en vigueur pendant {{orderLength}}, ${OUTLIVES}`,
                pastExtendableOrder: '{{requirement}} (`{{term}}`) court au-delà de la fin de l\'ordonnance telle qu\'elle a été rendue (`in force {{orderTerm}}`) ; ' +
                    'l\'ordonnance peut être prolongée, mais c\'est à l\'autorité de décision d\'en décider plus tard, non à une obligation de le présumer, ' +
                    'et la Règle 15 demande que les obligations soient claires et explicites : faites finir l\'obligation avec l\'ordonnance ou avant, p. ex. `{{suggested}}`'
            },
            values: { requirement: subject, length: english => decimalComma(fr(english)), orderLength: english => decimalComma(fr(english)), end }
        },
        'control-intensity': {
            title: 'Contrôles lourds au regard de la gravité de l\'infraction',
            messages: {
                overModel: `Les contrôles totalisent {{total}} points ({{items}}), au-dessus du plafond de {{ceiling}} que le modèle fixe pour une infraction {{seriousness}} ({{basis}}) ; ${CONTROLS}`,
                overConfigured: `Les contrôles totalisent {{total}} points ({{items}}), au-dessus du plafond de {{ceiling}} que sanction.config.json fixe aux points du modèle pour une infraction {{seriousness}} ; ${CONTROLS}`
            },
            values: { total: decimalComma, ceiling: decimalComma, items: burdenItems, seriousness, basis: ceilingBasis }
        },
        'stacked-controls': {
            title: 'Plusieurs contrôles visant le même risque',
            messages: {
                stack: '{{listed}} contrôlent toutes {{risk}} ({{label}}), pour une infraction {{seriousness}} : {{why}} ; ' +
                    'les Règles 3 et 22 demandent que ce qu\'exige une ordonnance corresponde à la gravité de l\'infraction, et la Règle 60 que chaque condition réponde à un besoin ou à un risque de la personne : ' +
                    'envisagez de ne garder que les contrôles que ce risque exige, p. ex. sans `requirement {{last}}, …`, ou indiquez pourquoi chacun est nécessaire'
            },
            values: { listed: stackList, risk: stackText, label: stackText, why: stackText, seriousness }
        },
        'juvenile-subject': {
            title: 'Personne de moins de 18 ans',
            messages: {
                underAgeOnDate: `La personne a {{age}} le jour où l'ordonnance a été rendue ; ${JUVENILE} ; si la date de naissance est erronée, corrigez-la, p. ex. \`born on 1991-07-02\``,
                underAgeStated: `La personne est déclarée âgée de {{age}} ; ${JUVENILE} ; si l'âge est erroné, corrigez-le, p. ex. \`aged 34\``
            },
            values: { age: years }
        },
        'unknown-requirement-kind': {
            title: 'Obligation que la loi ne prévoit pas',
            messages: {
                notProvided: '{{subject}} ne fait pas partie des obligations que la loi prévoit en {{jurisdiction}} pour ces ordonnances, d\'après le profil {{profile}} ({{statute}}) : {{reason}} ; ' +
                    `${RULE_14} : employez une obligation que la loi prévoit, ou citez la disposition qui prévoit celle-ci, p. ex. \`under "…".\``,
                notNamed: '{{subject}} ne repose sur aucune disposition de la loi en {{jurisdiction}} que le profil {{profile}} ait trouvée ({{statute}}) : {{reason}} ; ' +
                    `${RULE_14} : citez la disposition sur laquelle l'ordonnance s'appuie, p. ex. \`under "…".\`, ou employez une obligation que la loi nomme`,
                notStated: `Le profil {{profile}} ne dit pas si la loi prévoit {{requirement}} en {{jurisdiction}} ; ${RULE_14} : ` +
                    'vérifiez la loi, et citez la disposition sur laquelle l\'ordonnance s\'appuie, p. ex. `under "…".`'
            },
            values: { subject, jurisdiction: inJurisdiction, statute: citation, reason: profileNote, requirement: aRequirement }
        },
        'dignity-privacy': {
            title: 'Humiliation, marquage ou atteinte à la vie privée et familiale',
            messages: {
                marking: '"{{phrase}}" désigne la personne aux yeux du public ; la Règle 8 demande que la mise en œuvre d\'une sanction respecte la dignité de la personne : supprimez ce marquage et gardez ce dont le travail a besoin, p. ex. `condition "Wear the safety clothing the placement provides".`',
                shaming: '"{{phrase}}" humilie la personne en public ; la Règle 8 demande que la mise en œuvre d\'une sanction respecte la dignité de la personne : supprimez-le, ou rendez les excuses privées et laissez-les au choix de la victime, p. ex. `condition "Write a letter of apology, passed on only if the victim wishes".`',
                publication: '"{{phrase}}" rend publique l\'identité de la personne ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne : laissez son identité en dehors, p. ex. `condition "The decision may be published in anonymised form without naming the person".`',
                correspondence: '"{{phrase}}" s\'immisce dans la correspondance privée de la personne ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne : supprimez-le, et nommez plutôt le contact que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.`',
                homeVisits: '"{{phrase}}" ouvre le domicile à des visites ou à des fouilles sans limite ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne et de sa famille : limitez les visites, p. ex. `condition "The supervisor may visit the person\'s home by appointment during curfew hours".`',
                familyLifeForbidden: '"{{phrase}}" interdit un choix relevant de la vie privée et familiale ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne et celle de sa famille : supprimez-le, ou nommez le contact que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.`',
                familyLifeDictated: '"{{phrase}}" impose un choix relevant de la vie privée et familiale ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne et celle de sa famille : supprimez-le, ou nommez le contact que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.`',
                relationshipApproval: '"{{phrase}}" soumet les relations de la personne à l\'approbation de quelqu\'un ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne : demandez plutôt d\'en être informé, p. ex. `condition "Tell the supervisor about any new relationship".`',
                family: 'L\'ordonnance impose des obligations à "{{phrase}}", que l\'ordonnance ne vise pas ; la Règle 8 demande qu\'une sanction respecte la vie privée de la famille de la personne et des tiers : mettez l\'obligation à la charge de la personne, p. ex. `condition "Tell the supervisor of any change of address".`'
            }
        },
        'discriminatory-condition': {
            title: 'Condition qui distingue des personnes selon une caractéristique protégée',
            messages: {
                association: '"{{phrase}}" restreint le contact avec des personnes en raison de leur {{ground}} ; la Règle 6 demande que personne ne soit traité différemment pour ce motif : nommez plutôt les personnes ou les lieux que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.`',
                addressee: '"{{phrase}}" adresse l\'obligation à des personnes en raison de leur {{ground}} ; la Règle 6 demande qu\'aucune condition ne soit imposée pour ce motif : adressez-la à la personne visée par l\'ordonnance, p. ex. `condition "Report to the probation office every Monday".`',
                connector: '"{{phrase}}" fait d\'une caractéristique protégée ({{ground}}) la raison d\'une obligation ; la Règle 6 demande qu\'aucune condition ne soit imposée ni modifiée pour ce motif : indiquez plutôt le risque auquel l\'obligation répond, p. ex. `condition "Report to the probation office every Monday, to reduce the risk of further offending".`',
                practice: '"{{phrase}}" pose une condition sur une pratique qui distingue des personnes en raison de leur {{ground}} ; la Règle 6 demande que personne ne soit traité différemment pour ce motif : supprimez-la, ou nommez la personne ou le lieu que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.`'
            },
            values: { ground: english => GROUNDS[english] ?? english }
        }
    },
    fixTitles: [
        { en: 'Add a duration to the order ("in force for 12 months"; set the real period)', text: 'Ajouter une durée à l\'ordonnance ("in force for 12 months" ; indiquez la durée réelle)' },
        { en: 'Replace with a fixed period ("for 12 months"; set the real period)', text: 'Remplacer par une durée déterminée ("for 12 months" ; indiquez la durée réelle)' },
        { en: 'End the requirement with the order', text: 'Faire finir l\'obligation avec l\'ordonnance' }
    ]
};
