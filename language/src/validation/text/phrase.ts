/**
 * Phrase patterns: the small notation the vocabulary files are written in, compiled to regular
 * expressions. A pattern is a list of tokens separated by spaces; matching ignores case and only
 * ever matches whole words (a word is a run of letters and digits; apostrophes and hyphens split
 * words, so "l'agent" and "department-approved" contain the words "agent" and "approved").
 *
 *   word          the word itself                           as directed
 *   wo*rd         * stands for any letters (0 or more)      behav* (behave, behaviour), *stätten
 *   a|b|c         one of several single words               officer|supervisor
 *   {a b|c d e}   one of several phrases (any notation)     {comply with|follow|abide by} instructions
 *   tok?          the token (word, list or group) may be absent   the? court, {in writing}?
 *   ~             any one word
 *   ~N            up to N words (0 to N); the skipped words   as ~3 directs
 *                 may follow commas, the next token a space
 *   <name>        any phrase of the lexicon list `name`     <num> <timeunit>
 *   <digits>      a number written in digits (1,000 / 2.5 / 19)
 *   , . : ; ( )   that punctuation mark, spaces before it allowed
 *   'text'        characters matched as written, not as a whole word: 'etc.', 'z. B.'
 *   =a|b          a listed word or any inflection of one   =person|individual (persons,
 *                 (the same Snowball stem, lemma.ts);      individual's), =ort (Ortes, Orten),
 *                 =*x: a German compound ending in x       =*stätte (Spielstätten)
 *   =!a|b         an adjective or adverb, its inflections   =!adequate (inadequate),
 *                 and its contrary by a negating prefix    =!angemessen (unangemessenen)
 *                 (lemma.ts: the listed form with one of the language's adjective endings,
 *                 grammar.json `adjective-ending`; no stemming, so "respect" is not "respectful")
 *                 (the stem is checked on the parse the expression finds: put `=` tokens first
 *                 or alone in a pattern; forms the stemmer keeps apart, "lieu" and "lieux", are
 *                 both listed)
 *
 * Alternatives of `|` may mix words, 'text' and <name>: `etc|'etc.'|<num>`.
 *
 * Single words of one `a|b|c` list are tried longest first ("hours" before "hour"). Phrases of a
 * {group} and entries of a <name> list are tried in the order written, and the first that matches
 * wins: write the longer phrase first ("estimera utiles" before "estimera").
 */

import { LruCache } from '../../core/lru.js';

export type Lexicon = Readonly<Record<string, readonly string[]>>;

/**
 * Letters and digits of the Latin, Greek and Cyrillic scripts. Matching runs on lower-cased text
 * without the `i` and `u` flags: V8 runs these expressions much faster than `\\p{L}` with `iu`.
 */
const LETTER_CLASS = '0-9A-Za-z\\u00aa\\u00b5\\u00ba\\u00c0-\\u00d6\\u00d8-\\u00f6\\u00f8-\\u024f\\u0370-\\u03ff\\u0400-\\u04ff\\u1e00-\\u1eff';
const LETTER = `[${LETTER_CLASS}]`;
const WORD_START = `(?<![${LETTER_CLASS}])`;
const WORD_END = `(?![${LETTER_CLASS}])`;
/** Between two words: spaces, or the apostrophe or hyphen that joins them ("l'agent", "co-operate"). */
const GAP = "(?:\\s+|\\s*['\u2019-]\\s*|(?<=['\u2019-]))";
/** Between words skipped by `~N`: the same, or a comma. */
const SKIP_GAP = "(?:\\s*,\\s*|\\s+|\\s*['\u2019-]\\s*)";
const DIGITS = '\\d+(?:[.,\\u00a0\\u202f ]\\d{3})*(?:[.,]\\d+)?';
const PUNCTUATION = new Set([',', '.', ':', ';', '(', ')']);

function escapeRegExp(text: string): string {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One word with `*` wildcards; an apostrophe matches either apostrophe. */
function wordSource(word: string): string {
    return word.split('*').map(part => escapeRegExp(part).replace(/'/g, "['\u2019]")).join(`${LETTER}*`);
}

/** The listed forms of one `=` token; `adjective` for `=!` (negating prefixes allowed). */
interface Lemma {
    forms: string[];
    adjective: boolean;
}

interface CompileState {
    lexicon: Lexicon;
    stack: string[];
    /** The listed forms of each `=` token, by capture group (the only groups that capture). */
    lemmas: Lemma[];
}

/** One letter, or its umlauted or accented twin ("Haus", "Häuser"; "établi", "etabli"). */
function looseLetter(c: string): string {
    const twins = ['aäàâ', 'oöô', 'uüùû', 'eéèêë', 'iîï', 'cç'].find(set => set.includes(c));
    return twins ? `[${twins}]` : escapeRegExp(c);
}

/**
 * A `=` token: one word whose first two letters could begin an inflection of a listed form (the
 * stem is compared after the match); any word for a compound head (`=*stätte`).
 */
function lemmaSource(token: string, state: CompileState): string {
    const adjective = token.startsWith('=!');
    const forms = token.slice(adjective ? 2 : 1).split('|').map(form => form.trim().toLowerCase()).filter(Boolean);
    if (forms.length === 0 || forms.some(form => !(adjective ? /^[\p{L}]+$/u : /^\*?[\p{L}]+$/u).test(form))) {
        throw new Error(`Malformed lemma token: ${token}`);
    }
    state.lemmas.push({ forms, adjective });
    // A negated adjective may begin with any prefix: any word is tried.
    const prefixes = adjective || forms.some(form => form.startsWith('*'))
        ? [`${LETTER}`]
        : [...new Set(forms.map(form => [...form.slice(0, 2)].map(looseLetter).join('')))];
    return `${WORD_START}(${prefixes.length === 1 ? prefixes[0] : `(?:${prefixes.join('|')})`}${LETTER}*)${WORD_END}`;
}

/** Splits a pattern into tokens: spaces separate, except inside {groups} and 'quoted text'. */
export function tokenize(pattern: string): string[] {
    const tokens: string[] = [];
    let current = '';
    let depth = 0;
    let quoted = false;
    for (let i = 0; i < pattern.length; i++) {
        const c = pattern.charAt(i);
        if (c === "'" && !quoted && depth === 0 && (current === '' || current.endsWith('|'))) {
            quoted = true;
        } else if (c === "'" && quoted && depth === 0) {
            quoted = false;
        } else if (!quoted && c === '{') {
            depth++;
        } else if (!quoted && c === '}') {
            depth--;
        } else if (!quoted && depth === 0 && /\s/.test(c)) {
            if (current) {
                tokens.push(current);
            }
            current = '';
            continue;
        }
        current += c;
    }
    if (current) {
        tokens.push(current);
    }
    if (depth !== 0 || quoted) {
        throw new Error(`Unbalanced braces or quotes in pattern: ${pattern}`);
    }
    return tokens;
}

/** Splits on `|` at the top level (not inside braces or quotes). */
function alternatives(text: string): string[] {
    const parts: string[] = [];
    let current = '';
    let depth = 0;
    let quoted = false;
    for (const c of text) {
        if (c === "'" && depth === 0 && (quoted || current === '')) {
            quoted = !quoted;
        } else if (!quoted && c === '{') {
            depth++;
        } else if (!quoted && c === '}') {
            depth--;
        } else if (!quoted && depth === 0 && c === '|') {
            parts.push(current);
            current = '';
            continue;
        }
        current += c;
    }
    parts.push(current);
    return parts.filter(part => part.length > 0);
}

/**
 * A token that stands for words: a single word, 'text', <name>, or a {group}. Plain words come
 * back without word boundaries, so that a list of them shares one pair (much faster to run).
 */
function alternativeSource(alternative: string, state: CompileState): { source: string; plain: boolean } {
    if (alternative.length > 2 && alternative.startsWith('{') && alternative.endsWith('}')) {
        const inner = alternatives(alternative.slice(1, -1)).map(part => phraseSource(part, state));
        return { source: `(?:${inner.join('|')})`, plain: false };
    }
    if (alternative.length > 2 && alternative.startsWith("'") && alternative.endsWith("'")) {
        return { source: escapeRegExp(alternative.slice(1, -1).toLowerCase()), plain: false };
    }
    if (alternative === '<digits>') {
        return { source: `${WORD_START}(?:${DIGITS})${WORD_END}`, plain: false };
    }
    const macro = /^<([a-z0-9-]+)>$/.exec(alternative);
    if (macro) {
        const name = macro[1];
        const entries = state.lexicon[name];
        if (!entries) {
            throw new Error(`Unknown lexicon list <${name}>`);
        }
        if (state.stack.includes(name)) {
            throw new Error(`Lexicon list <${name}> refers to itself`);
        }
        state.stack.push(name);
        const sources = entries.map(entry => phraseSource(entry, state));
        state.stack.pop();
        return { source: `(?:${sources.join('|')})`, plain: false };
    }
    if (/[<>{}]/.test(alternative)) {
        throw new Error(`Malformed token: ${alternative}`);
    }
    // An elided word ("l'", "qu'") runs straight into the next one: no end boundary.
    if (alternative.endsWith("'")) {
        return { source: `${WORD_START}${wordSource(alternative.toLowerCase())}`, plain: false };
    }
    return { source: wordSource(alternative.toLowerCase()), plain: true };
}

function tokenBody(token: string, state: CompileState): string {
    const parts = alternatives(token).map(alternative => alternativeSource(alternative, state));
    const plain = parts.filter(part => part.plain).map(part => part.source);
    const other = parts.filter(part => !part.plain).map(part => part.source);
    const sources = [...other];
    if (plain.length > 0) {
        // Longer words first, so that "hours" is preferred to "hour" at the same place.
        plain.sort((a, b) => b.length - a.length);
        sources.push(`${WORD_START}(?:${plain.join('|')})${WORD_END}`);
    }
    return sources.length === 1 ? sources[0] : `(?:${sources.join('|')})`;
}

function phraseSource(pattern: string, state: CompileState): string {
    const tokens = tokenize(pattern);
    let source = '';
    // While only optional tokens have been written, each carries the gap after it, so that the
    // phrase can start at whichever token is present.
    let leading = true;
    tokens.forEach(raw => {
        let token = raw;
        let optional = false;
        if (token.length > 1 && token.endsWith('?') && !token.endsWith("'")) {
            optional = true;
            token = token.slice(0, -1);
        }
        const tilde = /^~(\d*)$/.exec(token);
        let body: string;
        let punctuation = false;
        if (tilde) {
            const max = tilde[1] ? Number(tilde[1]) : 1;
            const min = tilde[1] ? 0 : 1;
            if (leading) {
                const rest = max > 1 ? `(?:${SKIP_GAP}${LETTER}+){0,${max - 1}}` : '';
                const words = `${WORD_START}${LETTER}+${rest}`;
                if (min === 0 || optional) {
                    source += `(?:${words}${SKIP_GAP})?`;
                } else {
                    source += words;
                    leading = false;
                }
            } else {
                // Skipped words bring their own gaps; the next token still needs one.
                const part = `(?:${SKIP_GAP}${LETTER}+){${min},${max}}`;
                source += optional ? `(?:${part})?` : part;
            }
            return;
        }
        if (PUNCTUATION.has(token)) {
            body = `\\s*${escapeRegExp(token)}`;
            punctuation = true;
        } else if (token.length > 1 && token.startsWith('=')) {
            body = lemmaSource(token, state);
        } else {
            body = tokenBody(token, state);
        }
        if (leading) {
            if (optional) {
                source += punctuation ? `(?:${body})?` : `(?:${body}${GAP})?`;
            } else {
                source += body;
                leading = false;
            }
        } else {
            const gap = punctuation ? '' : GAP;
            source += optional ? `(?:${gap}${body})?` : `${gap}${body}`;
        }
    });
    return `(?:${source})`;
}

/**
 * Lower case, one character for one (so offsets stay valid): a character whose lower case is
 * longer ("İ") is kept as it is. Curly apostrophes become straight ones.
 */
export function foldCase(text: string): string {
    let result = '';
    for (const c of text) {
        const lower = c.toLowerCase();
        const folded = lower.length === c.length ? lower : c;
        result += folded === '\u2019' || folded === '\u2018' ? "'" : folded;
    }
    return result;
}

/** The regular expression source of one phrase pattern. */
export function compilePhraseSource(pattern: string, lexicon: Lexicon = {}): string {
    return phraseSource(pattern, { lexicon, stack: [], lemmas: [] });
}

/**
 * Literal texts one of which every match of `pattern` contains (in folded text), or `undefined`
 * when no such set can be read off the pattern. `PhraseSet` skips a pattern whose literals are all
 * absent from a text without running its expression: most patterns never match most texts, and an
 * `indexOf` is far cheaper than a regular expression with look-behinds.
 *
 * The literals come from one token that every match must contain (not optional, not `~N`, not
 * punctuation): a plain word gives its longest run of letters between `*` wildcards, 'text' itself,
 * a `{group}` or a `<name>` list the union of what each of its phrases requires. `=` lemma tokens
 * and `<digits>` give nothing (an inflection or a number has no fixed text). Of the candidate
 * tokens, the one whose shortest literal is longest is taken.
 */
export function requiredLiterals(pattern: string, lexicon: Lexicon = {}): string[] | undefined {
    return literalsOf(pattern, lexicon, [])?.map(literal => literal.text);
}

/** A literal a match must contain; `word` when it must be a whole word (a run of letters) of the text. */
interface Literal {
    text: string;
    word: boolean;
}

function literalsOf(pattern: string, lexicon: Lexicon, stack: readonly string[]): Literal[] | undefined {
    let best: Literal[] | undefined;
    for (const raw of tokenize(pattern)) {
        if (raw.length > 1 && raw.endsWith('?') && !raw.endsWith("'")) {
            continue;
        }
        if (/^~\d*$/.test(raw) || PUNCTUATION.has(raw) || (raw.length > 1 && raw.startsWith('='))) {
            continue;
        }
        const literals = tokenLiterals(raw, lexicon, stack);
        if (literals && literals.length > 0 && (!best || shortest(literals) > shortest(best))) {
            best = literals;
        }
    }
    return best;
}

function shortest(literals: readonly Literal[]): number {
    return Math.min(...literals.map(literal => literal.text.length));
}

const WHOLE_WORD = new RegExp(`^${LETTER}+$`);

function tokenLiterals(token: string, lexicon: Lexicon, stack: readonly string[]): Literal[] | undefined {
    const result = new Map<string, Literal>();
    for (const alternative of alternatives(token)) {
        let literals: Literal[] | undefined;
        if (alternative.length > 2 && alternative.startsWith('{') && alternative.endsWith('}')) {
            literals = [];
            for (const phrase of alternatives(alternative.slice(1, -1))) {
                const inner = literalsOf(phrase, lexicon, stack);
                if (!inner) {
                    return undefined;
                }
                literals.push(...inner);
            }
        } else if (alternative.length > 2 && alternative.startsWith("'") && alternative.endsWith("'")) {
            literals = [{ text: alternative.slice(1, -1).toLowerCase(), word: false }];
        } else if (/^<([a-z0-9-]+)>$/.test(alternative)) {
            const name = alternative.slice(1, -1);
            const entries = lexicon[name];
            if (name === 'digits' || !entries || stack.includes(name)) {
                return undefined;
            }
            literals = [];
            for (const entry of entries) {
                const inner = literalsOf(entry, lexicon, [...stack, name]);
                if (!inner) {
                    return undefined;
                }
                literals.push(...inner);
            }
        } else {
            const lower = alternative.toLowerCase();
            const runs = lower.split('*').filter(run => run.length > 0);
            if (runs.length === 0) {
                return undefined;
            }
            // A plain word without wildcards is matched between word boundaries: a whole word of the text.
            literals = [{ text: runs.reduce((a, b) => (b.length > a.length ? b : a)), word: !lower.includes('*') && WHOLE_WORD.test(lower) }];
        }
        for (const literal of literals) {
            const kept = result.get(literal.text);
            // The same text as a word and as a part of a word: the weaker test holds for both.
            result.set(literal.text, kept ? { text: literal.text, word: kept.word && literal.word } : literal);
        }
    }
    return result.size > 0 ? [...result.values()] : undefined;
}

/** What a prefilter needs of a pattern: the whole words and the other texts one of which a match holds. */
interface Prefilter {
    words: readonly string[];
    substrings: readonly string[];
}

function prefilterOf(pattern: string, lexicon: Lexicon): Prefilter | undefined {
    const literals = literalsOf(pattern, lexicon, []);
    return literals && {
        words: literals.filter(literal => literal.word).map(literal => literal.text),
        substrings: literals.filter(literal => !literal.word).map(literal => literal.text)
    };
}

/** A text folded once, with the set of its words, for every phrase set that reads it. */
interface FoldedText {
    folded: string;
    words: Set<string>;
}

const WORD_RUN = new RegExp(`${LETTER}+`, 'g');
const folding = new LruCache<string, FoldedText>(4096);

function foldedText(text: string): FoldedText {
    return folding.getOrCompute(text, () => {
        const folded = foldCase(text);
        return { folded, words: new Set(folded.match(WORD_RUN) ?? []) };
    });
}

/** Whether a pattern with this prefilter can match in `scope` from `start` on (no prefilter: it may). */
function mayMatch(text: FoldedText, scope: string, start: number, prefilter: Prefilter | undefined): boolean {
    return prefilter === undefined
        || prefilter.words.some(word => text.words.has(word))
        || prefilter.substrings.some(literal => scope.includes(literal, start));
}

/** Whether a word is an inflection of a listed form (`=` tokens); lemma.ts gives one per language. */
export type InflectionTest = (word: string, listed: string, adjective?: boolean) => boolean;

export interface Span {
    start: number;
    end: number;
}

export interface PhraseMatch extends Span {
    text: string;
    /** The pattern that matched, as written in the vocabulary. */
    pattern: string;
}

/** A compiled list of phrase patterns. */
let nextPhraseSetId = 0;

export class PhraseSet {
    /** A small number unique to this set, for callers that remember results per set compactly. */
    readonly id = nextPhraseSetId++;
    private readonly compiled: Array<{ pattern: string; regex: RegExp; lemmas: Lemma[]; prefilter: Prefilter | undefined }>;

    /** `inflection` is needed by patterns with `=` tokens (without it they match only the listed forms). */
    /** `prefilter: false` runs every expression on every text (the reference the tests compare with). */
    constructor(readonly patterns: readonly string[], lexicon: Lexicon = {}, private readonly inflection?: InflectionTest, options: { prefilter?: boolean } = {}) {
        this.compiled = patterns.map(pattern => {
            const state: CompileState = { lexicon, stack: [], lemmas: [] };
            const source = phraseSource(pattern, state);
            return { pattern, regex: new RegExp(source, 'g'), lemmas: state.lemmas, prefilter: options.prefilter === false ? undefined : prefilterOf(pattern, lexicon) };
        });
    }

    /** Whether the words of the `=` tokens of a match are inflections of their listed forms. */
    private lemmasHold(match: RegExpExecArray, lemmas: Lemma[]): boolean {
        const inflection = this.inflection ?? ((word: string, listed: string) => word === listed);
        return lemmas.every(({ forms, adjective }, i) => {
            const word = match[i + 1];
            return word === undefined || forms.some(form => inflection(word, form, adjective));
        });
    }

    get size(): number {
        return this.compiled.length;
    }

    /** Every match of every pattern (overlaps included), in text order, longest first at one place. */
    findAll(text: string, span: Span = { start: 0, end: text.length }): PhraseMatch[] {
        const folded = foldedText(text);
        const scope = folded.folded.slice(0, span.end);
        const matches: PhraseMatch[] = [];
        for (const { pattern, regex, lemmas, prefilter } of this.compiled) {
            if (!mayMatch(folded, scope, span.start, prefilter)) {
                continue;
            }
            regex.lastIndex = span.start;
            let match: RegExpExecArray | null;
            while ((match = regex.exec(scope)) !== null) {
                if (match[0].length === 0) {
                    regex.lastIndex++;
                    continue;
                }
                if (lemmas.length > 0 && !this.lemmasHold(match, lemmas)) {
                    regex.lastIndex = match.index + 1;
                    continue;
                }
                let start = match.index;
                let end = match.index + match[0].length;
                while (start < end && /[\s,]/.test(text.charAt(start))) {
                    start++;
                }
                while (end > start && /[\s,]/.test(text.charAt(end - 1))) {
                    end--;
                }
                if (end > start) {
                    matches.push({ start, end, text: text.slice(start, end), pattern });
                }
                regex.lastIndex = match.index + 1;
            }
        }
        return matches.sort((a, b) => a.start - b.start || b.end - a.end);
    }

    /** Matches that do not overlap, preferring the one that starts first, then the longest. */
    find(text: string, span?: Span): PhraseMatch[] {
        const result: PhraseMatch[] = [];
        for (const match of this.findAll(text, span)) {
            const last = result[result.length - 1];
            if (last && match.start < last.end) {
                continue;
            }
            result.push(match);
        }
        return result;
    }

    test(text: string, span?: Span): boolean {
        const folded = foldedText(text);
        const scope = span ? folded.folded.slice(0, span.end) : folded.folded;
        return this.compiled.some(({ regex, lemmas, prefilter }) => {
            if (!mayMatch(folded, scope, span?.start ?? 0, prefilter)) {
                return false;
            }
            regex.lastIndex = span?.start ?? 0;
            let match: RegExpExecArray | null;
            while ((match = regex.exec(scope)) !== null) {
                if (lemmas.length === 0 || this.lemmasHold(match, lemmas)) {
                    return true;
                }
                regex.lastIndex = match.index + 1;
            }
            return false;
        });
    }
}
