/**
 * vague-term: words that leave what complies to a judgement made after the fact. Blanks left from a
 * form ("[address]", "a specified place"); speculation that qualifies no class of places or people
 * ("likely to cause"); the object of a ban named only by a generic head made a class by a judgement,
 * an effect or a contested label (issue 10, structure 1); and the word families: judgements of the
 * person's own conduct (structure 5, whose conduct a standard governs: one that bounds an
 * authority is spared), open triggers and exceptions, the person's own measure, open frequencies,
 * quantities, thresholds, times of day, notice and extents, and open lists (unless a definition, a
 * named kind, a defining clause or a description of content closes them, structure 1's functional
 * definition).
 */

import { clockTimes, overlaps } from '../text/features.js';
import type { PhraseMatch, Span } from '../text/phrase.js';
import type { LanguageVocabulary } from '../text/vocabulary.js';
import type { TextFix } from './types.js';
import {
    add, anchored, clauseEnd, every, has, inPurpose, inSentence, isProtected, once, own, perLanguage, qualifies, speculativeClasses, wordsIn, type Context, type NewIssue
} from './reading.js';

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
// vague-term: speculation that qualifies no class
// ---------------------------------------------------------------------------------------------

/** What might happen, with no head of places or persons before it: the speculation itself is vague. */
function speculation(context: Context): void {
    for (const { match, span, head } of speculativeClasses(context)) {
        if (head === undefined) {
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
    const beside = (n: Span) => !overlaps(n, match) && (n.start >= match.end
        ? wordsIn(text.slice(match.end, n.start)).length <= 1
        : wordsIn(text.slice(n.end, match.start)).length <= 1);
    // Or, for a noun of time or manner, the standard's own phrase holds it ("d'une manière
    // raisonnable", "in angemessener Weise"); not for a ground: "raisonnable" has the stem of "raison".
    const inside = (n: Span) => n.start >= match.start && n.end <= match.end;
    const qualifies = (list: string) => v.get('evaluative', list).findAll(text, near).some(n => beside(n) || list === 'act-time' && inside(n));
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

/** The findings of vague-term, in the order its passes have always run: blanks, speculation, objects of a ban, word families. */
export function readVagueTerms(context: Context): void {
    placeholders(context);
    speculation(context);
    undefinedObjects(context);
    simpleFamilies(context);
}
