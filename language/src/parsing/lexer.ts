import type { ILexingError, IToken, TokenType } from 'chevrotain';
import type { GrammarAST, LangiumCoreServices, LexerResult, TokenizeOptions } from 'langium';
import { DefaultLexer, DefaultLexerErrorMessageProvider, DefaultTokenBuilder } from 'langium';
import { shown } from './syntax-messages.js';

/**
 * The lexer, with two repairs made while the text is read, so that one slip stays in its sentence:
 *
 * - Quoted text ends at the end of its line. An opening quote without a closing one is quoted text
 *   up to the end of that line, with an error at the quote; the words inside it stay words of the
 *   text (a free-text line holding "order" can never start a second order).
 * - A sentence whose full stop is missing ends where the next line starts a sentence of its own
 *   (`on breach:`, `requirement …`, `rights:` …): the lexer adds an empty full stop there and reports
 *   the missing one at the end of the sentence, on its own line. Only lines whose first words can
 *   only start a sentence count, and never after a comma, `and`, `or` or an opening bracket (the
 *   sentence plainly goes on).
 *
 * Both run for full parses only; completion reads the text as typed.
 *
 * Day names are keywords read whatever their case (`friday`, `FRIDAY`): see {@link SanctionTokenBuilder}.
 */
export class SanctionLexer extends DefaultLexer {
    private readonly fullStop: TokenType | undefined;
    private readonly id: TokenType | undefined;

    constructor(services: LangiumCoreServices) {
        super(withTokenBuilder(services, new SanctionTokenBuilder()));
        this.fullStop = this.definition['.'];
        this.id = this.definition['ID'];
    }

    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        if (this.id) {
            namesNotDays(result.tokens, this.id);
        }
        if (options?.mode === 'partial') {
            return result;
        }
        const errors: ILexingError[] = [...result.errors];
        for (const token of result.tokens) {
            if (token.tokenType.name === 'STRING' && !isClosedString(token.image)) {
                errors.push({
                    offset: token.startOffset,
                    line: token.startLine,
                    column: token.startColumn,
                    length: 1,
                    message: "This quoted text has no closing quote: add '\"' at its end (quoted text cannot run over the end of a line)."
                });
            }
        }
        const tokens = this.fullStop ? withFullStops(result.tokens, this.fullStop, errors) : result.tokens;
        errors.sort((a, b) => a.offset - b.offset);
        return { ...result, tokens, errors };
    }
}

/** The day names, as the grammar writes them (rule Weekday). */
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const WEEKDAY_SET = new Set(WEEKDAY_NAMES);

/**
 * The tokens of the grammar, with the day names matched whatever their case: drafters write
 * `friday` or `FRIDAY` as often as `Friday`. They stay keywords (highlighted, completed, and never a
 * name), and the value converter gives the model the name as the grammar writes it. Other keywords
 * keep their case: `Order` is not `order`.
 */
export class SanctionTokenBuilder extends DefaultTokenBuilder {
    protected override buildKeywordPattern(keyword: GrammarAST.Keyword, caseInsensitive: boolean): ReturnType<DefaultTokenBuilder['buildKeywordPattern']> {
        return WEEKDAY_SET.has(keyword.value) ? new RegExp(keyword.value, 'i') : super.buildKeywordPattern(keyword, caseInsensitive);
    }
}

/**
 * A day name written in another case than the grammar's (`sunday`) is a day only where a day can
 * stand: after `on`, or after `to`, `and` or `,` that follow a day (`Monday to friday`). Anywhere
 * else it is the name it was before day names were read in any case (`template sunday()`,
 * `apply sunday`, a parameter `friday`). A day name in the grammar's own case is a keyword
 * everywhere, as it always was.
 */
function namesNotDays(tokens: IToken[], id: TokenType): void {
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (!WEEKDAY_SET.has(token.tokenType.name) || token.image === token.tokenType.name) {
            continue;
        }
        const previous = tokens[i - 1]?.image;
        const dayBefore = i >= 2 && WEEKDAY_SET.has(tokens[i - 2].tokenType.name);
        if (previous === 'on' || ((previous === 'to' || previous === 'and' || previous === ',') && dayBefore)) {
            continue;
        }
        token.tokenType = id;
        token.tokenTypeIdx = id.tokenTypeIdx!;
    }
}

/**
 * The services the default lexer reads when it builds its tokens, with our token builder: the
 * lexer's token types are the ones the parsers use (they read `Lexer.definition`).
 */
function withTokenBuilder(services: LangiumCoreServices, tokenBuilder: DefaultTokenBuilder): LangiumCoreServices {
    const view = {
        Grammar: services.Grammar,
        LanguageMetaData: services.LanguageMetaData,
        parser: { LexerErrorMessageProvider: services.parser.LexerErrorMessageProvider, TokenBuilder: tokenBuilder }
    };
    return view as unknown as LangiumCoreServices;
}

/** Whether a STRING token has its closing quote (the grammar lets an unclosed one run to the line's end). */
export function isClosedString(image: string): boolean {
    if (image.startsWith('\u201C')) {
        return image.length >= 2 && image.endsWith('\u201D');
    }
    return /^"(\\[^\r\n]|[^"\\\r\n])*"$/.test(image);
}

/** Words after which a sentence plainly goes on to the next line (no sentence ends with `after`: `a warning after\n hearing the person`). */
const CONTINUES = new Set([',', 'and', 'or', '(', '=', '.', ':', 'after']);

/**
 * Whether the words at `i` can only start a sentence: a clause of an order, a line of the breach
 * or rights section, a new order, template or import. Words that also occur inside a sentence
 * (`on`, `in`, `consent`, `the`) count only with the word that follows them.
 */
function startsSentence(tokens: readonly IToken[], i: number): boolean {
    const first = tokens[i].image;
    const second = tokens[i + 1]?.image;
    const secondType = tokens[i + 1]?.tokenType.name;
    switch (first) {
        case 'requirement': case 'condition': case 'apply': case 'person': case 'offence': case 'under':
        case 'rights': case 'hearing':
            return true;
        case 'order': case 'import': return secondType === 'STRING';
        case 'template': return secondType === 'ID';
        case 'made': return second === 'on';
        case 'decided': case 'implemented': return second === 'by';
        case 'written': return second === 'in';
        case 'in': return second === 'force';
        case 'on': return second === 'breach';
        case 'early': return second === 'termination';
        case 'disclosure': return second === 'of';
        case 'costs': return second === 'borne';
        case 'appeal': case 'complaints': return second === 'to';
        case 'notice': return second === 'in';
        case 'credit': return second === 'for';
        case 'no': return second === 'credit';
        case 'minor': case 'significant': case 'any': return second === 'non-compliance';
        case 'the': return (second === 'deciding' && tokens[i + 2]?.image === 'authority' && tokens[i + 3]?.image === 'may')
            || (second === 'court' && tokens[i + 2]?.image === 'may');
        default: return false;
    }
}

function withFullStops(tokens: IToken[], fullStop: TokenType, errors: ILexingError[]): IToken[] {
    let out: IToken[] | undefined;
    for (let i = 1; i < tokens.length; i++) {
        const previous = tokens[i - 1];
        const token = tokens[i];
        if (needsFullStop(tokens, i)) {
            out ??= tokens.slice(0, i);
            const end = (previous.endOffset ?? previous.startOffset) + 1;
            out.push({
                image: '',
                startOffset: end,
                endOffset: end - 1,
                startLine: previous.endLine,
                endLine: previous.endLine,
                startColumn: (previous.endColumn ?? 0) + 1,
                endColumn: previous.endColumn,
                tokenTypeIdx: fullStop.tokenTypeIdx!,
                tokenType: fullStop
            });
            errors.push({
                offset: previous.startOffset,
                line: previous.startLine,
                column: previous.startColumn,
                length: previous.startLine === previous.endLine ? previous.image.length : 1,
                message: `Expected '.' to end the sentence after ${quoteWord(previous.image)}: the next line starts a new sentence.`
            });
        }
        out?.push(token);
    }
    return out ?? tokens;
}

function needsFullStop(tokens: readonly IToken[], i: number): boolean {
    const previous = tokens[i - 1];
    const token = tokens[i];
    if (token.startLine === undefined || previous.endLine === undefined || token.startLine <= previous.endLine) {
        return false;
    }
    if (CONTINUES.has(previous.image) || !startsSentence(tokens, i)) {
        return false;
    }
    const before = tokens[i - 2]?.image;
    // A template's documentation comes right after its header and takes no full stop.
    if (previous.tokenType.name === 'STRING' && (before === ':' || before === ')')) {
        return false;
    }
    // Nor does a section header (`on breach`, `rights`) written without its colon.
    return !((previous.image === 'breach' && before === 'on') || (previous.image === 'rights' && startsLine(tokens, i - 1)));
}

function startsLine(tokens: readonly IToken[], i: number): boolean {
    return i === 0 || (tokens[i].startLine ?? 0) > (tokens[i - 1].endLine ?? 0);
}

function quoteWord(image: string): string {
    return image.startsWith('"') || image.startsWith('\u201C') ? 'the quoted text' : `'${shown(image)}'`;
}

/** Characters the language has no use for, named as a drafter sees them (never offsets or arrows). */
export class SanctionLexerMessages extends DefaultLexerErrorMessageProvider {
    override buildUnexpectedCharactersMessage(fullText: string, startOffset: number, length: number): string {
        const text = fullText.substr(startOffset, Math.max(1, length));
        const what = text.length === 1 ? `character '${shown(text)}'` : `characters '${shown(text)}'`;
        return `Unexpected ${what}: it is not part of the language here. Put it inside quoted text ("…") or remove it.`;
    }
}
