import * as fs from 'node:fs';
import * as path from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { describe, expect, test } from 'vitest';
import { createSanctionCoreServices, createSanctionServices } from '../../language/src/sanction-module.js';
import { lintFiles } from '../../language/src/core/lint.js';
import { findingsOf } from '../../language/src/core/lint.js';
import type { Finding } from '../../language/src/core/finding.js';
import { LANGUAGE_VERSION } from '../../language/src/library/manifest.js';
import { cleanOrder, describeFinding, lintPaths, manifest, project } from './helpers.js';

const CURFEW = 'template home-curfew(address: text = "the home address stated in the order", length: duration = 3 months):\n'
    + '  "A home curfew, electronically monitored."\n'
    + '  requirement curfew, at address, from 20:00 to 06:00, on every day, for length.\n'
    + '  requirement electronic monitoring, of the curfew, for length.\n';
const EXCLUSION = 'template night-exclusion(zone: text = "the city centre shown on the attached map", length: duration = 6 months):\n'
    + '  "Out of a named area at night."\n'
    + '  requirement exclusion, area zone, on every day, from 21:00 to 06:00, for length.\n';

/** An order importing `specifier` on its first line and applying home-curfew. */
const order = (specifier: string) => cleanOrder([specifier], 'apply home-curfew with address "1 Road, Exeter EX1 1AA".');

/** The findings of the import check and of unknown names, described exactly. */
const importFindings = (findings: Finding[]) =>
    findings
        .filter(f => f.checkId === 'unresolved-import' || f.checkId === 'unresolved-reference')
        .map(describeFinding);

/** A project with a configured library `probation-standard` in libs/ps and an order in orders/. */
function configured(extra: Record<string, string> = {}, specifier = 'probation-standard/curfew') {
    return project({
        'sanction.config.json': JSON.stringify({ libraries: { 'probation-standard': './libs/ps' } }),
        'libs/ps/sanction-library.json': manifest(),
        'libs/ps/curfew.sanction': CURFEW,
        'libs/ps/exclusion.sanction': EXCLUSION,
        'orders/order.sanction': order(specifier),
        ...extra
    });
}

const UNKNOWN_REFERENCE = "unresolved-reference/-@17:7-17:18: Unknown template 'home-curfew': define it in this file or import the file that defines it.";

describe('library imports by name', () => {
    test('through `libraries` in sanction.config.json (a folder relative to the config): the order is clean', async () => {
        const root = configured();
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(findings.map(describeFinding)).toEqual([]);
    });

    test('through an npm package with a sanction-library.json in node_modules above the order, scoped or not', async () => {
        const root = project({
            'package.json': '{ "name": "court-orders", "private": true }\n',
            'node_modules/@court/templates/package.json': '{ "name": "@court/templates", "version": "2.0.0" }\n',
            'node_modules/@court/templates/sanction-library.json': manifest({ name: '@court/templates' }),
            'node_modules/@court/templates/curfew.sanction': CURFEW,
            'node_modules/plain-templates/sanction-library.json': manifest({ name: 'plain-templates' }),
            'node_modules/plain-templates/night/exclusion.sanction': EXCLUSION,
            'orders/2026/a.sanction': cleanOrder(['@court/templates/curfew', 'plain-templates/night/exclusion'],
                'apply home-curfew with address "1 Road, Exeter EX1 1AA".\n\napply night-exclusion.')
        });
        const [findings] = await lintPaths(path.join(root, 'orders/2026/a.sanction'));
        expect(findings.map(describeFinding)).toEqual([]);
    });

    test('the configuration wins over node_modules for the same name', async () => {
        const root = configured({
            'package.json': '{}\n',
            'node_modules/probation-standard/sanction-library.json': manifest({ minimumLanguageVersion: '99.0.0' })
        });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([]);
    });

    test('relative imports keep working beside library imports', async () => {
        const root = configured({ 'orders/local.sanction': EXCLUSION.replace('night-exclusion', 'local-exclusion') });
        const text = cleanOrder(['probation-standard/curfew', './local.sanction', 'local.sanction'], 'apply home-curfew.\n\napply local-exclusion.');
        fs.writeFileSync(path.join(root, 'orders/order.sanction'), text);
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([]);
    });
});

describe('errors at the import, on the import string', () => {
    test('an unknown library, with the names that are known', async () => {
        const root = configured({
            'package.json': '{}\n',
            'node_modules/other-lib/sanction-library.json': manifest({ name: 'other-lib' }),
            'node_modules/not-a-library/package.json': '{}\n'
        }, 'probation-standrd/curfew');
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([
            "unresolved-import/library@1:8-1:34: There is no template library 'probation-standrd' (the libraries known here: other-lib, probation-standard): name its folder in `libraries` of sanction.config.json or install its npm package; a path to a file ends with .sanction",
            UNKNOWN_REFERENCE
        ]);
    });

    test('an unknown library where none is known', async () => {
        const root = project({ 'package.json': '{}\n', 'order.sanction': order('probation-standard/curfew') });
        const [findings] = await lintPaths(path.join(root, 'order.sanction'));
        expect(importFindings(findings)[0]).toBe("unresolved-import/library@1:8-1:35: There is no template library 'probation-standard' (no library is configured or installed for this file): name its folder in `libraries` of sanction.config.json or install its npm package; a path to a file ends with .sanction");
    });

    test('a template file the library does not have, with the files it has', async () => {
        const root = configured({}, 'probation-standard/curfews');
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([
            "unresolved-import/library@1:8-1:36: Library 'probation-standard' has no file 'curfews.sanction' (its files: curfew, exclusion): correct the name after 'probation-standard/'",
            UNKNOWN_REFERENCE
        ]);
    });

    test('the library alone, without a file', async () => {
        const root = configured({}, 'probation-standard');
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)[0]).toBe("unresolved-import/library@1:8-1:28: An import names a file of library 'probation-standard', not only the library: write `import \"probation-standard/<file>\".` (its files: curfew, exclusion)");
    });

    test('an invalid manifest: the file, line and column of each problem', async () => {
        const root = configured({ 'libs/ps/sanction-library.json': '{\n  "name": "probation-standard",\n  "version": "one",\n  "description": "x",\n  "minimumLanguageVersion": "0.1.0"\n}\n' });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        const file = path.join(root, 'libs/ps/sanction-library.json');
        expect(importFindings(findings)).toEqual([
            `unresolved-import/library@1:8-1:35: The manifest of library 'probation-standard' is not valid, so its templates are not used: ${file}:1:1: the manifest needs 'profiles'; ${file}:3:3: 'version': a version is major.minor.patch, e.g. "1.0.0"`,
            UNKNOWN_REFERENCE
        ]);
    });

    test('a manifest that is not JSON: the position of the fault', async () => {
        const root = configured({ 'libs/ps/sanction-library.json': '{\n  "name": "probation-standard",\n  "version": "1.0.0"\n  "profiles": ["coe"]\n}\n' });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        const file = path.join(root, 'libs/ps/sanction-library.json');
        expect(importFindings(findings)[0]).toMatch(new RegExp(`^unresolved-import/library@1:8-1:35: The manifest of library 'probation-standard' is not valid, so its templates are not used: ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}:4:3: malformed JSON: `));
    });

    test('a folder without a manifest is not a library', async () => {
        const root = configured({ 'package.json': '{}\n', 'node_modules/plain/index.js': '' }, 'plain/curfew');
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)[0]).toBe(`unresolved-import/library@1:8-1:22: 'plain' at ${path.join(root, 'node_modules/plain')} is not a template library, as it has no sanction-library.json: add the manifest, or name the library's own folder`);
    });

    test('a configured folder that does not exist', async () => {
        const root = configured({ 'sanction.config.json': JSON.stringify({ libraries: { 'probation-standard': './libs/gone' } }) });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)[0]).toBe(`unresolved-import/library@1:8-1:35: Library 'probation-standard' is configured as './libs/gone' in ${path.join(root, 'sanction.config.json')}, which is not a folder: correct the path, which is relative to that file`);
    });

    test('a language version below the manifest\'s minimum', async () => {
        const root = configured({ 'libs/ps/sanction-library.json': manifest({ version: '3.1.0', minimumLanguageVersion: '99.0.0' }) });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([
            `unresolved-import/library@1:8-1:35: Library 'probation-standard' 3.1.0 needs version 99.0.0 of the Sanction Orders language or later, and this is ${LANGUAGE_VERSION}: update the tool or use an older version of the library`,
            UNKNOWN_REFERENCE
        ]);
    });

    test('a minimum equal to this version is accepted', async () => {
        const root = configured({ 'libs/ps/sanction-library.json': manifest({ minimumLanguageVersion: LANGUAGE_VERSION }) });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([]);
    });
});

describe('the profiles a library is written for', () => {
    const warningOf = (profiles: string, profile: string, plural = '') => `unresolved-import/otherProfile@1:8-1:35: Library 'probation-standard' is written for the ${profiles} profile${plural} (its manifest), and this file is checked under the ${profile} profile: its templates may use requirements or limits that this law does not have; check each template you apply, use a library written for ${profile}, or add ${profile} to the manifest once the library has been checked under it (\`sanction lint --library\`)`;

    test('an order under a profile the manifest does not name gets a warning at the import, and the templates are still used', async () => {
        const root = configured({
            'sanction.config.json': JSON.stringify({ profile: 'france', libraries: { 'probation-standard': './libs/ps' } }),
            'libs/ps/sanction-library.json': manifest({ profiles: ['coe', 'england-wales'] })
        });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([warningOf('coe, england-wales', 'france', 's')]);
        expect(findings.find(f => f.checkId === 'unresolved-import')!.severity).toBe('warning');
    });

    test('one profile named: the singular', async () => {
        const root = configured({ 'sanction.config.json': JSON.stringify({ profile: 'germany', libraries: { 'probation-standard': './libs/ps' } }) });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([warningOf('coe', 'germany')]);
    });

    test('an order under a profile the manifest names gets none', async () => {
        const root = configured({
            'sanction.config.json': JSON.stringify({ profile: 'england-wales', libraries: { 'probation-standard': './libs/ps' } }),
            'libs/ps/sanction-library.json': manifest({ profiles: ['coe', 'england-wales'] })
        });
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([]);
    });
});

describe('nothing outside a library is read through it', () => {
    const SECRET = 'template home-curfew(address: text = "x"):\n  "Leaked."\n  requirement curfew, at address, from 20:00 to 06:00, on every day, for 1 month.\n';

    /** Lints the order with fresh services; returns its import findings and whether `outside` was loaded. */
    async function lintAndLoaded(root: string, file: string, outside: string) {
        const { Sanction } = createSanctionCoreServices(NodeFileSystem);
        const [result] = await lintFiles(Sanction, [URI.file(path.join(root, file))]);
        const loaded = Sanction.shared.workspace.LangiumDocuments.all.map(d => d.uri.fsPath).toArray();
        return { findings: importFindings(result.findings), loaded: loaded.some(p => p.startsWith(path.join(root, outside))) };
    }

    test('a path with .. that leaves the library\'s folder', async () => {
        const root = configured({ 'outside/secret.sanction': SECRET }, 'probation-standard/../../outside/secret');
        const result = await lintAndLoaded(root, 'orders/order.sanction', 'outside');
        expect(result.findings).toEqual([
            "unresolved-import/library@1:8-1:49: 'probation-standard/../../outside/secret' leads outside the folder of library 'probation-standard', which is not allowed: an import from a library names a file inside it",
            UNKNOWN_REFERENCE
        ]);
        expect(result.loaded).toBe(false);
    });

    test('a symbolic link in the library to a file outside it', async () => {
        const root = configured({ 'outside/secret.sanction': SECRET });
        fs.symlinkSync(path.join(root, 'outside/secret.sanction'), path.join(root, 'libs/ps/leak.sanction'));
        fs.writeFileSync(path.join(root, 'orders/order.sanction'), order('probation-standard/leak'));
        const result = await lintAndLoaded(root, 'orders/order.sanction', 'outside');
        expect(result.findings).toEqual([
            "unresolved-import/library@1:8-1:33: 'probation-standard/leak' leads outside the folder of library 'probation-standard', which is not allowed: an import from a library names a file inside it",
            UNKNOWN_REFERENCE
        ]);
        expect(result.loaded).toBe(false);
    });

    test('a symbolic link in the library to a folder outside it', async () => {
        const root = configured({ 'outside/secret.sanction': SECRET });
        fs.symlinkSync(path.join(root, 'outside'), path.join(root, 'libs/ps/more'), 'dir');
        fs.writeFileSync(path.join(root, 'orders/order.sanction'), order('probation-standard/more/secret'));
        const result = await lintAndLoaded(root, 'orders/order.sanction', 'outside');
        expect(result.findings[0]).toBe("unresolved-import/library@1:8-1:40: 'probation-standard/more/secret' leads outside the folder of library 'probation-standard', which is not allowed: an import from a library names a file inside it");
        expect(result.loaded).toBe(false);
    });

    test('a library installed as a symbolic link (npm link, workspaces) is used; its files stay inside its real folder', async () => {
        const root = project({
            'package.json': '{}\n',
            'shared/ps/sanction-library.json': manifest(),
            'shared/ps/curfew.sanction': CURFEW,
            'orders/order.sanction': order('probation-standard/curfew')
        });
        fs.mkdirSync(path.join(root, 'node_modules'));
        fs.symlinkSync(path.join(root, 'shared/ps'), path.join(root, 'node_modules/probation-standard'), 'dir');
        const [findings] = await lintPaths(path.join(root, 'orders/order.sanction'));
        expect(importFindings(findings)).toEqual([]);
    });

    test('a relative import in a library file that leaves the library is refused at that import', async () => {
        const root = configured({
            'outside/secret.sanction': SECRET.replace('home-curfew', 'secret-curfew'),
            'libs/ps/curfew.sanction': 'import "../../outside/secret.sanction".\n' + CURFEW
        });
        const { Sanction } = createSanctionCoreServices(NodeFileSystem);
        const [orderResult, libraryResult] = await lintFiles(Sanction, [URI.file(path.join(root, 'orders/order.sanction')), URI.file(path.join(root, 'libs/ps/curfew.sanction'))]);
        expect(importFindings(orderResult.findings)).toEqual([]);
        expect(importFindings(libraryResult.findings)).toEqual([
            "unresolved-import/library@1:8-1:39: '../../outside/secret.sanction' leads outside the folder of library 'probation-standard', which is not allowed: an import from a library names a file inside it"
        ]);
        const loaded = Sanction.shared.workspace.LangiumDocuments.all.map(d => d.uri.fsPath).toArray();
        expect(loaded.filter(p => p.includes(`${path.sep}outside${path.sep}`))).toEqual([]);
    });

    test('node_modules above the repository root (the folder with .git) are not looked in', async () => {
        const root = project({
            'node_modules/probation-standard/sanction-library.json': manifest(),
            'node_modules/probation-standard/curfew.sanction': CURFEW,
            'repo/.git/HEAD': 'ref: refs/heads/main\n',
            'repo/orders/order.sanction': order('probation-standard/curfew')
        });
        const [findings] = await lintPaths(path.join(root, 'repo/orders/order.sanction'));
        expect(importFindings(findings)[0]).toBe("unresolved-import/library@1:8-1:35: There is no template library 'probation-standard' (no library is configured or installed for this file): name its folder in `libraries` of sanction.config.json or install its npm package; a path to a file ends with .sanction");
    });
});

describe('cycles', () => {
    test('two files importing each other: each import is reported, and linting ends', async () => {
        const a = 'import "b.sanction".\ntemplate a-curfew(address: text = "x"):\n  "A."\n  requirement curfew, at address, from 20:00 to 06:00, on every day, for 1 month.\n';
        const b = 'import "a.sanction".\ntemplate b-curfew(address: text = "x"):\n  "B."\n  requirement curfew, at address, from 20:00 to 06:00, on every day, for 1 month.\n';
        const root = project({ 'a.sanction': a, 'b.sanction': b });
        const [fa, fb] = await lintPaths(path.join(root, 'a.sanction'), path.join(root, 'b.sanction'));
        expect(importFindings(fa)).toEqual(['unresolved-import/cycle@1:8-1:20: This import closes a cycle (a.sanction → b.sanction → a.sanction): files cannot import each other in a ring; move the templates they share into a file that imports neither']);
        expect(importFindings(fb)).toEqual(['unresolved-import/cycle@1:8-1:20: This import closes a cycle (b.sanction → a.sanction → b.sanction): files cannot import each other in a ring; move the templates they share into a file that imports neither']);
    });

    test('a ring of three files through a library', async () => {
        const root = configured({
            'libs/ps/curfew.sanction': 'import "./exclusion.sanction".\n' + CURFEW,
            'libs/ps/exclusion.sanction': 'import "probation-standard/curfew".\n' + EXCLUSION
        });
        const { Sanction } = createSanctionCoreServices(NodeFileSystem);
        const files = ['orders/order.sanction', 'libs/ps/curfew.sanction', 'libs/ps/exclusion.sanction'].map(f => URI.file(path.join(root, f)));
        const [o, c, e] = await lintFiles(Sanction, files);
        expect(importFindings(o.findings)).toEqual([]);
        expect(importFindings(c.findings)).toEqual(['unresolved-import/cycle@1:8-1:30: This import closes a cycle (curfew.sanction → exclusion.sanction → curfew.sanction): files cannot import each other in a ring; move the templates they share into a file that imports neither']);
        expect(importFindings(e.findings)).toEqual(['unresolved-import/cycle@1:8-1:35: This import closes a cycle (exclusion.sanction → curfew.sanction → exclusion.sanction): files cannot import each other in a ring; move the templates they share into a file that imports neither']);
    });
});

describe('the language server', () => {
    test('loads a library file an open order imports by name and links its templates', async () => {
        const root = configured();
        const { shared, Sanction } = createSanctionServices({ ...NodeFileSystem });
        const uri = URI.file(path.join(root, 'orders/order.sanction'));
        const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(uri.fsPath, 'utf8'), uri);
        shared.workspace.LangiumDocuments.addDocument(document);
        await shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(findingsOf(document).map(describeFinding)).toEqual([]);
        expect(shared.workspace.LangiumDocuments.hasDocument(URI.file(path.join(root, 'libs/ps/curfew.sanction')))).toBe(true);
        expect(Sanction.sanction.imports.libraryOf(URI.file(path.join(root, 'libs/ps/curfew.sanction')))?.manifest.name).toBe('probation-standard');
    });
});

describe('renaming across a library', () => {
    const NPM_CURFEW = CURFEW;
    async function serverWith(root: string, ...files: string[]) {
        const { shared, Sanction } = createSanctionServices({ ...NodeFileSystem });
        const documents = files.map(file => {
            const uri = URI.file(path.join(root, file));
            const document = shared.workspace.LangiumDocumentFactory.fromString(fs.readFileSync(uri.fsPath, 'utf8'), uri);
            shared.workspace.LangiumDocuments.addDocument(document);
            return document;
        });
        await shared.workspace.DocumentBuilder.build(documents, { validation: true });
        return { Sanction, documents };
    }
    const at = (text: string, word: string) => {
        const offset = text.indexOf(word);
        const lines = text.slice(0, offset).split('\n');
        return { line: lines.length - 1, character: lines[lines.length - 1]!.length + 1 };
    };

    test('a template of an npm library is read-only: renaming it from an order is refused with the package named', async () => {
        const root = project({
            'package.json': '{ "name": "court-orders", "private": true }\n',
            'node_modules/@court/templates/sanction-library.json': manifest({ name: '@court/templates' }),
            'node_modules/@court/templates/curfew.sanction': NPM_CURFEW,
            'orders/order.sanction': order('@court/templates/curfew')
        });
        const { Sanction, documents: [document] } = await serverWith(root, 'orders/order.sanction');
        const text = document!.textDocument.getText();
        const rename = Sanction.lsp.RenameProvider!.rename(document!, { textDocument: { uri: document!.uri.toString() }, position: at(text, 'home-curfew with'), newName: 'curfew-at-home' });
        await expect(rename).rejects.toThrow("Template 'home-curfew' is defined in the npm package '@court/templates', which npm installs and would overwrite: rename it in the library's own sources and publish a new version.");
    });

    test('a template of a library in the workspace is renamed in the library and in the order', async () => {
        const root = configured();
        const { Sanction, documents: [document] } = await serverWith(root, 'orders/order.sanction');
        const text = document!.textDocument.getText();
        const edit = await Sanction.lsp.RenameProvider!.rename(document!, { textDocument: { uri: document!.uri.toString() }, position: at(text, 'home-curfew with'), newName: 'curfew-at-home' });
        expect(Object.keys(edit?.changes ?? {}).map(uri => path.relative(root, URI.parse(uri).fsPath)).sort()).toEqual(['libs/ps/curfew.sanction', 'orders/order.sanction']);
    });
});
