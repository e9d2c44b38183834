import { EmptyFileSystem, URI } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { LSPErrorCodes, SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';

const services = createSanctionServices(EmptyFileSystem).Sanction;
const highlight = highlightHelper(services);

const TEXT = [
    'template <|home-curfew|>(<|address|>: <|text|>, length: duration = <|3|> <|months|>):',
    '  <|"A home curfew."|>',
    '  requirement curfew, at <|address|>, from 19:00 to 07:00, for length.',
    '<|order|> "X".',
    'made on <|2026-01-01|>.',
    'in force for 6 months.',
    'requirement <|electronic monitoring|>, of the curfew, for 6 months.',
    'requirement curfew, at <|"1 Road"|>, from <|19:00|> to 07:00, on <|Monday|> to Friday.',
    'apply <|home-curfew|> with <|length|> 4 months, address "2 Road".',
    ''
].join('\n');

describe('semantic highlighting', () => {
    test.each([
        [0, SemanticTokenTypes.function, 'a template name where it is defined'],
        [1, SemanticTokenTypes.parameter, 'a template parameter where it is declared'],
        [2, SemanticTokenTypes.type, "a parameter's type"],
        [3, SemanticTokenTypes.number, 'the number of a duration'],
        [4, SemanticTokenTypes.number, 'the unit of a duration'],
        [5, SemanticTokenTypes.string, "a template's documentation"],
        [6, SemanticTokenTypes.parameter, 'a parameter used in the template body'],
        [7, SemanticTokenTypes.keyword, 'a keyword'],
        [8, SemanticTokenTypes.number, 'a date'],
        [9, SemanticTokenTypes.type, 'a requirement kind of two words'],
        [10, SemanticTokenTypes.string, 'quoted text'],
        [11, SemanticTokenTypes.number, 'a time'],
        [12, SemanticTokenTypes.enumMember, 'a weekday'],
        [13, SemanticTokenTypes.function, 'a template applied'],
        [14, SemanticTokenTypes.parameter, 'a parameter given a value']
    ])('range %i is a %s: %s', async (rangeIndex, tokenType) => {
        const tokens = await highlight(TEXT);
        if (rangeIndex === 9) {
            // A kind of two words is two tokens of the same type.
            const [start, end] = tokens.ranges[9];
            const inKind = tokens.tokens.filter(t => t.offset >= start && t.offset + t.text.length <= end);
            expect(inKind.map(t => [t.text, t.tokenType])).toEqual([['electronic', tokenType], ['monitoring', tokenType]]);
            return;
        }
        expectSemanticToken(tokens, { rangeIndex, tokenType });
    });

    test('declarations and documentation are marked', async () => {
        const tokens = await highlight(TEXT);
        const modifiers = services.lsp.SemanticTokenProvider!.tokenModifiers;
        const at = (index: number) => tokens.tokens.find(t => t.offset === tokens.ranges[index][0])!;
        expect(at(0).tokenModifiers & modifiers[SemanticTokenModifiers.declaration]).toBeTruthy();
        expect(at(1).tokenModifiers & modifiers[SemanticTokenModifiers.declaration]).toBeTruthy();
        expect(at(5).tokenModifiers & modifiers[SemanticTokenModifiers.documentation]).toBeTruthy();
        expect(at(13).tokenModifiers & modifiers[SemanticTokenModifiers.declaration]).toBeFalsy();
    });

    test('punctuation gets no token, and no two tokens overlap', async () => {
        const tokens = await highlight(TEXT);
        expect(tokens.tokens.filter(t => /^[.,:()=]$/.test(t.text))).toEqual([]);
        const sorted = [...tokens.tokens].sort((a, b) => a.offset - b.offset);
        for (let i = 1; i < sorted.length; i++) {
            expect(sorted[i].offset).toBeGreaterThanOrEqual(sorted[i - 1].offset + sorted[i - 1].text.length);
        }
    });
});

describe('semantic tokens of a document the editor has changed since it was built', () => {
    test('are refused with ContentModified (the editor asks again), and given once the versions agree', async () => {
        const { shared, Sanction } = createSanctionServices(EmptyFileSystem);
        const uri = 'file:///stale/order.sanction';
        const text = 'order "X".\nin force for 6 months.\n';
        shared.workspace.TextDocuments!.set(TextDocument.create(uri, 'sanction', 1, text));
        const document = shared.workspace.LangiumDocumentFactory.fromTextDocument(TextDocument.create(uri, 'sanction', 1, text), URI.parse(uri));
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document]);
        const provider = Sanction.lsp.SemanticTokenProvider!;
        const params = { textDocument: { uri } };
        expect((await provider.semanticHighlight(document, params)).data.length).toBeGreaterThan(0);
        // The editor typed a character; the rebuild has not run yet.
        shared.workspace.TextDocuments!.set(TextDocument.create(uri, 'sanction', 2, text.replace('6', '16')));
        await expect(provider.semanticHighlight(document, params)).rejects.toMatchObject({ code: LSPErrorCodes.ContentModified });
        await expect(provider.semanticHighlightRange(document, { ...params, range: { start: { line: 0, character: 0 }, end: { line: 1, character: 0 } } })).rejects.toMatchObject({ code: LSPErrorCodes.ContentModified });
    });
});
