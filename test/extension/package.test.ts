/**
 * The VS Code extension as it ships: its contributions agree with the language, and the .vsix that
 * `npm run package` builds holds the bundles and the grammar, nothing it should not, and works from a
 * folder with no node_modules.
 */
import { execFileSync, spawn } from 'node:child_process';
import * as fs from 'node:fs';
import { builtinModules } from 'node:module';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI } from 'vscode-uri';
import { checkDocsUrl } from '../../language/src/core/finding.js';
import { ALL_CHECKS } from '../../language/src/validation/checks/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const extensionDir = path.join(repoRoot, 'packages', 'vscode');
const vsixPath = path.join(extensionDir, 'sanction-orders.vsix');
const MAX_VSIX_BYTES = 3 * 1024 * 1024;

interface Manifest {
    name: string;
    main: string;
    icon: string;
    engines: { vscode: string };
    activationEvents?: string[];
    scripts: Record<string, string>;
    contributes: {
        languages: Array<{ id: string; aliases: string[]; extensions: string[]; configuration: string }>;
        grammars: Array<{ language: string; scopeName: string; path: string }>;
    };
}

const readJson = <T>(file: string): T => JSON.parse(fs.readFileSync(file, 'utf8')) as T;
const manifest = readJson<Manifest>(path.join(extensionDir, 'package.json'));

// ---------------------------------------------------------------------------------------------
// A minimal zip reader (a .vsix is a zip): the central directory, and stored or deflated entries.
// ---------------------------------------------------------------------------------------------

interface ZipEntry {
    name: string;
    method: number;
    compressedSize: number;
    localHeaderOffset: number;
}

function zipEntries(zip: Buffer): ZipEntry[] {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === 0x06054b50) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0) {
        throw new Error('not a zip file: no end of central directory record');
    }
    const count = zip.readUInt16LE(eocd + 10);
    let offset = zip.readUInt32LE(eocd + 16);
    const entries: ZipEntry[] = [];
    for (let i = 0; i < count; i++) {
        if (zip.readUInt32LE(offset) !== 0x02014b50) {
            throw new Error(`bad central directory entry at ${offset}`);
        }
        const nameLength = zip.readUInt16LE(offset + 28);
        const extraLength = zip.readUInt16LE(offset + 30);
        const commentLength = zip.readUInt16LE(offset + 32);
        entries.push({
            method: zip.readUInt16LE(offset + 10),
            compressedSize: zip.readUInt32LE(offset + 20),
            localHeaderOffset: zip.readUInt32LE(offset + 42),
            name: zip.toString('utf8', offset + 46, offset + 46 + nameLength)
        });
        offset += 46 + nameLength + extraLength + commentLength;
    }
    return entries;
}

function zipRead(zip: Buffer, entry: ZipEntry): Buffer {
    const header = entry.localHeaderOffset;
    const start = header + 30 + zip.readUInt16LE(header + 26) + zip.readUInt16LE(header + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    switch (entry.method) {
        case 0: return Buffer.from(data);
        case 8: return zlib.inflateRawSync(data);
        default: throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
    }
}

// ---------------------------------------------------------------------------------------------

let vsix: Buffer;
let entries: ZipEntry[];
let names: string[];
let unpacked: string;

beforeAll(() => {
    fs.rmSync(vsixPath, { force: true });
    // The root script, as CI and the release run it: build, then `vsce package`. The Node that runs
    // the tests goes first on PATH (Langium needs Node 22 or later), then the project's tools.
    const env = {
        ...process.env,
        PATH: [path.dirname(process.execPath), path.join(repoRoot, 'node_modules', '.bin'), process.env.PATH].join(path.delimiter)
    };
    try {
        execFileSync('npm', ['run', 'package'], { cwd: repoRoot, env, stdio: 'pipe', encoding: 'utf8', timeout: 240_000 });
    } catch (error) {
        const { stdout, stderr } = error as { stdout?: string; stderr?: string };
        throw new Error(`npm run package failed:\n${stdout ?? ''}\n${stderr ?? ''}`);
    }
    vsix = fs.readFileSync(vsixPath);
    entries = zipEntries(vsix);
    names = entries.map(e => e.name);
    unpacked = fs.mkdtempSync(path.join(os.tmpdir(), 'sanction-vsix-'));
    for (const entry of entries) {
        const target = path.join(unpacked, entry.name);
        expect(target.startsWith(unpacked + path.sep)).toBe(true);
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.writeFileSync(target, zipRead(vsix, entry));
    }
}, 300_000);

afterAll(() => {
    if (unpacked) {
        fs.rmSync(unpacked, { recursive: true, force: true });
    }
});

describe('contributions', () => {
    const langiumConfig = readJson<{ languages: Array<{ id: string; fileExtensions: string[]; textMate: { out: string } }> }>(
        path.join(repoRoot, 'langium-config.json')
    );

    it('contribute the language Langium generates, with its file extension', () => {
        expect(manifest.contributes.languages).toHaveLength(1);
        const [language] = manifest.contributes.languages;
        expect(language.id).toBe('sanction');
        expect(language.aliases[0]).toBe('Sanction Order');
        expect(langiumConfig.languages.map(l => l.id)).toEqual([language.id]);
        expect(language.extensions).toEqual(langiumConfig.languages[0].fileExtensions);
    });

    it('contribute the grammar that is built into the extension from the generated one', () => {
        const [grammar] = manifest.contributes.grammars;
        expect(grammar).toMatchObject({ language: 'sanction', scopeName: 'source.sanction' });
        const built = path.join(extensionDir, grammar.path);
        expect(fs.existsSync(built), `${grammar.path} after the build`).toBe(true);
        const generated = path.join(repoRoot, langiumConfig.languages[0].textMate.out);
        expect(fs.readFileSync(built, 'utf8')).toBe(fs.readFileSync(generated, 'utf8'));
        expect(readJson<{ scopeName: string }>(built).scopeName).toBe(grammar.scopeName);
    });

    it('point at files that exist: main bundle, icon, language configuration', () => {
        expect(fs.existsSync(path.join(extensionDir, manifest.main))).toBe(true);
        const icon = fs.readFileSync(path.join(extensionDir, manifest.icon));
        expect(icon.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
        expect([icon.readUInt32BE(16), icon.readUInt32BE(20)]).toEqual([128, 128]);
        expect(fs.existsSync(path.join(extensionDir, manifest.contributes.languages[0].configuration))).toBe(true);
    });

    it('configure comments, brackets and quotes, and keep hyphenated words, dates and times whole', () => {
        const config = readJson<{
            comments: { lineComment: string; blockComment: [string, string] };
            brackets: Array<[string, string]>;
            autoClosingPairs: Array<{ open: string; close: string }>;
            wordPattern: string;
        }>(path.join(extensionDir, manifest.contributes.languages[0].configuration));
        expect(config.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
        expect(config.brackets).toContainEqual(['(', ')']);
        expect(config.autoClosingPairs).toEqual(expect.arrayContaining([
            expect.objectContaining({ open: '(', close: ')' }),
            expect.objectContaining({ open: '"', close: '"' })
        ]));
        const words = (text: string) => text.match(new RegExp(config.wordPattern, 'g'));
        expect(words('minor non-compliance leads to a warning.')).toEqual(['minor', 'non-compliance', 'leads', 'to', 'a', 'warning']);
        expect(words('apply home-curfew with start 19:00.')).toEqual(['apply', 'home-curfew', 'with', 'start', '19:00']);
        expect(words('made on 2026-03-14.')).toEqual(['made', 'on', '2026-03-14']);
        expect(words('requirement non-residential, 20 sessions')).toEqual(['requirement', 'non-residential', '20', 'sessions']);
        expect(words('"Zürich"')).toEqual(['Zürich']);
    });

    it('activate on the language (VS Code derives onLanguage:sanction from the contribution)', () => {
        expect(manifest.engines.vscode).toMatch(/^\^1\.(9[1-9]|\d{3})\./);
        for (const event of manifest.activationEvents ?? []) {
            expect(event).toMatch(/^(onLanguage:sanction|workspaceContains:)/);
        }
    });
});

describe('the .vsix built by npm run package', () => {
    it('holds every file the manifest points to (schemas, grammar, snippets, configuration)', () => {
        const contributes = manifest.contributes as Record<string, Array<Record<string, unknown>>>;
        const pointed = [
            ...(contributes.jsonValidation ?? []).map(entry => entry.url),
            ...(contributes.grammars ?? []).map(entry => entry.path),
            ...(contributes.snippets ?? []).map(entry => entry.path),
            ...(contributes.languages ?? []).map(entry => entry.configuration)
        ].filter((file): file is string => typeof file === 'string').map(file => `extension/${file.replace(/^\.\//, '')}`);
        expect(pointed.length).toBeGreaterThan(4);
        expect(pointed.filter(file => !names.includes(file))).toEqual([]);
    });

    it('holds both bundles, the grammar and the manifest files', () => {
        expect(names).toEqual(expect.arrayContaining([
            'extension/package.json',
            'extension/dist/extension.cjs',
            'extension/dist/server.cjs',
            'extension/syntaxes/sanction.tmLanguage.json',
            'extension/language-configuration.json',
            'extension/media/preview.css',
            'extension/package.nls.json',
            'extension/package.nls.fr.json',
            'extension/l10n/bundle.l10n.fr.json',
            'extension/icon.png',
            'extension/readme.md',
            'extension/changelog.md',
            'extension/LICENSE.txt'
        ]));
    });

    it('holds the manifest\'s words for every placeholder of the packaged manifest, and the French of the messages', () => {
        const packaged = (name: string) => readJson<Record<string, unknown>>(path.join(unpacked, 'extension', name));
        const keys = [...JSON.stringify(packaged('package.json')).matchAll(/"%([^"%]+)%"/g)].map(m => m[1]);
        expect(keys).toContain('command.lintWorkspace.title');
        for (const nls of ['package.nls.json', 'package.nls.fr.json']) {
            const words = packaged(nls);
            expect(keys.filter(key => typeof words[key] !== 'string'), nls).toEqual([]);
        }
        expect(packaged('package.nls.json')['command.lintWorkspace.title']).toBe('Check All Orders in the Workspace');
        expect(packaged('l10n/bundle.l10n.fr.json')).toEqual(readJson(path.join(extensionDir, 'l10n', 'bundle.l10n.fr.json')));
    });

    it('holds no source maps, sources, tests, build scripts or node_modules', () => {
        const unwanted = names.filter(name =>
            name.endsWith('.map')
            || /(^|\/)(src|test|tests|scripts|node_modules)\//.test(name)
            || /\.(ts|mts|mjs|tsx)$/.test(name)
            || /(^|\/)(esbuild\.mjs|tsconfig\.json|\.vscodeignore|\.gitignore)$/.test(name)
            || name.endsWith('.vsix'));
        expect(unwanted).toEqual([]);
        expect(names.filter(name => name.startsWith('extension/dist/')).sort()).toEqual(['extension/dist/extension.cjs', 'extension/dist/server.cjs']);
    });

    it('is under 3 MB', () => {
        expect(vsix.length).toBeLessThan(MAX_VSIX_BYTES);
    });

    it('ships the production build: minified, with no source map reference', () => {
        for (const bundle of ['extension', 'server']) {
            const code = fs.readFileSync(path.join(unpacked, 'extension', 'dist', `${bundle}.cjs`), 'utf8');
            expect(code).not.toMatch(/sourceMappingURL/);
            // Minified: no per-module path comments (esbuild writes `// ../../language/src/…` otherwise),
            // and local names are shortened.
            expect(code, bundle).not.toMatch(/^\s*\/\/ [^\n]*(src|node_modules)\//m);
            expect(code, bundle).not.toMatch(/function (activate|runCheck|registerChecks)\(/);
        }
    });

    it('has bundles that require only Node built-ins (and vscode, in the client)', () => {
        const builtins = new Set(builtinModules.flatMap(m => [m, `node:${m}`]));
        for (const [bundle, allowed] of [['extension', ['vscode']], ['server', []]] as const) {
            const code = fs.readFileSync(path.join(unpacked, 'extension', 'dist', `${bundle}.cjs`), 'utf8');
            const required = [...new Set([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map(m => m[1]))];
            // ajv (config validation) carries `require("ajv/dist/runtime/…")` as text for the code it
            // writes in standalone mode, which we never use; its runtime is bundled and reached directly.
            const foreign = required.filter(id => !builtins.has(id) && !(allowed as readonly string[]).includes(id) && !id.startsWith('ajv/dist/runtime/'));
            expect(foreign, `${bundle}.cjs requires`).toEqual([]);
        }
    });

    it('has a client bundle that loads as CommonJS and exports activate and deactivate', () => {
        const bundle = path.join(unpacked, 'extension', 'dist', 'extension.cjs');
        // VS Code provides `vscode`; here a stand-in that answers every property with another stand-in.
        const loader = `
            const Module = require('node:module');
            const stub = name => new Proxy(function () {}, {
                get: (_t, p) => p === 'then' ? undefined : p === 'prototype' ? {} : stub(name + '.' + String(p)),
                apply: () => stub(name + '()'),
                construct: () => stub('new ' + name)
            });
            const resolve = Module._resolveFilename;
            Module._resolveFilename = function (request, ...rest) { return request === 'vscode' ? 'vscode' : resolve.call(this, request, ...rest); };
            require.cache.vscode = { id: 'vscode', filename: 'vscode', loaded: true, exports: stub('vscode') };
            const extension = require(${JSON.stringify(bundle)});
            process.stdout.write(JSON.stringify(Object.keys(extension).sort()));
        `;
        const out = execFileSync(process.execPath, ['-e', loader], { cwd: unpacked, encoding: 'utf8', timeout: 30_000 });
        expect(JSON.parse(out)).toEqual(['activate', 'deactivate']);
    });

    it('has a server that starts and answers initialize from the unpacked folder, with no node_modules around', async () => {
        let dir = unpacked;
        while (path.dirname(dir) !== dir) {
            expect(fs.existsSync(path.join(dir, 'node_modules')), `${dir}/node_modules`).toBe(false);
            dir = path.dirname(dir);
        }
        const child = spawn(process.execPath, [path.join(unpacked, 'extension', 'dist', 'server.cjs'), '--stdio'], { cwd: unpacked });
        try {
            const body = JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
            child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
            const reply = await new Promise<string>((resolve, reject) => {
                let out = '';
                let err = '';
                const timer = setTimeout(() => reject(new Error(`no reply to initialize; stderr: ${err}`)), 20_000);
                child.stderr.on('data', chunk => { err += chunk; });
                child.stdout.on('data', chunk => {
                    out += chunk;
                    const match = /Content-Length: (\d+)\r\n\r\n/.exec(out);
                    if (match && Buffer.byteLength(out.slice(match.index + match[0].length)) >= Number(match[1])) {
                        clearTimeout(timer);
                        resolve(out.slice(match.index + match[0].length));
                    }
                });
                child.once('exit', code => reject(new Error(`server exited with ${code}; stderr: ${err}`)));
            });
            const message = JSON.parse(reply) as { id: number; result?: { capabilities: Record<string, unknown> } };
            expect(message.id).toBe(1);
            expect(message.result?.capabilities.textDocumentSync).toBeDefined();
        } finally {
            child.kill();
        }
    }, 30_000);
});

describe('diagnostic code links', () => {
    it('survive the Uri.parse that vscode-languageclient applies to codeDescription.href', () => {
        // VS Code shows `code` as a link to `codeDescription.href` after parsing it into a vscode.Uri
        // (the same implementation as vscode-uri); a link that does not round-trip opens another page.
        for (const check of ALL_CHECKS) {
            const href = checkDocsUrl(check.id);
            const uri = URI.parse(href);
            expect(uri.scheme, check.id).toBe('https');
            expect(uri.toString(), check.id).toBe(href);
            expect(uri.toString(true), check.id).toBe(href);
        }
    });
});
