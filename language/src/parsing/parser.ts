import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { EOF, getLookaheadPaths, MismatchedTokenException, NoViableAltException, tokenMatcher } from 'chevrotain';
import type { LangiumCompletionParser, LangiumCoreServices, LangiumParser } from 'langium';
import { createCompletionParser, createLangiumParser } from 'langium';
import { LruCache } from '../core/lru.js';

/**
 * The parsers, made cheaper on broken text, where each syntax error costs (a pasted page of quoted
 * text left unterminated is tens of thousands of them: 400 kB took 3.4 s to parse, now 1.5 s):
 *
 * - no stack traces for the exceptions error recovery throws;
 * - the token paths a "no viable alternative" message lists are computed once per place in the
 *   grammar, not at every error.
 *
 * Chevrotain recovers from a syntax error by throwing an exception and catching it further up;
 * capturing each one's stack trace was a third of the time spent parsing broken text (a pasted
 * page of quoted text left unterminated is tens of thousands of syntax errors). Those stacks are
 * never shown. Parsing is synchronous, so the limit is lowered for the parse alone; if the parser
 * itself fails, it parses again with stack traces, so that the failure is reported with its stack.
 */
export function createSanctionParser(services: LangiumCoreServices): LangiumParser {
    const parser = withoutRecoveryStacks(createLangiumParser(services));
    const wrapper = (parser as unknown as { wrapper?: unknown }).wrapper;
    cacheExpectedPaths(wrapper);
    cacheFollows(wrapper);
    recoverBySentence(wrapper);
    return withSkippedSentences(parser, wrapper);
}

export function createSanctionCompletionParser(services: LangiumCoreServices): LangiumCompletionParser {
    return withoutRecoveryStacks(createCompletionParser(services));
}

function withoutRecoveryStacks<P extends LangiumParser | LangiumCompletionParser>(parser: P): P {
    const parse = parser.parse.bind(parser) as (input: string, options?: object) => unknown;
    // `stackTraceLimit` is V8's (Node and Chromium); typed here so the browser build needs no Node types.
    const errors = Error as { stackTraceLimit?: number };
    const quiet = (input: string, options?: object) => {
        const limit = errors.stackTraceLimit;
        errors.stackTraceLimit = 0;
        try {
            return parse(input, options);
        } catch {
            errors.stackTraceLimit = limit;
            return parse(input, options);
        } finally {
            errors.stackTraceLimit = limit;
        }
    };
    parser.parse = quiet as P['parse'];
    return parser;
}

/** The members of Chevrotain's parser (13.x) that its `raiseNoAltException` uses. */
interface ChevrotainInternals {
    raiseNoAltException(occurrence: number, errMsgTypes: string | undefined): never;
    getCurrRuleFullName(): string;
    getGAstProductions(): Record<string, unknown>;
    maxLookahead: number;
    LA(i: number): IToken;
    errorMessageProvider: IParserErrorMessageProvider;
    SAVE_ERROR(error: Error): Error;
}

/**
 * Chevrotain's `raiseNoAltException`, with the lookahead paths of each alternation cached (they
 * depend only on the grammar: Chevrotain's own source has "consider caching" there). Installed only
 * when the parser has every member it uses; otherwise the parser is left as it is.
 */
function cacheExpectedPaths(wrapper: unknown): void {
    const chevrotain = wrapper as Partial<ChevrotainInternals> | undefined;
    const members = ['raiseNoAltException', 'getCurrRuleFullName', 'getGAstProductions', 'LA', 'SAVE_ERROR'] as const;
    if (!chevrotain || members.some(m => typeof chevrotain[m] !== 'function') || typeof chevrotain.maxLookahead !== 'number' || !chevrotain.errorMessageProvider) {
        return;
    }
    const cache = new Map<string, TokenType[][][]>();
    const parser = chevrotain as ChevrotainInternals;
    parser.raiseNoAltException = function (this: ChevrotainInternals, occurrence: number, errMsgTypes: string | undefined): never {
        const ruleName = this.getCurrRuleFullName();
        const key = `${ruleName}\u0000${occurrence}\u0000${this.maxLookahead}`;
        let paths = cache.get(key);
        if (!paths) {
            const rule = this.getGAstProductions()[ruleName] as Parameters<typeof getLookaheadPaths>[0]['rule'];
            paths = getLookaheadPaths({ occurrence, rule, prodType: 'Alternation', maxLookahead: this.maxLookahead });
            cache.set(key, paths);
        }
        const actual: IToken[] = [];
        for (let i = 1; i <= this.maxLookahead; i++) {
            actual.push(this.LA(i));
        }
        const previous = this.LA(0);
        const message = this.errorMessageProvider.buildNoViableAltMessage({
            expectedPathsPerAlt: paths,
            actual,
            previous,
            customUserDescription: errMsgTypes,
            ruleName
        });
        throw this.SAVE_ERROR(new NoViableAltException(message, this.LA(1), previous));
    };
}

/** Where Chevrotain (13.x) stands in the grammar when it asks what may follow a token. */
interface GrammarPath {
    ruleStack: string[];
    occurrenceStack: number[];
    lastTok: TokenType;
    lastTokOccurrence: number;
}

/**
 * Chevrotain's `getNextPossibleTokenTypes`, remembered per place in the grammar. Chevrotain asks
 * it at the end of every repetition whose next token is not the one it expects first (a clause
 * followed by another kind of clause, in a well-formed order too), and answers by walking the
 * grammar anew each time: that walk was a quarter of the time spent parsing 1,000 clean orders, most of it
 * at the `SECTION_END` that ends every order and breach section and never occurs (sanction.langium).
 * The answer depends only on the grammar and the path, which is the key; callers only read it.
 */
function cacheFollows(wrapper: unknown): void {
    const chevrotain = wrapper as { getNextPossibleTokenTypes?: (path: GrammarPath) => TokenType[] } | undefined;
    const walk = chevrotain?.getNextPossibleTokenTypes;
    if (!chevrotain || typeof walk !== 'function') {
        return;
    }
    // Bounded all the same: a recursive rule nested deep in broken text makes ever longer paths.
    const cache = new LruCache<string, TokenType[]>(4096);
    chevrotain.getNextPossibleTokenTypes = function (this: unknown, path: GrammarPath): TokenType[] {
        const key = `${path.ruleStack.join('/')}\u0000${path.occurrenceStack.join('/')}\u0000${path.lastTok.name}\u0000${path.lastTokOccurrence}`;
        let follows = cache.get(key);
        if (!follows) {
            follows = walk.call(this, path);
            cache.set(key, follows);
        }
        return follows;
    };
}

/** A sentence the parser could not read and skipped whole (from its first word to its full stop). */
export interface SkippedSentence {
    /** Offsets of its first character and one past its last. */
    readonly start: number;
    readonly end: number;
    /** Its words, as written. */
    readonly words: readonly string[];
}

const SKIPPED = Symbol('skippedSentences');

/**
 * The sentences the last parse of a document skipped: a check that reports something missing from
 * an order can ask whether the order holds a sentence that might have said it (see `recovery.ts`).
 */
export function skippedSentencesOf(parseResult: object): readonly SkippedSentence[] {
    return (parseResult as { [SKIPPED]?: SkippedSentence[] })[SKIPPED] ?? [];
}

function withSkippedSentences(parser: LangiumParser, wrapper: unknown): LangiumParser {
    const state = wrapper as { skippedSentences?: SkippedSentence[] } | undefined;
    if (!state) {
        return parser;
    }
    const parse = parser.parse.bind(parser) as (input: string, options?: object) => object;
    parser.parse = ((input: string, options?: object) => {
        state.skippedSentences = [];
        const result = parse(input, options);
        Object.defineProperty(result, SKIPPED, { value: state.skippedSentences, enumerable: false });
        state.skippedSentences = [];
        return result;
    }) as LangiumParser['parse'];
    return parser;
}

/** The members of Chevrotain's recovery (13.x) that sentence recovery replaces or uses. */
interface RecoveryInternals {
    LA(i: number): IToken;
    LA_FAST(i: number): IToken;
    SKIP_TOKEN(): IToken;
    flattenFollowSet(): TokenType[];
    exportLexerState(): number;
    importLexerState(state: number): void;
    tokenMatcher(token: IToken, type: TokenType): boolean;
    addToResyncTokens(token: IToken, tokens: IToken[]): IToken[];
    getCurrRuleFullName(): string;
    errorMessageProvider: IParserErrorMessageProvider;
    SAVE_ERROR(error: Error): Error;
    findReSyncTokenType(): TokenType;
    reSyncTo(type: TokenType): IToken[];
    tryInRepetitionRecovery(rule: (...args: unknown[]) => void, args: unknown[], lookahead: () => boolean, expected: TokenType): void;
    skippedSentences?: SkippedSentence[];
}

/**
 * Whether a token starts a sentence: the first token of the file, a token after a full stop or a
 * section's colon, or the first token of a line whose previous line did not end on a comma, `and`
 * or `or`. Only there does the parser pick up again after a sentence it cannot read, so a word in
 * the middle of a broken sentence (the "order" of "any order of your supervisor") never starts a
 * new clause, order or section.
 */
export function isSentenceStart(previous: IToken | undefined, token: IToken): boolean {
    if (token.tokenType === EOF || !previous || previous.tokenType === EOF) {
        return true;
    }
    if (previous.image === '.' || previous.image === ':' || (previous.image === '' && previous.tokenType.name === '.')) {
        return true;
    }
    const newLine = (token.startLine ?? 0) > (previous.endLine ?? 0);
    return newLine && previous.image !== ',' && previous.image !== 'and' && previous.image !== 'or';
}

/**
 * Chevrotain's re-synchronisation, made to pick up again only at the start of a sentence (see
 * `isSentenceStart`), and to skip an unreadable sentence whole. Installed only when the parser has
 * every member it uses.
 */
function recoverBySentence(wrapper: unknown): void {
    const chevrotain = wrapper as Partial<RecoveryInternals> | undefined;
    const members = ['LA', 'LA_FAST', 'SKIP_TOKEN', 'flattenFollowSet', 'exportLexerState', 'importLexerState', 'tokenMatcher',
        'addToResyncTokens', 'getCurrRuleFullName', 'SAVE_ERROR', 'findReSyncTokenType', 'reSyncTo', 'tryInRepetitionRecovery'] as const;
    if (!chevrotain || members.some(m => typeof chevrotain[m] !== 'function') || !chevrotain.errorMessageProvider) {
        return;
    }
    const parser = chevrotain as RecoveryInternals;
    parser.findReSyncTokenType = function (this: RecoveryInternals): TokenType {
        const follows = this.flattenFollowSet();
        for (let k = 1; ; k++) {
            const token = this.LA(k);
            if (token.tokenType === EOF) {
                return EOF;
            }
            if (isSentenceStart(this.LA(k - 1), token)) {
                const match = follows.find(type => tokenMatcher(token, type));
                if (match) {
                    return match;
                }
            }
        }
    };
    parser.reSyncTo = function (this: RecoveryInternals, type: TokenType): IToken[] {
        const skipped: IToken[] = [];
        let next = this.LA(1);
        while (next.tokenType !== EOF && !(this.tokenMatcher(next, type) && isSentenceStart(this.LA(0), next))) {
            next = this.SKIP_TOKEN();
            this.addToResyncTokens(next, skipped);
        }
        return skipped.slice(0, -1);
    };
    parser.tryInRepetitionRecovery = function (this: RecoveryInternals, rule, args, lookahead, expected): void {
        const resync = this.findReSyncTokenType();
        const saved = this.exportLexerState();
        const skipped: IToken[] = [];
        const first = this.LA(1);
        const report = () => {
            const message = this.errorMessageProvider.buildMismatchTokenMessage({
                expected, actual: first, previous: this.LA(0), ruleName: this.getCurrRuleFullName()
            });
            const error = new MismatchedTokenException(message, first, this.LA(0)) as MismatchedTokenException & { resyncedTokens?: IToken[] };
            error.resyncedTokens = skipped.slice(0, -1);
            this.SAVE_ERROR(error);
        };
        // A loop of sentences (an order's clauses, a section's lines, the file's orders) goes on only
        // at the start of a sentence; a loop inside a sentence (its parameters) at any word.
        const ofSentences = expected.name === 'SECTION_END' || expected === EOF;
        let current = first;
        for (;;) {
            const atStart = isSentenceStart(this.LA(0), current);
            if (this.tokenMatcher(current, expected)) {
                report();
                return;
            }
            if ((!ofSentences || (atStart && current !== first)) && lookahead.call(this)) {
                report();
                if (ofSentences) {
                    const words = [first, ...skipped.slice(0, -1)];
                    const last = words[words.length - 1];
                    this.skippedSentences?.push({ start: first.startOffset, end: (last.endOffset ?? last.startOffset) + 1, words: words.map(t => t.image).filter(w => w !== '') });
                }
                rule.apply(this, args);
                return;
            }
            if (current.tokenType === EOF || (atStart && this.tokenMatcher(current, resync))) {
                break;
            }
            current = this.SKIP_TOKEN();
            this.addToResyncTokens(current, skipped);
        }
        this.importLexerState(saved);
    };
}
