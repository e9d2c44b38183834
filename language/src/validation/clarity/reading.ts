/**
 * The shared reading of one text: what every clarity check's passes read before they look for
 * anything of their own (the vocabulary of the text's language, its sentences, the terms of art,
 * statutory references, proper names and purpose clauses in it), the findings reported so far, and
 * the helpers two or more checks use: whether words are defined elsewhere (`isProtected`), how a
 * class reaches over its qualifier (`extendPhrase`, `qualifies`), whether a purpose, a statute or a
 * named group defines a class (`inPurpose`, `anchored`, issue 10's knowledge and definiteness as
 * properties of a class), and the classes defined by what might happen, which two checks report.
 */

import type { MessageData } from '../../core/check.js';
import { names, sentenceAt, sentences } from '../text/features.js';
import type { TextLanguage } from '../text/language.js';
import type { PhraseMatch, Span } from '../text/phrase.js';
import { escapeRegExp, literally, vocabularyFor, wordsInEveryLanguage, type FamilyName, type LanguageVocabulary } from '../text/vocabulary.js';
import type { TextIssue, TextRole } from './types.js';

/** One text as the passes read it, and the findings reported so far (`add` appends them in the order the passes report). */
export interface Context {
    text: string;
    language: TextLanguage;
    v: LanguageVocabulary;
    role: TextRole;
    sentences: Span[];
    /** Terms of art and defences: nothing inside them is reported. */
    protectedSpans: Span[];
    statutory: PhraseMatch[];
    /** Proper names (English and French; German capitalises every noun). */
    properNames: Span[];
    /** Purpose clauses, from their opening to the end of their clause: a class inside is what the person sets out to do. */
    purposes: Span[];
    issues: TextIssue[];
}

/**
 * Reads a text for the passes: its vocabulary, sentences, protected spans, statutory references,
 * proper names and purpose clauses; no findings yet.
 */
export function readText(text: string, language: TextLanguage, role: TextRole): Context {
    const v = vocabularyFor(language);
    const context: Context = {
        text,
        language,
        v,
        role,
        sentences: sentences(text),
        // A knowledge phrase's words are its standard ("whom you ought reasonably to know").
        protectedSpans: [...v.get('terms-of-art', 'defence').findAll(text), ...v.get('terms-of-art', 'term').findAll(text), ...v.get('knowledge').findAll(text)],
        statutory: v.get('terms-of-art', 'statutory-reference').findAll(text),
        properNames: language === 'de' ? [] : names(text, language),
        purposes: [],
        issues: []
    };
    context.purposes = purposeScopes(context);
    return context;
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Inside a term of art ("without reasonable excuse", "responsible officer"): the words are the term's. */
export function insideTermOfArt(context: Context, span: Span): boolean {
    return context.protectedSpans.some(p => span.start >= p.start && span.end <= p.end);
}

/**
 * Words that are defined elsewhere: inside a term of art, a statutory reference or a proper name, or
 * just before a statutory definition. Judgements and categories there are not the order's own.
 */
export function isProtected(context: Context, span: Span): boolean {
    if (insideTermOfArt(context, span)) {
        return true;
    }
    // Inside a statutory reference ("within the meaning of the Misuse of Drugs Act 1971"), or inside
    // a proper name ("Good Shepherd Hostel"): the words name something, they set no standard.
    if (context.statutory.some(r => span.start >= r.start && span.end <= r.end) || context.properNames.some(n => span.start >= n.start && span.end <= n.end && /^\p{Lu}/u.test(context.text.slice(span.start)))) {
        return true;
    }
    // "prohibited drug (as defined in the Drug Misuse and Trafficking Act 1985)": the words just
    // before a statutory definition are defined by it (a single letter's full stop, an initial or
    // the "s." of a section, ends nothing).
    const sentence = sentenceAt(context.sentences, span.start);
    return context.statutory.some(reference => reference.start >= span.end && reference.start - span.end <= 60
        && reference.start < sentence.end && !/[;.]/.test(context.text.slice(span.end, reference.start).replace(/\b[a-z]\./gi, '')));
}

export type NewIssue = Omit<TextIssue, 'phrase' | 'data'> & { data?: MessageData };

/** Adds a finding; its message's `phrase` is the words it covers unless `data` says otherwise. */
export function add(context: Context, issue: NewIssue): void {
    const phrase = context.text.slice(issue.start, issue.end);
    context.issues.push({ ...issue, phrase, data: { phrase, ...issue.data } });
}

export function inSentence(context: Context, span: Span): Span {
    return sentenceAt(context.sentences, span.start);
}

export function has(context: Context, family: FamilyName, list: string, sentence: Span): boolean {
    return context.v.get(family, list).find(context.text, sentence).length > 0;
}

/** The words of a span, lower case. */
export function wordsIn(text: string): string[] {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A value computed on first use. */
export function once<T>(make: () => T): () => T {
    let value: T | undefined;
    return () => (value ??= make());
}

/** A value computed once for each language, on first use. */
export function perLanguage<T>(make: (v: LanguageVocabulary) => T): (v: LanguageVocabulary) => T {
    const values = new Map<LanguageVocabulary, T>();
    return v => {
        let value = values.get(v);
        if (value === undefined) {
            value = make(v);
            values.set(v, value);
        }
        return value;
    };
}

/** The words of a list in the text's language (`own`) or in every language (`every`), as an alternation matched as written. */
export const own = (v: LanguageVocabulary, family: FamilyName, list: string) => literally([...v.words(family, list)]);
export const every = (family: FamilyName, list: string) => literally(wordsInEveryLanguage(family, list));

/** Whether a whole word is one of a list's phrases (grammar.json `plural`: "*s|people"). */
export function isWordOf(v: LanguageVocabulary, family: FamilyName, list: string, word: string): boolean {
    return v.get(family, list).find(word).some(m => m.start === 0 && m.end === word.length);
}

/** A word of a list in a regular expression, an apostrophe as either apostrophe ("d'", "'s"). */
export function writtenForm(word: string): string {
    return escapeRegExp(word).replace(/['’]/gu, "['’]");
}

/** Whether a word is elided, run into the next ("l'", "d'"). */
export const isElided = (word: string) => /['’]$/u.test(word);

// ---------------------------------------------------------------------------------------------
// Knowledge and definiteness as properties of a class, whatever its head noun
// ---------------------------------------------------------------------------------------------

/** Where a clause ends: the next semicolon or colon, or the end of the sentence. */
export function clauseEnd(context: Context, at: number): number {
    const sentence = inSentence(context, { start: at, end: at });
    const stop = /[;:]/.exec(context.text.slice(at, sentence.end));
    return stop ? at + stop.index : sentence.end;
}

/** Up to `count` words after `at` within its clause, as written ("of the court" after "comply with the directions"). */
export function wordsAfter(context: Context, at: number, count: number): string {
    const rest = context.text.slice(at, clauseEnd(context, at));
    const words = rest.match(/\S+/gu) ?? [];
    return words.slice(0, count).join(' ');
}

/** An opening of a purpose that is a preposition of time before a number (knowledge.json `time-preposition`: "um 20 Uhr"). */
const timePreposition = perLanguage(v => new RegExp(`^(?:${own(v, 'knowledge', 'time-preposition')})\\s+\\d`, 'iu'));

/**
 * Purpose clauses ("for the purpose of meeting a person under 16", "dans le but de rencontrer un
 * mineur", "um Kinder zu treffen"): from the opening to the end of the clause. German "um" opens
 * one only with an infinitive after it, not before a time ("um 20 Uhr").
 */
function purposeScopes(context: Context): Span[] {
    const time = timePreposition(context.v);
    return context.v.get('knowledge', 'purpose').find(context.text)
        .filter(m => !time.test(m.text))
        .map(m => ({ start: m.start, end: clauseEnd(context, m.start) }));
}

/** Whether a class's head is inside a purpose clause (then the person's intent defines it). */
export function inPurpose(context: Context, head: Span): boolean {
    return context.purposes.some(p => head.start >= p.start && head.end <= p.end);
}

/**
 * The words between a class and the name of its group, at the end of the text before the name: a
 * connector (grammar.json `genitive`: "of", "de", "d'", "der"), an article (`genitive-article`)
 * and one noun for the kind of group, each word followed by a space unless elided. Every
 * language's words, as the expression it replaced read them.
 */
const groupLink = once(() => {
    const form = (word: string) => (isElided(word) ? writtenForm(word) : `${writtenForm(word)}\\s+`);
    const links = wordsInEveryLanguage('grammar', 'genitive').map(word => `\\b${form(word)}`);
    const articles = wordsInEveryLanguage('grammar', 'genitive-article').map(form);
    return new RegExp(`(?:${links.join('|') || '(?!)'})(?:${articles.join('|') || '(?!)'})?(?:[\\p{L}-]+\\s*)?$`, 'iu');
});

/**
 * A definite anchor in the class's own clause, after its head: a statute that defines it ("a member
 * of a criminal organisation within the meaning of section 467.1"), or a named group it belongs to
 * ("members of the Rebels Motorcycle Club", "Mitglieder der Gruppe „Nordkreuz“").
 */
export function anchored(context: Context, head: Span): boolean {
    const end = clauseEnd(context, head.end);
    if (context.statutory.some(r => r.start >= head.end && r.end <= end)) {
        return true;
    }
    // A quoted name or a name of more than one word ("Hells Angels", not a capitalised common noun),
    // right after the head (in apposition) or after "of", "de", "der", within the clause.
    const limit = Math.min(end, head.end + 70);
    const quotes = [...context.text.slice(head.end, limit).matchAll(/[„"“«]/gu)].map(q => head.end + (q.index ?? 0));
    const multiWord = context.properNames.filter(n => n.start >= head.end && n.start < limit && /\s/u.test(context.text.slice(n.start, n.end))).map(n => n.start);
    return [...quotes, ...multiWord].some(at => {
        const between = context.text.slice(head.end, at);
        // "of the Hells Angels", "de l'association « … »", "der Gruppe „…“": a connector, an article, one noun for the kind of group.
        return /^\s*$/u.test(between) || groupLink().test(context.text.slice(head.start, at));
    });
}

// ---------------------------------------------------------------------------------------------
// The reach of a class over its qualifier
// ---------------------------------------------------------------------------------------------

/** Words that end a class's qualifier (grammar.json `stop-word`), every language's in every text. */
const stopWords = once(() => new Set(wordsInEveryLanguage('grammar', 'stop-word')));

/** Extends a category from its head over its qualifier, to the end of the phrase. */
export function extendPhrase(context: Context, start: number, headEnd: number, maxWords = 8): Span {
    const { text } = context;
    const sentence = inSentence(context, { start, end: headEnd });
    const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
    wordPattern.lastIndex = headEnd;
    let end = headEnd;
    let count = 0;
    let match: RegExpExecArray | null;
    const scope = text.slice(0, sentence.end);
    const stops = stopWords();
    while ((match = wordPattern.exec(scope)) !== null && count < maxWords) {
        const gap = text.slice(end, match.index);
        if (/[,;:.()"“”]/.test(gap) || stops.has(match[0].toLowerCase()) && count > 0) {
            break;
        }
        end = match.index + match[0].length;
        count++;
    }
    // Keep the qualifier's first word even if it is a stop word ("under the age of 18").
    return { start, end };
}

/**
 * Whether what stands between a noun and a qualifier lets the qualifier describe the noun: nothing,
 * or a comma before a relative clause; in German also the verb that ends the clause ("sich an Orten
 * aufzuhalten, an denen …").
 */
export function qualifies(context: Context, between: string): boolean {
    if (/^\s*,?\s*$/.test(between)) {
        return true;
    }
    return context.language === 'de' && /^\s*(?:[\p{L}-]+\s+){0,1}[\p{L}-]+\s*,\s*$/u.test(between);
}

// ---------------------------------------------------------------------------------------------
// Classes defined by what might happen
// ---------------------------------------------------------------------------------------------

/**
 * A class defined by what might happen ("places where you are likely to meet …"): the speculative
 * phrase, the words a finding covers, and whether a head of places or of persons stands nearest
 * before it (undefined-place-or-person reports those; vague-term the speculation with no such head).
 */
export interface SpeculativeClass {
    match: PhraseMatch;
    span: Span;
    head: 'place' | 'person' | undefined;
}

/**
 * Definite articles (grammar.json `definite-article`), every language's, as words: an elided one as
 * the word the text's words give ("l'" is "l"). One opens a sentence's subject; one before a noun
 * makes it one thing, not a category.
 */
export const definiteArticles = once(() => new Set(wordsInEveryLanguage('grammar', 'definite-article').map(article => article.replace(/['’]$/u, ''))));

/** A singular head with only a definite article before it, at the start of its sentence: the subject. */
export function isSubject(context: Context, head: PhraseMatch, sentence: Span): boolean {
    const before = wordsIn(context.text.slice(sentence.start, head.start));
    const words = wordsIn(head.text);
    const word = words[words.length - 1] ?? '';
    // A plural (persons.json `subject-plural`; none in German, whose articles do not tell the number).
    const plural = isWordOf(context.v, 'persons', 'subject-plural', word);
    return before.length === 1 && definiteArticles().has(before[0]) && words.length === 1 && !plural;
}

/** Read once per text: two checks report from the same reading. */
const speculative = new WeakMap<Context, SpeculativeClass[]>();

export function speculativeClasses(context: Context): SpeculativeClass[] {
    let classes = speculative.get(context);
    if (!classes) {
        classes = readSpeculativeClasses(context);
        speculative.set(context, classes);
    }
    return classes;
}

function readSpeculativeClasses(context: Context): SpeculativeClass[] {
    const { text, v } = context;
    const placeHeads = v.get('places', 'generic-head');
    const personHeads = [v.get('persons', 'generic-head'), v.get('persons', 'open-head')];
    const classes: SpeculativeClass[] = [];
    for (const match of v.get('speculative').find(text)) {
        if (isProtected(context, match)) {
            continue;
        }
        const sentence = inSentence(context, match);
        const window = { start: Math.max(sentence.start, match.start - 40), end: match.start + 1 };
        // The head nearest the qualifier, whichever list found it.
        const nearest = (sets: typeof personHeads) => sets.flatMap(set => set.find(text, window)).filter(m => m.end <= match.start + 1).sort((a, b) => a.end - b.end).pop();
        const place = nearest([placeHeads]);
        // The person the order is about, as the sentence's subject ("The offender must avoid any
        // person who is likely to …"), is not the class the qualifier speaks of.
        const candidate = nearest(personHeads);
        const person = candidate && !isSubject(context, candidate, sentence) ? candidate : undefined;
        const head = [place, person].filter(Boolean).sort((a, b) => b!.end - a!.end)[0];
        const start = head ? head.start : match.start;
        const span = { start, end: extendPhrase(context, match.start, match.end, 6).end };
        classes.push({ match, span, head: head && head === place ? 'place' : head && head === person ? 'person' : undefined });
    }
    return classes;
}
