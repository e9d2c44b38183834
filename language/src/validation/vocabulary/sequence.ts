import type { PhraseMatch, PhraseSet, Span } from '../text/phrase.js';

/**
 * Two phrases in sequence, where what lies between them is not a fixed phrase: "automatically …
 * imprisoned" (anything short of the end of the sentence), "attend … treatment" (a few words).
 * The nearest second phrase is taken, as a lazy regular expression would. A thin adapter over
 * `text/phrase.ts` (the notation's `~N` skips words greedily and only across spaces and commas);
 * it belongs in the toolkit once the clarity analysis needs the same.
 */
export type Between =
    /** Anything that does not end a sentence or clause (`.`, `;`, `:`, `!`, `?`). */
    | { kind: 'clause' }
    /** At most `words` words, separated by spaces only (a word may hold hyphens). */
    | { kind: 'words'; words: number };

/** Characters that end the stretch a `clause` gap may cross. */
const STOPS = /[.;:!?]/;
/** A gap of whole words separated by spaces: the spaces, the words (letters, digits, hyphens) between. */
const WORD_GAP = /^(?:\s+[\p{L}\p{N}_-]+)*\s+$/u;

function gapHolds(gap: string, between: Between): boolean {
    if (between.kind === 'clause') {
        return !STOPS.test(gap);
    }
    if (!WORD_GAP.test(gap)) {
        return false;
    }
    return (gap.trim() === '' ? 0 : gap.trim().split(/\s+/).length) <= between.words;
}

/**
 * For each first phrase, the nearest second phrase after it with an allowed gap: the span from the
 * start of the first to the end of the second, with the second's match.
 */
export function followedBy(text: string, firsts: readonly Span[], then: PhraseSet, between: Between): Array<PhraseMatch & { second: PhraseMatch }> {
    const seconds = then.findAll(text);
    const result: Array<PhraseMatch & { second: PhraseMatch }> = [];
    for (const first of firsts) {
        const second = seconds.find(candidate => candidate.start >= first.end && gapHolds(text.slice(first.end, candidate.start), between));
        if (second) {
            result.push({ start: first.start, end: second.end, text: text.slice(first.start, second.end), pattern: second.pattern, second });
        }
    }
    return result;
}
