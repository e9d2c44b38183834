import * as fs from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseManifest } from '../../language/src/library/manifest.js';
import { cleanOrder, describeFinding, EXAMPLE_LIBRARY, EXAMPLE_PACKAGE, lintPaths, project } from './helpers.js';

/**
 * Every template of examples/library, applied with its defaults in an otherwise clean order,
 * imported by the library's name through sanction.config.json, lints clean under every profile
 * the manifest names.
 */
function readLibrary(folder: string) {
    const manifest = parseManifest(fs.readFileSync(path.join(folder, 'sanction-library.json'), 'utf8'), 'sanction-library.json');
    const files = fs.readdirSync(folder).filter(name => name.endsWith('.sanction')).sort();
    const templates = files.flatMap(file => [...fs.readFileSync(path.join(folder, file), 'utf8').matchAll(/^template ([A-Za-z][A-Za-z0-9-]*)\(/gm)]
        .map(match => ({ file: file.replace(/\.sanction$/, ''), name: match[1] })));
    return { manifest, files, templates };
}
const { manifest, files, templates } = readLibrary(EXAMPLE_LIBRARY);
const packaged = readLibrary(EXAMPLE_PACKAGE);

describe('examples/library', () => {
    test('has a valid manifest naming coe and england-wales', () => {
        expect(manifest.problems).toEqual([]);
        expect(manifest.manifest?.name).toBe('probation-standard');
        expect(manifest.manifest?.profiles).toEqual(['coe', 'england-wales']);
    });

    test('holds at least 15 templates in several files, each with a doc comment and a default for every parameter', () => {
        expect(templates.length).toBeGreaterThanOrEqual(15);
        expect(new Set(templates.map(t => t.file)).size).toBeGreaterThanOrEqual(6);
        for (const file of files) {
            const text = fs.readFileSync(path.join(EXAMPLE_LIBRARY, file), 'utf8');
            for (const match of text.matchAll(/^template ([A-Za-z][A-Za-z0-9-]*)\((.*)\):\n\s*"(.+)"$/gm)) {
                const parameters = match[2].split(/,\s*(?=[A-Za-z][A-Za-z0-9-]*:)/);
                expect(parameters.every(p => / = /.test(p)), `${match[1]}: every parameter has a default`).toBe(true);
                expect(match[3].length, `${match[1]}: doc comment`).toBeGreaterThan(20);
            }
            expect([...text.matchAll(/^template /gm)].length).toBe([...text.matchAll(/^template .*\):\n\s*"/gm)].length);
        }
    });

    test('no two templates of the library share a name (an order may import several of its files)', () => {
        const names = templates.map(t => t.name);
        expect(names.filter((name, i) => names.indexOf(name) !== i)).toEqual([]);
    });

    for (const profile of ['coe', 'england-wales']) {
        test.each(templates.map(t => [t.name, t.file]))(`%s (from %s) applied with its defaults is clean under ${profile}`, async (name, file) => {
            const root = project({
                'sanction.config.json': JSON.stringify({ profile, libraries: { 'probation-standard': EXAMPLE_LIBRARY } }),
                'order.sanction': cleanOrder([`probation-standard/${file}`], `apply ${name}.`)
            });
            const [findings] = await lintPaths(path.join(root, 'order.sanction'));
            expect(findings.map(describeFinding)).toEqual([]);
        });
    }
});

describe('examples/library-package (an npm-style package)', () => {
    test('has a package.json and a manifest of the same name and version', () => {
        const pkg = JSON.parse(fs.readFileSync(path.join(EXAMPLE_PACKAGE, 'package.json'), 'utf8'));
        expect(packaged.manifest.problems).toEqual([]);
        expect([pkg.name, pkg.version]).toEqual([packaged.manifest.manifest?.name, packaged.manifest.manifest?.version]);
        expect(pkg.files).toEqual(['sanction-library.json', '*.sanction']);
        expect(packaged.templates.length).toBeGreaterThanOrEqual(3);
    });

    for (const profile of ['coe', 'england-wales']) {
        test.each(packaged.templates.map(t => [t.name, t.file]))(`%s (from %s), installed in node_modules, applied with its defaults is clean under ${profile}`, async (name, file) => {
            const root = project({
                'package.json': '{ "private": true }\n',
                'sanction.config.json': JSON.stringify({ profile }),
                'order.sanction': cleanOrder([`@south-west-courts/prohibitions/${file}`], `apply ${name}.`)
            });
            fs.mkdirSync(path.join(root, 'node_modules/@south-west-courts'), { recursive: true });
            fs.symlinkSync(EXAMPLE_PACKAGE, path.join(root, 'node_modules/@south-west-courts/prohibitions'), 'dir');
            const [findings] = await lintPaths(path.join(root, 'order.sanction'));
            expect(findings.map(describeFinding)).toEqual([]);
        });
    }

    test('the example order imports from both libraries by name and lints clean, with no unresolved import', async () => {
        const file = path.join(EXAMPLE_PACKAGE, 'example-order/order-from-libraries.sanction');
        const text = fs.readFileSync(file, 'utf8');
        expect(text).toContain('import "probation-standard/curfew".');
        expect(text).toContain('import "@south-west-courts/prohibitions/activities".');
        const [findings] = await lintPaths(file);
        expect(findings.map(describeFinding)).toEqual([]);
    });

    test('without its sanction.config.json the same order gets unresolved-import at each library import', async () => {
        const root = project({ 'package.json': '{}\n', 'order.sanction': fs.readFileSync(path.join(EXAMPLE_PACKAGE, 'example-order/order-from-libraries.sanction'), 'utf8') });
        const [findings] = await lintPaths(path.join(root, 'order.sanction'));
        expect(findings.filter(f => f.checkId === 'unresolved-import').map(f => `${f.messageId}@${f.range.start.line + 1}`)).toEqual(['library@7', 'library@8', 'library@9', 'library@10']);
    });
});
