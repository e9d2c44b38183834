import type { AstNode, CstNode, LangiumDocument } from 'langium';
import { AstUtils, GrammarUtils } from 'langium';
import type { Range } from 'vscode-languageserver-types';

/**
 * A string literal as written in a file, with the way back from a position in its value (what a
 * check reads) to a position in the file: the opening quote is one character, and every escape
 * (`\"`, `\\`) is two characters in the file for one in the value.
 */
export interface LiteralText {
    /** The value, as the parser gives it. */
    readonly value: string;
    /** The node the literal belongs to (for reporting), and the literal's own CST node. */
    readonly node: AstNode;
    readonly cst: CstNode;
    readonly document: LangiumDocument;
    /** The range in the file of the value's characters [start, end). */
    range(start: number, end: number): Range;
    /** The range in the file of the whole literal, quotes included. */
    readonly fullRange: Range;
}

/**
 * Offsets, relative to the literal's first character (the opening quote), of each character of
 * the value, plus one more entry for the closing quote. Mirrors Langium's string conversion: the
 * first and last characters are the quotes; a backslash makes the next character literal.
 */
export function valueOffsets(source: string): { value: string; offsets: number[] } {
    let value = '';
    const offsets: number[] = [];
    for (let i = 1; i < source.length - 1; i++) {
        const c = source.charAt(i);
        offsets.push(i);
        if (c === '\\' && i + 1 < source.length - 1) {
            i++;
            value += escaped(source.charAt(i));
        } else {
            value += c;
        }
    }
    offsets.push(Math.max(1, source.length - 1));
    return { value, offsets };
}

function escaped(c: string): string {
    switch (c) {
        case 'b': return '\b';
        case 'f': return '\f';
        case 'n': return '\n';
        case 'r': return '\r';
        case 't': return '\t';
        case 'v': return '\v';
        case '0': return '\0';
        default: return c;
    }
}

/**
 * Literals already read, by node and property. A node belongs to one parse of one text, so what is
 * read from it does not change; the checks ask for the same literal many times per validation, and
 * reading it anew made a new string each time (a new key for every text cache to hash).
 */
const READ = new WeakMap<AstNode, Map<string, LiteralText | undefined>>();

/** The literal behind a node's property (`text` of a condition, `description`, `class`, ...). */
export function literalOf(node: AstNode | undefined, property?: string): LiteralText | undefined {
    if (!node?.$cstNode) {
        return undefined;
    }
    let read = READ.get(node);
    if (!read) {
        read = new Map();
        READ.set(node, read);
    }
    const key = property ?? '';
    if (read.has(key)) {
        return read.get(key);
    }
    const literal = readLiteral(node, property);
    read.set(key, literal);
    return literal;
}

function readLiteral(node: AstNode, property: string | undefined): LiteralText | undefined {
    if (!node.$cstNode) {
        return undefined;
    }
    const cst = property ? GrammarUtils.findNodeForProperty(node.$cstNode, property) : node.$cstNode;
    if (!cst) {
        return undefined;
    }
    const document = AstUtils.getDocument(node);
    const source = cst.text;
    if (source.length < 2) {
        return undefined;
    }
    // Most literals have no escape: their value is the text between the quotes, and the offsets
    // are only worked out when a range is asked for (checks read many texts and report on few).
    const plain = !source.includes('\\');
    let mapped: { value: string; offsets: number[] } | undefined = plain ? undefined : valueOffsets(source);
    const value = mapped ? mapped.value : detached(source.slice(1, -1));
    const offsetsOf = () => (mapped ??= valueOffsets(source)).offsets;
    const base = cst.offset;
    const position = (offset: number) => document.textDocument.positionAt(base + offset);
    let full: Range | undefined;
    return {
        value,
        node,
        cst,
        document,
        range(start: number, end: number): Range {
            const offsets = offsetsOf();
            const from = offsets[Math.max(0, Math.min(start, offsets.length - 1))];
            // The end is exclusive: just after the last character of the value covered.
            const lastIndex = Math.max(start, end - 1);
            const last = offsets[Math.max(0, Math.min(lastIndex, offsets.length - 1))];
            const to = end > start ? last + (source.charAt(last) === '\\' ? 2 : 1) : from;
            return { start: position(from), end: position(Math.min(to, source.length - 1)) };
        },
        get fullRange(): Range {
            return full ??= { start: position(0), end: position(source.length) };
        }
    };
}

/**
 * The same text in a string of its own. A CST node's text is a slice of the whole document's text,
 * and V8 keeps a slice's whole parent alive: a cache of analyses keyed by such a text would keep
 * every document it ever saw (the CLI lets documents go once linted; issue 12). Concatenating
 * makes a rope, and slicing a rope first flattens it into a new string: the copy owns its text.
 */
function detached(text: string): string {
    return `${text} `.slice(0, -1);
}
