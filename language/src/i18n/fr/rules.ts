/*
 * The Rule catalogue in French: a summary of every Rule, the chapter titles, the section headings,
 * and the two unnumbered parts (scope, definitions). Each is a translation of the project's own
 * English summary in catalogue.json, not the official French text of the Recommendation, so the
 * two languages say the same thing and neither quotes the Council of Europe. The modal follows
 * the English summary: "doit" where it says must, "devrait" where it says should.
 */
import type { Locale } from '../locale.js';
import { getRule, ruleMarkdown, type ChapterNumber } from '../../rules/catalogue.js';

/** Chapter titles, by Roman numeral. */
export const CHAPTER_TITLES_FR: Readonly<Record<ChapterNumber, string>> = {
    I: 'Principes fondamentaux',
    II: 'Cadre juridique',
    III: 'Sanctions et mesures appliquées dans la communauté : mise en œuvre et méthodes',
    IV: 'Participation de la collectivité',
    V: 'Consentement, coopération et exécution',
    VI: 'Inobservation et révocation',
    VII: 'Organisation, personnel et ressources',
    VIII: 'Inspection, contrôle et procédures de plainte',
    IX: 'Recherche, évaluation, relations avec les médias et le public',
    X: 'Réexamen des Règles'
};

/** Section headings, by their English heading (the catalogue names sections in English only). */
export const SECTION_TITLES_FR: Readonly<Record<string, string>> = {
    'Legislation': 'Législation',
    'Imposition of community sanctions and measures': 'Prononcé des sanctions et mesures appliquées dans la communauté',
    'General': 'Généralités',
    'Supervision and community service': 'Suivi et travail d\'intérêt général',
    'Case records, data protection and confidentiality': 'Dossiers, protection des données et confidentialité',
    'Staff': 'Personnel',
    'Use of volunteers': 'Recours aux bénévoles',
    'Financial resources': 'Ressources financières'
};

/** The "Scope and purpose" part. */
export const SCOPE_FR = {
    title: 'Champ d\'application et objet',
    summary: 'Les Règles guident le législateur, les autorités de décision et d\'exécution et leur personnel, et visent aussi bien les suspects que les auteurs d\'infraction condamnés ; les sanctions et mesures propres aux mineurs relèvent plutôt de la CM/Rec(2008)11.'
} as const;

/** The "Definitions" part; terms keyed by their English name. */
export const DEFINITIONS_FR = {
    title: 'Définitions',
    summary: 'Trois termes sont définis : sanctions et mesures appliquées dans la communauté, autorités de décision et autorités d\'exécution.',
    terms: {
        'community sanctions and measures': {
            term: 'sanctions et mesures appliquées dans la communauté',
            summary: 'Toute sanction, ou toute mesure prise avant une décision sur la peine ou à sa place, qui maintient un suspect ou un auteur d\'infraction dans la communauté sous des conditions ou des obligations, y compris l\'exécution d\'une peine privative de liberté hors de la prison.'
        },
        'deciding authorities': {
            term: 'autorités de décision',
            summary: 'Une juridiction, une autorité administrative ou une autre autorité que la loi habilite à ordonner une sanction appliquée dans la communauté, à en modifier les conditions ou à la retirer.'
        },
        'implementing authorities': {
            term: 'autorités d\'exécution',
            summary: 'L\'organisme, quel qu\'il soit, qui est chargé de la mise en œuvre pratique d\'une sanction appliquée dans la communauté et qui en décide, souvent le service de probation.'
        }
    } as Readonly<Record<string, { readonly term: string; readonly summary: string }>>
} as const;

/** The unnumbered parts a finding may rest on, by their English names (FindingData.provisions). */
export const PROVISION_TITLES_FR: Readonly<Record<string, string>> = {
    'Scope and purpose': SCOPE_FR.title,
    'Definitions': DEFINITIONS_FR.title,
    'Preamble': 'Préambule'
};

/** One sentence per Rule, by number. */
export const RULE_SUMMARIES_FR: Readonly<Record<number, string>> = {
    1: 'Le suivi et l\'accompagnement dans la communauté peuvent offrir une alternative juste et efficace à la détention et aider les personnes à nouer les liens sociaux qui, le plus souvent, les éloignent de la délinquance.',
    2: 'La loi doit offrir un choix assez large de mesures non privatives de liberté, et ces mesures doivent être réellement disponibles en pratique.',
    3: 'La lourdeur et la durée d\'une sanction appliquée dans la communauté doivent correspondre à la gravité de l\'infraction, jugée ou seulement reprochée, et convenir à la situation de la personne.',
    4: 'Les sanctions doivent respecter les droits de l\'homme et aider la personne à agir en membre responsable de la société ; aucune ne peut être créée ni prononcée si elle méconnaît les normes internationales des droits de l\'homme.',
    5: 'Aucune décision ne peut imposer un traitement médical ou psychologique qui ne respecte pas les normes éthiques admises au niveau international.',
    6: 'Nul ne peut être traité différemment, lors du prononcé ou de l\'exécution d\'une sanction, en raison de sa race, de sa couleur, de son origine ethnique ou nationale, de son genre, de son âge, d\'un handicap, de son orientation sexuelle, de sa langue, de sa religion, de ses opinions, de sa situation ou de son état de santé.',
    7: 'Les ressortissants étrangers devraient avoir accès aux sanctions appliquées dans la communauté, exécutées équitablement et selon les présentes Règles, compte tenu de ce que leur situation a de particulier.',
    8: 'Le contenu d\'une sanction et la manière de l\'exécuter doivent protéger la dignité et la vie privée de la personne, de sa famille et des tiers.',
    9: 'Lorsqu\'une sanction met la personne en contact avec des victimes, les droits de celles-ci doivent être protégés selon les principes éthiques reconnus au niveau international.',
    10: 'Lorsque c\'est approprié, les auteurs d\'infraction devraient être aidés à réparer le tort causé, à la victime ou à la collectivité, toujours dans le respect des besoins et des droits des victimes.',
    11: 'L\'exécution ne devrait pas rendre une sanction plus pénible qu\'elle ne l\'est, ni restreindre les droits de la personne au-delà de ce qu\'implique nécessairement la décision qui l\'impose.',
    12: 'La loi ne doit pas transformer automatiquement une sanction appliquée dans la communauté en emprisonnement en cas de manquement, même si les personnes qui ne respectent pas les conditions d\'une libération conditionnelle peuvent toujours être réincarcérées.',
    13: 'Les services qui exécutent les sanctions doivent être inspectés régulièrement et contrôlés de manière indépendante, selon la loi, par des personnes qui ont les qualifications et l\'expérience voulues.',
    14: 'Les sanctions appliquées dans la communauté qui existent, leur durée possible et leurs modalités d\'exécution doivent toutes être fixées par la loi.',
    15: 'Les conditions et les obligations, ainsi que les conséquences de leur inobservation, sont à énoncer en termes clairs et explicites.',
    16: 'La loi doit désigner les autorités qui décident de prononcer, de modifier ou de révoquer une sanction, ainsi que leurs pouvoirs et leurs devoirs.',
    17: 'La loi doit désigner les autorités qui exécutent les sanctions, fixer leurs devoirs et encadrer leur pouvoir de choisir leurs méthodes, de confier des tâches à d\'autres ou de conclure des accords.',
    18: 'La loi devrait réduire le recours à la détention en faisant des mesures non privatives de liberté la réponse normale à certaines infractions.',
    19: 'Les obstacles, juridiques ou autres, qui empêchent d\'appliquer des sanctions dans la communauté aux auteurs d\'infractions graves, aux récidivistes ou à certaines infractions devraient être réexaminés et levés lorsque c\'est approprié.',
    20: 'Une sanction appliquée dans la communauté ne doit pas priver la personne de ses prestations de sécurité sociale ni de ses droits civiques, hormis les restrictions qui font elles-mêmes partie de la peine.',
    21: 'L\'autorité habilitée à décider d\'une sanction en fixe la durée, dans les conditions prévues par la loi.',
    22: 'La nature et la durée d\'une sanction doivent correspondre à la gravité de l\'infraction et au tort subi par les victimes, et tenir compte des risques évalués ainsi que des besoins et de la situation de la personne.',
    23: 'Une sanction devrait normalement avoir une durée déterminée ; si la loi permet exceptionnellement de la prolonger, l\'autorité de décision doit la réexaminer régulièrement et y mettre fin lorsque les raisons exceptionnelles disparaissent.',
    24: 'Seul le personnel d\'un organisme institué par la loi peut conseiller une juridiction ou un procureur sur la préparation, le prononcé ou l\'exécution d\'une sanction appliquée dans la communauté.',
    25: 'Une personne placée sous une sanction ou une mesure appliquée dans la communauté peut contester cette décision devant une juridiction ou une autre instance judiciaire.',
    26: 'Les autorités de décision et les services d\'exécution devraient rester en contact régulier pour examiner ensemble comment le prononcé et l\'exécution des sanctions fonctionnent en pratique.',
    27: 'Les sanctions devraient développer le sens des responsabilités de la personne envers la collectivité et avoir un sens pour elle, en soutenant son épanouissement personnel et social, et le suivi devrait servir ces buts.',
    28: 'Le service d\'exécution doit expliquer aux personnes leurs droits et leurs obligations et les aider à faire valoir ces droits et à s\'y conformer, en veillant à ce que son personnel et ses partenaires connaissent ce devoir.',
    29: 'Les services devraient gagner la coopération de la personne pour que la sanction lui paraisse juste ; la personne peut présenter des observations orales ou écrites avant les décisions d\'exécution et contribuer à les former.',
    30: 'Les décisions relatives à l\'exécution de la sanction doivent être expliquées simplement dans une langue que la personne comprend, et les instructions du service doivent être concrètes et précises.',
    31: 'L\'exécution devrait reposer sur une relation de travail entre la personne, la personne chargée de son suivi et les éventuels partenaires de la collectivité, tournée vers la prévention de la récidive et la réinsertion.',
    32: 'L\'exécution d\'une sanction doit être adaptée à chaque cas, ce qui suppose de laisser aux autorités et au personnel une marge d\'appréciation suffisante.',
    33: 'Une personne qui a besoin d\'un soutien pratique, personnel ou social particulier pour se conformer à la sanction doit recevoir une aide équitable et suffisante.',
    34: 'Les mesures de contrôle ne sont permises que si elles sont nécessaires ; elles doivent être proportionnées à l\'infraction, tenir compte des risques, des besoins et de la situation de la personne ainsi que des intérêts de la victime, et servir les buts de la sanction.',
    35: 'Les services doivent recourir à des approches étayées par la recherche et conformes aux normes professionnelles reconnues.',
    36: 'En règle générale, le coût direct de l\'exécution de la sanction ne devrait pas être mis à la charge de la personne.',
    37: 'Même les sanctions les plus contraignantes doivent viser à aider la personne à cesser de commettre des infractions.',
    38: 'La réinsertion devrait faire appel à des méthodes variées, et l\'orientation vers un programme donné devrait suivre des critères énoncés et transparents.',
    39: 'Le travail non rémunéré confié aux auteurs d\'infraction devrait être utile à la société, avoir un sens et, autant que possible, mobiliser ou développer leurs compétences.',
    40: 'Le travail d\'intérêt général ne doit jamais servir à procurer un profit au service d\'exécution, à son personnel ou à une entreprise.',
    41: 'Les auteurs d\'infraction qui accomplissent un travail d\'intérêt général doivent travailler selon les règles d\'hygiène et de sécurité en vigueur et être assurés contre les accidents, les dommages corporels et la responsabilité envers les tiers.',
    42: 'Le service d\'exécution doit ouvrir et tenir à jour un dossier pour chaque personne afin de pouvoir rendre compte de la manière dont elle se conforme à la sanction.',
    43: 'Les dossiers ne peuvent contenir que des informations utiles à la sanction et à son exécution, aussi exactes et neutres que possible.',
    44: 'En règle générale, la personne chargée du suivi devrait parcourir le dossier et les éventuels rapports avec la personne et s\'assurer qu\'elle les comprend.',
    45: 'La personne, ou quelqu\'un qui agit pour elle, peut consulter son propre dossier, sauf si cela porte atteinte à la vie privée d\'autrui.',
    46: 'La personne peut contester le contenu de son dossier et, si le désaccord n\'est pas réglé, sa teneur doit être consignée au dossier.',
    47: 'Les informations du dossier ne peuvent être communiquées qu\'à ceux qui y ont légalement droit, et seulement dans la mesure que leur finalité légitime exige.',
    48: 'À la fin d\'une sanction, les dossiers du service doivent être détruits ou archivés selon le droit national de la protection des données.',
    49: 'Les lieux de travail et les organismes de soutien ne devraient recevoir que les informations personnelles nécessaires à leur tâche, ce qui exclut normalement le détail de l\'infraction.',
    50: 'La réinsertion étant un but central, les services doivent travailler étroitement avec les autres organismes, les associations et les quartiers pour répondre aux besoins des personnes, favoriser leur insertion et rendre la collectivité plus sûre.',
    51: 'Les particuliers, les associations et les services de la collectivité devraient être encouragés à participer aux sanctions, pour aider les personnes à tisser sur place des liens, des contacts et des appuis durables en vue de leur réinsertion.',
    52: 'La participation de la collectivité ne doit jamais être, pour quiconque, particulier ou organisation, un moyen de réaliser un profit.',
    53: 'Les partenaires de la collectivité ne peuvent exercer un suivi que dans un rôle fixé par la loi ou par les autorités compétentes, qui en gardent la responsabilité d\'ensemble et doivent protéger l\'intégrité et la sécurité de toutes les personnes concernées.',
    54: 'Les associations et les particuliers de la collectivité qui participent doivent respecter la confidentialité et les droits des personnes soumises à une sanction.',
    55: 'Lorsque le service confie directement des prestations à une organisation ou à une personne extérieure, un accord formel devrait fixer leurs obligations et la manière de les remplir.',
    56: 'Aucune sanction ne devrait être prononcée avant que ses conditions soient arrêtées et qu\'il y ait de bonnes raisons de penser que la personne coopérera et s\'y conformera.',
    57: 'Lorsque le consentement est requis, la personne doit le donner expressément et en pleine connaissance de cause.',
    58: 'Le fait d\'accepter une sanction ou ses conditions ne peut jamais servir à priver une personne de ses droits fondamentaux.',
    59: 'Sauf disposition contraire de la loi, un suspect doit donner son accord avant qu\'une mesure lui soit appliquée avant le jugement ou à la place d\'une décision sur la peine.',
    60: 'Chaque condition devrait être choisie en fonction de la situation et des besoins de la personne et du risque qu\'elle récidive, en particulier d\'une manière qui pourrait gravement nuire à autrui.',
    61: 'Outre les documents remis, la personne doit être informée clairement, avant le début, de ce que la sanction implique et pourquoi, ainsi que de ses conditions, par écrit si nécessaire et dans une langue qu\'elle comprend.',
    62: 'Dès le premier jour, la personne doit connaître le contenu de la sanction, ce que l\'on attend d\'elle, ce qu\'entraîne un manquement et quand un manquement peut la ramener devant l\'autorité de décision.',
    63: 'Le service d\'exécution doit établir des procédures claires pour traiter l\'inobservation ou le respect partiel des obligations.',
    64: 'Les manquements mineurs qui ne justifient pas une révocation devraient être traités rapidement, par une appréciation au cas par cas ou une mesure administrative, après avoir entendu la personne, la suite donnée étant consignée et lui étant expliquée.',
    65: 'Le service d\'exécution doit signaler rapidement et par écrit à l\'autorité de décision tout manquement grave aux conditions.',
    66: 'Un rapport écrit de manquement doit décrire objectivement et en détail comment et dans quelles circonstances le manquement s\'est produit.',
    67: 'Seule une autorité désignée par la loi peut modifier ou révoquer une sanction, et seulement après avoir examiné de près les faits signalés par le service d\'exécution.',
    68: 'La révocation d\'une sanction n\'implique pas automatiquement que la personne doive aller en prison.',
    69: 'Avant de modifier ou de révoquer une sanction, l\'autorité de décision doit permettre à la personne de consulter les pièces utiles et de répondre au manquement allégué, et la personne a droit à l\'assistance d\'un avocat.',
    70: 'Lorsqu\'une révocation est envisagée, la mesure dans laquelle la personne s\'est conformée à la sanction doit être prise en compte, et toute peine de prison qui en résulte devrait être réduite pour tenir compte d\'un respect satisfaisant.',
    71: 'L\'autorité de décision peut modifier les conditions lorsque les circonstances changent ou que la personne progresse, à la demande de la personne ou du service d\'exécution, ou dans les cas que la loi prévoit.',
    72: 'Dans les conditions prévues par la loi, l\'autorité de décision peut mettre fin de manière anticipée à une sanction dont les conditions sont respectées et qui ne sert plus son but ; la personne ou le service peut le demander.',
    73: 'Les services d\'exécution doivent être organisés, placés et dotés en fonction du volume et de la complexité de leur travail et de l\'importance de leur mission.',
    74: 'Les services d\'exécution doivent coopérer avec les autres organes de la justice, les services de soutien et la société civile pour accomplir leur travail de manière efficace et équitable.',
    75: 'Chaque service d\'exécution devrait travailler à partir d\'un énoncé explicite de son rôle, de ses buts et de ses valeurs, appuyé par des plans écrits pour le service et des consignes pratiques.',
    76: 'Les services d\'exécution doivent disposer de contrôles internes pour suivre leurs performances et celles de leur personnel.',
    77: 'Les services devraient disposer d\'un personnel très compétent, recruté, formé et employé selon les normes du Conseil de l\'Europe applicables aux personnes qui travaillent dans ce domaine.',
    78: 'Le personnel relève du service d\'exécution, qui doit fixer ses devoirs et ses droits, le diriger et l\'encadrer, et évaluer l\'équité, l\'efficience et l\'efficacité de son travail.',
    79: 'La direction doit consulter collectivement le personnel sur les questions générales, en particulier sur ses conditions de travail.',
    80: 'Le personnel ne doit pas être recruté, sélectionné ou promu sur une base discriminatoire, telle que la race, le genre, l\'orientation sexuelle, la religion, les opinions ou la condition sociale.',
    81: 'Le recrutement devrait tenir compte des besoins particuliers de certains groupes et de la diversité des personnes suivies.',
    82: 'Le personnel d\'exécution doit être assez nombreux pour travailler efficacement, et chacun doit avoir les aptitudes personnelles et les qualifications professionnelles que la fonction exige.',
    83: 'Le personnel doit être formé à son domaine, à ses tâches pratiques et à la déontologie, encouragé à améliorer son travail et amené à progresser par la formation continue et l\'évaluation.',
    84: 'La rémunération et les conditions de travail devraient correspondre aux compétences et aux responsabilités du personnel, et les conditions d\'emploi devraient assurer la continuité, le sens de la responsabilité publique et la parité avec les professions comparables.',
    85: 'Le service d\'exécution devrait envisager de recruter des bénévoles afin d\'associer davantage la collectivité à l\'exécution des sanctions.',
    86: 'Les bénévoles peuvent apporter beaucoup, mais ne devraient pas accomplir un travail qui revient au personnel professionnel.',
    87: 'Les services d\'exécution doivent fixer des critères et des procédures pour choisir les bénévoles et les informer de leurs tâches, de leurs limites et de leurs responsabilités, et doivent les former de manière appropriée.',
    88: 'Le personnel professionnel doit guider et soutenir les bénévoles et leur confier, dans les limites de leur rôle, un travail adapté à leurs compétences et à leurs centres d\'intérêt.',
    89: 'Le service d\'exécution doit assurer les bénévoles contre les accidents, les dommages corporels et la responsabilité civile lorsqu\'ils travaillent pour lui, et leur rembourser les frais nécessaires.',
    90: 'Les services d\'exécution doivent être suffisamment financés par des fonds publics ; les contributions extérieures sont admises mais ne doivent jamais rendre le service financièrement dépendant d\'elles.',
    91: 'Lorsque des tiers apportent des fonds, des règles doivent fixer les procédures, les responsabilités et la manière dont l\'emploi de l\'argent est vérifié.',
    92: 'Les services d\'exécution doivent rendre compte régulièrement aux autorités compétentes, se soumettre aux inspections et aux contrôles et y coopérer, et les conclusions des inspections et des contrôleurs indépendants doivent être publiées.',
    93: 'La personne doit avoir accès à une procédure de plainte impartiale et simple contre les décisions que le service d\'exécution prend ou omet de prendre, ou contre la manière dont sa sanction est appliquée.',
    94: 'Les plaintes relatives à l\'exécution sont adressées d\'abord au service d\'exécution, qui doit les examiner et y répondre, et toute plainte doit être réglée rapidement.',
    95: 'Ceux qui traitent une plainte doivent réunir toutes les informations utiles et envisager sérieusement de rencontrer le plaignant en personne, surtout s\'il le souhaite.',
    96: 'La suite donnée à une plainte et ses motifs doivent être communiqués par écrit au plaignant, au service d\'exécution et aux membres du personnel concernés.',
    97: 'Le plaignant peut se faire assister par la personne de son choix et doit bénéficier d\'une aide juridique lorsque c\'est nécessaire.',
    98: 'La recherche sur les sanctions appliquées dans la communauté devrait être encouragée, les sanctions devraient être évaluées régulièrement et les programmes devraient être conçus à partir des résultats de la recherche.',
    99: 'Des critères, des normes et des indicateurs d\'efficacité et de performance devraient être fixés afin de juger les avantages et les inconvénients des programmes et d\'en améliorer la qualité.',
    100: 'De nouvelles sanctions conformes aux normes éthiques internationales peuvent être expérimentées, à condition que les expériences respectent l\'esprit des présentes Règles et soient étroitement suivies et évaluées.',
    101: 'Les décideurs et le public devraient être tenus informés, par une politique de communication déclarée, des gains économiques et sociaux d\'un moindre recours à la prison et des avantages des sanctions appliquées dans la communauté.',
    102: 'Des efforts doivent être faits pour expliquer les sanctions appliquées dans la communauté et leur exécution, afin que le public les comprenne et leur fasse confiance comme une véritable réponse à la délinquance.',
    103: 'Les juges et les autres autorités de décision devraient contribuer à définir la politique des sanctions appliquées dans la communauté et être informés de leurs résultats, afin que leurs atouts et leurs limites soient largement compris.',
    104: 'Les services d\'exécution doivent inviter les personnes suivies à faire part de leur expérience pour améliorer les pratiques, et recueillir l\'avis des victimes lorsqu\'ils travaillent avec elles.',
    105: 'Les Règles elles-mêmes sont à réexaminer à intervalles réguliers.'
};

/**
 * The hover block of a Rule in the locale: in English the catalogue's own `ruleMarkdown`; in
 * French "**Règle 23** — Chapitre II : Cadre juridique › Prononcé …\n\n<résumé>". A text missing
 * from this file falls back to the English one, so a hover is never empty.
 */
export function ruleMarkdownIn(locale: Locale, n: number): string | undefined {
    const rule = getRule(n);
    if (!rule || locale !== 'fr') {
        return ruleMarkdown(n);
    }
    const chapter = CHAPTER_TITLES_FR[rule.chapter] ?? rule.chapterTitle;
    const section = rule.section ? SECTION_TITLES_FR[rule.section] ?? rule.section : null;
    const place = `Chapitre ${rule.chapter} : ${chapter}` + (section ? ` › ${section}` : '');
    return `**Règle ${rule.number}** — ${place}\n\n${RULE_SUMMARIES_FR[rule.number] ?? rule.summary}`;
}

/** An unnumbered part of the Recommendation a finding rests on, as its hover names it. */
export function provisionMarkdownIn(locale: Locale, provision: string): string {
    return locale === 'fr' ? `**${PROVISION_TITLES_FR[provision] ?? provision}** de la CM/Rec(2017)3` : `**${provision}** of CM/Rec(2017)3`;
}
