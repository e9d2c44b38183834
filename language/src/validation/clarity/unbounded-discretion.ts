/**
 * unbounded-discretion: where the order hands a decision to someone else with nothing that bounds
 * it. A delegation or escape phrase ("as directed by your supervisor", "unless otherwise
 * permitted") unless the sentence caps how often, how much or how long, or the power only names in
 * writing; and, where no delegation phrase says it, the scope of one (issue 10): an approval that
 * is the only exit from a total ban or a ban on a whole field of ordinary life, someone's rules
 * incorporated with no copy attached, a duty that lasts until someone else ends it.
 */

import { clockTimes, negatedSpans, overlaps, within } from '../text/features.js';
import type { TextLanguage } from '../text/language.js';
import type { PhraseMatch, Span } from '../text/phrase.js';
import type { LanguageVocabulary } from '../text/vocabulary.js';
import { add, clauseEnd, every, has, insideTermOfArt, inSentence, once, wordsAfter, wordsIn, type Context } from './reading.js';

/** Placeholder bounds a fix inserts, for the drafter to edit. */
const BOUND_PLACEHOLDER: Record<TextLanguage, string> = {
    en: ', not more than once a week and for no longer than 6 months',
    fr: ', au plus une fois par semaine et pendant six mois au plus',
    de: ', höchstens einmal pro Woche und längstens sechs Monate'
};

/** Who a delegation hands the decision to, for the message: the first of these lists (delegation.json) its words meet. */
const RECIPIENTS = [['to-court', 'the court'], ['to-provider', 'the provider'], ['to-supervisor', 'the supervisor'], ['to-service', 'the service']] as const;

/**
 * Who a delegation hands the decision to, for the message: named in the phrase, else in the words
 * right after it ("comply with the directions | of the court"), else a pronoun's "someone else".
 */
function delegate(phrase: string, v: LanguageVocabulary, after = ''): string {
    const named = (words: string) => RECIPIENTS.find(([list]) => v.get('delegation', list).test(words));
    const recipient = named(phrase) ?? (after ? named(after) : undefined);
    if (recipient) {
        return recipient[1];
    }
    return v.get('lexicon', 'pronoun').test(phrase) ? 'someone else' : 'the supervisor';
}

// ---------------------------------------------------------------------------------------------
// unbounded-discretion: delegations and escape clauses
// ---------------------------------------------------------------------------------------------

/**
 * Whether what a delegation phrase refers to is the order itself (delegation.json
 * `own-instrument-after`: "comply with the requirements | of this order", inside the phrase or
 * right after it; `own-instrument-before`: "die im Beschluss genannten | Weisungen", ending where
 * the phrase starts): the order's own terms, no power handed to anyone.
 */
function ownInstrument(context: Context, match: Span): boolean {
    const { text, v } = context;
    const sentence = inSentence(context, match);
    const gap = (from: number, to: number) => from <= to && /^\s*$/u.test(text.slice(from, to));
    const after = v.get('delegation', 'own-instrument-after').find(text, { start: match.start, end: clauseEnd(context, match.end) });
    if (after.some(own => own.start < match.end || gap(match.end, own.start))) {
        return true;
    }
    const before = v.get('delegation', 'own-instrument-before').find(text, { start: sentence.start, end: match.start });
    return before.some(own => gap(own.end, match.start));
}

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
        if (insideTermOfArt(context, match) || relaxations.some(r => overlaps(r, match)) || ownInstrument(context, match)) {
            continue;
        }
        // Bounded: a ceiling on how often, how much or how long; or a power that only names, in writing.
        if (has(context, 'bounds', 'cap', sentence) || has(context, 'bounds', 'written-naming', sentence)) {
            continue;
        }
        // "80 hours within 12 months, at the times your supervisor instructs": the sentence fixes
        // the duty's totals, an amount and a period; only the timing is left.
        // Unless the delegation is over the amount itself ("or at such greater frequency as the
        // provider may determine"): the delegate may then raise the totals.
        if (!match.escape && !match.instrument && has(context, 'lexicon', 'quantity', sentence) && has(context, 'lexicon', 'period', sentence) && !raisesAmount(context, match)) {
            continue;
        }
        add(context, {
            check: 'unbounded-discretion',
            family: match.escape ? 'escape' : 'delegation',
            start: match.start,
            end: match.end,
            messageId: match.escape ? 'escape' : 'delegation',
            data: { who: delegate(match.text, context.v, wordsAfter(context, match.end, 5)) },
            fix: {
                title: 'Bound the delegation (edit the placeholder limits)',
                edits: [{ start: match.end, end: match.end, newText: BOUND_PLACEHOLDER[context.language] }]
            }
        });
    }
}

/**
 * Whether a delegation is over the duty's amount (delegation.json `raises`: a comparative of increase
 * or the word for how often), in its own words or the three before it ("or at such greater frequency
 * as …", "oder häufiger, wenn …").
 */
function raisesAmount(context: Context, match: Span): boolean {
    const { text, v } = context;
    const sentence = inSentence(context, match);
    const before = text.slice(Math.max(sentence.start, match.start - 40), match.start);
    const words = [...wordsIn(before).slice(-3), ...wordsIn(text.slice(match.start, match.end))];
    const raises = v.words('delegation', 'raises');
    return words.some(word => raises.has(word));
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
                if (!definedHere().test(text.slice(match.end, match.end + 30)) && !ownInstrument(context, match)) {
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

/** The findings of unbounded-discretion: delegations and escapes first, then the scopes none of them covers. */
export function readUnboundedDiscretion(context: Context): void {
    delegations(context);
    delegationScope(context);
}
