import type { PhraseSet } from '../text/phrase.js';
import type { BaseModality, ModalMatch, ProtectedText } from './analysis.js';
import { overlaps, type Span } from './segment.js';
import { phraseSet, type LexiconData, type VocabularyLexicon } from './vocabulary.js';

/**
 * When a phrase found in a text is a harm:
 * - `asserted`: whenever the text says it happens or may happen ("the person's name will be
 *   published", "must wear a vest saying …"); a negation in its clause, a prohibition or an
 *   exemption takes it away ("will not be published", "must not be required to wear …").
 * - `restricted`: when the person is obliged to do it or forbidden to do it ("must attend
 *   church", "must not marry"); a permission, an exemption or a negation outside the modal phrase
 *   takes it away ("may attend religious services", "the order does not restrict marriage").
 * - `forbidden`: only when the person is forbidden to do it ("must not vote"; "may vote" is fine).
 */
export type HarmWhen = 'asserted' | 'restricted' | 'forbidden';

/** A group of patterns in a vocabulary file. */
export interface EventEntry {
    harm: HarmWhen;
    /** The patterns carry their own negation ("no longer entitled to benefits"): it is not a denial. */
    selfNegating?: boolean;
    patterns: readonly string[];
}

export interface CompiledEvent {
    id: string;
    harm: HarmWhen;
    selfNegating: boolean;
    set: PhraseSet;
}

export function compileEvents(entries: Readonly<Record<string, EventEntry>> | undefined, lexicon: VocabularyLexicon): CompiledEvent[] {
    return Object.entries(entries ?? {}).map(([id, entry]) => ({
        id,
        harm: entry.harm,
        selfNegating: !!entry.selfNegating,
        set: phraseSet(entry.patterns, lexicon)
    }));
}

export interface HarmOptions {
    /** What the text does where it says nothing modal (see `BaseModality`). */
    base: BaseModality;
    /** Phrases that take the harm away wherever they are in scope ("paid by the state"). */
    cancel?: PhraseSet;
    /** Where a cancelling phrase counts: the clause, the sentence (default) or the whole text. */
    cancelScope?: 'reach' | 'sentence' | 'text';
    /** Stretches whose negative words negate nothing for this check ("without the victim's consent"). */
    transparent?: readonly Span[];
    /**
     * The base applies only to a clause that reads as an imperative ("Attend church"); a clause
     * with a subject and no modal phrase is a statement ("The person speaks only Polish"). For
     * free-text conditions; a description ("speaking Arabic in public") is its requirement's act.
     */
    imperativeOnly?: boolean;
}

export interface Hit extends Span {
    event: string;
    text: string;
    /** The modality that governs the phrase: its modal phrase's, or the text's base. */
    modality: BaseModality;
    modal?: ModalMatch;
}

/** Whether a phrase at `span` is a harm of kind `harm`, and under which modality. */
export function judge(text: ProtectedText, span: Span, harm: HarmWhen, options: HarmOptions, selfNegating = false): { modality: BaseModality; modal?: ModalMatch } | undefined {
    if (options.cancel && cancelled(text, span, options.cancel, options.cancelScope ?? 'sentence')) {
        return undefined;
    }
    const modal = text.modalBefore(span.start);
    const base = options.imperativeOnly && options.base !== 'statement' && !text.looksImperative(span.start) ? 'statement' : options.base;
    const modality: BaseModality = modal?.modality ?? base;
    const negation = text.negationAt(span.start, [modal, selfNegating ? span : undefined, ...(options.transparent ?? [])]);
    if (negation) {
        return undefined;
    }
    // "Nothing in this order affects …", "must not be prevented from …": a permission that denies a restriction.
    const deniedRestriction = modal?.modality === 'permit' && text.vocabulary.negators.test(text.masked, modal);
    const onThePerson = !modal || modal.modality === 'permit' || modal.modality === 'exempt' || text.subjectOf(modal) !== 'authority';
    switch (harm) {
        case 'asserted':
            return modality === 'forbid' || modality === 'exempt' || deniedRestriction ? undefined : { modality, modal };
        case 'restricted':
            return (modality === 'oblige' || modality === 'forbid') && onThePerson ? { modality, modal } : undefined;
        case 'forbidden':
            return modality === 'forbid' && onThePerson ? { modality, modal } : undefined;
    }
}

function cancelled(text: ProtectedText, span: Span, cancel: PhraseSet, scope: 'reach' | 'sentence' | 'text'): boolean {
    switch (scope) {
        case 'reach':
            return text.inReach(cancel, span.start).length > 0;
        case 'sentence':
            return text.inSentence(cancel, span.start).length > 0;
        case 'text':
            return text.find(cancel).length > 0;
    }
}

/** Every harm of a list of events in a text, in text order, without overlaps. */
export function harmsIn(text: ProtectedText, events: readonly CompiledEvent[], options: HarmOptions): Hit[] {
    const hits: Hit[] = [];
    for (const event of events) {
        for (const match of text.findAcrossAsides(event.set)) {
            const verdict = judge(text, match, event.harm, options, event.selfNegating);
            if (verdict) {
                hits.push({ event: event.id, start: match.start, end: match.end, text: text.value.slice(match.start, match.end), ...verdict });
            }
        }
    }
    return withoutOverlaps(hits);
}

/** Keeps the first of overlapping spans (the longest when they start together). */
export function withoutOverlaps<T extends Span>(spans: readonly T[]): T[] {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: T[] = [];
    for (const span of sorted) {
        if (!kept.some(k => overlaps(k, span))) {
            kept.push(span);
        }
    }
    return kept;
}

/** The vocabulary entry of a check that finds harms: its lexicon, its harm events and the phrases that cancel them. */
export interface HarmEntry {
    lexicon?: LexiconData;
    events?: Record<string, EventEntry>;
    cancel?: string[];
}

/** Compiles the harm events and cancelling phrases of a {@link HarmEntry}, inside `compiledVocabulary`. */
export function compileHarmWords<E extends HarmEntry>(entry: (key: keyof E) => E[keyof E] | undefined, lexicon: VocabularyLexicon): { events: CompiledEvent[]; cancel: PhraseSet } {
    return {
        events: compileEvents(entry('events') as Record<string, EventEntry> | undefined, lexicon),
        cancel: phraseSet((entry('cancel') as string[] | undefined) ?? [], lexicon)
    };
}
