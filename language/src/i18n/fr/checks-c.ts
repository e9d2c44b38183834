import type { TextPattern } from '../translation.js';
import { translateByPattern } from '../pattern.js';
import type { TranslationGroup } from './group.js';
import { fr } from './terms.js';

/*
 * Group C: freedoms, disclosure, costs and victims, and the language's own checks. The parser's,
 * the linker's and the suppression pass's messages are built in English from parts (what was
 * found, where, what could come next, a "did you mean"); each shape is a pattern here, and the
 * parts the English builds are put into French by the small tables and adapters below. Keywords,
 * tokens and code stay as the drafter types them.
 */

/** "Cette obligation « curfew »" at the start of a sentence. */
function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

// ---------------------------------------------------------------------------------------------
// Values the language's checks build in English
// ---------------------------------------------------------------------------------------------

/** duplicate-clause: the clause, as the subject of the sentence (every one is feminine). */
const CLAUSES: Readonly<Record<string, string>> = {
    'date the order was made': 'La date à laquelle l\'ordonnance a été rendue',
    'deciding authority': 'L\'autorité de décision',
    'implementing authority': 'L\'autorité chargée de l\'exécution',
    'language of the order': 'La langue de l\'ordonnance',
    'person': 'La personne',
    'duration of the order': 'La durée de l\'ordonnance',
    'breach section': 'La section des manquements',
    'rights section': 'La section des droits',
    'costs clause': 'La clause sur les frais'
};

/** The parameters of a requirement (model/requirement-kinds.ts SLOT_SYNTAX labels). */
const PARAMETERS: Readonly<Record<string, string>> = {
    'number of hours': 'nombre d\'heures',
    'completion period': 'délai d\'exécution',
    'address or place': 'adresse ou lieu',
    'daily hours': 'horaires quotidiens',
    'days of the week': 'jours de la semaine',
    'frequency': 'fréquence',
    'what is monitored': 'objet de la surveillance',
    'area': 'zone',
    'provider': 'prestataire',
    'setting': 'cadre',
    'number of sessions or days': 'nombre de séances ou de jours',
    'person or class of persons': 'personne ou catégorie de personnes',
    'destination': 'destination',
    'amount': 'montant',
    'description': 'description',
    'consent record': 'consentement consigné',
    'victim involvement': 'participation de la victime',
    'duration': 'durée',
    'extension': 'prolongation',
    'review interval': 'intervalle de réexamen'
};

/** "curfew or residence" (the keywords of the kinds, joined by joinOr): « curfew » ou « residence ». */
function kindsOr(english: string): string {
    const kinds = english.split(/, | or /);
    const quoted = kinds.map(kind => `« ${kind} »`);
    return quoted.length <= 1 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} ou ${quoted[quoted.length - 1]}`;
}

/** template-types: what a parameter type is written as (WRITTEN_AS in value-types.ts). */
const WRITTEN_AS: Readonly<Record<string, string>> = {
    'quoted text ("…")': 'du texte entre guillemets ("…")',
    'a date (2026-03-14)': 'une date (2026-03-14)',
    'a time (19:00)': 'une heure (19:00)',
    'a duration (6 months)': 'une durée (6 months)',
    'a number': 'un nombre',
    'a frequency (weekly, twice a week)': 'une fréquence (weekly, twice a week)'
};

const MONTHS: Readonly<Record<string, string>> = {
    January: 'janvier', February: 'février', March: 'mars', April: 'avril', May: 'mai', June: 'juin',
    July: 'juillet', August: 'août', September: 'septembre', October: 'octobre', November: 'novembre', December: 'décembre'
};

/** invalid-value: "`2026-06-02` if it means 2 June 2026 or `2026-02-06` if it means 6 February 2026". */
function readings(english: string): string {
    return english
        .replace(/ if it means (\d+) (\p{L}+) (\d{4})/gu, (whole, day: string, month: string, year: string) =>
            MONTHS[month] ? ` si elle veut dire le ${day === '1' ? '1er' : day} ${MONTHS[month]} ${year}` : whole)
        .replace(/ or (?=`)/g, ' ou ');
}

/** What a configuration file or a library manifest gets wrong (config/config-file.ts, library/manifest.ts). */
const FILE_PROBLEMS: readonly TextPattern[] = [
    { en: 'malformed JSON: {{reason}}', text: 'JSON mal formé : {{reason}}' },
    { en: 'unknown check \'{{id}}\' (see `sanction checks` for the ids)', text: 'vérification inconnue \'{{id}}\' (voir `sanction checks` pour les identifiants)' },
    { en: 'unknown key in \'{{path}}\'', text: 'clé inconnue dans \'{{path}}\'' },
    { en: 'unknown key at the top level', text: 'clé inconnue au premier niveau' },
    { en: 'unknown key', text: 'clé inconnue' },
    { en: 'must be one of {{allowed}}', text: 'doit être l\'une des valeurs {{allowed}}' },
    { en: 'library names are npm package names: lower-case words joined by -, . or _, optionally under an @scope/', text: 'un nom de bibliothèque est un nom de paquet npm : des mots en minuscules reliés par -, . ou _, éventuellement sous un @scope/' },
    { en: 'a library name is an npm package name: lower-case words joined by -, . or _, optionally under an @scope/', text: 'un nom de bibliothèque est un nom de paquet npm : des mots en minuscules reliés par -, . ou _, éventuellement sous un @scope/' },
    { en: 'check ids are kebab-case words', text: 'un identifiant de vérification est fait de mots en minuscules reliés par des tirets (kebab-case)' },
    { en: 'a version is major.minor.patch, e.g. "1.0.0"', text: 'une version s\'écrit majeure.mineure.correctif, p. ex. "1.0.0"' },
    { en: 'the manifest needs \'{{key}}\'', text: 'le manifeste doit contenir \'{{key}}\'' },
    { en: 'cannot be read ({{reason}})', text: 'ne peut pas être lu ({{reason}})' },
    // The schema validator's own wording (ajv), for the keywords the files use.
    { en: 'must NOT have fewer than {{n}} characters', text: 'ne doit pas compter moins de {{n}} caractères' },
    { en: 'must NOT have more than {{n}} characters', text: 'ne doit pas compter plus de {{n}} caractères' },
    { en: 'must be {{type}}', text: 'doit être de type {{type}}' },
    { en: 'is not valid', text: 'n\'est pas valide' }
];

/** "file:line:column: 'key': message", with the message in French (the place stays as written). */
function fileProblem(english: string): string {
    const match = /^(.*?:\d+:\d+: )('[^']*': )?(.*)$/s.exec(english);
    if (!match) {
        return translateByPattern(english, FILE_PROBLEMS) ?? english;
    }
    const [, place, key = '', message] = match;
    return `${place}${key}${translateByPattern(message!, FILE_PROBLEMS) ?? message}`;
}

/** Several manifest problems, joined by '; ' (library/libraries.ts manifestInvalid). */
function fileProblems(english: string): string {
    return english.split(/; (?=\S+:\d+:\d+: )/).map(fileProblem).join(' ; ');
}

/** The problems of an import from a template library (library/libraries.ts MESSAGES), and the one unresolved-import builds. */
const LIBRARY_PROBLEMS: readonly TextPattern[] = [
    {
        en: 'There is no template library \'{{name}}\' ({{known}}): name its folder in `libraries` of sanction.config.json or install its npm package; a path to a file ends with .sanction',
        text: 'Il n\'existe pas de bibliothèque de modèles \'{{name}}\' ({{known}}) : nommez son dossier dans `libraries` de sanction.config.json ou installez son paquet npm ; un chemin vers un fichier se termine par .sanction',
        values: {
            known: english => english === 'no library is configured or installed for this file'
                ? 'aucune bibliothèque n\'est configurée ni installée pour ce fichier'
                : english.replace(/^the libraries known here: /, 'les bibliothèques connues ici : ')
        }
    },
    {
        en: 'Library \'{{name}}\' is configured as \'{{folder}}\' in {{config}}, which is not a folder: correct the path, which is relative to that file',
        text: 'La bibliothèque \'{{name}}\' est configurée comme \'{{folder}}\' dans {{config}}, qui n\'est pas un dossier : corrigez le chemin, relatif à ce fichier'
    },
    {
        en: '\'{{name}}\' at {{folder}} is not a template library, as it has no sanction-library.json: add the manifest, or name the library\'s own folder',
        text: '\'{{name}}\' dans {{folder}} n\'est pas une bibliothèque de modèles, car il n\'a pas de sanction-library.json : ajoutez le manifeste, ou nommez le dossier de la bibliothèque elle-même'
    },
    {
        en: 'The manifest of library \'{{name}}\' is not valid, so its templates are not used: {{problem}}',
        text: 'Le manifeste de la bibliothèque \'{{name}}\' n\'est pas valide, et ses modèles ne sont donc pas utilisés : {{problem}}',
        values: { problem: fileProblems }
    },
    {
        en: 'Library \'{{name}}\' {{version}} needs version {{minimum}} of the Sanction Orders language or later, and this is {{current}}: update the tool or use an older version of the library',
        text: 'La bibliothèque \'{{name}}\' {{version}} demande la version {{minimum}} du langage Sanction Orders ou une version ultérieure, et celle-ci est la {{current}} : mettez l\'outil à jour ou employez une version plus ancienne de la bibliothèque'
    },
    {
        en: 'An import names a file of library \'{{name}}\', not only the library: write `import "{{name}}/<file>".` ({{files}})',
        text: 'Un import nomme un fichier de la bibliothèque \'{{name}}\', pas seulement la bibliothèque : écrivez `import "{{name}}/<file>".` ({{files}})',
        values: { files: libraryFiles }
    },
    {
        en: 'Library \'{{name}}\' has no file \'{{file}}\' ({{files}}): correct the name after \'{{after}}/\'',
        text: 'La bibliothèque \'{{name}}\' n\'a pas de fichier \'{{file}}\' ({{files}}) : corrigez le nom après \'{{after}}/\'',
        values: { files: libraryFiles }
    },
    {
        en: '\'{{path}}\' leads outside the folder of library \'{{name}}\', which is not allowed: an import from a library names a file inside it',
        text: '\'{{path}}\' mène hors du dossier de la bibliothèque \'{{name}}\', ce qui n\'est pas permis : un import depuis une bibliothèque nomme un fichier qui s\'y trouve'
    },
    {
        en: 'The file \'{{path}}\' of library \'{{name}}\' could not be read: check that it is a readable .sanction file',
        text: 'Le fichier \'{{path}}\' de la bibliothèque \'{{name}}\' n\'a pas pu être lu : vérifiez que c\'est un fichier .sanction lisible'
    }
];

function libraryFiles(english: string): string {
    return english === 'it has no .sanction files' ? 'elle n\'a pas de fichier .sanction' : english.replace(/^its files: /, 'ses fichiers : ');
}

// ---------------------------------------------------------------------------------------------
// The parser's and the lexer's messages (parsing/syntax-messages.ts, parsing/lexer.ts)
// ---------------------------------------------------------------------------------------------

/** What a token is, as describeTokenType writes it; a keyword in quotes stays as written. */
const TOKENS: Readonly<Record<string, string>> = {
    'a date (2026-03-14 or 14 March 2026)': 'une date (2026-03-14 ou 14 March 2026)',
    'a time (19:00)': 'une heure (19:00)',
    'a number': 'un nombre',
    'a name': 'un nom',
    'quoted text': 'du texte entre guillemets',
    'the end of the file': 'la fin du fichier',
    '\'.\' to end the sentence': '\'.\' pour terminer la phrase'
};

function token(english: string): string {
    return TOKENS[english] ?? english;
}

/** "'a', 'b', 'c' or 9 more" / "quoted text, a name": what could come next. */
function tokenList(english: string): string {
    const more = /^(.*) or (\d+) more$/s.exec(english);
    const items = (more ? more[1]! : english).split(', ').map(token);
    if (more) {
        return `${items.join(', ')} ou ${more[2]} autres`;
    }
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} ou ${items[items.length - 1]}`;
}

/** Where the parser was (RULE_NAMES in syntax-messages.ts), after "dans". */
const PLACES: Readonly<Record<string, string>> = {
    'the file': 'le fichier',
    'the order': 'l\'ordonnance',
    'the requirement': 'l\'obligation',
    'the condition': 'la condition',
    'the person clause': 'la clause sur la personne',
    'the offence clause': 'la clause sur l\'infraction',
    'the duration clause': 'la clause de durée',
    'the breach clauses': 'les clauses sur les manquements',
    'the breach clause': 'la clause sur le manquement',
    'the hearing clause': 'la clause sur l\'audition',
    'the breach step': 'l\'étape en cas de manquement',
    'the options of the deciding authority': 'les options de l\'autorité de décision',
    'the rights clauses': 'les clauses sur les droits',
    'the template': 'le modèle',
    'the apply clause': 'la clause \'apply\'',
    'the consent record': 'la mention du consentement'
};

function place(english: string): string {
    return PLACES[english] ?? english;
}

/** What a section holds, said where a sentence of it could not start (SECTION_STARTS). */
const SECTIONS: Readonly<Record<string, string>> = {
    'an order\'s sentences start with: made on, decided by, implemented by, under, written in, person, offence, in force, consent, requirement, condition, apply, early termination, disclosure of the offence, on breach, rights, costs':
        'les phrases d\'une ordonnance commencent par : made on, decided by, implemented by, under, written in, person, offence, in force, consent, requirement, condition, apply, early termination, disclosure of the offence, on breach, rights, costs',
    'a template\'s body holds requirements (\'requirement …\') and conditions (\'condition "…"\')':
        'le corps d\'un modèle contient des obligations (\'requirement …\') et des conditions (\'condition "…"\')',
    'the breach section holds sentences such as \'minor non-compliance leads to a warning.\', \'a written report to the court within 10 working days.\', \'hearing … .\', \'credit for time complied.\'':
        'la section des manquements contient des phrases comme \'minor non-compliance leads to a warning.\', \'a written report to the court within 10 working days.\', \'hearing … .\', \'credit for time complied.\'',
    'the rights section holds \'appeal to "…" within 28 days.\', \'complaints to "…".\' and \'notice in English, in writing.\'':
        'la section des droits contient \'appeal to "…" within 28 days.\', \'complaints to "…".\' et \'notice in English, in writing.\'',
    'a sentence cannot start here': 'une phrase ne peut pas commencer ici'
};

const SYNTAX_VALUES: NonNullable<TextPattern['values']> = {
    expected: token,
    found: token,
    list: tokenList,
    where: place,
    section: english => SECTIONS[english] ?? english,
    after: english => english === 'the quoted text' ? 'le texte entre guillemets' : english
};

/** The "did you mean" a message may end with (nearestWord), longest first; the last is none. */
const HINTS: ReadonlyArray<readonly [string, string]> = [
    [' Did you mean {{word}}? The words of the language are written as shown, in lower case.', ' Vouliez-vous dire {{word}} ? Les mots du langage s\'écrivent tels quels, en minuscules.'],
    [' Did you mean {{word}}? The words of the language are written as shown, with a capital first letter.', ' Vouliez-vous dire {{word}} ? Les mots du langage s\'écrivent tels quels, avec une majuscule initiale.'],
    [' Did you mean {{word}}?', ' Vouliez-vous dire {{word}} ?'],
    ['', '']
];

interface Shape {
    /** The English, with `<in>` where " in the order" may stand and `<hint>` where a "did you mean" may. */
    readonly en: string;
    readonly fr: string;
    /** The French when the token found is the end of the file (`{{found}}` is then "the end of the file"). */
    readonly eof?: string;
    /** The hints this shape may end with, if not HINTS. */
    readonly hints?: ReadonlyArray<readonly [string, string]>;
}

/**
 * Every variant of a shape as a pattern: with and without the place, with each hint, and with the
 * end of the file found. The more specific come first, since the first pattern that matches wins.
 */
function variants(shape: Shape): TextPattern[] {
    const out: TextPattern[] = [];
    const hints = shape.en.includes('<hint>') ? shape.hints ?? HINTS : [['', ''] as const];
    const places = shape.en.includes('<in>') ? [[' in {{where}}', ' dans {{where}}'], ['', '']] : [['', '']];
    for (const [enIn, frIn] of places) {
        for (const [enHint, frHint] of hints) {
            const fill = (text: string, hint: string, within: string) => text.replace('<in>', within).replace('<hint>', hint);
            if (shape.eof) {
                out.push({ en: fill(shape.en.replace('{{found}}', 'the end of the file'), enHint, enIn!), text: fill(shape.eof, frHint, frIn!), values: SYNTAX_VALUES });
            }
            out.push({ en: fill(shape.en, enHint, enIn!), text: fill(shape.fr, frHint, frIn!), values: SYNTAX_VALUES });
        }
    }
    return out;
}

const SYNTAX_SHAPES: readonly Shape[] = [
    // Lexer.
    {
        en: 'This quoted text has no closing quote: add \'"\' at its end (quoted text cannot run over the end of a line).',
        fr: 'Ce texte entre guillemets n\'a pas de guillemet fermant : ajoutez \'"\' à sa fin (un texte entre guillemets ne peut pas dépasser la fin d\'une ligne).'
    },
    {
        en: 'Expected \'.\' to end the sentence after {{after}}: the next line starts a new sentence.',
        fr: 'Il manque \'.\' pour terminer la phrase après {{after}} : la ligne suivante commence une nouvelle phrase.'
    },
    {
        en: 'Unexpected character \'{{text}}\': it is not part of the language here. Put it inside quoted text ("…") or remove it.',
        fr: 'Caractère \'{{text}}\' inattendu : il ne fait pas partie du langage à cet endroit. Mettez-le dans un texte entre guillemets ("…") ou supprimez-le.'
    },
    {
        en: 'Unexpected characters \'{{text}}\': it is not part of the language here. Put it inside quoted text ("…") or remove it.',
        fr: 'Caractères \'{{text}}\' inattendus : ils ne font pas partie du langage à cet endroit. Mettez-les dans un texte entre guillemets ("…") ou supprimez-les.'
    },
    // Parser: a sentence that cannot start where it does (a section's end expected).
    {
        en: 'Unexpected {{found}}<in>: {{section}}. The sentence was skipped.<hint>',
        fr: 'Élément {{found}} inattendu<in> : {{section}}. La phrase a été ignorée.<hint>'
    },
    // A keyword where a name goes.
    {
        en: '\'{{word}}\' is a word of the language and cannot be a name here<in>: choose another name.',
        fr: '\'{{word}}\' est un mot du langage et ne peut pas servir de nom ici<in> : choisissez un autre nom.'
    },
    // Text after the last order or template.
    {
        en: 'Unexpected {{found}}: a file holds imports, then orders (\'order "…".\') and templates (\'template name(…)\').<hint>',
        fr: 'Élément {{found}} inattendu : un fichier contient des imports, puis des ordonnances (\'order "…".\') et des modèles (\'template name(…)\').<hint>',
        hints: [...HINTS.slice(0, 3), [' Did a sentence before it end early?', ' Une phrase précédente s\'est-elle terminée trop tôt ?']]
    },
    // A parameter of a requirement that is not one.
    {
        en: 'Unexpected {{found}} in the requirement: expected a parameter (such as \'for 6 months\', \'at "…"\', \'from 19:00 to 07:00\', \'120 hours\') or \'.\' to end the sentence.',
        fr: 'Élément {{found}} inattendu dans l\'obligation : on attendait un paramètre (comme \'for 6 months\', \'at "…"\', \'from 19:00 to 07:00\', \'120 hours\') ou \'.\' pour terminer la phrase.',
        eof: 'Le fichier se termine trop tôt dans l\'obligation : on attendait un paramètre (comme \'for 6 months\', \'at "…"\', \'from 19:00 to 07:00\', \'120 hours\') ou \'.\' pour terminer la phrase.'
    },
    // Several tokens read ahead: some matched, the next did not.
    {
        en: 'After \'{{after}}\'<in>, expected {{list}} but found {{found}}.<hint>',
        fr: 'Après \'{{after}}\'<in>, on attendait {{list}}, mais on trouve {{found}}.<hint>',
        eof: 'Après \'{{after}}\'<in>, on attendait {{list}}, mais le fichier se termine là.<hint>'
    },
    // One token expected.
    {
        en: 'Expected {{expected}}<in> but found {{found}}.<hint>',
        fr: 'On attendait {{expected}}<in>, mais on trouve {{found}}.<hint>',
        eof: 'On attendait {{expected}}<in>, mais le fichier se termine là.<hint>'
    },
    // One of several.
    {
        en: 'Unexpected {{found}}<in>: expected {{list}}.<hint>',
        fr: 'Élément {{found}} inattendu<in> : on attendait {{list}}.<hint>',
        eof: 'Le fichier se termine trop tôt<in> : on attendait {{list}}.<hint>'
    }
];

// ---------------------------------------------------------------------------------------------
// The linker's messages (scoping/linker.ts, and Langium's own)
// ---------------------------------------------------------------------------------------------

const REFERENCE_TYPES: Readonly<Record<string, string>> = {
    Template: 'au modèle',
    TemplateParameter: 'au paramètre de modèle'
};

const LINKER_PATTERNS: readonly TextPattern[] = [
    { en: 'Unknown template \'{{name}}\': define it in this file or import the file that defines it.', text: 'Modèle \'{{name}}\' inconnu : définissez-le dans ce fichier ou importez le fichier qui le définit.' },
    { en: 'Template \'{{template}}\' has no parameter \'{{name}}\' (it has: none).', text: 'Le modèle \'{{template}}\' n\'a pas de paramètre \'{{name}}\' (il n\'a aucun paramètre).' },
    { en: 'Template \'{{template}}\' has no parameter \'{{name}}\' (it has: {{parameters}}).', text: 'Le modèle \'{{template}}\' n\'a pas de paramètre \'{{name}}\' (ses paramètres : {{parameters}}).' },
    { en: 'Unknown template parameter \'{{name}}\'.', text: 'Paramètre de modèle \'{{name}}\' inconnu.' },
    { en: 'Unknown parameter \'{{name}}\': it is not a parameter of this template.', text: 'Paramètre \'{{name}}\' inconnu : ce n\'est pas un paramètre de ce modèle.' },
    {
        en: '\'{{name}}\' is not a value here: write quoted text, a number, a date, a time or a duration (template parameters can only be used inside a template).',
        text: '\'{{name}}\' n\'est pas une valeur ici : écrivez un texte entre guillemets, un nombre, une date, une heure ou une durée (les paramètres de modèle ne s\'emploient qu\'à l\'intérieur d\'un modèle).'
    },
    // Langium's wording, should a reference ever reach it.
    {
        en: 'Could not resolve reference to {{type}} named \'{{name}}\'.',
        text: 'Impossible de résoudre la référence {{type}} nommé \'{{name}}\'.',
        values: { type: english => REFERENCE_TYPES[english] ?? `à ${english}` }
    },
    { en: 'An error occurred while resolving reference to \'{{name}}\': {{error}}', text: 'Une erreur s\'est produite en résolvant la référence à \'{{name}}\' : {{error}}' }
];

// ---------------------------------------------------------------------------------------------
// The suppression pass's messages (core/suppressions.ts)
// ---------------------------------------------------------------------------------------------

const INVALID_SUPPRESSION: readonly TextPattern[] = [
    {
        en: 'This suppression names no check: write \'// sanction-ignore <check-id> -- <the court\'s reason>\'',
        text: 'Ce commentaire sanction-ignore ne nomme aucune vérification : écrivez \'// sanction-ignore <check-id> -- <motif de la juridiction>\''
    },
    {
        en: 'This suppression names {{ids}}, which is not a check that can be silenced (see `sanction checks`)',
        text: 'Ce commentaire sanction-ignore nomme {{ids}}, qui n\'est pas une vérification que l\'on peut faire taire (voir `sanction checks`)'
    },
    {
        en: 'This suppression names {{ids}}, which are not checks that can be silenced (see `sanction checks`)',
        text: 'Ce commentaire sanction-ignore nomme {{ids}}, qui ne sont pas des vérifications que l\'on peut faire taire (voir `sanction checks`)'
    },
    {
        en: 'This suppression gives no reason: say why the court keeps this wording, after \'--\' (a few words at least); until then it silences nothing',
        text: 'Ce commentaire sanction-ignore ne donne aucun motif : indiquez après \'--\' pourquoi la juridiction maintient cette formulation (en quelques mots au moins) ; d\'ici là, il ne fait taire aucun constat'
    },
    { en: 'This suppression is followed by no sentence to apply to', text: 'Ce commentaire sanction-ignore n\'est suivi d\'aucune phrase à laquelle s\'appliquer' }
];

const UNUSED_SUPPRESSION: readonly TextPattern[] = [
    {
        en: 'This suppression silences nothing: no {{ids}} finding starts on line {{line}}; remove it',
        text: 'Ce commentaire sanction-ignore ne fait taire aucun constat : aucun constat {{ids}} ne commence à la ligne {{line}} ; supprimez-le',
        values: { ids: english => english.replace(/' or '/g, '\' ou \'') }
    }
];

// ---------------------------------------------------------------------------------------------

/** French texts of the checks of group C (see index.ts for which checks each group holds). */
export const GROUP_C: TranslationGroup = {
    checks: {
        'fundamental-freedoms': {
            title: 'Condition qui impose ou interdit une pratique religieuse, une expression politique ou une réunion',
            messages: {
                religionForbidden: '"{{phrase}}" interdit une pratique religieuse ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté de religion. Une restriction liée à l\'infraction peut rester justifiée : énoncez ce lien, p. ex. `condition "Do not attend services at St Mary\'s Church, because the offence was committed there", for 6 months.`, ou supprimez-la',
                religionRequired: '"{{phrase}}" impose une pratique religieuse ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté de religion : laissez-la au choix de la personne, p. ex. `condition "The person may attend religious services if they wish".`, ou indiquez en quoi elle est liée à l\'infraction',
                expressionForbidden: '"{{phrase}}" interdit l\'expression politique ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté d\'expression. Une restriction liée à l\'infraction peut rester justifiée : énoncez ce lien, p. ex. `condition "Do not post messages about the victim online, because the offence was harassment on social media", for 6 months.`, ou supprimez-la',
                expressionRequired: '"{{phrase}}" dicte l\'expression politique de la personne ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté d\'expression : supprimez-la, ou indiquez en quoi elle est liée à l\'infraction, p. ex. `condition "Write a letter of apology to the council, because the offence was damage to the town hall".`',
                assemblyForbidden: '"{{phrase}}" interdit de prendre part à une réunion pacifique ou à une association ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté de réunion et d\'association. Une restriction liée à l\'infraction peut rester justifiée : énoncez ce lien, p. ex. `condition "Do not attend the protest at Victoria Square on 1 May, because the offence was committed at such a protest", for 6 months.`, ou supprimez-la',
                assemblyRequired: '"{{phrase}}" impose de prendre part à une réunion ou à une association ; la Règle 4 demande qu\'aucune sanction ou mesure ne soit imposée en violation des normes internationales relatives aux droits de l\'homme, dont la liberté de réunion et d\'association : laissez-le au choix de la personne, p. ex. `condition "The person may join a community group if they wish".`, ou indiquez en quoi cela est lié à l\'infraction'
            }
        },
        'offence-disclosure': {
            title: 'Infraction communiquée au-delà du nécessaire',
            messages: {
                textPublic: '"{{phrase}}" révèle l\'infraction au public ; la Règle 8 demande que la sanction respecte la vie privée de la personne : supprimez ce passage, ou nommez qui a besoin de savoir et limitez la communication, p. ex. `disclosure of the offence to "the placement supervisor", as far as needed.`',
                textPlacement: '"{{phrase}}" informe une structure d\'accueil du travail ou un organisme d\'assistance de l\'infraction ; la Règle 49 demande que ce qui leur est communiqué se limite à leur mission et, en principe, laisse l\'infraction de côté : limitez-le, p. ex. `disclosure of the offence to "the placement supervisor", as far as needed.`',
                textUnlimited: '"{{phrase}}" communique l\'infraction sans la limiter à ce dont le destinataire a besoin ; la Règle 8 demande que la sanction respecte la vie privée de la personne : limitez la communication, p. ex. `disclosure of the offence to "the employer", as far as needed.`',
                recipientPublic: 'Communiquer l\'infraction à {{recipient}} va au-delà de tout besoin ; la Règle 8 demande que la sanction respecte la vie privée de la personne : retirez {{recipient}} et ne nommez que qui a besoin de savoir, p. ex. `disclosure of the offence to "the employer", as far as needed.`',
                unlimitedPlacement: 'L\'ordonnance communique l\'infraction à {{recipients}} sans limiter ce qui leur est dit ; la Règle 49 demande qu\'une structure d\'accueil du travail ou un organisme d\'assistance ne reçoive que ce dont sa mission a besoin, en principe pas l\'infraction : ajoutez `, as far as needed`, p. ex. `disclosure of the offence to "the placement supervisor", as far as needed.`',
                unlimited: 'L\'ordonnance communique l\'infraction à {{recipients}} sans limiter ce qui leur est dit ; la Règle 8 demande que la sanction respecte la vie privée de la personne : ajoutez `, as far as needed`, p. ex. `disclosure of the offence to "the employer", as far as needed.`'
            },
            values: { recipients: fr }
        },
        'offender-pays': {
            title: 'La personne paie la mise en œuvre de l\'ordonnance',
            messages: {
                fee: '"{{phrase}}" fait payer à la personne un coût direct de la mise en œuvre de l\'ordonnance ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels coûts : faites-les payer par l\'État ou par l\'autorité chargée de l\'exécution, p. ex. `costs borne by the state.`',
                payer: 'L\'ordonnance met à la charge de la personne les frais de sa mise en œuvre ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels frais : écrivez `costs borne by the state.`',
                quotedPayer: 'L\'ordonnance met à la charge de la personne ("{{phrase}}") des frais de sa mise en œuvre ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels frais : écrivez `costs borne by the state.`',
                amount: 'Un montant de {{amount}} sur {{measure}} fait payer à la personne sa mise en œuvre ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels coûts : supprimez le montant et écrivez `costs borne by the state.`',
                payee: 'Ce montant est payable à {{payee}}, qui met en œuvre l\'ordonnance : c\'est un coût de mise en œuvre, non une indemnisation ; la Règle 36 dit que la personne ne devrait normalement pas supporter de tels coûts : rendez l\'indemnisation payable à la victime, p. ex. `requirement compensation, amount 300 EUR, payable to "the victim".`'
            },
            values: { measure: fr }
        },
        'profit-making': {
            title: 'Travail non rémunéré à but lucratif',
            messages: {
                staff: '"{{phrase}}" fait profiter du travail non rémunéré un membre du personnel de l\'autorité chargée de l\'exécution ; la Règle 40 demande que le travail d\'intérêt général ne procure aucun profit aux autorités d\'exécution ni à leur personnel : confiez-le à un organisme public ou à but non lucratif, p. ex. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".`',
                business: '"{{phrase}}" met le travail au service d\'une entreprise ; la Règle 40 demande que le travail d\'intérêt général ne soit pas accompli dans un but de profit commercial : confiez-le à un organisme public ou à but non lucratif, p. ex. `requirement unpaid work, 80 hours, at "Exeter Food Bank, a registered charity".`',
                authority: '"{{phrase}}" fait du travail une source de profit ; la Règle 40 demande que le travail d\'intérêt général ne procure aucun profit aux autorités d\'exécution, à leur personnel ni à quiconque : laissez à la collectivité ce qu\'il produit, p. ex. `condition "Furniture made during unpaid work is given to a charity for families in need".`'
            }
        },
        'social-rights': {
            title: 'Perte de droits de sécurité sociale ou de droits civiques',
            messages: {
                exercise: '"{{phrase}}" est interdit à la personne ; la Règle 20 demande qu\'une sanction ne limite ni les droits de sécurité sociale ni les autres droits civiques, sauf si la restriction fait elle-même partie de la peine : supprimez ce passage, ou indiquez que la juridiction l\'a imposée dans le cadre de la peine, p. ex. `condition "Disqualification from voting for two years, imposed as part of the sentence, continues".`',
                loss: '"{{phrase}}" retire des droits de sécurité sociale ou des droits civiques dans le cadre de l\'ordonnance ; la Règle 20 demande qu\'une sanction ne les limite pas, sauf si la restriction fait elle-même partie de la peine : supprimez ce passage, ou indiquez que ces droits sont maintenus, p. ex. `condition "The person\'s benefits and pension are not affected by this order".`'
            }
        },
        'victim-contact': {
            title: 'Contact avec la victime sans son consentement',
            messages: {
                contactRefused: '"{{phrase}}" impose un contact avec la victime malgré son refus ; la Règle 9 demande que le contact avec les victimes respecte leurs droits selon les normes éthiques reconnues, qui veulent qu\'une victime n\'y prenne part que de son plein gré : renoncez au contact, ou tenez la personne à distance, p. ex. `requirement no contact, with "the victim", for 6 months.`',
                contactNotSought: '"{{phrase}}" impose un contact avec la victime, mais la victime n\'a pas été consultée ; la Règle 9 demande que le contact avec les victimes respecte leurs droits selon les normes éthiques reconnues, qui veulent qu\'une victime n\'y prenne part que de son plein gré : consultez d\'abord la victime et subordonnez le contact à sa réponse, p. ex. `condition "The person will meet the victim only if the victim agrees".`',
                contactSilent: '"{{phrase}}" impose un contact avec la victime sans rien dire de son consentement ; la Règle 9 demande que le contact avec les victimes respecte leurs droits selon les normes éthiques reconnues, qui veulent qu\'une victime n\'y prenne part que de son plein gré : subordonnez le contact à l\'accord de la victime, p. ex. `condition "The person will meet the victim only if the victim agrees".`',
                reparationRefused: '"{{phrase}}" impose une réparation envers la victime malgré son refus ; la Règle 10 dit que la réparation envers les victimes devrait tenir dûment compte de leurs droits et de leurs besoins : prévoyez plutôt une réparation envers la collectivité, p. ex. `requirement reparation, "repairing the bus shelter", 10 hours.`',
                reparationNotSought: '"{{phrase}}" impose une réparation envers la victime, mais la victime n\'a pas été consultée ; la Règle 10 dit que la réparation envers les victimes devrait tenir dûment compte de leurs droits et de leurs besoins : consultez d\'abord la victime et consignez sa réponse, p. ex. `requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent given on 2026-03-10.`',
                reparationSilent: '"{{phrase}}" impose une réparation envers la victime sans rien dire de son consentement ; la Règle 10 dit que la réparation envers les victimes devrait tenir dûment compte de leurs droits et de leurs besoins : consignez le consentement de la victime, p. ex. `requirement reparation, "repairing the victim\'s fence", 10 hours, involving the victim, victim consent given on 2026-03-10.`, ou prévoyez une réparation envers la collectivité',
                consentRefused: 'La victime a refusé de consentir à {{measure}} ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : n\'allez pas plus loin contre son refus ; prévoyez plutôt une réparation envers la collectivité, p. ex. `requirement reparation, "repairing the bus shelter", 10 hours.`',
                consentNotSought: 'Le consentement de la victime à {{measure}} n\'a pas été recherché ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : consultez la victime et, une fois qu\'elle a accepté, consignez-le, p. ex. `victim consent given on 2026-03-10`',
                consentMissing: '{{Measure}} fait intervenir la victime mais ne consigne aucun consentement de sa part ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : consignez-le, p. ex. `involving the victim, victim consent given on 2026-03-10`',
                mediationNoVictim: '{{Measure}} ne consigne pas que la victime y prend part de son plein gré ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : consignez-le, p. ex. `requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.`',
                mediationViaTemplate: '{{Measure}} ne consigne pas que la victime y prend part de son plein gré, et une ordonnance ne peut pas le consigner pour l\'obligation d\'un modèle ; les Règles européennes recommandent de respecter les droits de la victime, et les normes reconnues ne laissent une victime y prendre part que de son plein gré : consignez-le dans le modèle, ou écrivez la médiation dans l\'ordonnance, p. ex. `requirement mediation, 3 sessions, involving the victim, victim consent given on 2026-03-10.`'
            },
            values: { measure: fr, Measure: english => capitalised(fr(english)) }
        },
        'template-types': {
            title: 'Paramètre de modèle de type erroné ou sans valeur',
            messages: {
                defaultType: 'La valeur par défaut de \'{{name}}\' n\'est pas de son type : écrivez {{expected}}',
                argumentType: '\'{{name}}\' attend {{expected}}',
                givenTwice: '\'{{name}}\' est donné deux fois : gardez une seule valeur',
                missing: 'Le modèle \'{{template}}\' a besoin d\'une valeur pour {{missing}} : ajoutez p. ex. `with {{first}} …`',
                refType: '\'{{name}}\' est un paramètre de type {{type}}, mais cet endroit demande {{expected}}'
            },
            values: { expected: english => WRITTEN_AS[english] ?? english }
        },
        'requirement-parameters': {
            title: 'Paramètre qui n\'appartient pas à l\'obligation, ou donné deux fois',
            messages: {
                notTaken: 'Une obligation « {{kind}} » ne prend pas de paramètre « {{parameter}} » : déplacez-le vers l\'obligation à laquelle il appartient, ou supprimez-le',
                notTakenBelongs: 'Une obligation « {{kind}} » ne prend pas de paramètre « {{parameter}} » (il appartient à une obligation {{takers}}) : déplacez-le là, ou supprimez-le',
                twice: 'Le paramètre « {{parameter}} » est indiqué deux fois dans cette obligation, ce qui laisse ouvert lequel des deux s\'applique : gardez-en un'
            },
            values: { parameter: english => PARAMETERS[english] ?? english, takers: kindsOr }
        },
        'invalid-value': {
            title: 'Date, heure ou période impossible',
            messages: {
                notDate: '{{value}} n\'est pas une date : écrivez une date qui existe, sous la forme année-mois-jour, p. ex. `2026-03-14`',
                notIsoDate: '`{{written}}` n\'est pas une date telle que ce langage les écrit : écrivez-la sous la forme année-mois-jour, {{readings}}',
                notIsoDateNoReading: '`{{written}}` n\'est pas une date telle que ce langage les écrit : écrivez la date sous la forme année-mois-jour, avec l\'année en entier, p. ex. `2026-03-14`',
                notTime: '{{value}} n\'est pas une heure de la journée : écrivez les heures de 00 à 23 et les minutes de 00 à 59, p. ex. `19:00`',
                endsBeforeStart: 'La période se termine ({{end}}) avant de commencer ({{start}}) : placez la date la plus tardive après `to`'
            },
            values: { readings }
        },
        'duplicate-clause': {
            title: 'Clause énoncée deux fois',
            messages: {
                twice: '{{what}} est indiquée deux fois, ce qui laisse ouvert laquelle des deux s\'applique : gardez-en une et supprimez l\'autre'
            },
            values: { what: english => CLAUSES[english] ?? capitalised(english) }
        },
        'duplicate-template': {
            title: 'Nom de modèle employé deux fois',
            messages: {
                inThisFile: 'Il existe un autre modèle nommé \'{{name}}\' dans ce fichier, donc `apply {{name}}` est ambigu : renommez l\'un des deux, p. ex. `template {{name}}-2(…):`',
                elsewhere: 'Il existe un autre modèle nommé \'{{name}}\' (dans {{file}}), donc `apply {{name}}` est ambigu : renommez l\'un des deux, p. ex. `template {{name}}-2(…):`'
            }
        },
        'invalid-config': {
            title: 'Fichier de configuration comportant une erreur',
            messages: {
                ignored: 'Le fichier de configuration est ignoré : {{problem}}'
            },
            values: { problem: fileProblem }
        },
        'unresolved-import': {
            title: 'Fichier importé introuvable',
            messages: {
                notSanction: 'Un import nomme un fichier .sanction ; \'{{path}}\' n\'en est pas un : écrivez p. ex. `import "library/standard-requirements.sanction".`',
                self: 'Un fichier ne peut pas s\'importer lui-même : supprimez cet import',
                notFound: 'Le fichier importé \'{{path}}\' est introuvable : vérifiez le chemin, qui est relatif à ce fichier',
                // The library's problem, put into French by the adapter below (spaced so that the
                // template is not the English one word for word; fillMessage reads it the same).
                library: '{{problem}}',
                cycle: 'Cet import ferme un cycle ({{cycle}}) : des fichiers ne peuvent pas s\'importer les uns les autres en boucle ; placez les modèles qu\'ils partagent dans un fichier qui n\'importe aucun d\'eux',
                otherProfile: 'La bibliothèque \'{{name}}\' est écrite pour les profils que nomme son manifeste ({{profiles}}), et ce fichier est vérifié sous le profil {{profile}} : ses modèles peuvent employer des obligations ou des limites que ce droit ne connaît pas ; vérifiez chaque modèle que vous appliquez, employez une bibliothèque écrite pour {{profile}}, ou ajoutez {{profile}} au manifeste une fois la bibliothèque vérifiée sous ce profil (`sanction lint --library`)'
            },
            values: { problem: english => translateByPattern(english, LIBRARY_PROBLEMS) ?? english }
        },
        'syntax-error': {
            title: 'Phrase que l\'analyseur ne peut pas lire',
            messages: {},
            patterns: SYNTAX_SHAPES.flatMap(variants)
        },
        'unresolved-reference': {
            title: 'Nom inconnu',
            messages: {},
            patterns: LINKER_PATTERNS
        },
        'invalid-suppression': {
            title: 'Commentaire sanction-ignore sans vérification ou sans motif',
            messages: {},
            patterns: INVALID_SUPPRESSION
        },
        'unused-suppression': {
            title: 'Commentaire sanction-ignore qui ne fait taire aucun constat',
            messages: {},
            patterns: UNUSED_SUPPRESSION
        }
    },
    fixTitles: [
        { en: 'Limit the disclosure to what is needed (", as far as needed")', text: 'Limiter la communication au nécessaire (", as far as needed")' },
        { en: 'Have the state bear the costs ("costs borne by the state")', text: 'Mettre les frais à la charge de l\'État ("costs borne by the state")' },
        { en: 'Record the victim\'s consent (only once the victim has given it; check the date)', text: 'Consigner le consentement de la victime (seulement une fois qu\'elle l\'a donné ; vérifiez la date)' },
        { en: 'Record that the victim takes part and has consented (only once they have; check the date)', text: 'Consigner que la victime prend part et a consenti (seulement une fois que c\'est le cas ; vérifiez la date)' },
        // lsp/code-action-provider.ts: the suppression offered for a finding.
        { en: 'Suppress {{id}} here, with a reason', text: 'Ignorer {{id}} ici, en donnant un motif' }
    ]
};
