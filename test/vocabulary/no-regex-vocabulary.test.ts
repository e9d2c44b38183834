import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No check holds its own regex vocabulary: the words a check reads in free text live in vocabulary
 * files (language/src/validation/vocabulary/, protected/vocabulary/, text/vocabulary/), read by the
 * toolkit's phrase notation. A regular expression in a check may only be structural: on
 * punctuation, digits, letters as a class, identifiers or the grammar's own keywords. Those that
 * must carry letters are named below with the reason.
 *
 * The four clarity checks are read by the clarity analyser and handled with it (issue 10): the text
 * toolkit (text/*.ts), the clarity analyser (clarity/*.ts) and the protected family (protected/*.ts)
 * are held to the same rule below.
 */
const VALIDATION = resolve(__dirname, '../../language/src/validation');
const CHECKS = join(VALIDATION, 'checks');
const CLARITY = new Set(['vague-term.ts', 'unbounded-discretion.ts', 'undefined-place-or-person.ts', 'missing-parameters.ts']);

/** Regular expressions that carry letters on purpose: file, source, why it is not a vocabulary. */
const ALLOWED: ReadonlyArray<{ file: string; source: string; reason: string }> = [
    { file: 'duration-over-limit.ts', source: '^\\d+ days?$', reason: 'reads the product\'s own rendering of a length (Length.text, built from the grammar\'s unit keyword `days`), not free text' },
    { file: 'no-early-termination.ts', source: '^years?$', reason: 'the grammar\'s TimeUnit keyword of a duration literal' },
    { file: 'no-early-termination.ts', source: '^months?$', reason: 'the grammar\'s TimeUnit keyword of a duration literal' },
    { file: 'requirement-outlives-order.ts', source: '^months?$', reason: 'the grammar\'s TimeUnit keyword of a duration literal' },
    { file: 'requirement-outlives-order.ts', source: '^years?$', reason: 'the grammar\'s TimeUnit keyword of a duration literal' }
];

/**
 * The letters a regular expression source matches literally: escapes (`\b`, `\s`, `\p{L}`,
 * `\u201C`), character classes (`[aeiou]`, `[A-Z]`), group heads (`(?:`, `(?<name>`) and quantifiers
 * are taken out; what is left are literal characters. Two letters in a row are a word.
 */
export function literalWords(source: string): string[] {
    let out = '';
    for (let i = 0; i < source.length; i++) {
        const c = source[i];
        if (c === '\\') {
            const next = source[i + 1] ?? '';
            if ((next === 'p' || next === 'P' || next === 'u' || next === 'k') && source[i + 2] === '{' || next === 'k' && source[i + 2] === '<') {
                const close = source.indexOf(source[i + 2] === '{' ? '}' : '>', i + 2);
                i = close < 0 ? source.length : close;
            } else if (next === 'u' && /^[0-9a-fA-F]{4}/.test(source.slice(i + 2))) {
                i += 5;
            } else if (next === 'x' && /^[0-9a-fA-F]{2}/.test(source.slice(i + 2))) {
                i += 3;
            } else {
                i += 1;
            }
            out += ' ';
        } else if (c === '[') {
            let j = i + 1;
            while (j < source.length && source[j] !== ']') {
                j += source[j] === '\\' ? 2 : 1;
            }
            i = j;
            out += ' ';
        } else {
            out += c;
        }
    }
    out = out.replace(/\(\?<[A-Za-z_$][\w$]*>/g, ' ').replace(/\(\?(?:<[=!]|[=!:])/g, ' ');
    return out.match(/[\p{L}]{2,}/gu) ?? [];
}

/** A string that is an alternation of words, as a regex vocabulary hidden in a string is: "a|b|c". */
export function isWordAlternation(text: string): boolean {
    const parts = text.split('|');
    return parts.length >= 3 && parts.every(part => /^\p{L}[\p{L}\s'-]*\p{L}?$/u.test(part.trim()));
}

interface Found {
    file: string;
    line: number;
    source: string;
    words: string[];
}

function checkFiles(dir: string): string[] {
    return readdirSync(dir).flatMap(name => {
        const path = join(dir, name);
        return statSync(path).isDirectory() ? checkFiles(path) : name.endsWith('.ts') ? [path] : [];
    });
}

/**
 * Every regex literal, `new RegExp(...)`/`RegExp(...)` with literal text, and word alternation in a
 * string, of one file; the file named relative to `root` (the checks' folder unless said).
 */
export function regexVocabularyIn(path: string, text: string, root = CHECKS): Found[] {
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const name = relative(root, path);
    const found: Found[] = [];
    const add = (node: ts.Node, source: string, words: string[]) => {
        if (words.length > 0) {
            found.push({ file: name, line: file.getLineAndCharacterOfPosition(node.getStart()).line + 1, source, words });
        }
    };
    const visit = (node: ts.Node): void => {
        if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
            const literal = node.getText();
            const source = literal.slice(1, literal.lastIndexOf('/'));
            add(node, source, literalWords(source));
        } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && node.expression.getText() === 'RegExp') {
            const first = node.arguments?.[0];
            if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
                add(node, first.text, literalWords(first.text));
            } else if (first && ts.isTemplateExpression(first)) {
                const parts = [first.head.text, ...first.templateSpans.map(span => span.literal.text)];
                add(node, parts.join('${…}'), parts.flatMap(literalWords));
            }
        } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) && isWordAlternation(node.text)) {
            add(node, node.text, node.text.split('|'));
        }
        ts.forEachChild(node, visit);
    };
    visit(file);
    return found;
}

describe('the detector of regex vocabularies', () => {
    it('finds words in regular expressions and hidden alternations', () => {
        expect(literalWords('\\buntil\\s+further\\s+(?:order|notice)\\b')).toEqual(['until', 'further', 'order', 'notice']);
        expect(literalWords('(?<![\\d:.])(?:[01]?\\d|2[0-4])\\s*(?:uhr|h|heures?)')).toEqual(['uhr', 'heures']);
        expect(literalWords('\\bvoluntar\\w*|n\'t\\b')).toEqual(['voluntar']);
        expect(isWordAlternation('january|february|march')).toBe(true);
        const found = regexVocabularyIn(join(CHECKS, 'probe.ts'), 'const A = /\\bwithout\\s+a\\s+hearing\\b/gi;\nconst B = new RegExp(`^(?:${x})\\\\s+then$`);\nconst C = \'jan|feb|mar\';');
        expect(found.map(f => [f.line, f.words])).toEqual([[1, ['without', 'hearing']], [2, ['then']], [3, ['jan', 'feb', 'mar']]]);
    });

    it('lets structural expressions through', () => {
        for (const source of ['^[aeiou]', '[\\p{L}\\p{N}]+', '^["\\u201C]|["\\u201D]$', '\\.\\s+(?=[A-Z])', '^(\\w+?)s\\b', '(?<name>\\d{4})-\\d{2}', '[.;:!?"\\u201C\\u201D]', '^[A-Za-z\\u00C0-\\u024F][A-Za-z0-9\\u00C0-\\u024F]*(-[A-Za-z0-9\\u00C0-\\u024F]+)*$']) {
            expect(literalWords(source), source).toEqual([]);
        }
        expect(isWordAlternation('Rule 23 asks | a hearing')).toBe(false);
        expect(isWordAlternation('a|b')).toBe(false);
    });
});

describe('no check outside the clarity family holds its own regex vocabulary', () => {
    const files = checkFiles(CHECKS).filter(path => !CLARITY.has(relative(CHECKS, path)));
    const found = files.flatMap(path => regexVocabularyIn(path, readFileSync(path, 'utf8')));

    it('every regular expression with words is structural and named with its reason', () => {
        const unexplained = found.filter(f => !ALLOWED.some(a => a.file === f.file && a.source === f.source));
        expect(unexplained.map(f => `${f.file}:${f.line} /${f.source}/ (${f.words.join(', ')})`)).toEqual([]);
    });

    it('every allowed expression is still there and still carries letters', () => {
        const stale = ALLOWED.filter(a => !found.some(f => a.file === f.file && a.source === f.source));
        expect(stale).toEqual([]);
        expect(ALLOWED.every(a => a.reason.length > 20)).toBe(true);
    });

    it('reads every check file but the clarity family\'s', () => {
        expect(files.length).toBeGreaterThan(30);
        expect(files.some(path => path.endsWith('automatic-imprisonment.ts'))).toBe(true);
        expect(files.some(path => CLARITY.has(relative(CHECKS, path)))).toBe(false);
    });
});

/**
 * Regular expressions of the text toolkit, the clarity analyser and the protected family that carry
 * letters on purpose: file (relative to language/src/validation/), source, why it is not a
 * vocabulary. None today: the words of clarity/*.ts, text/features.ts and text/lemma.ts are in
 * text/vocabulary/*.json (grammar.json, formats.json and the families' files), those of protected/
 * in protected/vocabulary/. What keeps letters reads as no word here: single letters of a format
 * (the "h" of "20h30" in a character class, the initial before a full stop, `\b[a-z]\.`), and
 * phrase.ts's notation, built of punctuation.
 */
const ALLOWED_TEXT: ReadonlyArray<{ file: string; source: string; reason: string }> = [];

describe('the text toolkit, the clarity analyser and the protected family read their words from their vocabulary files only', () => {
    const folders = ['text', 'clarity', 'protected'].map(folder => join(VALIDATION, folder));
    const files = folders.flatMap(checkFiles);
    const found = files.flatMap(path => regexVocabularyIn(path, readFileSync(path, 'utf8'), VALIDATION));

    it('every regular expression with words is structural and named with its reason', () => {
        const unexplained = found.filter(f => !ALLOWED_TEXT.some(a => a.file === f.file && a.source === f.source));
        expect(unexplained.map(f => `${f.file}:${f.line} /${f.source}/ (${f.words.join(', ')})`)).toEqual([]);
    });

    it('every allowed expression is still there and still carries letters', () => {
        expect(ALLOWED_TEXT.filter(a => !found.some(f => a.file === f.file && a.source === f.source))).toEqual([]);
        expect(ALLOWED_TEXT.every(a => a.reason.length > 20)).toBe(true);
    });

    it('reads every module of text/, clarity/ and protected/', () => {
        for (const name of ['clarity/analyse.ts', 'clarity/reading.ts', 'clarity/overlaps.ts', 'clarity/types.ts', 'clarity/vague-term.ts', 'clarity/unbounded-discretion.ts', 'clarity/undefined-place-or-person.ts', 'clarity/missing-parameters.ts', 'text/features.ts', 'text/lemma.ts', 'text/phrase.ts', 'text/language.ts', 'protected/segment.ts', 'protected/analysis.ts']) {
            expect(files.map(path => relative(VALIDATION, path)), name).toContain(name);
        }
    });
});
