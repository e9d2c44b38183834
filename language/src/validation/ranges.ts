import { AstUtils, type AstNode } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/** The range between two offsets of the document a node belongs to (a part of a text literal). */
export function rangeOfOffsets(node: AstNode, start: number, end: number): Range {
    const text = AstUtils.getDocument(node).textDocument;
    return { start: text.positionAt(start), end: text.positionAt(end) };
}
