import type { MessageData } from '../../core/check.js';
import { kindById, SLOT_SYNTAX, type ParameterSlot } from '../../model/requirement-kinds.js';
import {
    addresses, clockTimes, names, namesSomething, negatedSpans, overlaps, sentenceAt, sentences, statesDailyHours, within
} from './features.js';
import type { TextLanguage } from './language.js';
import type { PhraseMatch, Span } from './phrase.js';
import { escapeRegExp, FRAMES, literally, vocabularyFor, wordsInEveryLanguage, type FamilyName, type LanguageVocabulary } from './vocabulary.js';
import { joinList } from '../wording.js';
import { LruCache, TEXT_CACHE_CAPACITY } from '../../core/lru.js';

/**
 * The text analysis shared by the clarity checks: what in a piece of order text leaves the person
 * unable to know in advance what complies. It reasons about structure (a delegation with or without
 * a bound, a category with or without a list or a knowledge requirement, a duty with or without its
 * quantities) over vocabulary kept in vocabulary/*.json, one file per pattern family. The code holds
 * no words: the function words it reads around a head, a name or a clause (articles, relative
 * pronouns, prepositions, plural endings) are lists of grammar.json and of the families' files.
 */

export type TextCheckId = 'vague-term' | 'unbounded-discretion' | 'missing-parameters' | 'undefined-place-or-person';

/**
 * The message ids the analysis reports, by check. The text of each is the check's own (its
 * `messages`); the analysis gives the id and the values of its placeholders (`phrase`, the words at
 * fault, always; `who` for a delegation; `duty`, `missing`, `example`, `band` for a free-text duty).
 */
export const TEXT_MESSAGE_IDS = {
    'vague-term': ['judgement', 'openTrigger', 'ownMeasure', 'noFrequency', 'noFrequencyOrEvent', 'noLimit', 'noThreshold', 'noHours', 'noNotice', 'noExtent', 'openList', 'placeholder', 'blank', 'speculative', 'undefinedObject'],
    'unbounded-discretion': ['delegation', 'escape'],
    'undefined-place-or-person': ['people', 'contactClass', 'movingPerson', 'places', 'speculativePlaces', 'speculativePeople', 'noBoundary'],
    'missing-parameters': ['duty', 'hoursRange']
} as const satisfies Record<TextCheckId, readonly string[]>;

export type TextMessageId<C extends TextCheckId = TextCheckId> = (typeof TEXT_MESSAGE_IDS)[C][number];

export interface TextEdit {
    /** Offsets in the analysed text; start === end inserts. */
    start: number;
    end: number;
    newText: string;
}

export interface TextFix {
    title: string;
    edits: TextEdit[];
}

export interface TextIssue {
    check: TextCheckId;
    /** The pattern family (vocabulary file) or free-text duty that found it. */
    family: string;
    start: number;
    end: number;
    /** The phrase at fault, as written. */
    phrase: string;
    /** Which of the check's messages says it (the check's `messages` hold the text). */
    messageId: TextMessageId;
    /** The values of the message's placeholders; `phrase` is the words at fault, as quoted. */
    data: MessageData;
    /** missing-parameters: the slots of the requirement kind the text does not state. */
    slots?: string[];
    fix?: TextFix;
}

/**
 * What the text is: a free-text condition (every analysis), or the text of one slot of a structured
 * requirement (the slot says what it is, so no duty is looked for, and a contact class is a
 * category of people by construction).
 */
export type TextRole = 'condition' | 'description' | 'place' | 'provider' | 'destination' | 'area' | 'contact' | 'contact-class';

export interface AnalyseOptions {
    role?: TextRole;
    /** Slots already stated by parameters next to the text (`condition "…", reporting weekly.`). */
    present?: ReadonlySet<string>;
}

/** Which check each family reports under, and which wins when two overlap (lower first). */
const PRIORITY: Record<TextCheckId, number> = {
    'unbounded-discretion': 0,
    'undefined-place-or-person': 2,
    'vague-term': 3,
    'missing-parameters': 4
};

/** Families whose finding already says what a free-text duty leaves open, by slot. */
const STANDS_FOR: Record<string, readonly string[] | 'all'> = {
    delegation: 'all',
    escape: 'all',
    placeholder: 'all',
    'open-frequency': ['frequency', 'count'],
    'open-time': ['dailyHours'],
    'open-extent': ['place', 'area'],
    speculative: [],
    evaluative: [],
    objects: []
};

interface Context {
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

/** Placeholder bounds a fix inserts, for the drafter to edit. */
const BOUND_PLACEHOLDER: Record<TextLanguage, string> = {
    en: ', not more than once a week and for no longer than 6 months',
    fr: ', au plus une fois par semaine et pendant six mois au plus',
    de: ', höchstens einmal pro Woche und längstens sechs Monate'
};

/** Text examples of slots for messages, and the text a fix appends (when one can be guessed). */
const TEXT_SLOTS: Record<string, { label: string; example: string; append?: Record<TextLanguage, string> }> = {
    dailyHours: { label: SLOT_SYNTAX.dailyHours.label, example: 'from 19:00 to 07:00', append: { en: ', from 19:00 to 07:00', fr: ', de 19h00 à 07h00', de: ', von 19:00 bis 07:00 Uhr' } },
    frequency: { label: SLOT_SYNTAX.frequency.label, example: 'once a week', append: { en: ', once a week', fr: ', une fois par semaine', de: ', einmal pro Woche' } },
    hours: { label: SLOT_SYNTAX.hours.label, example: '120 hours', append: { en: ', 120 hours in total', fr: ', pour un total de 120 heures', de: ', im Umfang von 120 Stunden' } },
    completion: { label: SLOT_SYNTAX.completion.label, example: 'to be completed within 12 months', append: { en: ', to be completed within 12 months', fr: ', à accomplir dans un délai de 12 mois', de: ', innerhalb von 12 Monaten' } },
    count: { label: SLOT_SYNTAX.count.label, example: '20 sessions', append: { en: ', 20 sessions in total', fr: ', 20 séances au total', de: ', insgesamt 20 Sitzungen' } },
    place: { label: SLOT_SYNTAX.place.label, example: 'at 12 Acacia Road, Exeter EX1 1AA' },
    provider: { label: SLOT_SYNTAX.provider.label, example: 'at Exeter Drug and Alcohol Service' },
    description: { label: 'named programme or provider', example: 'the Thinking Skills Programme at the probation office' },
    monitoring: { label: SLOT_SYNTAX.monitoring.label, example: 'to check the curfew' },
    amount: { label: SLOT_SYNTAX.amount.label, example: '250 EUR' },
    area: { label: SLOT_SYNTAX.area.label, example: 'the area shown on the attached map' },
    contact: { label: SLOT_SYNTAX.contact.label, example: 'Jane Doe' },
    placeOrMode: { label: 'place or means of reporting', example: 'in person at the probation office, 3 Barnfield Road', append: { en: ', in person at the probation office', fr: ', en personne au service de probation', de: ', persönlich bei der Bewährungshilfe' } }
};

/**
 * By text, then by language, role and parameters present, least recently used first out
 * (core/lru.ts, TEXT_CACHE_CAPACITY). The text itself is the key, not a string
 * made from it: a new key string is hashed anew on every look-up, and there are many.
 */
const cache = new LruCache<string, Map<string, TextIssue[]>>(TEXT_CACHE_CAPACITY);

/** Findings in one text; cached, since four checks ask about the same text. */
export function analyseText(text: string, language: TextLanguage, options: AnalyseOptions = {}): TextIssue[] {
    const role = options.role ?? 'condition';
    const present = options.present && options.present.size > 0 ? [...options.present].sort().join(',') : '';
    const setting = `${language}\u0000${role}\u0000${present}`;
    let bySetting = cache.get(text);
    if (!bySetting) {
        bySetting = new Map();
        cache.set(text, bySetting);
    }
    let issues = bySetting.get(setting);
    if (!issues) {
        issues = analyse(text, language, role, options.present ?? new Set());
        bySetting.set(setting, issues);
    }
    return issues;
}

function analyse(text: string, language: TextLanguage, role: TextRole, present: ReadonlySet<string>): TextIssue[] {
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
    if (text.trim() === '') {
        return [];
    }
    delegations(context);
    delegationScope(context);
    placeholders(context);
    people(context);
    places(context);
    speculativeClasses(context);
    undefinedObjects(context);
    simpleFamilies(context);
    if (role === 'condition') {
        duties(context, present);
    }
    return resolveOverlaps(context.issues);
}

// ---------------------------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------------------------

/** Inside a term of art ("without reasonable excuse", "responsible officer"): the words are the term's. */
function insideTermOfArt(context: Context, span: Span): boolean {
    return context.protectedSpans.some(p => span.start >= p.start && span.end <= p.end);
}

/**
 * Words that are defined elsewhere: inside a term of art, a statutory reference or a proper name, or
 * just before a statutory definition. Judgements and categories there are not the order's own.
 */
function isProtected(context: Context, span: Span): boolean {
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

type NewIssue = Omit<TextIssue, 'phrase' | 'data'> & { data?: MessageData };

/** Adds a finding; its message's `phrase` is the words it covers unless `data` says otherwise. */
function add(context: Context, issue: NewIssue): void {
    const phrase = context.text.slice(issue.start, issue.end);
    context.issues.push({ ...issue, phrase, data: { phrase, ...issue.data } });
}

function inSentence(context: Context, span: Span): Span {
    return sentenceAt(context.sentences, span.start);
}

function has(context: Context, family: FamilyName, list: string, sentence: Span): boolean {
    return context.v.get(family, list).find(context.text, sentence).length > 0;
}

/** The words of a span, lower case. */
function wordsIn(text: string): string[] {
    return text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** A value computed on first use. */
function once<T>(make: () => T): () => T {
    let value: T | undefined;
    return () => (value ??= make());
}

/** A value computed once for each language, on first use. */
function perLanguage<T>(make: (v: LanguageVocabulary) => T): (v: LanguageVocabulary) => T {
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
const own = (v: LanguageVocabulary, family: FamilyName, list: string) => literally([...v.words(family, list)]);
const every = (family: FamilyName, list: string) => literally(wordsInEveryLanguage(family, list));

/** Whether a whole word is one of a list's phrases (grammar.json `plural`: "*s|people"). */
function isWordOf(v: LanguageVocabulary, family: FamilyName, list: string, word: string): boolean {
    return v.get(family, list).find(word).some(m => m.start === 0 && m.end === word.length);
}

/** A word of a list in a regular expression, an apostrophe as either apostrophe ("d'", "'s"). */
function writtenForm(word: string): string {
    return escapeRegExp(word).replace(/['’]/gu, "['’]");
}

/** Whether a word is elided, run into the next ("l'", "d'"). */
const isElided = (word: string) => /['’]$/u.test(word);

/** Who a delegation hands the decision to, for the message: the first of these lists (delegation.json) its words meet. */
const RECIPIENTS = [['to-court', 'the court'], ['to-provider', 'the provider'], ['to-supervisor', 'the supervisor'], ['to-service', 'the service']] as const;

/** Who a delegation hands the decision to, for the message. */
function delegate(phrase: string, v: LanguageVocabulary): string {
    const recipient = RECIPIENTS.find(([list]) => v.get('delegation', list).test(phrase));
    if (recipient) {
        return recipient[1];
    }
    return v.get('lexicon', 'pronoun').test(phrase) ? 'someone else' : 'the supervisor';
}

// ---------------------------------------------------------------------------------------------
// Knowledge and definiteness as properties of a class, whatever its head noun
// ---------------------------------------------------------------------------------------------

/** Where a clause ends: the next semicolon or colon, or the end of the sentence. */
function clauseEnd(context: Context, at: number): number {
    const sentence = inSentence(context, { start: at, end: at });
    const stop = /[;:]/.exec(context.text.slice(at, sentence.end));
    return stop ? at + stop.index : sentence.end;
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
function inPurpose(context: Context, head: Span): boolean {
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
function anchored(context: Context, head: Span): boolean {
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
// unbounded-discretion: delegations and escape clauses
// ---------------------------------------------------------------------------------------------

function delegations(context: Context): void {
    const { text, v } = context;
    const escapes = v.get('delegation', 'escape').find(text).map(m => ({ ...m, escape: true }));
    const plain = v.get('delegation', 'delegation').find(text).filter(m => !escapes.some(e => overlaps(e, m))).map(m => ({ ...m, escape: false, instrument: false }));
    // Every instrument of a kind that someone will issue ("any direction given to you by", "nach
    // jeder Aufforderung durch"): only a cap bounds how many may come, not a fixed total of the duty.
    const instruments = v.get('delegation', 'open-instrument').find(text)
        .filter(m => !escapes.some(e => overlaps(e, m)) && !plain.some(p => overlaps(p, m))).map(m => ({ ...m, escape: false, instrument: true }));
    const relaxations = v.get('bounds', 'relaxation').findAll(text);
    for (const match of [...escapes.map(e => ({ ...e, instrument: false })), ...plain, ...instruments]) {
        const sentence = inSentence(context, match);
        // A statute cited nearby does not bound a power handed to someone: only terms of art are spared.
        if (insideTermOfArt(context, match) || relaxations.some(r => overlaps(r, match))) {
            continue;
        }
        // Bounded: a ceiling on how often, how much or how long; or a power that only names, in writing.
        if (has(context, 'bounds', 'cap', sentence) || has(context, 'bounds', 'written-naming', sentence)) {
            continue;
        }
        // "80 hours within 12 months, at the times your supervisor instructs": the sentence fixes
        // the duty's totals, an amount and a period; only the timing is left.
        if (!match.escape && !match.instrument && has(context, 'lexicon', 'quantity', sentence) && has(context, 'lexicon', 'period', sentence)) {
            continue;
        }
        add(context, {
            check: 'unbounded-discretion',
            family: match.escape ? 'escape' : 'delegation',
            start: match.start,
            end: match.end,
            messageId: match.escape ? 'escape' : 'delegation',
            data: { who: delegate(match.text, context.v) },
            fix: {
                title: 'Bound the delegation (edit the placeholder limits)',
                edits: [{ start: match.end, end: match.end, newText: BOUND_PLACEHOLDER[context.language] }]
            }
        });
    }
}

/**
 * Right after an incorporation, the order itself (grammar.json `of`, then delegation.json
 * `defined-instrument-determiner` and `defined-instrument`: "of this order", "de la décision"), in
 * every language's words, as the expression it replaced read them.
 */
const definedHere = once(() => new RegExp(
    `^\\s*(?:${every('grammar', 'of')})\\s+(?:${every('delegation', 'defined-instrument-determiner')})\\s+(?:${every('delegation', 'defined-instrument')})\\b`, 'iu'));

/**
 * The scope of a delegation, where no delegation phrase says it: an approval that is the only exit
 * from a total confinement ("do not leave your home without the approval of your supervisor", with no
 * hours), someone's rules incorporated by reference with no copy attached ("comply with the rules of
 * the hostel"), a duty that lasts until someone else ends it ("until discharged by the director").
 */
function delegationScope(context: Context): void {
    const { text, v } = context;
    const report = (match: PhraseMatch) => {
        if (insideTermOfArt(context, match) || context.issues.some(i => i.check === 'unbounded-discretion' && overlaps(i, match))) {
            return;
        }
        // Who: named in the words after the phrase ("… approval of your supervisor", "… du juge").
        const after = text.slice(match.start, Math.min(inSentence(context, match).end, match.end + 40));
        add(context, { check: 'unbounded-discretion', family: 'delegation', start: match.start, end: match.end, messageId: 'delegation', data: { who: delegate(after, context.v) } });
    };
    for (const sentence of context.sentences) {
        const capped = has(context, 'bounds', 'cap', sentence);
        const totalBan = has(context, 'delegation', 'total-ban', sentence) && clockTimes(text.slice(sentence.start, sentence.end), context.language).length === 0;
        if (!capped && (totalBan || bansWholeField(context, sentence))) {
            v.get('delegation', 'sole-exit').find(text, sentence).forEach(report);
        }
        if (!has(context, 'delegation', 'attached', sentence)) {
            for (const match of v.get('delegation', 'incorporation').find(text, sentence)) {
                // "the requirements of this order", "the rules of the court": defined where they are made.
                if (!definedHere().test(text.slice(match.end, match.end + 30))) {
                    report(match);
                }
            }
        }
        if (!capped) {
            v.get('delegation', 'third-party-end').find(text, sentence).forEach(report);
        }
    }
}

/**
 * A ban on a whole field of ordinary life ("do not take on any voluntary role", "do not go on
 * holiday"): the field's phrase is negated and nothing after its head narrows it ("any job that
 * involves driving" is narrowed).
 */
function bansWholeField(context: Context, sentence: Span): boolean {
    const { text, v, language } = context;
    const negated = negatedSpans(text, language, sentence);
    return v.get('delegation', 'whole-field').find(text, sentence).some(match => {
        if (!within(match, negated)) {
            return false;
        }
        const next = wordsIn(text.slice(match.end, sentence.end))[0];
        return next === undefined || !v.words('delegation', 'field-qualifier').has(next);
    });
}

// ---------------------------------------------------------------------------------------------
// vague-term: blanks left from a form
// ---------------------------------------------------------------------------------------------

/** A form's filler for a value (placeholder.json `literal`: "xxx", "TBC"), in every language's words. */
const literalFiller = once(() => new RegExp(`^(?:${every('placeholder', 'literal')})$`, 'i'));

function placeholders(context: Context): void {
    const { text, v, language } = context;
    const after = v.get('placeholder', 'reference');
    const before = v.get('placeholder', 'reference-before');
    // Blanks by their form: "[address]", "<name>", "____", "…".
    const blanks = /\[[^\]\n]{0,60}\]|<[^>\n]{0,60}>|_{3,}|\.\.\.(?!\S)|…/gu;
    let blank: RegExpExecArray | null;
    while ((blank = blanks.exec(text)) !== null) {
        add(context, {
            check: 'vague-term',
            family: 'placeholder',
            start: blank.index,
            end: blank.index + blank[0].length,
            messageId: 'placeholder'
        });
    }
    for (const match of v.get('placeholder').find(text)) {
        const sentence = inSentence(context, match);
        const next = after.find(text, { start: match.end, end: sentence.end })[0];
        if (next && wordsIn(text.slice(match.end, next.start)).length <= 2) {
            continue;
        }
        if (language === 'de') {
            const previous = before.find(text, { start: Math.max(sentence.start, match.start - 60), end: match.start });
            if (previous.length > 0) {
                continue;
            }
        }
        const literal = literalFiller().test(match.text);
        add(context, {
            check: 'vague-term',
            family: 'placeholder',
            start: match.start,
            end: match.end,
            messageId: literal ? 'placeholder' : 'blank'
        });
    }
}

// ---------------------------------------------------------------------------------------------
// undefined-place-or-person: people
// ---------------------------------------------------------------------------------------------

/** Words that end a class's qualifier (grammar.json `stop-word`), every language's in every text. */
const stopWords = once(() => new Set(wordsInEveryLanguage('grammar', 'stop-word')));

/** Extends a category from its head over its qualifier, to the end of the phrase. */
function extendPhrase(context: Context, start: number, headEnd: number, maxWords = 8): Span {
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

/**
 * Whether what stands between a noun and a qualifier lets the qualifier describe the noun: nothing,
 * or a comma before a relative clause; in German also the verb that ends the clause ("sich an Orten
 * aufzuhalten, an denen …").
 */
function qualifies(context: Context, between: string): boolean {
    if (/^\s*,?\s*$/.test(between)) {
        return true;
    }
    return context.language === 'de' && /^\s*(?:[\p{L}-]+\s+){0,1}[\p{L}-]+\s*,\s*$/u.test(between);
}

/** Marks of the plural or the feminine in brackets (grammar.json `inflection-mark`), every language's, as written. */
const inflectionMark = once(() => new RegExp(`^(?:\\((?:${every('grammar', 'inflection-mark')})\\))+`, 'u'));

/**
 * "house(s)", "person(s)", "Person(en)", "mineur(e)(s)": the noun takes its plural mark in brackets
 * into the head, so that its qualifier still follows it and it reads as the class it is.
 */
function overInflectionMark(text: string, head: PhraseMatch): PhraseMatch {
    const mark = inflectionMark().exec(text.slice(head.end, head.end + 12));
    return mark ? { ...head, end: head.end + mark[0].length, text: text.slice(head.start, head.end + mark[0].length) } : head;
}

/**
 * Definite articles that open a sentence's subject (grammar.json `definite-article`), every
 * language's; an elided one as the word the text's words give ("l'" is "l").
 */
const subjectArticles = once(() => new Set(wordsInEveryLanguage('grammar', 'definite-article').map(article => article.replace(/['’]$/u, ''))));

/** A singular head with only a definite article before it, at the start of its sentence: the subject. */
function isSubject(context: Context, head: PhraseMatch, sentence: Span): boolean {
    const before = wordsIn(context.text.slice(sentence.start, head.start));
    const words = wordsIn(head.text);
    const word = words[words.length - 1] ?? '';
    // A plural (persons.json `subject-plural`; none in German, whose articles do not tell the number).
    const plural = isWordOf(context.v, 'persons', 'subject-plural', word);
    return before.length === 1 && subjectArticles().has(before[0]) && words.length === 1 && !plural;
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
// Classes defined by what might happen
// ---------------------------------------------------------------------------------------------

function speculativeClasses(context: Context): void {
    const { text, v } = context;
    const placeHeads = v.get('places', 'generic-head');
    const personHeads = [v.get('persons', 'generic-head'), v.get('persons', 'open-head')];
    for (const match of v.get('speculative').find(text)) {
        if (isProtected(context, match)) {
            continue;
        }
        const sentence = inSentence(context, match);
        const window = { start: Math.max(sentence.start, match.start - 40), end: match.start + 1 };
        const nearest = (sets: typeof personHeads) => sets.flatMap(set => set.find(text, window)).filter(m => m.end <= match.start + 1).pop();
        const place = nearest([placeHeads]);
        const person = nearest(personHeads);
        const head = [place, person].filter(Boolean).sort((a, b) => b!.end - a!.end)[0];
        const start = head ? head.start : match.start;
        const span = { start, end: extendPhrase(context, match.start, match.end, 6).end };
        if (head && head === place) {
            add(context, { check: 'undefined-place-or-person', family: 'speculative', start: span.start, end: span.end, messageId: 'speculativePlaces' });
        } else if (head && head === person) {
            add(context, { check: 'undefined-place-or-person', family: 'speculative', start: span.start, end: span.end, messageId: 'speculativePeople' });
        } else {
            add(context, { check: 'vague-term', family: 'speculative', start: match.start, end: span.end, messageId: 'speculative' });
        }
    }
}

// ---------------------------------------------------------------------------------------------
// vague-term: the object of a ban (structure 1 of issue 10)
// ---------------------------------------------------------------------------------------------

/**
 * What a ban forbids: a class of things named only by a generic head noun ("material", "objets",
 * "Gegenstände") made a class by a contested judgement ("offensive material", "objets dangereux",
 * "Schriften mit anstößigem Inhalt") or only by its effect on the mind or feelings ("any substance
 * that alters your mood", "produit susceptible d'altérer son comportement", "Gegenstände, die sich
 * zur Begehung von Einbrüchen eignen"), or by a contested label with no legal definition ("legal
 * highs"). The class is defined, and nothing is reported, when a statute defines it (before or
 * after), the person's knowledge or purpose bounds it, a named group anchors it, or a definition
 * or closed list follows it ("dangerous items, namely knives and axes"). Only in a ban: a sentence
 * with a negation and a verb of having, using or taking part (before the head, except in German,
 * whose verbs come last).
 */
function undefinedObjects(context: Context): void {
    const { text, v, language } = context;
    for (const sentence of context.sentences) {
        if (!has(context, 'lexicon', 'negation', sentence) || has(context, 'knowledge', 'patterns', sentence)) {
            continue;
        }
        const bans = v.get('objects', 'ban').findAll(text, sentence);
        const banned = (head: Span) => bans.some(b => b.end <= head.start || language === 'de' && !overlaps(b, head));
        const definedAfter = (at: number) => v.get('open-list', 'definition').findAll(text, { start: at, end: Math.min(sentence.end, at + 25) }).length > 0
            // A naming word right after the class, past a comma or bracket ("material, namely …").
            || v.get('lexicon', 'naming').findAll(text, { start: at, end: Math.min(text.length, at + 25) }).some(m => /^\s*[,(]?\s*$/.test(text.slice(at, m.start)));
        const defined = (span: Span) => isProtected(context, span) || anchored(context, span) || inPurpose(context, span) || definedAfter(span.end);
        // A class made by a judgement ("offensive material"), by its effect ("substance that alters
        // your mood") or by a contested label ("legal highs") is one finding, undefinedObject: its
        // message says how to define what a ban covers, which a judgement of conduct's message does not.
        const report = (span: Span) => add(context, { check: 'vague-term', family: 'objects', start: span.start, end: span.end, messageId: 'undefinedObject' });
        for (const match of v.get('objects', 'contested-object').find(text, sentence)) {
            if (banned(match) && !defined(match)) {
                report(match);
            }
        }
        const qualifiers = v.get('objects', 'qualifier').findAll(text, sentence);
        const effects = v.get('objects', 'effect').findAll(text, sentence);
        for (const head of v.get('objects', 'head').find(text, sentence)) {
            if (!banned(head) || defined(head)) {
                continue;
            }
            // A judgement right before the head ("offensive material", "gefährlichen Gegenstände"),
            // or, in French and German, right after it ("objets dangereux").
            const before = qualifiers.filter(q => q.end <= head.start && wordsIn(text.slice(q.end, head.start)).length <= 1 && !/[,;:.()]/u.test(text.slice(q.end, head.start))).pop();
            const after = language === 'en' ? undefined : qualifiers.find(q => q.start >= head.end && wordsIn(text.slice(head.end, q.start)).length === 0 && !/[,;:.()]/u.test(text.slice(head.end, q.start)));
            // An effect clause after the head, within its clause ("substance that alters your mood").
            const effect = effects.find(e => e.start >= head.end && e.start - head.end <= 40 && wordsIn(text.slice(head.end, e.start)).length <= 3 && !/[;:.]/u.test(text.slice(head.end, e.start)));
            if (before) {
                report({ start: before.start, end: head.end });
            } else if (after) {
                report({ start: head.start, end: after.end });
            } else if (effect) {
                report({ start: head.start, end: effect.end });
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// vague-term: word families
// ---------------------------------------------------------------------------------------------

/** Whether a word is a personal pronoun of the language (lexicon `pronoun`): "she", "ils", "sie". */
function isPronoun(v: LanguageVocabulary, word: string): boolean {
    return v.get('lexicon', 'pronoun').find(word).some(m => m.start === 0 && m.end === word.length);
}

/**
 * Whose conduct a standard governs: a standard that bounds what the authority may do to the person
 * ("allow a police officer to enter your home at any reasonable hour", "when a probation officer has
 * reasonable grounds to suspect", "Hausbesuche der Bewährungshelferin zu angemessener Tageszeit zu
 * dulden") protects the person; only the person's own duty can be vague. It does so when an
 * authority (not a pronoun, which may be the person) is named before it in the sentence (anywhere
 * in German, whose verbs come last), and the standard qualifies the authority's grounds, or, in a
 * duty to let the authority act, the time of its act (or is an open time or notice there).
 * "Co-operate with your officer and behave reasonably", "tell your officer and come home at a
 * reasonable hour" stay: the standard is the person's.
 */
function limitsAuthority(context: Context, match: Span, sentence: Span, timed = false): boolean {
    const { text, v, language } = context;
    // The authorities of the lexicon as lemmas: "des Bewährungshelfers", "the officers'".
    const authorities = v.pattern(`=${[...v.words('lexicon', 'authority')].join('|')}`).findAll(text, sentence)
        .filter(a => !isPronoun(v, a.text) && !overlaps(a, match));
    const before = authorities.some(a => a.end <= match.start) || language === 'de' && authorities.length > 0;
    if (!before) {
        return false;
    }
    // The standard qualifies a noun next to it (on either side: "à une heure raisonnable").
    const near = { start: Math.max(sentence.start, match.start - 30), end: Math.min(sentence.end, match.end + 30) };
    const qualifies = (list: string) => v.get('evaluative', list).findAll(text, near).some(n => !overlaps(n, match) && (n.start >= match.end
        ? wordsIn(text.slice(match.end, n.start)).length <= 1
        : wordsIn(text.slice(n.end, match.start)).length <= 1));
    // "when a probation officer has reasonable grounds to suspect": the authority's grounds.
    if (qualifies('authority-grounds')) {
        return true;
    }
    // "allow a police officer to enter at any reasonable hour": the time of the authority's act,
    // in a duty to let it act ("come home at a reasonable hour" is the person's own time).
    return (timed || qualifies('act-time')) && has(context, 'evaluative', 'tolerate', sentence);
}

/**
 * Illustrations inside a defined class: "drug paraphernalia, that is any item designed for …
 * (e.g. pipes, syringes, etc.)". A definition (a marker or a statutory reference), then a marker of
 * examples, then the open marker, in one sentence: the definition is the class's edge.
 */
function illustratesDefinedClass(context: Context, match: Span, sentence: Span): boolean {
    const { text, v } = context;
    const before = { start: sentence.start, end: match.start };
    const illustration = v.get('open-list', 'illustration').findAll(text, before).pop();
    if (!illustration) {
        return false;
    }
    const defined = [...v.get('open-list', 'definition').findAll(text, { start: sentence.start, end: illustration.start }), ...context.statutory]
        .some(d => d.start >= sentence.start && d.end <= illustration.start);
    return defined;
}

/**
 * Illustrations in brackets after a noun that names a kind: "any payment card (e.g. a debit, credit
 * or store card etc.) that is not issued in your own name", "Zahlungskarten (z. B. Kredit- oder
 * Debitkarten usw.)". The brackets and the marker of examples set the list apart as examples of the
 * noun before them; the noun is the class's edge, unless it is a generic head that names no kind by
 * itself (places, persons, things: "places (e.g. bars, clubs, etc.)" stays open).
 */
function illustratesNamedKind(context: Context, match: Span, sentence: Span): boolean {
    const { text, v } = context;
    const open = text.lastIndexOf('(', match.start);
    if (open < sentence.start || text.lastIndexOf(')', match.start) > open) {
        return false;
    }
    const marker = v.get('open-list', 'illustration').findAll(text, { start: open, end: match.start })[0];
    if (!marker || wordsIn(text.slice(open, marker.start)).length > 0) {
        return false;
    }
    const before = { start: Math.max(sentence.start, open - 40), end: open };
    const noun = /([\p{L}-]+)\s*$/u.exec(text.slice(before.start, open));
    if (!noun || v.get('lexicon', 'negation').test(noun[1])) {
        return false;
    }
    const nounSpan = { start: open - noun[0].length, end: open - noun[0].length + noun[1].length };
    const generic = [v.get('places', 'generic-head'), v.get('places', 'open-class'), v.get('persons', 'generic-head'), v.get('persons', 'open-head'), v.get('objects', 'head')]
        .some(set => set.findAll(text, before).some(h => overlaps(h, nounSpan)));
    return !generic;
}

/**
 * A class restricted by a clause that says what its members are or do (structure 1: a functional
 * definition). The open marker closes nothing by itself, but the clause draws the class's edge:
 * - right after the marker: "or any other material that blocks its signal", "or other item that
 *   you intend to use for packaging drugs";
 * - right before the brackets that hold the marker, the clause ending at them: "premises whose
 *   licence allows alcohol to be drunk on site (e.g. pubs, bars, etc.)", "débits de boissons qui
 *   servent de l'alcool à consommer sur place (cafés, bars, etc.)", "Lokale, die Alkohol
 *   ausschenken (z. B. Bars usw.)".
 * Whether the clause is itself clear (an effect on the mind, a judgement) the other families judge.
 */
/** A relative pronoun that is also an article (open-list.json `article-pronoun`, German), the whole of a clause's opening. */
const articlePronoun = perLanguage(v => new RegExp(`^(?:${own(v, 'open-list', 'article-pronoun')})$`, 'iu'));

function closedByClause(context: Context, match: Span, sentence: Span): boolean {
    const { text, v } = context;
    // A German relative pronoun opens a clause only after its comma; without one it is an article
    // (open-list.json `article-pronoun`).
    const articles = articlePronoun(v);
    const clauses = v.get('open-list', 'defining-clause').findAll(text, sentence)
        .filter(clause => !articles.test(clause.text) || /,\s*$/.test(text.slice(sentence.start, clause.start)));
    // Right after the marker's noun; in German the clause's verb may stand between ("oder sonstige
    // Werkzeuge besitzen, die dazu bestimmt sind …").
    const after = clauses.find(clause => clause.start >= match.end && clause.start <= match.end + 30);
    if (after && qualifies(context, text.slice(match.end, after.start))) {
        return true;
    }
    const open = text.lastIndexOf('(', match.start);
    if (open < sentence.start || text.lastIndexOf(')', match.start) > open) {
        return false;
    }
    // A clause that runs unbroken (no comma, colon, semicolon or bracket) to the brackets, two words at least.
    const from = Math.max(sentence.start, open - 120);
    return clauses.filter(clause => clause.start >= from && clause.end <= open)
        .some(clause => !/[,;:()]/.test(text.slice(clause.end, open)) && wordsIn(text.slice(clause.end, open)).length >= 2);
}

/**
 * Outside a ban, an open list after a verb that says what an activity contains ("the work may
 * include tasks such as litter picking, painting, etc.", "sessions which deal with topics such as
 * anger, jealousy, etc.", "travaux portant sur l'entretien, le nettoyage, etc."), in the same
 * clause: it describes what a measure the order bounds may cover, not what the person must do or
 * avoid (structure 5, whose conduct the words govern). In a ban the list is the banned class.
 */
function describesContent(context: Context, match: Span, sentence: Span): boolean {
    const { text, v } = context;
    if (has(context, 'lexicon', 'negation', sentence)) {
        return false;
    }
    const start = Math.max(sentence.start, text.lastIndexOf(';', match.start) + 1, text.lastIndexOf(':', match.start) + 1);
    const end = context.language === 'de' ? clauseEnd(context, match.end) : match.start;
    return v.get('open-list', 'content-frame').findAll(text, { start, end }).length > 0;
}

function simpleFamilies(context: Context): void {
    const { text, v, language } = context;
    const clocks = clockTimes(text, language).length;
    const distance = v.pattern('<num> <distunit>');
    for (const sentence of context.sentences) {
        const ownStandard = (match: Span, timed = false) => !isProtected(context, match) && !limitsAuthority(context, match, sentence, timed);
        const stated = {
            frequency: has(context, 'lexicon', 'frequency', sentence),
            quantity: has(context, 'lexicon', 'quantity', sentence),
            distance: distance.find(text, sentence).length > 0 || has(context, 'places', 'boundary', sentence)
        };
        for (const match of v.get('evaluative').find(text, sentence)) {
            if (ownStandard(match)) {
                add(context, { check: 'vague-term', family: 'evaluative', start: match.start, end: match.end, messageId: 'judgement' });
            }
        }
        // "außer wenn es notwendig ist, um …": a trigger inside an exception that states its purpose.
        const exceptions = v.get('conditional', 'open-exception').find(text, sentence);
        const closedExceptions = exceptions.filter(match => forStatedPurpose(context, match));
        for (const match of v.get('conditional').find(text, sentence)) {
            if (!isProtected(context, match) && !closedExceptions.some(e => overlaps(e, match))) {
                add(context, { check: 'vague-term', family: 'conditional', start: match.start, end: match.end, messageId: 'openTrigger' });
            }
        }
        // "as far as you are able", "nach Kräften": whatever the person manages complies.
        for (const match of v.get('conditional', 'own-measure').find(text, sentence)) {
            if (!isProtected(context, match)) {
                add(context, { check: 'vague-term', family: 'conditional', start: match.start, end: match.end, messageId: 'ownMeasure' });
            }
        }
        // "unless it is necessary": an exception whose only condition is a need the person judges.
        for (const match of exceptions) {
            if (!isProtected(context, match) && !closedExceptions.includes(match)) {
                add(context, { check: 'vague-term', family: 'conditional', start: match.start, end: match.end, messageId: 'openTrigger' });
            }
        }
        if (!stated.frequency) {
            for (const match of v.get('open-frequency').find(text, sentence)) {
                if (!isProtected(context, match)) {
                    add(context, { check: 'vague-term', family: 'open-frequency', start: match.start, end: match.end, messageId: 'noFrequency' });
                }
            }
        }
        // A continuing duty to keep someone informed: how often, or on what event, is left open.
        if (!stated.frequency && !has(context, 'slots', 'one-off', sentence)) {
            for (const match of v.get('open-frequency', 'continuing').find(text, sentence)) {
                if (!isProtected(context, match)) {
                    add(context, { check: 'vague-term', family: 'open-frequency', start: match.start, end: match.end, messageId: 'noFrequencyOrEvent' });
                }
            }
        }
        // "cut down your drinking": a limit with no figure.
        if (!stated.quantity && !stated.frequency) {
            for (const match of v.get('open-frequency', 'open-quantity').find(text, sentence)) {
                if (!isProtected(context, match)) {
                    add(context, { check: 'vague-term', family: 'open-frequency', start: match.start, end: match.end, messageId: 'noLimit' });
                }
            }
        }
        const singleEntry = v.get('open-frequency', 'single-entry').findAll(text, sentence);
        for (const match of v.get('open-frequency', 'threshold').find(text, sentence)) {
            // "frequent or visit": one visit is already a breach.
            const joined = singleEntry.some(s => Math.abs(s.start - match.end) < 12 || Math.abs(match.start - s.end) < 12);
            if (!joined && !stated.frequency && !isProtected(context, match)) {
                add(context, { check: 'vague-term', family: 'open-frequency', start: match.start, end: match.end, messageId: 'noThreshold' });
            }
        }
        if (clocks === 0) {
            // "if you stay anywhere else overnight": a night away is an event, not a time of day.
            const events = v.get('open-time', 'event').findAll(text, sentence);
            for (const match of v.get('open-time').find(text, sentence)) {
                if (ownStandard(match, true) && !events.some(e => overlaps(e, match))) {
                    add(context, { check: 'vague-term', family: 'open-time', start: match.start, end: match.end, messageId: 'noHours' });
                }
            }
        }
        if (!stated.quantity) {
            const permissions = v.get('open-notice', 'prior-permission').findAll(text, sentence);
            for (const match of v.get('open-notice').find(text, sentence)) {
                if (ownStandard(match, true) && !permissions.some(p => overlaps(p, match))) {
                    add(context, { check: 'vague-term', family: 'open-notice', start: match.start, end: match.end, messageId: 'noNotice' });
                }
            }
        }
        if (!stated.distance) {
            for (const match of v.get('open-extent').find(text, sentence)) {
                if (!isProtected(context, match)) {
                    add(context, { check: 'vague-term', family: 'open-extent', start: match.start, end: match.end, messageId: 'noExtent' });
                }
            }
        }
        const closed = (match: Span) => illustratesDefinedClass(context, match, sentence) || illustratesNamedKind(context, match, sentence)
            || closedByClause(context, match, sentence) || describesContent(context, match, sentence);
        for (const match of v.get('open-list').find(text, sentence)) {
            if (!closed(match)) {
                add(context, openListIssue(context, match));
            }
        }
        for (const match of v.get('open-list', 'after-list').find(text, sentence)) {
            // Only after a list of examples: "a school, park, playground, or other place where …".
            const before = text.slice(Math.max(sentence.start, match.start - 100), match.start);
            if (before.includes(',') && !closed(match)) {
                add(context, openListIssue(context, match));
            }
        }
    }
}

/**
 * An exception followed by the purpose it serves ("unless it is necessary to attend court", "sauf
 * nécessité pour se rendre au travail") names what it allows; "to do so" names nothing new.
 */
function forStatedPurpose(context: Context, match: Span): boolean {
    const { text, v } = context;
    const rest = text.slice(match.end, clauseEnd(context, match.end));
    // The purpose may come after a verb the exception leaves at its end ("… notwendig ist, um …").
    const purpose = v.get('conditional', 'exception-purpose').findAll(rest).find(m => wordsIn(rest.slice(0, m.start)).length <= 2);
    if (!purpose || v.get('conditional', 'exception-anaphora').findAll(rest).some(m => m.start === purpose.start)) {
        return false;
    }
    return wordsIn(rest.slice(purpose.start)).length >= 2;
}

function openListIssue(context: Context, match: PhraseMatch): NewIssue {
    const { text } = context;
    let fix: TextFix | undefined;
    // Only a marker that stands alone ("etc.", "und so weiter") is removed by the fix; the others need rewording.
    if (context.v.get('open-list', 'closable').findAll(match.text).some(m => m.start === 0 && m.end === match.text.length)) {
        const before = /,?\s*$/.exec(text.slice(0, match.start))!;
        // "etc." that also ends the sentence: its full stop stays.
        const endsSentence = match.text.endsWith('.') && /^\s*(?:$|\p{Lu})/u.test(text.slice(match.end));
        fix = {
            title: `Close the list (remove "${match.text}")`,
            edits: [{ start: match.start - before[0].length, end: match.end, newText: endsSentence ? '.' : '' }]
        };
    }
    return {
        check: 'vague-term',
        family: 'open-list',
        start: match.start,
        end: match.end,
        messageId: 'openList',
        fix
    };
}

// ---------------------------------------------------------------------------------------------
// missing-parameters: duties written as free text
// ---------------------------------------------------------------------------------------------

function duties(context: Context, present: ReadonlySet<string>): void {
    const { text, v, language } = context;
    for (const [frameId, frame] of Object.entries(FRAMES)) {
        const kind = kindById(frame.kind);
        if (!kind) {
            continue;
        }
        const trigger = v.get('frames', frameId).find(text).find(match => {
            const sentence = inSentence(context, match);
            return !within(match, negatedSpans(text, language, sentence)) && !insideTermOfArt(context, match);
        });
        if (!trigger) {
            continue;
        }
        const sentence = inSentence(context, trigger);
        if (frameId === 'reporting' && has(context, 'slots', 'one-off', sentence)) {
            continue;
        }
        const covered = new Set<string>();
        for (const issue of context.issues) {
            const stands = STANDS_FOR[issue.family];
            if (stands && overlaps(inSentence(context, issue), sentence)) {
                (stands === 'all' ? Object.keys(TEXT_SLOTS) : stands).forEach(slot => covered.add(slot));
            }
        }
        const wanted = [...kind.required, ...(frame.also ?? [])].filter(slot => slot !== 'description' || frameId === 'programme');
        const missing: string[] = [];
        let band: PhraseMatch | undefined;
        for (const slot of wanted) {
            if (present.has(slot) || covered.has(slot)) {
                continue;
            }
            const state = slotState(context, slot);
            if (state === 'band') {
                band = v.get('slots', 'hours-band').find(text)[0];
                missing.push(slot);
            } else if (state === 'absent') {
                missing.push(slot);
            }
        }
        // "Attend counselling sessions at the Harbour Clinic": a treatment or programme counted in
        // sessions or appointments must say how many or how often.
        if ((frameId === 'treatment' || frameId === 'programme') && !missing.includes('count') && !present.has('count') && !covered.has('count')
            && slotState(context, 'count') === 'absent') {
            // "zehn Therapiesitzungen", "10 sessions": a number before the noun is the count.
            const numbers = v.pattern('<num>').findAll(text, sentence);
            const uncounted = v.get('slots', 'occurrence').findAll(text, sentence)
                .filter(o => !numbers.some(n => n.end <= o.start && wordsIn(text.slice(n.end, o.start)).length <= 1));
            if (uncounted.length > 0) {
                missing.push('count');
            }
        }
        if (missing.length === 0) {
            continue;
        }
        const info = (slot: string) => TEXT_SLOTS[slot] ?? { label: SLOT_SYNTAX[slot as ParameterSlot]?.label ?? slot, example: SLOT_SYNTAX[slot as ParameterSlot]?.example ?? '' };
        // A range of hours where the number to do belongs ("between 101 and 300 hours"); with other
        // slots missing too (no frame has that today), the hours are listed with them.
        const range = !!band && missing.length === 1 && missing[0] === 'hours';
        const messageId = range ? 'hoursRange' : 'duty';
        const data: MessageData = range
            ? { duty: frame.label, band: text.slice(band!.start, band!.end), example: info('hours').example }
            : { duty: frame.label, missing: joinList(missing.map(slot => `no ${info(slot).label}`)), example: missing.map(slot => info(slot).example).join(', ') };
        const appendable = missing.filter(slot => TEXT_SLOTS[slot]?.append && !(slot === 'hours' && band));
        let fix: TextFix | undefined;
        if (appendable.length === missing.length) {
            const at = endOfSentence(text, sentence);
            fix = {
                title: `Add the missing ${joinList(appendable.map(slot => TEXT_SLOTS[slot].label))} (edit the example)`,
                edits: [{ start: at, end: at, newText: appendable.map(slot => TEXT_SLOTS[slot].append![language]).join('') }]
            };
        }
        add(context, { check: 'missing-parameters', family: frameId, start: trigger.start, end: trigger.end, messageId, data, slots: missing, fix });
    }
}


/** Where to append to a sentence: before its final full stop, if it has one. */
function endOfSentence(text: string, sentence: Span): number {
    let end = sentence.end;
    while (end > sentence.start && /\s/.test(text.charAt(end - 1))) {
        end--;
    }
    return /[.;!?]/.test(text.charAt(end - 1)) ? end - 1 : end;
}

/** A calendar date: "3 March 2027", "2027-03-03". */
function statesDate(text: string): boolean {
    return /\d{1,2}\.?\s*\p{L}+\s+\d{4}|\b\d{4}-\d{2}-\d{2}\b/u.test(text);
}

/** Whether the text states a slot of a requirement kind. */
function slotState(context: Context, slot: string): 'present' | 'absent' | 'band' {
    const { text, v, language } = context;
    const named = () => namesSomething(text, language);
    const yes = (value: boolean) => (value ? 'present' : 'absent');
    switch (slot) {
        case 'place':
            return yes(addresses(text, language).length > 0 || names(text, language).length > 0 || v.get('slots', 'home-place').test(text));
        case 'dailyHours':
            return yes(statesDailyHours(text, language));
        case 'frequency':
            return yes(v.get('lexicon', 'frequency').test(text) || clockTimes(text, language).length > 0 && statesDate(text));
        case 'hours': {
            const bands = v.get('slots', 'hours-band').findAll(text);
            const exact = v.get('slots', 'hours').find(text).filter(match => !bands.some(b => overlaps(b, match)) && !clockTimes(text, language).some(c => overlaps(c, match)));
            return exact.length > 0 ? 'present' : bands.length > 0 ? 'band' : 'absent';
        }
        case 'completion':
            // A period or a deadline, or a rate of work (which fixes the end as well).
            return yes(v.get('lexicon', 'period').test(text) || v.get('lexicon', 'frequency').test(text) || statesDate(text));
        case 'count':
            return yes(v.get('lexicon', 'quantity').test(text) || v.get('lexicon', 'period').test(text) || v.get('lexicon', 'frequency').test(text));
        case 'description':
        case 'provider':
            return yes(named());
        case 'monitoring':
            return yes(v.get('slots', 'monitoring-purpose').test(text) || statesDailyHours(text, language));
        case 'amount':
            return yes(v.get('slots', 'amount').test(text));
        case 'placeOrMode':
            return yes(v.get('slots', 'mode').test(text) || v.get('slots', 'report-place').test(text) || named());
        case 'area':
        case 'contact':
            // A category of places or people is judged by undefined-place-or-person.
            return 'present';
        default:
            return 'present';
    }
}

// ---------------------------------------------------------------------------------------------
// Overlaps
// ---------------------------------------------------------------------------------------------

/** Where two findings cover the same words, the one of the more specific check stays. */
function resolveOverlaps(issues: TextIssue[]): TextIssue[] {
    const ordered = [...issues].sort((a, b) => PRIORITY[a.check] - PRIORITY[b.check] || (a.family === 'placeholder' ? -1 : 0) - (b.family === 'placeholder' ? -1 : 0) || (b.end - b.start) - (a.end - a.start));
    const kept: TextIssue[] = [];
    for (const issue of ordered) {
        if (issue.check !== 'missing-parameters' && kept.some(k => k.check !== 'missing-parameters' && overlaps(k, issue))) {
            continue;
        }
        if (kept.some(k => k.check === issue.check && k.start === issue.start && k.end === issue.end)) {
            continue;
        }
        kept.push(issue);
    }
    return kept.sort((a, b) => a.start - b.start || a.end - b.end);
}
