import type { AstNode, CstNode, LangiumDocument, LeafCstNode } from 'langium';
import { CstUtils, GrammarAST, GrammarUtils } from 'langium';
import type { Fix, FixEdit } from '../../core/finding.js';
import { RECOVERY_MARKER } from '../../parsing/syntax-messages.js';

/*
 * Where a fix can put its text so that the parser reads it as the drafter will.
 *
 * On a text the parser read completely any place between two sentences will do. On a text with a
 * syntax error two things take inserted text in:
 * - a sentence the parser could not finish (no full stop): whatever follows it, up to the next
 *   sentence the parser can read, becomes part of it, so a section added after it is lost;
 * - a quotation mark that is never closed: the first quotation mark of the inserted text closes it,
 *   and everything in between (the fix's own words) becomes one quoted text.
 * A fix may not repair either (it never changes text it does not own), so it goes where neither
 * reaches: after the full stop of a sentence the parser finished, before any unclosed quotation
 * mark, and before a sentence the parser began to read (or the end of the order): text it skipped
 * there, such as a word after the last full stop ("…in writing.q") or a template header without
 * its name, would be read into the added section. And a fix that edits inside a sentence the
 * parser could not read is not offered at all: the syntax error comes first, and what the fix would
 * mean there cannot be known. Nor is one that edits in or after a block comment left open (`/*`
 * without its `*\/`): the drafter is likely still writing it, and once it is closed it holds
 * whatever the fix put there. A fix that cannot be placed safely is dropped, never offered broken.
 */

/** The lists whose items are sentences (each ending with a full stop), by the property that holds them. */
const SENTENCE_LISTS = new Set(['clauses', 'items', 'body', 'imports']);

interface Damage {
    /** Offsets of quotation marks the lexer could not pair (it skipped them), in order. */
    unclosedQuotes: number[];
    /** Offsets of the tokens at which the parser found an error (its own section-end insertions left out). */
    parserErrors: number[];
    /** How many errors the lexer found. */
    lexerErrors: number;
    /** The offset of the first block comment opened and never closed (its `/*` is skipped), if any. */
    unclosedComment: number | undefined;
}

const damageCache = new WeakMap<object, Damage>();

function damageOf(document: LangiumDocument): Damage {
    const result = document.parseResult;
    let damage = damageCache.get(result);
    if (!damage) {
        const text = document.textDocument.getText();
        const unclosedQuotes = result.lexerErrors
            .filter(error => /^["\u201C\u201D]/.test(text.slice(error.offset, error.offset + (error.length || 1))))
            .map(error => error.offset)
            .sort((a, b) => a - b);
        const parserErrors = result.parserErrors
            .filter(error => error.message !== RECOVERY_MARKER)
            .map(error => Number.isFinite(error.token.startOffset) ? error.token.startOffset : text.length)
            .sort((a, b) => a - b);
        // The lexer reads a block comment only with its closing `*\/`: an opening one it skipped is never closed.
        const unclosedComment = result.lexerErrors
            .filter(error => text.startsWith('/*', error.offset))
            .reduce<number | undefined>((first, error) => first === undefined || error.offset < first ? error.offset : first, undefined);
        damage = { unclosedQuotes, parserErrors, lexerErrors: result.lexerErrors.length, unclosedComment };
        damageCache.set(result, damage);
    }
    return damage;
}

function hasQuote(text: string): boolean {
    return /["\u201C\u201D]/.test(text);
}

/** Whether a quotation mark the lexer could not pair comes before `offset`. */
function unclosedQuoteBefore(document: LangiumDocument, offset: number): boolean {
    const first = damageOf(document).unclosedQuotes[0];
    return first !== undefined && first < offset;
}

function isSentence(node: AstNode | undefined): boolean {
    return !!node?.$containerProperty && SENTENCE_LISTS.has(node.$containerProperty);
}

/**
 * Whether `leaf` ends a sentence the parser finished: the full stop that closes a clause, a
 * section's item, an import or an order's opening sentence, or the header of a section
 * (`on breach:`, `rights:`) after which its items begin.
 */
function endsSentence(leaf: LeafCstNode | undefined): boolean {
    if (!leaf || leaf.hidden || !GrammarAST.isKeyword(leaf.grammarSource)) {
        return false;
    }
    const node = leaf.astNode;
    if (leaf.text === '.') {
        if (isSentence(node)) {
            return node.$cstNode?.end === leaf.end;
        }
        // The order's opening sentence: its first full stop of its own.
        return node.$type === 'Order' && GrammarUtils.findNodeForKeyword(node.$cstNode, '.') === leaf;
    }
    if (node.$type === 'Breach' || node.$type === 'Rights') {
        const colon = GrammarUtils.findNodeForKeyword(node.$cstNode, ':');
        if (colon) {
            return colon === leaf;
        }
        const header = GrammarUtils.findNodeForKeyword(node.$cstNode, node.$type === 'Breach' ? 'breach' : 'rights');
        // `rights` without its colon is a header only at the start of a line: elsewhere the lexer
        // reads a sentence after it on the next line as one whose full stop is missing (parsing/lexer.ts).
        return header === leaf && (node.$type === 'Breach' || startsLine(leaf));
    }
    return false;
}

/** Whether only blank space comes before a token on its line. */
function startsLine(leaf: LeafCstNode): boolean {
    const text = leaf.root.fullText;
    const lineStart = Math.max(text.lastIndexOf('\n', leaf.offset - 1), text.lastIndexOf('\r', leaf.offset - 1)) + 1;
    return /^\s*$/.test(text.slice(lineStart, leaf.offset));
}

/**
 * Whether inserting `text` at `offset` puts it where the parser reads it as written: right after
 * (or in the blank space after) the end of a sentence the parser finished and before the start of
 * one it began (or the end of the text), with no unclosed quotation mark before it when the text
 * has quotation marks of its own.
 */
export function isSafeInsertion(document: LangiumDocument, offset: number, text: string): boolean {
    const root = document.parseResult.value.$cstNode;
    if (!root || (hasQuote(text) && unclosedQuoteBefore(document, offset))) {
        return false;
    }
    const source = document.textDocument.getText();
    // Back over the blank space (and comments) before the offset, to the token it follows.
    let leaf = CstUtils.findLeafNodeBeforeOffset(root, Math.max(0, offset - 1));
    while (leaf && leaf.hidden) {
        leaf = leaf.offset > 0 ? CstUtils.findLeafNodeBeforeOffset(root, leaf.offset - 1) : undefined;
    }
    if (!leaf || leaf.end > offset || !/^\s*$/.test(source.slice(leaf.end, offset).replace(/\/\/[^\n\r]*|\/\*[\s\S]*?\*\//g, ''))) {
        return false;
    }
    return endsSentence(leaf) && startsSentenceAfter(document, root, offset);
}

/**
 * Whether what comes after `offset` (past blank space and comments) is the end of the text or the
 * first token of a sentence, section, order or template the parser began there, finished or not:
 * then an added sentence or section ends at its own last full stop and the parser reads on as
 * before. Text the parser did not read (a token it skipped in its recovery, which is in no
 * sentence; characters the lexer skipped) may be read into whatever is added before it, so no
 * insertion goes there.
 */
function startsSentenceAfter(document: LangiumDocument, root: CstNode, offset: number): boolean {
    const source = document.textDocument.getText();
    const { unclosedComment } = damageOf(document);
    let at = offset;
    for (;;) {
        // (Blank space as the lexer skips it: the grammar's WS, /\s+/.)
        while (at < source.length && /\s/.test(source[at])) {
            at++;
        }
        if (at >= source.length) {
            return true;
        }
        if (unclosedComment !== undefined && at >= unclosedComment) {
            return false;
        }
        const leaf = CstUtils.findLeafNodeAtOffset(root, at);
        if (!leaf || leaf.offset !== at || leaf.length === 0) {
            return false;
        }
        if (!leaf.hidden) {
            return startsSentence(leaf);
        }
        at = leaf.end;
    }
}

/** Whether `leaf` is the first token of a sentence (see SENTENCE_LISTS), an order or a template. */
function startsSentence(leaf: LeafCstNode): boolean {
    let node: AstNode | undefined = leaf.astNode;
    while (node?.$cstNode && node.$cstNode.offset === leaf.offset) {
        if (isSentence(node) || node.$type === 'Order' || node.$type === 'Template') {
            return true;
        }
        node = node.$container;
    }
    return false;
}

/**
 * The last place at or before `offset` where an insertion of `text` is safe (see isSafeInsertion),
 * among the ends of the given sentences and headers (in the order they are written); undefined when
 * there is none.
 */
export function safeInsertionAmong(document: LangiumDocument, ends: ReadonlyArray<CstNode | undefined>, text: string): CstNode | undefined {
    for (let i = ends.length - 1; i >= 0; i--) {
        const end = ends[i];
        if (end && isSafeInsertion(document, end.end, text)) {
            return end;
        }
    }
    return undefined;
}

/** The smallest sentence that holds `offset` (its first token to its last). */
function sentenceAt(document: LangiumDocument, offset: number): AstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    const leaf = root ? CstUtils.findLeafNodeAtOffset(root, offset) ?? CstUtils.findLeafNodeBeforeOffset(root, offset) : undefined;
    let node: AstNode | undefined = leaf?.astNode;
    while (node && !isSentence(node) && node.$type !== 'Order') {
        node = node.$container;
    }
    return node;
}

/**
 * Whether the parser read a sentence completely: it ends with its full stop (a section, with its
 * last item) and no syntax error lies in it or at the token that should have ended it.
 */
function isWhole(document: LangiumDocument, sentence: AstNode): boolean {
    const cst = sentence.$cstNode;
    if (!cst) {
        return false;
    }
    const { parserErrors } = damageOf(document);
    const next = CstUtils.getNextNode(cst, false);
    const until = next ? next.offset : document.textDocument.getText().length;
    if (parserErrors.some(offset => offset >= cst.offset && offset <= until)) {
        return false;
    }
    if (sentence.$type === 'Order') {
        return endsSentence(GrammarUtils.findNodeForKeyword(cst, '.') as LeafCstNode | undefined);
    }
    if (sentence.$type === 'Breach' || sentence.$type === 'Rights') {
        return true;
    }
    const last = lastLeaf(cst);
    return last?.text === '.';
}

function lastLeaf(node: CstNode): LeafCstNode | undefined {
    let last: LeafCstNode | undefined;
    for (const leaf of CstUtils.flattenCst(node)) {
        if (!leaf.hidden) {
            last = leaf;
        }
    }
    return last;
}

/** Whether an edit of a fix can be relied on to do what its title says (see the top of this file). */
export function isDependableEdit(document: LangiumDocument, edit: FixEdit): boolean {
    const text = document.textDocument;
    const start = text.offsetAt(edit.range.start);
    const end = text.offsetAt(edit.range.end);
    if (hasQuote(edit.newText) && unclosedQuoteBefore(document, start)) {
        return false;
    }
    const { unclosedComment } = damageOf(document);
    if (unclosedComment !== undefined && (end > unclosedComment || start >= unclosedComment)) {
        return false;
    }
    if (start === end && isSafeInsertion(document, start, edit.newText)) {
        return true;
    }
    const sentence = sentenceAt(document, start);
    return !sentence || isWhole(document, sentence);
}

/**
 * The fixes of a finding that can be relied on in this document: on a text the lexer and the parser
 * read completely, all of them; else those whose every edit is dependable (isDependableEdit).
 */
export function dependableFixes(fixes: Fix[] | undefined, document: LangiumDocument): Fix[] | undefined {
    if (!fixes?.length) {
        return fixes;
    }
    const { lexerErrors, parserErrors } = damageOf(document);
    if (lexerErrors === 0 && parserErrors.length === 0) {
        return fixes;
    }
    return fixes.filter(fix => fix.edits.every(edit => isDependableEdit(document, edit)));
}
