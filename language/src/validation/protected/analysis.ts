import type { PhraseMatch, PhraseSet } from '../text/phrase.js';
import type { TextLanguage } from '../text/language.js';
import { asideSpans, clauseSpans, maskQuotes, overlaps, sentenceSpans, within, wordsBetween, type Span } from './segment.js';
import { generalVocabulary, type GeneralVocabulary, type Modality } from './vocabulary.js';
import { LruCache, TEXT_CACHE_CAPACITY } from '../../core/lru.js';

/**
 * What a measure's text does when it says nothing modal: a free-text condition or a programme's
 * description is something the person must do (`oblige`), a prohibited activity's description is
 * something they must not do (`forbid`), a breach statement states what happens (`statement`).
 */
export type BaseModality = Modality | 'statement';

export interface ModalMatch extends PhraseMatch {
    modality: Modality;
}

/** Who a clause speaks about: the person under the order, an authority or service, or unclear. */
export type Subject = 'person' | 'authority' | 'unknown';

/**
 * One free text, segmented once and asked questions by the checks: in which clause a phrase sits,
 * what modal phrase governs it, whether a negation in its clause turns it round, what frames it.
 * Quoted speech is blanked first (see `maskQuotes`), so nothing inside a quotation counts.
 */
export class ProtectedText {
    readonly masked: string;
    readonly quotes: readonly Span[];
    readonly sentences: readonly Span[];
    readonly clauses: readonly Span[];
    readonly asides: readonly Span[];
    /** The masked text with its asides blanked too: what the main clause says without them. */
    readonly flat: string;
    private readonly modalMatches: readonly ModalMatch[];
    private readonly negatorMatches: readonly PhraseMatch[];

    constructor(readonly value: string, readonly vocabulary: GeneralVocabulary) {
        const { masked, quotes } = maskQuotes(value);
        this.masked = masked;
        this.quotes = quotes;
        this.sentences = sentenceSpans(masked);
        const boundaries = vocabulary.boundaries.find(masked);
        this.clauses = this.sentences.flatMap(sentence => clauseSpans(sentence, boundaries));
        const openers = vocabulary.asides.find(masked);
        this.asides = this.clauses.flatMap(clause => asideSpans(masked, clause, openers));
        // An aside starts at its comma ("Benefits, which are small, will …"): blank from there.
        const flat = masked.split('');
        for (const aside of this.asides) {
            const comma = masked.lastIndexOf(',', aside.start);
            const from = comma >= 0 && /^[\s,]*$/.test(masked.slice(comma, aside.start)) ? comma : aside.start;
            for (let i = from; i < aside.end; i++) {
                flat[i] = masked[i] === '\n' ? '\n' : ' ';
            }
        }
        this.flat = flat.join('');
        this.modalMatches = vocabulary.modals.find(masked).map(m => ({ ...m, modality: vocabulary.modalityOf.get(m.pattern) ?? 'oblige' }));
        const pseudo = vocabulary.pseudoNegators.findAll(masked);
        this.negatorMatches = vocabulary.negators.findAll(masked).filter(n => !pseudo.some(p => overlaps(p, n)));
    }

    get language(): TextLanguage {
        return this.vocabulary.language;
    }

    sentenceAt(pos: number): Span {
        return spanAt(this.sentences, pos) ?? { start: 0, end: this.masked.length };
    }

    clauseAt(pos: number): Span {
        return spanAt(this.clauses, pos) ?? this.sentenceAt(pos);
    }

    asideAt(pos: number): Span | undefined {
        return this.asides.find(a => pos >= a.start && pos < a.end);
    }

    /**
     * Whether something at `span` is in the same grammatical reach as a phrase at `pos`: the same
     * clause and, if either is in an aside, the same aside.
     */
    reaches(pos: number, span: Span): boolean {
        const clause = this.clauseAt(pos);
        if (!within(span, clause)) {
            return false;
        }
        const aside = this.asideAt(pos);
        if (aside) {
            return within(span, aside);
        }
        return !this.asides.some(a => overlaps(a, span) && within(a, clause));
    }

    private readonly found = new Map<PhraseSet, PhraseMatch[]>();

    /**
     * Matches of a phrase set, not overlapping, in a span or the whole text. The text is searched
     * once per set; a span keeps the matches that lie inside it.
     */
    find(set: PhraseSet, span?: Span): PhraseMatch[] {
        let matches = this.found.get(set);
        if (!matches) {
            matches = set.find(this.masked);
            this.found.set(set, matches);
        }
        return span ? matches.filter(m => m.start >= span.start && m.end <= span.end) : matches;
    }

    /**
     * Matches of a phrase set as the text reads with and without its asides, so that a phrase
     * interrupted by an aside ("Benefits, which are small, will be withheld") is found whole.
     * A match that runs across an aside covers it.
     */
    findAcrossAsides(set: PhraseSet): readonly PhraseMatch[] {
        // Remembered per set: a text is cached across builds (see `analyse`), and most sets find
        // nothing in it, so only a bit is kept for those.
        const word = set.id >>> 5;
        const bit = 1 << (set.id & 31);
        if (word < this.searched.length && (this.searched[word] & bit) !== 0) {
            return this.foundAcross.get(set.id) ?? [];
        }
        const matches = this.searchAcrossAsides(set);
        if (word >= this.searched.length) {
            const grown = new Uint32Array(Math.max(word + 1, this.searched.length * 2));
            grown.set(this.searched);
            this.searched = grown;
        }
        this.searched[word] |= bit;
        if (matches.length > 0) {
            this.foundAcross.set(set.id, matches);
        }
        return matches;
    }

    private searched = new Uint32Array(0);
    private readonly foundAcross = new Map<number, PhraseMatch[]>();

    private searchAcrossAsides(set: PhraseSet): PhraseMatch[] {
        const plain = set.find(this.masked);
        if (this.asides.length === 0) {
            return plain;
        }
        const across = set.find(this.flat)
            .filter(m => this.asides.some(a => m.start < a.start && m.end > a.end))
            .map(m => ({ ...m, text: this.value.slice(m.start, m.end) }));
        const all = [...across, ...plain].sort((a, b) => a.start - b.start || b.end - a.end);
        const kept: PhraseMatch[] = [];
        for (const match of all) {
            if (!kept.some(k => overlaps(k, match))) {
                kept.push(match);
            }
        }
        return kept;
    }

    /**
     * The modal phrase nearest before `pos` in its reach, if any. A modal phrase that starts before
     * `pos` and runs into the phrase ("no contact with …") governs it too.
     */
    modalBefore(pos: number): ModalMatch | undefined {
        let found: ModalMatch | undefined;
        for (const modal of this.modalMatches) {
            if (modal.start < pos && this.reaches(pos, { start: modal.start, end: Math.min(modal.end, pos) })) {
                found = modal;
            }
        }
        return found;
    }

    /** The modal phrases inside a span. */
    modalsIn(span: Span): ModalMatch[] {
        return this.modalMatches.filter(m => within(m, span));
    }

    /** The first modal phrase after `pos` in its reach, if it starts within `maxWords` words. */
    modalAfter(pos: number, maxWords: number): ModalMatch | undefined {
        const next = this.modalMatches.find(m => m.start >= pos && this.reaches(pos, m));
        return next && wordsBetween(this.masked, pos, next.start) <= maxWords ? next : undefined;
    }

    /**
     * A negation in the reach of `pos` that is not part of an excluded span (the modal phrase that
     * governs it, or a phrase that carries its own negation: "no longer entitled").
     */
    negationAt(pos: number, exclude: ReadonlyArray<Span | undefined> = []): PhraseMatch | undefined {
        return this.negatorMatches.find(n => this.reaches(pos, n) && !exclude.some(e => e && overlaps(e, n)));
    }

    /** Who the clause of a modal phrase speaks about: the nearest person or authority before it. */
    subjectOf(modal: ModalMatch): Subject {
        // "require him to", "make her": the obligation falls on the person, whoever imposes it.
        if (this.vocabulary.causative.test(this.masked, modal)) {
            return 'person';
        }
        const clause = this.clauseAt(modal.start);
        const span = { start: clause.start, end: modal.start };
        const people = this.find(this.vocabulary.person, span).filter(m => this.reaches(modal.start, m));
        const authorities = this.find(this.vocabulary.authority, span).filter(m => this.reaches(modal.start, m));
        const lastPerson = people[people.length - 1]?.end ?? -1;
        const lastAuthority = authorities[authorities.length - 1]?.end ?? -1;
        if (lastPerson < 0 && lastAuthority < 0) {
            return 'unknown';
        }
        return lastAuthority > lastPerson ? 'authority' : 'person';
    }

    /** The last match of a set before `pos`, in its reach and at most `maxWords` words away. */
    frameBefore(set: PhraseSet, pos: number, maxWords: number): PhraseMatch | undefined {
        const clause = this.clauseAt(pos);
        const matches = this.find(set, { start: clause.start, end: pos }).filter(m => m.end <= pos && this.reaches(pos, m));
        const last = matches[matches.length - 1];
        return last && wordsBetween(this.masked, last.end, pos) <= maxWords ? last : undefined;
    }

    /** Matches of a set in the sentence of `pos`. */
    inSentence(set: PhraseSet, pos: number): PhraseMatch[] {
        return this.find(set, this.sentenceAt(pos));
    }

    /** Matches of a set in the reach of `pos`. */
    inReach(set: PhraseSet, pos: number): PhraseMatch[] {
        return this.find(set, this.clauseAt(pos)).filter(m => this.reaches(pos, m));
    }

    /**
     * Whether a phrase opens its clause as an imperative does ("Attend church every Sunday"),
     * rather than following a subject as a statement does ("The person speaks only Polish").
     * Languages without a list of words that may lead an imperative are not tested (always true).
     */
    looksImperative(pos: number): boolean {
        const lead = this.vocabulary.imperativeLead;
        if (!lead) {
            return true;
        }
        const clause = this.clauseAt(pos);
        const before = this.masked.slice(clause.start, pos);
        const allowed = new Set(this.find(lead, { start: clause.start, end: pos }).map(m => m.text.toLowerCase()));
        const words = (before.match(/[\p{L}\p{N}']+/gu) ?? []).map(w => w.toLowerCase());
        // The clause may open with its boundary word ("but", "unless"): that is not a subject.
        const opening = this.vocabulary.boundaries.find(this.masked, { start: clause.start, end: pos })[0];
        const skip = opening && opening.start === clause.start ? (opening.text.match(/[\p{L}\p{N}']+/gu) ?? []).length : 0;
        return words.slice(skip).every(word => allowed.has(word));
    }

    /** Whether an offset lies inside a quotation (the marks included). */
    inQuote(pos: number): boolean {
        return this.quotes.some(q => pos >= q.start && pos < q.end);
    }
}

function spanAt(spans: readonly Span[], pos: number): Span | undefined {
    return spans.find(s => pos >= s.start && pos < s.end) ?? spans.find(s => pos === s.end);
}

/** By language, then text; least recently used first out (core/lru.ts, TEXT_CACHE_CAPACITY). */
const caches = new Map<TextLanguage, LruCache<string, ProtectedText>>();

/** The analysis of a text in a language; texts are analysed once however many checks read them. */
export function analyse(value: string, language: TextLanguage): ProtectedText {
    let cache = caches.get(language);
    if (!cache) {
        cache = new LruCache<string, ProtectedText>(TEXT_CACHE_CAPACITY);
        caches.set(language, cache);
    }
    // Keyed by the text itself (see clarity/analyse.ts): no new key string to hash on every look-up.
    return cache.getOrCompute(value, () => new ProtectedText(value, generalVocabulary(language)));
}
