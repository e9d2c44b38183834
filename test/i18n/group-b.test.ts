import { EmptyFileSystem } from 'langium';
import { describe, expect, it } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { lintText } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';

/*
 * Group B in French: orders from the English tests of each check (test/checks/), linted with the
 * locale set to French, and the exact French message, citation and quick-fix title each finding
 * gets. The statutory findings are linted under the england-wales profile, as
 * test/checks/duration-over-limit.test.ts sets it, and under france or germany where only those
 * profiles give the finding.
 */

const services = createSanctionCoreServices(EmptyFileSystem).Sanction;
services.sanction.locale.set('fr');

/** One check's findings of a text, linted in French under a profile (the default, coe, when none). */
async function findings(text: string, checkId: string, profile?: string): Promise<Finding[]> {
    services.sanction.config.setOverrides(profile ? { profile } : {});
    try {
        return (await lintText(services, text)).findings.filter(f => f.checkId === checkId);
    } finally {
        services.sanction.config.setOverrides({});
    }
}

async function messages(text: string, checkId: string, profile?: string): Promise<string[]> {
    return (await findings(text, checkId, profile)).map(f => f.message);
}

const EW = 'en Angleterre et au pays de Galles';
const FIXED = 'les Règles 21 et 23 demandent qu\'une sanction ait une durée déterminée';
const OUTLIVES = 'si bien qu\'on ne sait pas laquelle des deux fins s\'impose à la personne ; la Règle 15 demande que les obligations soient claires et explicites : ' +
    'faites finir l\'obligation avec l\'ordonnance ou avant';
const CONTROLS = 'les Règles 3 et 22 demandent que ce qu\'exige une ordonnance corresponde à la gravité de l\'infraction, ' +
    'et la Règle 60 que chaque condition réponde aux besoins et aux risques de la personne : ' +
    'envisagez d\'alléger le contrôle le plus lourd, p. ex. `from 21:00 to 06:00, for 3 months` pour un couvre-feu, ou indiquez pourquoi chaque contrôle est nécessaire (Règles 3, 22 et 60)';
const STACK_RULES = 'les Règles 3 et 22 demandent que ce qu\'exige une ordonnance corresponde à la gravité de l\'infraction, et la Règle 60 que chaque condition réponde à un besoin ou à un risque de la personne : ' +
    'envisagez de ne garder que les contrôles que ce risque exige';
const MOVEMENT = 'le lieu où se trouve la personne et ceux où elle va (contrôle des déplacements)';
const MOVEMENT_WHY = 'chacune retient la personne dans un lieu, la tient hors d\'un lieu ou l\'y surveille, si bien qu\'ensemble elles restreignent plusieurs fois la même liberté';
const RULE_14 = 'la Règle 14 demande que les types de sanctions et mesures soient réglementés par la loi';
const JUVENILE = 'le Champ d\'application et objet de ces Règles laisse les sanctions et mesures visant spécifiquement les mineurs à la Recommandation CM/Rec(2008)11, ' +
    'les Règles européennes du Conseil de l\'Europe pour les délinquants mineurs faisant l\'objet de sanctions ou de mesures : ' +
    'si cette ordonnance est une telle mesure, examinez-la aussi au regard de CM/Rec(2008)11';

const order = (...clauses: string[]) => `order "DC-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);
const dated = (term: string, ...clauses: string[]) => ['order "R-1".', 'made on 2026-03-14.', term, ...clauses].join('\n') + '\n';

describe('duration-over-limit in French', () => {
    it('names the figure, the limit, the measure and the jurisdiction in French, the statute as the profile cites it', async () => {
        const code = `order "L-1", community order.
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 40 months.
requirement unpaid work, 350 hours, completed within 18 months.
requirement curfew, at "1 Road", from 20:00 to 13:00, on every day, for 3 months.
requirement exclusion, area "Town centre" on map "T-1", from 2026-04-01 until 2028-10-01.
requirement alcohol abstinence monitoring, 150 days.
`;
        expect(await messages(code, 'duration-over-limit', 'england-wales')).toEqual([
            `La durée de l'ordonnance, 40 mois, dépasse le maximum légal de 36 mois pour une ordonnance « community order » ${EW} (Sentencing Act 2020, s. 209(2)) : fixez une durée dans ce maximum, p. ex. \`in force for 36 months.\` (Règles 14 et 21)`,
            `Un total de 350 heures dépasse le maximum légal de 300 heures pour une obligation « unpaid work » ${EW} (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(ii)) : restez dans ce maximum, p. ex. \`300 hours\` (Règles 14 et 21)`,
            `Un délai d'exécution de 18 mois dépasse le maximum légal de 12 mois pour une obligation « unpaid work » ${EW} (Sentencing Act 2020, Sch. 9 para. 1(1)(b)) : restez dans ce maximum, p. ex. \`completed within 12 months\` (Règles 14 et 21)`,
            `Un total de 119 heures sur 7 jours (17 heures par jour, 7 jours sur 7) dépasse le maximum légal de 112 heures sur toute période de 7 jours pour une obligation « curfew » ${EW} (Sentencing Act 2020, Sch. 9 para. 9(4)(c) (inserted by PCSCA 2022 s. 150)) : restez dans ce maximum, p. ex. \`from 20:00 to 12:00\` (Règles 14 et 21)`,
            `Une durée allant du 2026-04-01 au 2028-10-01 (30 mois) dépasse le maximum légal de 24 mois (non vérifié) pour une obligation « exclusion » ${EW} (Sentencing Act 2020, Sch. 9 Part 6) : restez dans ce maximum, p. ex. \`for 24 months\` (Règles 14 et 21)`,
            `Un total de 150 jours dépasse le maximum légal de 120 jours pour une obligation « alcohol abstinence monitoring » (alcohol abstinence and monitoring requirement) ${EW} (Sentencing Act 2020, Sch. 9 para. 25(4)(b)) : restez dans ce maximum, p. ex. \`120 days\` (Règles 14 et 21)`
        ]);
    });

    it('minimums: the order\'s form with the profile\'s own name for it, a daily window', async () => {
        const code = `order "L-2", suspended sentence.
made on 2026-03-14.
offence "Theft", seriousness serious.
in force for 3 months.
requirement unpaid work, 10 hours.
requirement curfew, at "1 Road", from 19:00 to 20:00.
`;
        expect(await messages(code, 'duration-over-limit', 'england-wales')).toEqual([
            `La durée de l'ordonnance, 3 mois, n'atteint pas le minimum légal de 6 mois (non vérifié) pour une ordonnance « suspended sentence » (suspended sentence order) ${EW} (Sentencing Act 2020, s. 288) : fixez une durée au moins égale, p. ex. \`in force for 6 months.\` (Règles 14 et 21)`,
            `Un total de 10 heures n'atteint pas le minimum légal de 40 heures pour une obligation « unpaid work » ${EW} (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(i)) : atteignez au moins ce minimum, p. ex. \`40 hours\` (Règles 14 et 21)`,
            `Une plage horaire de 1 heure par jour n'atteint pas le minimum légal de 2 heures par jour pour une obligation « curfew » ${EW} (Sentencing Act 2020, Sch. 9 para. 9(4)(a)) : atteignez au moins ce minimum, p. ex. \`from 19:00 to 21:00\` (Règles 14 et 21)`
        ]);
    });

    it('a template\'s figure follows the requirement with a small letter; a requirement with no term of its own', async () => {
        const small = 'template small-work():\n  requirement unpaid work, 10 hours, completed within 12 months.\n\norder "L-8".\noffence "Theft", seriousness serious.\nin force for 12 months.\napply small-work.\n';
        expect(await messages(small, 'duration-over-limit', 'england-wales')).toEqual([
            `L'obligation « unpaid work » apportée par 'small-work' : un total de 10 heures n'atteint pas le minimum légal de 40 heures pour une obligation « unpaid work » ${EW} (Sentencing Act 2020, Sch. 9 para. 2(1)(b)(i)) : atteignez au moins ce minimum dans le modèle, p. ex. \`40 hours\` (Règles 14 et 21)`
        ]);
        const inherited = 'order "L-9".\noffence "Theft", seriousness serious.\nin force for 12 months.\nrequirement curfew, at "2 Road", from 22:00 to 06:00.\n';
        expect(await messages(inherited, 'duration-over-limit', 'france')).toEqual([
            'Cette obligation « curfew » n\'a pas de durée propre : elle court donc pendant toute la durée de l\'ordonnance, 12 mois, ce qui dépasse le maximum légal de 6 mois (non vérifié) pour une obligation « curfew » (détention à domicile sous surveillance électronique) en France (Code pénal, art. 131-4-1) : donnez-lui une durée propre dans ce maximum, p. ex. `for 6 months` (Règles 14 et 21)'
        ]);
    });
});

describe('duration-vs-seriousness in French', () => {
    it('the order, and requirements with lengths in months, dates and days', async () => {
        const code = `order "F-2".
made on 2026-03-14.
offence "Shoplifting", seriousness minor.
in force for 18 months.
requirement curfew, at "1 Road", from 19:00 to 07:00, for 9 months.
requirement exclusion, area "Town centre" on map "T-1", until 2026-12-01.
requirement residence, at "1 Road", for 200 days.
`;
        const tail = 'les Règles 3 et 22 demandent que la durée d\'une obligation corresponde à la gravité de l\'infraction : envisagez une durée plus courte, p. ex. `for 6 months`, ou indiquez pourquoi elle est nécessaire aussi longtemps (Règles 3 et 22)';
        expect(await messages(code, 'duration-vs-seriousness')).toEqual([
            'L\'ordonnance court pendant 18 mois, plus longtemps que les 12 mois que le modèle prévoit au plus pour une infraction mineure ; les Règles 3 et 22 demandent que la durée d\'une ordonnance corresponde à la gravité de l\'infraction : envisagez une durée plus courte, p. ex. `in force for 12 months`, ou indiquez le motif de cette durée (Règles 3 et 22)',
            `Cette obligation « curfew » court pendant 9 mois, plus longtemps que les 6 mois que le modèle prévoit au plus pour une obligation « curfew » en cas d'infraction mineure ; ${tail}`,
            `Cette obligation « exclusion » court du 2026-03-14 au 2026-12-01 (8,6 mois), plus longtemps que les 6 mois que le modèle prévoit au plus pour une obligation « exclusion » en cas d'infraction mineure ; ${tail}`,
            `Cette obligation « residence » court pendant 200 jours (6,6 mois), plus longtemps que les 6 mois que le modèle prévoit au plus pour une obligation « residence » en cas d'infraction mineure ; ${tail}`
        ]);
    });

    it('the statutory minimum of the form (germany: no england-wales form has one above the model\'s figure)', async () => {
        const code = 'order "G-2", suspended sentence.\noffence "Shoplifting", seriousness minor.\nin force for 30 months.\n';
        expect(await messages(code, 'duration-vs-seriousness', 'germany')).toEqual([
            'L\'ordonnance court pendant 30 mois, plus longtemps que 24 mois, la durée la plus courte que la loi permet en Allemagne pour « Strafaussetzung zur Bewährung » (StGB § 56a(1) Satz 2 ; ' +
            'le modèle prévoit au plus 12 mois pour une infraction mineure) ; les Règles 3 et 22 demandent que la durée d\'une ordonnance corresponde à la gravité de l\'infraction : ' +
            'envisagez la durée la plus courte que la loi permet, p. ex. `in force for 24 months`, ou indiquez le motif de cette durée (Règles 3 et 22)'
        ]);
    });
});

describe('missing-duration in French', () => {
    it('the order, a requirement and a condition, with the fix\'s title', async () => {
        const code = 'order "F-2".\nrequirement curfew, at "1 Road", from 19:00 to 07:00, for 3 months.\nrequirement supervision, reporting weekly.\ncondition "Live at 1 Road".\n';
        const found = await findings(code, 'missing-duration');
        expect(found.map(f => f.message)).toEqual([
            `L'ordonnance n'indique aucune durée : elle dure donc un temps que personne n'a fixé ; ${FIXED} : indiquez-en une, p. ex. \`in force for 12 months.\` (Règles 21 et 23)`,
            `Cette obligation « supervision » n'a pas de durée propre et l'ordonnance n'en indique aucune : elle court donc pendant un temps que personne n'a fixé ; ${FIXED} : indiquez-en une pour l'ordonnance, p. ex. \`in force for 12 months.\`, ou pour celle-ci, p. ex. \`for 6 months\` (Règles 21 et 23)`,
            `Cette condition n'a pas de durée propre et l'ordonnance n'en indique aucune : elle court donc pendant un temps que personne n'a fixé ; ${FIXED} : indiquez-en une pour l'ordonnance, p. ex. \`in force for 12 months.\`, ou pour celle-ci, p. ex. \`for 6 months\` (Règles 21 et 23)`
        ]);
        expect(found[0]!.fixes?.map(fix => fix.title)).toEqual(['Ajouter une durée à l\'ordonnance ("in force for 12 months" ; indiquez la durée réelle)']);
    });

    it('templates: a parameter given no value, a requirement with no term in an order with none', async () => {
        const templates = 'template timed-curfew(address: text, length: duration):\n  requirement curfew, at address, from 19:00 to 07:00, for length.\n\n' +
            'template weekly-supervision(office: text):\n  requirement supervision, reporting weekly at office.\n';
        expect(await messages(`${templates}\norder "F-5".\nin force for 12 months.\napply timed-curfew with address "1 Road".\n`, 'missing-duration')).toEqual([
            `Cette obligation « curfew », apportée par 'timed-curfew', tient sa durée du paramètre de modèle 'length', qui ne reçoit ici aucune valeur : sa durée n'est donc pas fixée ; ${FIXED} : donnez une valeur au paramètre, p. ex. \`length 6 months\` (Règles 21 et 23)`
        ]);
        expect((await messages(`${templates}\norder "F-6".\napply weekly-supervision with office "Exeter Probation Office".\n`, 'missing-duration'))[1]).toBe(
            `Cette obligation « supervision », apportée par 'weekly-supervision', n'a pas de durée propre et l'ordonnance n'en indique aucune : elle court donc pendant un temps que personne n'a fixé ; ${FIXED} : indiquez-en une pour l'ordonnance, p. ex. \`in force for 12 months.\` (Règles 21 et 23)`
        );
    });
});

describe('open-ended-duration in French', () => {
    it('open terms as the order writes them, an event, open wording, with the fix\'s title', async () => {
        const code = `order "F-3".
in force until further  order of the court.
requirement electronic monitoring, of location, indefinitely.
requirement supervision, reporting weekly, until "the supervisor is satisfied".
condition "Live at 1 Road until further notice".
`;
        const dates = 'indiquez plutôt une durée ou une date de fin, p. ex. `for 12 months` ou `until 2027-03-13` (Règles 21 et 23)';
        const found = await findings(code, 'open-ended-duration');
        expect(found.map(f => f.message)).toEqual([
            `L'ordonnance court \`until further order of the court\`, ce qui ne lui donne aucune fin ; ${FIXED} : ${dates}`,
            `Cette obligation « electronic monitoring » court \`indefinitely\`, ce qui ne lui donne aucune fin ; ${FIXED} : ${dates}`,
            `Cette obligation « supervision » court jusqu'à "the supervisor is satisfied", ce qui la fait finir sur un événement que personne ne peut dater à l'avance ; ${FIXED} : ${dates}`,
            `Le texte de la condition dit "until further notice", ce qui ne lui donne aucune fin que la personne puisse connaître ; ${FIXED} : retirez cette fin ouverte du texte et donnez à la condition une durée ou une date de fin, p. ex. \`condition "Live at 1 Road", for 6 months.\` (Règles 21 et 23)`
        ]);
        expect(found.map(f => f.fixes?.map(fix => fix.title) ?? [])).toEqual([
            ['Remplacer par une durée déterminée ("for 12 months" ; indiquez la durée réelle)'],
            ['Remplacer par une durée déterminée ("for 12 months" ; indiquez la durée réelle)'],
            ['Remplacer par une durée déterminée ("for 12 months" ; indiquez la durée réelle)'],
            []
        ]);
    });
});

describe('requirement-outlives-order in French', () => {
    const cases: Array<[string, string]> = [
        [dated('in force for 12 months.', 'requirement curfew, at "1 Road", from 19:00 to 07:00, for 18 months.'),
            `Cette obligation « curfew » court pendant 18 mois, jusqu'au 2027-09-14, après la fin de l'ordonnance, le 2027-03-14, ${OUTLIVES}, p. ex. \`for 12 months\` (Règles 14 et 15)`],
        ['order "R-2".\nin force for 1 year.\nrequirement supervision, reporting weekly, for 13 months.\n',
            `Cette obligation « supervision » court pendant 13 mois, plus longtemps que l'ordonnance, en vigueur pendant 1 an, ${OUTLIVES}, p. ex. \`for 1 year\` (Règles 14 et 15)`],
        [dated('in force for 12 months.', 'requirement residence, at "1 Road", until 2027-06-01.'),
            `Cette obligation « residence » court jusqu'au 2027-06-01, après la fin de l'ordonnance, le 2027-03-14, ${OUTLIVES}, p. ex. \`until 2027-03-14\` (Règles 14 et 15)`],
        [dated('in force for 12 months.', 'requirement unpaid work, 120 hours, completed within 18 months.'),
            `Cette obligation « unpaid work » est à exécuter dans un délai de 18 mois, jusqu'au 2027-09-14, après la fin de l'ordonnance, le 2027-03-14, ${OUTLIVES}, p. ex. \`completed within 12 months\` (Règles 14 et 15)`],
        ['order "R-2".\nin force for 12 months.\nrequirement unpaid work, 120 hours, completed within 18 months.\n',
            `Cette obligation « unpaid work » est à exécuter dans un délai de 18 mois, plus long que l'ordonnance, en vigueur pendant 12 mois, ${OUTLIVES}, p. ex. \`completed within 12 months\` (Règles 14 et 15)`],
        ['template home-curfew(length: duration = 3 months):\n  requirement curfew, at "1 Road", from 19:00 to 07:00, for length.\n' + dated('in force for 6 months.', 'apply home-curfew with length 9 months.'),
            `L'obligation « curfew » apportée par 'home-curfew' court pendant 9 mois, jusqu'au 2026-12-14, après la fin de l'ordonnance, le 2026-09-14, ${OUTLIVES}, p. ex. \`6 months\` (Règles 14 et 15)`],
        [dated('in force for 12 months, extendable by up to 6 months, reviewed every 3 months.', 'requirement supervision, reporting weekly, for 15 months.'),
            'Cette obligation « supervision » (`for 15 months`) court au-delà de la fin de l\'ordonnance telle qu\'elle a été rendue (`in force for 12 months`) ; ' +
            'l\'ordonnance peut être prolongée, mais c\'est à l\'autorité de décision d\'en décider plus tard, non à une obligation de le présumer, ' +
            'et la Règle 15 demande que les obligations soient claires et explicites : faites finir l\'obligation avec l\'ordonnance ou avant, p. ex. `for 12 months` (Règles 14 et 15)'],
        [dated('in force for 12 months.', 'requirement residence, at "1 Road", for 9740993 months.'),
            `Cette obligation « residence » court pendant 9740993 mois, au-delà de toute date que le calendrier peut écrire, après la fin de l'ordonnance, le 2027-03-14, ${OUTLIVES}, p. ex. \`for 12 months\` (Règles 14 et 15)`]
    ];
    it.each(cases)('%#', async (code, message) => {
        const found = await findings(code, 'requirement-outlives-order');
        expect(found.map(f => f.message)).toEqual([message]);
        expect(found[0]!.fixes?.map(fix => fix.title)).toEqual(['Faire finir l\'obligation avec l\'ordonnance']);
    });
});

describe('control-intensity in French', () => {
    const code = 'order "E-1", community order.\noffence "Criminal damage", seriousness minor.\nin force for 12 months.\n' +
        'requirement curfew, at "1 Road", from 19:00 to 07:00, on every day, for 6 months.\nrequirement unpaid work, 120 hours.\nrequirement rehabilitation activity, 10 days.\n';

    it('the model\'s ceiling, calibrated under england-wales, with decimal commas', async () => {
        expect(await messages(code, 'control-intensity', 'england-wales')).toEqual([
            'Les contrôles totalisent 38,9 points (couvre-feu 21,9 ; travail non rémunéré 12 ; activité de réinsertion 5), au-dessus du plafond de 10 que le modèle fixe pour une infraction mineure ' +
            `(calibré sur le niveau bas (low) de l'Imposition guideline du Sentencing Council) ; ${CONTROLS}`
        ]);
    });

    it('the model\'s ceiling derived for coe', async () => {
        expect(await messages(code, 'control-intensity')).toEqual([
            'Les contrôles totalisent 38,9 points (couvre-feu 21,9 ; travail non rémunéré 12 ; activité de réinsertion 5), au-dessus du plafond de 10 que le modèle fixe pour une infraction mineure ' +
            `(dérivé du niveau bas (low) de l'Imposition guideline d'Angleterre et du pays de Galles, les Règles ne donnant aucun chiffre) ; ${CONTROLS}`
        ]);
    });

    it('a ceiling the configuration sets', async () => {
        services.sanction.config.setOverrides({ ceilings: { minor: 12.5 } });
        try {
            const found = (await lintText(services, code)).findings.filter(f => f.checkId === 'control-intensity');
            expect(found.map(f => f.message)).toEqual([
                'Les contrôles totalisent 38,9 points (couvre-feu 21,9 ; travail non rémunéré 12 ; activité de réinsertion 5), au-dessus du plafond de 12,5 que sanction.config.json fixe aux points du modèle pour une infraction mineure ; ' +
                CONTROLS
            ]);
        } finally {
            services.sanction.config.setOverrides({});
        }
    });
});

describe('stacked-controls in French', () => {
    it('movement: each requirement named as an obligation, its line, and the syntax that sets it apart', async () => {
        const code = `order "F-1".
offence "Shoplifting", seriousness minor.
in force for 6 months.
requirement curfew, at "12 Acacia Road", from 19:00 to 07:00, on every day.
requirement electronic monitoring, of the curfew.
requirement exclusion, area "Exeter city centre" on map "EX-12".
requirement supervision, reporting daily.
`;
        expect(await messages(code, 'stacked-controls')).toEqual([
            'L\'obligation « curfew » (ligne 4), l\'obligation « electronic monitoring » `of the curfew` (ligne 5), l\'obligation « exclusion » (ligne 6) et l\'obligation « supervision » `reporting daily` (ligne 7) ' +
            `contrôlent toutes ${MOVEMENT}, pour une infraction mineure : ${MOVEMENT_WHY} ; ${STACK_RULES}, p. ex. sans \`requirement supervision, …\`, ou indiquez pourquoi chacun est nécessaire (Règles 3, 22 et 60)`
        ]);
    });

    it('contact: a named person and the area round them', async () => {
        const code = 'order "F-3".\noffence "Harassment", seriousness moderate.\nin force for 6 months.\nrequirement no contact, with "Jane Doe".\n' +
            'requirement exclusion, area within 200 metres of "Jane Doe\'s home, 3 Park Road".\n';
        expect(await messages(code, 'stacked-controls')).toEqual([
            'L\'obligation « no contact » avec "Jane Doe" (ligne 4) et l\'obligation « exclusion » d\'une zone autour de cette personne (ligne 5) contrôlent toutes ' +
            'le fait que la personne s\'approche d\'une personne nommée (contrôle des contacts), pour une infraction de gravité moyenne : ' +
            'une interdiction de contact et une interdiction de la zone autour de cette même personne tiennent toutes deux la personne à l\'écart de celle-ci ; la seconde n\'ajoute guère à ce que la première interdit déjà ; ' +
            `${STACK_RULES}, p. ex. sans \`requirement exclusion, …\`, ou indiquez pourquoi chacun est nécessaire (Règles 3, 22 et 60)`
        ]);
    });

    it('alcohol', async () => {
        const code = 'order "F-4".\noffence "Drunk and disorderly", seriousness minor.\nin force for 4 months.\nrequirement alcohol abstinence monitoring, 90 days.\n' +
            'requirement alcohol treatment, provided by "Y", consent informed and explicit, given.\n';
        expect(await messages(code, 'stacked-controls')).toEqual([
            'L\'obligation « alcohol abstinence monitoring » (ligne 4) et l\'obligation « alcohol treatment » (ligne 5) contrôlent toutes la consommation d\'alcool de la personne (contrôle de l\'alcool), pour une infraction mineure : ' +
            'chacune surveille ou traite la même consommation, si bien qu\'ensemble elles pèsent plusieurs fois sur une seule habitude ; ' +
            `${STACK_RULES}, p. ex. sans \`requirement alcohol treatment, …\`, ou indiquez pourquoi chacun est nécessaire (Règles 3, 22 et 60)`
        ]);
    });
});

describe('juvenile-subject in French', () => {
    it('an age from the birth date, and a stated age', async () => {
        expect(await messages('order "J-1".\nmade on 2026-03-14.\nperson "A", convicted, born on 2008-03-15.\n', 'juvenile-subject')).toEqual([
            `La personne a 17 ans le jour où l'ordonnance a été rendue ; ${JUVENILE} ; si la date de naissance est erronée, corrigez-la, p. ex. \`born on 1991-07-02\` (CM/Rec(2017)3, Champ d'application et objet)`
        ]);
        expect(await messages('order "J-1".\nperson "A", aged 1.\n', 'juvenile-subject')).toEqual([
            `La personne est déclarée âgée de 1 an ; ${JUVENILE} ; si l'âge est erroné, corrigez-le, p. ex. \`aged 34\` (CM/Rec(2017)3, Champ d'application et objet)`
        ]);
    });
});

describe('unknown-requirement-kind in French', () => {
    it('england-wales: a requirement the law does not provide, with the profile\'s note as it writes it', async () => {
        const code = 'order "U-1".\nin force for 12 months.\nrequirement compensation, amount 200 EUR.\n';
        expect(await messages(code, 'unknown-requirement-kind', 'england-wales')).toEqual([
            `Cette obligation « compensation » ne fait pas partie des obligations que la loi prévoit ${EW} pour ces ordonnances, d'après le profil england-wales (Sentencing Act 2020, s. 201) : ` +
            'le profil note : « compensation is ordered by a separate compensation order under Part 7 of the Code, not as a requirement of a community order » ; ' +
            `${RULE_14} : employez une obligation que la loi prévoit, ou citez la disposition qui prévoit celle-ci, p. ex. \`under "…".\` (Règle 14)`
        ]);
    });

    it('france: a kind the profile does not mention; germany: a kind the statute does not name, brought in by a template', async () => {
        const mediation = 'order "U-1".\nin force for 12 months.\nrequirement mediation, provided by "Victim Support".\n';
        expect(await messages(mediation, 'unknown-requirement-kind', 'france')).toEqual([
            `Le profil france ne dit pas si la loi prévoit une obligation « mediation » en France ; ${RULE_14} : vérifiez la loi, et citez la disposition sur laquelle l'ordonnance s'appuie, p. ex. \`under "…".\` (Règle 14)`
        ]);
        const tagged = 'template tagged():\n  requirement electronic monitoring, of the curfew, for 3 months.\n\norder "U-2".\nin force for 6 months.\napply tagged.\n';
        const note = 'le profil note : « the StGB names no electronic monitoring among the conditions and directions of a suspended sentence (§§ 56b-56d), only as a direction during Führungsaufsicht (§ 68b(1) Satz 1 Nr. 12, under the conditions of § 68b(1) Satz 3) »';
        const tail = `${RULE_14} : citez la disposition sur laquelle l'ordonnance s'appuie, p. ex. \`under "…".\`, ou employez une obligation que la loi nomme (Règle 14)`;
        expect(await messages(tagged, 'unknown-requirement-kind', 'germany')).toEqual([
            `Cette obligation « electronic monitoring » ne repose sur aucune disposition de la loi en Allemagne que le profil germany ait trouvée (StGB §§ 56b-56d; § 68b(1) Satz 1 Nr. 12) : ${note} ; ${tail}`,
            `L'obligation « electronic monitoring » apportée par 'tagged' ne repose sur aucune disposition de la loi en Allemagne que le profil germany ait trouvée (StGB §§ 56b-56d; § 68b(1) Satz 1 Nr. 12) : ${note} ; ${tail}`
        ]);
    });
});

describe('dignity-privacy in French', () => {
    const cases: Array<[string, string]> = [
        ['During unpaid work the person must wear a vest saying \'I stole from my neighbours\'',
            '"wear a vest saying" désigne la personne aux yeux du public ; la Règle 8 demande que la mise en œuvre d\'une sanction respecte la dignité de la personne : supprimez ce marquage et gardez ce dont le travail a besoin, p. ex. `condition "Wear the safety clothing the placement provides".` (Règle 8)'],
        ['The person must make a public apology at the village hall',
            '"public apology" humilie la personne en public ; la Règle 8 demande que la mise en œuvre d\'une sanction respecte la dignité de la personne : supprimez-le, ou rendez les excuses privées et laissez-les au choix de la victime, p. ex. `condition "Write a letter of apology, passed on only if the victim wishes".` (Règle 8)'],
        ['The person\'s name and photograph will be published on the council website',
            '"name and photograph will be published" rend publique l\'identité de la personne ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne : laissez son identité en dehors, p. ex. `condition "The decision may be published in anonymised form without naming the person".` (Règle 8)'],
        ['Officers may search the family home at any time, day or night',
            '"search the family home at any time" ouvre le domicile à des visites ou à des fouilles sans limite ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne et de sa famille : limitez les visites, p. ex. `condition "The supervisor may visit the person\'s home by appointment during curfew hours".` (Règle 8)'],
        ['The supervisor may read the person\'s letters',
            '"read the person\'s letters" s\'immisce dans la correspondance privée de la personne ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne : supprimez-le, et nommez plutôt le contact que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.` (Règle 8)'],
        ['The person\'s wife must report to the police station weekly',
            'L\'ordonnance impose des obligations à "The person\'s wife", que l\'ordonnance ne vise pas ; la Règle 8 demande qu\'une sanction respecte la vie privée de la famille de la personne et des tiers : mettez l\'obligation à la charge de la personne, p. ex. `condition "Tell the supervisor of any change of address".` (Règle 8)'],
        ['The person must not marry during the order',
            '"marry" interdit un choix relevant de la vie privée et familiale ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne et celle de sa famille : supprimez-le, ou nommez le contact que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.` (Règle 8)'],
        ['The person must use contraception during the order',
            '"use contraception" impose un choix relevant de la vie privée et familiale ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne et celle de sa famille : supprimez-le, ou nommez le contact que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.` (Règle 8)'],
        ['The person must not start a relationship without the permission of the supervisor',
            '"relationship without the permission of the supervisor" soumet les relations de la personne à l\'approbation de quelqu\'un ; la Règle 8 demande qu\'une sanction respecte la vie privée de la personne : demandez plutôt d\'en être informé, p. ex. `condition "Tell the supervisor about any new relationship".` (Règle 8)']
    ];
    it.each(cases)('%s', async (text, message) => {
        expect(await messages(condition(text), 'dignity-privacy')).toEqual([message]);
    });
});

describe('discriminatory-condition in French', () => {
    const cases: Array<[string, string]> = [
        ['The person must not associate with members of the Roma community',
            '"associate with members of the Roma community" restreint le contact avec des personnes en raison de leur origine ethnique ; la Règle 6 demande que personne ne soit traité différemment pour ce motif : nommez plutôt les personnes ou les lieux que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.` (Règle 6)'],
        ['The person must not speak Arabic in public',
            '"speak Arabic" pose une condition sur une pratique qui distingue des personnes en raison de leur langue ; la Règle 6 demande que personne ne soit traité différemment pour ce motif : supprimez-la, ou nommez la personne ou le lieu que le risque concerne, p. ex. `requirement no contact, with "Jane Doe", for 6 months.` (Règle 6)'],
        ['Because he is a foreign national, the person must report daily to the police',
            '"Because he is a foreign national" fait d\'une caractéristique protégée (nationalité) la raison d\'une obligation ; la Règle 6 demande qu\'aucune condition ne soit imposée ni modifiée pour ce motif : indiquez plutôt le risque auquel l\'obligation répond, p. ex. `condition "Report to the probation office every Monday, to reduce the risk of further offending".` (Règle 6)'],
        ['Roma offenders must report twice a week',
            '"Roma offenders" adresse l\'obligation à des personnes en raison de leur origine ethnique ; la Règle 6 demande qu\'aucune condition ne soit imposée pour ce motif : adressez-la à la personne visée par l\'ordonnance, p. ex. `condition "Report to the probation office every Monday".` (Règle 6)']
    ];
    it.each(cases)('%s', async (text, message) => {
        expect(await messages(condition(text), 'discriminatory-condition')).toEqual([message]);
    });
});
