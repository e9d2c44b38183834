/**
 * The snippets the extension contributes (snippets/sanction.json) write valid orders: every body,
 * expanded as VS Code expands it when the drafter accepts each placeholder's default, parses in a
 * minimal order, and the whole-order snippets are orders the checks accept.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { EmptyFileSystem } from 'langium';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSanctionCoreServices, type SanctionCoreServices } from '../../../language/src/sanction-module.js';
import { lintText } from '../../../language/src/core/lint.js';
import type { Finding } from '../../../language/src/core/finding.js';
import { requirementKinds } from '../../../language/src/model/requirement-kinds.js';

const extensionDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface Snippet {
    prefix: string | string[];
    description: string;
    body: string | string[];
}

const manifest = JSON.parse(fs.readFileSync(path.join(extensionDir, 'package.json'), 'utf8')) as {
    contributes: { snippets: Array<{ language: string; path: string }> };
};
const snippets = JSON.parse(fs.readFileSync(path.join(extensionDir, 'snippets', 'sanction.json'), 'utf8')) as Record<string, Snippet>;

// ---------------------------------------------------------------------------------------------
// Snippet expansion: VS Code's snippet syntax, each placeholder taking its default (the first
// option of a choice), mirrors (`$3` after `${3:…}`) the same text, variables their value.
// ---------------------------------------------------------------------------------------------

type SnippetNode =
    | { kind: 'text'; text: string }
    | { kind: 'tabstop'; index: number; children?: SnippetNode[] }
    | { kind: 'choice'; index: number; options: string[] }
    | { kind: 'variable'; name: string; children?: SnippetNode[] };

/** The values VS Code gives the variables the snippets use, on a fixed day. */
const VARIABLES: Record<string, string> = { CURRENT_YEAR: '2026', CURRENT_MONTH: '03', CURRENT_DATE: '14' };

function parseSnippet(source: string): SnippetNode[] {
    let pos = 0;
    const parse = (inPlaceholder: boolean): SnippetNode[] => {
        const nodes: SnippetNode[] = [];
        let text = '';
        const flush = () => {
            if (text) {
                nodes.push({ kind: 'text', text });
                text = '';
            }
        };
        while (pos < source.length) {
            const char = source[pos];
            if (char === '\\' && pos + 1 < source.length && '$}\\'.includes(source[pos + 1])) {
                text += source[pos + 1];
                pos += 2;
            } else if (inPlaceholder && char === '}') {
                break;
            } else if (char === '$') {
                const simple = /^\$(\d+|[A-Z_][A-Z0-9_]*)/.exec(source.slice(pos));
                const braced = /^\$\{(\d+|[A-Z_][A-Z0-9_]*)(:|\||\})/.exec(source.slice(pos));
                if (braced) {
                    flush();
                    const [whole, name, after] = braced;
                    pos += whole.length;
                    const index = /^\d+$/.test(name) ? Number(name) : undefined;
                    if (after === '}') {
                        nodes.push(index !== undefined ? { kind: 'tabstop', index } : { kind: 'variable', name });
                    } else if (after === '|') {
                        const end = source.indexOf('|}', pos);
                        if (end < 0 || index === undefined) {
                            throw new Error(`bad choice at ${pos} in ${source}`);
                        }
                        nodes.push({ kind: 'choice', index, options: source.slice(pos, end).split(',').map(o => o.replace(/\\(.)/g, '$1')) });
                        pos = end + 2;
                    } else {
                        const children = parse(true);
                        if (source[pos] !== '}') {
                            throw new Error(`unclosed placeholder in ${source}`);
                        }
                        pos++;
                        nodes.push(index !== undefined ? { kind: 'tabstop', index, children } : { kind: 'variable', name, children });
                    }
                } else if (simple) {
                    flush();
                    pos += simple[0].length;
                    const name = simple[1];
                    nodes.push(/^\d+$/.test(name) ? { kind: 'tabstop', index: Number(name) } : { kind: 'variable', name });
                } else {
                    text += char;
                    pos++;
                }
            } else {
                text += char;
                pos++;
            }
        }
        flush();
        return nodes;
    };
    const nodes = parse(false);
    if (pos !== source.length) {
        throw new Error(`unbalanced '}' at ${pos} in ${source}`);
    }
    return nodes;
}

function expand(body: string): { text: string; variables: string[]; tabstops: number[] } {
    const nodes = parseSnippet(body);
    const values = new Map<number, string>();
    const variables: string[] = [];
    const tabstops = new Set<number>();
    // The first placeholder of an index with a default (or a choice) gives every mirror its text.
    const render = (list: SnippetNode[]): string => list.map(node => {
        switch (node.kind) {
            case 'text':
                return node.text;
            case 'choice':
                tabstops.add(node.index);
                if (!values.has(node.index)) {
                    values.set(node.index, node.options[0]);
                }
                return node.options[0];
            case 'variable':
                variables.push(node.name);
                return VARIABLES[node.name] ?? (node.children ? render(node.children) : '');
            case 'tabstop': {
                tabstops.add(node.index);
                if (node.children) {
                    const text = render(node.children);
                    if (!values.has(node.index)) {
                        values.set(node.index, text);
                    }
                    return text;
                }
                return `\u0000${node.index}\u0000`;
            }
        }
    }).join('');
    const text = render(nodes).replace(/\u0000(\d+)\u0000/g, (_m, index: string) => values.get(Number(index)) ?? '');
    return { text, variables, tabstops: [...tabstops].sort((a, b) => a - b) };
}

const bodyOf = (snippet: Snippet) => (Array.isArray(snippet.body) ? snippet.body.join('\n') : snippet.body);

/** A minimal order that a clause snippet is written into. */
const MINIMAL_ORDER = [
    'order "SNIPPET-0001".',
    'made on 2026-03-14.',
    'decided by "Exeter Crown Court".',
    'person "Alex Morgan", convicted, born on 1990-01-01.',
    'offence "Theft from a shop (Theft Act 1968, s. 1)", seriousness moderate.',
    'in force for 12 months, reviewed every 6 months.',
    ''
].join('\n');

/** Whole files (orders, templates) stand alone; every other snippet is a clause of an order. */
function fileFor(body: string): { text: string; firstLine: number } {
    return /^(order|template)\s/.test(body) ? { text: `${body}\n`, firstLine: 0 } : { text: `${MINIMAL_ORDER}${body}\n`, firstLine: MINIMAL_ORDER.split('\n').length - 1 };
}

let services: SanctionCoreServices;
const findings = new Map<string, { text: string; firstLine: number; findings: Finding[] }>();

beforeAll(async () => {
    services = createSanctionCoreServices(EmptyFileSystem).Sanction;
    for (const [name, snippet] of Object.entries(snippets)) {
        const file = fileFor(expand(bodyOf(snippet)).text);
        findings.set(name, { ...file, findings: (await lintText(services, file.text)).findings });
    }
});

const describeFindings = (list: Finding[]) => list.map(f => `${f.checkId}@${f.range.start.line + 1}:${f.range.start.character + 1} ${f.message}`);

describe('snippets/sanction.json', () => {
    it('is the snippets file the manifest contributes for the language', () => {
        expect(manifest.contributes.snippets).toEqual([{ language: 'sanction', path: './snippets/sanction.json' }]);
        expect(Object.keys(snippets).length).toBeGreaterThanOrEqual(20);
    });

    it.each(Object.entries(snippets))('%s: has prefixes, a description, and tab stops 1 to n and a final one', (_name, snippet) => {
        const prefixes = Array.isArray(snippet.prefix) ? snippet.prefix : [snippet.prefix];
        expect(prefixes.length).toBeGreaterThan(0);
        prefixes.forEach(prefix => expect(prefix).toMatch(/^[a-z][a-z -]*[a-z]$/));
        expect(snippet.description.length).toBeGreaterThan(20);
        const { tabstops, variables } = expand(bodyOf(snippet));
        expect(tabstops[0]).toBe(0);
        // Tab stops 1..n with no gap, so Tab walks through every placeholder.
        expect(tabstops.slice(1)).toEqual(tabstops.slice(1).map((_, i) => i + 1));
        variables.forEach(variable => expect(Object.keys(VARIABLES)).toContain(variable));
    });

    it('expands placeholders, choices, mirrors and variables as VS Code does', () => {
        expect(expand('a ${1:x} ${2|p,q|} $1 ${2} \\$ ${3:${CURRENT_YEAR}-${CURRENT_MONTH}} $0').text).toBe('a x p x p $ 2026-03 ');
        expect(expand('${1:outer ${2:inner}} $2').text).toBe('outer inner inner');
    });

    it.each(Object.entries(snippets))('%s: parses, written into a minimal order, with no syntax errors', name => {
        const result = findings.get(name)!;
        const syntax = result.findings.filter(f => f.checkId === 'syntax-error' || f.checkId === 'unresolved-reference');
        expect(describeFindings(syntax), result.text).toEqual([]);
    });

    it('has a snippet for each requirement kind, with every parameter the kind requires', () => {
        for (const kind of requirementKinds()) {
            const entry = Object.entries(snippets).find(([, snippet]) => bodyOf(snippet).startsWith(`requirement ${kind.keyword},`));
            expect(entry, `no snippet for '${kind.keyword}'`).toBeDefined();
            const result = findings.get(entry![0])!;
            const own = result.findings.filter(f => f.range.start.line >= result.firstLine);
            const incomplete = own.filter(f => ['missing-parameters', 'treatment-without-consent', 'missing-duration', 'open-ended-duration', 'vague-term', 'unbounded-discretion'].includes(f.checkId));
            expect(describeFindings(incomplete), `${kind.keyword}: ${result.text}`).toEqual([]);
        }
    });

    it('records consent in each treatment snippet', () => {
        for (const kind of requirementKinds().filter(k => k.treatment)) {
            const body = Object.values(snippets).map(bodyOf).find(b => b.startsWith(`requirement ${kind.keyword},`))!;
            expect(expand(body).text).toMatch(/consent informed and explicit, given on \d{4}-\d{2}-\d{2}, in writing\.$/);
        }
    });

    it('has whole orders (a community order, a pre-trial measure for a suspect) that the checks accept', () => {
        const orders = Object.entries(snippets).filter(([, snippet]) => bodyOf(snippet).startsWith('order '));
        expect(orders.map(([, snippet]) => expand(bodyOf(snippet)).text.split('\n')[0])).toEqual([
            'order "CR-2026-00001", community order.',
            'order "JI-2026-0001", pre-trial measure.'
        ]);
        expect(expand(bodyOf(orders[1][1])).text).toMatch(/^person "[^"]+", suspect,/m);
        for (const [name] of orders) {
            const serious = findings.get(name)!.findings.filter(f => f.severity === 'error' || f.severity === 'warning');
            expect(describeFindings(serious), name).toEqual([]);
        }
    });

    it('has a breach section and a rights section', () => {
        const bodies = Object.values(snippets).map(bodyOf);
        expect(bodies.some(body => body.startsWith('on breach:\n'))).toBe(true);
        expect(bodies.some(body => body.startsWith('rights:\n'))).toBe(true);
    });
});
