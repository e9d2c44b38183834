/**
 * undefined-place-or-person: a category of people or places the person cannot tell in advance
 * whether someone or somewhere belongs to. People: an open head ("anyone under 18") or a generic
 * head with a qualifier, unless knowledge, a purpose, a statute or a named group defines the class
 * (issue 10's knowledge and definiteness as properties of a class, whatever its head noun), it is
 * the duty's subject, kin the case identifies or named right after; a distance from a person, who
 * moves; a contact class given as a slot. Places: open classes, generic heads made a category by
 * what happens there, areas with no edge. And the classes of places or people defined by what
 * might happen (read in reading.ts, shared with vague-term).
 */

import { names, overlaps } from '../text/features.js';
import type { PhraseMatch, Span } from '../text/phrase.js';
import { literally, wordsInEveryLanguage, type FamilyName } from '../text/vocabulary.js';
import type { TextFix } from './types.js';
import {
    add, anchored, clauseEnd, definiteArticles, every, extendPhrase, has, inPurpose, isElided, isProtected, isSubject, isWordOf, once, own, perLanguage, qualifies, speculativeClasses, wordsIn, writtenForm, type Context
} from './reading.js';

// ---------------------------------------------------------------------------------------------
// undefined-place-or-person: people
// ---------------------------------------------------------------------------------------------
/**
 * A word right after a head that opens its qualifier (persons.json `qualifier-start`: "under",
 * "who", "de moins", "unter"), over which the finding extends; every language's words.
 */
const qualifierStart = once(() => new RegExp(`^\\s+(?:${every('persons', 'qualifier-start')})\\b`, 'iu'));

function people(context: Context): void {
    const { text, v, role } = context;
    if (role === 'contact-class') {
        const knowing = v.get('knowledge').test(text);
        if (!knowing && text.trim()) {
            add(context, {
                check: 'undefined-place-or-person',
                family: 'persons',
                start: text.length - text.trimStart().length,
                end: text.trimEnd().length,
                messageId: 'contactClass',
                data: { phrase: text }
            });
        }
        return;
    }
    const kin = v.words('persons', 'kin-head');
    const possessives = v.words('persons', 'possessive');
    const openHeads = v.get('persons', 'open-head');
    const genericHeads = v.get('persons', 'generic-head');
    const qualifiers = v.get('persons', 'qualifier');
    const named = context.language === 'de' ? [] : names(text, context.language);
    for (const sentence of context.sentences) {
        if (has(context, 'knowledge', 'patterns', sentence) || has(context, 'bounds', 'written-naming', sentence)) {
            continue;
        }
        movingRadius(context, sentence);
        if (role !== 'contact' && !has(context, 'persons', 'context', sentence)) {
            continue;
        }
        const caseIdentified = v.get('persons', 'case-person').findAll(text, sentence);
        const candidates: Array<{ head: PhraseMatch; qualified: boolean }> = [];
        for (const head of openHeads.find(text, sentence).map(m => overInflectionMark(text, m))) {
            candidates.push({ head, qualified: false });
        }
        for (const head of genericHeads.find(text, sentence).map(m => overInflectionMark(text, m))) {
            const qualifier = qualifiers.find(text, { start: head.end, end: sentence.end })[0];
            // "Personen, die …": a relative clause after a comma qualifies the noun too.
            if (qualifier && qualifies(context, text.slice(head.end, qualifier.start))) {
                candidates.push({ head, qualified: true });
            }
        }
        for (const { head, qualified } of candidates) {
            // "Kirklees Children's Services": part of a name.
            if (caseIdentified.some(c => overlaps(c, head)) || isProtected(context, head) || named.some(n => overlaps(n, head))) {
                continue;
            }
            // The person's purpose, a statute or a named group defines the class. A purpose clause
            // after the class in its sentence ("approach any child under 12 in order to persuade …",
            // "Kinder anzusprechen, um sie zum Mitkommen zu bewegen") bans the act done for that
            // purpose, which the person knows, not every contact with the class.
            if (inPurpose(context, head) || anchored(context, head) || context.purposes.some(p => p.start >= head.end && p.start < sentence.end)) {
                continue;
            }
            if (qualified && isDefiniteDescription(context, head)) {
                continue;
            }
            // "The offender shall not telephone …", "Der Verurteilte hat …": a singular noun with a
            // definite article opening the sentence is the duty's subject, the person, not a class.
            if (isSubject(context, head, sentence)) {
                continue;
            }
            const before = text.slice(Math.max(sentence.start, head.start - 30), head.start);
            const previousWord = wordsIn(before).pop() ?? '';
            const headWord = wordsIn(head.text)[0] ?? '';
            // "the sexual offender treatment programme": an English singular count noun with no
            // determiner before it does not head a noun phrase; it modifies the next noun.
            const lastWord = wordsIn(head.text).pop() ?? '';
            // A head of several words ("members of any gang") is plural if its first word is.
            // (persons.json `bare-plural`; English only, as is the rule.)
            const pluralHead = [lastWord, ...(wordsIn(head.text).length > 1 ? [headWord] : [])].some(w => isWordOf(v, 'persons', 'bare-plural', w));
            if (context.language === 'en' && !qualified && !pluralHead && !determiners(v).has(previousWord) && !possessives.has(previousWord)) {
                continue;
            }
            // "her children", "the victim's children": kin identified by the case.
            if ([...kin].some(form => v.inflection(headWord, form)) && (possessives.has(previousWord) || possessiveBefore(before))) {
                continue;
            }
            // A named person right after ("persons, namely X and Y").
            const span = qualified || qualifierStart().test(text.slice(head.end, head.end + 12))
                ? extendPhrase(context, head.start, head.end)
                : { start: head.start, end: head.end };
            if (v.get('lexicon', 'naming').test(text, { start: span.end, end: Math.min(text.length, span.end + 20) })) {
                continue;
            }
            add(context, {
                check: 'undefined-place-or-person',
                family: 'persons',
                start: span.start,
                end: span.end,
                messageId: 'people',
                fix: knowledgeFixForPeople(context, span, head, qualified)
            });
        }
    }
}

/**
 * The possessive ending ("'s", "s'": grammar.json `possessive-ending`), every language's: right
 * after a word (`after`), and at the end of the text before one (`before`, read in the few
 * characters the longest ending has).
 */
const possessiveEnding = once(() => {
    const endings = wordsInEveryLanguage('grammar', 'possessive-ending');
    const forms = endings.map(writtenForm).join('|') || '(?!)';
    return {
        after: new RegExp(`^(?:${forms})\\b`, 'u'),
        before: new RegExp(`(?:${forms})$`, 'u'),
        reach: Math.max(1, ...endings.map(ending => ending.length))
    };
});

/** A distance from a person, who moves: only knowledge makes it knowable. */
function movingRadius(context: Context, sentence: Span): void {
    const { text, v } = context;
    for (const match of v.get('persons', 'moving-radius').find(text, sentence)) {
        const after = text.slice(match.end, match.end + 30);
        const placeAfter = v.get('persons', 'place-after-person').find(after)[0];
        // "the victim's home": a place of the person's (grammar.json `possessive-ending`).
        if (placeAfter && wordsIn(after.slice(0, placeAfter.start)).length <= 2 || possessiveEnding().after.test(after)) {
            continue;
        }
        add(context, {
            check: 'undefined-place-or-person',
            family: 'moving-radius',
            start: match.start,
            end: match.end,
            messageId: 'movingPerson',
            fix: context.language === 'en'
                ? { title: 'Add a knowledge requirement ("knowingly")', edits: [{ start: match.start, end: match.start, newText: 'knowingly ' }] }
                : undefined
        });
    }
}

/** One mark of the plural or the feminine in brackets (grammar.json `inflection-mark`), every language's, as written, for an expression. */
const bracketedMark = () => `\\((?:${every('grammar', 'inflection-mark')})\\)`;
/** Marks of the plural or the feminine in brackets, right at the start of a text. */
const inflectionMark = once(() => new RegExp(`^(?:${bracketedMark()})+`, 'u'));

/**
 * "house(s)", "person(s)", "Person(en)", "mineur(e)(s)": the noun takes its plural mark in brackets
 * into the head, so that its qualifier still follows it and it reads as the class it is.
 */
function overInflectionMark(text: string, head: PhraseMatch): PhraseMatch {
    const mark = inflectionMark().exec(text.slice(head.end, head.end + 12));
    return mark ? { ...head, end: head.end + mark[0].length, text: text.slice(head.start, head.end + mark[0].length) } : head;
}

/** Whether the text before a word ends in a possessive and a space ("the victim's ", "victims' "). */
function possessiveBefore(before: string): boolean {
    const trimmed = before.trimEnd();
    const { before: ending, reach } = possessiveEnding();
    return trimmed.length < before.length && ending.test(trimmed.slice(-reach));
}

/** English determiners (grammar.json `determiner`): a singular count noun needs one to head a noun phrase ("a minor", "any child"). */
const determiners = perLanguage(v => v.words('grammar', 'determiner'));

/** Determiners that make a singular noun a category ("any place where", "a person who": grammar.json `indefinite`), every language's. */
const indefinite = once(() => new Set(wordsInEveryLanguage('grammar', 'indefinite')));
/** Pronouns and adverbs that are a category by themselves ("anyone", "irgendwo": grammar.json `indefinite-pronoun`), every language's. */
const alwaysCategory = once(() => new Set(wordsInEveryLanguage('grammar', 'indefinite-pronoun')));

/**
 * "the place where the offence was committed", "lieu où l'infraction a été commise": a singular noun
 * with no indefinite determiner describes one thing, identified by the case, not a category.
 */
function isDefiniteDescription(context: Context, head: PhraseMatch): boolean {
    const word = wordsIn(head.text)[0] ?? '';
    // "any house(s) where …": a bracketed plural mark makes a class.
    if (alwaysCategory().has(word) || /\)$/.test(head.text)) {
        return false;
    }
    // A plural is a class (grammar.json `plural`, "premises" and "people" among them), unless the
    // noun only ends like one (`singular-in-plural-form`: "address", "Ort").
    const plural = isWordOf(context.v, 'grammar', 'plural', word) && !isWordOf(context.v, 'grammar', 'singular-in-plural-form', word);
    if (plural) {
        return false;
    }
    const previous = wordsIn(context.text.slice(Math.max(0, head.start - 20), head.start)).pop() ?? '';
    return !indefinite().has(previous);
}

/**
 * The words that place the knowledge fix (English): a relative pronoun after the head
 * (persons.json `relative-pronoun`), the words of a state right after it (`state-qualifier`), and
 * a possessive determiner before it (grammar.json `possessive-determiner`, read in the characters
 * the longest has and the one before it).
 */
const knowledgeFixWords = perLanguage(v => {
    const possessives = [...v.words('grammar', 'possessive-determiner')];
    return {
        relative: new RegExp(`^\\s+(?:${own(v, 'persons', 'relative-pronoun')})\\b`, 'i'),
        state: new RegExp(`^\\s+(?:${own(v, 'persons', 'state-qualifier')})\\b`, 'i'),
        possessive: { pattern: new RegExp(`\\b(?:${literally(possessives)})$`, 'i'), reach: Math.max(1, ...possessives.map(word => word.length)) + 1 }
    };
});

/** English only: where the knowledge phrase goes depends on how the category is written. */
function knowledgeFixForPeople(context: Context, span: Span, head: PhraseMatch, qualified: boolean): TextFix | undefined {
    if (context.language !== 'en') {
        return undefined;
    }
    const title = 'Add a knowledge requirement ("you know to be")';
    const rest = context.text.slice(head.end, span.end);
    const { relative: relativePronoun, state, possessive } = knowledgeFixWords(context.v);
    const relative = relativePronoun.exec(rest);
    if (relative) {
        const at = head.end + relative[0].length;
        return { title: 'Add a knowledge requirement ("you know")', edits: [{ start: at, end: at, newText: ' you know' }] };
    }
    if (qualified || state.test(rest)) {
        return { title, edits: [{ start: head.end, end: head.end, newText: ' you know to be' }] };
    }
    const before = context.text.slice(0, head.start);
    // Only the end of the text before the head matters: a regular expression anchored at the end of
    // the whole prefix would scan all of it for every head.
    const trimmed = before.trimEnd();
    if (trimmed.length < before.length && possessive.pattern.test(trimmed.slice(-possessive.reach))) {
        return undefined;
    }
    return { title, edits: [{ start: head.start, end: head.start, newText: 'persons you know to be ' }] };
}

// ---------------------------------------------------------------------------------------------
// undefined-place-or-person: places
// ---------------------------------------------------------------------------------------------

/**
 * The words read around a class of places (places.json), every language's in every text, as the
 * expressions they replaced read them: the subject that is the person (`person-subject`: "you",
 * "the offender"), a relative of place that is the whole qualifier (`place-relative`), a court's
 * area (`jurisdiction`, anywhere in the area's words: "Gerichtsbezirk") before "of" and a name
 * (grammar.json `of`), and a relative of place after an area (`area-relative`).
 */
const placeWords = once(() => ({
    personal: new RegExp(`^\\s*(?:${every('places', 'person-subject')})\\b`, 'iu'),
    relative: new RegExp(`^(?:${every('places', 'place-relative')})$`, 'iu'),
    jurisdiction: new RegExp(every('places', 'jurisdiction'), 'iu'),
    ofName: new RegExp(`^\\s+(?:${every('grammar', 'of')})\\s+\\p{Lu}`, 'u'),
    areaRelative: new RegExp(`^\\s+(?:${every('places', 'area-relative')})\\b`, 'iu')
}));

function places(context: Context): void {
    const { text, v } = context;
    const { personal, relative, jurisdiction, ofName, areaRelative } = placeWords();
    for (const sentence of context.sentences) {
        if (has(context, 'knowledge', 'patterns', sentence)) {
            continue;
        }
        const bounded = has(context, 'places', 'boundary', sentence);
        // Open classes by themselves.
        if (!bounded) {
            for (const match of v.get('places', 'open-class').find(text, sentence)) {
                if (isProtected(context, match)) {
                    continue;
                }
                addPlace(context, match, match);
            }
        }
        // A general noun made a category by what happens there.
        if (!bounded) {
            const qualifiers = v.get('places', 'qualifier');
            for (const head of v.get('places', 'generic-head').find(text, sentence).map(m => overInflectionMark(text, m))) {
                const qualifier = qualifiers.find(text, { start: head.end, end: sentence.end })[0];
                if (!qualifier || !qualifies(context, text.slice(head.end, qualifier.start)) || isProtected(context, head) || isDefiniteDescription(context, head) || inPurpose(context, head) || anchored(context, head)) {
                    continue;
                }
                // "the address where you live": the person's own doings define it, and they know them.
                if (relative.test(qualifier.text.trim()) && personal.test(text.slice(qualifier.end))) {
                    continue;
                }
                addPlace(context, extendPhrase(context, head.start, qualifier.end), head, qualifier);
            }
        }
        // A noun the relative adverb of place follows, whatever it is.
        if (!bounded) {
            placesByAdverb(context, sentence);
        }
        // Areas with no edge.
        if (!bounded) {
            const admin = v.get('places', 'admin-area').findAll(text, sentence);
            for (const match of v.get('places', 'area').find(text, sentence)) {
                if (admin.some(a => overlaps(a, match)) || isProtected(context, match)) {
                    continue;
                }
                const after = text.slice(match.end, match.end + 40);
                // "the jurisdiction of England and Wales" is a known border; "of the court" is not.
                if (jurisdiction.test(match.text) && ofName.test(after)) {
                    continue;
                }
                // "any area where …" is a category, found above.
                if (areaRelative.test(after)) {
                    continue;
                }
                const start = extendOverNames(text, match.start, sentence.start);
                add(context, {
                    check: 'undefined-place-or-person',
                    family: 'area',
                    start,
                    end: match.end,
                    messageId: 'noBoundary'
                });
            }
        }
    }
}

/**
 * The noun before a relative adverb of place, with a bracketed plural mark and, in French and
 * German, the comma before the relative clause: "garage(s) where", "Keller, wo".
 */
const nounBeforeAdverb = once(() => new RegExp(`([\\p{L}][\\p{L}'’-]*)((?:${bracketedMark()})*)\\s*,?\\s*$`, 'u'));

/**
 * German puts the verb last and the relative clause after it: "keinen Keller zu betreten, wo …".
 * The noun is then the capitalised word before up to two lower-case words and the comma.
 */
const germanNounBeforeVerb = once(() => new RegExp(`(\\p{Lu}[\\p{L}-]*)((?:${bracketedMark()})*)(?:\\s+\\p{Ll}[\\p{L}-]*){1,2}\\s*,\\s*$`, 'u'));

/**
 * Issue 10, structure 2, whatever the head noun: a relative adverb of place (places.json
 * `place-adverb`: "where", "où", "wo") makes the noun before it a place, and the clause after it
 * makes that place a category ("any garage where stolen parts are stored", "tout entrepôt où …",
 * "jeden Keller, wo …"); the generic heads above are only the commonest such nouns. The noun is a
 * category when an indefinite determiner stands before it, when it is plural, or when a bracketed
 * plural mark follows it; a singular with a definite article is one place the case identifies
 * ("the house where the offence took place"). The person's own doings after the adverb ("where you
 * live") define the place, and they know them; a time noun ("any day where") is no place.
 */
function placesByAdverb(context: Context, sentence: Span): void {
    const { text, v } = context;
    const { personal } = placeWords();
    for (const adverb of v.get('places', 'place-adverb').find(text, sentence)) {
        // Only the end of the text before the adverb matters (an expression anchored at the end
        // of the whole prefix would scan all of it).
        const from = Math.max(sentence.start, adverb.start - 60);
        const prefix = text.slice(from, adverb.start);
        const noun = (context.language === 'de' ? germanNounBeforeVerb().exec(prefix) : null) ?? nounBeforeAdverb().exec(prefix);
        if (!noun) {
            continue;
        }
        const headStart = from + noun.index;
        const head: Span = { start: headStart, end: headStart + noun[1].length + noun[2].length };
        const word = noun[1].toLowerCase();
        // German writes every noun with a capital; a lower-case word there is no noun.
        if (context.language === 'de' && !/^\p{Lu}/u.test(noun[1])) {
            continue;
        }
        if (['timeunit', 'weekday', 'month'].some(list => isWordOf(v, 'lexicon', list, word)) || personal.test(text.slice(adverb.end))) {
            continue;
        }
        // "where necessary", "where directed by your officer": the adverb opens a condition or a
        // delegation, which their own families read, not a place.
        if (conditionAt(context, adverb)) {
            continue;
        }
        // The nearest determiner in the few words before ("any garage or lock-up where"): an
        // indefinite one makes a category; a definite or possessive one, one place.
        const before = wordsIn(text.slice(Math.max(sentence.start, headStart - 50), headStart)).slice(-4).reverse();
        const determiner = before.find(w => indefinite().has(w) || definiteArticles().has(w) || possessiveDeterminers(v).has(w));
        const plural = isWordOf(v, 'grammar', 'plural', word) && !isWordOf(v, 'grammar', 'singular-in-plural-form', word);
        // A plural is a category unless it is the person's own ("your flats"). German plurals are
        // read only with no article: "die" and "der" are also singular, and "*s" ends "Haus".
        const pluralCategory = plural && (determiner === undefined || !possessiveDeterminers(v).has(determiner) && context.language !== 'de');
        const category = alwaysCategory().has(word) || noun[2] !== ''
            || determiner !== undefined && indefinite().has(determiner)
            || pluralCategory;
        if (!category || isProtected(context, head) || inPurpose(context, head) || anchored(context, head)) {
            continue;
        }
        // Found already as a generic head with its qualifier, or as a class of people.
        if (context.issues.some(issue => issue.check === 'undefined-place-or-person' && overlaps(issue, head))) {
            continue;
        }
        addPlace(context, extendPhrase(context, head.start, adverb.end), head, adverb);
    }
}

/**
 * Whether a trigger, a measure of the person's own, a delegation or an escape clause (conditional.json,
 * delegation.json) starts at the adverb ("where necessary", "where required", "wo nötig"): a
 * condition, not a relative of place.
 */
function conditionAt(context: Context, adverb: Span): boolean {
    const { text, v } = context;
    const clause = { start: adverb.start, end: clauseEnd(context, adverb.start) };
    const lists: Array<[FamilyName, string]> = [['conditional', 'patterns'], ['conditional', 'own-measure'], ['delegation', 'delegation'], ['delegation', 'escape']];
    return lists.some(([family, list]) => v.get(family, list).find(text, clause).some(m => m.start === adverb.start));
}

/** Possessive determiners (grammar.json `possessive-determiner`) of the text's language: "your flats where …" are the person's own. */
const possessiveDeterminers = perLanguage(v => v.words('grammar', 'possessive-determiner'));

/** A relative of place opening a qualifier (places.json `place-relative`, the text's language): "you know" goes after it. */
const fixRelative = perLanguage(v => new RegExp(`^(?:${own(v, 'places', 'place-relative')})\\b`, 'i'));

function addPlace(context: Context, span: Span, head: Span, qualifier?: PhraseMatch): void {
    let fix: TextFix | undefined;
    if (context.language === 'en' && qualifier) {
        const relative = fixRelative(context.v).exec(qualifier.text);
        if (relative) {
            const at = qualifier.start + relative[0].length;
            fix = { title: 'Add a knowledge requirement ("you know")', edits: [{ start: at, end: at, newText: ' you know' }] };
        } else {
            fix = { title: 'Add a knowledge requirement ("you know to be")', edits: [{ start: head.end, end: head.end, newText: ' you know to be' }] };
        }
    }
    add(context, {
        check: 'undefined-place-or-person',
        family: 'places',
        start: span.start,
        end: span.end,
        messageId: 'places',
        fix
    });
}

/**
 * A definite article written as a word before a name (grammar.json `definite-article`, every
 * language's; an elided one is part of the name's word, "l'Essonne").
 */
const articleBeforeName = once(() => new RegExp(`\\b(?:${literally(wordsInEveryLanguage('grammar', 'definite-article').filter(article => !isElided(article)))})\\s+$`, 'iu'));

/** "the Newcastle area": take the name into the phrase (and its article). */
function extendOverNames(text: string, start: number, limit: number): number {
    let result = start;
    const before = /((?:\b\p{Lu}[\p{L}'’-]*\s+)+)$/u.exec(text.slice(limit, start));
    if (before) {
        result = start - before[1].length;
        const article = articleBeforeName().exec(text.slice(limit, result));
        if (article) {
            result -= article[0].length;
        }
    }
    return result;
}

// ---------------------------------------------------------------------------------------------
// undefined-place-or-person: classes defined by what might happen
// ---------------------------------------------------------------------------------------------

/** A class of places or persons made by what might happen there or what they might do. */
function speculativePlacesAndPeople(context: Context): void {
    for (const { span, head } of speculativeClasses(context)) {
        if (head === 'place') {
            add(context, { check: 'undefined-place-or-person', family: 'speculative', start: span.start, end: span.end, messageId: 'speculativePlaces' });
        } else if (head === 'person') {
            add(context, { check: 'undefined-place-or-person', family: 'speculative', start: span.start, end: span.end, messageId: 'speculativePeople' });
        }
    }
}

/** The findings of undefined-place-or-person, in the order its passes have always run: people, places, speculative classes. */
export function readUndefinedPlacesAndPersons(context: Context): void {
    people(context);
    places(context);
    speculativePlacesAndPeople(context);
}
