/*
 * French for the values the checks build in English and put into their messages: how a measure
 * is named ("This curfew requirement"), lengths ("12 months"), lists ("a, b and c") and the names
 * of the jurisdictions. Text quoted from the order ('name', "text", `syntax`) is the drafter's and
 * passes through unchanged.
 */

const UNITS: Readonly<Record<string, readonly [string, string]>> = {
    hour: ['heure', 'heures'],
    day: ['jour', 'jours'],
    'working day': ['jour ouvrable', 'jours ouvrables'],
    week: ['semaine', 'semaines'],
    month: ['mois', 'mois'],
    year: ['an', 'ans'],
    session: ['séance', 'séances'],
    minute: ['minute', 'minutes']
};

const JURISDICTIONS: Readonly<Record<string, string>> = {
    'England and Wales': 'Angleterre et pays de Galles',
    'France': 'France',
    'Germany': 'Allemagne',
    'the Council of Europe': 'le Conseil de l\'Europe'
};

/** Rewrites applied, in order, to the unquoted parts of a value. Each stands for a shape of value the checks build. */
const REWRITES: ReadonlyArray<readonly [RegExp, string | ((...groups: string[]) => string)]> = [
    // describeRequirement / measureName (model/order-model.ts, protected/sources.ts)
    [/\b[Tt]he (.+?) requirement brought in by\b/g, (_, kind: string) => `l'obligation « ${kind} » apportée par`],
    [/\bThis (.+?) requirement\b/g, (_, kind: string) => `Cette obligation « ${kind} »`],
    [/\bthis (.+?) requirement\b/g, (_, kind: string) => `cette obligation « ${kind} »`],
    [/\b[Tt]he condition brought in by\b/g, 'la condition apportée par'],
    [/\bThis condition\b/g, 'Cette condition'],
    [/\bthis condition\b/g, 'cette condition'],
    [/\bthis text\b/g, 'ce texte'],
    [/\bthe order\b/g, 'l\'ordonnance'],
    [/\bThe order\b/g, 'L\'ordonnance'],
    // lengths (model/burden.ts describeLength, the checks' runs())
    [/\b(\d+(?:\.\d+)?) (working day|hour|day|week|month|year|session|minute)(s?)\b/g, (_, n: string, unit: string) => `${n} ${UNITS[unit]![Number(n) <= 1 ? 0 : 1]}`],
    [/^for (?=\d)/, 'pendant '],
    [/^from (?=\d)/, 'du '],
    [/\buntil\b/g, 'jusqu\'au'],
    [/\bto\b(?= \d{4}-)/g, 'au'],
    // lists (validation/wording.ts joinList, joinOr)
    [/ and /g, ' et '],
    [/ or /g, ' ou ']
];

/** The parts of a value outside quotes ('…', "…", `…`, «…»), each handed to `map`; quoted parts are kept. */
function mapUnquoted(value: string, map: (text: string) => string): string {
    return value.split(/((?<![A-Za-z])'[^']*'(?![A-Za-z])|"[^"]*"|`[^`]*`|«[^»]*»|“[^”]*”)/).map((part, i) => i % 2 === 1 ? part : map(part)).join('');
}

/** A value a check built in English, in French; quoted text is left as written. */
export function fr(value: string): string {
    const jurisdiction = JURISDICTIONS[value];
    if (jurisdiction) {
        return jurisdiction;
    }
    let out = mapUnquoted(value, text => {
        let result = text;
        for (const [pattern, replacement] of REWRITES) {
            result = result.replace(pattern, replacement as string);
        }
        return result;
    });
    for (const [english, french] of Object.entries(JURISDICTIONS)) {
        out = out.split(english).join(french);
    }
    return out;
}

/** "a, b et c". */
export function joinListFr(parts: readonly string[]): string {
    return parts.length <= 1 ? parts.join('') : `${parts.slice(0, -1).join(', ')} et ${parts[parts.length - 1]}`;
}
