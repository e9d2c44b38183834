/**
 * The CI recipes (issue 13): docs/ci.md's YAML blocks, the composite action.yml and
 * .pre-commit-hooks.yaml parse as YAML, and every `sanction` command line in them uses only options
 * the CLI has: each is run through the built bin's own commander program, with --help added, so an
 * unknown option or a missing value fails exactly as it would in CI (exit 2) and a good line prints
 * the help (exit 0).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parse, parseAllDocuments } from 'yaml';
import { buildCli, repoRoot, sanction } from './helpers.js';

beforeAll(buildCli, 60_000);

const ciDoc = fs.readFileSync(path.join(repoRoot, 'docs/ci.md'), 'utf8');
const blocks = [...ciDoc.matchAll(/```yaml\n([\s\S]*?)```/g)].map(match => match[1]);
const files = ['action.yml', '.pre-commit-hooks.yaml'].map(name => [name, fs.readFileSync(path.join(repoRoot, name), 'utf8')] as const);

/** Every string value in a parsed YAML document. */
function strings(value: unknown): string[] {
    if (typeof value === 'string') {
        return [value];
    }
    if (Array.isArray(value)) {
        return value.flatMap(strings);
    }
    if (value && typeof value === 'object') {
        return Object.values(value).flatMap(strings);
    }
    return [];
}

/**
 * The arguments after `sanction` (or the package run by npx) in each command line of the text,
 * with the workflow's expressions replaced by values of the right kind.
 */
function invocations(text: string): string[][] {
    const found: string[][] = [];
    for (const raw of text.split('\n')) {
        const line = raw.trim().replace(/\$\{\{\s*inputs\.version\s*\}\}/g, 'latest');
        const match = /(?:^|\s)(?:npx(?: --yes)? (?:sanction|"?@sanction-orders\/cli(?:@[^\s"]+)?"?)|^sanction)\s+(.*)$/.exec(line);
        if (!match) {
            continue;
        }
        const args = match[1]
            .replace(/\$\{\{\s*matrix\.shard\s*\}\}/g, '1')
            .replace(/\$\{\{\s*inputs\.paths\s*\}\}/g, 'orders')
            .replace(/"\$\{args\[@\]\}"/g, '--max-warnings 0')
            .split(/\s+/)
            .filter(Boolean)
            .map(arg => arg.replace(/^"|"$/g, ''));
        found.push(args);
    }
    return found;
}

describe('the CI recipes', () => {
    it('docs/ci.md has the GitHub, composite action, GitLab and pre-commit recipes', () => {
        expect(blocks.length).toBeGreaterThanOrEqual(6);
        expect(ciDoc).toContain('github/codeql-action/upload-sarif');
        expect(ciDoc).toContain('codequality: gl-code-quality-report.json');
        expect(ciDoc).toContain('id: sanction-lint');
        expect(ciDoc).toContain('uses: sanction-orders/sanction-orders@main');
    });

    it('every YAML block and file parses', () => {
        for (const block of blocks) {
            const documents = parseAllDocuments(block);
            expect(documents.flatMap(document => document.errors.map(error => error.message))).toEqual([]);
        }
        const action = parse(files[0][1]);
        expect(action.runs.using).toBe('composite');
        expect(action.runs.steps.map((step: { uses?: string }) => step.uses).filter(Boolean)).toEqual(['actions/setup-node@v4', 'github/codeql-action/upload-sarif@v3']);
        const hooks = parse(files[1][1]);
        expect(hooks.map((hook: { id: string }) => hook.id)).toEqual(['sanction-lint', 'sanction-fix']);
        expect(hooks.every((hook: { files: string }) => new RegExp(hook.files).test('orders/a.sanction'))).toBe(true);
    });

    const lines = [...blocks.map(block => strings(parse(block)).join('\n')), ...files.map(([, text]) => strings(parse(text)).join('\n'))]
        .flatMap(invocations);

    it('finds the sanction command lines (all of them lint)', () => {
        expect(lines.length).toBeGreaterThanOrEqual(10);
        expect(lines.every(args => args[0] === 'lint')).toBe(true);
    });

    it('every sanction command line uses only options the CLI has, with the values they need', () => {
        for (const args of lines) {
            const result = sanction([...args, '--help']);
            expect({ args, code: result.code, stderr: result.stderr }).toEqual({ args, code: 0, stderr: '' });
            expect(result.stdout).toMatch(/^Usage: sanction lint /);
        }
        // And the check can fail: a misspelt option in a recipe would.
        expect(sanction(['lint', 'orders', '--max-warning', '0', '--help']).code).toBe(2);
    }, 60_000);
});
