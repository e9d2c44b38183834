/*
 * The hovers in French: what the words that open a sentence mean (keyword help), what each
 * requirement kind is, the labels of its parameters, and the fixed phrases the hover provider
 * puts around them. The syntax a drafter types (`requirement curfew`, `for 6 months`, type names)
 * stays as written: the language's keywords are English in every locale.
 */
import type { HoverWords } from '../../lsp/hover-provider.js';
import { keywordHelpEntries, type KeywordHelp } from '../../lsp/keyword-help.js';
import { SLOT_SYNTAX, type ParameterSlot, type RequirementKindInfo } from '../../model/requirement-kinds.js';
import { provisionMarkdownIn, ruleMarkdownIn } from './rules.js';

/** The key of a keyword-help entry: its AST type and its first keyword ("OrderTerm in"). */
export function keywordHelpKey(entry: { readonly type: string; readonly keywords: readonly string[] }): string {
    return `${entry.type} ${entry.keywords[0]}`;
}

/** Keyword help, by `keywordHelpKey` of the English entry. */
export const KEYWORD_HELP_FR: Readonly<Record<string, string>> = {
    'Import import': 'Rend utilisables dans ce fichier les modèles d\'un autre fichier .sanction ; le chemin est relatif à ce fichier.',
    'Order order': 'Ouvre une ordonnance : sa référence d\'affaire et, le cas échéant, sa forme ; les phrases qui suivent, jusqu\'à la prochaine ordonnance ou au prochain modèle, lui appartiennent.',
    'MadeOn made': 'La date à laquelle l\'autorité de décision a rendu l\'ordonnance ; les durées écrites sous forme de dates se comptent à partir de celle-ci.',
    'DecidingAuthority decided': 'La juridiction ou l\'autorité qui a prononcé l\'ordonnance, et celle qui peut la modifier ou la révoquer (Règles 16 et 67).',
    'ImplementingAuthority implemented': 'Le service qui exécute l\'ordonnance et assure le suivi de la personne (Règle 17).',
    'LegalBasis under': 'La loi en vertu de laquelle l\'ordonnance est rendue : une sanction, sa durée et ses modalités d\'exécution doivent être fixées par la loi (Règle 14).',
    'OrderLanguage written': 'La langue dans laquelle l\'ordonnance est rédigée ; la personne doit en être informée dans une langue qu\'elle comprend (Règle 30).',
    'Person person': 'La personne que vise l\'ordonnance : condamnée ou soupçonnée, sa date de naissance ou son âge, les langues qu\'elle comprend et si elle a besoin d\'un interprète.',
    'Offence offence': 'L\'infraction, commise ou reprochée, à laquelle l\'ordonnance répond ; le poids et la durée de l\'ordonnance doivent correspondre à sa gravité (Règles 3 et 22).',
    'Offence seriousness': 'La gravité de l\'infraction : les contrôles de proportionnalité mettent en balance avec elle les mesures de contrôle de l\'ordonnance (Règles 3, 22 et 34).',
    'OrderTerm in': 'La durée de l\'ordonnance : pour une période fixe ou jusqu\'à une date ; l\'autorité de décision doit la fixer, et une ordonnance ne devrait pas rester sans terme (Règles 21 et 23).',
    'Extension extendable': 'L\'ordonnance peut être prolongée, au plus de cette durée ; une ordonnance prolongeable doit être réexaminée régulièrement (Règle 23).',
    'Review reviewed': 'La fréquence à laquelle l\'autorité de décision vérifie que l\'ordonnance est encore nécessaire (Règle 23).',
    'OpenTerm until': 'Une durée sans terme fixé : le langage permet de l\'écrire pour que les contrôles puissent la repérer ; une ordonnance devrait normalement avoir une durée déterminée (Règles 21 et 23).',
    'Requirement requirement': 'Une obligation que la personne doit respecter : sa nature, puis les paramètres qui la rendent assez précise pour qu\'on puisse s\'y conformer (Règle 15).',
    'Condition condition': 'Une condition en texte libre ; on y cherche les formulations vagues, car la personne doit pouvoir savoir exactement ce qu\'elle doit faire (Règles 15 et 30).',
    'TemplateUse apply': 'Apporte dans l\'ordonnance les obligations d\'un modèle, avec des valeurs pour ses paramètres ; un paramètre omis prend sa valeur par défaut.',
    'Template template': 'Un ensemble réutilisable d\'obligations et de conditions, avec des paramètres typés, que les ordonnances apportent avec `apply`.',
    'Breach on': 'Ce qui se passe lorsque la personne ne se conforme pas à l\'ordonnance : la conséquence de chaque degré d\'inobservation, l\'audition et la prise en compte du temps respecté ; la personne doit le savoir dès le départ (Règles 15 et 62).',
    'BreachRule non-compliance': 'Ce qu\'entraîne un degré d\'inobservation ; les manquements mineurs devraient être traités par un avertissement ou une mesure administrative, non par une révocation (Règle 64).',
    'BreachRule automatically': 'Une conséquence qui suit sans décision : l\'inobservation ne doit jamais transformer automatiquement une sanction appliquée dans la communauté en emprisonnement (Règles 12 et 68).',
    'BreachHearing hearing': 'Avant que l\'ordonnance soit modifiée ou révoquée pour inobservation, la personne est entendue par l\'autorité de décision, peut consulter les pièces et peut être assistée d\'un avocat (Règle 69).',
    'ComplianceCredit credit': 'Le temps pendant lequel la personne a respecté l\'ordonnance compte lorsqu\'une révocation est décidée et réduit toute peine de prison qui en résulte (Règle 70).',
    'Consequence after': 'La personne est entendue avant que la mesure soit prise : la Règle 64 demande que la personne puisse s\'exprimer lorsqu\'un manquement mineur est traité.',
    'Consequence written': 'L\'autorité d\'exécution signale le manquement par écrit à l\'autorité de décision, et dans quel délai : la Règle 65 demande qu\'un manquement important soit signalé rapidement et par écrit, et la Règle 66 que le rapport en donne un exposé objectif.',
    'DailyHoursParameter between': 'La plage quotidienne, comme `from 20:00 to 06:00` : lorsqu\'elle finit plus tôt qu\'elle ne commence, elle court sur la nuit.',
    'DaysParameter at': 'Le samedi et le dimanche, comme `on weekends`.',
    'CountParameter up': 'Un plafond : au plus ce nombre de jours ou de séances peut être exigé ; les contrôles lisent ce chiffre comme le maximum auquel la personne peut avoir à se présenter.',
    'DurationLiteral working': 'Les jours où travaillent les juridictions et les services, du lundi au vendredi ; les contrôles comptent cinq jours ouvrables pour une semaine.',
    'BreachOptions may': 'Les réponses ouvertes à l\'autorité de décision après une inobservation ; une révocation ne signifie pas forcément la prison (Règles 67 et 68).',
    'Rights rights': 'Les droits de la personne : voie de recours, plaintes sur la manière dont l\'ordonnance est exécutée, et information dans une langue qu\'elle comprend.',
    'AppealRight appeal': 'L\'instance judiciaire devant laquelle la personne peut contester l\'ordonnance, et le délai pour le faire (Règle 25).',
    'ComplaintRoute complaints': 'L\'instance auprès de laquelle la personne peut se plaindre de la manière dont l\'ordonnance est exécutée (Règles 93 et 94).',
    'Notice notice': 'Les langues dans lesquelles la personne est informée, par écrit ou non, de ce que l\'ordonnance exige et de ce qu\'entraîne un manquement (Règles 30 et 61).',
    'Costs costs': 'Qui paie l\'exécution de l\'ordonnance ; en règle générale, pas la personne (Règle 36).',
    'OrderConsent consent': 'Le consentement de la personne à l\'ordonnance, donné expressément et en pleine connaissance de cause ; une mesure visant un suspect l\'exige (Règles 57 et 59).',
    'Consent consent': 'Le consentement de la personne à cette obligation, donné expressément et en pleine connaissance de cause ; un traitement l\'exige (Règles 5, 57 et 58).',
    'EarlyTermination early': 'Qui peut mettre fin à l\'ordonnance de manière anticipée, à partir de quand et à quelle condition, une fois que la personne s\'y est conformée et qu\'elle ne sert plus son but (Règle 72).',
    'Disclosure disclosure': 'À qui l\'infraction est révélée, et dans quelle mesure : les lieux de travail et les organismes de soutien ne reçoivent que ce que leur tâche exige (Règle 49).',
    'VictimParameter involving': 'La victime participe à la mesure ; ses droits et son consentement doivent être respectés (Règles 9 et 10).',
    'CompletionParameter completed': 'Le délai dans lequel les heures doivent être accomplies ou le paiement effectué.',
    'ProviderParameter provided': 'Qui assure le traitement, le programme ou l\'activité.',
    'AreaParameter area': 'La zone où la personne ne doit pas entrer, par son nom (de préférence avec une référence de carte) ou comme un rayon autour d\'un lieu.'
};

/** Each requirement kind, by id: what a French drafter calls it, and one sentence on what it is. */
export const KINDS_FR: Readonly<Record<string, { readonly name: string; readonly summary: string }>> = {
    'unpaid-work': { name: 'travail d\'intérêt général', summary: 'Un travail au profit de la collectivité, non rémunéré, pour un nombre d\'heures indiqué.' },
    'supervision': { name: 'suivi', summary: 'Rester en contact, à une fréquence indiquée, avec la personne chargée du suivi au sein de l\'autorité d\'exécution.' },
    'curfew': { name: 'couvre-feu', summary: 'Rester à une adresse indiquée pendant des heures indiquées.' },
    'electronic-monitoring': { name: 'surveillance électronique', summary: 'La surveillance électronique du respect d\'une autre obligation, ou des allées et venues.' },
    'exclusion': { name: 'interdiction de paraître', summary: 'Ne pas entrer dans une zone indiquée.' },
    'residence': { name: 'obligation de résidence', summary: 'Résider à une adresse indiquée.' },
    'programme': { name: 'programme', summary: 'Suivre un programme nommé pendant un nombre indiqué de séances ou de jours.' },
    'rehabilitation-activity': { name: 'activité de réinsertion', summary: 'Participer à des activités de réinsertion pendant au plus un nombre indiqué de jours.' },
    'drug-treatment': { name: 'traitement de la toxicomanie', summary: 'Un traitement de la dépendance aux stupéfiants, assuré par un prestataire nommé.' },
    'alcohol-treatment': { name: 'traitement de l\'alcoolodépendance', summary: 'Un traitement de la dépendance à l\'alcool, assuré par un prestataire nommé.' },
    'mental-health-treatment': { name: 'traitement de santé mentale', summary: 'Un traitement de santé mentale assuré par un praticien ou un prestataire nommé, ou sous sa responsabilité.' },
    'alcohol-abstinence-monitoring': { name: 'contrôle de l\'abstinence d\'alcool', summary: 'Ne pas boire d\'alcool, ce que contrôle un appareil de surveillance, pendant un nombre de jours indiqué.' },
    'prohibited-activity': { name: 'activité interdite', summary: 'Ne pas se livrer à une activité décrite.' },
    'no-contact': { name: 'interdiction de contact', summary: 'Ne pas entrer en contact avec une personne nommée, ni avec quiconque dont la personne sait qu\'il appartient à une catégorie indiquée.' },
    'foreign-travel-prohibition': { name: 'interdiction de se rendre à l\'étranger', summary: 'Ne pas se rendre dans les destinations étrangères indiquées.' },
    'reparation': { name: 'réparation', summary: 'Réparer le tort causé à la victime ou à la collectivité, de la manière décrite.' },
    'compensation': { name: 'indemnisation', summary: 'Verser une indemnité d\'un montant indiqué.' },
    'mediation': { name: 'médiation', summary: 'Participer à une médiation entre la victime et l\'auteur, menée par un service nommé.' }
};

/** The label of each parameter slot. */
export const SLOT_LABELS_FR: Readonly<Record<ParameterSlot, string>> = {
    hours: 'nombre d\'heures',
    completion: 'délai d\'exécution',
    place: 'adresse ou lieu',
    dailyHours: 'horaires quotidiens',
    days: 'jours de la semaine',
    frequency: 'fréquence',
    monitoring: 'ce qui est surveillé',
    area: 'zone',
    provider: 'prestataire',
    setting: 'cadre',
    count: 'nombre de séances ou de jours',
    contact: 'personne ou catégorie de personnes',
    destination: 'destination',
    amount: 'montant',
    description: 'description',
    consent: 'consentement recueilli',
    victim: 'participation de la victime',
    term: 'durée',
    extension: 'prolongation',
    review: 'intervalle de réexamen'
};

/** What a value of each parameter type is. */
const TYPE_WORDS_FR: Readonly<Record<string, string>> = {
    text: 'du texte entre guillemets (`"12 Acacia Road"`)',
    date: 'une date (`2026-03-14`)',
    time: 'une heure (`19:00`)',
    duration: 'une durée (`3 months`)',
    number: 'un nombre entier (`120`)',
    frequency: 'une fréquence (`weekly`, `twice a week`)'
};

/** Words compared without case or accents: "mediation" and "médiation" are one name. */
function plain(text: string): string {
    return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** The hover's words in French; where this file lacks a text, the English one is shown. */
export const FRENCH_HOVER: HoverWords = {
    rule: n => ruleMarkdownIn('fr', n),
    provision: provision => provisionMarkdownIn('fr', provision),
    restsOn: check => `\`${check}\` repose sur :`,
    requirement(kind: RequirementKindInfo, slots: readonly ParameterSlot[]) {
        const french = KINDS_FR[kind.id];
        // The keyword is what the drafter types; the French name is added when it says something else.
        const name = french && plain(french.name) !== plain(kind.keyword) ? ` (${french.name})` : '';
        const lines = slots.map(slot => `- ${SLOT_LABELS_FR[slot]}${kind.required.includes(slot) ? ' (obligatoire)' : ''} : \`${SLOT_SYNTAX[slot].example}\``);
        return `Obligation **${kind.keyword}**${name} — ${french?.summary ?? kind.summary}\n\n${[...lines, `- ${SLOT_LABELS_FR.term} : \`${SLOT_SYNTAX.term.example}\``].join('\n')}`;
    },
    keyword(help: KeywordHelp) {
        const entry = keywordHelpEntries().find(e => e === help);
        return entry ? KEYWORD_HELP_FR[keywordHelpKey(entry)] ?? help.text : help.text;
    },
    parameter({ name, valueType, value, template }) {
        const optionality = value !== undefined
            ? `facultatif : lorsqu'une ordonnance l'omet, il vaut \`${value}\``
            : 'obligatoire : toute ordonnance qui applique le modèle doit le donner';
        const type = valueType ?? 'une valeur de tout type';
        return `**${name ?? 'paramètre'}**: ${type}${value !== undefined ? ` = ${value}` : ''}\n\nParamètre du modèle \`${template ?? '?'}\`, ${TYPE_WORDS_FR[valueType ?? ''] ?? 'une valeur'} ; ${optionality}.`;
    },
    applies: items => `Applique : ${items.join(', ') || 'rien'}`,
    unnamedRequirement: 'obligation',
    condition: 'condition'
};
