import { EmptyFileSystem, URI } from 'langium';
import { describe, expect, it } from 'vitest';
import { createSanctionCoreServices } from '../../language/src/sanction-module.js';
import { findingsOf, lintText } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';
import { localFixTitle } from '../../language/src/i18n/messages.js';
import { compliantOrder, conditionOrder } from '../text/orders.js';

/*
 * Group D in French: the clarity checks. Conditions from the English tests of each check
 * (test/checks/), in English, French and German, linted with the locale set to French: the exact
 * French message with its citation, and the exact title of each quick fix. The French is the
 * same whatever the condition's language; only the phrase quoted from it differs.
 */

const services = createSanctionCoreServices(EmptyFileSystem).Sanction;
services.sanction.locale.set('fr');

interface Said {
    message: string;
    fixes?: string[];
}

/** One check's findings of an order, linted in French: message and fix titles. */
async function said(text: string, checkId: string): Promise<Said[]> {
    const findings: Finding[] = (await lintText(services, text)).findings.filter(f => f.checkId === checkId);
    return findings.map(f => (f.fixes?.length ? { message: f.message, fixes: f.fixes.map(fix => fix.title) } : { message: f.message }));
}

let workspaceCounter = 0;

/** Lints files together, in French, so that imports resolve between them (as test/helpers.ts lintWorkspace). */
async function workspace(files: Record<string, string>): Promise<Record<string, Finding[]>> {
    const root = `memory:///group-d-${++workspaceCounter}/`;
    const documents = Object.entries(files).map(([path, text]) => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(text, URI.parse(root + path));
        services.shared.workspace.LangiumDocuments.addDocument(document);
        return [path, document] as const;
    });
    await services.shared.workspace.DocumentBuilder.build(documents.map(([, document]) => document), { validation: true });
    return Object.fromEntries(documents.map(([path, document]) => [path, findingsOf(document)]));
}

const R15 = 'la Règle 15 demande que les conditions soient claires et explicites';
const R15_71 = `${R15}, et la Règle 71 laisse à l'autorité de décision le soin de les modifier`;

describe('vague-term in French', () => {
    const openList = (phrase: string) => `"${phrase}" laisse la liste ouverte ; ${R15} : énumérez chaque élément, ou définissez la catégorie, p. ex. \`knives, axes and machetes\` (Règle 15)`;

    it('an open list, in an English, a French and a German condition, with the fix that closes it', async () => {
        expect(await said(conditionOrder('Do not possess knives, axes, machetes, etc.'), 'vague-term')).toEqual([
            { message: openList('etc.'), fixes: ['Fermer la liste (supprimer "etc.")'] }
        ]);
        expect(await said(conditionOrder('Ne pas fréquenter les lieux tels que bars, discothèques, etc.', 'French'), 'vague-term')).toEqual([
            { message: `"fréquenter" ne fixe aucun seuil, si bien que la personne ne peut pas savoir à partir de combien de fois c'est trop souvent ; ${R15} : faites d'une seule visite un manquement, p. ex. \`enter or visit\`, ou dites à partir de combien de fois c'est trop souvent (Règle 15)` },
            { message: openList('etc.'), fixes: ['Fermer la liste (supprimer "etc.")'] }
        ]);
        expect(await said(conditionOrder('Er hat Orte wie Spielhallen, Wettbüros usw. zu meiden.', 'German'), 'vague-term')).toEqual([
            { message: openList('usw.'), fixes: ['Fermer la liste (supprimer "usw.")'] }
        ]);
    });

    it('a judgement, in the three languages', async () => {
        const judgement = (phrase: string) => `"${phrase}" est un jugement de valeur, non un acte défini, si bien que la personne ne peut pas savoir à l'avance ce qui constitue un manquement ; ${R15} : dites ce que la personne doit faire ou ne pas faire, p. ex. \`Do not contact Sarah Mills, directly or indirectly.\` (Règle 15)`;
        expect(await said(conditionOrder('Be of good behaviour.'), 'vague-term')).toEqual([{ message: judgement('good behaviour') }]);
        expect(await said(conditionOrder('Mener une vie ordonnée.', 'French'), 'vague-term')).toEqual([{ message: judgement('Mener une vie ordonnée') }]);
        expect(await said(conditionOrder('Der Verurteilte hat übermäßigen Alkoholkonsum zu unterlassen.', 'de'), 'vague-term')).toEqual([{ message: judgement('übermäßigen') }]);
        // The free text of a structured requirement is read too.
        expect(await said(compliantOrder('requirement residence, at "a suitable address".'), 'vague-term')).toEqual([{ message: judgement('suitable') }]);
    });

    it('every other message', async () => {
        const cases: Array<[string, string | undefined, string]> = [
            ['Se présenter régulièrement au service de probation, 12 rue de la Paix, Metz.', 'Français',
                `"régulièrement" n'indique aucune fréquence ; ${R15} : dites à quelle fréquence, p. ex. \`once a week\` (Règle 15)`],
            ['Attend appointments where necessary.', undefined,
                `"where necessary" ne dit pas quand l'obligation s'applique ni qui en décide ; ${R15} : indiquez l'événement ou la circonstance qui la déclenche, p. ex. \`when your officer gives you at least 48 hours' written notice\` (Règle 15)`],
            ['Keep your officer informed of your whereabouts.', undefined,
                `"Keep your officer informed" ne fixe ni fréquence ni événement déclencheur ; ${R15} : dites quand, p. ex. \`within 24 hours of any change\` ou \`every Monday\` (Règle 15)`],
            ['Cut down your drinking.', undefined,
                `"Cut down your drinking" ne fixe aucune limite ; ${R15} : indiquez la quantité ou le nombre autorisé, p. ex. \`no more than 4 units a day\` (Règle 15)`],
            ['Der Verurteilte hat sich nachts in seiner Wohnung aufzuhalten.', 'Deutsch',
                `"nachts" n'indique aucun horaire ; ${R15} : donnez une heure de début et une heure de fin, p. ex. \`from 19:00 to 07:00\` (Règle 15)`],
            ['Informer le conseiller de ses déplacements et rentrer chez soi à une heure raisonnable.', 'French',
                `"à une heure raisonnable" n'indique aucun horaire ; ${R15} : donnez une heure de début et une heure de fin, p. ex. \`from 19:00 to 07:00\` (Règle 15)`],
            ['Tell your officer in advance of any journey abroad.', undefined,
                `"in advance" ne fixe aucun délai de préavis ; ${R15} : dites combien de temps avant, p. ex. \`at least 48 hours before\` (Règle 15)`],
            ['Do not travel far from home.', undefined,
                `"travel far" n'indique ni distance, ni durée, ni limite ; ${R15} : donnez un chiffre, une zone délimitée sur une carte ou les lieux par leur nom, p. ex. \`within 200 metres of 12 Acacia Road, Exeter\` (Règle 15)`],
            ['Do not enter [address].', undefined,
                `"[address]" est un champ à compléter resté dans le texte ; ${R15} : remplacez-le par ce qu'il désigne, p. ex. \`12 Acacia Road, Exeter EX1 1AA\` (Règle 15)`],
            ['Der Verurteilte hat bestimmte Orte zu meiden.', 'German',
                `"bestimmte Orte" est un blanc qui n'a jamais été rempli ; ${R15} : nommez ce qu'il désigne dans l'ordonnance elle-même, p. ex. \`the Blue Moon bar, 4 Quay Street, Exeter\` (Règle 15)`],
            ['Do not use any substance that could impair your judgment.', undefined,
                `"that could impair your judgment" définit la catégorie par ce qui pourrait arriver ; ${R15} : énumérez ce qui est visé, ou définissez-le, p. ex. \`any controlled drug within the meaning of the Misuse of Drugs Act 1971\` (Règle 15)`]
        ];
        for (const [text, language, message] of cases) {
            expect(await said(conditionOrder(text, language), 'vague-term'), text).toEqual([{ message }]);
        }
    });

    it('a ban whose object is not defined, in the three languages', async () => {
        const undefinedObject = (phrase: string) => `"${phrase}" ne définit pas ce que vise l'interdiction, si bien que la personne ne peut pas savoir à l'avance quelles choses sont interdites ; ${R15} : ` +
            'renvoyez à la loi qui les définit (`any offensive weapon within the meaning of the Prevention of Crime Act 1953`), énumérez-les (`knives, axes and machetes`), ' +
            'définissez-les par leur fonction et par ce que la personne sait (`any article you know to be made for breaking into cars`), ou nommez-les (`any publication of the group "Northside Crew"`) (Règle 15)';
        expect(await said(conditionOrder('Do not possess any offensive material.'), 'vague-term')).toEqual([{ message: undefinedObject('offensive material') }]);
        expect(await said(conditionOrder('Ne pas détenir d\'objets dangereux.', 'French'), 'vague-term')).toEqual([{ message: undefinedObject('objets dangereux') }]);
        expect(await said(conditionOrder('Er darf keine gefährlichen Gegenstände mit sich führen.', 'German'), 'vague-term')).toEqual([{ message: undefinedObject('gefährlichen Gegenstände') }]);
    });
});

describe('unbounded-discretion in French', () => {
    const delegation = (phrase: string, who: string) => `"${phrase}" laisse ${who} décider, sans limite, de ce que la personne doit faire, à quelle fréquence et pendant combien de temps ; ${R15_71} : ` +
        'énoncez les conditions, ou encadrez la délégation, p. ex. `not more than once a week and for no longer than 6 months` (Règles 15, 17 et 71)';
    const BOUND = ['Encadrer la délégation (modifiez les limites proposées)'];

    it('a delegation, in the three languages, with the fix that bounds it', async () => {
        expect(await said(conditionOrder('Report to the probation and parole supervisors as directed.'), 'unbounded-discretion')).toEqual([
            { message: delegation('as directed', 'l\'agent de probation'), fixes: BOUND }
        ]);
        expect(await said(conditionOrder('Se présenter au service de probation selon les instructions du conseiller.', 'French'), 'unbounded-discretion')).toEqual([
            { message: delegation('selon les instructions', 'l\'agent de probation'), fixes: BOUND }
        ]);
        expect(await said(conditionOrder('Der Jugendliche hat Arbeitsleistungen nach Weisung des Jugendamts zu erbringen.', 'de'), 'unbounded-discretion')).toEqual([
            // The youth welfare office, named right after the phrase, is a service.
            { message: delegation('nach Weisung', 'le service'), fixes: BOUND }
        ]);
    });

    it('who the decision is handed to, in French', async () => {
        expect(await said(conditionOrder('Participate in an alcohol programme at 3 Barnfield Road as the court may direct.'), 'unbounded-discretion')).toEqual([
            { message: delegation('as the court may direct', 'la juridiction'), fixes: BOUND }
        ]);
        expect(await said(conditionOrder('Ne pas quitter le domicile sans l\'autorisation préalable du juge de l\'application des peines.', 'French'), 'unbounded-discretion')).toEqual([
            { message: delegation('sans l\'autorisation', 'la juridiction') }
        ]);
        expect(await said(conditionOrder('Poursuivre la cure jusqu\'à ce que le médecin y mette fin.', 'French'), 'unbounded-discretion')).toEqual([
            { message: delegation('jusqu\'à ce que le médecin y mette fin', 'le prestataire') }
        ]);
        expect(await said(conditionOrder('Attend such appointments as the department may require.'), 'unbounded-discretion')).toEqual([
            { message: delegation('such appointments as the department may require', 'le service'), fixes: BOUND }
        ]);
        expect(await said(conditionOrder('Attend appointments as they direct.'), 'unbounded-discretion')).toEqual([
            { message: delegation('as they direct', 'quelqu\'un d\'autre'), fixes: BOUND }
        ]);
    });

    it('an escape clause', async () => {
        expect(await said(conditionOrder('Report to the probation office every Tuesday at 10:00, or at such other times as your officer directs.'), 'unbounded-discretion')).toEqual([{
            message: `"or at such other times as your officer directs" laisse l'agent de probation remplacer les conditions énoncées ou en ajouter d'autres, sans limite ; ${R15_71} : ` +
                'énoncez limitativement les horaires et les lieux, ou plafonnez les ajouts, p. ex. `not more than once a week` (Règles 15, 17 et 71)',
            fixes: BOUND
        }]);
    });
});

describe('undefined-place-or-person in French', () => {
    const people = (phrase: string) => `"${phrase}" est une catégorie de personnes, sans noms ni exigence de connaissance, si bien que la personne ne peut pas savoir qui est visé ; ${R15} : ` +
        'nommez-les, ou limitez l\'interdiction aux personnes dont elle sait qu\'elles en font partie, p. ex. `persons you know to be engaged in criminal activity` (Règle 15)';
    const places = (phrase: string) => `"${phrase}" est une catégorie de lieux, sans liste, carte ni rayon, et sans exigence de connaissance ; ${R15} : ` +
        'nommez les lieux ou indiquez-les sur une carte, ou limitez l\'interdiction à ce que la personne sait, p. ex. `places where you know drugs are sold` (Règle 15)';

    it('a category of people, in the three languages; the English one with the fix that adds knowledge', async () => {
        expect(await said(conditionOrder('Do not associate with persons engaged in criminal activity.'), 'undefined-place-or-person')).toEqual([
            { message: people('persons engaged in criminal activity'), fixes: ['Ajouter une exigence de connaissance ("you know to be")'] }
        ]);
        expect(await said(conditionOrder('Do not live with anyone who uses drugs.'), 'undefined-place-or-person')).toEqual([
            { message: people('anyone who uses drugs'), fixes: ['Ajouter une exigence de connaissance ("you know")'] }
        ]);
        expect(await said(conditionOrder('Ne pas entrer en relation avec des personnes impliquées dans le trafic de stupéfiants.', 'fr'), 'undefined-place-or-person')).toEqual([
            { message: people('personnes impliquées dans le trafic de stupéfiants') }
        ]);
        expect(await said(conditionOrder('Der Verurteilte hat sich von Personen aus dem Rotlichtmilieu fernzuhalten.', 'German'), 'undefined-place-or-person')).toEqual([
            { message: people('Personen aus dem Rotlichtmilieu') }
        ]);
    });

    it('a category of places, in English and German', async () => {
        expect(await said(conditionOrder('Do not enter places where drugs are sold.'), 'undefined-place-or-person')).toEqual([
            { message: places('places where drugs are sold'), fixes: ['Ajouter une exigence de connaissance ("you know")'] }
        ]);
        expect(await said(conditionOrder('Er darf sich nicht in der Nähe eines Lokals aufhalten, in dem Drogen verkauft werden.', 'German'), 'undefined-place-or-person')).toEqual([
            { message: places('Lokals aufhalten, in dem Drogen verkauft werden') }
        ]);
    });

    it('a moving person, a contact class, speculative classes and an area with no boundary', async () => {
        expect(await said(conditionOrder('Do not come within 100 metres of Ms Mills.'), 'undefined-place-or-person')).toEqual([{
            message: `"come within 100 metres of Ms Mills" dépend de l'endroit où se trouve quelqu'un d'autre, ce que la personne ne peut pas savoir ; ${R15} : ` +
                'ajoutez une exigence de connaissance et ce qu\'elle doit faire lorsqu\'elle s\'en rend compte, p. ex. `Do not knowingly come within 100 metres of Ms Mills; if you become aware that you are, move away at once.` (Règle 15)',
            fixes: ['Ajouter une exigence de connaissance ("knowingly")']
        }]);
        expect(await said(compliantOrder('requirement no contact, with any "drug users", for 6 months.'), 'undefined-place-or-person')).toEqual([{
            message: `"drug users" est une catégorie de personnes sans exigence de connaissance, si bien que la personne ne peut pas savoir qui est visé ; ${R15} : ` +
                'limitez l\'interdiction aux personnes dont elle sait qu\'elles en font partie, p. ex. `with any person you know to be "a drug user"` (Règle 15)'
        }]);
        expect(await said(conditionOrder('Do not enter any school, playground or other place where children are likely to be present.'), 'undefined-place-or-person')).toEqual([{
            message: `"place where children are likely to be present" définit des lieux par ce qui pourrait s'y passer, sans liste, carte ni rayon ; ${R15} : ` +
                'nommez-les ou indiquez-les sur une carte, p. ex. `the area shown on the attached map` (Règle 15)'
        }]);
        expect(await said(conditionOrder('Der Verurteilte hat den Umgang mit Personen zu meiden, die ihn zu weiteren Straftaten verleiten könnten.', 'German'), 'undefined-place-or-person')).toEqual([{
            message: `"Personen zu meiden, die ihn zu weiteren Straftaten verleiten könnten" définit des personnes par ce qu'elles pourraient faire, sans noms ni exigence de connaissance ; ${R15} : ` +
                'nommez-les, ou limitez l\'interdiction aux personnes dont la personne sait qu\'elles en font partie, p. ex. `any person you know to be supplying drugs` (Règle 15)'
        }]);
        expect(await said(conditionOrder('Remain within the jurisdiction of the court.'), 'undefined-place-or-person')).toEqual([{
            message: `"jurisdiction" n'a pas de limite définie ; ${R15} : ` +
                'donnez une carte, les rues qui en forment le périmètre ou un rayon, p. ex. `the area bounded by William Street, Darlinghurst Road and Victoria Street` (Règle 15)'
        }]);
    });
});

describe('missing-parameters in French', () => {
    const requirement = (kind: string, missing: string, example: string) => `Cette obligation « ${kind} » n'indique ${missing} ; ${R15} : ajoutez ce qui manque, p. ex. \`${example}\` (Règle 15)`;

    it('a structured requirement: the kind stays its keyword, the slots are in French, with the fix that adds them', async () => {
        expect(await said(compliantOrder('requirement curfew, for 3 months.'), 'missing-parameters')).toEqual([{
            message: requirement('curfew', 'ni l\'adresse ou le lieu ni les horaires quotidiens', 'at "12 Acacia Road, Exeter EX1 1AA", from 19:00 to 07:00'),
            fixes: ['Ajouter l\'adresse ou le lieu et les horaires quotidiens (modifiez l\'exemple)']
        }]);
        expect(await said(compliantOrder('requirement no contact, for 6 months.'), 'missing-parameters')).toEqual([{
            message: requirement('no contact', 'pas la personne ou la catégorie de personnes', 'with "Jane Doe"'),
            fixes: ['Ajouter la personne ou la catégorie de personnes (modifiez l\'exemple)']
        }]);
    });

    it('every kind with required slots', async () => {
        const kinds: Array<[string, string, string]> = [
            ['unpaid work', 'pas le nombre d\'heures', '120 hours'],
            ['supervision', 'pas la fréquence', 'reporting weekly'],
            ['electronic monitoring', 'pas ce qui est surveillé', 'of the curfew'],
            ['exclusion', 'pas la zone', 'area "Exeter city centre" on map "EX-12"'],
            ['residence', 'pas l\'adresse ou le lieu', 'at "12 Acacia Road, Exeter EX1 1AA"'],
            ['programme', 'ni la description ni le nombre de séances ou de jours', '"attending football matches at St James Park", 20 sessions'],
            ['rehabilitation activity', 'pas le nombre de séances ou de jours', '20 sessions'],
            ['drug treatment', 'pas le prestataire', 'provided by "Exeter Drug and Alcohol Service"'],
            ['alcohol treatment', 'pas le prestataire', 'provided by "Exeter Drug and Alcohol Service"'],
            ['mental health treatment', 'pas le prestataire', 'provided by "Exeter Drug and Alcohol Service"'],
            ['alcohol abstinence monitoring', 'pas le nombre de séances ou de jours', '20 sessions'],
            ['prohibited activity', 'pas la description', '"attending football matches at St James Park"'],
            ['reparation', 'pas la description', '"attending football matches at St James Park"'],
            ['compensation', 'pas le montant', 'amount 250 EUR, payable to "the victim"'],
            ['mediation', 'pas le prestataire', 'provided by "Exeter Drug and Alcohol Service"']
        ];
        for (const [kind, missing, example] of kinds) {
            const [finding] = await said(compliantOrder(`requirement ${kind}, for 6 months.`), 'missing-parameters');
            expect(finding?.message, kind).toBe(requirement(kind, missing, example));
        }
    });

    it('a template: the apply clause that gives a slot no value, and the omission shown on an apply clause of another file', async () => {
        const unbound = `template home-curfew(address: text, start: time = 19:00, end: time = 07:00):
  requirement curfew, at address, from start to end, for 3 months.

${compliantOrder('apply home-curfew with address "12 Acacia Road, Exeter".\napply home-curfew.')}`;
        expect(await said(unbound, 'missing-parameters')).toEqual([{
            message: `Cette obligation « curfew » du modèle 'home-curfew' ne reçoit pas de valeur pour l'adresse ou le lieu ; ${R15} : donnez une valeur à 'address', p. ex. \`apply home-curfew with address "12 Acacia Road, Exeter EX1 1AA".\` (Règle 15)`
        }]);
        // From another file, the finding shows on the apply clause, with where it comes from in French.
        const library = 'template evening-curfew(address: text):\n  requirement curfew, at address, for 3 months.\n';
        const order = `import "library.sanction".\n${compliantOrder('apply evening-curfew with address "12 Acacia Road, Exeter".')}`;
        const files = await workspace({ 'library.sanction': library, 'order.sanction': order });
        expect(files['order.sanction']!.filter(f => f.checkId === 'missing-parameters').map(f => f.message)).toEqual([
            `Cette obligation « curfew » n'indique pas les horaires quotidiens ; ${R15} : ajoutez ce qui manque, p. ex. \`from 19:00 to 07:00\`, dans le modèle 'evening-curfew' (Règle 15)`
        ]);
    });

    it('a free-text duty, in the three languages, with the fix that appends what is missing', async () => {
        const duty = (subject: string, missing: string, example: string) => `${subject} n'indique ${missing} ; ${R15} : ajoutez ce qui manque, p. ex. \`${example}\` (Règle 15)`;
        expect(await said(conditionOrder('Report to your probation officer once a month.'), 'missing-parameters')).toEqual([{
            message: duty('Cette obligation de se présenter', 'pas le lieu ou le mode de présentation', 'in person at the probation office, 3 Barnfield Road'),
            fixes: ['Ajouter ce qui manque : le lieu ou le mode de présentation (modifiez l\'exemple)']
        }]);
        expect(await said(conditionOrder('Attend appointments where necessary.'), 'missing-parameters')).toEqual([{
            message: duty('Cette obligation de se présenter', 'ni la fréquence ni le lieu ou le mode de présentation', 'once a week, in person at the probation office, 3 Barnfield Road'),
            fixes: ['Ajouter ce qui manque : la fréquence et le lieu ou le mode de présentation (modifiez l\'exemple)']
        }]);
        expect(await said(conditionOrder('Remain at your home address for the first 3 months.'), 'missing-parameters')).toEqual([{
            message: duty('Ce couvre-feu', 'pas les horaires quotidiens', 'from 19:00 to 07:00'),
            fixes: ['Ajouter ce qui manque : les horaires quotidiens (modifiez l\'exemple)']
        }]);
        expect(await said(conditionOrder('Comply with electronic monitoring for 3 months.'), 'missing-parameters')).toEqual([{
            message: duty('Cette surveillance électronique', 'pas ce qui est surveillé', 'to check the curfew')
        }]);
        expect(await said(conditionOrder('Participate in crime-related treatment or counselling services.'), 'missing-parameters')).toEqual([{
            message: duty('Ce traitement', 'pas le prestataire', 'at Exeter Drug and Alcohol Service')
        }]);
        expect(await said(conditionOrder('Recevoir les visites de l\'agent de probation.', 'French'), 'missing-parameters')).toEqual([{
            message: duty('Cette obligation de recevoir des visites', 'pas la fréquence', 'once a week'),
            fixes: ['Ajouter ce qui manque : la fréquence (modifiez l\'exemple)']
        }]);
        expect(await said(conditionOrder('Suivre des séances de psychothérapie au centre médico-psychologique de Lille.', 'French'), 'missing-parameters')).toEqual([
            { message: duty('Ce programme', 'pas le nombre de séances ou de jours', '20 sessions'), fixes: ['Ajouter ce qui manque : le nombre de séances ou de jours (modifiez l\'exemple)'] },
            { message: duty('Ce traitement', 'pas le nombre de séances ou de jours', '20 sessions'), fixes: ['Ajouter ce qui manque : le nombre de séances ou de jours (modifiez l\'exemple)'] }
        ]);
        expect(await said(conditionOrder('Der Jugendliche wird der Betreuung und Aufsicht eines Betreuungshelfers unterstellt.', 'German'), 'missing-parameters')).toEqual([{
            message: duty('Cette obligation de suivi', 'pas la fréquence', 'once a week'),
            fixes: ['Ajouter ce qui manque : la fréquence (modifiez l\'exemple)']
        }]);
        expect(await said(conditionOrder('Attend a programme.'), 'missing-parameters')).toEqual([{
            message: duty('Ce programme', 'ni le nom du programme ou du prestataire ni le nombre de séances ou de jours', 'the Thinking Skills Programme at the probation office, 20 sessions')
        }]);
    });

    it('a range of hours where the number belongs', async () => {
        expect(await said(conditionOrder('Undertake between 101 and 300 hours of unpaid work within 12 months.'), 'missing-parameters')).toEqual([{
            message: `Ce travail non rémunéré indique une fourchette d'heures ("between 101 and 300 hours"), et non le nombre d'heures à effectuer ; ${R15} : indiquez le nombre d'heures, p. ex. \`120 hours\` (Règle 15)`
        }]);
    });
});

describe('the fix titles of group D, by pattern', () => {
    it('lists of slots of any length, and the free-text form before the structured one', () => {
        expect(localFixTitle('Add the address or place, daily hours and number of hours (edit the example)', 'fr'))
            .toBe('Ajouter l\'adresse ou le lieu, les horaires quotidiens et le nombre d\'heures (modifiez l\'exemple)');
        expect(localFixTitle('Add the missing daily hours, frequency and place or means of reporting (edit the example)', 'fr'))
            .toBe('Ajouter ce qui manque : les horaires quotidiens, la fréquence et le lieu ou le mode de présentation (modifiez l\'exemple)');
        expect(localFixTitle('Add the missing number of sessions or days (edit the example)', 'fr'))
            .toBe('Ajouter ce qui manque : le nombre de séances ou de jours (modifiez l\'exemple)');
    });

    it('English stays English', () => {
        expect(localFixTitle('Close the list (remove "etc.")', 'en')).toBe('Close the list (remove "etc.")');
        expect(localFixTitle('Add the missing frequency (edit the example)', 'en')).toBe('Add the missing frequency (edit the example)');
    });
});
