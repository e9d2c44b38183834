import type { AstNode, LangiumDocument, MaybePromise } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, Range, TextEdit
} from 'vscode-languageserver';
import type { Lexer } from 'langium';
import { GrammarUtils } from 'langium';
import { isBreach, isOrder, isRights, isSanctionFile, isTemplate, type OrderClause } from '../generated/ast.js';
import type { SanctionServices } from '../sanction-module.js';
import { guard } from './guard.js';
import { firstToken, hasSyntaxErrors } from './syntax.js';

/**
 * The house layout of an order, as the examples are written:
 *
 * - one sentence per line; orders and templates start at the margin, separated by a blank line;
 * - the items of `on breach:` and `rights:` and the body of a template are indented two spaces;
 * - a blank line before each group of sentences (the header, the person, the offence, the term
 *   and early termination, the requirements, conditions and applied templates, each section,
 *   costs …); inside a group the drafter's blank lines are kept (at most one);
 * - single spaces between words, `, ` after a comma, nothing before `.`, `,` or `:`.
 *
 * The formatter only ever rewrites the whitespace between tokens: it never adds, drops or moves a
 * token or a comment past another (a comment on a line of its own stays on a line of its own, a
 * comment after a sentence stays after it). A file with a syntax error is left alone: where the
 * parser could not read a sentence the layout would be a guess. So is a file the new layout would
 * make the lexer read otherwise: its repairs go by lines (a sentence without its full stop ends
 * where the next line starts a sentence; quoted text ends at the end of its line), so a line break
 * added where the parser had recovered silently (`template x()order …`) could add a full stop and
 * a syntax error. The formatted text is lexed again, and the layout is given only when it reads as
 * the same tokens and comments, the lexer's own full stops included: the parser reads nothing
 * else, so the order and its findings stay as they were. (Formatting only the part before the
 * first error was the other choice: it needs the same check, since the layout of that part can
 * change how the lexer reads it, and gives a half-formatted file.)
 */
export class SanctionFormatter implements Formatter {
    protected readonly lexer: Lexer;

    constructor(services: SanctionServices) {
        this.lexer = services.parser.Lexer;
    }

    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): MaybePromise<TextEdit[]> {
        return guard('formatting', [], () => this.layout(document));
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): MaybePromise<TextEdit[]> {
        // Checked again as a whole: part of the layout can change how the lexer reads the text where all of it does not.
        return guard('formatting', [], () => this.sameReading(document, this.gapEdits(document).filter(gap => within(gap.edit.range, params.range))));
    }

    formatDocumentOnType(_document: LangiumDocument, _params: DocumentOnTypeFormattingParams): MaybePromise<TextEdit[]> {
        return [];
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions | undefined {
        return undefined;
    }

    /** The edits that give the document the house layout; none when it cannot be read. */
    layout(document: LangiumDocument): TextEdit[] {
        return this.sameReading(document, this.gapEdits(document));
    }

    /** The edits, when the text they make is read as the same tokens as the document; else none. */
    protected sameReading(document: LangiumDocument, edits: OffsetEdit[]): TextEdit[] {
        if (edits.length === 0) {
            return [];
        }
        const text = document.textDocument.getText();
        let formatted = '';
        let at = 0;
        for (const edit of edits) {
            formatted += text.slice(at, edit.start) + edit.newText;
            at = edit.end;
        }
        formatted += text.slice(at);
        const before = this.reading(text);
        const after = this.reading(formatted);
        if (before.errors > 0 || after.errors > 0 || before.tokens.length !== after.tokens.length || before.tokens.some((token, i) => token !== after.tokens[i])) {
            return [];
        }
        return edits.map(gap => gap.edit);
    }

    /** The tokens and comments the lexer reads in a text (its own full stops as empty ones), in order. */
    private reading(text: string): { tokens: string[]; errors: number } {
        const lexed = this.lexer.tokenize(text);
        const tokens = [...lexed.tokens, ...(lexed.hidden ?? [])]
            .filter(t => t.tokenType.name !== 'WS')
            .sort((a, b) => a.startOffset - b.startOffset)
            .map(t => `${t.tokenType.name}:${t.image}`);
        return { tokens, errors: lexed.errors.length };
    }

    /** The changes of whitespace that give the document the house layout, in text order; none when it cannot be read. */
    protected gapEdits(document: LangiumDocument): OffsetEdit[] {
        const root = document.parseResult.value;
        if (!isSanctionFile(root) || hasSyntaxErrors(document)) {
            return [];
        }
        const text = document.textDocument.getText();
        const lexed = this.lexer.tokenize(text);
        if (lexed.errors.length > 0) {
            return [];
        }
        const tokens: Token[] = [...lexed.tokens, ...(lexed.hidden ?? [])]
            .map(t => ({ offset: t.startOffset, end: t.startOffset + t.image.length, text: t.image, comment: commentKind(t.image) }))
            .filter(t => t.end > t.offset)
            .sort((a, b) => a.offset - b.offset);
        if (tokens.length === 0) {
            return [];
        }
        const lines = lineStarts(root);
        const gaps = new Layout(text, tokens, lines).gaps();
        const edits: OffsetEdit[] = [];
        for (const gap of gaps) {
            const original = text.slice(gap.start, gap.end);
            // Only whitespace is the formatter's to change (the lexer read everything else as tokens).
            if (original !== gap.text && /^\s*$/.test(original)) {
                edits.push({
                    start: gap.start,
                    end: gap.end,
                    newText: gap.text,
                    edit: {
                        range: { start: document.textDocument.positionAt(gap.start), end: document.textDocument.positionAt(gap.end) },
                        newText: gap.text
                    }
                });
            }
        }
        return edits;
    }
}

/** An edit of the layout, by offsets (to build the formatted text) and as the editor takes it. */
interface OffsetEdit {
    start: number;
    end: number;
    newText: string;
    edit: TextEdit;
}

interface Token {
    offset: number;
    end: number;
    text: string;
    comment?: 'line' | 'block';
}

/** A token that starts a line of its own: a sentence, a section item, a template's documentation. */
interface LineStart {
    /** Indentation, in steps of two spaces. */
    level: number;
    /** Blank lines before it: exactly this many, or as the drafter wrote them (at most one). */
    blank: 0 | 1 | 'keep';
}

interface Gap {
    start: number;
    end: number;
    text: string;
}

const INDENT = '  ';

/** Groups of an order's sentences: a blank line goes between groups. */
function groupOf(clause: OrderClause): string {
    switch (clause.$type) {
        case 'MadeOn': case 'DecidingAuthority': case 'ImplementingAuthority': case 'LegalBasis': case 'OrderLanguage':
            return 'header';
        case 'Requirement': case 'Condition': case 'TemplateUse':
            return 'measures';
        case 'OrderTerm': case 'EarlyTermination':
            return 'term'; // how long the order runs and how it can end early
        case 'Breach': case 'Rights':
            return `section-${clause.$cstNode?.offset ?? ''}`; // every section stands apart
        default:
            return clause.$type;
    }
}

/** Where lines start, by the offset of their first token. */
function lineStarts(root: AstNode): Map<number, LineStart> {
    const starts = new Map<number, LineStart>();
    const add = (node: AstNode | undefined, level: number, blank: LineStart['blank']) => {
        const token = firstToken(node);
        if (token && !starts.has(token.offset)) {
            starts.set(token.offset, { level, blank });
        }
    };
    if (!isSanctionFile(root)) {
        return starts;
    }
    root.imports.forEach((imp, i) => add(imp, 0, i === 0 ? 1 : 'keep'));
    for (const element of root.elements) {
        add(element, 0, 1);
        if (isOrder(element)) {
            let previous = 'header';
            for (const clause of element.clauses) {
                const group = groupOf(clause);
                add(clause, 0, group === previous ? 'keep' : 1);
                previous = group;
                if (isBreach(clause) || isRights(clause)) {
                    const items: AstNode[] = clause.items;
                    items.forEach((item, i) => add(item, 1, i === 0 ? 0 : 'keep'));
                }
            }
        } else if (isTemplate(element)) {
            const documentation = GrammarUtils.findNodeForProperty(element.$cstNode, 'documentation');
            if (documentation) {
                starts.set(documentation.offset, { level: 1, blank: 0 });
            }
            element.body.forEach((item, i) => add(item, 1, i === 0 && element.documentation === undefined ? 0 : 'keep'));
        }
    }
    return starts;
}

class Layout {
    private readonly eol: string;
    /** The indentation level of the sentence each token belongs to, by token index. */
    private readonly clauseLevel: number[] = [];
    /** The blank-line rule a leading own-line comment takes over from the sentence it heads. */
    private readonly anchored = new Map<number, LineStart>();
    /** Own-line comments that head the sentence after them. */
    private readonly heads = new Set<number>();
    private readonly commentLevel = new Map<number, number>();

    constructor(private readonly text: string, private readonly tokens: Token[], private readonly starts: Map<number, LineStart>) {
        // The drafter's line ends: CRLF, LF, or (old Mac files) a lone CR, which editors and the lexer also end lines at.
        this.eol = text.includes('\r\n') ? '\r\n' : text.includes('\r') && !text.includes('\n') ? '\r' : '\n';
        let level = 0;
        for (const token of tokens) {
            const start = starts.get(token.offset);
            if (start && !token.comment) {
                level = start.level;
            }
            this.clauseLevel.push(level);
        }
        this.placeComments();
    }

    /** The whitespace before every token and after the last one. */
    gaps(): Gap[] {
        const gaps: Gap[] = [];
        const tokens = this.tokens;
        const bom = this.text.startsWith('\uFEFF') ? 1 : 0; // a byte order mark stays
        gaps.push({ start: bom, end: tokens[0].offset, text: '' });
        for (let i = 1; i < tokens.length; i++) {
            gaps.push({ start: tokens[i - 1].end, end: tokens[i].offset, text: this.gapBefore(i) });
        }
        gaps.push({ start: tokens[tokens.length - 1].end, end: this.text.length, text: this.eol });
        return gaps;
    }

    private gapBefore(i: number): string {
        const previous = this.tokens[i - 1];
        const token = this.tokens[i];
        const original = this.text.slice(previous.end, token.offset);
        if (token.comment) {
            if (!this.ownLine(i)) {
                return ' ';
            }
            const rule = this.anchored.get(i);
            return this.newLine(rule ? rule.blank : 'keep', original, this.commentLevel.get(i) ?? 0);
        }
        const start = this.starts.get(token.offset);
        if (start) {
            return this.newLine(this.heads.has(i - 1) ? 'keep' : start.blank, original, start.level);
        }
        if (previous.comment && (previous.comment === 'line' || hasLineBreak(original))) {
            // A sentence broken by a comment goes on, indented one step further.
            return this.newLine(0, original, this.clauseLevel[i] + 1);
        }
        return spaceBetween(previous.text, token.text);
    }

    private ownLine(i: number): boolean {
        return i === 0 || hasLineBreak(this.text.slice(this.tokens[i - 1].end, this.tokens[i].offset));
    }

    private newLine(blank: LineStart['blank'], original: string, level: number): string {
        const written = (original.match(LINE_BREAKS) ?? []).length;
        const blanks = blank === 'keep' ? Math.min(1, Math.max(0, written - 1)) : blank;
        return this.eol.repeat(1 + blanks) + INDENT.repeat(level);
    }

    /**
     * Comments on lines of their own that head a sentence take the sentence's indentation and the
     * blank lines before it; a comment after the last item of a section, indented as an item, stays
     * with the section. Comments inside a sentence are indented as its continuation.
     */
    private placeComments(): void {
        const tokens = this.tokens;
        for (let i = 0; i < tokens.length; i++) {
            if (!tokens[i].comment || !this.ownLine(i) || (i > 0 && tokens[i - 1].comment && this.ownLine(i - 1))) {
                continue;
            }
            // i starts a run of own-line comments; find what follows the run.
            let j = i;
            while (j < tokens.length && tokens[j].comment && (j === i || this.ownLine(j))) {
                j++;
            }
            const next = tokens[j];
            const start = next && !next.comment ? this.starts.get(next.offset) : undefined;
            const before = this.previousToken(i);
            const previousLevel = before === undefined ? 0 : this.clauseLevel[before];
            const indented = this.column(tokens[i].offset) > 0;
            let level: number;
            if (start && previousLevel > start.level && indented) {
                level = previousLevel; // the end of a section or template body, not the head of what follows
            } else if (start) {
                level = start.level;
                this.anchored.set(i, start);
                for (let k = i; k < j; k++) {
                    this.heads.add(k);
                }
            } else if (next) {
                level = this.clauseLevel[j] + 1;
            } else {
                level = previousLevel > 0 && indented ? previousLevel : 0;
            }
            for (let k = i; k < j; k++) {
                this.commentLevel.set(k, level);
            }
        }
    }

    private previousToken(i: number): number | undefined {
        for (let k = i - 1; k >= 0; k--) {
            if (!this.tokens[k].comment) {
                return k;
            }
        }
        return undefined;
    }

    private column(offset: number): number {
        const lineStart = Math.max(this.text.lastIndexOf('\n', offset - 1), this.text.lastIndexOf('\r', offset - 1)) + 1;
        return offset - lineStart;
    }
}

/** A line ends at CRLF, LF or a lone CR, for the lexer (a line comment stops there) as for the editor. */
const LINE_BREAKS = /\r\n|\r|\n/g;

function hasLineBreak(text: string): boolean {
    return text.includes('\n') || text.includes('\r');
}

function commentKind(image: string): Token['comment'] {
    return image.startsWith('//') ? 'line' : image.startsWith('/*') ? 'block' : undefined;
}

function spaceBetween(previous: string, next: string): string {
    if (next === '.' || next === ',' || next === ':' || next === ')' || next === '(' || previous === '(') {
        return '';
    }
    return ' ';
}

function within(inner: Range, outer: Range): boolean {
    const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}
