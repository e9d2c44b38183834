import type { AstNode } from 'langium';
import type { Breach, BreachOptions, BreachRule, BreachStep, Consequence, Order } from '../generated/ast.js';
import { isBreachOptions, isBreachRule, isBreachStep } from '../generated/ast.js';
import { TEXT_LANGUAGES } from '../validation/text/language.js';
import type { Span } from '../validation/text/phrase.js';
import { loadVocabulary, type ClassedVocabularyFile } from '../validation/vocabulary/load.js';
import { followedBy } from '../validation/vocabulary/sequence.js';
import vocabularyFile from '../validation/vocabulary/breach.json' with { type: 'json' };
import { orderOf } from './order-model.js';
import { LruCache, TEXT_CACHE_CAPACITY } from '../core/lru.js';

/*
 * Reading an order's breach section: what each consequence leads to. Shared by the checks of
 * family D (breach) and by conditional-release.
 */


/** A consequence of a breach rule, an option the deciding authority may order, or a step of the procedure on its own line. */
export interface BreachOutcome {
    readonly consequence: Consequence;
    readonly from: BreachRule | BreachOptions | BreachStep;
}

/** Every consequence, option and step of a breach section, in the order written. */
export function outcomesOf(breach: Breach): BreachOutcome[] {
    return breach.items.flatMap((item): BreachOutcome[] =>
        isBreachRule(item) ? item.consequences.map(consequence => ({ consequence, from: item }))
            : isBreachOptions(item) ? item.options.map(consequence => ({ consequence, from: item }))
                : isBreachStep(item) && item.step ? [{ consequence: item.step, from: item }]
                    : []);
}

/** A written report, or a report, of the non-compliance (Rule 65): `a written report to the court within 10 working days`. */
export function isReport(consequence: Consequence): boolean {
    return consequence.kind === 'written report' || consequence.kind === 'report';
}

/**
 * Whether the person is heard before the step (`a warning after hearing the person`), as Rule 64
 * asks for minor lapses; for an option, also when the sentence says the authority hears the person
 * first (`the court may, after hearing the person, order …`).
 */
export function isAfterHearing(consequence: Consequence): boolean {
    return consequence.heard || (isBreachOptions(consequence.$container) && consequence.$container.heard);
}

/**
 * The words of breach wording (vocabulary/breach.json), in every language the toolkit reads: a
 * consequence's free text may be in the order's language while the grammar around it is English,
 * and the lists of the three languages name the same things (custody, recall, revocation, negation).
 */
const WORDS = TEXT_LANGUAGES.map(loadVocabulary(vocabularyFile as ClassedVocabularyFile));

/** Whether a list of breach wording has a match in the text, in any language. */
function speaks(text: string, list: string): boolean {
    return WORDS.some(words => words.get(list).test(text));
}

/**
 * Recall wording (`recall` in vocabulary/breach.json: "recalled to prison", "licence recall",
 * "returned to custody", "sent back to prison", "réincarcéré", "Rückkehr in den Vollzug"), and the
 * English passive without a place ("will be recalled": the participle alone, the auxiliary before
 * it). A bare "recall" is not enough ("recall the tag"). In text order, the longest first at a place.
 */
function recallMatches(text: string): Span[] {
    const found: Span[] = WORDS.flatMap(words => [
        ...words.get('recall').find(text),
        ...followedBy(text, words.get('passive-auxiliary').find(text), words.get('recalled'), { kind: 'words', words: 0 }).map(match => match.second)
    ]);
    return found.sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Rule 12, second sentence: recall to prison is left open for a person on conditional release from
 * imprisonment. True when the node belongs to an order of that form.
 */
export function isConditionalRelease(node: Order | AstNode | undefined): boolean {
    const order = node ? orderOf(node) : undefined;
    return order?.form === 'conditional release';
}

/**
 * Recall wording in a text (`recallMatches`), unless negated just before it in its clause ("will
 * not be recalled", "ne sera pas réincarcéré"); with its offsets in the text and the phrase,
 * whitespace collapsed.
 */
export function recallPhraseIn(text: string): RecallPhrase | undefined {
    const found = RECALLS.get(text);
    if (found !== undefined) {
        return found ?? undefined;
    }
    const phrase = findRecallPhrase(text);
    RECALLS.set(text, phrase ?? null);
    return phrase;
}

interface RecallPhrase { readonly start: number; readonly end: number; readonly phrase: string }

/** By text, as the other text analyses are: a check asks about every clause on every pass. */
const RECALLS = new LruCache<string, RecallPhrase | null>(TEXT_CACHE_CAPACITY);

function findRecallPhrase(text: string): RecallPhrase | undefined {
    const match = recallMatches(text)[0];
    if (!match) {
        return undefined;
    }
    const { start, end } = match;
    const clause = text.slice(Math.max(text.lastIndexOf('.', start), text.lastIndexOf(';', start), text.lastIndexOf(',', start)) + 1, start);
    const before = clause.split(/\s+/).filter(Boolean).slice(-4).join(' ');
    if (speaks(before, 'negation')) {
        return undefined;
    }
    return { start, end, phrase: text.slice(start, end).replace(/\s+/g, ' ') };
}

/** How a message names a consequence: its kind (`revocation`), or its quoted wording. */
export function consequenceName(consequence: Consequence): string {
    if (isReport(consequence)) {
        return `a ${consequence.kind} to ${consequence.reportTo ?? 'the deciding authority'}`;
    }
    return consequence.kind ?? `"${consequence.text ?? ''}"`;
}

/**
 * Whether a text speaks of revoking, modifying or ending the measure, or of custody or recall,
 * negated or not ("revoked without a hearing" speaks of revocation).
 */
export function speaksOfEnding(text: string): boolean {
    return ['revocation', 'modification', 'custody'].some(list => speaks(text, list)) || recallMatches(text).length > 0;
}

/** Free-text consequence wording of one of the lists, unless negated ("no imprisonment", "sans révocation"). */
function says(consequence: Consequence, ...lists: string[]): boolean {
    const text = consequence.text;
    return !!text && lists.some(list => list === 'recall' ? recallMatches(text).length > 0 : speaks(text, list)) && !speaks(text, 'negation');
}

/** Recall to prison. */
export function isRecall(consequence: Consequence): boolean {
    return consequence.kind === 'recall to prison' || says(consequence, 'recall');
}

/** Imprisonment, recall included. */
export function isCustodialOutcome(consequence: Consequence): boolean {
    return consequence.kind === 'imprisonment' || isRecall(consequence) || says(consequence, 'custody');
}

/** Revocation, imprisonment or recall: what ends the sanction or measure. */
export function isEnding(consequence: Consequence): boolean {
    return consequence.kind === 'revocation' || isCustodialOutcome(consequence) || says(consequence, 'revocation');
}

/**
 * Anything for the deciding authority to decide that changes or ends the measure: revocation,
 * modification, additional requirements, imprisonment, recall, or a referral or report to it
 * (the court, or the deciding authority) for that decision: Rule 65's written report brings the
 * person back before the authority that can modify or revoke (Rule 67).
 */
export function opensRevocation(consequence: Consequence): boolean {
    return isEnding(consequence) || says(consequence, 'revocation', 'modification') || isReport(consequence) || [
        'modification', 'additional requirements', 'referral to the deciding authority'
    ].includes(consequence.kind ?? '');
}
