import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { EmptyFileSystem, TextDocument } from 'langium';
import { expectFormatting, parseHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { hasSyntaxErrors } from '../../language/src/lsp/syntax.js';
import { createSanctionServices } from '../../language/src/sanction-module.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const parse = parseHelper(services);
const EXAMPLES = resolve(__dirname, '../../examples');

function sanctionFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sanctionFiles(path) : path.endsWith('.sanction') ? [path] : [];
    }).sort();
}

async function format(text: string): Promise<string> {
    const document = await parse(text);
    const edits = await services.lsp.Formatter!.formatDocument(document, {
        textDocument: { uri: document.uri.toString() },
        options: { tabSize: 4, insertSpaces: true }
    });
    return TextDocument.applyEdits(document.textDocument, edits);
}

/** Every token and comment, as the lexer reads it: formatting must not change this. */
function tokenStream(text: string): string[] {
    const lexed = services.parser.Lexer.tokenize(text);
    return [...lexed.tokens, ...(lexed.hidden ?? [])]
        .sort((a, b) => a.startOffset - b.startOffset)
        .map(t => `${t.tokenType.name}:${t.image}`);
}

/**
 * An example with its layout shaken, tokens and comments untouched: sentences broken over lines,
 * spaces doubled or added before punctuation, indentation lost or added, blank lines doubled.
 */
function shaken(text: string): string {
    const lexed = services.parser.Lexer.tokenize(text);
    const tokens = [...lexed.tokens, ...(lexed.hidden ?? [])].sort((a, b) => a.startOffset - b.startOffset);
    let out = '';
    tokens.forEach((token, i) => {
        const previous = tokens[i - 1];
        const gap = previous ? text.slice(previous.startOffset + previous.image.length, token.startOffset) : '';
        const isComment = (t: typeof token) => t.image.startsWith('//') || t.image.startsWith('/*');
        if (!previous) {
            out += '  ';
        } else if (gap.includes('\n')) {
            out += (gap.split('\n').length > 2 ? '\n\n\n' : '\n') + (i % 2 ? '   ' : '');
        } else if (isComment(token) || isComment(previous)) {
            out += ' ';
        } else {
            out += ['  ', ' ', '\n    ', ' \t'][i % 4];
        }
        out += token.image;
    });
    return out + '\n\n';
}

const MESSY = [
    '   // A header comment.',
    '',
    '',
    '',
    'import   "library.sanction" .',
    'order "X" , community order .   made on 2026-01-01 . decided by "C".',
    '',
    '',
    '// About the person.',
    'person "P" ,convicted.',
    'in force for 3 months.',
    'requirement curfew, // where',
    '   at "1 Road",',
    ' from 19:00 to 07:00.',
    'requirement supervision, reporting weekly.',
    'on breach :',
    'minor non-compliance leads to a warning.',
    '    // The end of the breach section.',
    'rights: appeal to "A" within 28 days.',
    '/* A block',
    '      comment, kept as it is. */',
    'template t ( address : text , length: duration = 3 months ) : "Doc." requirement curfew, at address, from 19:00 to 07:00, for length.',
    '   // trailing comment   '
].join('\n');

const TIDY = [
    '// A header comment.',
    '',
    'import "library.sanction".',
    '',
    'order "X", community order.',
    'made on 2026-01-01.',
    'decided by "C".',
    '',
    '// About the person.',
    'person "P", convicted.',
    '',
    'in force for 3 months.',
    '',
    'requirement curfew, // where',
    '  at "1 Road", from 19:00 to 07:00.',
    'requirement supervision, reporting weekly.',
    '',
    'on breach:',
    '  minor non-compliance leads to a warning.',
    '  // The end of the breach section.',
    '',
    'rights:',
    '  appeal to "A" within 28 days.',
    '',
    '/* A block',
    '      comment, kept as it is. */',
    'template t(address: text, length: duration = 3 months):',
    '  "Doc."',
    '  requirement curfew, at address, from 19:00 to 07:00, for length.',
    '  // trailing comment   ',
    ''
].join('\n');

describe('formatting', () => {
    test('the house layout: one sentence a line, blank lines between groups, sections and template bodies indented two spaces', async () => {
        await expectFormatting(services)({ before: MESSY, after: TIDY, disposeAfterCheck: true });
    });

    test('formatting the result again changes nothing', async () => {
        expect(await format(TIDY)).toBe(TIDY);
    });

    test('the drafter\'s blank lines inside a group are kept, at most one', async () => {
        const text = 'order "X".\nin force for 3 months.\n\nrequirement unpaid work, 40 hours.\n\n\n\nrequirement supervision, reporting weekly.\nrequirement residence, at "1 Road".\n';
        expect(await format(text)).toBe('order "X".\n\nin force for 3 months.\n\nrequirement unpaid work, 40 hours.\n\nrequirement supervision, reporting weekly.\nrequirement residence, at "1 Road".\n');
    });

    test('Windows line ends stay Windows line ends', async () => {
        expect(await format('order "X".\r\nmade on 2026-01-01 .\r\nin force for 3 months.')).toBe('order "X".\r\nmade on 2026-01-01.\r\n\r\nin force for 3 months.\r\n');
    });

    test('a byte order mark stays', async () => {
        expect(await format('\uFEFF  order "X" .')).toBe('\uFEFForder "X".\n');
    });

    test('a file with a syntax error is left alone', async () => {
        const text = 'order "X" .\nrequirement curfew at at "1 Road".\nin force   for 3 months.\n';
        expect(await format(text)).toBe(text);
    });

    test('a file the layout would make the lexer read otherwise is left alone, as a whole and in part', async () => {
        // The parser reads it (recovering silently after the template's header), but with the order
        // on a line of its own the lexer takes `template x()` for a sentence whose full stop is missing.
        const text = 'template x()order"",conditional release.';
        const document = await parse(text);
        expect(hasSyntaxErrors(document)).toBe(false);
        expect(hasSyntaxErrors(await parse('template x()\n\norder "", conditional release.\n'))).toBe(true);
        expect(await format(text)).toBe(text);
        const edits = await services.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 0, character: 0 }, end: { line: 0, character: text.length } }
        });
        expect(edits).toEqual([]);
    });

    test('range formatting changes only the lines asked for', async () => {
        const text = 'order "X".\nmade on 2026-01-01 .\ndecided by "C" .\n';
        const document = await parse(text);
        const edits = await services.lsp.Formatter!.formatDocumentRange(document, {
            textDocument: { uri: document.uri.toString() },
            options: { tabSize: 4, insertSpaces: true },
            range: { start: { line: 1, character: 0 }, end: { line: 1, character: 20 } }
        });
        expect(TextDocument.applyEdits(document.textDocument, edits)).toBe('order "X".\nmade on 2026-01-01.\ndecided by "C" .\n');
    });

    const files = sanctionFiles(EXAMPLES);

    test.each(files.map(f => [relative(EXAMPLES, f), f]))('%s: already in the house layout, and formatting is idempotent', async (_name, path) => {
        const text = readFileSync(path, 'utf8');
        const once = await format(text);
        expect(once).toBe(text);
        expect(await format(once)).toBe(once);
    });

    test.each(files.map(f => [relative(EXAMPLES, f), f]))('%s, shaken: formatting restores it, changes no token, and is idempotent', async (_name, path) => {
        const text = readFileSync(path, 'utf8');
        const messy = shaken(text);
        expect(messy).not.toBe(text);
        const once = await format(messy);
        expect(tokenStream(once)).toEqual(tokenStream(messy));
        expect(await format(once)).toBe(once);
        expect(once).toBe(text);
    });
});
