import { mkdtempSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { EmptyFileSystem } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, test } from 'vitest';
import { createSanctionCoreServices, type SanctionCoreServices } from '../../language/src/sanction-module.js';
import { findingsOf, lintFiles, lintText } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';
import { FRENCH } from '../../language/src/i18n/fr/index.js';
import { localFixTitle } from '../../language/src/i18n/messages.js';
import { translateByPattern } from '../../language/src/i18n/pattern.js';
import { readRegressions } from '../fuzz/regression-file.js';
import { manifest, project } from '../library/helpers.js';

/*
 * Group C in French: freedoms, disclosure, costs and victims, the language's own checks, and the
 * messages the parser, the linker and the suppression pass raise in English and the translation
 * puts into French by pattern.
 */

function frenchServices(fileSystem: typeof EmptyFileSystem | typeof NodeFileSystem = EmptyFileSystem): SanctionCoreServices {
    const services = createSanctionCoreServices(fileSystem).Sanction;
    services.sanction.locale.set('fr');
    return services;
}

const french = frenchServices();

/** The French findings of one check. */
async function lintFr(text: string, checkId: string): Promise<Finding[]> {
    return (await lintText(french, text)).findings.filter(f => f.checkId === checkId);
}

async function messagesFr(text: string, checkId: string): Promise<string[]> {
    return (await lintFr(text, checkId)).map(f => f.message);
}

/** Several in-memory files linted together in French (imports resolve between them). */
let workspaces = 0;
async function lintWorkspaceFr(files: Record<string, string>, main: string): Promise<Finding[]> {
    const workspace = french.shared.workspace;
    const root = `memory:///fr-c-${++workspaces}/`;
    const documents = Object.entries(files).map(([path, text]) => {
        const document = workspace.LangiumDocumentFactory.fromString(text, URI.parse(root + path));
        workspace.LangiumDocuments.addDocument(document);
        return [path, document] as const;
    });
    await workspace.DocumentBuilder.build(documents.map(([, d]) => d), { validation: true });
    return findingsOf(documents.find(([path]) => path === main)![1]);
}

const order = (...clauses: string[]) => `order "C-1".\nmade on 2026-03-14.\nin force for 12 months.\n${clauses.join('\n')}\n`;
const condition = (text: string) => order(`condition "${text}".`);
const MEDIATION = 'requirement mediation, provided by "Exeter Restorative Justice Service", 3 sessions';
const REPARATION = 'requirement reparation, "repairing the victim\'s fence", 10 hours';
const CURFEW = 'template home-curfew(address: text, start: time = 19:00, end: time = 07:00, length: duration = 3 months):\n  requirement curfew, at address, from start to end, for length.\n';

describe('the protected rights of group C, in French', () => {
    test('fundamental-freedoms', async () => {
        expect(await messagesFr(condition('The person must attend church every Sunday'), 'fundamental-freedoms')).toEqual([
            '"attend church" impose une pratique religieuse ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté de religion : laissez-la au choix de la personne, p. ex. `condition "The person may attend religious services if they wish".`, ou indiquez en quoi elle est liée à l\'infraction (Règle 4)'
        ]);
        expect(await messagesFr(condition('The person must not take part in any political demonstration'), 'fundamental-freedoms')).toEqual([
            '"take part in any political demonstration" interdit de prendre part à une réunion pacifique ou à une association ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté de réunion et d\'association. Une restriction liée à l\'infraction peut rester justifiée : énoncez ce lien, p. ex. `condition "Do not attend the protest at Victoria Square on 1 May, because the offence was committed at such a protest", for 6 months.`, ou supprimez-la (Règle 4)'
        ]);
    });

    test('offence-disclosure, with its fix', async () => {
        const [unlimited] = await lintFr(order('disclosure of the offence to "the employer" and "the landlord".'), 'offence-disclosure');
        expect(unlimited!.message).toBe('L\'ordonnance communique l\'infraction à "the employer" et "the landlord" sans limiter ce qui leur est dit ; la Règle 8 demande que la sanction respecte la vie privée de la personne : ajoutez `, as far as needed`, p. ex. `disclosure of the offence to "the employer", as far as needed.` (Règle 8)');
        expect(unlimited!.fixes?.map(f => f.title)).toEqual(['Limiter la communication au nécessaire (", as far as needed")']);
        expect(await messagesFr(order('disclosure of the offence to "the employer" and "the local press", as far as needed.'), 'offence-disclosure')).toEqual([
            'Communiquer l\'infraction à "the local press" va au-delà de tout besoin ; la Règle 8 demande que la sanction respecte la vie privée de la personne : retirez "the local press" et ne nommez que qui a besoin de savoir, p. ex. `disclosure of the offence to "the employer", as far as needed.` (Règle 8)'
        ]);
        expect(await messagesFr(condition('The work placement will be informed about his conviction'), 'offence-disclosure')).toEqual([
            '"work placement will be informed about his conviction" informe une structure d\'accueil du travail ou un organisme d\'assistance de l\'infraction ; la Règle 49 demande que ce qui leur est communiqué se limite à leur mission et, en principe, laisse l\'infraction de côté : limitez-le, p. ex. `disclosure of the offence to "the placement supervisor", as far as needed.` (Règle 49)'
        ]);
    });

    test('offender-pays, with its fix', async () => {
        const [payer] = await lintFr(order('costs borne by the person.'), 'offender-pays');
        expect(payer!.message).toBe('L\'ordonnance met à la charge de la personne les frais de sa mise en œuvre ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels frais : écrivez `costs borne by the state.` (Règle 36)');
        expect(payer!.fixes?.map(f => f.title)).toEqual(['Mettre les frais à la charge de l\'État ("costs borne by the state")']);
        expect(await messagesFr(order('requirement curfew, at "1 Road", from 19:00 to 07:00, amount 50 EUR, for 3 months.'), 'offender-pays')).toEqual([
            'Un montant de 50 EUR sur cette obligation « curfew » fait payer à la personne sa mise en œuvre ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels coûts : supprimez le montant et écrivez `costs borne by the state.` (Règle 36)'
        ]);
        expect(await messagesFr(order('implemented by "Exeter Probation".', 'requirement compensation, amount 300 EUR, payable to "Exeter Probation", completed within 6 months.'), 'offender-pays')).toEqual([
            'Ce montant est payable à Exeter Probation, qui met en œuvre l\'ordonnance : c\'est un coût de mise en œuvre, non une indemnisation ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels coûts : rendez l\'indemnisation payable à la victime, p. ex. `requirement compensation, amount 300 EUR, payable to "the victim".` (Règle 36)'
        ]);
    });

    test('profit-making', async () => {
        expect(await messagesFr(order('requirement unpaid work, 80 hours, at "Smith Farms Ltd, Long Lane".'), 'profit-making')).toEqual([
            '"Farms Ltd" met le travail au service d\'une entreprise ; la Règle 40 demande que le travail d\'intérêt général ne soit pas accompli dans un but de profit commercial : confiez-le à un organisme public ou à but non lucratif, p. ex. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".` (Règle 40)'
        ]);
    });

    test('social-rights', async () => {
        expect(await messagesFr(condition('The person must not vote in the municipal elections'), 'social-rights')).toEqual([
            '"vote" est interdit à la personne ; la Règle 20 demande qu\'une sanction ne limite ni les droits de sécurité sociale ni les autres droits civiques, sauf si la restriction fait elle-même partie de la peine : supprimez ce passage, ou indiquez que la juridiction l\'a imposée dans le cadre de la peine, p. ex. `condition "Disqualification from voting for two years, imposed as part of the sentence, continues".` (Règle 20)'
        ]);
    });

    test('victim-contact, with its fixes', async () => {
        const [noVictim] = await lintFr(order(`${MEDIATION}.`), 'victim-contact');
        expect(noVictim!.message).toBe('Cette obligation « mediation » ne consigne pas que la victime y prend part de son plein gré ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : consignez-le, p. ex. `requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.` (Règles 9 et 10)');
        expect(noVictim!.fixes?.map(f => f.title)).toEqual(['Consigner que la victime prend part et a consenti (seulement une fois que c\'est le cas ; vérifiez la date)']);
        const [missing] = await lintFr(order(`${MEDIATION}, involving the victim.`), 'victim-contact');
        expect(missing!.fixes?.map(f => f.title)).toEqual(['Consigner le consentement de la victime (seulement une fois qu\'elle l\'a donné ; vérifiez la date)']);
        expect(await messagesFr(order(`${MEDIATION}, involving the victim, victim consent refused.`), 'victim-contact')).toEqual([
            'La victime a refusé de consentir à cette obligation « mediation » ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : n\'allez pas plus loin contre son refus ; prévoyez plutôt une réparation envers la collectivité, p. ex. `requirement reparation, "repairing the bus shelter", 10 hours.` (Règles 9 et 10)'
        ]);
        expect(await messagesFr(condition('The person must repair the victim\'s fence even though the victim does not want to'), 'victim-contact')).toEqual([
            '"repair the victim\'s" impose une réparation envers la victime malgré son refus ; la Règle 10 dit que la réparation envers les victimes devrait tenir dûment compte de leurs droits et de leurs besoins : prévoyez plutôt une réparation envers la collectivité, p. ex. `requirement reparation, "repairing the bus shelter", 10 hours.` (Règle 10)'
        ]);
        expect(await messagesFr(condition('The person will meet the victim at the service'), 'victim-contact')).toEqual([
            '"meet the victim" impose un contact avec la victime sans rien dire de son consentement ; la Règle 9 demande que le contact avec les victimes respecte leurs droits selon les normes éthiques reconnues, qui veulent qu\'une victime n\'y prenne part que de son plein gré : subordonnez le contact à l\'accord de la victime, p. ex. `condition "The person will meet the victim only if the victim agrees".` (Règle 9)'
        ]);
        const template = `template victim-mediation(service: text):\n  ${MEDIATION.replace('"Exeter Restorative Justice Service"', 'service')}.\n`;
        expect(await messagesFr(`${template}${order('apply victim-mediation with service "X".')}`, 'victim-contact')).toEqual([
            'L\'obligation « mediation » apportée par \'victim-mediation\' ne consigne pas que la victime y prend part de son plein gré, et une ordonnance ne peut pas le consigner pour l\'obligation d\'un modèle ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : consignez-le dans le modèle, ou écrivez la médiation dans l\'ordonnance, p. ex. `requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.` (Règles 9 et 10)'
        ]);
        expect(await messagesFr(order(`${REPARATION}.`), 'victim-contact')).toEqual([
            '"repairing the victim\'s" impose une réparation envers la victime sans rien dire de son consentement ; la Règle 10 dit que la réparation envers les victimes devrait tenir dûment compte de leurs droits et de leurs besoins : consignez le consentement de la victime, p. ex. `requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent given on 2026-03-10.`, ou prévoyez une réparation envers la collectivité (Règle 10)'
        ]);
    });
});

describe('the language\'s own checks, in French', () => {
    test('template-types', async () => {
        expect(await messagesFr(`${CURFEW}order "A".\nin force for 6 months.\napply home-curfew with start "seven", length 4 months.\napply home-curfew with address "1 Road", address "2 Road".\n`, 'template-types')).toEqual([
            'Le modèle \'home-curfew\' a besoin d\'une valeur pour \'address\' : ajoutez p. ex. `with address …`',
            '\'start\' attend une heure (19:00)',
            '\'address\' est donné deux fois : gardez une seule valeur'
        ]);
        expect(await messagesFr('template t(place: text = 4 months, length: duration):\n  requirement residence, at length, for place.\n', 'template-types')).toEqual([
            'La valeur par défaut de \'place\' n\'est pas de son type : écrivez du texte entre guillemets ("…")',
            '\'length\' est un paramètre de type duration, mais cet endroit demande du texte entre guillemets ("…")',
            '\'place\' est un paramètre de type text, mais cet endroit demande une durée (6 months)'
        ]);
    });

    test('requirement-parameters', async () => {
        expect(await messagesFr('order "A".\nin force for 6 months.\nrequirement unpaid work, 100 hours, from 19:00 to 07:00, for 3 months, for 4 months.\n', 'requirement-parameters')).toEqual([
            'Une obligation « unpaid work » ne prend pas de paramètre « horaires quotidiens » (il appartient à une obligation « curfew ») : déplacez-le là, ou supprimez-le',
            'Le paramètre « durée » est indiqué deux fois dans cette obligation, ce qui laisse ouvert lequel des deux s\'applique : gardez-en un'
        ]);
        expect(await messagesFr('order "A".\nin force for 6 months.\nrequirement unpaid work, 80 hours, at "x".\nrequirement curfew, at "1 Road", from 19:00 to 07:00, completed within 6 months, for 3 months.\n', 'requirement-parameters')).toEqual([
            'Une obligation « unpaid work » ne prend pas de paramètre « adresse ou lieu » (il appartient à une obligation « curfew » ou « residence ») : déplacez-le là, ou supprimez-le',
            'Une obligation « curfew » ne prend pas de paramètre « délai d\'exécution » : déplacez-le vers l\'obligation à laquelle il appartient, ou supprimez-le'
        ]);
    });

    test('invalid-value', async () => {
        expect(await messagesFr('order "A".\nmade on 2026-02-30.\nin force from 2026-05-01 until 2026-04-01.\nrequirement curfew, at "x", from 25:00 to 07:00, for 2 months.\n', 'invalid-value')).toEqual([
            '2026-02-30 n\'est pas une date : écrivez une date qui existe, sous la forme année-mois-jour, p. ex. `2026-03-14`',
            'La période se termine (2026-04-01) avant de commencer (2026-05-01) : placez la date la plus tardive après `to`',
            '25:00 n\'est pas une heure de la journée : écrivez les heures de 00 à 23 et les minutes de 00 à 59, p. ex. `19:00`'
        ]);
        expect(await messagesFr('order "A".\nmade on 01/06/2026.\nin force from 1/7/26 until 2026-12-31.\n', 'invalid-value')).toEqual([
            '`01/06/2026` n\'est pas une date telle que ce langage les écrit : écrivez-la sous la forme année-mois-jour, `2026-06-01` si elle veut dire le 1er juin 2026 ou `2026-01-06` si elle veut dire le 6 janvier 2026',
            '`1/7/26` n\'est pas une date telle que ce langage les écrit : écrivez la date sous la forme année-mois-jour, avec l\'année en entier, p. ex. `2026-03-14`'
        ]);
    });

    test('duplicate-clause', async () => {
        expect(await messagesFr('order "A".\nin force for 6 months.\ndecided by "X".\nin force for 12 months.\ndecided by "Y".\n', 'duplicate-clause')).toEqual([
            'La durée de l\'ordonnance est indiquée deux fois, ce qui laisse ouvert laquelle des deux s\'applique : gardez-en une et supprimez l\'autre',
            'L\'autorité de décision est indiquée deux fois, ce qui laisse ouvert laquelle des deux s\'applique : gardez-en une et supprimez l\'autre'
        ]);
    });

    test('duplicate-template', async () => {
        const findings = await lintWorkspaceFr({
            'a.sanction': 'template t():\n requirement residence, at "x".\n',
            'order.sanction': 'import "a.sanction".\ntemplate t():\n requirement residence, at "y".\n'
        }, 'order.sanction');
        expect(findings.filter(f => f.checkId === 'duplicate-template').map(f => f.message)).toEqual([
            'Il existe un autre modèle nommé \'t\' (dans a.sanction), donc `apply t` est ambigu : renommez l\'un des deux, p. ex. `template t-2(…):`'
        ]);
        expect((await messagesFr('template t():\n requirement residence, at "x".\ntemplate t():\n requirement residence, at "y".\n', 'duplicate-template'))[0]).toBe(
            'Il existe un autre modèle nommé \'t\' dans ce fichier, donc `apply t` est ambigu : renommez l\'un des deux, p. ex. `template t-2(…):`');
    });

    test('unresolved-import', async () => {
        expect(await messagesFr('import "missing.sanction".\nimport "notes.txt".\nimport "probation-standard/curfew".\norder "A".\nin force for 6 months.\n', 'unresolved-import')).toEqual([
            'Le fichier importé \'missing.sanction\' est introuvable : vérifiez le chemin, qui est relatif à ce fichier',
            'Un import nomme un fichier .sanction ; \'notes.txt\' n\'en est pas un : écrivez p. ex. `import "library/standard-requirements.sanction".`',
            'Il n\'existe pas de bibliothèque de modèles \'probation-standard\' (aucune bibliothèque n\'est configurée ni installée pour ce fichier) : nommez son dossier dans `libraries` de sanction.config.json ou installez son paquet npm ; un chemin vers un fichier se termine par .sanction'
        ]);
        const cycle = await lintWorkspaceFr({ 'a.sanction': 'import "b.sanction".\norder "A".\n', 'b.sanction': 'import "a.sanction".\n' }, 'a.sanction');
        expect(cycle.filter(f => f.checkId === 'unresolved-import').map(f => f.message)).toEqual([
            'Cet import ferme un cycle (a.sanction → b.sanction → a.sanction) : des fichiers ne peuvent pas s\'importer les uns les autres en boucle ; placez les modèles qu\'ils partagent dans un fichier qui n\'importe aucun d\'eux'
        ]);
    });

    test('invalid-config', async () => {
        const root = mkdtempSync(join(tmpdir(), 'sanction-fr-c-'));
        try {
            mkdirSync(join(root, 'broken'));
            writeFileSync(join(root, 'broken/sanction.config.json'), '{ "checks": { "vague-trem": "off" }, "colour": true }');
            writeFileSync(join(root, 'broken/a.sanction'), 'order "A".\nin force for 6 months.\n');
            const [result] = await lintFiles(frenchServices(NodeFileSystem), [URI.file(join(root, 'broken/a.sanction'))]);
            expect(result!.findings.filter(f => f.checkId === 'invalid-config').map(f => f.message)).toEqual([
                `Le fichier de configuration est ignoré : ${join(root, 'broken/sanction.config.json')}:1:38: 'colour': clé inconnue au premier niveau`
            ]);
            writeFileSync(join(root, 'broken/sanction.config.json'), '{ "checks": { "vague-trem": "off" } }');
            const [unknown] = await lintFiles(frenchServices(NodeFileSystem), [URI.file(join(root, 'broken/a.sanction'))]);
            expect(unknown!.findings.filter(f => f.checkId === 'invalid-config').map(f => f.message)).toEqual([
                `Le fichier de configuration est ignoré : ${join(root, 'broken/sanction.config.json')}:1:15: 'checks.vague-trem': vérification inconnue 'vague-trem' (voir \`sanction checks\` pour les identifiants)`
            ]);
        } finally {
            rmSync(root, { recursive: true, force: true });
        }
    });
});

describe('imports from a template library, in French', () => {
    const TEMPLATE = 'template home-curfew(address: text = "the home address", length: duration = 3 months):\n  requirement curfew, at address, from 19:00 to 07:00, for length.\n';
    async function importFindingsFr(files: Record<string, string>, specifier: string): Promise<string[]> {
        const root = project({
            'libs/ps/curfew.sanction': TEMPLATE,
            'orders/order.sanction': `import "${specifier}".\norder "A".\nin force for 6 months.\n`,
            ...files
        });
        const [result] = await lintFiles(frenchServices(NodeFileSystem), [URI.file(join(root, 'orders/order.sanction'))]);
        return result!.findings.filter(f => f.checkId === 'unresolved-import').map(f => f.message.replaceAll(root, '<root>'));
    }

    test('a profile the manifest does not name', async () => {
        expect(await importFindingsFr({
            'sanction.config.json': JSON.stringify({ profile: 'france', libraries: { 'probation-standard': './libs/ps' } }),
            'libs/ps/sanction-library.json': manifest({ profiles: ['coe', 'england-wales'] })
        }, 'probation-standard/curfew')).toEqual([
            'La bibliothèque \'probation-standard\' est écrite pour les profils que nomme son manifeste (coe, england-wales), et ce fichier est vérifié sous le profil france : ses modèles peuvent employer des obligations ou des limites que ce droit ne connaît pas ; vérifiez chaque modèle que vous appliquez, employez une bibliothèque écrite pour france, ou ajoutez france au manifeste une fois la bibliothèque vérifiée sous ce profil (`sanction lint --library`)'
        ]);
    });

    test('a file the library does not have, and the library alone', async () => {
        const files = {
            'sanction.config.json': JSON.stringify({ libraries: { 'probation-standard': './libs/ps' } }),
            'libs/ps/sanction-library.json': manifest()
        };
        expect(await importFindingsFr(files, 'probation-standard/curfw')).toEqual([
            'La bibliothèque \'probation-standard\' n\'a pas de fichier \'curfw.sanction\' (ses fichiers : curfew) : corrigez le nom après \'probation-standard/\''
        ]);
        expect(await importFindingsFr(files, 'probation-standard')).toEqual([
            'Un import nomme un fichier de la bibliothèque \'probation-standard\', pas seulement la bibliothèque : écrivez `import "probation-standard/<file>".` (ses fichiers : curfew)'
        ]);
    });

    test('an invalid manifest', async () => {
        expect(await importFindingsFr({
            'sanction.config.json': JSON.stringify({ libraries: { 'probation-standard': './libs/ps' } }),
            'libs/ps/sanction-library.json': JSON.stringify({ name: 'probation-standard', version: '1', profiles: ['coe'], minimumLanguageVersion: '0.1.0', colour: 'red' })
        }, 'probation-standard/curfew')).toEqual([
            'Le manifeste de la bibliothèque \'probation-standard\' n\'est pas valide, et ses modèles ne sont donc pas utilisés : <root>/libs/ps/sanction-library.json:1:1: le manifeste doit contenir \'description\' ; <root>/libs/ps/sanction-library.json:1:96: \'colour\': clé inconnue ; <root>/libs/ps/sanction-library.json:1:30: \'version\': une version s\'écrit majeure.mineure.correctif, p. ex. "1.0.0"'
        ]);
    });
});

describe('messages raised outside the checks, in French', () => {
    test('a misspelt unit, with the word meant', async () => {
        expect(await messagesFr('order "A".\nin force for 6 monhts.\n', 'syntax-error')).toEqual([
            'Élément \'monhts\' inattendu : on attendait \'day\', \'days\', \'working\', \'week\', \'weeks\', \'month\', \'months\', \'year\' ou \'years\'. Vouliez-vous dire \'months\' ?'
        ]);
    });

    test('a misspelt keyword, and one in the wrong case', async () => {
        expect(await messagesFr('order "A".\nin force for 6 months.\nrequirment unpaid work, 40 hours.\n', 'syntax-error')).toEqual([
            'Élément \'requirment\' inattendu dans l\'ordonnance : les phrases d\'une ordonnance commencent par : made on, decided by, implemented by, under, written in, person, offence, in force, consent, requirement, condition, apply, early termination, disclosure of the offence, on breach, rights, costs. La phrase a été ignorée. Vouliez-vous dire \'requirement\' ?'
        ]);
        expect(await messagesFr('order "A".\nin force for 6 months.\nRequirement unpaid work, 40 hours.\n', 'syntax-error')).toEqual([
            'Élément \'Requirement\' inattendu dans l\'ordonnance : les phrases d\'une ordonnance commencent par : made on, decided by, implemented by, under, written in, person, offence, in force, consent, requirement, condition, apply, early termination, disclosure of the offence, on breach, rights, costs. La phrase a été ignorée. Vouliez-vous dire \'requirement\' ? Les mots du langage s\'écrivent tels quels, en minuscules.'
        ]);
    });

    test('a word that is not a parameter, a stray character, an unclosed quote, a missing full stop', async () => {
        expect(await messagesFr('order "A".\nin force for 6 months.\nrequirement unpaid work, 40 hours, # now.\n', 'syntax-error')).toEqual([
            'Caractère \'#\' inattendu : il ne fait pas partie du langage à cet endroit. Mettez-le dans un texte entre guillemets ("…") ou supprimez-le.',
            'Élément \'now\' inattendu dans l\'obligation : on attendait un paramètre (comme \'for 6 months\', \'at "…"\', \'from 19:00 to 07:00\', \'120 hours\') ou \'.\' pour terminer la phrase.'
        ]);
        expect(await messagesFr('order "A".\ncondition "Stay home.\nin force for 6 months.\n', 'syntax-error')).toEqual([
            'Ce texte entre guillemets n\'a pas de guillemet fermant : ajoutez \'"\' à sa fin (un texte entre guillemets ne peut pas dépasser la fin d\'une ligne).'
        ]);
        expect(await messagesFr('order "A".\nin force for 6 months\nrequirement unpaid work, 40 hours.\n', 'syntax-error')).toEqual([
            'Il manque \'.\' pour terminer la phrase après \'months\' : la ligne suivante commence une nouvelle phrase.'
        ]);
        expect(await messagesFr('order "A".\nmade on 02/06/2026.\n', 'syntax-error')).toEqual([
            'On attendait une date (2026-03-14 ou 14 March 2026), mais on trouve \'02\'.',
            'Caractère \'/\' inattendu : il ne fait pas partie du langage à cet endroit. Mettez-le dans un texte entre guillemets ("…") ou supprimez-le.',
            'Caractère \'/\' inattendu : il ne fait pas partie du langage à cet endroit. Mettez-le dans un texte entre guillemets ("…") ou supprimez-le.'
        ]);
    });

    test('a word read ahead that does not fit after one that does', async () => {
        expect(await messagesFr('order "A".\nin force until 5.\n', 'syntax-error')).toEqual([
            'Après \'until\', on attendait une date (2026-03-14 ou 14 March 2026), un nom, \'further\' ou du texte entre guillemets, mais on trouve \'5\'.'
        ]);
    });

    test('the end of the file too early', async () => {
        expect(await messagesFr('order "A".\nrequirement', 'syntax-error')).toEqual([
            'Le fichier se termine trop tôt : on attendait \'unpaid\', \'supervision\', \'curfew\', \'electronic\', \'exclusion\', \'residence\', \'programme\', \'rehabilitation\' ou 9 autres.'
        ]);
    });

    test('an unknown template, an unknown parameter, a parameter outside a template', async () => {
        expect(await messagesFr('order "A".\nin force for 6 months.\napply home-curfew with address "1 Road".\n', 'unresolved-reference')).toEqual([
            'Modèle \'home-curfew\' inconnu : définissez-le dans ce fichier ou importez le fichier qui le définit.'
        ]);
        expect(await messagesFr(`${CURFEW}order "A".\nin force for 6 months.\napply home-curfew with adress "1 Road".\n`, 'unresolved-reference')).toEqual([
            'Le modèle \'home-curfew\' n\'a pas de paramètre \'adress\' (ses paramètres : address, start, end, length).'
        ]);
        expect(await messagesFr('order "A".\nin force for length.\n', 'unresolved-reference')).toEqual([
            '\'length\' n\'est pas une valeur ici : écrivez un texte entre guillemets, un nombre, une date, une heure ou une durée (les paramètres de modèle ne s\'emploient qu\'à l\'intérieur d\'un modèle).'
        ]);
    });

    test('bad suppression comments', async () => {
        const kept = 'condition "Be of good behaviour".';
        expect(await messagesFr(order('// sanction-ignore', kept), 'invalid-suppression')).toEqual([
            'Ce commentaire sanction-ignore ne nomme aucune vérification : écrivez \'// sanction-ignore <check-id> -- <motif de la juridiction>\''
        ]);
        expect(await messagesFr(order('// sanction-ignore vague-trem, syntax-error -- the statute defines the term', kept), 'invalid-suppression')).toEqual([
            'Ce commentaire sanction-ignore nomme \'vague-trem\', \'syntax-error\', qui ne sont pas des vérifications que l\'on peut faire taire (voir `sanction checks`)'
        ]);
        expect(await messagesFr(order('// sanction-ignore vague-trem -- the statute defines the term', kept), 'invalid-suppression')).toEqual([
            'Ce commentaire sanction-ignore nomme \'vague-trem\', qui n\'est pas une vérification que l\'on peut faire taire (voir `sanction checks`)'
        ]);
        expect(await messagesFr(order('// sanction-ignore vague-term', kept), 'invalid-suppression')).toEqual([
            'Ce commentaire sanction-ignore ne donne aucun motif : indiquez après \'--\' pourquoi la juridiction maintient cette formulation (en quelques mots au moins) ; d\'ici là, il ne fait taire aucun constat'
        ]);
        expect(await messagesFr(order(kept, '// sanction-ignore vague-term -- the statute defines the term'), 'invalid-suppression')).toEqual([
            'Ce commentaire sanction-ignore n\'est suivi d\'aucune phrase à laquelle s\'appliquer'
        ]);
        expect(await messagesFr(order('// sanction-ignore vague-term, offender-pays -- the statute defines the term', 'requirement unpaid work, 40 hours.'), 'unused-suppression')).toEqual([
            'Ce commentaire sanction-ignore ne fait taire aucun constat : aucun constat \'vague-term\' ou \'offender-pays\' ne commence à la ligne 5 ; supprimez-le'
        ]);
        // A valid suppression still silences the finding in French.
        expect(await messagesFr(order('// sanction-ignore vague-term -- the statute defines the term', kept), 'vague-term')).toEqual([]);
    });

    test('the quick fix that suppresses a finding', () => {
        expect(localFixTitle('Suppress vague-term here, with a reason', 'fr')).toBe('Ignorer vague-term ici, en donnant un motif');
    });

    test('Langium\'s own wording of an unresolved name', () => {
        const patterns = FRENCH.checks['unresolved-reference']!.patterns!;
        expect(translateByPattern('Could not resolve reference to Template named \'x\'.', patterns)).toBe('Impossible de résoudre la référence au modèle nommé \'x\'.');
    });
});

/** Every .sanction file under a folder. */
function sanctionFiles(dir: string): string[] {
    return readdirSync(dir).sort().flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sanctionFiles(path) : path.endsWith('.sanction') ? [path] : [];
    });
}

const RAISED = new Set(['syntax-error', 'unresolved-reference', 'invalid-suppression', 'unused-suppression']);
/** Words of the English raised messages that no French one keeps (keywords in the French are quoted or code). */
const ENGLISH = /\b(Expected|Unexpected|expected|but found|Did you mean|The sentence was skipped|in the (order|requirement|template|file)|or \d+ more|quoted text|a name|a number|the end of the file|This suppression|Unknown|is not a value)\b/;

describe('every raised message of the examples and the saved regressions has its French', () => {
    const root = resolve(__dirname, '../..');
    const examples = sanctionFiles(join(root, 'examples'));
    const regressions = readRegressions(join(root, 'test/robustness/regressions'));

    const linted = new Map<string, Promise<Finding[]>>();
    const raised = (locale: 'en' | 'fr') => linted.get(locale) ?? linted.set(locale, lintAll(locale)).get(locale)!;

    /** The raised findings of every file, in one locale (the examples from disk, so their imports resolve). */
    async function lintAll(locale: 'en' | 'fr'): Promise<Finding[]> {
        const onDisk = createSanctionCoreServices(NodeFileSystem).Sanction;
        const inMemory = createSanctionCoreServices(EmptyFileSystem).Sanction;
        onDisk.sanction.locale.set(locale);
        inMemory.sanction.locale.set(locale);
        const findings = (await lintFiles(onDisk, examples.map(path => URI.file(path)))).flatMap(result => result.findings);
        for (const regression of regressions) {
            findings.push(...(await lintText(inMemory, regression.input)).findings);
        }
        return findings.filter(f => RAISED.has(f.checkId));
    }

    test('there are raised messages to translate', () => {
        expect(examples.length).toBeGreaterThan(30);
        expect(regressions.length).toBeGreaterThan(10);
    });

    test('each English message matches a pattern, and its French keeps no English', async () => {
        const english = await raised('en');
        expect(english.length).toBeGreaterThan(20);
        const unmatched: string[] = [];
        const leftover: string[] = [];
        for (const finding of english) {
            const text = translateByPattern(finding.message, FRENCH.checks[finding.checkId]!.patterns!);
            if (text === undefined) {
                unmatched.push(`${finding.checkId}: ${finding.message}`);
            } else if (ENGLISH.test(text)) {
                leftover.push(text);
            }
        }
        expect(unmatched).toEqual([]);
        expect(leftover).toEqual([]);
    }, 120_000);

    test('linted in French, no raised message is left in English', async () => {
        const english = new Set((await raised('en')).map(f => f.message));
        const french = await raised('fr');
        expect(french.length).toBeGreaterThan(20);
        expect(french.filter(f => english.has(f.message) || ENGLISH.test(f.message)).map(f => f.message)).toEqual([]);
    }, 120_000);
});
