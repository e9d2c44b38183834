import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { requirementKinds, SLOT_SYNTAX } from '../../language/src/model/requirement-kinds.js';
import type { Finding } from '../../language/src/core/finding.js';
import { lint, lintWorkspace, testServices } from '../helpers.js';

/**
 * docs/language.md, the language reference, is checked against the language itself:
 *
 * - every ```sanction block parses with no syntax error, and each line of a ```sanction refused
 *   block (wording the language does not accept), checked on its own, gives a syntax error;
 * - every block comes right after `<!-- findings: none -->` or `<!-- findings: vague-term, missing-duration -->`
 *   and gives exactly those check ids (an id found twice is listed twice; order does not matter);
 * - a block with no `order` sentence is a fragment: it is checked inside BASE_ORDER below, a
 *   complete order with no findings. Each sentence of the base whose first words the fragment also
 *   starts a line with (`in force`, `person`, `on breach`, …) is left out, and the fragment is added
 *   after the rest (its imports before the order). Imports are read from examples/;
 * - every word of the grammar appears in some example, every requirement kind has an example, and
 *   the table of requirement kinds says what the kind table of the core says;
 * - the "Other editors" section names the server bundle the extension starts and every setting
 *   the extension declares.
 */
const REPO = resolve(__dirname, '../..');
const PAGE_PATH = resolve(REPO, 'docs/language.md');

/** A complete order with no findings; a fragment replaces the sentences it restates. */
const BASE_ORDER: ReadonlyArray<{ starts: string; text: string }> = [
    { starts: 'order', text: 'order "DOC-0001".' },
    { starts: 'made on', text: 'made on 2026-03-14.' },
    { starts: 'decided by', text: 'decided by "Exeter Crown Court".' },
    { starts: 'implemented by', text: 'implemented by "Probation Service, South West region".' },
    { starts: 'under', text: 'under "Sentencing Act 2020, section 200 and Schedule 9".' },
    { starts: 'written in', text: 'written in English.' },
    { starts: 'person', text: 'person "Alex Morgan", convicted, born on 1991-07-02, understands English, no interpreter needed.' },
    { starts: 'offence', text: 'offence "Criminal damage (Criminal Damage Act 1971, s. 1)", seriousness moderate.' },
    { starts: 'in force', text: 'in force for 12 months, reviewed every 6 months.' },
    { starts: 'early termination', text: 'early termination by "Exeter Crown Court" after 6 months, when "all requirements have been met".' },
    {
        starts: 'on breach',
        text: [
            'on breach:',
            '  minor non-compliance leads to a formal warning.',
            '  significant non-compliance leads to referral to the deciding authority.',
            '  hearing before "Exeter Crown Court" with legal assistance and access to the documents.',
            '  credit for time complied.'
        ].join('\n')
    },
    {
        starts: 'rights',
        text: [
            'rights:',
            '  appeal to "Court of Appeal (Criminal Division)" within 28 days.',
            '  complaints to "Probation Service complaints team, South West".',
            '  notice in English, in writing.'
        ].join('\n')
    },
    { starts: 'costs', text: 'costs borne by the state.' }
];

interface Example {
    /** 1-based line of the opening fence in the page (of the line itself, in a refused block). */
    line: number;
    text: string;
    /** The check ids the comment before the block expects, sorted; undefined without a comment. */
    expected?: string[];
}

/** The lines of the ```sanction refused blocks of a page. */
function refusedOf(page: string): Example[] {
    const lines = page.split('\n');
    const result: Example[] = [];
    for (let i = 0; i < lines.length; i++) {
        if (!/^```sanction refused\s*$/.test(lines[i])) {
            continue;
        }
        for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) {
            if (lines[i].trim() !== '') {
                result.push({ line: i + 1, text: lines[i] + '\n' });
            }
        }
    }
    return result;
}

/** The ```sanction blocks of a page, each with the `<!-- findings: … -->` comment right before it. */
function examplesOf(page: string): Example[] {
    const lines = page.split('\n');
    const result: Example[] = [];
    for (let i = 0; i < lines.length; i++) {
        const fence = /^```(\S*)\s*$/.exec(lines[i]);
        if (!fence) {
            continue;
        }
        const start = i;
        const body: string[] = [];
        for (i++; i < lines.length && !/^```\s*$/.test(lines[i]); i++) {
            body.push(lines[i]);
        }
        if (fence[1] !== 'sanction') {
            continue;
        }
        let before = start - 1;
        while (before >= 0 && lines[before].trim() === '') {
            before--;
        }
        const comment = before >= 0 ? /^<!--\s*findings:\s*(.*?)\s*-->\s*$/.exec(lines[before].trim()) : null;
        const expected = comment
            ? comment[1] === 'none' ? [] : comment[1].split(',').map(id => id.trim()).filter(Boolean).sort()
            : undefined;
        result.push({ line: start + 1, text: body.join('\n') + '\n', expected });
    }
    return result;
}

/** The lines of a text that hold a sentence (not blank, not a comment), trimmed. */
function sentenceLines(text: string): string[] {
    return text.split('\n').map(line => line.trim()).filter(line => line !== '' && !line.startsWith('//') && !line.startsWith('/*') && !line.startsWith('*'));
}

const startsWithWords = (line: string, words: string) => line === words || line.startsWith(words + ' ') || line.startsWith(words + ':');

/** Whether an example is a whole file (it has an `order` sentence) rather than a fragment of an order. */
function isWholeFile(text: string): boolean {
    return sentenceLines(text).some(line => startsWithWords(line, 'order'));
}

const IMPORT = /^\s*import\s+"([^"]*)"\s*\.\s*$/;

/**
 * The text an example is linted as: itself if it is a whole file, else the base order around it
 * (after the fragment's imports, which must come first in a file).
 */
function asLinted(text: string): string {
    if (isWholeFile(text)) {
        return text;
    }
    const lines = text.split('\n');
    const imports = lines.filter(line => IMPORT.test(line));
    const rest = lines.filter(line => !IMPORT.test(line)).join('\n');
    const own = sentenceLines(rest);
    const kept = BASE_ORDER.filter(clause => !own.some(line => startsWithWords(line, clause.starts)));
    return [...imports, '', ...kept.map(clause => clause.text), '', rest].join('\n');
}

/**
 * The findings of an example. Its imports are read from examples/ (`import "library/x.sanction".`
 * is examples/library/x.sanction), and linted with it as one workspace.
 */
async function findingsOf(text: string): Promise<Finding[]> {
    const linted = asLinted(text);
    const imported = linted.split('\n').map(line => IMPORT.exec(line)?.[1]).filter((path): path is string => !!path);
    if (imported.length === 0) {
        return lint(linted);
    }
    const files: Record<string, string> = { 'example.sanction': linted };
    for (const path of imported) {
        const file = resolve(REPO, 'examples', path);
        if (existsSync(file)) {
            files[path] = readFileSync(file, 'utf8');
        }
    }
    return (await lintWorkspace(files))['example.sanction'];
}

/** What is wrong with an example: syntax errors, or findings other than those it states. Empty if nothing. */
async function problemsOf(example: Example): Promise<string[]> {
    const findings = await findingsOf(example.text);
    const problems = findings.filter(f => f.checkId === 'syntax-error').map(f => `syntax error: ${f.message}`);
    if (problems.length === 0 && example.expected) {
        const found = findings.map(f => f.checkId).sort();
        if (found.join(', ') !== example.expected.join(', ')) {
            problems.push(`findings: ${found.join(', ') || 'none'} (the comment says ${example.expected.join(', ') || 'none'})`);
        }
    }
    return problems;
}

const page = readFileSync(PAGE_PATH, 'utf8');
const examples = examplesOf(page);
const refused = refusedOf(page);

describe('docs/language.md', () => {
    test('the base order that fragments are checked in has no findings', async () => {
        expect(await lint(asLinted(''))).toEqual([]);
        expect(isWholeFile(asLinted(''))).toBe(true);
    });

    test('the checker catches a broken example and a wrong findings comment', async () => {
        expect(await problemsOf({ line: 0, text: 'requirement curfew, at "1 Elm Road" from.\n', expected: [] }))
            .toEqual([expect.stringMatching(/^syntax error: /)]);
        expect(await problemsOf({ line: 0, text: 'in force until further order.\n', expected: [] }))
            .toEqual(['findings: open-ended-duration (the comment says none)']);
        expect(await problemsOf({ line: 0, text: 'in force until further order.\n', expected: ['open-ended-duration'] })).toEqual([]);
        // A fragment restating a sentence of the base replaces it instead of doubling it.
        expect(asLinted('in force for 6 months.\n').match(/^in force/gm)).toEqual(['in force']);
        // An import is read from examples/ (its templates resolve); without the file it is reported.
        const withLibrary = (await findingsOf('import "library/standard-requirements.sanction".\napply home-curfew with address "1 Elm Road".\n')).map(f => f.checkId);
        expect(withLibrary).not.toContain('unresolved-import');
        expect(withLibrary).not.toContain('unresolved-reference');
        expect((await findingsOf('import "library/no-such-file.sanction".\n')).map(f => f.checkId)).toEqual(['unresolved-import']);
    });

    test('has examples, each with the findings it gives', () => {
        expect(examples.length).toBeGreaterThanOrEqual(60);
        expect(refused.length).toBeGreaterThanOrEqual(5);
        const unstated = examples.filter(e => !e.expected).map(e => e.line);
        expect(unstated, 'examples without a findings comment (at these lines)').toEqual([]);
    });

    test.each(examples.map(e => [e.line, e] as const))('the example at line %i parses and gives the findings it states', async (_line, example) => {
        expect(await problemsOf(example), example.text).toEqual([]);
    });

    test.each(refused.map(e => [e.line, e] as const))('the wording at line %i, which the page says is refused, is a syntax error', async (_line, example) => {
        const findings = await findingsOf(example.text);
        expect(findings.filter(f => f.checkId === 'syntax-error').length, example.text).toBeGreaterThan(0);
    });

    test('every word of the grammar appears in an example', () => {
        const grammar = readFileSync(resolve(REPO, 'language/src/sanction.langium'), 'utf8').replace(/\/\/[^\n]*/g, '');
        const keywords = new Set([...grammar.matchAll(/'([^'\s]+)'/g)].map(m => m[1]));
        const lexer = testServices().parser.Lexer;
        const used = new Set(examples.flatMap(e => lexer.tokenize(e.text).tokens.map(t => t.image)));
        expect([...keywords].filter(word => !used.has(word)).sort()).toEqual([]);
    });

    test('every requirement kind has an example', () => {
        const missing = requirementKinds().filter(kind => !examples.some(e => new RegExp(`^\\s*requirement ${kind.keyword}\\b`, 'm').test(e.text)));
        expect(missing.map(kind => kind.keyword)).toEqual([]);
    });

    test("the table of requirement kinds says what each kind needs and takes, as the core's kind table does", () => {
        const rows = new Map<string, [string, string]>();
        for (const match of page.matchAll(/^\| `([a-z ]+)` \| ([^|]*) \| ([^|]*) \|/gm)) {
            rows.set(match[1], [match[2].trim(), match[3].trim()]);
        }
        const label = (slots: readonly string[]) => slots.map(slot => SLOT_SYNTAX[slot as keyof typeof SLOT_SYNTAX].label).join(', ') || '—';
        for (const kind of requirementKinds()) {
            expect(rows.get(kind.keyword), `row of ${kind.keyword}`).toEqual([label(kind.required), label(kind.optional)]);
        }
    });

    test('every link of the page leads to a file or a heading that exists', () => {
        const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\p{L}\p{N} _-]/gu, '').replace(/ /g, '-');
        const anchors = new Set([...page.matchAll(/^#{1,6} (.+)$/gm)].map(m => slug(m[1])));
        const broken: string[] = [];
        for (const [, target] of page.matchAll(/\]\(([^)\s]+)\)/g)) {
            if (/^[a-z]+:/.test(target)) {
                continue;
            }
            const [file, anchor] = target.split('#');
            if (file === '' ? !anchors.has(anchor) : !existsSync(resolve(REPO, 'docs', file))) {
                broken.push(target);
            }
        }
        expect(broken).toEqual([]);
    });

    test('"Other editors" names the server bundle the extension starts and every setting of the extension', () => {
        const extension = readFileSync(resolve(REPO, 'packages/vscode/src/extension.ts'), 'utf8');
        expect(extension).toContain("path.join('dist', 'server.cjs')");
        const editors = page.slice(page.indexOf('## Other editors'));
        expect(page.indexOf('## Other editors')).toBeGreaterThan(0);
        expect(editors).toContain('packages/vscode/dist/server.cjs --stdio');
        const manifest = JSON.parse(readFileSync(resolve(REPO, 'packages/vscode/package.json'), 'utf8')) as {
            contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
        };
        for (const [name, property] of Object.entries(manifest.contributes.configuration.properties)) {
            expect(editors, `setting ${name}`).toMatch(new RegExp(`\\| \`${name.replace(/\./g, '\\.')}\` \\|[^\\n]*\`${JSON.stringify(property.default ?? '').replace(/^"|"$/g, '')}\``));
        }
    });
});
