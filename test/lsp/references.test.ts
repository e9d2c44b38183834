import { EmptyFileSystem, TextDocument, type LangiumDocument } from 'langium';
import { expectFindReferences, expectGoToDefinition, parseHelper } from 'langium/test';
import { afterEach, describe, expect, test } from 'vitest';
import type { Location, LocationLink, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';

const { shared, Sanction: services } = createSanctionServices(EmptyFileSystem);
const parse = parseHelper(services);

const SINGLE = [
    'template <|home-curfew|>(<|address|>: text, <|length|>: duration = 3 months):',
    '  requirement curfew, at <|address|>, from 19:00 to 07:00, for <|length|>.',
    'order "X".',
    'in force for 6 months.',
    'apply <|home-curfew|> with <|address|> "1 Road", <|length|> 4 months.',
    ''
].join('\n');

describe('in one file', () => {
    test('go to definition: from a template applied to the template', async () => {
        await expectGoToDefinition(services)({ text: SINGLE.replace('apply <|home-curfew|>', 'apply home<|>-curfew'), index: 0, rangeIndex: 0, disposeAfterCheck: true });
    });

    test('go to definition: from an argument to the parameter', async () => {
        await expectGoToDefinition(services)({ text: SINGLE.replace('<|length|> 4 months', 'len<|>gth 4 months'), index: 0, rangeIndex: 2, disposeAfterCheck: true });
    });

    test('go to definition: from a parameter used in the template body to the parameter', async () => {
        await expectGoToDefinition(services)({ text: SINGLE.replace('at <|address|>', 'at addr<|>ess'), index: 0, rangeIndex: 1, disposeAfterCheck: true });
    });

    test('find references of a parameter: its declaration, its use in the body, its value in the order', async () => {
        const text = [
            'template home-curfew(<|length|>: duration = 3 months):',
            '  requirement curfew, at "1 Road", from 19:00 to 07:00, for <|len<|>gth|>.',
            'order "X".',
            'apply home-curfew with <|length|> 4 months.',
            ''
        ].join('\n');
        await expectFindReferences(services)({ text, includeDeclaration: true, disposeAfterCheck: true });
    });
});

// -------------------------------------------------------------------------------------------------
// Across files: a library and two orders that import it.
// -------------------------------------------------------------------------------------------------

const LIBRARY_URI = 'file:///ws/library/standard.sanction';
const LIBRARY = [
    'template home-curfew(address: text, length: duration = 3 months):',
    '  "A home curfew."',
    '  requirement curfew, at address, from 19:00 to 07:00, for length.',
    '  requirement electronic monitoring, of the curfew, for length.',
    ''
].join('\n');
const ORDER_A = 'import "library/standard.sanction".\n\norder "A".\nin force for 6 months.\n\napply home-curfew with address "1 Road", length 4 months.\n';
const ORDER_B = 'import "library/standard.sanction".\n\norder "B".\nin force for 6 months.\n\napply home-curfew with length 2 months, address "2 Road".\n';

let documents: LangiumDocument[] = [];

async function workspace(): Promise<{ library: LangiumDocument; a: LangiumDocument; b: LangiumDocument }> {
    const library = await parse(LIBRARY, { documentUri: LIBRARY_URI });
    const a = await parse(ORDER_A, { documentUri: 'file:///ws/a.sanction', validation: true });
    const b = await parse(ORDER_B, { documentUri: 'file:///ws/b.sanction', validation: true });
    documents = [library, a, b];
    return { library, a, b };
}

afterEach(async () => {
    for (const document of documents) {
        shared.workspace.LangiumDocuments.deleteDocument(document.uri);
    }
    documents = [];
});

function at(document: LangiumDocument, marker: string, shift = 1) {
    const offset = document.textDocument.getText().indexOf(marker);
    expect(offset, marker).toBeGreaterThanOrEqual(0);
    return { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset + shift) };
}

/** The text each edit of a workspace edit replaces, by file, and the files after the edit. */
function applyAll(edit: WorkspaceEdit | undefined): Record<string, string> {
    const result: Record<string, string> = {};
    for (const [uri, edits] of Object.entries(edit?.changes ?? {})) {
        const document = documents.find(d => d.uri.toString() === uri)!;
        result[uri] = TextDocument.applyEdits(document.textDocument, edits as TextEdit[]);
    }
    return result;
}

describe('across files', () => {
    test('an order that imports a library links to its templates', async () => {
        const { a } = await workspace();
        expect(a.diagnostics?.filter(d => d.code === 'unresolved-reference' || d.code === 'unresolved-import')).toEqual([]);
    });

    test('go to definition from an order to the template and its parameter in the library', async () => {
        const { a } = await workspace();
        const toTemplate = await services.lsp.DefinitionProvider!.getDefinition(a, at(a, 'home-curfew', 2)) as LocationLink[];
        expect(toTemplate).toHaveLength(1);
        expect(toTemplate[0].targetUri).toBe(LIBRARY_URI);
        expect(toTemplate[0].targetSelectionRange).toEqual({ start: { line: 0, character: 9 }, end: { line: 0, character: 20 } });
        const toParameter = await services.lsp.DefinitionProvider!.getDefinition(a, at(a, 'length 4')) as LocationLink[];
        expect(toParameter[0].targetUri).toBe(LIBRARY_URI);
        expect(toParameter[0].targetSelectionRange.start).toEqual({ line: 0, character: 36 });
    });

    test('find references of a template: every order that applies it', async () => {
        const { library } = await workspace();
        const references = await services.lsp.ReferencesProvider!.findReferences(library, { ...at(library, 'home-curfew'), context: { includeDeclaration: false } }) as Location[];
        expect(references.map(r => `${r.uri}:${r.range.start.line}`).sort()).toEqual(['file:///ws/a.sanction:5', 'file:///ws/b.sanction:5']);
    });

    test('find references of a parameter from an order: the declaration, its uses in the body, every argument', async () => {
        const { a } = await workspace();
        const references = await services.lsp.ReferencesProvider!.findReferences(a, { ...at(a, 'length 4'), context: { includeDeclaration: true } }) as Location[];
        expect(references.map(r => `${r.uri.replace('file:///ws/', '')}:${r.range.start.line}:${r.range.start.character}`).sort()).toEqual([
            'a.sanction:5:41', 'b.sanction:5:23', 'library/standard.sanction:0:36', 'library/standard.sanction:2:59', 'library/standard.sanction:3:56'
        ]);
    });

    test('rename a parameter from an order: the library and every order change', async () => {
        const { a } = await workspace();
        const edit = await services.lsp.RenameProvider!.rename(a, { ...at(a, 'length 4'), newName: 'duration-of-curfew' });
        const after = applyAll(edit);
        expect(after[LIBRARY_URI]).toBe(LIBRARY.replace('length: duration', 'duration-of-curfew: duration').replaceAll('for length.', 'for duration-of-curfew.'));
        expect(after['file:///ws/a.sanction']).toBe(ORDER_A.replace('length 4', 'duration-of-curfew 4'));
        expect(after['file:///ws/b.sanction']).toBe(ORDER_B.replace('length 2', 'duration-of-curfew 2'));
    });

    test('rename a template from the library: every order that applies it changes', async () => {
        const { library } = await workspace();
        const edit = await services.lsp.RenameProvider!.rename(library, { ...at(library, 'home-curfew'), newName: 'curfew-at-home' });
        const after = applyAll(edit);
        expect(after[LIBRARY_URI]).toBe(LIBRARY.replace('home-curfew(', 'curfew-at-home('));
        expect(after['file:///ws/a.sanction']).toBe(ORDER_A.replace('apply home-curfew', 'apply curfew-at-home'));
        expect(after['file:///ws/b.sanction']).toBe(ORDER_B.replace('apply home-curfew', 'apply curfew-at-home'));
    });

    test('rename refuses a name the language cannot read, or one already taken', async () => {
        const { a, library } = await workspace();
        await expect(services.lsp.RenameProvider!.rename(a, { ...at(a, 'length 4'), newName: 'for' })).rejects.toThrow(/cannot be a name/);
        await expect(services.lsp.RenameProvider!.rename(a, { ...at(a, 'length 4'), newName: 'two words' })).rejects.toThrow(/cannot be a name/);
        await expect(services.lsp.RenameProvider!.rename(a, { ...at(a, 'length 4'), newName: 'address' })).rejects.toThrow(/already has a parameter 'address'/);
        // Another library, imported together with the first by one order: their template names must stay apart.
        const other = await parse('template weekly-supervision(office: text):\n  requirement supervision, reporting weekly at office.\n', { documentUri: 'file:///ws/library/other.sanction' });
        const both = await parse('import "library/standard.sanction".\nimport "library/other.sanction".\norder "C".\n', { documentUri: 'file:///ws/c.sanction' });
        documents.push(other, both);
        await expect(services.lsp.RenameProvider!.rename(library, { ...at(library, 'home-curfew'), newName: 'weekly-supervision' })).rejects.toThrow(/already a template 'weekly-supervision'/);
        await expect(services.lsp.RenameProvider!.rename(library, { ...at(library, 'home-curfew'), newName: 'curfew-at-home' })).resolves.toBeDefined();
    });

    test('the path of an import is a link to the file', async () => {
        const { a } = await workspace();
        const links = await services.lsp.DocumentLinkProvider!.getDocumentLinks(a, { textDocument: { uri: a.uri.toString() } });
        expect(links).toEqual([{
            range: { start: { line: 0, character: 8 }, end: { line: 0, character: 33 } },
            target: LIBRARY_URI,
            tooltip: 'Open library/standard.sanction'
        }]);
    });

    test('an import of a file that does not exist is no link', async () => {
        const document = await parse('import "missing.sanction".\norder "X".\n', { documentUri: 'file:///ws/c.sanction' });
        documents.push(document);
        expect(await services.lsp.DocumentLinkProvider!.getDocumentLinks(document, { textDocument: { uri: document.uri.toString() } })).toEqual([]);
    });
});
