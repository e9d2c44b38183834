import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, test } from 'vitest';
import type { CompletionItem, TextEdit } from 'vscode-languageserver';
import { createSanctionServices } from '../../language/src/sanction-module.js';
import { manifest, project } from './helpers.js';

/** Completion at the end of `line` (the last line of the file), with the file on disk at `file`. */
async function completeAt(root: string, file: string, text: string): Promise<CompletionItem[]> {
    const { Sanction } = createSanctionServices(NodeFileSystem);
    const full = path.join(root, file);
    fs.mkdirSync(path.dirname(full), { recursive: true });
    fs.writeFileSync(full, text);
    const document = Sanction.shared.workspace.LangiumDocumentFactory.fromString(text, URI.file(full));
    Sanction.shared.workspace.LangiumDocuments.addDocument(document);
    const lines = text.split('\n');
    const position = { line: lines.length - 1, character: lines[lines.length - 1]!.length };
    const list = await Sanction.lsp.CompletionProvider!.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position });
    return list?.items ?? [];
}

const edits = (items: CompletionItem[]) => items.map(item => (item.textEdit as TextEdit).newText).sort();

describe('completion of import paths', () => {
    const root = project({
        'package.json': '{ "name": "court" }\n',
        'sanction.config.json': JSON.stringify({ libraries: { 'probation-standard': 'libs/standard' } }),
        'libs/standard/sanction-library.json': manifest(),
        'libs/standard/curfew.sanction': 'template home-curfew(address: text):\n  requirement curfew, at address, from 19:00 to 07:00, for 3 months.\n',
        'libs/standard/breach/standard.sanction': '',
        'node_modules/@court/templates/sanction-library.json': manifest({ name: '@court/templates' }),
        'node_modules/@court/templates/exclusion.sanction': '',
        'node_modules/left-pad/package.json': '{}',
        'orders/shared.sanction': ''
    });

    test('library names: configured ones and installed npm libraries, each reopening the list', async () => {
        const items = await completeAt(root, 'orders/a.sanction', 'import "');
        expect(edits(items)).toEqual(['@court/templates/', 'probation-standard/', 'shared.sanction']);
        const library = items.find(item => item.label === 'probation-standard/')!;
        expect(library.command?.command).toBe('editor.action.triggerSuggest');
        expect((library.textEdit as TextEdit).range).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 8 } });
    });

    test('after a library name, its template files, in folders too', async () => {
        expect(edits(await completeAt(root, 'orders/a.sanction', 'import "probation-standard/'))).toEqual(['probation-standard/breach/standard', 'probation-standard/curfew']);
        expect(edits(await completeAt(root, 'orders/a.sanction', 'import "@court/templates/ex'))).toEqual(['@court/templates/exclusion']);
    });

    test('what is typed narrows the list and is replaced', async () => {
        const items = await completeAt(root, 'orders/a.sanction', 'import "prob');
        expect(edits(items)).toEqual(['probation-standard/']);
        expect((items[0]!.textEdit as TextEdit).range).toEqual({ start: { line: 0, character: 8 }, end: { line: 0, character: 12 } });
    });

    test('relative paths offer the files beside the order, not the order itself', async () => {
        expect(edits(await completeAt(root, 'orders/a.sanction', 'import "./'))).toEqual(['./shared.sanction']);
    });

    test('an unknown library offers nothing; outside an import the usual completion runs', async () => {
        expect(edits(await completeAt(root, 'orders/a.sanction', 'import "nowhere/'))).toEqual([]);
        const items = await completeAt(root, 'orders/a.sanction', 'order "X".\nrequirement ');
        expect(items.map(item => item.label)).toContain('curfew');
    });
});
