/**
 * The extension's own words in English and French: the manifest's `%key%` placeholders against
 * package.nls.json and package.nls.fr.json, and every message the source passes to `t(…)`
 * (`vscode.l10n.t`, or the `Translate` that preview-html.ts is given) against
 * l10n/bundle.l10n.fr.json. The source is scanned, so a message added in English without its
 * French fails here, as does a French entry no message uses any more.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PRODUCT_NAME = 'Sanction Orders';

const readJson = (file: string): unknown => JSON.parse(fs.readFileSync(path.join(extensionDir, file), 'utf8'));
const manifest = readJson('package.json') as Record<string, unknown> & { l10n?: string; contributes: Record<string, unknown> };
const nlsEnglish = readJson('package.nls.json') as Record<string, string>;
const nlsFrench = readJson('package.nls.fr.json') as Record<string, string>;
const bundleFrench = readJson('l10n/bundle.l10n.fr.json') as Record<string, string>;

/** Every string value of a JSON value, with the path to it. */
function strings(value: unknown, at = ''): Array<[string, string]> {
    if (typeof value === 'string') {
        return [[at, value]];
    }
    if (Array.isArray(value)) {
        return value.flatMap((item, index) => strings(item, `${at}[${index}]`));
    }
    if (value && typeof value === 'object') {
        return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
    }
    return [];
}

const placeholderKey = (text: string) => /^%([^%]+)%$/.exec(text)?.[1];
/** `{0}`, `{name}`: what vscode.l10n.t replaces. */
const placeholders = (text: string) => [...text.matchAll(/\{[^{}]+\}/g)].map(m => m[0]).sort();
/** What the drafter types or reads as code (`sanction render`, `profile`): written the same in every language. */
const codeSpans = (text: string) => [...text.matchAll(/`[^`]*`/g)].map(m => m[0]).sort();

describe('the manifest\'s words (package.nls.json, package.nls.fr.json)', () => {
    const used = strings(manifest).flatMap(([at, text]) => {
        const key = placeholderKey(text);
        return key === undefined ? [] : [[at, key] as const];
    });

    it('name every key they have, in English and in French, and no other', () => {
        expect(used.length).toBe(11);
        expect(used.filter(([, key]) => !(key in nlsEnglish))).toEqual([]);
        expect(used.filter(([, key]) => !(key in nlsFrench))).toEqual([]);
        const keys = [...new Set(used.map(([, key]) => key))].sort();
        expect(Object.keys(nlsEnglish).sort()).toEqual(keys);
        expect(Object.keys(nlsFrench).sort()).toEqual(keys);
    });

    it('leave no user-visible string of the manifest in English but the product\'s name', () => {
        const contributes = manifest.contributes as {
            commands: Array<{ title: string; category: string }>;
            configuration: { title: string; properties: Record<string, { description?: string; markdownDescription?: string; enumDescriptions?: string[] }> };
            problemMatchers: Array<{ label: string }>;
        };
        const visible = [
            manifest.description as string,
            ...contributes.commands.map(c => c.title),
            ...Object.values(contributes.configuration.properties).flatMap(p => [p.description, p.markdownDescription, ...(p.enumDescriptions ?? [])]),
            ...contributes.problemMatchers.map(m => m.label)
        ].filter((text): text is string => text !== undefined);
        expect(visible.filter(text => placeholderKey(text) === undefined)).toEqual([]);
        // The category and the settings' title are the product's name, which no language translates.
        expect([...new Set([...contributes.commands.map(c => c.category), contributes.configuration.title])]).toEqual([PRODUCT_NAME]);
    });

    it('are translated: every French text differs from the English and keeps its code as written', () => {
        for (const [key, text] of Object.entries(nlsEnglish)) {
            const french = nlsFrench[key];
            expect(french, key).not.toBe(text);
            expect(french.trim(), key).not.toBe('');
            expect(codeSpans(french), key).toEqual(codeSpans(text));
            expect(placeholders(french), key).toEqual(placeholders(text));
        }
    });

    it('keep the English the manifest had before it took placeholders', () => {
        expect(nlsEnglish['command.lintWorkspace.title']).toBe('Check All Orders in the Workspace');
        expect(nlsEnglish['command.showRules.title']).toBe('Show the Rules of CM/Rec(2017)3');
        expect(nlsEnglish['command.showPreview.title']).toBe('Open Preview to the Side');
        expect(nlsEnglish.description).toBe('Write criminal sanction orders with diagnostics that cite Recommendation CM/Rec(2017)3.');
        expect(nlsFrench['command.showPreview.title']).toBe('Ouvrir l\'aperçu sur le côté');
    });
});

// ---------------------------------------------------------------------------------------------
// The messages of the source
// ---------------------------------------------------------------------------------------------

interface Call {
    file: string;
    line: number;
    /** The message, unescaped; undefined when the first argument is not a single string literal. */
    message?: string;
    source: string;
}

/** Every `t(` call of src/ (`vscode.l10n.t(…)` and the `t(…)` of preview-html.ts). */
function translateCalls(): Call[] {
    const dir = path.join(extensionDir, 'src');
    const calls: Call[] = [];
    for (const file of fs.readdirSync(dir).filter(name => name.endsWith('.ts')).sort()) {
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        for (const match of text.matchAll(/\bt\(\s*/g)) {
            const from = match.index + match[0].length;
            const literal = /^'((?:[^'\\\n]|\\.)*)'\s*[,)]/.exec(text.slice(from));
            calls.push({
                file,
                line: text.slice(0, match.index).split('\n').length,
                message: literal ? literal[1].replace(/\\(.)/g, '$1') : undefined,
                source: text.slice(match.index, match.index + 80)
            });
        }
    }
    return calls;
}

describe('the extension\'s messages (l10n/bundle.l10n.fr.json)', () => {
    const calls = translateCalls();
    const messages = [...new Set(calls.flatMap(call => (call.message === undefined ? [] : [call.message])))].sort();

    it('are each a single string literal, so that the scan (and @vscode/l10n-dev) finds them all', () => {
        expect(calls.filter(call => call.message === undefined).map(call => `${call.file}:${call.line}: ${call.source}`)).toEqual([]);
        // In each of the three files that show something.
        expect([...new Set(calls.map(call => call.file))]).toEqual(['extension.ts', 'preview-html.ts', 'preview.ts', 'summary.ts']);
        expect(messages).toContain('{problems} ({errors}, {warnings}) in {filesWithProblems} of {files} files.');
        expect(messages).toContain('Nothing to preview: {0}.');
        expect(messages.length).toBe(26);
    });

    it('have each a French entry with the same placeholders and code, and the bundle holds no other', () => {
        expect(messages.filter(message => !(message in bundleFrench))).toEqual([]);
        expect(Object.keys(bundleFrench).filter(key => !messages.includes(key))).toEqual([]);
        for (const message of messages) {
            const french = bundleFrench[message];
            expect(french, message).not.toBe(message);
            expect(french.trim(), message).not.toBe('');
            expect(placeholders(french), message).toEqual(placeholders(message));
            expect(codeSpans(french), message).toEqual(codeSpans(message));
        }
    });

    it('use {0}, {1}… in order from zero, or names', () => {
        for (const message of messages) {
            const positional = placeholders(message).filter(p => /^\{\d+\}$/.test(p)).map(p => Number(p.slice(1, -1)));
            expect([...new Set(positional)].sort(), message).toEqual(positional.length ? [...Array(Math.max(...positional) + 1).keys()] : []);
        }
    });

    it('are found where the manifest says: `"l10n": "./l10n"`', () => {
        expect(manifest.l10n).toBe('./l10n');
        expect(fs.readdirSync(path.join(extensionDir, 'l10n')).sort()).toEqual(['bundle.l10n.fr.json']);
    });
});
