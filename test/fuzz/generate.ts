import { GrammarAST } from 'langium';
import type { CorpusEntry } from './corpus.js';
import { Random } from './prng.js';

/**
 * The inputs of a fuzz run: orders written by a random walk over the language's own grammar (so the
 * generator follows the grammar as it changes), and the examples and docs' orders broken the ways a
 * drafter's half-written text is broken (cuts, swaps, repeated clauses, keywords in the wrong place,
 * unterminated strings, lone surrogates, RTL and zero-width marks, impossible dates and times, huge
 * numbers). Input `i` of seed `s` depends only on `s`, `i`, the grammar and the corpus.
 */
export interface FuzzInput {
    index: number;
    /** How it was made ("grammar", "examples/x.sanction + cut, surrogate"). */
    origin: string;
    text: string;
}

/** Values the terminals take: ordinary ones, and the ones that break things. */
const STRINGS = [
    '"12 Acacia Road, Exeter EX1 1AA"', '"Exeter Crown Court"', '"Probation Service"', '"Jane Doe"', '"the victim"',
    '"not to contact the victim"', '"to behave well"', '"not to enter licensed premises"', '"Criminal Justice Act 2003, s. 177"',
    '"order the person to report"', '"on breach: hearing."', '""', '" "', '"a \\" quote"', '"trailing backslash \\\\"',
    '\u201Ccurly quoted text\u201D', '"Zoë Łukasiewicz"', '"\u05E9\u05DC\u05D5\u05DD"', '"\u202Eevil\u202C"', '"zero\u200Bwidth"',
    '"line\nbreak"', '"Rule 23 and Rules 3, 22 and 34"', '"until further order"', '"English"', '"../library.sanction"'
];
const DATES = ['2026-03-14', '2026-01-01', '2025-12-31', '2024-02-29', '2026-02-30', '2026-13-01', '2026-00-10', '0000-00-00', '9999-99-99', '2026-04-31', '1900-02-29'];
const TIMES = ['19:00', '07:00', '00:00', '23:59', '24:00', '25:00', '23:60', '99:99', '0:00', '7:30'];
const INTS = ['0', '1', '2', '6', '12', '28', '40', '120', '500', '9999', '2147483648', '9007199254740993', '99999999999999999999', '1' + '0'.repeat(40)];
const NAMES = ['home-curfew', 'standard-curfew', 'address', 'length', 'start', 'end', 'hours', 'x', 'a-b', 'English', 'Polish', 'EUR', 'order', 'Zoë'];

/** The words of the language, for "a keyword in the wrong place". */
export function keywordsOf(grammar: GrammarAST.Grammar): string[] {
    const words = new Set<string>();
    for (const rule of grammar.rules) {
        if (GrammarAST.isParserRule(rule)) {
            walk(rule.definition, element => {
                if (GrammarAST.isKeyword(element)) {
                    words.add(element.value);
                }
            });
        }
    }
    return [...words].sort();
}

function walk(element: GrammarAST.AbstractElement | undefined, visit: (element: GrammarAST.AbstractElement) => void): void {
    if (!element) {
        return;
    }
    visit(element);
    if (GrammarAST.isGroup(element) || GrammarAST.isAlternatives(element) || GrammarAST.isUnorderedGroup(element)) {
        element.elements.forEach(e => walk(e, visit));
    } else if (GrammarAST.isAssignment(element)) {
        walk(element.terminal, visit);
    } else if (GrammarAST.isCrossReference(element)) {
        walk(element.terminal, visit);
    }
}

/** A random walk over the grammar from its entry rule: a list of tokens, joined as a drafter lays them out. */
export class GrammarWalker {
    private readonly rules = new Map<string, GrammarAST.AbstractRule>();
    private readonly entry: GrammarAST.ParserRule;

    constructor(grammar: GrammarAST.Grammar) {
        for (const rule of grammar.rules) {
            this.rules.set(rule.name, rule);
        }
        const entry = grammar.rules.find((r): r is GrammarAST.ParserRule => GrammarAST.isParserRule(r) && r.entry);
        if (!entry) {
            throw new Error('the grammar has no entry rule');
        }
        this.entry = entry;
    }

    generate(random: Random): string {
        const tokens: string[] = [];
        this.element(this.entry.definition, random, tokens, 0);
        return layout(tokens, random);
    }

    private element(element: GrammarAST.AbstractElement, random: Random, out: string[], depth: number): void {
        const times = this.times(element, random, depth);
        for (let i = 0; i < times; i++) {
            this.once(element, random, out, depth);
        }
    }

    private times(element: GrammarAST.AbstractElement, random: Random, depth: number): number {
        const deep = depth > 12;
        switch (element.cardinality) {
            case '?': return random.chance(deep ? 0.2 : 0.55) ? 1 : 0;
            case '*': return deep ? 0 : random.count(0, 14, 0.65);
            case '+': return deep ? 1 : random.count(1, 14, 0.55);
            default: return 1;
        }
    }

    private once(element: GrammarAST.AbstractElement, random: Random, out: string[], depth: number): void {
        if (GrammarAST.isKeyword(element)) {
            out.push(element.value);
        } else if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
            for (const e of element.elements) {
                this.element(e, random, out, depth + 1);
            }
        } else if (GrammarAST.isAlternatives(element)) {
            this.element(random.pick(element.elements), random, out, depth + 1);
        } else if (GrammarAST.isAssignment(element)) {
            this.element(element.terminal, random, out, depth + 1);
        } else if (GrammarAST.isCrossReference(element)) {
            out.push(random.pick(NAMES));
        } else if (GrammarAST.isRuleCall(element)) {
            const rule = element.rule.ref ?? this.rules.get(element.rule.$refText);
            if (GrammarAST.isParserRule(rule)) {
                this.element(rule.definition, random, out, depth + 1);
            } else if (GrammarAST.isTerminalRule(rule)) {
                const value = terminalValue(rule.name, random);
                if (value) {
                    out.push(value);
                }
            }
        }
        // Actions produce no text.
    }
}

function terminalValue(name: string, random: Random): string | undefined {
    switch (name) {
        case 'STRING': return random.pick(STRINGS);
        case 'DATE': return random.pick(DATES);
        case 'TIME': return random.pick(TIMES);
        case 'INT': return random.pick(INTS);
        case 'ID': return random.pick(NAMES);
        default: return undefined; // SECTION_END is never written
    }
}

/** Tokens as a drafter writes them: a sentence a line, sections' items indented, now and then odd spacing. */
function layout(tokens: string[], random: Random): string {
    let text = '';
    let indent = '';
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        const previous = tokens[i - 1];
        if (i > 0) {
            if (previous === '.' || previous === ':') {
                text += '\n' + (random.chance(0.05) ? '\n' : '') + indent;
            } else if (token !== '.' && token !== ',' && token !== ':' && token !== ')' && previous !== '(' && token !== '(') {
                text += random.chance(0.03) ? '\n    ' : ' ';
            }
        }
        text += token;
        if (token === ':') {
            indent = '  ';
        } else if (token === 'order' || token === 'template') {
            indent = '';
        }
    }
    return text + '\n';
}

// ---------------------------------------------------------------------------------------------
// Mutations
// ---------------------------------------------------------------------------------------------

type Mutation = (text: string, random: Random, context: MutationContext) => string;

interface MutationContext {
    keywords: string[];
    corpus: CorpusEntry[];
}

const MARKS = ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u202A', '\u202B', '\u202D', '\u202E', '\u2066', '\u2067', '\u2069', '\uFEFF', '\u00A0', '\u2028', '\u0000', '\u0007', '\r', '\t', '\u001B'];
const SURROGATES = ['\uD800', '\uDBFF', '\uDC00', '\uDFFF', '\uD83D', '\uDE00', '\uDE00\uD83D'];

function lines(text: string): string[] {
    return text.split('\n');
}

/** A position in the text, more often at a token boundary than inside one. */
function position(text: string, random: Random): number {
    if (text.length === 0) {
        return 0;
    }
    if (random.chance(0.5)) {
        const boundaries = [...text.matchAll(/[\s.,:"()]/g)].map(m => m.index ?? 0);
        if (boundaries.length > 0) {
            return random.pick(boundaries);
        }
    }
    return random.int(0, text.length);
}

function insertAt(text: string, at: number, piece: string): string {
    return text.slice(0, at) + piece + text.slice(at);
}

/** Replaces one match of a pattern, picked at random, by what `replace` gives. */
function replaceOne(text: string, pattern: RegExp, random: Random, replace: (found: string) => string): string | undefined {
    const matches = [...text.matchAll(pattern)];
    if (matches.length === 0) {
        return undefined;
    }
    const match = random.pick(matches);
    const at = match.index ?? 0;
    return text.slice(0, at) + replace(match[0]) + text.slice(at + match[0].length);
}

export const MUTATIONS: Record<string, Mutation> = {
    cut: (text, random) => text.slice(0, random.int(0, text.length)),
    'cut-line': (text, random) => {
        const all = lines(text);
        return all.slice(0, random.int(0, all.length)).join('\n');
    },
    'drop-line': (text, random) => {
        const all = lines(text);
        all.splice(random.int(0, Math.max(0, all.length - 1)), 1);
        return all.join('\n');
    },
    'drop-span': (text, random) => {
        const at = position(text, random);
        return text.slice(0, at) + text.slice(Math.min(text.length, at + random.int(1, 40)));
    },
    swap: (text, random) => {
        const all = lines(text);
        if (all.length < 2) {
            return text;
        }
        const i = random.int(0, all.length - 1);
        const j = random.int(0, all.length - 1);
        [all[i], all[j]] = [all[j], all[i]];
        return all.join('\n');
    },
    repeat: (text, random) => {
        const all = lines(text);
        const i = random.int(0, Math.max(0, all.length - 1));
        // Now and then very many: what is quadratic in the clauses of an order shows at a few thousand.
        const times = random.weighted([[60, random.int(2, 5)], [30, random.int(10, 60)], [10, random.int(100, 400)], [2, random.int(1000, 4000)]] as const);
        all.splice(i, 0, ...Array.from({ length: times }, () => all[i]));
        return all.join('\n');
    },
    'repeat-block': (text, random) => {
        const all = lines(text);
        const i = random.int(0, Math.max(0, all.length - 1));
        const block = all.slice(i, i + random.int(2, 8));
        const times = random.int(2, 20);
        all.splice(i, 0, ...Array.from({ length: times }, () => block).flat());
        return all.join('\n');
    },
    keyword: (text, random, context) => insertAt(text, position(text, random), ` ${random.pick(context.keywords)} `),
    'keyword-line': (text, random, context) => {
        const all = lines(text);
        const words = Array.from({ length: random.int(1, 4) }, () => random.pick(context.keywords));
        all.splice(random.int(0, all.length), 0, `${random.chance(0.5) ? '  ' : ''}${words.join(' ')}${random.chance(0.5) ? '.' : ''}`);
        return all.join('\n');
    },
    'replace-word': (text, random, context) => replaceOne(text, /[A-Za-z][A-Za-z-]*/g, random, () => random.pick(context.keywords)) ?? text,
    'misspell': (text, random) => replaceOne(text, /[A-Za-z]{3,}/g, random, word => {
        const at = random.int(0, word.length - 1);
        return random.pick([word.slice(0, at) + word.slice(at + 1), word.toUpperCase(), word[0].toUpperCase() + word.slice(1), word + word.slice(-1)]);
    }) ?? text,
    'unterminated-string': (text, random) => replaceOne(text, /"(\\.|[^"\\])*"/g, random, s => s.slice(0, -1)) ?? insertAt(text, position(text, random), '"'),
    quote: (text, random) => insertAt(text, position(text, random), random.pick(['"', '\u201C', '\u201D', '\\', '/*', '*/', '//'])),
    surrogate: (text, random) => {
        const inString = replaceOne(text, /"(\\.|[^"\\])*"/g, random, s => insertAt(s, random.int(1, Math.max(1, s.length - 1)), random.pick(SURROGATES)));
        return inString && random.chance(0.7) ? inString : insertAt(text, random.int(0, text.length), random.pick(SURROGATES));
    },
    'split-pair': (text, random) => {
        const emoji = '\uD83D\uDE00';
        const withPair = replaceOne(text, /"(\\.|[^"\\])*"/g, random, s => insertAt(s, 1, emoji)) ?? text + emoji;
        return withPair;
    },
    mark: (text, random) => insertAt(text, random.int(0, text.length), random.pick(MARKS).repeat(random.int(1, 3))),
    'impossible-date': (text, random) => replaceOne(text, /\d{4}-\d{2}-\d{2}/g, random, () => random.pick(['2026-02-30', '2026-13-01', '2026-00-00', '0000-00-00', '9999-99-99', '2026-04-31', '2023-02-29']))
        ?? insertAt(text, position(text, random), ' made on 2026-02-30.'),
    'impossible-time': (text, random) => replaceOne(text, /\d{1,2}:\d{2}/g, random, () => random.pick(['25:00', '24:60', '99:99', '24:00', '0:60']))
        ?? insertAt(text, position(text, random), ' from 25:00 to 99:99'),
    'huge-number': (text, random) => replaceOne(text, /\b\d+\b(?!-|:)/g, random, () => random.pick(['0', '99999999999999999999', '9007199254740993', '1' + '0'.repeat(random.int(20, 400)), '2147483648', '4294967296']))
        ?? text,
    'long-string': (text, random) => replaceOne(text, /"(\\.|[^"\\])*"/g, random, s => `"${'a very long condition '.repeat(random.weighted([[80, random.int(10, 200)], [10, random.int(1000, 5000)], [2, random.int(10_000, 30_000)]] as const))}${s.slice(1)}`) ?? text,
    // A keyword where a template or parameter name belongs ("template curfew(…)").
    'keyword-name': (text, random, context) => replaceOne(text, /(?<=\b(?:template|apply)\s+)[A-Za-z][\w-]*|(?<=[(,]\s*)[A-Za-z][\w-]*(?=\s*:)/g, random, () => random.pick(context.keywords.filter(k => /^[a-z]/i.test(k))))
        ?? `template ${random.pick(context.keywords.filter(k => /^[a-z]/i.test(k)))}(a: text):\n${'  condition "x".\n'.repeat(random.int(1, 30))}${text}`,
    'control-char': (text, random) => insertAt(text, random.int(0, text.length), String.fromCharCode(random.int(0, 31))),
    crlf: text => text.replace(/\n/g, '\r\n'),
    'lone-cr': text => text.replace(/\n/g, '\r'),
    'curly-quotes': text => text.replace(/"((?:\\.|[^"\\])*)"/g, '\u201C$1\u201D'),
    'no-full-stop': (text, random) => replaceOne(text, /\.(?=\s*\n)/g, random, () => '') ?? text,
    'double-punctuation': (text, random) => replaceOne(text, /[.,:]/g, random, p => p + random.pick(['.', ',', ':', ';', '..'])) ?? text,
    splice: (text, random, context) => {
        const other = lines(random.pick(context.corpus).text);
        const start = random.int(0, Math.max(0, other.length - 1));
        const piece = other.slice(start, start + random.int(1, 10));
        const all = lines(text);
        all.splice(random.int(0, all.length), 0, ...piece);
        return all.join('\n');
    },
    'comment-out': (text, random) => {
        const all = lines(text);
        const i = random.int(0, Math.max(0, all.length - 1));
        all[i] = random.chance(0.5) ? `// ${all[i]}` : `/* ${all[i]}`;
        return all.join('\n');
    },
    'bom': text => '\uFEFF' + text,
    'nesting': (text, random) => insertAt(text, position(text, random), '('.repeat(random.int(10, 2000)))
};

const MUTATION_NAMES = Object.keys(MUTATIONS);

/** Inputs of a run: `generate(i)` is input i. */
export class InputGenerator {
    private readonly walker: GrammarWalker;
    private readonly context: MutationContext;

    constructor(private readonly seed: number, grammar: GrammarAST.Grammar, corpus: CorpusEntry[]) {
        this.walker = new GrammarWalker(grammar);
        this.context = { keywords: keywordsOf(grammar), corpus };
        if (corpus.length === 0) {
            throw new Error('no corpus: no examples and no ```sanction blocks in the docs');
        }
    }

    generate(index: number): FuzzInput {
        const random = Random.forInput(this.seed, index);
        const kind = random.weighted([[3, 'grammar'], [1, 'grammar+mutations'], [5, 'corpus'], [1, 'splice']] as const);
        let text: string;
        let origin: string;
        if (kind === 'grammar' || kind === 'grammar+mutations') {
            text = this.walker.generate(random);
            origin = 'grammar';
        } else {
            const entry = random.pick(this.context.corpus);
            text = entry.text;
            origin = entry.source;
            if (kind === 'splice') {
                const other = random.pick(this.context.corpus);
                text = `${text}\n${other.text}`;
                origin += ` + ${other.source}`;
            }
        }
        if (kind !== 'grammar') {
            const applied: string[] = [];
            for (let n = random.count(1, 5, 0.45); n > 0; n--) {
                const name = random.pick(MUTATION_NAMES);
                text = MUTATIONS[name](text, random, this.context);
                applied.push(name);
            }
            origin += ` + ${applied.join(', ')}`;
        }
        // A fuzz input stays small enough to run many: the big ones come from `repeat` and `long-string`.
        if (text.length > 400_000) {
            text = text.slice(0, 400_000);
        }
        return { index, origin, text };
    }
}
