import type { AstNode, CstNode, LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';
import { CstUtils, isLeafCstNode } from 'langium';
import { RECOVERY_MARKER } from '../parsing/syntax-messages.js';

/**
 * Small helpers over the concrete syntax tree that several editor features share.
 */

/** The first token of a node as written (comments and tokens the parser made up left out). */
export function firstToken(node: AstNode | undefined): CstNode | undefined {
    return node?.$cstNode ? tokensOf(node.$cstNode)[0] : undefined;
}

/** The last token of a node as written. */
export function lastToken(node: AstNode | undefined): CstNode | undefined {
    const tokens = node?.$cstNode ? tokensOf(node.$cstNode) : [];
    return tokens[tokens.length - 1];
}

/** The tokens under a CST node, in order, without comments and without recovery insertions. */
export function tokensOf(cst: CstNode): CstNode[] {
    return CstUtils.streamCst(cst)
        .filter(n => isLeafCstNode(n) && !n.hidden && isReal(n))
        .toArray();
}

/** Comments under a CST node (block and line comments), in order. */
export function commentsOf(cst: CstNode): CstNode[] {
    return CstUtils.streamCst(cst)
        .filter(n => isLeafCstNode(n) && n.hidden && isReal(n) && /^\/[/*]/.test(n.text))
        .toArray();
}

function isReal(node: CstNode): boolean {
    return Number.isFinite(node.offset) && node.length > 0;
}

/**
 * Whether the text could be read: no unknown characters and no sentence the parser skipped. The
 * grammar's section ends are insertions the parser always makes (see SECTION_END); they are not errors.
 */
export function hasSyntaxErrors(document: LangiumDocument): boolean {
    const result = document.parseResult;
    return result.lexerErrors.length > 0 || result.parserErrors.some(error => error.message !== RECOVERY_MARKER);
}

/** The text of a STRING token without its quotes (straight or curly). */
export function unquote(text: string): string {
    if (text.startsWith('"') && text.endsWith('"') && text.length >= 2) {
        return text.slice(1, -1).replace(/\\(.)/g, '$1');
    }
    if (text.startsWith('\u201C') && text.endsWith('\u201D')) {
        return text.slice(1, -1);
    }
    return text;
}

/** From a node's first token to its last, comments around it left out. */
export function rangeOf(node: AstNode | undefined): Range | undefined {
    const first = firstToken(node);
    const last = lastToken(node);
    return first && last ? { start: first.range.start, end: last.range.end } : undefined;
}

/** The first `length` UTF-16 units of a text, one fewer if that would cut a character in two. */
export function sliceWhole(text: string, length: number): string {
    const end = Math.max(0, Math.min(length, text.length));
    const last = text.charCodeAt(end - 1);
    return end > 0 && end < text.length && last >= 0xd800 && last <= 0xdbff ? text.slice(0, end - 1) : text.slice(0, end);
}
