import type { TextLanguage } from './language.js';
import type { Span } from './phrase.js';
import { escapeRegExp, literally, vocabularyFor, wordsInEveryLanguage } from './vocabulary.js';

/**
 * Features of a text that are formats rather than vocabulary: sentences, clock times, addresses,
 * names. The code holds the structure; the words come from vocabulary/slots.json (street words,
 * titles, clock words, words that are no names) and vocabulary/formats.json (abbreviations, clock
 * units, the words of a range of hours, name connectors, clause breaks, the suffixes of a French
 * house number).
 */

/**
 * The words of a formats.json list in every language: these formats read each language's words
 * in every text (the sentence splitter knows no language at all).
 */
function everyLanguage(list: string): string[] {
    return wordsInEveryLanguage('formats', list);
}

/** A value computed on first use. */
function once<T>(make: () => T): () => T {
    let value: T | undefined;
    return () => (value ??= make());
}

/**
 * Abbreviations whose full stop does not end a sentence: a listed abbreviation or a single letter
 * (an initial, "s. 3"), read in the few characters before the stop, as many as the longest
 * abbreviation has.
 */
const abbreviations = once(() => {
    const words = everyLanguage('abbreviation');
    return {
        pattern: new RegExp(`(?:\\b(?:${literally(words)}|[a-z]))\\.$`, 'i'),
        reach: Math.max(1, ...words.map(word => word.length))
    };
});

/**
 * Sentences of a text, as spans. A sentence ends at `;`, or at `.`, `!` or `?` followed by a space
 * and a capital letter or digit, or at the end; a full stop after an abbreviation ("Ms.", "p.m.",
 * "s.") or inside a number does not end one.
 */
export function sentences(text: string): Span[] {
    const result: Span[] = [];
    let start = 0;
    for (let i = 0; i < text.length; i++) {
        const c = text.charAt(i);
        let end = false;
        if (c === ';') {
            end = true;
        } else if (c === '.' || c === '!' || c === '?') {
            const rest = text.slice(i + 1);
            const next = /^\s+(\S)/.exec(rest);
            if (rest.trim() === '') {
                end = true;
            } else if (next && /[\p{Lu}\d"'“(]/u.test(next[1]) && !(c === '.' && abbreviatedAt(text, i))) {
                end = true;
            }
        }
        if (end) {
            if (text.slice(start, i + 1).trim()) {
                result.push({ start, end: i + 1 });
            }
            start = i + 1;
        }
    }
    if (text.slice(start).trim()) {
        result.push({ start, end: text.length });
    }
    return result;
}

/** Whether the full stop at an offset closes an abbreviation. */
function abbreviatedAt(text: string, stop: number): boolean {
    const { pattern, reach } = abbreviations();
    return pattern.test(text.slice(Math.max(0, stop - reach), stop + 1));
}

/** The sentence that contains an offset. */
export function sentenceAt(spans: readonly Span[], offset: number): Span {
    return spans.find(span => offset >= span.start && offset < span.end) ?? spans[spans.length - 1] ?? { start: 0, end: 0 };
}

function wordsOf(language: TextLanguage, list: string): string[] {
    return [...vocabularyFor(language).words('slots', list)];
}

/** A regular expression alternation of single words with `*` wildcards. */
function alternation(words: string[]): string {
    return words.map(word => word.split('*').map(escapeRegExp).join('\\p{L}*')).join('|');
}

/** Every match of each (global) pattern in the text, pattern by pattern. */
function matchesOf(patterns: readonly RegExp[], text: string): Span[] {
    const spans: Span[] = [];
    for (const pattern of patterns) {
        pattern.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = pattern.exec(text)) !== null) {
            spans.push({ start: match.index, end: match.index + match[0].length });
        }
    }
    return spans;
}

/**
 * Units of the clock (formats.json), as an alternation in which each full stop is optional
 * ("a.m." also reads "am" and "a.m"). Shortest first: where nothing follows the unit in the
 * expression, the first form that fits is read ("20:00 hrs" reads as far as "20:00 h").
 */
function unitAlternation(...lists: string[]): string {
    const units = [...new Set(lists.flatMap(everyLanguage))].sort((a, b) => a.length - b.length);
    return units.length > 0 ? units.map(unit => unit.split('.').map(escapeRegExp).join('\\.?')).join('|') : '(?!)';
}

/** A clock word as compared with the units: without quotes and full stops ("'a.m.'" is "am"). */
function unitKey(word: string): string {
    return word.replace(/^'|'$/g, '').replace(/\./g, '');
}

const clockUnits = once(() => ({
    /** After an hour on the 24-hour clock ("22 Uhr"). */
    hour: unitAlternation('clock-unit'),
    /** After a time with minutes ("20:00 Uhr", "20:00 hrs", "8:30 p.m."). */
    minutes: unitAlternation('clock-unit', 'clock-suffix', 'twelve-hour'),
    /** The 12-hour clock ("8 pm"). */
    twelveHour: unitAlternation('twelve-hour'),
    /** After the second hour of a range ("between 8 and 10 pm"). */
    range: unitAlternation('clock-unit', 'twelve-hour'),
    /** Units are read by the patterns after a number; a clock word that is one is no time alone. */
    keys: new Set(['clock-unit', 'clock-suffix', 'twelve-hour'].flatMap(everyLanguage).map(unitKey))
}));

/** A range of hours, whose first number is a time too ("zwischen 8 und 12 Uhr", "between 8 and 10 pm"). */
const hourRange = once(() => {
    const from = literally(everyLanguage('time-range-from'));
    const to = literally(everyLanguage('time-range-to'));
    return `(?:${from})\\s+(\\d{1,2})(?:[:.]\\d\\d)?\\s+(?:${to})\\s+\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:${clockUnits().range})`;
});

const CLOCK_CACHE = new Map<TextLanguage, RegExp[]>();

/** Clock times ("19:00", "8 pm", "22 Uhr", "20h30", "midnight"), as spans. */
export function clockTimes(text: string, language: TextLanguage): Span[] {
    let patterns = CLOCK_CACHE.get(language);
    if (!patterns) {
        const units = clockUnits();
        const words = wordsOf(language, 'clock-word').filter(word => !units.keys.has(unitKey(word)));
        patterns = [
            new RegExp(`(?<![\\d:.])(?:[01]?\\d|2[0-4])[:.h][0-5]\\d(?![\\d:])(?:\\s*(?:${units.minutes}))?`, 'giu'),
            new RegExp(`(?<![\\d:.])(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?\\s*(?:${units.twelveHour})(?![\\p{L}])`, 'giu'),
            new RegExp(`(?<![\\d:.])(?:[01]?\\d|2[0-4])\\s*(?:${units.hour})(?![\\p{L}\\d])`, 'giu'),
            ...(words.length ? [new RegExp(`(?<![\\p{L}])(?:${alternation(words)})(?![\\p{L}])`, 'giu')] : [])
        ];
        CLOCK_CACHE.set(language, patterns);
    }
    const spans = matchesOf(patterns, text);
    const window = new RegExp(hourRange(), 'giu');
    let match: RegExpExecArray | null;
    while ((match = window.exec(text)) !== null) {
        const start = match.index + match[0].indexOf(match[1], match[0].search(/\s/));
        spans.push({ start, end: start + match[1].length });
    }
    return dedupe(spans);
}

function dedupe(spans: Span[]): Span[] {
    const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    const result: Span[] = [];
    for (const span of sorted) {
        const last = result[result.length - 1];
        if (last && span.start < last.end) {
            continue;
        }
        result.push(span);
    }
    return result;
}

/** Whether the text states daily hours: two clock times, or a whole-day phrase. */
export function statesDailyHours(text: string, language: TextLanguage): boolean {
    return clockTimes(text, language).length >= 2 || vocabularyFor(language).get('slots', 'all-day').test(text);
}

const ADDRESS_CACHE = new Map<TextLanguage, RegExp[]>();

/** Postal addresses: a house number with a street word, or a postcode with a town. */
export function addresses(text: string, language: TextLanguage): Span[] {
    let patterns = ADDRESS_CACHE.get(language);
    if (!patterns) {
        const street = alternation(wordsOf(language, 'street-word'));
        patterns = language === 'de'
            ? [
                new RegExp(`\\p{L}*(?:${street})\\.?\\s+\\d+[a-z]?`, 'giu'),
                /\b\d{4,5}\s+\p{Lu}\p{L}+/gu
            ]
            : language === 'fr'
                ? [
                    // "12 bis rue …": a second house of the same number (formats.json `house-number-suffix`).
                    new RegExp(`\\b\\d+\\s*(?:${literally([...vocabularyFor(language).words('formats', 'house-number-suffix')])})?,?\\s+(?:${street})\\b(?:\\s+[\\p{L}'’-]+){1,4}`, 'giu'),
                    /\b\d{4,5}\s+\p{Lu}\p{L}+/gu
                ]
                : [
                    new RegExp(`\\b\\d+[a-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${street})\\b`, 'gu'),
                    new RegExp(`\\b\\d+[a-z]?,?\\s+(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}(?:${street})\\b`, 'giu'),
                    /\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b/g,
                    /\b\d{5}(?:-\d{4})?\b/g
                ];
        ADDRESS_CACHE.set(language, patterns);
    }
    return dedupe(matchesOf(patterns, text));
}

/**
 * The words of names (formats.json): connectors, words that may sit inside a name without breaking
 * it ("Royal Cornhill Hospital", "Restos du Coeur"); and the abbreviated titles whose full stop
 * starts no sentence ("Mr. Smith"), read in the few characters before the name, enough for the
 * longest title, its stop and the boundary before it.
 */
const nameWords = once(() => {
    const titles = everyLanguage('title-abbreviation');
    return {
        connectors: new Set(everyLanguage('name-connector')),
        titles: {
            pattern: new RegExp(`\\b(?:${literally(titles)})\\.$`, 'i'),
            reach: Math.max(5, ...titles.map(title => title.length + 1))
        }
    };
});

/** German common nouns written in capitals (formats.json `acronym`), which are no names: "GPS", "PKW". */
const germanAcronym = once(() => new RegExp(`^(?:${literally([...vocabularyFor('de').words('formats', 'acronym')].map(word => word.toUpperCase()))})\\b`));

/**
 * Proper names: what a drafter writes to identify a place, a provider, a programme or a person.
 * English and French: a capitalised word that does not start a sentence (or two in a row that
 * do), not a weekday, a month or a common word of orders. German capitalises every noun, so
 * there: a word in capitals ("NEUSTART"), a hyphenated name ("Bremen-Hemelingen"), or two or more
 * capitalised words in a row not at the start of a sentence ("Beratungsstelle Innsbruck").
 */
export function names(text: string, language: TextLanguage): Span[] {
    const notName = vocabularyFor(language).words('slots', 'not-name');
    const titles = vocabularyFor(language).words('slots', 'title');
    const { connectors, titles: abbreviatedTitles } = nameWords();
    const acronym = language === 'de' ? germanAcronym() : undefined;
    const tokens: Array<{ start: number; end: number; word: string; sentenceStart: boolean }> = [];
    const wordPattern = /[\p{L}\d][\p{L}\d'’.-]*/gu;
    let match: RegExpExecArray | null;
    while ((match = wordPattern.exec(text)) !== null) {
        let word = match[0];
        while (/[.'’-]$/.test(word)) {
            word = word.slice(0, -1);
        }
        // What comes before the word, read backwards from it (reading the whole prefix for every
        // word made this quadratic in the text's length): the last character that is not a space,
        // and the few before it, enough for the longest abbreviation and the boundary before it.
        let last = match.index - 1;
        while (last >= 0 && /\s/.test(text.charAt(last))) {
            last--;
        }
        const tail = text.slice(Math.max(0, last - abbreviatedTitles.reach), last + 1);
        const sentenceStart = last < 0 || /[.:;!?(\-–—"“]$/.test(tail) && !abbreviatedTitles.pattern.test(tail);
        tokens.push({ start: match.index, end: match.index + word.length, word, sentenceStart });
    }
    const isCapital = (word: string) => /^\p{Lu}/u.test(word);
    const spans: Span[] = [];
    let run: typeof tokens = [];
    const flush = () => {
        // Not part of the name: a common word that starts the sentence ("Attend the …"), connectors at the edges.
        while (run.length > 0 && (notName.has(run[0].word.toLowerCase()) || connectors.has(run[0].word.toLowerCase()))) {
            run.shift();
        }
        while (run.length > 0 && connectors.has(run[run.length - 1].word.toLowerCase())) {
            run.pop();
        }
        if (run.length === 0) {
            return;
        }
        const meaningful = run.filter(token => !notName.has(token.word.toLowerCase()) && !titles.has(token.word.toLowerCase().replace(/\.$/, '')));
        let accept: boolean;
        if (language === 'de') {
            accept = run.some(token => /^\p{Lu}{2,}/u.test(token.word) && !acronym?.test(token.word))
                || run.some(token => /^\p{Lu}\p{Ll}+-\p{Lu}/u.test(token.word))
                || run.filter(token => !token.sentenceStart && !notName.has(token.word.toLowerCase())).length >= 2;
        } else {
            const first = run[0];
            accept = meaningful.length > 0 && (!first.sentenceStart || run.length >= 2 && meaningful.length >= 2 || /^\p{Lu}{2,}/u.test(first.word));
        }
        if (accept) {
            spans.push({ start: run[0].start, end: run[run.length - 1].end });
        }
        run = [];
    };
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (isCapital(token.word) || /^\d/.test(token.word) && run.length > 0 && language !== 'de') {
            if (token.sentenceStart && run.length > 0) {
                flush();
            }
            run.push(token);
        } else if (run.length > 0 && connectors.has(token.word.toLowerCase()) && i + 1 < tokens.length && isCapital(tokens[i + 1].word) && !/[,;:]/.test(text.slice(token.end, tokens[i + 1].start))) {
            run.push(token);
        } else {
            flush();
        }
        // A comma ends a name ("Exeter, Devon" are two).
        if (run.length > 0 && i + 1 < tokens.length && /[,;:()]/.test(text.slice(token.end, tokens[i + 1].start))) {
            flush();
        }
    }
    flush();
    return spans;
}

/** Whether the text names something: a proper name or a postal address. */
export function namesSomething(text: string, language: TextLanguage, span?: Span): boolean {
    const inside = (s: Span) => !span || s.start >= span.start && s.end <= span.end;
    return names(text, language).some(inside) || addresses(text, language).some(inside);
}

/** What ends the clause a negation governs: a comma, a semicolon or a conjunction (formats.json `clause-break`). */
const clauseBreaks = once(() => `[,;]|\\s(?:${literally(everyLanguage('clause-break'))})\\s`);

/**
 * The spans a negation governs: from a negating word to the end of its clause (a comma, a
 * semicolon, "and", "but" or the end of the sentence). Duties inside them are prohibitions.
 */
export function negatedSpans(text: string, language: TextLanguage, sentence: Span): Span[] {
    const negations = vocabularyFor(language).get('lexicon', 'negation').find(text, sentence);
    if (language === 'de') {
        // German puts the negating verb at either end ("hat ... zu unterlassen", "Es wird untersagt, ..."):
        // a negation governs its whole sentence.
        return negations.length > 0 ? [sentence] : [];
    }
    const breaks = new RegExp(clauseBreaks(), 'giu');
    return negations.map(negation => {
        breaks.lastIndex = negation.end;
        const scope = text.slice(0, sentence.end);
        let end = sentence.end;
        let match: RegExpExecArray | null;
        while ((match = breaks.exec(scope)) !== null) {
            // "Do not, without reasonable excuse, contact ...": a comma right after the negation does not close it.
            if (match.index - negation.end < 3 && match[0] === ',') {
                continue;
            }
            end = match.index;
            break;
        }
        return { start: negation.start, end };
    });
}

/** Whether a span lies within any of some spans. */
export function within(span: Span, spans: readonly Span[]): boolean {
    return spans.some(outer => span.start >= outer.start && span.end <= outer.end);
}

/** Whether two spans overlap. */
export function overlaps(a: Span, b: Span): boolean {
    return a.start < b.end && b.start < a.end;
}
