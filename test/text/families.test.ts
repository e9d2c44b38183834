import { describe, expect, test } from 'vitest';
import { analyseText } from '../../language/src/validation/clarity/analyse.js';
import type { TextLanguage } from '../../language/src/validation/text/language.js';
import { VOCABULARY_FILES } from '../../language/src/validation/text/vocabulary.js';

/**
 * One table per pattern family and language: texts where the family finds the phrase given, and
 * texts where it finds nothing. The family is the `family` of a TextIssue (the vocabulary file, or
 * the free-text duty for missing-parameters).
 */
type Cases = { finds: Array<[string, string]>; passes: string[] };
const FAMILIES: Record<string, { check: string; languages: Partial<Record<TextLanguage, Cases>> }> = {
    evaluative: {
        check: 'vague-term',
        languages: {
            en: {
                finds: [['Be of good behaviour.', 'good behaviour'], ['Drink only in moderation.', 'in moderation'], ['Do not use intoxicants to excess.', 'to excess'], ['Maintain gainful employment.', 'gainful']],
                passes: ['Do not, without reasonable excuse, contact Sarah Mills.', 'Attend appointments with the responsible officer at 3 Barnfield Road every Monday at 10:00.', 'Answer all reasonable inquiries by the probation officer.']
            },
            fr: {
                finds: [['Mener une vie ordonnée.', 'Mener une vie ordonnée'], ['Éviter toute consommation excessive d\'alcool.', 'excessive'], ['Éviter les mauvaises fréquentations.', 'mauvaises fréquentations']],
                passes: ['Ne pas s\'absenter de son domicile sans motif légitime entre 20h et 6h.', 'Ne pas détenir de stupéfiants.']
            },
            de: {
                finds: [['Der Verurteilte hat übermäßigen Alkoholkonsum zu unterlassen.', 'übermäßigen'], ['Der Jugendliche hat schlechten Umgang zu meiden.', 'schlechten Umgang'], ['Er hat eine geordnete Lebensführung zu zeigen.', 'geordnete Lebensführung']],
                passes: ['Der Verurteilte hat jeglichen Konsum von Betäubungsmitteln zu unterlassen.', 'Der Verurteilte hat sich einer Therapie in einer geeigneten Einrichtung zu unterziehen, der Psychiatrischen Klinik Wil, einmal wöchentlich.']
            }
        }
    },
    conditional: {
        check: 'vague-term',
        languages: {
            en: { finds: [['Attend appointments where necessary.', 'where necessary'], ['Take medication as appropriate.', 'as appropriate']], passes: ['Take medication as prescribed for you by your GP.'] },
            fr: { finds: [['Justifier éventuellement des motifs de ses changements d\'emploi.', 'éventuellement'], ['Se soumettre le cas échéant à des examens médicaux.', 'le cas échéant']], passes: ['Se soumettre à des examens médicaux à l\'hôpital Sainte-Anne le premier lundi de chaque mois.'] },
            de: { finds: [['Er hat sich gegebenenfalls einer Therapie zu unterziehen.', 'gegebenenfalls'], ['Er hat bei Bedarf Urinproben abzugeben.', 'bei Bedarf']], passes: ['Er hat einmal pro Woche eine Urinprobe bei der Suchtberatung Linz abzugeben.'] }
        }
    },
    'open-frequency': {
        check: 'vague-term',
        languages: {
            en: {
                finds: [['Report to 3 Barnfield Road regularly.', 'regularly'], ['Visit your GP from time to time.', 'from time to time'], ['Do not frequent licensed premises in Exeter.', 'frequent'], ['Keep your officer informed of your whereabouts.', 'Keep your officer informed'], ['Cut down your drinking.', 'Cut down your drinking']],
                passes: ['Regularly, and at least once a week, call your officer.', 'Do not frequent or visit the Blue Moon bar, 3 High Street, Exeter.', 'Keep your officer informed of any change of address within 24 hours.', 'Limit your drinking to 4 units a day.']
            },
            fr: { finds: [['Se présenter régulièrement au commissariat de Metz.', 'régulièrement'], ['Se présenter de temps en temps au commissariat de Metz.', 'de temps en temps']], passes: ['Se présenter au commissariat de Metz tous les lundis.'] },
            de: { finds: [['Er hat sich regelmäßig bei der Polizei Linz zu melden.', 'regelmäßig'], ['Er hat sich von Zeit zu Zeit bei der Polizei Linz zu melden.', 'von Zeit zu Zeit']], passes: ['Er hat sich jeden Montag bei der Polizei Linz zu melden.'] }
        }
    },
    'open-time': {
        check: 'vague-term',
        languages: {
            en: { finds: [['Remain at 12 Acacia Road, Exeter during the evenings.', 'during the evenings'], ['Stay at 12 Acacia Road, Exeter overnight.', 'overnight']], passes: ['Remain at 12 Acacia Road, Exeter, in the evenings from 19:00 to 23:00.', 'Sleep every night at 12 Acacia Road, Exeter.'] },
            fr: { finds: [['Rester la nuit au 8 avenue Foch, Metz.', 'la nuit']], passes: ['Rester au 8 avenue Foch, Metz, de 20h à 6h.'] },
            de: { finds: [['Er hat sich nachts in seiner Wohnung aufzuhalten.', 'nachts']], passes: ['Er hat sich täglich von 22:00 bis 6:00 Uhr in seiner Wohnung aufzuhalten.'] }
        }
    },
    'open-notice': {
        check: 'vague-term',
        languages: {
            en: { finds: [['Tell your officer in advance of any journey abroad.', 'in advance'], ['Give reasonable notice before moving.', 'reasonable notice']], passes: ['Give your officer 48 hours notice in advance of any journey abroad.', 'Notify your officer without delay of any change of address.'] },
            fr: { finds: [['Informer l\'agent à l\'avance de tout déplacement.', 'à l\'avance']], passes: ['Informer l\'agent au moins 48 heures à l\'avance de tout déplacement.'] },
            de: { finds: [['Er hat jede Reise rechtzeitig anzuzeigen.', 'rechtzeitig']], passes: ['Er hat jede Reise mindestens drei Tage vorher anzuzeigen.'] }
        }
    },
    'open-extent': {
        check: 'vague-term',
        languages: {
            en: { finds: [['Do not travel far from home.', 'travel far'], ['Stay away from the victim.', 'Stay away from'], ['Notify your officer before any long journey.', 'long journey']], passes: ['Stay at least 200 metres away from 8 Foch Avenue, Exeter.'] },
            fr: { finds: [['Ne pas s\'éloigner de son domicile.', 'éloigner']], passes: ['Ne pas s\'éloigner de plus de 5 kilomètres de son domicile.'] },
            de: { finds: [['Er hat sich vom Opfer fernzuhalten.', 'fernzuhalten']], passes: ['Er hat sich von der Wohnung des Opfers mindestens 300 Meter fernzuhalten.'] }
        }
    },
    'open-list': {
        check: 'vague-term',
        languages: {
            en: { finds: [['Do not possess knives, axes, machetes, etc.', 'etc.'], ['Do not possess knives, axes, or other weapons.', 'or other weapons'], ['Do not possess weapons including but not limited to knives.', 'including but not limited to']], passes: ['Do not apply for any other travel document.', 'Do not contact her, including through a third person.'] },
            fr: { finds: [['Ne pas détenir de couteaux, haches, etc.', 'etc.']], passes: ['Ne pas détenir de couteaux ni de haches.'] },
            de: { finds: [['Er hat Messer, Äxte usw. abzugeben.', 'usw.'], ['Er hat Bars, Diskotheken und dergleichen zu meiden.', 'und dergleichen']], passes: ['Er hat Messer und Äxte abzugeben.'] }
        }
    },
    placeholder: {
        check: 'vague-term',
        languages: {
            en: { finds: [['Remain within a specified place.', 'specified place'], ['Remain within prescribed geographical boundaries.', 'prescribed geographical boundaries'], ['Do not enter [address].', '[address]']], passes: ['Do not enter the places specified in Schedule 1 to this order.', 'Take your prescribed dose of methadone each morning at the pharmacy at 12 High Street, Luton.'] },
            fr: { finds: [['Ne pas paraître dans certains lieux.', 'certains lieux']], passes: ['Ne pas paraître dans les lieux désignés en annexe.'] },
            de: { finds: [['Er hat bestimmte Orte zu meiden.', 'bestimmte Orte'], ['Er hat sich in bestimmten Zeitabständen zu melden.', 'bestimmten Zeitabständen']], passes: ['Er hat die im Plan bezeichneten Orte zu meiden.'] }
        }
    },
    speculative: {
        check: 'vague-term',
        languages: {
            en: { finds: [['Do not use any substance that could impair your judgment.', 'that could impair your judgment'], ['Do not possess paraphernalia that can be used for drug use.', 'that can be used for drug use']], passes: ['Do not possess any controlled drug.'] },
            fr: { finds: [['S\'abstenir de tout comportement susceptible de compromettre sa réinsertion.', 'susceptible de compromettre sa réinsertion']], passes: ['S\'abstenir de toute consommation d\'alcool.'] },
            de: { finds: [['Er hat Handlungen zu unterlassen, die geeignet sind, die Resozialisierung zu gefährden.', 'geeignet sind, die Resozialisierung zu gefährden']], passes: ['Er hat jeden Alkoholkonsum zu unterlassen.'] }
        }
    },
    delegation: {
        check: 'unbounded-discretion',
        languages: {
            en: { finds: [['Report to the probation office as directed.', 'as directed'], ['Attend such programmes as the officer considers appropriate.', 'such programmes as the officer considers appropriate']], passes: ['Report as directed, not more than once a week and for no longer than 6 months.', 'Do not leave Exeter unless otherwise authorised by your officer.'] },
            fr: { finds: [['Se présenter selon les instructions du SPIP.', 'selon les instructions'], ['Suivre les soins que le juge estimera utiles.', 'que le juge estimera utiles']], passes: ['Se présenter selon les instructions du SPIP, au plus une fois par semaine.', 'Ne pas quitter Metz sans l\'autorisation du juge.'] },
            de: { finds: [['Er hat Arbeitsleistungen nach Weisung des Jugendamts zu erbringen.', 'nach Weisung'], ['Er hat sich zu melden, soweit der Bewährungshelfer dies für erforderlich hält.', 'soweit der Bewährungshelfer dies für erforderlich hält']], passes: ['Er hat sich nach Weisung des Bewährungshelfers zu melden, höchstens einmal pro Woche.', 'Er hat Linz nicht ohne vorherige Zustimmung des Gerichts zu verlassen.'] }
        }
    },
    escape: {
        check: 'unbounded-discretion',
        languages: {
            en: { finds: [['Report every Tuesday at 10:00, or at such other times as your officer directs.', 'or at such other times as your officer directs'], ['Report monthly or as often as the officer requires.', 'or as often as the officer requires']], passes: ['Report every Tuesday at 10:00, or at such other times as your officer directs, not more than twice a week.'] },
            fr: { finds: [['Se présenter chaque lundi, ou à tout autre moment que l\'agent fixera.', 'ou à tout autre moment que l\'agent fixera']], passes: ['Se présenter chaque lundi à 10h au SPIP de Metz.'] },
            de: { finds: [['Er hat sich jeden Montag zu melden, oder zu anderen Zeiten, die der Bewährungshelfer bestimmt.', 'oder zu anderen Zeiten, die der Bewährungshelfer bestimmt']], passes: ['Er hat sich jeden Montag um 10 Uhr bei der Bewährungshilfe Linz zu melden.'] }
        }
    },
    persons: {
        check: 'undefined-place-or-person',
        languages: {
            en: { finds: [['Do not associate with persons engaged in criminal activity.', 'persons engaged in criminal activity'], ['Do not have contact with children under 16.', 'children under 16']], passes: ['Do not associate with any person you know to be engaged in criminal activity.', 'Do not contact the victim or her children.'] },
            fr: { finds: [['S\'abstenir de fréquenter des mineurs.', 'mineurs']], passes: ['Ne pas entrer en relation avec la victime.', 'S\'abstenir de fréquenter des personnes dont il sait qu\'elles sont mineures.'] },
            de: { finds: [['Er hat sich von Personen aus dem Rotlichtmilieu fernzuhalten.', 'Personen aus dem Rotlichtmilieu']], passes: ['Er hat keinen Kontakt mit dem Opfer aufzunehmen.', 'Er hat keinen Kontakt zu Personen aufzunehmen, von denen er weiß, dass sie Drogen verkaufen.'] }
        }
    },
    'moving-radius': {
        check: 'undefined-place-or-person',
        languages: {
            en: { finds: [['Do not come within 100 metres of Ms Mills.', 'come within 100 metres of Ms Mills']], passes: ['Do not knowingly come within 100 metres of Ms Mills.', 'Do not come within 100 metres of Ms Mills\'s home at 8 Foch Avenue, Exeter.'] },
            fr: { finds: [['Ne pas se trouver à moins de 200 mètres de Mme Dupont.', 'se trouver à moins de 200 mètres de Mme Dupont']], passes: ['Ne pas se trouver sciemment à moins de 200 mètres de Mme Dupont.'] },
            de: { finds: [['Er hat sich nicht im Umkreis von 200 Metern um Frau Keller aufzuhalten.', 'im Umkreis von 200 Metern um Frau Keller aufzuhalten']], passes: ['Er hat sich Frau Keller nicht auf weniger als 200 Meter anzunähern.'] }
        }
    },
    places: {
        check: 'undefined-place-or-person',
        languages: {
            en: { finds: [['Do not enter places where drugs are sold.', 'places where drugs are sold'], ['Do not enter places of entertainment.', 'places of entertainment']], passes: ['Do not drink in a pub, bar or nightclub.', 'Do not enter licensed premises.', 'Stay at the address where you live from 19:00 to 07:00.'] },
            fr: { finds: [['Ne pas paraître dans les lieux où se vendent des stupéfiants.', 'lieux où se vendent des stupéfiants']], passes: ['Ne pas paraître dans le centre commercial Grand Littoral à Marseille.'] },
            de: { finds: [['Dem Jugendlichen wird untersagt, Vergnügungsstätten zu besuchen.', 'Vergnügungsstätten']], passes: ['Dem Jugendlichen wird untersagt, die Diskothek Nachtwerk in Linz zu besuchen.'] }
        }
    },
    area: {
        check: 'undefined-place-or-person',
        languages: {
            en: { finds: [['Do not leave the area without telling your officer.', 'the area'], ['Do not frequent pubs in the Newcastle area.', 'the Newcastle area']], passes: ['Do not move to another probation area.', 'Do not enter the area shown on the attached map.'] },
            fr: { finds: [['Ne pas quitter le secteur sans autorisation.', 'le secteur']], passes: ['Ne pas quitter la commune d\'Ixelles sans autorisation.'] },
            de: { finds: [['Er hat die Umgebung des Bahnhofs zu meiden.', 'die Umgebung']], passes: ['Er hat den Stadtteil Innere Stadt gemäß beiliegender Karte zu meiden.'] }
        }
    },
    reporting: {
        check: 'missing-parameters',
        languages: {
            en: { finds: [['Report to your probation officer once a month.', 'Report to']], passes: ['Report in person to the probation office, 3 Barnfield Road, every Monday at 10:00.'] },
            fr: { finds: [['Se présenter au conseiller.', 'Se présenter']], passes: ['Se présenter au commissariat de Metz tous les lundis à 10h.'] },
            de: { finds: [['Er hat sich beim Bewährungshelfer zu melden.', 'zu melden']], passes: ['Er hat sich jeden Montag persönlich bei der Bewährungshilfe Linz zu melden.'] }
        }
    },
    curfew: {
        check: 'missing-parameters',
        languages: {
            en: { finds: [['Remain at your home address.', 'Remain at your home address']], passes: ['Remain at your home address from 19:00 to 07:00.'] },
            fr: { finds: [['Demeurer à son domicile pendant trois mois.', 'Demeurer à son domicile']], passes: ['Demeurer à son domicile de 20h à 6h pendant trois mois.'] },
            de: { finds: [['Er hat Hausarrest in seiner Wohnung in Linz.', 'Hausarrest']], passes: ['Er hat Hausarrest in seiner Wohnung in Linz, täglich von 20:00 bis 6:00 Uhr.'] }
        }
    },
    'unpaid-work': {
        check: 'missing-parameters',
        languages: {
            // Hours with no period or rate (issue 10, round 6): the end of the duty is open.
            en: { finds: [['Perform unpaid work.', 'unpaid work'], ['Perform 80 hours of unpaid work.', 'unpaid work']], passes: ['Perform 80 hours of unpaid work within 12 months.', 'Perform 8 hours of unpaid work each week until 80 hours are done.'] },
            fr: { finds: [['Accomplir un travail d\'intérêt général.', 'travail d\'intérêt général'], ['Accomplir un travail d\'intérêt général de 60 heures.', 'travail d\'intérêt général']], passes: ['Accomplir un travail d\'intérêt général de 60 heures dans un délai de 12 mois.'] },
            de: { finds: [['Er hat gemeinnützige Arbeit zu leisten.', 'gemeinnützige Arbeit'], ['Er hat 40 Stunden gemeinnützige Arbeit zu leisten.', 'gemeinnützige Arbeit']], passes: ['Er hat binnen sechs Monaten 40 Stunden gemeinnützige Arbeit zu leisten.', 'Er hat bis zum 30. Juni 40 Stunden gemeinnützige Arbeit zu leisten.'] }
        }
    },
    treatment: {
        check: 'missing-parameters',
        languages: {
            en: { finds: [['Undergo treatment for alcohol dependency.', 'Undergo treatment']], passes: ['Undergo treatment for alcohol dependency at Broadway Lodge, Weston-super-Mare.'] },
            fr: { finds: [['Suivre un traitement contre l\'alcoolisme.', 'Suivre un traitement']], passes: ['Suivre un traitement contre l\'alcoolisme au centre hospitalier de Sainte-Anne.'] },
            de: { finds: [['Er hat sich einer Therapie zu unterziehen.', 'sich einer Therapie']], passes: ['Er hat sich einer Therapie bei der Psychosozialen Beratungsstelle Innsbruck zu unterziehen.'] }
        }
    }
};

const LANGUAGES: TextLanguage[] = ['en', 'fr', 'de'];

test('every vocabulary file has a section for every language', () => {
    for (const [name, file] of Object.entries(VOCABULARY_FILES)) {
        for (const language of LANGUAGES) {
            expect((file as Record<string, unknown>)[language], `${name}.json has no "${language}" section`).toBeTypeOf('object');
        }
    }
});

describe.each(Object.entries(FAMILIES))('family %s', (family, { check, languages }) => {
    test('has cases in every language', () => {
        expect(Object.keys(languages).sort()).toEqual([...LANGUAGES].sort());
    });
    describe.each(LANGUAGES)('%s', language => {
        const cases = languages[language] ?? { finds: [], passes: [] };
        test.each(cases.finds)('finds in %j', (text, phrase) => {
            const issues = analyseText(text, language).filter(issue => issue.family === family);
            expect(issues.map(issue => issue.phrase)).toContain(phrase);
            expect(issues.every(issue => issue.check === check)).toBe(true);
        });
        test.each(cases.passes.map(text => [text]))('nothing in %j', text => {
            expect(analyseText(text, language).filter(issue => issue.family === family)).toEqual([]);
        });
    });
});
