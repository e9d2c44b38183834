import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { NodeFileSystem } from 'langium/node';
import { URI } from 'vscode-uri';
import { beforeAll, describe, expect, test } from 'vitest';
import { createSanctionCoreServices } from '../language/src/sanction-module.js';
import { lintFiles, type FileFindings } from '../language/src/core/lint.js';

/**
 * Every example is headed by the findings it must produce, one per line:
 *   // expect <check-id> at line <N>
 * or by "// Expected findings: none." The linter must produce exactly those, no more.
 */
const EXAMPLES = resolve(__dirname, '../examples');

function sanctionFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? sanctionFiles(path) : path.endsWith('.sanction') ? [path] : [];
    }).sort();
}

function declared(text: string): { none: boolean; expected: string[] } {
    const header = text.split('\n').filter(line => line.startsWith('//'));
    const none = header.some(line => /^\/\/\s*Expected findings: none\.\s*$/.test(line));
    const expected = header
        .map(line => /^\/\/\s*expect\s+([a-z-]+)\s+at\s+line\s+(\d+)\s*$/.exec(line))
        .filter((m): m is RegExpExecArray => !!m)
        .map(m => `${m[1]} at line ${m[2]}`);
    return { none, expected };
}

const files = sanctionFiles(EXAMPLES);
let results: Map<string, FileFindings>;

beforeAll(async () => {
    const services = createSanctionCoreServices(NodeFileSystem).Sanction;
    const found = await lintFiles(services, files.map(f => URI.file(f)));
    results = new Map(found.map(r => [r.uri.fsPath, r]));
});

describe('examples produce exactly the findings their header declares', () => {
    test('there are at least 8 example orders, good and bad', () => {
        expect(files.length).toBeGreaterThanOrEqual(8);
        expect(files.filter(f => declared(readFileSync(f, 'utf8')).none).length).toBeGreaterThanOrEqual(5);
    });

    test.each(files.map(f => [relative(EXAMPLES, f), f]))('%s', (_name, path) => {
        const header = declared(readFileSync(path, 'utf8'));
        expect(header.none || header.expected.length > 0, 'the file must declare its findings').toBe(true);
        expect(header.none && header.expected.length > 0, 'a file cannot declare none and some findings').toBe(false);
        const result = results.get(path)!;
        expect(result.unreadable).toBeUndefined();
        const actual = result.findings.map(f => `${f.checkId} at line ${f.range.start.line + 1}`).sort();
        expect(actual).toEqual([...header.expected].sort());
    });
});

describe('the examples show every check of RULE-MAP.md', () => {
    test('each Rule check is raised by at least one example', async () => {
        const { ALL_CHECKS } = await import('../language/src/validation/checks/index.js');
        const raised = new Set([...results.values()].flatMap(r => r.findings.map(f => f.checkId)));
        const missing = ALL_CHECKS.filter(check => check.family !== 'language' && !raised.has(check.id)).map(check => check.id);
        expect(missing).toEqual([]);
    });
});
