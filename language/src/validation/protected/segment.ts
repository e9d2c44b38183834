/**
 * Segmentation of a free text for the family G checks: what is quoted (mentioned, not said), where
 * sentences and clauses begin and end, and which stretches are asides (", who …,", "( … )") whose
 * words must not reach the clause around them.
 *
 * Everything works on offsets into the string's value, so a finding can point at a phrase in the
 * file (the checks map value offsets to file positions with `literal.ts` of the text analysis).
 * Sentences, spans and their relations are the text toolkit's (text/features.ts, text/phrase.ts);
 * what is this family's own is the reading of quotations, clauses and asides on top of them.
 */

import { overlaps, sentences, within as withinAny } from '../text/features.js';
import type { Span } from '../text/phrase.js';

export type { Span };

/** Opening quote marks and the mark that closes each. */
const QUOTE_PAIRS: ReadonlyArray<readonly [string, string]> = [
    ['"', '"'],
    ['\u201C', '\u201D'], // “ ”
    ['\u201E', '\u201C'], // „ “ (German)
    ['\u00AB', '\u00BB'], // « » (French)
    ['\u2039', '\u203A'], // ‹ ›
    ['\u2018', '\u2019'], // ‘ ’
    ["'", "'"]
];

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

function isWordChar(c: string | undefined): boolean {
    return !!c && LETTER_OR_DIGIT.test(c);
}

/** A quote mark can open here: at the start, or after a space or an opening bracket, before a non-space. */
function canOpen(text: string, i: number): boolean {
    const before = text[i - 1];
    const after = text[i + 1];
    return (before === undefined || /[\s([{\u2014\u2013/:]/.test(before)) && after !== undefined && !/\s/.test(after);
}

/** A quote mark can close here: after a non-space, and not inside a word ("person's", "don't"). */
function canClose(text: string, i: number): boolean {
    const before = text[i - 1];
    const after = text[i + 1];
    return before !== undefined && !/\s/.test(before) && !(isWordChar(before) && isWordChar(after));
}

export interface MaskedText {
    /** The text with the inside of quotations that hold more than one word replaced by spaces. */
    masked: string;
    /** Every quotation found, marks included. */
    quotes: Span[];
}

/**
 * Quoted speech, titles and slogans are mentioned, not said: "wear a vest saying 'I do not pay
 * my debts'" neither negates the order nor asserts anything about debts. The inside of a quotation
 * of two or more words is blanked (same length, so offsets hold). A single quoted word is kept: it
 * is usually a term the drafter put in quotes ("must not speak 'Arabic'").
 */
export function maskQuotes(text: string): MaskedText {
    // UTF-16 indices: the quote marks are all in the BMP.
    const out = text.split('');
    const quotes: Span[] = [];
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        const pair = QUOTE_PAIRS.find(([open]) => open === c);
        if (pair && canOpen(text, i)) {
            const close = findClose(text, i + 1, pair[1]);
            if (close > i) {
                quotes.push({ start: i, end: close + 1 });
                if (/\s/.test(text.slice(i + 1, close).trim())) {
                    for (let k = i + 1; k < close; k++) {
                        out[k] = text[k] === '\n' ? '\n' : ' ';
                    }
                }
                i = close + 1;
                continue;
            }
        }
        i++;
    }
    return { masked: out.join(''), quotes };
}

function findClose(text: string, from: number, mark: string): number {
    for (let k = from; k < text.length; k++) {
        if (text[k] === mark && canClose(text, k)) {
            return k;
        }
    }
    return -1;
}

/**
 * Sentences, as the text toolkit reads them (`sentences` of text/features.ts), each cut again at
 * line breaks: an order's list of conditions written one per line is one sentence a line.
 */
export function sentenceSpans(masked: string): Span[] {
    const spans: Span[] = [];
    for (const sentence of sentences(masked)) {
        let start = sentence.start;
        for (let i = sentence.start; i < sentence.end; i++) {
            if (masked[i] === '\n') {
                pushTrimmed(spans, masked, start, i);
                start = i;
            }
        }
        pushTrimmed(spans, masked, start, sentence.end);
    }
    return spans;
}

function pushTrimmed(spans: Span[], text: string, start: number, end: number): void {
    while (start < end && /\s/.test(text[start])) {
        start++;
    }
    while (end > start && /\s/.test(text[end - 1])) {
        end--;
    }
    if (end > start) {
        spans.push({ start, end });
    }
}

/**
 * Clauses of a sentence, split where a boundary phrase starts (the boundary belongs to the clause
 * it opens: "unless the victim objects"). A negation or a modal verb reaches no further than its
 * clause.
 */
export function clauseSpans(sentence: Span, boundaries: readonly Span[]): Span[] {
    const cuts = boundaries
        .filter(b => b.start > sentence.start && b.start < sentence.end)
        .map(b => b.start)
        .sort((a, b) => a - b);
    const spans: Span[] = [];
    let start = sentence.start;
    for (const cut of cuts) {
        if (cut > start) {
            spans.push({ start, end: cut });
            start = cut;
        }
    }
    spans.push({ start, end: sentence.end });
    return spans;
}

/**
 * Asides: a bracketed stretch, or a relative clause set off by commas (", who has no income,").
 * `openers` are where a comma-aside starts; it runs to the next comma or the end of its clause.
 */
export function asideSpans(masked: string, clause: Span, openers: readonly Span[]): Span[] {
    const asides: Span[] = [];
    for (let i = clause.start; i < clause.end; i++) {
        if (masked[i] === '(') {
            const close = masked.indexOf(')', i);
            const end = close >= 0 && close < clause.end ? close + 1 : clause.end;
            asides.push({ start: i, end });
            i = end - 1;
        }
    }
    for (const opener of openers) {
        if (opener.start < clause.start || opener.start >= clause.end) {
            continue;
        }
        const comma = masked.indexOf(',', opener.end);
        asides.push({ start: opener.start, end: comma >= 0 && comma < clause.end ? comma + 1 : clause.end });
    }
    return asides.sort((a, b) => a.start - b.start);
}

/** Whether a span lies inside another (the toolkit's `within`, for one outer span). */
export function within(inner: Span, outer: Span): boolean {
    return withinAny(inner, [outer]);
}

export { overlaps };

/** How many words lie between two offsets. */
export function wordsBetween(text: string, from: number, to: number): number {
    if (to <= from) {
        return 0;
    }
    return (text.slice(from, to).match(/[\p{L}\p{N}]+/gu) ?? []).length;
}
