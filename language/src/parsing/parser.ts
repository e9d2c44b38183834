import type { IParserErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { getLookaheadPaths, NoViableAltException } from 'chevrotain';
import type { LangiumCompletionParser, LangiumCoreServices, LangiumParser } from 'langium';
import { createCompletionParser, createLangiumParser } from 'langium';

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
    cacheExpectedPaths((parser as unknown as { wrapper?: unknown }).wrapper);
    return parser;
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
