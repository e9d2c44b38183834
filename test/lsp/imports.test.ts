import { URI, type LangiumDocument } from 'langium';
import { parseHelper, VirtualFileSystemProvider } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { findingsOf } from '../../language/src/core/lint.js';

/**
 * The language server loads imported files on demand: a file opened on its own, or one that imports
 * a library outside the workspace, links to the library's templates as the CLI does.
 */
function servicesOver(files: Record<string, string>) {
    const fileSystem = new VirtualFileSystemProvider();
    for (const [uri, text] of Object.entries(files)) {
        fileSystem.insert(uri, text);
    }
    return createSanctionServices({ fileSystemProvider: () => fileSystem });
}

const LIBRARY = 'template home-curfew(address: text, length: duration = 3 months):\n  requirement curfew, at address, from 19:00 to 07:00, for length.\n';
const ORDER = 'import "../courts/library/standard.sanction".\n\norder "X".\nin force for 6 months.\n\napply home-curfew with address "1 Road".\n';

const problems = (document: LangiumDocument) => findingsOf(document)
    .filter(f => f.checkId === 'unresolved-import' || f.checkId === 'unresolved-reference')
    .map(f => `${f.checkId}: ${f.message}`);

describe('imports loaded on demand', () => {
    test('an import that exists on disk but was not loaded is loaded and linked in the same build', async () => {
        const { Sanction, shared } = servicesOver({ 'file:///courts/library/standard.sanction': LIBRARY });
        const order = await parseHelper(Sanction)(ORDER, { documentUri: 'file:///work/order.sanction', validation: true });
        expect(problems(order)).toEqual([]);
        expect(shared.workspace.LangiumDocuments.hasDocument(URI.parse('file:///courts/library/standard.sanction'))).toBe(true);
    });

    test('imports of imports are loaded too', async () => {
        const { Sanction } = servicesOver({
            'file:///courts/library/standard.sanction': 'import "base.sanction".\n' + LIBRARY,
            'file:///courts/library/base.sanction': 'template weekly-supervision(office: text):\n  requirement supervision, reporting weekly at office.\n'
        });
        const order = await parseHelper(Sanction)(
            'import "../courts/library/standard.sanction".\nimport "../courts/library/base.sanction".\norder "X".\nin force for 6 months.\napply weekly-supervision with office "1 Road".\n',
            { documentUri: 'file:///work/order.sanction', validation: true });
        expect(problems(order)).toEqual([]);
    });

    test('an import of a file that is not on disk is still reported', async () => {
        const { Sanction } = servicesOver({});
        const order = await parseHelper(Sanction)(ORDER, { documentUri: 'file:///work/order.sanction', validation: true });
        expect(problems(order)).toEqual([
            "unresolved-import: Cannot find the imported file '../courts/library/standard.sanction': check the path, which is relative to this file",
            "unresolved-reference: Unknown template 'home-curfew': define it in this file or import the file that defines it."
        ]);
    });

    test('the editor\'s path: a document changed (opened) on its own gets its imports through DocumentBuilder.update', async () => {
        const { shared } = servicesOver({
            'file:///courts/library/standard.sanction': LIBRARY,
            'file:///work/order.sanction': ORDER
        });
        const uri = URI.parse('file:///work/order.sanction');
        await shared.workspace.DocumentBuilder.update([uri], []);
        const order = shared.workspace.LangiumDocuments.getDocument(uri)!;
        expect(order.diagnostics).toBeDefined();
        expect(problems(order)).toEqual([]);
        // A findings-level check through the template: the order's curfew comes from the library.
        expect(findingsOf(order).map(f => f.checkId)).not.toContain('syntax-error');
    });

    test('an import added while editing is loaded on the next build', async () => {
        const fileSystem = new VirtualFileSystemProvider();
        fileSystem.insert('file:///courts/library/standard.sanction', LIBRARY);
        fileSystem.insert('file:///work/order.sanction', 'order "X".\nin force for 6 months.\napply home-curfew with address "1 Road".\n');
        const { shared } = createSanctionServices({ fileSystemProvider: () => fileSystem });
        const uri = URI.parse('file:///work/order.sanction');
        await shared.workspace.DocumentBuilder.update([uri], []);
        expect(problems(shared.workspace.LangiumDocuments.getDocument(uri)!)).toHaveLength(1);
        fileSystem.insert('file:///work/order.sanction', ORDER);
        await shared.workspace.DocumentBuilder.update([uri], []);
        expect(problems(shared.workspace.LangiumDocuments.getDocument(uri)!)).toEqual([]);
    });
});
